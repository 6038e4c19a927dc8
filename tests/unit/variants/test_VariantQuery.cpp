// The variant query engine's inputs: region strings (one parser for the command line, the
// table's region jumps and the browser) and BED files read by the query itself.

#include <QTemporaryDir>
#include <QtTest>

#include "models/variants/VariantQuery.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

class TestVariantQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRegions_data();
    void parsesRegions();
    void bedRegionsLimitTheRecords();
    void badBedNamesFileAndLine();
};

void TestVariantQuery::parsesRegions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("chrom");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<bool>("contigOnly");
    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("interval") << "chr1:1000-2000" << true << "chr1" << qint64(999) << qint64(2000)
                              << false;
    QTest::newRow("commas and spaces") << " chr13:32,300,000-32,400,000 " << true << "chr13"
                                       << qint64(32299999) << qint64(32400000) << false;
    QTest::newRow("one position") << "X:5" << true << "X" << qint64(4) << qint64(5) << false;
    QTest::newRow("contig") << "chrM" << true << "chrM" << qint64(0) << max << true;
    QTest::newRow("gene-like name") << "BRCA2" << true << "BRCA2" << qint64(0) << max << true;
    QTest::newRow("two words") << "chr1 chr2" << false << "" << qint64(0) << qint64(0) << false;
    QTest::newRow("not a number") << "chr1:abc" << false << "" << qint64(0) << qint64(0) << false;
}

void TestVariantQuery::parsesRegions()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    VariantQuickFilters::Interval interval;
    bool parsedContigOnly = false;
    QCOMPARE(VariantQuickFilters::parseRegion(text, &interval, &parsedContigOnly), ok);
    if (!ok)
        return;
    QFETCH(QString, chrom);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(bool, contigOnly);
    QCOMPARE(interval.chrom, chrom);
    QCOMPARE(interval.start, start);
    QCOMPARE(interval.end, end);
    QCOMPARE(parsedContigOnly, contigOnly);
}

void TestVariantQuery::bedRegionsLimitTheRecords()
{
    QTemporaryDir dir;
    const QString vcf = dir.filePath(QStringLiteral("calls.vcf.gz"));
    QVERIFY(writeBgzf(vcf, smallVcf(100, 1))); // chr1, POS 100, 110, ... 1090
    const QString bed = dir.filePath(QStringLiteral("regions.bed"));
    // 0-based half-open: [199, 230) holds POS 200, 210, 220, 230; [999, 1000) holds 1000.
    QVERIFY(writeText(
        bed, "track name=test\n# comment\nchr1\t199\t230\nchr1\t999\t1000\nchr2\t0\t5000\n"));
    VariantQuery::Params params;
    params.path = vcf;
    params.bedPath = bed;
    params.threads = 0;
    VariantQuery query;
    QString error;
    QVERIFY2(query.open(params, &error), qPrintable(error));
    QList<qint64> positions;
    QVERIFY(query.run(
        nullptr,
        [&](qint64, const VariantRow& row) {
            positions << row.pos;
            return true;
        },
        {}, &error));
    QCOMPARE(positions, (QList<qint64>{200, 210, 220, 230, 1000}));
    QCOMPARE(query.recordsRead(), qint64(100));
}

void TestVariantQuery::badBedNamesFileAndLine()
{
    QTemporaryDir dir;
    const QString vcf = dir.filePath(QStringLiteral("calls.vcf.gz"));
    QVERIFY(writeBgzf(vcf, smallVcf(10, 1)));
    const QString bed = dir.filePath(QStringLiteral("broken.bed"));
    QVERIFY(writeText(bed, "chr1\t10\t20\nchr1\tten\t20\n"));
    VariantQuery::Params params;
    params.path = vcf;
    params.bedPath = bed;
    VariantQuery query;
    QString error;
    QVERIFY(!query.open(params, &error));
    QVERIFY2(error.contains(QLatin1String("broken.bed")) && error.contains(QLatin1String("line 2")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestVariantQuery)
#include "test_VariantQuery.moc"
