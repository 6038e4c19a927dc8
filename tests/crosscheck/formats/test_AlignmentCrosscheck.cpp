// Steward's alignment statistics against samtools 1.16 on real files, read in place from
// ../shared/data: every `samtools flagstat` line (text, JSON, TSV), `samtools idxstats`, the
// stored outputs under expected/, samtools stats' summary numbers for the spectra, BAM/CRAM
// twins, and CRAMs whose reference is not there (offline: REF_PATH is an empty folder).

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <htslib/hts.h>
#include <htslib/sam.h>

#include "models/formats/AlignmentStatistics.h"
#include "models/formats/CramReference.h"
#include "models/formats/HtsEnvironment.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

const QString kSpecs = QStringLiteral("conformance/samtools_hts-specs/test");
const QString kSpecsCram = QStringLiteral("conformance/samtools_hts-specs/test/cram");
const QString kIgvJsCram = QStringLiteral("genomics/igvteam_igv.js/test/data/cram");

/** Files read by every check, relative to shared/data. */
QStringList alignmentFiles()
{
    QStringList files = {
        // BAM
        "genomics/samtools_bcftools/test/mpileup/mpileup.1.bam",
        "genomics/samtools_bcftools/test/mpileup/mpileup.2.bam",
        "genomics/samtools_bcftools/test/mpileup/mpileup.3.bam",
        "genomics/samtools_bcftools/test/mpileup/mpileup.4.bam",
        "genomics/igvteam_igv/test/data/bam/BAMFileIndexTest/index_test.bam",
        "genomics/igvteam_igv/test/data/bam/chr1_chr2.hg18.bam",
        "genomics/igvteam_igv/test/data/bam/chr20_mod_call_sample.bam",
        "genomics/igvteam_igv/test/data/bam/gstt1_sample.bam",
        "genomics/igvteam_igv.js/test/data/bam/HG002_chr11_119076212_119102218_2.bam",
        "genomics/igvteam_igv.js/test/data/bam/6mA.bam",
        "genomics/igvteam_igv.js/test/data/bam/HG02450.bam",
        "genomics/igvteam_igv.js/test/data/bam/non_actg.bam",
        "genomics/igvteam_igv.js/test/data/bam/long_cigar/cigar-64k.bam",
        "genomics/igvteam_igv.js/test/data/cram/hg00096_hg38.bam",
        "genomics/Clinical-Genomics_scout/scout/demo/reduced_mt.bam",
        "genomics/Clinical-Genomics_scout/scout/demo/REViewer_test_data/"
        "justhusky_exphun_hugelymodelbat_realigned.bam",
        "genomics/Ensembl_ensembl-vep/t/testdata/custom/bam_edit.bam",
        "conformance/samtools_hts-specs/test/bam/passed/level-1.bam",
        "conformance/samtools_hts-specs/test/bam/passed/level-9.bam",
        // CRAM with their reference beside them
        "genomics/samtools_bcftools/test/mpileup/mpileup.1.cram",
        "genomics/samtools_bcftools/test/mpileup/mpileup.2.cram",
        "genomics/samtools_bcftools/test/mpileup/mpileup.3.cram",
        "genomics/samtools_bcftools/test/mpileup/mpileup.4.cram",
        "genomics/samtools_bcftools/test/mpileup/indel-AD.2.cram",
        "genomics/igvteam_igv/test/data/cram/cram_with_crai_index.cram",
        "genomics/igvteam_igv/test/data/cram/cram_with_bai_index.cram",
        // CRAM whose reference is not in the collection
        "genomics/igvteam_igv.js/test/data/cram/hg00096_hg38.cram",
        "genomics/igvteam_igv.js/test/data/cram/na12889.cram",
        "genomics/igvteam_igv.js/test/data/cram/na12889_lossy.cram",
        "genomics/igvteam_igv.js/test/data/cram/heart_slc25a3.cram",
        "genomics/igvteam_igv.js/test/data/cram/archived.cram",
        // SAM
        "genomics/samtools_bcftools/test/mpileup/mpileup.1.sam",
        "genomics/igvteam_igv.js/test/data/cram/na12889.sam",
        "genomics/igvteam_igv/test/data/sam/NA12878.muc1.test.sam",
        "genomics/igvteam_igv/test/data/sam/flow_renderer.sam",
    };
    // The hts-specs conformance suites: every passing CRAM (3.0, 3.1) and SAM.
    const QString root = sharedData();
    for (const QString& folder :
         {kSpecs + "/cram/3.0/passed", kSpecs + "/cram/3.1/passed", kSpecs + "/sam/passed"}) {
        const QStringList names =
            QDir(root + '/' + folder).entryList({"*.cram", "*.sam"}, QDir::Files, QDir::Name);
        for (const QString& name : names)
            files << folder + '/' + name;
    }
    return files;
}

