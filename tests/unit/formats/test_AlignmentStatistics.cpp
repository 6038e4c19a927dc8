// AlignmentStatsReader and AlignmentStatistics on small files written by the test: every
// `samtools flagstat` counter by hand and against samtools 1.16 itself, idxstats per contig,
// the MAPQ and length spectra, and the problems a damaged file must raise.

#include <atomic>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <htslib/hts.h>

#include "models/formats/AlignmentStatistics.h"
#include "models/formats/HtsEnvironment.h"
#include "models/formats/SamRecordCheck.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

const QByteArray kHeader = "@HD\tVN:1.6\tSO:coordinate\n"
                           "@SQ\tSN:c1\tLN:1000\n"
                           "@SQ\tSN:c2\tLN:500\n"
                           "@RG\tID:g1\tSM:s1\n"
                           "@RG\tID:g2\tSM:s1\n"
                           "@RG\tID:g3\tSM:s2\n";

/**
 * One record per situation flagstat tells apart; the expected counters are worked out by
 * hand in handMadeCounters(). Coordinate-sorted, unplaced reads last.
 */
const QByteArray kHandMade =
    kHeader +
    // proper pair on c1
    "p1\t99\tc1\t100\t60\t10M\t=\t200\t110\tAAAAACCCCC\tIIIIIIIIII\tRG:Z:g1\n"
    "p1\t147\tc1\t200\t60\t10M\t=\t100\t-110\tAAAAACCCCC\tIIIIIIIIII\tRG:Z:g1\n"
    // mates on different references, MAPQ 30 and 3
    "p2\t65\tc1\t300\t30\t10M\tc2\t50\t0\tAAAAACCCCC\tIIIIIIIIII\n"
    // read mapped, mate unmapped (a singleton) and the unmapped mate placed beside it
    "p3\t73\tc1\t400\t60\t10M\t=\t400\t0\tAAAAACCCCC\tIIIIIIIIII\n"
    "p3\t133\tc1\t400\t0\t*\t=\t400\t0\tAAAAACCCCC\tIIIIIIIIII\n"
    // unpaired primary, its secondary (no SEQ) and supplementary (hard clipped)
    "s1\t0\tc1\t500\t60\t10M\t*\t0\t0\tAAAAACCCCC\tIIIIIIIIII\n"
    "s1\t256\tc1\t600\t10\t10M\t*\t0\t0\t*\t*\n"
    // duplicates: a primary one and a secondary one
    "d1\t1024\tc1\t700\t60\t12M\t*\t0\t0\tAAAAACCCCCGG\tIIIIIIIIIIII\n"
    "d2\t1280\tc1\t800\t60\t10M\t*\t0\t0\tAAAAACCCCC\tIIIIIIIIII\n"
    // QC-failed, mapped
    "q1\t512\tc1\t900\t60\t10M\t*\t0\t0\tAAAAACCCCC\tIIIIIIIIII\n"
    "p2\t129\tc2\t50\t3\t10M\tc1\t300\t0\tAAAAACCCCC\tIIIIIIIIII\n"
    "s1\t2048\tc2\t100\t60\t5H5M\t*\t0\t0\tCCCCC\tIIIII\n"
    // unplaced: QC-failed, unpaired, and a pair with both ends unmapped
    "q2\t516\t*\t0\t0\t*\t*\t0\t0\tACGTACGT\tIIIIIIII\n"
    "u1\t4\t*\t0\t0\t*\t*\t0\t0\tACGTACGT\tIIIIIIII\n"
    "u2\t77\t*\t0\t0\t*\t*\t0\t0\tACGTACGT\tIIIIIIII\n"
    "u2\t141\t*\t0\t0\t*\t*\t0\t0\tACGTACGT\tIIIIIIII\n";

