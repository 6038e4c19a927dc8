#include "models/formats/DemoWorkspace.h"

#include <cstdio>
#include <set>
#include <vector>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "models/formats/DemoCohort.h"
#include "models/formats/DeterministicRandom.h"
#include "models/formats/HtsHandles.h"
#include "models/formats/SyntheticAnnotation.h"
#include "models/formats/SyntheticReads.h"
#include "models/formats/SyntheticReference.h"
#include "models/formats/SyntheticVariants.h"

namespace steward {

namespace {

using Sex = SyntheticVariants::Sex;
using Person = DemoCohort::Person;
using Finding = DemoCohort::Finding;

static_assert(DemoWorkspace::kCohortSamples == DemoCohort::kCohortSize);

const std::vector<Person>& people()
{
    return DemoCohort::people();
}

const std::vector<Finding>& findings()
{
    return DemoCohort::findings();
}

// ---------------------------------------------------------------------------------------
// Small helpers

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QByteArray local(const QString& path)
{
    return QFile::encodeName(QDir::toNativeSeparators(path));
}

/** The temporary name a file is written under before it is renamed into place. */
QString partName(const QString& path)
{
    return path + QStringLiteral(".part");
}

/** Renames tmp over path (replacing it, atomically where the platform allows). */
bool commit(const QString& tmp, const QString& path, QString* error)
{
    if (std::rename(local(tmp).constData(), local(path).constData()) == 0)
        return true;
    QFile::remove(path);
    if (QFile::rename(tmp, path))
        return true;
    QFile::remove(tmp);
    return fail(error, DemoWorkspace::tr("Cannot move %1 into place as %2.").arg(tmp, path));
}

bool writeText(const QString& path, const QByteArray& text, QString* error)
{
    QSaveFile file(path); // written under a temporary name, renamed on commit()
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(error, DemoWorkspace::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool setModified(const QString& path, const QDateTime& when, QString* error)
{
    // QFile::setFileTime is the portable form of utime(); the file must be open.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) ||
        !file.setFileTime(when, QFileDevice::FileModificationTime))
        return fail(error, DemoWorkspace::tr("Cannot set the modification time of %1: %2")
                               .arg(path, file.errorString()));
    return true;
}

/** Closes an htslib output, reporting a failed flush as an error. */
bool closeOutput(HtsFilePtr& fp, const QString& path, QString* error)
{
    if (hts_close(fp.release()) != 0)
        return fail(error, DemoWorkspace::tr("Cannot finish writing %1.").arg(path));
    return true;
}

// ---------------------------------------------------------------------------------------
// VCFs

struct VcfPlan
{
    QString path;
    bool index = true;
    std::vector<int> people; // indexes into people()
    bool trio = false;
    int records = 0;
    int geneRecords = 0; // records placed in and around the known genes
    std::vector<int> findings;
    std::vector<QByteArray> headLines; // after ##fileformat
    std::vector<QByteArray> toolLines; // after the field definitions
    quint64 seed = 0;
};

/** Sorted distinct 0-based positions per GRCh38 contig, findings included. */
std::vector<std::set<qint64>> planPositions(const VcfPlan& plan, DeterministicRandom& random)
{
    const auto& contigs = SyntheticVariants::grch38();
    std::vector<std::set<qint64>> positions(contigs.size());
    for (int f : plan.findings) {
        const Finding& finding = findings()[size_t(f)];
        positions[size_t(SyntheticVariants::contigIndex(finding.contig))].insert(finding.pos - 1);
    }
    auto place = [&](int contig, qint64 lo, qint64 hi) {
        auto& set = positions[size_t(contig)];
        const size_t before = set.size();
        while (set.size() == before)
            set.insert(random.between(lo, hi));
    };
    // Clusters in the known genes (what a clinician browses), by gene length.
    const auto& genes = SyntheticAnnotation::knownGenes();
    std::vector<qint64> weights;
    qint64 totalWeight = 0;
    for (const auto& gene : genes) {
        weights.push_back(std::clamp<qint64>((gene.end - gene.start) / 2000, 8, 60));
        totalWeight += weights.back();
    }
    int placed = 0;
    for (size_t g = 0; g < genes.size(); ++g) {
        const qint64 n = plan.geneRecords * weights[g] / totalWeight;
        const qint64 length = contigs[size_t(genes[g].contig)].length;
        const qint64 lo = std::max<qint64>(20, genes[g].start - 1 - 4000);
        const qint64 hi = std::min<qint64>(length - 20, genes[g].end - 1 + 4000);
        for (qint64 i = 0; i < n; ++i, ++placed)
            place(genes[g].contig, lo, hi);
    }
    // The rest spread over the genome by contig length.
    const qint64 background = plan.records - qint64(plan.findings.size()) - placed;
    const std::vector<qint64> perContig = SyntheticVariants::recordsPerContig(background);
    for (size_t c = 0; c < contigs.size(); ++c) {
        const qint64 margin = contigs[c].length > 1000000 ? 10000 : 20;
        for (qint64 i = 0; i < perContig[c]; ++i)
            place(int(c), margin, contigs[c].length - margin);
    }
    return positions;
}

bool writeVcf(const VcfPlan& plan, QString* error)
{
    const QString tmp = partName(plan.path);
    std::vector<Sex> sexes;
    for (int p : plan.people)
        sexes.push_back(people()[size_t(p)].sex);
    SyntheticVariants variants(DeterministicRandom::derive(plan.seed, 1), sexes);
    if (plan.trio)
        variants.setTrio(0, 1, 2);
    SyntheticAnnotation annotation(DeterministicRandom::derive(plan.seed, 2));
    DeterministicRandom random(DeterministicRandom::derive(plan.seed, 3));

    BcfHeaderPtr hdr(bcf_hdr_init("w"));
    if (!hdr || bcf_hdr_set_version(hdr.get(), "VCFv4.2") < 0)
        return fail(error, DemoWorkspace::tr("Cannot create a VCF header for %1.").arg(plan.path));
    bool ok = true;
    for (const QByteArray& line : plan.headLines)
        ok = ok && bcf_hdr_append(hdr.get(), line.constData()) == 0;
    ok = ok && SyntheticVariants::declareHeader(hdr.get()) &&
         SyntheticAnnotation::declareHeader(hdr.get(), true);
    for (const QByteArray& line : plan.toolLines)
        ok = ok && bcf_hdr_append(hdr.get(), line.constData()) == 0;
    for (int p : plan.people)
        ok = ok && bcf_hdr_add_sample(hdr.get(), people()[size_t(p)].id) == 0;
    ok = ok && bcf_hdr_sync(hdr.get()) == 0;
    if (!ok)
        return fail(error, DemoWorkspace::tr("Cannot build the VCF header for %1.").arg(plan.path));

    HtsFilePtr fp(hts_open(local(tmp).constData(), "wz"));
    if (!fp)
        return fail(error, DemoWorkspace::tr("Cannot create %1.").arg(tmp));
    if (bcf_hdr_write(fp.get(), hdr.get()) < 0)
        return fail(error, DemoWorkspace::tr("Cannot write the header of %1.").arg(tmp));

    const std::vector<std::set<qint64>> positions = planPositions(plan, random);
    BcfRecordPtr rec(bcf_init());
    SyntheticVariants::Site site;
    for (size_t c = 0; c < positions.size(); ++c) {
        for (const qint64 pos : positions[c]) {
            const Finding* finding = nullptr;
            for (int f : plan.findings) {
                const Finding& candidate = findings()[size_t(f)];
                if (SyntheticVariants::contigIndex(candidate.contig) == int(c) &&
                    candidate.pos - 1 == pos)
                    finding = &candidate;
            }
            if (finding) {
                variants.makeSiteWith(int(c), pos, finding->ref, {finding->alt}, finding->ppm,
                                      &site);
                for (size_t s = 0; s < plan.people.size(); ++s) {
                    const Person& person = people()[size_t(plan.people[s])];
                    if (person.finding >= 0 && &findings()[size_t(person.finding)] == finding)
                        variants.setCarrier(&site, int(s),
                                            finding->gene == QByteArray("CFTR") ? 2 : 1);
                    else if (plan.trio)
                        variants.setCarrier(&site, int(s), 0); // the parents: de novo
                }
                site.id = finding->rsid;
            } else {
                variants.makeSite(int(c), pos, &site);
            }
            if (!variants.fill(hdr.get(), rec.get(), site))
                return fail(error, DemoWorkspace::tr("Cannot build record %1:%2 of %3.")
                                       .arg(QString::fromUtf8(SyntheticVariants::grch38()[c].name))
                                       .arg(pos + 1)
                                       .arg(plan.path));
            const SyntheticAnnotation::Gene* gene = SyntheticAnnotation::knownGeneAt(int(c), pos);
            SyntheticAnnotation::ClinVar clinVar;
            SyntheticAnnotation::Effect effect;
            if (finding) {
                gene = SyntheticAnnotation::knownGene(finding->gene);
                clinVar = {finding->significance, finding->reviewStatus, gene->condition,
                           finding->alleleId};
                effect = {finding->consequence, finding->hgvsc, finding->hgvsp};
            } else if (gene && random.chance(300000)) {
                clinVar = annotation.randomClinVar(*gene, site);
            }
            if (!clinVar.significance.isEmpty() &&
                !SyntheticAnnotation::fillClinVar(hdr.get(), rec.get(), *gene, clinVar))
                return fail(error, DemoWorkspace::tr("Cannot annotate %1.").arg(plan.path));
            const QByteArray csq = annotation.csq(site, gene, clinVar.significance.toLower(),
                                                  finding ? &effect : nullptr);
            if (bcf_update_info_string(hdr.get(), rec.get(), "CSQ", csq.constData()) < 0 ||
                bcf_write(fp.get(), hdr.get(), rec.get()) < 0)
                return fail(error, DemoWorkspace::tr("Cannot write %1.").arg(tmp));
        }
    }
    if (!closeOutput(fp, tmp, error))
        return false;
    if (plan.index) {
        const QString index = plan.path + QStringLiteral(".tbi");
        const QString tmpIndex = partName(index);
        if (bcf_index_build3(local(tmp).constData(), local(tmpIndex).constData(), 0, 0) != 0)
            return fail(error, DemoWorkspace::tr("Cannot index %1.").arg(tmp));
        // The data first, then its index: the index must not look older than the data.
        return commit(tmp, plan.path, error) && commit(tmpIndex, index, error);
    }
    return commit(tmp, plan.path, error);
}

std::vector<QByteArray> vcfHeadLines()
{
    return {"##fileDate=20240314", "##source=bcftools_call",
            "##reference=file:///home/jdoe/refs/GRCh38.fa"};
}

bool writeCohort(const QString& folder, quint64 seed, QString* error)
{
    VcfPlan plan;
    plan.path = folder + QStringLiteral("/cohort/cohort.vcf.gz");
    for (int i = 0; i < DemoWorkspace::kCohortSamples; ++i) {
        plan.people.push_back(i);
        if (people()[size_t(i)].finding >= 0)
            plan.findings.push_back(people()[size_t(i)].finding);
    }
    plan.records = DemoWorkspace::kCohortRecords;
    plan.geneRecords = 600;
    plan.seed = DeterministicRandom::derive(seed, 100);
    plan.headLines = vcfHeadLines();
    const QByteArray run = DemoCohort::kRunFolder;
    plan.toolLines = {
        "##bcftools_callVersion=1.16+htslib-1.16",
        "##bcftools_callCommand=call -mv -Oz -o " + run + "/cohort.vcf.gz " + run +
            "/cohort.mpileup.bcf; Date=Thu Mar 14 10:22:31 2024",
        "##bcftools_normCommand=norm -m-any -f /home/jdoe/refs/GRCh38.fa -Oz -o " + run +
            "/cohort.norm.vcf.gz " + run + "/cohort.vcf.gz; Date=Thu Mar 14 10:41:07 2024",
        "##VEP=\"v110\" time=\"2024-03-14 11:02:45\" cache=\"/home/jdoe/.vep/homo_sapiens/"
        "110_GRCh38\" ensembl=110.12388ca ensembl-variation=110.584a8f3 assembly=\"GRCh38.p14\" "
        "gnomADe=\"r2.1.1\" ClinVar=\"202401\"",
        "##VEP-command-line='vep --input_file " + run + "/cohort.norm.vcf.gz --output_file " + run +
            "/cohort.vep.vcf.gz --cache --offline --everything --vcf --compress_output bgzip'",
        "##SAMPLE=<ID=MRN0012345,Description=\"Smith, John; DOB 1987-06-02; referred by Dr. Jane "
        "Doe\">",
    };
    return writeVcf(plan, error);
}

bool writeTrio(const QString& folder, quint64 seed, QString* error)
{
    VcfPlan plan;
    plan.path = folder + QStringLiteral("/trio/trio.vcf.gz");
    plan.people = {DemoCohort::kTrioChild, DemoCohort::kTrioFather, DemoCohort::kTrioMother};
    plan.trio = true;
    plan.findings = {people()[DemoCohort::kTrioChild].finding};
    plan.records = DemoWorkspace::kTrioRecords;
    plan.geneRecords = 200;
    plan.seed = DeterministicRandom::derive(seed, 200);
    plan.headLines = vcfHeadLines();
    const QByteArray run = DemoCohort::kTrioFolder;
    plan.toolLines = {
        "##GATKCommandLine=<ID=HaplotypeCaller,CommandLine=\"HaplotypeCaller --emit-ref-confidence "
        "GVCF --output " +
            run + "/MRN0031001.g.vcf.gz --input " + run +
            "/MRN0031001.bam --reference /home/jdoe/refs/GRCh38.fa\",Version=\"4.4.0.0\","
            "Date=\"January 20, 2023 at 3:14:07 PM CET\">",
        "##commandline=\"bcftools merge -Oz -o " + run + "/trio.vcf.gz " + run +
            "/MRN0031001.vcf.gz " + run + "/MRN0031002.vcf.gz " + run + "/MRN0031003.vcf.gz\"",
        "##PEDIGREE=<Child=MRN0031001,Mother=MRN0031003,Father=MRN0031002>",
    };
    if (!writeVcf(plan, error))
        return false;
    return writeText(folder + QStringLiteral("/trio/trio.ped"), DemoCohort::ped(), error);
}

// ---------------------------------------------------------------------------------------
// Reference, BAM, CRAM

SyntheticReference demoReference(quint64 seed)
{
    return SyntheticReference(DeterministicRandom::derive(seed, 300),
                              {{"synth1", 120000}, {"synth2", 60000}, {"synth3", 20000}});
}

QByteArray samHeader(const SyntheticReference& reference)
{
    const QByteArray sample = people()[DemoCohort::kSequenced].id;
    const QByteArray run = DemoCohort::kRunFolder;
    QByteArray h = "@HD\tVN:1.6\tSO:coordinate\n";
    h += reference.sqLines("file:///home/jdoe/refs/demo_ref.fa");
    for (int lane = 1; lane <= 2; ++lane) {
        const QByteArray l = QByteArray::number(lane);
        h += "@RG\tID:HVWKJDSXY." + l + "\tSM:" + sample + "\tLB:LIB-" + sample +
             "-A\tPL:ILLUMINA\tPM:NovaSeq6000\tPU:HVWKJDSXY." + l +
             ".ACGTACGT+TTGACCAA\tDT:2024-03-1" + l +
             "T08:15:00+01:00\tCN:" + DemoCohort::kHospital + '\n';
    }
    h += "@PG\tID:bwa\tPN:bwa\tVN:0.7.17-r1188\tCL:bwa mem -t 16 -R @RG\\tID:HVWKJDSXY.1\\tSM:" +
         sample + " /home/jdoe/refs/GRCh38.fa " + run + "/" + sample + "_S1_L001_R1_001.fastq.gz " +
         run + "/" + sample + "_S1_L001_R2_001.fastq.gz\n";
    h += "@PG\tID:samtools\tPN:samtools\tPP:bwa\tVN:1.16.1\tCL:samtools sort -@ 8 -o " + run + "/" +
         sample + ".sorted.bam " + run + "/" + sample + ".unsorted.bam\n";
    h += "@PG\tID:MarkDuplicates\tPN:MarkDuplicates\tPP:samtools\tVN:2.27.5\tCL:MarkDuplicates "
         "INPUT=" +
         run + "/" + sample + ".sorted.bam OUTPUT=" + run + "/" + sample +
         ".bam METRICS_FILE=" + run + "/" + sample + ".dup_metrics.txt\n";
    h += "@CO\tSequenced for John Smith (" + sample +
         ", DOB 1987-06-02), referred by Dr. Jane Doe, " + DemoCohort::kHospital + '\n';
    return h;
}

SyntheticReads::Params readParams(qint64 pairs)
{
    SyntheticReads::Params params;
    params.pairs = pairs;
    params.readGroups = {"HVWKJDSXY.1", "HVWKJDSXY.2"};
    return params;
}

/** Writes `pairs` templates to one or two outputs (BAM, and CRAM when cramTmp is set). */
bool writeReads(const SyntheticReference& reference, quint64 seed, qint64 pairs,
                const QString& bamTmp, const QString& cramTmp, const QString& fasta, QString* error)
{
    const QByteArray text = samHeader(reference);
    SamHeaderPtr hdr(sam_hdr_parse(size_t(text.size()), text.constData()));
    if (!hdr)
        return fail(error, DemoWorkspace::tr("Cannot build the SAM header for %1.").arg(bamTmp));
    HtsFilePtr bam(hts_open(local(bamTmp).constData(), "wb"));
    if (!bam)
        return fail(error, DemoWorkspace::tr("Cannot create %1.").arg(bamTmp));
    HtsFilePtr cram;
    if (!cramTmp.isEmpty()) {
        // CRAM records the name it was opened with (its 20-byte file id): open the stream
        // ourselves and give htslib the final file name, not the temporary path.
        hFILE* stream = hopen(local(cramTmp).constData(), "w");
        const QByteArray name = QFile::encodeName(QFileInfo(cramTmp).completeBaseName());
        cram.reset(stream ? hts_hopen(stream, name.constData(), "wc") : nullptr);
        if (stream && !cram)
            hclose_abruptly(stream);
        // Single-threaded CRAM: its codec choices then depend on the data alone.
        if (!cram || hts_set_opt(cram.get(), CRAM_OPT_VERSION, "3.0") != 0)
            return fail(error, DemoWorkspace::tr("Cannot create %1.").arg(cramTmp));
    }
    if (sam_hdr_write(bam.get(), hdr.get()) < 0 ||
        (cram && sam_hdr_write(cram.get(), hdr.get()) < 0))
        return fail(error, DemoWorkspace::tr("Cannot write the header of %1.").arg(bamTmp));
    // The reference is attached after the header is written: attached before, htslib
    // replaces every @SQ UR with the reference's absolute path on this machine.
    if (cram && hts_set_fai_filename(cram.get(), local(fasta).constData()) != 0)
        return fail(error,
                    DemoWorkspace::tr("Cannot use the reference %1 for %2.").arg(fasta, cramTmp));
    SyntheticReads reads(reference, readParams(pairs), seed);
    BamRecordPtr rec(bam_init1());
    int more;
    while ((more = reads.next(rec.get())) > 0) {
        if (sam_write1(bam.get(), hdr.get(), rec.get()) < 0 ||
            (cram && sam_write1(cram.get(), hdr.get(), rec.get()) < 0))
            return fail(error, DemoWorkspace::tr("Cannot write %1.").arg(bamTmp));
    }
    if (more < 0)
        return fail(error, DemoWorkspace::tr("Cannot generate the reads for %1.").arg(bamTmp));
    return closeOutput(bam, bamTmp, error) && (!cram || closeOutput(cram, cramTmp, error));
}

bool writeAlignments(const QString& folder, quint64 seed, QString* error)
{
    const SyntheticReference reference = demoReference(seed);
    const QString fasta = folder + QStringLiteral("/reference/demo_ref.fa");
    const QString fai = fasta + QStringLiteral(".fai");
    if (!reference.writeFasta(partName(fasta), error))
        return false;
    if (fai_build3(local(partName(fasta)).constData(), local(partName(fai)).constData(), nullptr) !=
        0)
        return fail(error, DemoWorkspace::tr("Cannot index %1.").arg(partName(fasta)));
    if (!commit(partName(fasta), fasta, error) || !commit(partName(fai), fai, error))
        return false;

    const QString base = folder + QStringLiteral("/alignments/") +
                         QString::fromLatin1(people()[DemoCohort::kSequenced].id);
    const QString bam = base + QStringLiteral(".bam");
    const QString cram = base + QStringLiteral(".cram");
    if (!writeReads(reference, DeterministicRandom::derive(seed, 301), DemoWorkspace::kReadPairs,
                    partName(bam), partName(cram), fasta, error))
        return false;
    if (sam_index_build3(local(partName(bam)).constData(),
                         local(partName(bam + QStringLiteral(".bai"))).constData(), 0, 0) != 0)
        return fail(error, DemoWorkspace::tr("Cannot index %1.").arg(partName(bam)));
    if (sam_index_build3(local(partName(cram)).constData(),
                         local(partName(cram + QStringLiteral(".crai"))).constData(), 0, 0) != 0)
        return fail(error, DemoWorkspace::tr("Cannot index %1.").arg(partName(cram)));
    return commit(partName(bam), bam, error) &&
           commit(partName(bam + QStringLiteral(".bai")), bam + QStringLiteral(".bai"), error) &&
           commit(partName(cram), cram, error) &&
           commit(partName(cram + QStringLiteral(".crai")), cram + QStringLiteral(".crai"), error);
}

// ---------------------------------------------------------------------------------------
// Clinical sidecars

bool writeClinical(const QString& folder, QString* error)
{
    for (const Person& person : people()) {
        if (person.finding >= 0 &&
            !writeText(folder + QStringLiteral("/clinical/%1.json").arg(QLatin1String(person.id)),
                       DemoCohort::phenopacket(person), error))
            return false;
    }
    return writeText(folder + QStringLiteral("/clinical/samplesheet.csv"),
                     DemoCohort::sampleSheet(), error);
}

// ---------------------------------------------------------------------------------------
// Files the scanner should complain about

bool writeProblems(const QString& folder, quint64 seed, QString* error)
{
    const QString dir = folder + QStringLiteral("/problems/");
    // Plain gzip instead of BGZF: readable front to back, not indexable.
    {
        VcfPlan plan;
        plan.path = dir + QStringLiteral("plain_gzip.vcf.gz");
        plan.index = false;
        plan.people = {9, 10, 11};
        plan.records = 200;
        plan.seed = DeterministicRandom::derive(seed, 400);
        plan.headLines = vcfHeadLines();
        // Write BGZF first, then re-encode the text as one gzip member.
        if (!writeVcf(plan, error))
            return false;
        const QString tmp = partName(plan.path);
        {
            HtsFilePtr in(hts_open(local(plan.path).constData(), "r"));
            HtsFilePtr out(hts_open(local(tmp).constData(), "wg"));
            if (!in || !out)
                return fail(error, DemoWorkspace::tr("Cannot rewrite %1 as gzip.").arg(plan.path));
            kstring_t line = {0, 0, nullptr};
            BGZF* bgzf = hts_get_bgzfp(out.get());
            bool ok = bgzf != nullptr;
            while (ok && hts_getline(in.get(), '\n', &line) >= 0) {
                ok = bgzf_write(bgzf, line.s, line.l) == ssize_t(line.l) &&
                     bgzf_write(bgzf, "\n", 1) == 1;
            }
            free(line.s);
            if (!ok || !closeOutput(out, tmp, error))
                return fail(error, DemoWorkspace::tr("Cannot write %1.").arg(tmp));
        }
        if (!commit(tmp, plan.path, error))
            return false;
    }
    // An index older than its data: the data was rewritten (more records) after indexing.
    {
        VcfPlan plan;
        plan.path = dir + QStringLiteral("stale_index.vcf.gz");
        plan.people = {9, 10, 11};
        plan.records = 150;
        plan.seed = DeterministicRandom::derive(seed, 410);
        plan.headLines = vcfHeadLines();
        if (!writeVcf(plan, error))
            return false;
        plan.index = false;
        plan.records = 240;
        plan.seed = DeterministicRandom::derive(seed, 411);
        if (!writeVcf(plan, error))
            return false;
        const QDateTime indexed(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
        const QDateTime rewritten(QDate(2024, 3, 14), QTime(12, 0), Qt::UTC);
        if (!setModified(plan.path, rewritten, error) ||
            !setModified(plan.path + QStringLiteral(".tbi"), indexed, error))
            return false;
    }
    const SyntheticReference reference = demoReference(seed);
    // A BAM cut short: the last bytes and the BGZF EOF block are missing.
    {
        const QString path = dir + QStringLiteral("truncated.bam");
        const QString tmp = partName(path);
        if (!writeReads(reference, DeterministicRandom::derive(seed, 420), 1500, tmp, QString(),
                        QString(), error))
            return false;
        QFile file(tmp);
        const qint64 size = file.size();
        if (size < 4096 || !file.resize(size - 28 - 1500))
            return fail(error, DemoWorkspace::tr("Cannot truncate %1.").arg(tmp));
        if (!commit(tmp, path, error))
            return false;
    }
    // A complete BAM that nobody indexed.
    {
        const QString path = dir + QStringLiteral("unindexed.bam");
        if (!writeReads(reference, DeterministicRandom::derive(seed, 430), 1500, partName(path),
                        QString(), QString(), error) ||
            !commit(partName(path), path, error))
            return false;
    }
    return true;
}

QByteArray readme()
{
    return QByteArrayLiteral(
        "Steward demo workspace\n"
        "======================\n"
        "\n"
        "Demo workspace version 2 (consent in DUO syntax).\n"
        "\n"
        "Synthetic demo data made by Steward. Every person, identifier, date, path, hospital\n"
        "and finding in these files is fictional; the genotypes and reads are generated from\n"
        "a fixed seed and describe nobody. Gene symbols and positions are approximately those\n"
        "of GRCh38 so that the annotations read naturally; they are not for clinical use.\n"
        "\n"
        "Some headers deliberately look identifying (medical record numbers as sample IDs,\n"
        "home-directory paths, run dates, a hospital name, dates of birth) so that the\n"
        "de-identification review has something to find.\n"
        "\n"
        "cohort/      12-sample VCF with VEP CSQ, ClinVar and gnomAD annotations (+ .tbi)\n"
        "trio/        a proband and both parents (VCF + .tbi) and the pedigree (trio.ped)\n"
        "alignments/  one sample's reads as BAM (+ .bai) and CRAM (+ .crai)\n"
        "reference/   the generated reference the BAM and CRAM are aligned to (+ .fai)\n"
        "clinical/    GA4GH Phenopacket v2 files for the probands and the consent sample sheet\n"
        "problems/    files broken on purpose: plain gzip instead of BGZF, a truncated BAM,\n"
        "             an index older than its VCF, a BAM without an index\n");
}

} // namespace

bool DemoWorkspace::isCurrent(const QString& folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("README.txt")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.read(4096);
    const int at = int(readme().indexOf("Demo workspace version"));
    return text.contains(readme().mid(at, readme().indexOf('\n', at) - at));
}

quint64 DemoWorkspace::defaultSeed()
{
    return 20240314ULL;
}

bool DemoWorkspace::generate(const QString& folder, QString* error)
{
    return generate(folder, defaultSeed(), error);
}

bool DemoWorkspace::generate(const QString& folder, quint64 seed, QString* error)
{
    QDir root(folder);
    for (const char* sub : {"cohort", "trio", "alignments", "reference", "clinical", "problems"}) {
        if (!root.mkpath(QString::fromLatin1(sub)))
            return fail(
                error,
                tr("Cannot create the folder %1.").arg(root.filePath(QString::fromLatin1(sub))));
    }
    const QString base = root.absolutePath();
    const bool ok = writeCohort(base, seed, error) && writeTrio(base, seed, error) &&
                    writeAlignments(base, seed, error) && writeClinical(base, error) &&
                    writeProblems(base, seed, error) &&
                    writeText(base + QStringLiteral("/README.txt"), readme(), error);
    if (!ok) {
        // Every temporary is "<final name>.part": leave none behind after a failure.
        for (const QString& file : files())
            QFile::remove(partName(root.filePath(file)));
    }
    return ok;
}

QStringList DemoWorkspace::files()
{
    QStringList list = {
        QStringLiteral("README.txt"),
        QStringLiteral("cohort/cohort.vcf.gz"),
        QStringLiteral("cohort/cohort.vcf.gz.tbi"),
        QStringLiteral("trio/trio.vcf.gz"),
        QStringLiteral("trio/trio.vcf.gz.tbi"),
        QStringLiteral("trio/trio.ped"),
        QStringLiteral("reference/demo_ref.fa"),
        QStringLiteral("reference/demo_ref.fa.fai"),
        QStringLiteral("clinical/samplesheet.csv"),
        QStringLiteral("problems/plain_gzip.vcf.gz"),
        QStringLiteral("problems/stale_index.vcf.gz"),
        QStringLiteral("problems/stale_index.vcf.gz.tbi"),
        QStringLiteral("problems/truncated.bam"),
        QStringLiteral("problems/unindexed.bam"),
    };
    const QString sample = QString::fromLatin1(people()[DemoCohort::kSequenced].id);
    for (const char* ext : {".bam", ".bam.bai", ".cram", ".cram.crai"})
        list << QStringLiteral("alignments/") + sample + QLatin1String(ext);
    for (const Person& person : people()) {
        if (person.finding >= 0)
            list << QStringLiteral("clinical/%1.json").arg(QLatin1String(person.id));
    }
    list.sort();
    return list;
}

} // namespace steward
