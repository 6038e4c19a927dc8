// The demo workspace: byte-identical output for a seed, files the reference tools read,
// the promised cohort shape, and problem files that are really broken.

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "models/formats/DemoWorkspace.h"
#include "models/formats/HtsHandles.h"

using namespace steward;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesExactlyTheListedFiles();
    void sameSeedGivesIdenticalBytes();
    void anotherSeedGivesOtherData();
    void cohortHasTheDocumentedShape();
    void cohortCarriesAnnotationsAndIdentifyingHeaders();
    void bcftoolsReadsTheVcfs();
    void trioIsMendelianExceptTheDeNovo();
    void pedDescribesTheTrio();
    void samtoolsReadsTheAlignments();
    void cramDecodesToTheSameReadsAsTheBam();
    void phenopacketsAreValidJsonForEachProband();
    void samplesheetListsConsents();
    void problemFilesAreBrokenAsDescribed();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QString& tool, const QStringList& args) const;
    QString tool(const char* name) const;
    QString path(const char* relative) const { return m_first.filePath(QLatin1String(relative)); }
    static QStringList listFiles(const QString& root);

    QTemporaryDir m_first;
    QTemporaryDir m_second;
    QTemporaryDir m_refCache;
};

TestDemoWorkspace::Run TestDemoWorkspace::run(const QString& program, const QStringList& args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never let htslib fetch a CRAM reference from the network.
    env.insert(QStringLiteral("REF_PATH"), m_refCache.filePath(QStringLiteral("%2s/%2s/%s")));
    env.insert(QStringLiteral("REF_CACHE"), m_refCache.filePath(QStringLiteral("%2s/%2s/%s")));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestDemoWorkspace::tool(const char* name) const
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

QStringList TestDemoWorkspace::listFiles(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

void TestDemoWorkspace::initTestCase()
{
    QVERIFY(m_first.isValid() && m_second.isValid() && m_refCache.isValid());
    QString error;
    QVERIFY2(DemoWorkspace::generate(m_first.path(), &error), qPrintable(error));
    QVERIFY2(DemoWorkspace::generate(m_second.path(), &error), qPrintable(error));
}

void TestDemoWorkspace::writesExactlyTheListedFiles()
{
    // No temporary ".part" files left behind, nothing missing.
    QCOMPARE(listFiles(m_first.path()), DemoWorkspace::files());
}

void TestDemoWorkspace::sameSeedGivesIdenticalBytes()
{
    const QStringList files = listFiles(m_first.path());
    QCOMPARE(listFiles(m_second.path()), files);
    for (const QString& f : files) {
        QFile a(m_first.filePath(f));
        QFile b(m_second.filePath(f));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray x = a.readAll();
        QVERIFY2(!x.isEmpty(), qPrintable(f));
        QVERIFY2(x == b.readAll(), qPrintable(f + QStringLiteral(" differs between two runs")));
    }
}

void TestDemoWorkspace::anotherSeedGivesOtherData()
{
    QTemporaryDir other;
    QString error;
    QVERIFY2(DemoWorkspace::generate(other.path(), DemoWorkspace::defaultSeed() + 1, &error),
             qPrintable(error));
    for (const char* f : {"cohort/cohort.vcf.gz", "alignments/MRN0012345.bam"}) {
        QFile a(path(f));
        QFile b(other.filePath(QLatin1String(f)));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() != b.readAll(), f);
    }
}

void TestDemoWorkspace::cohortHasTheDocumentedShape()
{
    const QByteArray file = QFile::encodeName(path("cohort/cohort.vcf.gz"));
    HtsFilePtr fp(hts_open(file.constData(), "r"));
    QVERIFY(fp);
    QCOMPARE(hts_get_format(fp.get())->compression, bgzf);
    BcfHeaderPtr hdr(bcf_hdr_read(fp.get()));
    QVERIFY(hdr);
    QCOMPARE(bcf_hdr_nsamples(hdr.get()), DemoWorkspace::kCohortSamples);
    QCOMPARE(QByteArray(hdr->samples[0]), QByteArray("MRN0012345"));
    int contigs = 0;
    const char** names = bcf_hdr_seqnames(hdr.get(), &contigs);
    QCOMPARE(contigs, 25);
    QCOMPARE(QByteArray(names[0]), QByteArray("chr1"));
    QCOMPARE(QByteArray(names[24]), QByteArray("chrM"));
    free(names);
    const bcf_hrec_t* chr1 = bcf_hdr_get_hrec(hdr.get(), BCF_HL_CTG, "ID", "chr1", nullptr);
    QVERIFY(chr1);
    const int len = bcf_hrec_find_key(const_cast<bcf_hrec_t*>(chr1), "length");
    QCOMPARE(QByteArray(chr1->vals[len]), QByteArray("248956422"));

    BcfRecordPtr rec(bcf_init());
    int records = 0, multiallelic = 0, indels = 0, lowQual = 0, haploidChrX = 0, clinvar = 0;
    qint64 lastPos = -1;
    int lastRid = -1;
    int32_t* values = nullptr;
    int nValues = 0;
    while (bcf_read(fp.get(), hdr.get(), rec.get()) == 0) {
        ++records;
        bcf_unpack(rec.get(), BCF_UN_ALL);
        QVERIFY2(rec->rid > lastRid || (rec->rid == lastRid && rec->pos > lastPos),
                 "records are sorted and positions distinct");
        lastRid = rec->rid;
        lastPos = rec->pos;
        multiallelic += rec->n_allele > 2 ? 1 : 0;
        for (int i = 1; i < rec->n_allele; ++i) {
            if (strlen(rec->d.allele[i]) != strlen(rec->d.allele[0])) {
                ++indels;
                break;
            }
        }
        lowQual += bcf_has_filter(hdr.get(), rec.get(), const_cast<char*>("LowQual")) == 1;
        QVERIFY(bcf_get_info(hdr.get(), rec.get(), "CSQ"));
        QVERIFY(bcf_get_info(hdr.get(), rec.get(), "AC"));
        clinvar += bcf_get_info(hdr.get(), rec.get(), "CLNSIG") ? 1 : 0;
        // FORMAT is GT:DP:AD:GQ with AD per allele.
        QCOMPARE(rec->n_fmt, 4);
        QCOMPARE(QByteArray(hdr->id[BCF_DT_ID][rec->d.fmt[0].id].key), QByteArray("GT"));
        QCOMPARE(bcf_get_format_int32(hdr.get(), rec.get(), "AD", &values, &nValues),
                 rec->n_allele * DemoWorkspace::kCohortSamples);
        // Men are haploid outside the pseudo-autosomal regions of chrX.
        if (QByteArray(bcf_seqname(hdr.get(), rec.get())) == "chrX" && rec->pos > 2781479 &&
            rec->pos < 155701382) {
            const int n = bcf_get_genotypes(hdr.get(), rec.get(), &values, &nValues);
            QCOMPARE(n, 2 * DemoWorkspace::kCohortSamples);
            if (values[1] == bcf_int32_vector_end)
                ++haploidChrX; // sample 0 is male
        }
    }
    free(values);
    QCOMPARE(records, DemoWorkspace::kCohortRecords);
    QVERIFY2(multiallelic >= 10 && multiallelic <= 200, qPrintable(QString::number(multiallelic)));
    QVERIFY2(indels >= 200 && indels <= 700, qPrintable(QString::number(indels)));
    QVERIFY2(lowQual >= 40 && lowQual <= 300, qPrintable(QString::number(lowQual)));
    QVERIFY2(clinvar >= 50 && clinvar <= 600, qPrintable(QString::number(clinvar)));
    QVERIFY(haploidChrX > 10);
}

void TestDemoWorkspace::cohortCarriesAnnotationsAndIdentifyingHeaders()
{
    const QByteArray file = QFile::encodeName(path("cohort/cohort.vcf.gz"));
    HtsFilePtr fp(hts_open(file.constData(), "r"));
    BcfHeaderPtr hdr(bcf_hdr_read(fp.get()));
    QVERIFY(hdr);
    kstring_t text = {0, 0, nullptr};
    QVERIFY(bcf_hdr_format(hdr.get(), 0, &text) == 0);
    const QByteArray header(text.s, int(text.l));
    free(text.s);
    QVERIFY(header.contains("Consequence annotations from Ensembl VEP. Format: Allele|Consequence|"
                            "IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|"
                            "HGVSp|"));
    QVERIFY(header.contains("|gnomADe_AF|CLIN_SIG\">"));
    for (const char* needle : {"##fileDate=", "##reference=file:///home/jdoe/refs/GRCh38.fa",
                               "##bcftools_callCommand=", "/home/jdoe/patients/Smith_John/",
                               "##INFO=<ID=CLNSIG", "##INFO=<ID=GENEINFO", "##INFO=<ID=ALLELEID",
                               "##INFO=<ID=gnomAD_AF", "##FILTER=<ID=LowQual"})
        QVERIFY2(header.contains(needle), needle);

    // The planted BRCA1 frameshift: pathogenic, in the canonical transcript, several
    // transcripts per variant, carried by the second sample.
    BcfRecordPtr rec(bcf_init());
    bool found = false;
    char* csq = nullptr;
    int nCsq = 0;
    QSet<QByteArray> symbols;
    while (bcf_read(fp.get(), hdr.get(), rec.get()) == 0) {
        QVERIFY(bcf_get_info_string(hdr.get(), rec.get(), "CSQ", &csq, &nCsq) > 0);
        const QByteArray value(csq);
        const QList<QByteArray> entries = value.split(',');
        for (const QByteArray& e : entries) {
            const QList<QByteArray> fields = e.split('|');
            QCOMPARE(fields.size(), 26);
            if (!fields[3].isEmpty())
                symbols.insert(fields[3]);
        }
        if (QByteArray(bcf_seqname(hdr.get(), rec.get())) == "chr17" && rec->pos + 1 == 43124027) {
            found = true;
            QVERIFY(entries.size() >= 3);
            QVERIFY(value.contains("frameshift_variant|HIGH|BRCA1|ENSG00000012048"));
            QVERIFY(value.contains("c.68_69del"));
            char* sig = nullptr;
            int nSig = 0;
            QVERIFY(bcf_get_info_string(hdr.get(), rec.get(), "CLNSIG", &sig, &nSig) > 0);
            QCOMPARE(QByteArray(sig), QByteArray("Pathogenic"));
            free(sig);
            int32_t* gt = nullptr;
            int nGt = 0;
            QVERIFY(bcf_get_genotypes(hdr.get(), rec.get(), &gt, &nGt) > 0);
            QCOMPARE(bcf_gt_allele(gt[2]) + bcf_gt_allele(gt[3]), 1); // MRN0012388: het
            free(gt);
        }
    }
    free(csq);
    QVERIFY(found);
    for (const char* gene : {"BRCA1", "BRCA2", "TP53", "CFTR", "MLH1"})
        QVERIFY2(symbols.contains(gene), gene);
}

void TestDemoWorkspace::bcftoolsReadsTheVcfs()
{
    const QString bcftools = tool("bcftools");
    if (bcftools.isEmpty())
        QSKIP("bcftools is not installed; install it to cross-check the demo VCFs");
    struct Expect
    {
        const char* file;
        int samples;
        int records;
    };
    for (const Expect& e : {Expect{"cohort/cohort.vcf.gz", DemoWorkspace::kCohortSamples,
                                   DemoWorkspace::kCohortRecords},
                            Expect{"trio/trio.vcf.gz", 3, DemoWorkspace::kTrioRecords}}) {
        const Run stats = run(bcftools, {QStringLiteral("stats"), QStringLiteral("-s"),
                                         QStringLiteral("-"), path(e.file)});
        QVERIFY2(stats.exitCode == 0, stats.err.constData());
        QVERIFY2(stats.err.isEmpty(), stats.err.constData());
        QVERIFY(stats.out.contains("SN\t0\tnumber of samples:\t" + QByteArray::number(e.samples) +
                                   "\n"));
        QVERIFY(stats.out.contains("SN\t0\tnumber of records:\t" + QByteArray::number(e.records) +
                                   "\n"));
        // Ts/Tv close to a whole genome's 2.0-2.1.
        bool tstvSeen = false;
        for (const QByteArray& line : stats.out.split('\n')) {
            if (line.startsWith("TSTV\t0\t")) {
                const double tstv = line.split('\t').value(4).toDouble();
                QVERIFY2(tstv > 1.8 && tstv < 2.4, line.constData());
                tstvSeen = true;
            }
        }
        QVERIFY(tstvSeen);

        const Run index =
            run(bcftools, {QStringLiteral("index"), QStringLiteral("-s"), path(e.file)});
        QVERIFY2(index.exitCode == 0, index.err.constData());
        int total = 0;
        for (const QByteArray& line : index.out.split('\n')) {
            if (!line.isEmpty())
                total += line.split('\t').value(2).toInt();
        }
        QCOMPARE(total, e.records);
    }
}

void TestDemoWorkspace::trioIsMendelianExceptTheDeNovo()
{
    const QByteArray file = QFile::encodeName(path("trio/trio.vcf.gz"));
    HtsFilePtr fp(hts_open(file.constData(), "r"));
    BcfHeaderPtr hdr(bcf_hdr_read(fp.get()));
    QVERIFY(hdr);
    QCOMPARE(bcf_hdr_nsamples(hdr.get()), 3);
    QCOMPARE(QByteArray(hdr->samples[0]), QByteArray("MRN0031001"));
    BcfRecordPtr rec(bcf_init());
    int32_t* gt = nullptr;
    int nGt = 0;
    int checked = 0, errors = 0;
    bool deNovoSeen = false;
    while (bcf_read(fp.get(), hdr.get(), rec.get()) == 0) {
        if (bcf_get_genotypes(hdr.get(), rec.get(), &gt, &nGt) != 6)
            continue;
        // Autosomal, fully called, diploid sites only.
        bool called = true;
        for (int i = 0; i < 6; ++i)
            called = called && gt[i] != bcf_int32_vector_end && !bcf_gt_is_missing(gt[i]);
        if (!called || rec->rid >= 22)
            continue;
        const int c0 = bcf_gt_allele(gt[0]), c1 = bcf_gt_allele(gt[1]);
        const int f0 = bcf_gt_allele(gt[2]), f1 = bcf_gt_allele(gt[3]);
        const int m0 = bcf_gt_allele(gt[4]), m1 = bcf_gt_allele(gt[5]);
        auto fromFather = [&](int a) { return a == f0 || a == f1; };
        auto fromMother = [&](int a) { return a == m0 || a == m1; };
        const bool ok = (fromFather(c0) && fromMother(c1)) || (fromFather(c1) && fromMother(c0));
        ++checked;
        errors += ok ? 0 : 1;
        if (QByteArray(bcf_seqname(hdr.get(), rec.get())) == "chr2" && rec->pos + 1 == 166009785) {
            QCOMPARE(c0 + c1, 1);
            QCOMPARE(f0 + f1 + m0 + m1, 0);
            deNovoSeen = true;
        }
    }
    free(gt);
    QVERIFY(checked > 1000);
    QVERIFY(deNovoSeen);
    QVERIFY2(errors >= 1 && errors * 100 <= checked, qPrintable(QString::number(errors)));
}

void TestDemoWorkspace::pedDescribesTheTrio()
{
    QFile ped(path("trio/trio.ped"));
    QVERIFY(ped.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = ped.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith('#'));
    QCOMPARE(lines[3], QByteArray("FAM0042\tMRN0031001\tMRN0031002\tMRN0031003\t1\t2"));
    for (int i = 1; i < 4; ++i)
        QCOMPARE(lines[i].split('\t').size(), 6);
}

void TestDemoWorkspace::samtoolsReadsTheAlignments()
{
    const QString samtools = tool("samtools");
    if (samtools.isEmpty())
        QSKIP("samtools is not installed; install it to cross-check the demo BAM and CRAM");
    const QString bam = path("alignments/MRN0012345.bam");
    const QString cram = path("alignments/MRN0012345.cram");
    const QString reference = path("reference/demo_ref.fa");
    const Run quick = run(samtools, {QStringLiteral("quickcheck"), QStringLiteral("-v"), bam, cram,
                                     path("problems/unindexed.bam")});
    QVERIFY2(quick.exitCode == 0, quick.out.constData());

    const Run bamStats = run(samtools, {QStringLiteral("flagstat"), bam});
    QVERIFY2(bamStats.exitCode == 0, bamStats.err.constData());
    QVERIFY2(bamStats.err.isEmpty(), bamStats.err.constData());
    const Run cramStats =
        run(samtools, {QStringLiteral("flagstat"), QStringLiteral("--input-fmt-option"),
                       QStringLiteral("reference=") + reference, cram});
    QVERIFY2(cramStats.exitCode == 0, cramStats.err.constData());
    QVERIFY2(cramStats.err.isEmpty(), cramStats.err.constData());
    QCOMPARE(cramStats.out, bamStats.out);
    // Two primary reads per template, and every kind of record flagstat counts.
    QMap<QByteArray, qint64> counts; // label -> QC-passed + QC-failed
    for (const QByteArray& line : bamStats.out.split('\n')) {
        const int plus = line.indexOf(" + ");
        if (plus < 0)
            continue;
        const int space = line.indexOf(' ', plus + 3);
        const qint64 n =
            line.left(plus).toLongLong() + line.mid(plus + 3, space - plus - 3).toLongLong();
        QByteArray label = line.mid(space + 1);
        if (label.contains(" ("))
            label = label.left(label.indexOf(" ("));
        counts.insert(label, counts.value(label) + n);
    }
    QCOMPARE(counts.value("primary"), qint64(2 * DemoWorkspace::kReadPairs));
    QCOMPARE(counts.value("read1"), qint64(DemoWorkspace::kReadPairs));
    for (const char* label : {"secondary", "supplementary", "duplicates", "singletons",
                              "with mate mapped to a different chr", "properly paired"})
        QVERIFY2(counts.value(label) > 0, label);
    QVERIFY2(counts.value("mapped") < counts.value("in total"), "some reads are unmapped");

    // Indexes exist and are usable: a region query answers.
    const Run region = run(samtools, {QStringLiteral("view"), QStringLiteral("-c"), bam,
                                      QStringLiteral("synth2:1000-2000")});
    QVERIFY2(region.exitCode == 0 && region.out.trimmed().toInt() > 0, region.err.constData());
}

void TestDemoWorkspace::cramDecodesToTheSameReadsAsTheBam()
{
    const QString samtools = tool("samtools");
    if (samtools.isEmpty())
        QSKIP("samtools is not installed; install it to cross-check the demo CRAM");
    const Run bam = run(samtools, {QStringLiteral("view"), QStringLiteral("--no-PG"),
                                   path("alignments/MRN0012345.bam")});
    const Run cram = run(samtools, {QStringLiteral("view"), QStringLiteral("--no-PG"),
                                    QStringLiteral("--reference"), path("reference/demo_ref.fa"),
                                    path("alignments/MRN0012345.cram")});
    QVERIFY2(bam.exitCode == 0, bam.err.constData());
    QVERIFY2(cram.exitCode == 0, cram.err.constData());
    QVERIFY2(cram.err.isEmpty(), cram.err.constData()); // no MD5 mismatch warnings
    const QList<QByteArray> a = bam.out.split('\n');
    const QList<QByteArray> b = cram.out.split('\n');
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        // CRAM regenerates MD/NM and may put tags in another order: compare them as a set.
        QList<QByteArray> x = a[i].split('\t');
        QList<QByteArray> y = b[i].split('\t');
        QCOMPARE(x.mid(0, 11), y.mid(0, 11));
        QList<QByteArray> tx = x.mid(11), ty = y.mid(11);
        std::sort(tx.begin(), tx.end());
        std::sort(ty.begin(), ty.end());
        QCOMPARE(tx, ty);
    }
    // Identifying-looking read names and read groups survive for the review to find.
    QVERIFY(a.first().startsWith("A00123:45:HVWKJDSXY:"));
    const Run header = run(samtools, {QStringLiteral("view"), QStringLiteral("-H"),
                                      path("alignments/MRN0012345.bam")});
    for (const char* needle : {"@RG\tID:HVWKJDSXY.1\tSM:MRN0012345\tLB:", "\tDT:2024-03-11",
                               "\tCN:Riverside General Hospital", "@PG\tID:bwa",
                               "/home/jdoe/patients/Smith_John/", "@CO\t", "\tM5:"})
        QVERIFY2(header.out.contains(needle), needle);
}