/** Every FLAG value 0..4095 in four placements: same and other reference, MAPQ 4/5, unplaced. */
QByteArray everyFlag()
{
    QByteArray t = kHeader;
    QByteArray c1, c2, unplaced;
    for (int flag = 0; flag < 4096; ++flag) {
        const QByteArray f = QByteArray::number(flag);
        c1 += "a" + f + "\t" + f + "\tc1\t" + QByteArray::number(1 + flag / 8) +
              "\t60\t8M\t=\t10\t0\tACGTACGT\tIIIIIIII\n";
        c1 += "b" + f + "\t" + f + "\tc1\t" + QByteArray::number(1 + flag / 8) +
              "\t4\t6M\tc2\t10\t0\tACGTAC\tIIIIII\n";
        c2 += "c" + f + "\t" + f + "\tc2\t" + QByteArray::number(1 + flag / 16) +
              "\t5\t9M\tc1\t10\t0\tACGTACGTA\tIIIIIIIII\n";
        unplaced += "d" + f + "\t" + f + "\t*\t0\t0\t*\t*\t0\t0\tACG\tIII\n";
    }
    return t + c1 + c2 + unplaced;
}

qint64 sum(const QVector<qint64>& v)
{
    qint64 s = 0;
    for (qint64 x : v)
        s += x;
    return s;
}

} // namespace

class TestAlignmentStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handMadeCounters();
    void handMadeSpectra();
    void samBamAndCramAgree();
    void matchesSamtoolsOnEveryFlag();
    void matchesSamtoolsOnHandMade();
    void percentagesRoundAsSamtools();
    void truncatedBam_data();
    void truncatedBam();
    void malformedSamLine_data();
    void malformedSamLine();
    void describeSamLine_data();
    void describeSamLine();
    void corruptBamBlock();
    void cancel();
    void jsonRoundTrip();
    void unreadableHeader_data();
    void unreadableHeader();

private:
    QString write(const QString& name, const QByteArray& sam);
    QString toBam(const QString& samPath);
    AlignmentScan read(const QString& path, int threads = 2);

    QTemporaryDir m_dir;
    bool m_samtools = false;
};

void TestAlignmentStatistics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Offline, always: no CRAM in this test may make htslib look for a reference online.
    qputenv("REF_PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("cache/%2s/%2s/%s"))));
    qputenv("REF_CACHE", QFile::encodeName(m_dir.filePath(QStringLiteral("cache/%2s/%2s/%s"))));
    QVERIFY(HtsEnvironment::isOffline());
    hts_set_log_level(HTS_LOG_ERROR);
    m_samtools = haveTool(QStringLiteral("samtools"));
}

QString TestAlignmentStatistics::write(const QString& name, const QByteArray& sam)
{
    const QString path = m_dir.filePath(name);
    if (!writeText(path, sam))
        return QString();
    return path;
}

QString TestAlignmentStatistics::toBam(const QString& samPath)
{
    QString bam = samPath;
    bam.replace(QLatin1String(".sam"), QLatin1String(".bam"));
    return convertAlignments(samPath, bam, "wb") ? bam : QString();
}

AlignmentScan TestAlignmentStatistics::read(const QString& path, int threads)
{
    AlignmentScan scan;
    ReadOptions options;
    options.threads = threads;
    QString error;
    if (!AlignmentStatsReader::read(path, options, &scan, &error))
        qWarning("%s", qPrintable(error));
    return scan;
}