/** expected/ mirrors the per-repository folders of genomics/ and conformance/. */
QString expectedFile(const QString& relative, const QString& suffix)
{
    const int slash = relative.indexOf('/');
    return sharedData(QStringLiteral("expected/") + relative.mid(slash + 1) + suffix);
}

bool isCram(const QString& path)
{
    return path.endsWith(QLatin1String(".cram"));
}

/** An index samtools would load for the file, or empty. */
QString indexOf(const QString& path)
{
    QStringList candidates = {path + ".bai", path + ".csi", path + ".crai"};
    QString base = path;
    base.chop(QFileInfo(path).suffix().size() + 1);
    candidates << base + ".bai" << base + ".crai";
    for (const QString& c : std::as_const(candidates))
        if (QFileInfo::exists(c))
            return c;
    return QString();
}

/** Decodes every field of every record with htslib, with `reference` (or none). */
bool htslibDecodes(const QString& path, const QString& reference, qint64* records = nullptr)
{
    const htsLogLevel level = hts_get_log_level();
    hts_set_log_level(HTS_LOG_OFF);
    samFile* fp = sam_open(QFile::encodeName(path).constData(), "r");
    bool ok = fp != nullptr;
    if (ok && !reference.isEmpty())
        ok = hts_set_fai_filename(fp, QFile::encodeName(reference).constData()) == 0;
    sam_hdr_t* h = ok ? sam_hdr_read(fp) : nullptr;
    ok = ok && h;
    qint64 n = 0;
    int ret = 0;
    bam1_t* b = bam_init1();
    while (ok && (ret = sam_read1(fp, h, b)) >= 0)
        ++n;
    ok = ok && ret == -1;
    bam_destroy1(b);
    if (h)
        sam_hdr_destroy(h);
    if (fp)
        sam_close(fp);
    hts_set_log_level(level);
    if (records)
        *records = n;
    return ok;
}

/** "SN\tname:\tvalue..." lines of samtools stats, name -> value. */
QHash<QString, QString> summaryNumbers(const QByteArray& text)
{
    QHash<QString, QString> out;
    for (const QByteArray& line : text.split('\n')) {
        if (!line.startsWith("SN\t"))
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.size() >= 3)
            out.insert(QString::fromUtf8(f[1]).chopped(1), QString::fromUtf8(f[2]));
    }
    return out;
}

qint64 sum(const std::array<qint64, 2>& a)
{
    return a[0] + a[1];
}

} // namespace

class TestAlignmentCrosscheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesSamtools_data();
    void matchesSamtools();
    void twinsAgree_data();
    void twinsAgree();
    void missingReferenceOffline();
    void brokenSamLikeSamtools_data();
    void brokenSamLikeSamtools();
    void cleanupTestCase();

private:
    AlignmentScan read(const QString& path, bool* ok = nullptr);
    QStringList referenceArguments(const AlignmentScan& scan, const QString& path) const;

    QTemporaryDir m_dir;
    QString m_cache;
    bool m_samtools = false;
};

void TestAlignmentCrosscheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Offline for Steward and for the samtools it runs: an empty local reference cache.
    m_cache = m_dir.filePath(QStringLiteral("empty-ref-cache"));
    QVERIFY(QDir().mkpath(m_cache));
    qputenv("REF_PATH", QFile::encodeName(HtsEnvironment::cachePattern(m_cache)));
    qputenv("REF_CACHE", QFile::encodeName(HtsEnvironment::cachePattern(m_cache)));
    QVERIFY(HtsEnvironment::isOffline());
    hts_set_log_level(HTS_LOG_ERROR);
    m_samtools = haveTool(QStringLiteral("samtools"));
}

