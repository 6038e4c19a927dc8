// generate_inputs: writes the benchmark inputs (a large annotated multi-sample VCF.gz and
// a large paired-end BAM, each with its index) deterministically from a seed, streaming in
// constant memory, with htslib's multi-threaded BGZF writers.
//
//   generate_inputs OUTDIR [--seed N] [--records 1000000] [--samples 100]
//                          [--reads 10000000] [--threads N] [--only vcf|bam]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include "models/formats/DeterministicRandom.h"
#include "models/formats/HtsHandles.h"
#include "models/formats/SyntheticAnnotation.h"
#include "models/formats/SyntheticReads.h"
#include "models/formats/SyntheticReference.h"
#include "models/formats/SyntheticVariants.h"

using namespace steward;

namespace {

struct Options
{
    QString outDir;
    quint64 seed = 20240314;
    qint64 records = 1000000;
    int samples = 100;
    qint64 reads = 10000000;
    int threads = 0;
    QString only;
};

void usage()
{
    std::fprintf(stderr,
                 "usage: generate_inputs OUTDIR [--seed N] [--records 1000000] [--samples 100]\n"
                 "                       [--reads 10000000] [--threads N] [--only vcf|bam]\n"
                 "Writes OUTDIR/bench.vcf.gz(.tbi), OUTDIR/bench.bam(.bai) and the reference\n"
                 "OUTDIR/bench_ref.fa(.fai) the BAM is aligned to. Same seed, same bytes.\n");
}

bool parse(int argc, char** argv, Options* o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](long long* out) {
            if (i + 1 >= argc)
                return false;
            char* end = nullptr;
            *out = std::strtoll(argv[++i], &end, 10);
            return end && *end == '\0' && *out >= 0;
        };
        long long v = 0;
        if (a == "--seed" && value(&v))
            o->seed = quint64(v);
        else if (a == "--records" && value(&v))
            o->records = v;
        else if (a == "--samples" && value(&v) && v > 0)
            o->samples = int(v);
        else if (a == "--reads" && value(&v))
            o->reads = v;
        else if (a == "--threads" && value(&v))
            o->threads = int(v);
        else if (a == "--only" && i + 1 < argc)
            o->only = QString::fromLocal8Bit(argv[++i]);
        else if (a == "-h" || a == "--help")
            return false;
        else if (!a.empty() && a[0] != '-' && o->outDir.isEmpty())
            o->outDir = QString::fromLocal8Bit(argv[i]);
        else
            return false;
    }
    return !o->outDir.isEmpty();
}

QByteArray local(const QString& path)
{
    return QFile::encodeName(path);
}

bool commit(const QString& tmp, const QString& path)
{
    if (std::rename(local(tmp).constData(), local(path).constData()) != 0) {
        std::fprintf(stderr, "generate_inputs: cannot rename %s to %s\n", local(tmp).constData(),
                     local(path).constData());
        return false;
    }
    return true;
}