void TestAlignmentStatistics::handMadeCounters()
{
    const QString bam = toBam(write(QStringLiteral("hand.sam"), kHandMade));
    QVERIFY(!bam.isEmpty());
    const AlignmentScan scan = read(bam);
    QVERIFY(scan.complete);
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.value(0).message));
    const auto& f = scan.statistics.flagstat;
    using P = std::array<qint64, 2>;
    QCOMPARE(f.total, (P{14, 2}));
    QCOMPARE(f.primary, (P{11, 2}));
    QCOMPARE(f.secondary, (P{2, 0}));
    QCOMPARE(f.supplementary, (P{1, 0}));
    QCOMPARE(f.duplicates, (P{2, 0}));
    QCOMPARE(f.primaryDuplicates, (P{1, 0}));
    QCOMPARE(f.mapped, (P{10, 1}));
    QCOMPARE(f.primaryMapped, (P{7, 1}));
    QCOMPARE(f.paired, (P{8, 0}));
    QCOMPARE(f.read1, (P{4, 0}));
    QCOMPARE(f.read2, (P{4, 0}));
    QCOMPARE(f.properlyPaired, (P{2, 0}));
    QCOMPARE(f.withItselfAndMateMapped, (P{4, 0}));
    QCOMPARE(f.singletons, (P{1, 0}));
    QCOMPARE(f.mateOnDifferentChr, (P{2, 0}));
    QCOMPARE(f.mateOnDifferentChrMapq5, (P{1, 0}));

    const QString expectedText =
        QStringLiteral("14 + 2 in total (QC-passed reads + QC-failed reads)\n"
                       "11 + 2 primary\n"
                       "2 + 0 secondary\n"
                       "1 + 0 supplementary\n"
                       "2 + 0 duplicates\n"
                       "1 + 0 primary duplicates\n"
                       "10 + 1 mapped (71.43% : 50.00%)\n"
                       "7 + 1 primary mapped (63.64% : 50.00%)\n"
                       "8 + 0 paired in sequencing\n"
                       "4 + 0 read1\n"
                       "4 + 0 read2\n"
                       "2 + 0 properly paired (25.00% : N/A)\n"
                       "4 + 0 with itself and mate mapped\n"
                       "1 + 0 singletons (12.50% : N/A)\n"
                       "2 + 0 with mate mapped to a different chr\n"
                       "1 + 0 with mate mapped to a different chr (mapQ>=5)\n");
    QCOMPARE(scan.statistics.flagstatText(), expectedText);

    const QJsonObject failed =
        scan.statistics.flagstatJson().value(QStringLiteral("QC-failed reads")).toObject();
    QVERIFY(failed.value(QStringLiteral("properly paired %")).isNull());
    QCOMPARE(failed.value(QStringLiteral("mapped %")).toDouble(), 50.0);

    // idxstats: by reference and the unmapped flag; the unmapped mate placed on c1 counts there.
    const QString idx = QStringLiteral("c1\t1000\t9\t1\nc2\t500\t2\t0\n*\t0\t0\t4\n");
    QCOMPARE(scan.statistics.idxstatsText(), idx);
    QCOMPARE(scan.statistics.readGroups, (QStringList{"g1", "g2", "g3"}));
    QCOMPARE(scan.statistics.samples, (QStringList{"s1", "s2"}));
    QVERIFY(scan.headerText.startsWith(QLatin1String("@HD\tVN:1.6")));
    QVERIFY(scan.referenceUsed.isEmpty());
}

void TestAlignmentStatistics::handMadeSpectra()
{
    const QString bam = toBam(write(QStringLiteral("spectra.sam"), kHandMade));
    const AlignmentScan scan = read(bam);
    const AlignmentStatistics& s = scan.statistics;

    // MAPQ of the mapped primary records: six at 60, one at 30, one at 3.
    QCOMPARE(s.mapqHistogram.size(), 256);
    QCOMPARE(s.mapqHistogram[60], 6);
    QCOMPARE(s.mapqHistogram[30], 1);
    QCOMPARE(s.mapqHistogram[3], 1);
    QCOMPARE(sum(s.mapqHistogram), s.flagstat.primaryMapped[0] + s.flagstat.primaryMapped[1]);

    // Lengths of the primary records: eight of 10, one of 12, four of 8.
    QCOMPARE(s.readLengthHistogram.size(), 13);
    QCOMPARE(s.readLengthHistogram[10], 8);
    QCOMPARE(s.readLengthHistogram[12], 1);
    QCOMPARE(s.readLengthHistogram[8], 4);
    QCOMPARE(sum(s.readLengthHistogram), s.flagstat.primary[0] + s.flagstat.primary[1]);
}