void TestAlignmentCrosscheck::cleanupTestCase()
{
    // Nothing may have been downloaded into htslib's cache.
    QDirIterator it(m_cache, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
}

AlignmentScan TestAlignmentCrosscheck::read(const QString& path, bool* ok)
{
    ReadOptions options;
    options.threads = 2;
    options.referenceFolders = {sharedData(kSpecsCram)};
    AlignmentScan scan;
    QString error;
    const bool read = AlignmentStatsReader::read(path, options, &scan, &error);
    if (!read)
        qWarning("%s", qPrintable(error));
    if (ok)
        *ok = read;
    return scan;
}

QStringList TestAlignmentCrosscheck::referenceArguments(const AlignmentScan& scan,
                                                        const QString& path) const
{
    if (!isCram(path) || scan.referenceUsed.isEmpty() || !QFileInfo(scan.referenceUsed).isFile())
        return {};
    // flagstat and idxstats take no --reference: the input format option is what they read.
    return {QStringLiteral("--input-fmt-option"),
            QStringLiteral("reference=") + scan.referenceUsed};
}

void TestAlignmentCrosscheck::matchesSamtools_data()
{
    QTest::addColumn<QString>("relative");
    if (sharedData().isEmpty())
        return;
    for (const QString& f : alignmentFiles())
        QTest::newRow(qPrintable(f)) << f;
}

void TestAlignmentCrosscheck::matchesSamtools()
{
    if (sharedData().isEmpty())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    QFETCH(QString, relative);
    const QString path = sharedData(relative);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    bool ok = false;
    const AlignmentScan scan = read(path, &ok);
    if (QFileInfo(path).size() == 0) { // hts-specs 0001_empty_eof.sam: not even a header
        QVERIFY(!ok);
        return;
    }
    QVERIFY(ok);
    QVERIFY(scan.complete);
    const AlignmentStatistics& st = scan.statistics;

    // Problems: none, but a CRAM whose reference is absent from the collection says so.
    const bool referenceAbsent = relative.startsWith(kIgvJsCram) && isCram(path);
    QStringList codes;
    for (const FileProblem& p : scan.problems)
        codes << p.code;
    QCOMPARE(codes, referenceAbsent ? QStringList{"missing-reference"} : QStringList());

    // The reference choice, checked against htslib decoding every base.
    if (isCram(path)) {
        const bool decodesAlone = htslibDecodes(path, QString());
        if (!scan.referenceUsed.isEmpty()) {
            qint64 decoded = 0;
            QVERIFY2(htslibDecodes(path, scan.referenceUsed, &decoded),
                     qPrintable(scan.referenceUsed));
            QCOMPARE(decoded, sum(st.flagstat.total));
        } else {
            // No reference: only right when the CRAM carries its bases itself.
            QCOMPARE(decodesAlone, !referenceAbsent);
        }
        if (relative.startsWith(QLatin1String("genomics/samtools_bcftools/test/mpileup/mpileup")))
            QCOMPARE(QFileInfo(scan.referenceUsed).fileName(), QStringLiteral("mpileup.ref.fa"));
        if (relative.startsWith(kSpecsCram) && !scan.referenceUsed.isEmpty())
            QCOMPARE(QFileInfo(scan.referenceUsed).fileName(), QStringLiteral("ce.fa"));
    }

    // The outputs stored with the collection (samtools 1.16, same machine).
    const QString stored = expectedFile(relative, QStringLiteral(".flagstat.txt"));
    if (QFileInfo::exists(stored)) {
        QFile f(stored);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(st.flagstatText(), QString::fromUtf8(f.readAll()));
    }
    const QString storedSn = expectedFile(relative, QStringLiteral(".samtools-stats-SN.txt"));
    QList<QHash<QString, QString>> summaries;
    if (QFileInfo::exists(storedSn)) {
        QFile f(storedSn);
        QVERIFY(f.open(QIODevice::ReadOnly));
        summaries << summaryNumbers(f.readAll());
    }

    if (!m_samtools)
        QSKIP("samtools is not installed: only the stored outputs were compared");
    const QString samtools = QStringLiteral("samtools");
    const QStringList ref = referenceArguments(scan, path);

    const ToolResult text = runTool(samtools, QStringList{"flagstat"} + ref + QStringList{path});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(st.flagstatText(), QString::fromUtf8(text.out));
    const ToolResult json =
        runTool(samtools, QStringList{"flagstat", "-O", "json"} + ref + QStringList{path});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(st.flagstatJsonText(), QString::fromUtf8(json.out));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out, &parse);
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QCOMPARE(st.flagstatJson(), doc.object());
    const ToolResult tsv =
        runTool(samtools, QStringList{"flagstat", "-O", "tsv"} + ref + QStringList{path});
    QCOMPARE(st.flagstatTsv(), QString::fromUtf8(tsv.out));

    // idxstats: from the index where there is one; samtools reads the file where not.
    const ToolResult idx = runTool(samtools, QStringList{"idxstats"} + ref + QStringList{path});
    if (!indexOf(path).isEmpty() && !(isCram(path) && indexOf(path).endsWith(".bai")))
        QCOMPARE(idx.exitCode, 0);
    if (idx.exitCode == 0)
        QCOMPARE(st.idxstatsText(), QString::fromUtf8(idx.out));

    // samtools stats counts each primary record: the spectra must add up to its summary.
    // (Its "maximum length" counts hard clips too, so only the total length is compared.)
    if (!isCram(path) || !ref.isEmpty()) {
        const QStringList statsRef =
            ref.isEmpty() ? QStringList() : QStringList{"--reference", scan.referenceUsed};
        const ToolResult stats =
            runTool(samtools, QStringList{"stats"} + statsRef + QStringList{path});
        if (stats.exitCode == 0)
            summaries << summaryNumbers(stats.out);
    }
    qint64 totalLength = 0;
    for (qsizetype i = 0; i < st.readLengthHistogram.size(); ++i)
        totalLength += i * st.readLengthHistogram[i];
    // samtools stats passes over records without SEQ ("*"): they are the length-0 bin.
    const qint64 withSequence = sum(st.flagstat.primary) - st.readLengthHistogram.value(0);
    for (const auto& sn : std::as_const(summaries)) {
        QCOMPARE(sn.value("raw total sequences").toLongLong(), withSequence);
        QCOMPARE(sn.value("total length").toLongLong(), totalLength);
        if (st.readLengthHistogram.value(0) != 0)
            continue;
        QCOMPARE(sn.value("reads mapped").toLongLong(), sum(st.flagstat.primaryMapped));
        QCOMPARE(sn.value("reads MQ0").toLongLong(), st.mapqHistogram.value(0));
        QCOMPARE(sn.value("non-primary alignments").toLongLong(), sum(st.flagstat.secondary));
        QCOMPARE(sn.value("supplementary alignments").toLongLong(), sum(st.flagstat.supplementary));
    }
}