bool fail(const char* what, const QString& path)
{
    std::fprintf(stderr, "generate_inputs: %s %s\n", what, local(path).constData());
    return false;
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

bool writeVcf(const Options& o)
{
    const auto started = std::chrono::steady_clock::now();
    const QString path = o.outDir + QStringLiteral("/bench.vcf.gz");
    const QString index = path + QStringLiteral(".tbi");
    const QString tmp = path + QStringLiteral(".part");
    const QByteArray tmpIndex = local(index + QStringLiteral(".part"));

    DeterministicRandom random(DeterministicRandom::derive(o.seed, 1));
    std::vector<SyntheticVariants::Sex> sexes;
    for (int i = 0; i < o.samples; ++i)
        sexes.push_back(random.below(2) ? SyntheticVariants::Sex::Male
                                        : SyntheticVariants::Sex::Female);
    SyntheticVariants variants(DeterministicRandom::derive(o.seed, 2), sexes);
    SyntheticAnnotation annotation(DeterministicRandom::derive(o.seed, 3));

    BcfHeaderPtr hdr(bcf_hdr_init("w"));
    bool ok = hdr && bcf_hdr_set_version(hdr.get(), "VCFv4.2") == 0 &&
              bcf_hdr_append(hdr.get(), "##source=steward generate_inputs") == 0 &&
              SyntheticVariants::declareHeader(hdr.get()) &&
              SyntheticAnnotation::declareHeader(hdr.get(), false);
    for (int i = 0; ok && i < o.samples; ++i) {
        const QByteArray name = "BENCH" + QByteArray::number(i + 1).rightJustified(5, '0');
        ok = bcf_hdr_add_sample(hdr.get(), name.constData()) == 0;
    }
    ok = ok && bcf_hdr_sync(hdr.get()) == 0;
    if (!ok)
        return fail("cannot build the VCF header for", path);

    HtsFilePtr fp(hts_open(local(tmp).constData(), "wz"));
    if (!fp || hts_set_threads(fp.get(), o.threads) != 0)
        return fail("cannot create", tmp);
    // The index is built while writing: no second pass over the text.
    if (bcf_hdr_write(fp.get(), hdr.get()) < 0 ||
        bcf_idx_init(fp.get(), hdr.get(), 0, tmpIndex.constData()) != 0)
        return fail("cannot start writing", tmp);

    const auto& contigs = SyntheticVariants::grch38();
    const std::vector<qint64> perContig = SyntheticVariants::recordsPerContig(o.records);
    BcfRecordPtr rec(bcf_init());
    SyntheticVariants::Site site;
    qint64 written = 0;
    qint64 nextReport = o.records / 10;
    for (size_t c = 0; c < contigs.size(); ++c) {
        qint64 pos = -1;
        for (qint64 left = perContig[c]; left > 0; --left) {
            pos = variants.nextPosition(pos, contigs[c].length, left - 1);
            variants.makeSite(int(c), pos, &site);
            if (!variants.fill(hdr.get(), rec.get(), site))
                return fail("cannot build a record for", tmp);
            const SyntheticAnnotation::Gene* gene = SyntheticAnnotation::knownGeneAt(int(c), pos);
            if (!gene)
                gene = &annotation.pseudoGene(int(c), pos);
            const QByteArray csq = annotation.csq(site, gene);
            if (bcf_update_info_string(hdr.get(), rec.get(), "CSQ", csq.constData()) < 0 ||
                bcf_write(fp.get(), hdr.get(), rec.get()) < 0)
                return fail("cannot write", tmp);
            if (++written == nextReport) {
                std::fprintf(stderr, "bench.vcf.gz: %lld of %lld records (%.1f s)\n",
                             static_cast<long long>(written), static_cast<long long>(o.records),
                             seconds(started));
                nextReport += o.records / 10;
            }
        }
    }
    if (bcf_idx_save(fp.get()) != 0)
        return fail("cannot write the index of", tmp);
    if (hts_close(fp.release()) != 0)
        return fail("cannot finish", tmp);
    if (!commit(tmp, path) || !commit(QFile::decodeName(tmpIndex), index))
        return false;
    std::fprintf(stderr, "bench.vcf.gz: %lld records x %d samples in %.1f s\n",
                 static_cast<long long>(written), o.samples, seconds(started));
    return true;
}

bool writeBam(const Options& o)
{
    const auto started = std::chrono::steady_clock::now();
    // 8 contigs x 4 Mb of generated sequence: about 45x coverage at 10 million reads.
    std::vector<SyntheticReference::Contig> contigs;
    for (int i = 1; i <= 8; ++i)
        contigs.push_back({"synth" + QByteArray::number(i), 4000000 + 250000LL * (i % 3)});
    const SyntheticReference reference(DeterministicRandom::derive(o.seed, 10), contigs);

    const QString fasta = o.outDir + QStringLiteral("/bench_ref.fa");
    if (!reference.writeFasta(fasta + QStringLiteral(".part"), nullptr))
        return fail("cannot write", fasta);
    if (fai_build3(local(fasta + QStringLiteral(".part")).constData(),
                   local(fasta + QStringLiteral(".fai.part")).constData(), nullptr) != 0)
        return fail("cannot index", fasta);
    if (!commit(fasta + QStringLiteral(".part"), fasta) ||
        !commit(fasta + QStringLiteral(".fai.part"), fasta + QStringLiteral(".fai")))
        return false;

    const QString path = o.outDir + QStringLiteral("/bench.bam");
    const QString index = path + QStringLiteral(".bai");
    const QString tmp = path + QStringLiteral(".part");
    const QByteArray tmpIndex = local(index + QStringLiteral(".part"));
    QByteArray text = "@HD\tVN:1.6\tSO:coordinate\n" + reference.sqLines();
    SyntheticReads::Params params;
    params.pairs = o.reads / 2;
    params.readGroups = {"HBENCHDSX.1", "HBENCHDSX.2", "HBENCHDSX.3", "HBENCHDSX.4"};
    params.runPrefix = "A00123:77:HBENCHDSX";
    for (const QByteArray& rg : params.readGroups)
        text += "@RG\tID:" + rg + "\tSM:BENCH00001\tLB:LIB-BENCH-1\tPL:ILLUMINA\tPU:" + rg + '\n';
    text += "@PG\tID:generate_inputs\tPN:generate_inputs\tCL:generate_inputs --seed " +
            QByteArray::number(o.seed) + " --reads " + QByteArray::number(o.reads) + '\n';
    SamHeaderPtr hdr(sam_hdr_parse(size_t(text.size()), text.constData()));
    HtsFilePtr fp(hts_open(local(tmp).constData(), "wb"));
    if (!hdr || !fp || hts_set_threads(fp.get(), o.threads) != 0)
        return fail("cannot create", tmp);
    if (sam_hdr_write(fp.get(), hdr.get()) < 0 ||
        sam_idx_init(fp.get(), hdr.get(), 0, tmpIndex.constData()) != 0)
        return fail("cannot start writing", tmp);

    SyntheticReads reads(reference, params, DeterministicRandom::derive(o.seed, 11));
    BamRecordPtr rec(bam_init1());
    qint64 written = 0;
    qint64 nextReport = o.reads / 10;
    int more;
    while ((more = reads.next(rec.get())) > 0) {
        if (sam_write1(fp.get(), hdr.get(), rec.get()) < 0)
            return fail("cannot write", tmp);
        if (++written == nextReport) {
            std::fprintf(stderr, "bench.bam: %lld records (%.1f s)\n",
                         static_cast<long long>(written), seconds(started));
            nextReport += o.reads / 10;
        }
    }
    if (more < 0)
        return fail("cannot generate the reads for", tmp);
    if (sam_idx_save(fp.get()) != 0)
        return fail("cannot write the index of", tmp);
    if (hts_close(fp.release()) != 0)
        return fail("cannot finish", tmp);
    if (!commit(tmp, path) || !commit(QFile::decodeName(tmpIndex), index))
        return false;
    std::fprintf(stderr, "bench.bam: %lld records in %.1f s\n", static_cast<long long>(written),
                 seconds(started));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    if (!parse(argc, argv, &o)) {
        usage();
        return 2;
    }
    if (o.threads <= 0)
        o.threads = int(std::max(1u, std::thread::hardware_concurrency()));
    if (!QDir().mkpath(o.outDir)) {
        std::fprintf(stderr, "generate_inputs: cannot create %s\n", local(o.outDir).constData());
        return 1;
    }
    const bool vcf = o.only.isEmpty() || o.only == QLatin1String("vcf");
    const bool bam = o.only.isEmpty() || o.only == QLatin1String("bam");
    if (vcf && !writeVcf(o))
        return 1;
    if (bam && !writeBam(o))
        return 1;
    return 0;
}