void TestAlignmentStatistics::samBamAndCramAgree()
{
    // The same records as SAM text, BAM and CRAM give the same statistics; the CRAM is read
    // after its reference is gone, offline: the statistics need no bases.
    const QString sam = write(QStringLiteral("twins.sam"), kHandMade);
    const QString bam = toBam(sam);
    const QString fasta = m_dir.filePath(QStringLiteral("twins-ref/ref.fa"));
    QByteArray fa = ">c1\n" + QByteArray(1000, 'A') + "\n>c2\n" + QByteArray(500, 'C') + "\n";
    QVERIFY(writeText(fasta, fa));
    QCOMPARE(fai_build(QFile::encodeName(fasta).constData()), 0);
    const QString cram = m_dir.filePath(QStringLiteral("twins.cram"));
    QVERIFY(convertAlignments(sam, cram, "wc", fasta));
    QVERIFY(QFile::remove(fasta));

    const QJsonObject fromBam = read(bam).statistics.toJson();
    const AlignmentScan samScan = read(sam);
    QVERIFY(samScan.complete);
    QCOMPARE(samScan.statistics.toJson(), fromBam);
    const AlignmentScan cramScan = read(cram);
    QVERIFY(cramScan.complete);
    QCOMPARE(cramScan.statistics.toJson(), fromBam);
    // ... and says that the bases themselves cannot be decoded here.
    QCOMPARE(cramScan.problems.size(), 1);
    QCOMPARE(cramScan.problems[0].code, QStringLiteral("missing-reference"));
}

void TestAlignmentStatistics::matchesSamtoolsOnEveryFlag()
{
    if (!m_samtools)
        QSKIP("samtools is not installed; the by-hand checks above still ran");
    const QString bam = toBam(write(QStringLiteral("every-flag.sam"), everyFlag()));
    QVERIFY(!bam.isEmpty());
    for (int threads : {0, 2}) {
        const AlignmentScan scan = read(bam, threads);
        QVERIFY(scan.complete);
        QCOMPARE(scan.statistics.flagstat.total[0] + scan.statistics.flagstat.total[1], 4 * 4096);
        const ToolResult text = runTool(QStringLiteral("samtools"), {"flagstat", bam});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(scan.statistics.flagstatText(), QString::fromUtf8(text.out));
        const ToolResult json =
            runTool(QStringLiteral("samtools"), {"flagstat", "-O", "json", bam});
        QCOMPARE(scan.statistics.flagstatJsonText(), QString::fromUtf8(json.out));
        QCOMPARE(scan.statistics.flagstatJson(), QJsonDocument::fromJson(json.out).object());
        const ToolResult tsv = runTool(QStringLiteral("samtools"), {"flagstat", "-O", "tsv", bam});
        QCOMPARE(scan.statistics.flagstatTsv(), QString::fromUtf8(tsv.out));
        // Unsorted, so idxstats reads the whole file: the same per-contig counts.
        const ToolResult idx = runTool(QStringLiteral("samtools"), {"idxstats", bam});
        QCOMPARE(scan.statistics.idxstatsText(), QString::fromUtf8(idx.out));
    }
}

void TestAlignmentStatistics::matchesSamtoolsOnHandMade()
{
    if (!m_samtools)
        QSKIP("samtools is not installed; the by-hand checks above still ran");
    const QString bam = toBam(write(QStringLiteral("hand-st.sam"), kHandMade));
    QCOMPARE(runTool(QStringLiteral("samtools"), {"index", bam}).exitCode, 0);
    const AlignmentScan scan = read(bam);
    const ToolResult json = runTool(QStringLiteral("samtools"), {"flagstat", "-O", "json", bam});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(scan.statistics.flagstatJson(), QJsonDocument::fromJson(json.out).object());
    QCOMPARE(scan.statistics.flagstatJsonText(), QString::fromUtf8(json.out));
    // With the index, idxstats reads its counts from the .bai.
    const ToolResult idx = runTool(QStringLiteral("samtools"), {"idxstats", bam});
    QCOMPARE(scan.statistics.idxstatsText(), QString::fromUtf8(idx.out));
}