void TestAlignmentCrosscheck::twinsAgree_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const QString mp = QStringLiteral("genomics/samtools_bcftools/test/mpileup/");
    for (int i = 1; i <= 4; ++i)
        QTest::newRow(qPrintable(QStringLiteral("mpileup.%1").arg(i)))
            << mp + QStringLiteral("mpileup.%1.bam").arg(i)
            << mp + QStringLiteral("mpileup.%1.cram").arg(i);
    QTest::newRow("mpileup.1.sam") << mp + "mpileup.1.bam" << mp + "mpileup.1.sam";
    QTest::newRow("hg00096_hg38") << kIgvJsCram + "/hg00096_hg38.bam"
                                  << kIgvJsCram + "/hg00096_hg38.cram";
    QTest::newRow("igv cram indexes")
        << "genomics/igvteam_igv/test/data/cram/cram_with_crai_index.cram"
        << "genomics/igvteam_igv/test/data/cram/cram_with_bai_index.cram";
    const QString level1 = kSpecs + "/bam/passed/level-1.bam";
    QTest::newRow("level-9.bam") << level1 << kSpecs + "/bam/passed/level-9.bam";
    for (const QString& v : {QStringLiteral("3.0"), QStringLiteral("3.1")}) {
        const QString folder = kSpecs + "/cram/" + v + "/passed";
        for (const QString& name : QDir(sharedData(folder)).entryList({"level-*.cram"}))
            QTest::newRow(qPrintable(v + '/' + name)) << level1 << folder + '/' + name;
    }
}

