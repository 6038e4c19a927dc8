// The `steward` command line as a script would use it: exit codes, JSON shapes that
// match the reference tools, and errors that name the file.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <htslib/sam.h>
#include <htslib/tbx.h>

#include "tests/common/TestData.h"

using namespace steward::test;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void scanPrintsASummaryAndFillsTheCatalog();
    void scanJsonListsFilesAndExitsOneOnErrors();
    void statsJsonForVariantsUsesBcftoolsNames();
    void statsJsonFlagstatEqualsSamtools();
    void statsTextForAlignmentsEqualsSamtools();

private:
    ToolResult steward(const QStringList& args)
    {
        return runTool(QStringLiteral(STEWARD_EXECUTABLE),
                       QStringList{QStringLiteral("--catalog"), m_catalog} + args);
    }
    QTemporaryDir m_dir;
    QString m_catalog;
    QString m_clean;
    QString m_broken;
};

void TestCommandLine::initTestCase()
{
    m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    m_clean = m_dir.filePath(QStringLiteral("clean"));
    m_broken = m_dir.filePath(QStringLiteral("broken"));
    const QString vcf = m_clean + QStringLiteral("/calls.vcf.gz");
    QVERIFY(writeBgzf(vcf, smallVcf(120, 4)));
    QCOMPARE(tbx_index_build(qPrintable(vcf), 0, &tbx_conf_vcf), 0);
    QVERIFY(writeText(m_dir.filePath(QStringLiteral("reads.sam")), smallSam(500)));
    QVERIFY(convertAlignments(m_dir.filePath(QStringLiteral("reads.sam")),
                              m_clean + QStringLiteral("/reads.bam"), "wb"));
    QCOMPARE(sam_index_build(qPrintable(m_clean + QStringLiteral("/reads.bam")), 0), 0);
    QVERIFY(convertAlignments(m_dir.filePath(QStringLiteral("reads.sam")),
                              m_broken + QStringLiteral("/cut.bam"), "wb"));
    QFile cut(m_broken + QStringLiteral("/cut.bam"));
    QVERIFY(cut.resize(cut.size() - 28));
}

void TestCommandLine::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << "unknown command";
    QTest::newRow("scan without folder")
        << QStringList{QStringLiteral("scan")} << "at least one folder";
    QTest::newRow("scan of a missing folder")
        << QStringList{QStringLiteral("scan"), QStringLiteral("/no/such/folder")}
        << "/no/such/folder";
    QTest::newRow("stats of a missing file")
        << QStringList{QStringLiteral("stats"), QStringLiteral("/no/such.vcf")} << "/no/such.vcf";
    QTest::newRow("stats of two files")
        << QStringList{QStringLiteral("stats"), QStringLiteral("a"), QStringLiteral("b")}
        << "exactly one file";
    QTest::newRow("bad threads") << QStringList{QStringLiteral("scan"), QStringLiteral("."),
                                                QStringLiteral("--threads"), QStringLiteral("x")}
                                 << "--threads";
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("scan"), QStringLiteral("--bogus")} << "bogus";
}

void TestCommandLine::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ToolResult r = steward(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCommandLine::scanPrintsASummaryAndFillsTheCatalog()
{
    const ToolResult r = steward({QStringLiteral("scan"), m_clean});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Scanned 4 of 4 files"), r.out.constData());
    const ToolResult again = steward({QStringLiteral("scan"), m_clean});
    QVERIFY2(again.out.contains("Scanned 0 of 4 files") && again.out.contains("4 unchanged"),
             again.out.constData());
}

void TestCommandLine::scanJsonListsFilesAndExitsOneOnErrors()
{
    const ToolResult r = steward({QStringLiteral("scan"), m_broken, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("files_with_errors")).toInt(), 1);
    const QJsonObject file = root.value(QStringLiteral("files")).toArray().first().toObject();
    QVERIFY(file.value(QStringLiteral("path")).toString().endsWith(QLatin1String("cut.bam")));
    QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QStringList codes;
    for (const QJsonValue& p : file.value(QStringLiteral("problems")).toArray())
        codes << p.toObject().value(QStringLiteral("code")).toString();
    QVERIFY2(codes.contains(QStringLiteral("truncated")), qPrintable(codes.join(QLatin1Char(','))));
    // Text mode names the file on stderr.
    const ToolResult text = steward({QStringLiteral("scan"), m_broken, QStringLiteral("--force")});
    QCOMPARE(text.exitCode, 1);
    bool named = false;
    for (const QByteArray& line : text.err.split('\n'))
        named |=
            line.startsWith("error: ") && line.contains("cut.bam") && line.contains("truncated");
    QVERIFY2(named, text.err.constData());
}

void TestCommandLine::statsJsonForVariantsUsesBcftoolsNames()
{
    if (!haveTool(QStringLiteral("bcftools")))
        QSKIP("bcftools is not installed (make test installs it)");
    const QString vcf = m_clean + QStringLiteral("/calls.vcf.gz");
    const ToolResult r = steward({QStringLiteral("stats"), vcf, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("summary")).toObject();
    const ToolResult ref = runTool(QStringLiteral("bcftools"), {QStringLiteral("stats"), vcf});
    QCOMPARE(ref.exitCode, 0);
    int compared = 0;
    for (const QByteArray& line : ref.out.split('\n')) {
        if (!line.startsWith("SN\t"))
            continue;
        const QList<QByteArray> f = line.split('\t');
        const QString key = QString::fromUtf8(f.at(2)).chopped(1); // drop the colon
        QVERIFY2(summary.contains(key), qPrintable(key));
        QCOMPARE(summary.value(key).toInteger(), f.at(3).toLongLong());
        ++compared;
    }
    QCOMPARE(compared, 9);
}

void TestCommandLine::statsJsonFlagstatEqualsSamtools()
{
    if (!haveTool(QStringLiteral("samtools")))
        QSKIP("samtools is not installed (make test installs it)");
    const QString bam = m_clean + QStringLiteral("/reads.bam");
    const ToolResult r = steward({QStringLiteral("stats"), bam, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject flagstat =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("flagstat")).toObject();
    const ToolResult ref =
        runTool(QStringLiteral("samtools"),
                {QStringLiteral("flagstat"), QStringLiteral("-O"), QStringLiteral("json"), bam});
    QCOMPARE(ref.exitCode, 0);
    QCOMPARE(flagstat, QJsonDocument::fromJson(ref.out).object());
}

void TestCommandLine::statsTextForAlignmentsEqualsSamtools()
{
    if (!haveTool(QStringLiteral("samtools")))
        QSKIP("samtools is not installed (make test installs it)");
    const QString bam = m_clean + QStringLiteral("/reads.bam");
    const ToolResult r = steward({QStringLiteral("stats"), bam});
    const ToolResult ref = runTool(QStringLiteral("samtools"), {QStringLiteral("flagstat"), bam});
    QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(ref.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_CommandLine.moc"