void TestAlignmentStatistics::percentagesRoundAsSamtools()
{
    // samtools divides in single precision: 1/160 prints 0.63%, where double gives 0.62%.
    QCOMPARE(AlignmentStatistics::percent(1, 160), QStringLiteral("0.63"));
    QCOMPARE(AlignmentStatistics::percent(7, 160), QStringLiteral("4.37"));
    QCOMPARE(AlignmentStatistics::percent(2, 3), QStringLiteral("66.67"));
    QCOMPARE(AlignmentStatistics::percent(5, 5), QStringLiteral("100.00"));
    QVERIFY(AlignmentStatistics::percent(0, 0).isEmpty());

    // And a file where it shows: 160 reads, one mapped.
    QByteArray sam = kHeader + "m\t0\tc1\t1\t60\t4M\t*\t0\t0\tACGT\tIIII\n";
    for (int i = 1; i < 160; ++i)
        sam += "u" + QByteArray::number(i) + "\t4\t*\t0\t0\t*\t*\t0\t0\tACGT\tIIII\n";
    const QString bam = toBam(write(QStringLiteral("percent.sam"), sam));
    const AlignmentScan scan = read(bam);
    QVERIFY(scan.statistics.flagstatText().contains(QLatin1String("1 + 0 mapped (0.63% : N/A)")));
    if (m_samtools) {
        const ToolResult text = runTool(QStringLiteral("samtools"), {"flagstat", bam});
        QCOMPARE(scan.statistics.flagstatText(), QString::fromUtf8(text.out));
        const ToolResult json =
            runTool(QStringLiteral("samtools"), {"flagstat", "-O", "json", bam});
        QCOMPARE(scan.statistics.flagstatJson(), QJsonDocument::fromJson(json.out).object());
    }
}

void TestAlignmentStatistics::truncatedBam_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<int>("threads");
    // 28 bytes: exactly the EOF block, every record is still there. More: a cut mid-block.
    QTest::newRow("EOF block only") << 28 << 2;
    QTest::newRow("mid-block, threads") << 5000 << 2;
    QTest::newRow("mid-block, one thread") << 5000 << 0;
    QTest::newRow("most of the file") << 60000 << 2;
}

void TestAlignmentStatistics::truncatedBam()
{
    QFETCH(int, cut);
    QFETCH(int, threads);
    const QString bam = toBam(write(QStringLiteral("whole.sam"), everyFlag()));
    QFile whole(bam);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QVERIFY2(bytes.size() > cut + 1000, "the test BAM is too small to cut");
    const QString cutPath = m_dir.filePath(QStringLiteral("cut-%1-%2.bam").arg(cut).arg(threads));
    QVERIFY(writeText(cutPath, bytes.left(bytes.size() - cut)));

    // htslib only warns about this; Steward must say so, and never hang.
    const AlignmentScan scan = read(cutPath, threads);
    QVERIFY(!scan.complete);
    QVERIFY(!scan.cancelled);
    QCOMPARE(scan.problems.size(), 1);
    QCOMPARE(scan.problems[0].code, QStringLiteral("truncated"));
    QCOMPARE(scan.problems[0].severity, FileProblem::Severity::Error);
    QVERIFY(scan.problems[0].message.contains(QLatin1String("truncated")));
    const qint64 total = scan.statistics.flagstat.total[0] + scan.statistics.flagstat.total[1];
    if (cut == 28) {
        QCOMPARE(total, 4 * 4096);
        QVERIFY(scan.problems[0].location.isEmpty());
    } else {
        QVERIFY(total < 4 * 4096);
        QVERIFY2(scan.problems[0].location.startsWith(QLatin1String("record ")),
                 qPrintable(scan.problems[0].location));
    }
    if (m_samtools) { // samtools reads as far as htslib can, as Steward on one thread does
        const ToolResult text = runTool(QStringLiteral("samtools"), {"flagstat", cutPath});
        if (text.exitCode == 0)
            QCOMPARE(scan.statistics.flagstatText(), QString::fromUtf8(text.out));
    }
}

