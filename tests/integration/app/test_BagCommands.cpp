// `steward bag verify` and `steward checksum` through the real binary: exit codes (0 valid,
// 1 invalid or unreadable, 2 usage), one problem per line naming the file, --json, and the
// checksum cache answering the second time.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "models/bundle/BagWriter.h"
#include "tests/common/StewardProcess.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

class TestBagCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_steward.reset(new StewardProcess(m_dir.filePath(QStringLiteral("catalog.sqlite")),
                                           m_dir.filePath(QStringLiteral("secrets"))));
        QVERIFY(writeText(m_dir.filePath(QStringLiteral("in/a.vcf")), smallVcf(10)));
        BagWriter::Params p;
        p.destination = m_dir.filePath(QStringLiteral("bag"));
        p.payload << BagWriter::PayloadEntry::file(m_dir.filePath(QStringLiteral("in/a.vcf")),
                                                   QStringLiteral("a.vcf"))
                  << BagWriter::PayloadEntry::bytes("{}", QStringLiteral("ro-crate-metadata.json"));
        BagWriter::Result r;
        QString error;
        QVERIFY2(BagWriter().write(p, &r, &error), qPrintable(error));
    }

    void verifyValidBag()
    {
        const StewardRun r = m_steward->run({QStringLiteral("bag"), QStringLiteral("verify"),
                                             m_dir.filePath(QStringLiteral("bag"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Valid bag (BagIt 1.0): 2 payload files")),
                 qPrintable(r.out));

        const StewardRun j =
            m_steward->run({QStringLiteral("bag"), QStringLiteral("verify"),
                            m_dir.filePath(QStringLiteral("bag")), QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("valid")).toBool());
        QCOMPARE(o.value(QStringLiteral("payload_files")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 0);
    }

    void verifyTamperedBag()
    {
        const QString copy = m_dir.filePath(QStringLiteral("tampered"));
        QCOMPARE(runTool(QStringLiteral("cp"),
                         {QStringLiteral("-a"), m_dir.filePath(QStringLiteral("bag")), copy})
                     .exitCode,
                 0);
        QVERIFY(writeText(copy + QStringLiteral("/data/a.vcf"), smallVcf(11)));
        QVERIFY(writeText(copy + QStringLiteral("/data/extra.txt"), "x"));
        const StewardRun r =
            m_steward->run({QStringLiteral("bag"), QStringLiteral("verify"), copy});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto has = [&](const QString& start, const QString& text) {
            return std::any_of(lines.begin(), lines.end(), [&](const QString& l) {
                return l.startsWith(start) && l.contains(text);
            });
        };
        QVERIFY2(has(QStringLiteral("error: ") + copy + QStringLiteral("/manifest-sha256.txt:1: "),
                     QStringLiteral("data/a.vcf")),
                 qPrintable(r.out));
        QVERIFY2(has(QStringLiteral("error: ") + copy + QStringLiteral("/data/extra.txt: "),
                     QStringLiteral("not listed")),
                 qPrintable(r.out));
        QVERIFY2(has(QStringLiteral("error: ") + copy + QStringLiteral("/bag-info.txt:"),
                     QStringLiteral("Payload-Oxum")),
                 qPrintable(r.out));
        QVERIFY(lines.last().contains(QStringLiteral("Invalid bag")));

        const StewardRun j = m_steward->run(
            {QStringLiteral("bag"), QStringLiteral("verify"), copy, QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 1);
        const QJsonArray errors = QJsonDocument::fromJson(j.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("errors"))
                                      .toArray();
        QVERIFY(errors.size() >= 3);
    }

    void whitespaceBagFromTheSuite()
    {
        const QString bag = sharedData(
            QStringLiteral("bundles/LibraryOfCongress_bagit-conformance-suite/v1.0/invalid/"
                           "bagit-with-invalid-whitespace"));
        if (bag.isEmpty() || !QFileInfo(bag).isDir())
            QSKIP(qPrintable(sharedDataMissingMessage()));
        const StewardRun r = m_steward->run({QStringLiteral("bag"), QStringLiteral("verify"), bag});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("/bagit.txt:1: ")), qPrintable(r.out));
    }

    void usage()
    {
        QCOMPARE(m_steward->run({QStringLiteral("bag")}).exitCode, 2);
        QCOMPARE(m_steward->run({QStringLiteral("bag"), QStringLiteral("verify")}).exitCode, 2);
        QCOMPARE(m_steward
                     ->run({QStringLiteral("bag"), QStringLiteral("verify"),
                            m_dir.filePath(QStringLiteral("nope"))})
                     .exitCode,
                 2);
        QCOMPARE(m_steward->run({QStringLiteral("checksum")}).exitCode, 2);
    }

    void checksumThroughTheCache()
    {
        const QString file = m_dir.filePath(QStringLiteral("in/a.vcf"));
        const StewardRun r = m_steward->run({QStringLiteral("checksum"), file});
        QCOMPARE(r.exitCode, 0);
        const ToolResult sha = runTool(QStringLiteral("sha256sum"), {file});
        QVERIFY2(r.out.contains(QStringLiteral("SHA256 (%1) = %2")
                                    .arg(file, QString::fromLatin1(sha.out.left(64)))),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("SHA512 (") + file));
        QVERIFY(r.out.contains(QStringLiteral("MD5 (") + file));
        // `sha256sum -c` reads the SHA256 lines back.
        const QString sums = m_dir.filePath(QStringLiteral("sums"));
        QVERIFY(writeText(sums, r.out.split(QLatin1Char('\n')).first().toUtf8() + '\n'));
        QCOMPARE(runTool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), sums}).exitCode, 0);

        const StewardRun j =
            m_steward->run({QStringLiteral("checksum"), file, QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject row = QJsonDocument::fromJson(j.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("files"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QVERIFY(row.value(QStringLiteral("cached")).toBool()); // computed by the first run
        QCOMPARE(row.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(sha.out.left(64)));

        const QString missing = m_dir.filePath(QStringLiteral("missing.bam"));
        const StewardRun m = m_steward->run({QStringLiteral("checksum"), file, missing});
        QCOMPARE(m.exitCode, 1);
        QVERIFY2(m.err.contains(missing), qPrintable(m.err));
        QVERIFY(m.out.contains(QStringLiteral("SHA256 (") + file));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StewardProcess> m_steward;
};

QTEST_GUILESS_MAIN(TestBagCommands)
#include "test_BagCommands.moc"