void TestAlignmentCrosscheck::twinsAgree()
{
    if (sharedData().isEmpty())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    // The same reads as BAM, CRAM (any version or level) and SAM: the same statistics,
    // spectra and per-contig counts included.
    QFETCH(QString, a);
    QFETCH(QString, b);
    const AlignmentScan sa = read(sharedData(a));
    const AlignmentScan sb = read(sharedData(b));
    QVERIFY(sa.complete && sb.complete);
    QCOMPARE(sb.statistics.toJson(), sa.statistics.toJson());
}

void TestAlignmentCrosscheck::missingReferenceOffline()
{
    if (sharedData().isEmpty())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    // igv.js hg00096_hg38.cram was written against hg38, which is not in the collection.
    const QString path = sharedData(kIgvJsCram + QStringLiteral("/hg00096_hg38.cram"));
    QVERIFY(!htslibDecodes(path, QString())); // it does need a reference for its bases
    QCOMPARE(CramReference::needsExternalReference(path), CramReference::Need::Yes);

    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    const AlignmentScan scan = read(path, &ok);
    QVERIFY(ok);
    QVERIFY2(timer.elapsed() < 30000, "reading took long enough to suspect a download");
    QCOMPARE(scan.problems.size(), 1);
    const FileProblem& p = scan.problems[0];
    QCOMPARE(p.code, QStringLiteral("missing-reference"));
    QCOMPARE(p.severity, FileProblem::Severity::Error);
    QVERIFY2(p.message.contains(QLatin1String("chr8")), qPrintable(p.message));
    QVERIFY2(p.message.contains(QLatin1String("c67955b5f7815a9a1edfaa15893d3616")),
             qPrintable(p.message));
    QVERIFY2(p.message.contains(QLatin1String("/Users/jrobinso/Downloads/hg38.fa")),
             qPrintable(p.message));
    QVERIFY(p.message.contains(QLatin1String("REF_PATH")));
    QVERIFY(scan.referenceUsed.isEmpty());

    // The statistics themselves need no bases: complete, and as for the BAM twin.
    QVERIFY(scan.complete);
    const AlignmentScan bam = read(sharedData(kIgvJsCram + QStringLiteral("/hg00096_hg38.bam")));
    QCOMPARE(scan.statistics.toJson(), bam.statistics.toJson());
    QCOMPARE(sum(scan.statistics.flagstat.total), 2);
}

void TestAlignmentCrosscheck::brokenSamLikeSamtools_data()
{
    QTest::addColumn<QString>("relative");
    if (sharedData().isEmpty())
        return;
    const QString folder = kSpecs + QStringLiteral("/sam/failed");
    for (const QString& name :
         QDir(sharedData(folder)).entryList({"*.sam"}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << folder + '/' + name;
}

void TestAlignmentCrosscheck::brokenSamLikeSamtools()
{
    if (sharedData().isEmpty())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    if (!m_samtools)
        QSKIP("samtools is not installed");
    // htslib accepts many of these (it is lenient); where it refuses one, Steward says where
    // and samtools fails too; where it accepts one, the numbers are samtools'.
    QFETCH(QString, relative);
    const QString path = sharedData(relative);
    bool ok = false;
    const AlignmentScan scan = read(path, &ok);
    const ToolResult text = runTool(QStringLiteral("samtools"), {"flagstat", path});
    if (!ok) {
        QVERIFY(text.exitCode != 0);
        return;
    }
    bool malformed = false;
    for (const FileProblem& p : scan.problems) {
        if (p.code == QLatin1String("malformed-record")) {
            malformed = true;
            QVERIFY2(p.location.contains(QLatin1String(", line ")), qPrintable(p.location));
            QVERIFY2(p.message.startsWith(QLatin1String("Line ")), qPrintable(p.message));
        }
    }
    QCOMPARE(malformed, text.exitCode != 0);
    QCOMPARE(scan.complete, !malformed);
    if (text.exitCode == 0)
        QCOMPARE(scan.statistics.flagstatText(), QString::fromUtf8(text.out));
}

QTEST_GUILESS_MAIN(TestAlignmentCrosscheck)
#include "test_AlignmentCrosscheck.moc"