void TestAlignmentStatistics::malformedSamLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("POS not a number")
        << QByteArray("bad\t0\tc1\tten\t30\t4M\t*\t0\t0\tACGT\tIIII") << "POS 'ten'";
    QTest::newRow("too few fields")
        << QByteArray("bad\t0\tc1\t10\t30\t4M\t*\t0\t0\tACGT") << "10 tab-separated fields";
    QTest::newRow("FLAG not a number")
        << QByteArray("bad\tx\tc1\t10\t30\t4M\t*\t0\t0\tACGT\tIIII") << "FLAG 'x'";
    QTest::newRow("unknown CIGAR operation")
        << QByteArray("bad\t0\tc1\t10\t30\t4Q\t*\t0\t0\tACGT\tIIII") << "CIGAR '4Q'";
    QTest::newRow("spaces for tabs")
        << QByteArray("bad 0 c1 10 30 4M * 0 0 ACGT IIII") << "separated by spaces";
    QTest::newRow("PNEXT not a number")
        << QByteArray("bad\t0\tc1\t10\t30\t4M\t*\tz\t0\tACGT\tIIII") << "PNEXT 'z'";
    QTest::newRow("CIGAR and SEQ disagree")
        << QByteArray("bad\t0\tc1\t10\t30\t5M\t*\t0\t0\tACGT\tIIII") << "implies 5 bases";
    QTest::newRow("QUAL shorter than SEQ")
        << QByteArray("bad\t0\tc1\t10\t30\t4M\t*\t0\t0\tACGT\tIII") << "QUAL has 3";
    QTest::newRow("incomplete optional field")
        << QByteArray("bad\t0\tc1\t10\t30\t4M\t*\t0\t0\tACGT\tIIII\tNMi5") << "'NMi5'";
}

void TestAlignmentStatistics::malformedSamLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, says);
    QByteArray sam = kHeader;
    for (int i = 0; i < 5; ++i)
        sam += "ok" + QByteArray::number(i) + "\t0\tc1\t" + QByteArray::number(i + 1) +
               "\t30\t4M\t*\t0\t0\tACGT\tIIII\n";
    sam += line + '\n';
    sam += "after\t0\tc1\t20\t30\t4M\t*\t0\t0\tACGT\tIIII\n";
    const QString path =
        write(QStringLiteral("malformed-%1.sam").arg(QTest::currentDataTag()), sam);
    const AlignmentScan scan = read(path);
    QVERIFY(!scan.complete);
    QCOMPARE(scan.problems.size(), 1);
    const FileProblem& p = scan.problems[0];
    QCOMPARE(p.code, QStringLiteral("malformed-record"));
    QCOMPARE(p.severity, FileProblem::Severity::Error);
    // The header has 6 lines: the bad line is line 12, the 6th record.
    QCOMPARE(p.location, QStringLiteral("record 6, line 12"));
    QVERIFY2(p.message.startsWith(QLatin1String("Line 12 is not a valid SAM record")),
             qPrintable(p.message));
    QVERIFY2(p.message.contains(says), qPrintable(p.message));
    // The statistics cover the five records before it.
    QCOMPARE(scan.statistics.flagstat.total[0], 5);
}

void TestAlignmentStatistics::describeSamLine_data()
{
    // Faults htslib 1.16 lets through (it is lenient) are still named when asked.
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("valid") << QByteArray("r\t0\tc1\t10\t30\t2S2M\t=\t5\t-9\tACGT\tIIII\tNM:i:0")
                           << "";
    QTest::newRow("unplaced valid") << QByteArray("r\t4\t*\t0\t0\t*\t*\t0\t0\t*\t*") << "";
    QTest::newRow("MAPQ too large")
        << QByteArray("r\t0\tc1\t10\t300\t4M\t*\t0\t0\tACGT\tIIII") << "MAPQ '300'";
    QTest::newRow("integer tag not a number")
        << QByteArray("r\t0\tc1\t10\t30\t4M\t*\t0\t0\tACGT\tIIII\tNM:i:x") << "NM:i:x";
    QTest::newRow("undeclared reference")
        << QByteArray("r\t0\tc9\t10\t30\t4M\t*\t0\t0\tACGT\tIIII") << "RNAME 'c9'";
    QTest::newRow("bad base") << QByteArray("r\t0\tc1\t10\t30\t4M\t*\t0\t0\tAC!T\tIIII")
                              << "SEQ 'AC!T'";
    QTest::newRow("odd hex") << QByteArray("r\t0\tc1\t10\t30\t4M\t*\t0\t0\tACGT\tIIII\tXH:H:ABC")
                             << "XH:H:ABC";
    QTest::newRow("empty") << QByteArray("") << "empty";
}

void TestAlignmentStatistics::describeSamLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, says);
    const QString what = SamRecordCheck::describe(line, {"c1", "c2"});
    if (says.isEmpty())
        QVERIFY2(what.isEmpty(), qPrintable(what));
    else
        QVERIFY2(what.contains(says), qPrintable(what));
}

