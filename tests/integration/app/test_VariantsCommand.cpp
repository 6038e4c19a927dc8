// `steward variants` as scripts use it, on the demo cohort (VEP CSQ, ClinVar, .tbi): the
// records it prints equal bcftools view's for the same expression or region; TSV and JSON
// shapes; --count; usage errors with exit code 2 and a caret under a bad expression.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "models/formats/DemoWorkspace.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

class TestVariantsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsEqualBcftools_data();
    void recordsEqualBcftools();
    void countPrintsOnlyTheNumber();
    void tsvHasTheHeaderAndSampleColumns();
    void jsonIsAnArrayOfObjects();
    void geneRegionUsesTheAnnotations();
    void usageErrors_data();
    void usageErrors();

private:
    ToolResult steward(const QStringList& args) const
    {
        return runTool(QStringLiteral(STEWARD_EXECUTABLE),
                       QStringList{QStringLiteral("variants"), m_vcf} + args);
    }
    QStringList bcftoolsSites(const QStringList& args) const
    {
        const ToolResult r = runTool(QStringLiteral("bcftools"),
                                     QStringList{QStringLiteral("view"), QStringLiteral("-H")} +
                                         args + QStringList{m_vcf});
        QStringList sites;
        for (const QByteArray& line : r.out.split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() > 4)
                sites << QString::fromUtf8(f[0] + '\t' + f[1] + '\t' + f[3] + '\t' + f[4]);
        }
        return sites;
    }
    static QStringList firstFour(const QByteArray& tsv)
    {
        QStringList sites;
        const QList<QByteArray> lines = tsv.split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split('\t');
            if (f.size() >= 4)
                sites << QString::fromUtf8(f[0] + '\t' + f[1] + '\t' + f[2] + '\t' + f[3]);
        }
        return sites;
    }

    QTemporaryDir m_dir;
    QString m_vcf;
};

void TestVariantsCommand::initTestCase()
{
    QString error;
    QVERIFY2(DemoWorkspace::generate(m_dir.filePath(QStringLiteral("demo")), &error),
             qPrintable(error));
    m_vcf = m_dir.filePath(QStringLiteral("demo/cohort/cohort.vcf.gz"));
    if (!haveTool(QStringLiteral("bcftools")))
        QSKIP("bcftools is not installed (make test installs it)");
}

void TestVariantsCommand::recordsEqualBcftools_data()
{
    QTest::addColumn<QStringList>("stewardArgs");
    QTest::addColumn<QStringList>("bcftoolsArgs");
    const auto row = [](const char* name, QStringList s, QStringList b) {
        QTest::newRow(name) << s << b;
    };
    row("include", {"--include", "QUAL>=500 && FILTER=\"PASS\""},
        {"-i", "QUAL>=500 && FILTER=\"PASS\""});
    row("exclude", {"--exclude", "INFO/DP<300"}, {"-e", "INFO/DP<300"});
    row("het in any sample", {"--include", "GT=\"het\""}, {"-i", "GT=\"het\""});
    row("per-sample & ", {"--include", "FMT/DP>=35 & GT=\"alt\""},
        {"-i", "FMT/DP>=35 & GT=\"alt\""});
    row("regex", {"--include", "ID~\"^rs\""}, {"-i", "ID~\"^rs\""});
    row("region", {"--region", "chr13:32300000-32400000"}, {"-r", "chr13:32300000-32400000"});
    row("contig", {"--region", "chrX"}, {"-r", "chrX"});
    row("region and expression", {"--region", "chr17", "--include", "TYPE=\"snp\""},
        {"-r", "chr17", "-i", "TYPE=\"snp\""});
}

void TestVariantsCommand::recordsEqualBcftools()
{
    QFETCH(QStringList, stewardArgs);
    QFETCH(QStringList, bcftoolsArgs);
    const ToolResult r = steward(stewardArgs);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList expected = bcftoolsSites(bcftoolsArgs);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(firstFour(r.out), expected);
}

void TestVariantsCommand::countPrintsOnlyTheNumber()
{
    const ToolResult r = steward(
        {QStringLiteral("--include"), QStringLiteral("TYPE=\"indel\""), QStringLiteral("--count")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().toInt(),
             int(bcftoolsSites({QStringLiteral("-i"), QStringLiteral("TYPE=\"indel\"")}).size()));
}

void TestVariantsCommand::tsvHasTheHeaderAndSampleColumns()
{
    const ToolResult r = steward({QStringLiteral("--sample"), QStringLiteral("2"),
                                  QStringLiteral("--region"), QStringLiteral("chr17")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.first().startsWith("CHROM\tPOS\tREF\tALT\t"));
    QVERIFY(lines.first().contains("\tGENE\t") && lines.first().contains("\tGT\t") &&
            lines.first().endsWith("\tGQ"));
    const ToolResult selected =
        steward({QStringLiteral("--columns"), QStringLiteral("gene,hgvs_p,clinvar")});
    QCOMPARE(selected.out.split('\n').first(),
             QByteArray("CHROM\tPOS\tREF\tALT\tGENE\tHGVS_P\tCLINVAR"));
}

void TestVariantsCommand::jsonIsAnArrayOfObjects()
{
    const ToolResult r =
        steward({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--region"),
                 QStringLiteral("chr13:32300000-32400000"), QStringLiteral("--sample"),
                 QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error{};
    const QJsonArray rows = QJsonDocument::fromJson(r.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(rows.size(),
             int(bcftoolsSites({QStringLiteral("-r"), QStringLiteral("chr13:32300000-32400000")})
                     .size()));
    const QJsonObject first = rows.first().toObject();
    QVERIFY(first.value(QStringLiteral("pos")).isDouble());
    QVERIFY(first.value(QStringLiteral("alt")).isArray());
    QCOMPARE(first.value(QStringLiteral("gene")).toString(), QStringLiteral("BRCA2"));
    QVERIFY(first.contains(QStringLiteral("gt")));
}

void TestVariantsCommand::geneRegionUsesTheAnnotations()
{
    // A gene as the region: the records with a BRCA2 transcript, which bcftools finds with
    // a regular expression over the raw CSQ (SYMBOL sits between two '|').
    const ToolResult r = steward({QStringLiteral("--region"), QStringLiteral("BRCA2")});
    QCOMPARE(r.exitCode, 0);
    const QStringList expected =
        bcftoolsSites({QStringLiteral("-i"), QStringLiteral("INFO/CSQ~\"[|]BRCA2[|]\"")});
    QVERIFY(expected.size() > 5);
    QCOMPARE(firstFour(r.out), expected);
}

void TestVariantsCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad expression")
        << QStringList{QStringLiteral("--include"), QStringLiteral("QUAL>= && DP>1")} << "^";
    QTest::newRow("unknown tag") << QStringList{QStringLiteral("--include"),
                                                QStringLiteral("INFO/NOPE>1")}
                                 << "NOPE";
    QTest::newRow("both filters") << QStringList{QStringLiteral("--include"),
                                                 QStringLiteral("QUAL>1"),
                                                 QStringLiteral("--exclude"),
                                                 QStringLiteral("QUAL>2")}
                                  << "not both";
    QTest::newRow("unknown column")
        << QStringList{QStringLiteral("--columns"), QStringLiteral("nope")} << "unknown column";
    QTest::newRow("unknown sample")
        << QStringList{QStringLiteral("--sample"), QStringLiteral("NOBODY")} << "NOBODY";
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                << "tsv or json";
}

void TestVariantsCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ToolResult r = steward(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestVariantsCommand)
#include "test_VariantsCommand.moc"