void TestDemoWorkspace::phenopacketsAreValidJsonForEachProband()
{
    const QStringList files =
        QDir(path("clinical")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), DemoWorkspace::kPhenopackets);
    for (const QString& name : files) {
        QFile file(path("clinical") + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(name + QLatin1Char(' ') + parseError.errorString()));
        const QJsonObject p = doc.object();
        const QString id = name.chopped(5);
        QCOMPARE(
            p.value(QStringLiteral("subject")).toObject().value(QStringLiteral("id")).toString(),
            id);
        const QString dob = p.value(QStringLiteral("subject"))
                                .toObject()
                                .value(QStringLiteral("dateOfBirth"))
                                .toString();
        QVERIFY2(QDateTime::fromString(dob, Qt::ISODate).isValid(), qPrintable(dob));
        QVERIFY(!p.value(QStringLiteral("phenotypicFeatures")).toArray().isEmpty());
        for (const QJsonValue f : p.value(QStringLiteral("phenotypicFeatures")).toArray())
            QVERIFY(f.toObject()
                        .value(QStringLiteral("type"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString()
                        .startsWith(QStringLiteral("HP:")));
        const QString disease = p.value(QStringLiteral("diseases"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("term"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        QVERIFY2(disease.startsWith(QStringLiteral("OMIM:")) ||
                     disease.startsWith(QStringLiteral("MONDO:")),
                 qPrintable(disease));
        const QJsonObject meta = p.value(QStringLiteral("metaData")).toObject();
        QCOMPARE(meta.value(QStringLiteral("phenopacketSchemaVersion")).toString(),
                 QStringLiteral("2.0"));
        QVERIFY(meta.value(QStringLiteral("resources")).toArray().size() >= 3);
    }
}

void TestDemoWorkspace::samplesheetListsConsents()
{
    QFile file(path("clinical/samplesheet.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("sample_id,consent,consent_date,dataset,withdrawn"));
    QCOMPARE(lines.size(), 1 + DemoWorkspace::kCohortSamples + 3);
    int withdrawn = 0;
    QSet<QByteArray> consents;
    for (const QByteArray& line : lines.mid(1)) {
        const QList<QByteArray> cells = line.split(',');
        QCOMPARE(cells.size(), 5);
        QVERIFY(cells[0].startsWith("MRN"));
        QVERIFY(QDate::fromString(QString::fromLatin1(cells[2]), Qt::ISODate).isValid());
        consents.insert(cells[1]);
        withdrawn += cells[4] == "yes" ? 1 : 0;
    }
    QCOMPARE(withdrawn, 1);
    for (const char* c : {"GRU", "HMB", "DS(MONDO:0007254)", "HMB;NPU"})
        QVERIFY2(consents.contains(c), c);
}

void TestDemoWorkspace::problemFilesAreBrokenAsDescribed()
{
    // Plain gzip: htslib reads it, but it is not BGZF.
    {
        HtsFilePtr fp(
            hts_open(QFile::encodeName(path("problems/plain_gzip.vcf.gz")).constData(), "r"));
        QVERIFY(fp);
        QCOMPARE(hts_get_format(fp.get())->format, vcf);
        QCOMPARE(hts_get_format(fp.get())->compression, gzip);
    }
    // Truncated: no EOF marker.
    {
        HtsFilePtr fp(hts_open(QFile::encodeName(path("problems/truncated.bam")).constData(), "r"));
        QVERIFY(fp);
        QCOMPARE(hts_check_EOF(fp.get()), 0);
        HtsFilePtr good(
            hts_open(QFile::encodeName(path("problems/unindexed.bam")).constData(), "r"));
        QCOMPARE(hts_check_EOF(good.get()), 1);
    }
    // The stale index is older than its data.
    QVERIFY(QFileInfo(path("problems/stale_index.vcf.gz.tbi")).lastModified() <
            QFileInfo(path("problems/stale_index.vcf.gz")).lastModified());
    // Elsewhere the index is not older than the data.
    QVERIFY(QFileInfo(path("cohort/cohort.vcf.gz.tbi")).lastModified() >=
            QFileInfo(path("cohort/cohort.vcf.gz")).lastModified());
    // The unindexed BAM has no index of any kind.
    for (const char* ext : {".bai", ".csi"})
        QVERIFY(!QFile::exists(path("problems/unindexed.bam") + QLatin1String(ext)));

    const QString samtools = tool("samtools");
    if (samtools.isEmpty())
        QSKIP("samtools is not installed; the quickcheck cross-check needs it");
    const Run quick = run(samtools, {QStringLiteral("quickcheck"), path("problems/truncated.bam")});
    QVERIFY(quick.exitCode != 0);
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "test_DemoWorkspace.moc"