void TestAlignmentStatistics::corruptBamBlock()
{
    const QString bam = toBam(write(QStringLiteral("corrupt.sam"), everyFlag()));
    QFile f(bam);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    // Zero 100 bytes in the middle: a BGZF block fails its CRC; the EOF marker is intact.
    for (int i = 0; i < 100; ++i)
        bytes[bytes.size() / 2 + i] = 0;
    const QString broken = m_dir.filePath(QStringLiteral("corrupt-mid.bam"));
    QVERIFY(writeText(broken, bytes));
    for (int threads : {0, 2}) {
        const AlignmentScan scan = read(broken, threads);
        QVERIFY(!scan.complete);
        QCOMPARE(scan.problems.size(), 1);
        QCOMPARE(scan.problems[0].code, QStringLiteral("malformed-record"));
        QVERIFY(scan.problems[0].location.startsWith(QLatin1String("record ")));
        QVERIFY(scan.problems[0].message.contains(QLatin1String("cannot be decoded")));
    }
}

void TestAlignmentStatistics::cancel()
{
    const QString bam = toBam(write(QStringLiteral("cancel.sam"), everyFlag()));
    std::atomic_bool stop{false};
    int calls = 0;
    ReadOptions options;
    options.cancel = &stop;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        QVERIFY(done <= total);
        stop = true; // the first report cancels
    };
    AlignmentScan scan;
    QString error;
    QVERIFY(AlignmentStatsReader::read(bam, options, &scan, &error));
    QVERIFY(scan.cancelled);
    QVERIFY(!scan.complete);
    QCOMPARE(calls, 1);
    const qint64 total = scan.statistics.flagstat.total[0] + scan.statistics.flagstat.total[1];
    QVERIFY(total > 0);
    QVERIFY(total < 4 * 4096);
}

void TestAlignmentStatistics::jsonRoundTrip()
{
    const QString bam = toBam(write(QStringLiteral("json.sam"), kHandMade));
    const AlignmentStatistics s = read(bam).statistics;
    const QJsonObject json = s.toJson();
    // Through text, as the catalog stores it.
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const AlignmentStatistics back = AlignmentStatistics::fromJson(reparsed);
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.flagstatText(), s.flagstatText());
    QCOMPARE(back.idxstatsText(), s.idxstatsText());
    QCOMPARE(back.mapqHistogram, s.mapqHistogram);
    QCOMPARE(back.readLengthHistogram, s.readLengthHistogram);
    QCOMPARE(back.readGroups, s.readGroups);
    QCOMPARE(back.samples, s.samples);
    QCOMPARE(back.contigs.size(), s.contigs.size());
    QCOMPARE(json.value(QStringLiteral("flagstat")).toObject(), s.flagstatJson());

    // An empty summary survives too.
    const AlignmentStatistics empty;
    QCOMPARE(AlignmentStatistics::fromJson(empty.toJson()).toJson(), empty.toJson());
}

void TestAlignmentStatistics::unreadableHeader_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("says");
    QTest::newRow("missing file") << QByteArray() << "Cannot open";
    QTest::newRow("not an alignment file") << QByteArray("hello\nworld\n") << "";
    QByteArray bamHead("BAM\1\xff\xff\xff\x7f", 8); // a BAM magic with an absurd header length
    QTest::newRow("broken BAM header") << bamHead << "";
}

void TestAlignmentStatistics::unreadableHeader()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    const QString path =
        m_dir.filePath(QStringLiteral("unreadable-%1.bam").arg(QTest::currentDataTag()));
    if (!content.isEmpty()) {
        if (content.startsWith("BAM")) {
            // Compress it as a BAM is: a BGZF stream.
            QVERIFY(writeBgzf(path, content));
        } else {
            QVERIFY(writeText(path, content));
        }
    }
    AlignmentScan scan;
    QString error;
    QVERIFY(!AlignmentStatsReader::read(path, ReadOptions(), &scan, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY(!scan.complete);
}

QTEST_GUILESS_MAIN(TestAlignmentStatistics)
#include "test_AlignmentStatistics.moc"
