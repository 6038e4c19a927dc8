// The consent, review and audit commands of the `steward` binary, run as a script would run
// them against one catalog in a temporary folder: scan the demo workspace, import its consent
// sheet (and refuse a broken one, writing nothing), match consents against purposes (text and
// JSON, usage errors exit 2), declare destinations, list and decide reviews (a denied dataset
// cannot be approved), then verify and export the audit log - and find the entry an attacker
// edited after dropping the append-only triggers.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "models/formats/DemoWorkspace.h"

#include "tests/common/TestData.h"

using namespace steward::test;

namespace {

const QString kCfPurpose = QStringLiteral("primary=disease;disease=MONDO:0009061");

/** Nine datasets in the demo workspace, two destinations: eighteen review items. */
constexpr int kDemoDatasets = 9;

/** Runs a statement on the catalog through a connection of its own, like the sqlite3 tool. */
bool execOnCatalog(const QString& path, const QStringList& statements, QString* error)
{
    const QString name = QStringLiteral("tamper");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok && error)
            *error = db.lastError().text();
        for (const QString& s : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(s);
            if (!ok && error)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

qint64 scalar(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("probe");
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QStringList nonEmptyLines(const QByteArray& text)
{
    QStringList lines;
    for (const QByteArray& l : text.split('\n')) {
        if (!l.trimmed().isEmpty())
            lines << QString::fromUtf8(l);
    }
    return lines;
}

} // namespace

class TestConsentCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanTheDemo();
    void consentImport();
    void badSheetImportsNothing_data();
    void badSheetImportsNothing();
    void consentMatch_data();
    void consentMatch();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void repoDeclareAndList();
    void reviewListPending();
    void approvalRefusedForADeniedDataset();
    void approvalOfAnAllowedDataset();
    void consentShowForADestination();
    void auditVerifyIntact();
    void auditExportOneLinePerEntry();
    void tamperedLogFailsVerify();

private:
    ToolResult steward(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Keep the reviewer's settings and data out of the real user's folders.
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STEWARD_EXECUTABLE),
                QStringList{QStringLiteral("--catalog"), m_catalog} + args);
        ToolResult r;
        if (!p.waitForStarted(10000))
            return r;
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    static QByteArray both(const ToolResult& r)
    {
        return "stdout:\n" + r.out + "\nstderr:\n" + r.err;
    }
    qint64 consentRecords() const
    {
        return scalar(m_catalog, QStringLiteral("SELECT COUNT(*) FROM consent_records"));
    }
    qint64 auditEntries() const
    {
        return scalar(m_catalog, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    }

    QTemporaryDir m_dir;
    QString m_catalog;
    QString m_workspace;
    QString m_home;
};

void TestConsentCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    m_workspace = m_dir.filePath(QStringLiteral("demo"));
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    QString error;
    QVERIFY2(steward::DemoWorkspace::generate(m_workspace, &error), qPrintable(error));
}

void TestConsentCommands::scanTheDemo()
{
    const ToolResult r = steward({QStringLiteral("scan"), m_workspace});
    // The demo's problems/ folder holds a truncated BAM on purpose: exit 1, named on stderr.
    QVERIFY2(r.exitCode == 1, both(r).constData());
    QVERIFY2(r.err.contains("truncated.bam"), both(r).constData());
    QVERIFY2(r.out.contains("1 files with errors"), both(r).constData());
}

void TestConsentCommands::consentImport()
{
    const QString sheet = m_workspace + QStringLiteral("/clinical/samplesheet.csv");
    const ToolResult r = steward({QStringLiteral("consent"), QStringLiteral("import"), sheet});
    QVERIFY2(r.exitCode == 0, both(r).constData());
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             QStringLiteral("Imported 15 consent records from %1.").arg(sheet));
    QVERIFY2(!r.err.contains("error"), both(r).constData());
    QCOMPARE(consentRecords(), 15);

    // What a steward then sees for the cohort: the withdrawn person is marked excluded.
    const ToolResult show =
        steward({QStringLiteral("consent"), QStringLiteral("show"), QStringLiteral("cohort")});
    QVERIFY2(show.exitCode == 0, both(show).constData());
    bool withdrawn = false;
    for (const QString& line : nonEmptyLines(show.out)) {
        if (line.contains(QLatin1String("MRN0018846")))
            withdrawn = line.contains(QLatin1String("[excluded: Consent withdrawn.]"));
    }
    QVERIFY2(withdrawn, show.out.constData());
    QVERIFY2(show.out.contains("No destination is declared yet"), show.out.constData());
}

void TestConsentCommands::badSheetImportsNothing_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QString>("located"); // the stderr line, after "error: "

    // Each sheet starts with good rows, one of them a new sample, one changing a consent.
    const QByteArray head = "sample_id,consent,consent_date,withdrawn\n"
                            "NEW0000001,GRU,2024-01-01,no\n"
                            "MRN0019020,DS(MONDO:0005148),2024-01-01,no\n";
    QTest::newRow("unknown code") << QByteArray(head + "MRN0019377,XYZ,2024-01-01,no\n")
                                  << "bad.csv:4: column consent: Unknown DUO code 'XYZ'.";
    QTest::newRow("bad date") << QByteArray(head + "MRN0019377,GRU,01.02.2024,no\n")
                              << "bad.csv:4: column consent_date: '01.02.2024' is not a date; "
                                 "write it as YYYY-MM-DD.";
    QTest::newRow("duplicate sample")
        << QByteArray(head + "MRN0019377,GRU,,\nNEW0000001,HMB,,\n")
        << "bad.csv:5: column sample_id: Sample NEW0000001 appears twice; its first row is "
           "line 2. Keep one row per sample and dataset.";
    QTest::newRow("wrong field count")
        << QByteArray(head + "MRN0019377,GRU,2024-01-01\n")
        << "bad.csv:4: This row has 3 fields but the header has 4; check for a missing or extra "
           "delimiter, or quote fields that contain one.";
}

void TestConsentCommands::badSheetImportsNothing()
{
    QFETCH(QByteArray, sheet);
    QFETCH(QString, located);
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeText(path, sheet));
    const qint64 records = consentRecords();
    const qint64 entries = auditEntries();

    const ToolResult r = steward({QStringLiteral("consent"), QStringLiteral("import"), path});
    QVERIFY2(r.exitCode == 1, both(r).constData());
    QVERIFY2(nonEmptyLines(r.err).contains(QStringLiteral("error: ") + located),
             both(r).constData());
    QVERIFY2(r.out.contains("Nothing was imported from"), both(r).constData());
    QCOMPARE(consentRecords(), records);
    QCOMPARE(auditEntries(), entries);
    QCOMPARE(scalar(m_catalog, QStringLiteral("SELECT COUNT(*) FROM consent_records WHERE "
                                              "sample_id = 'NEW0000001'")),
             0);
    QCOMPARE(scalar(m_catalog, QStringLiteral("SELECT COUNT(*) FROM consent_records WHERE "
                                              "sample_id = 'MRN0019020' AND consent = 'NRES'")),
             1);

    // The same, as JSON.
    const ToolResult json = steward(
        {QStringLiteral("consent"), QStringLiteral("import"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("imported")).toBool(true), false);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject p = problems.first().toObject();
    QCOMPARE(p.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(p.value(QStringLiteral("file")).toString(), QStringLiteral("bad.csv"));
    QCOMPARE(p.value(QStringLiteral("line")).toInt(),
             located.section(QLatin1Char(':'), 1, 1).toInt());
    QCOMPARE(consentRecords(), records);
}

void TestConsentCommands::consentMatch_data()
{
    QTest::addColumn<QString>("consent");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("rule"); // a rule that must be among the reasons

    QTest::newRow("GRU for HMB research") << "GRU"
                                          << "primary=hmb"
                                          << "APPROVE"
                                          << "primary.hmb";
    QTest::newRow("DS for another disease") << "DS(MONDO:0007254)" << kCfPurpose << "DENY"
                                            << "primary.disease";
    QTest::newRow("DS for its disease") << "DS(MONDO:0009061)" << kCfPurpose << "APPROVE"
                                        << "primary.disease";
    QTest::newRow("publication required") << "HMB;PUB"
                                          << "primary=hmb"
                                          << "NEEDS_REVIEW"
                                          << "modifier.PUB";
    QTest::newRow("publication declared") << "HMB;PUB"
                                          << "primary=hmb;publication"
                                          << "APPROVE"
                                          << "modifier.PUB";
    QTest::newRow("not for profit, for-profit purpose") << "GRU;NPU"
                                                        << "primary=gru;for-profit"
                                                        << "DENY"
                                                        << "modifier.NPU";
    QTest::newRow("ethics approval missing") << "GRU;IRB"
                                             << "primary=gru"
                                             << "DENY"
                                             << "modifier.IRB";
    QTest::newRow("region outside GS") << "gru;gs(eu)"
                                       << "primary=gru;region=US"
                                       << "DENY"
                                       << "modifier.GS";
}

void TestConsentCommands::consentMatch()
{
    QFETCH(QString, consent);
    QFETCH(QString, purpose);
    QFETCH(QString, decision);
    QFETCH(QString, rule);
    const QStringList args{QStringLiteral("consent"),   QStringLiteral("match"),
                           QStringLiteral("--consent"), consent,
                           QStringLiteral("--purpose"), purpose};
    const ToolResult text = steward(args);
    QVERIFY2(text.exitCode == 0, both(text).constData());
    const QStringList lines = nonEmptyLines(text.out);
    QVERIFY2(!lines.isEmpty(), both(text).constData());
    QCOMPARE(lines.first(), decision); // the first word a script reads
    bool ruleShown = false;
    for (const QString& line : lines.mid(1))
        ruleShown |= line.contains(rule + QLatin1String(": "));
    QVERIFY2(ruleShown, text.out.constData());

    const ToolResult json = steward(args + QStringList{QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, both(json).constData());
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, json.out.constData());
    QCOMPARE(o.value(QStringLiteral("decision")).toString(), decision);
    const QJsonArray reasons = o.value(QStringLiteral("reasons")).toArray();
    QVERIFY(!reasons.isEmpty());
    bool found = false;
    for (const QJsonValue& v : reasons) {
        const QJsonObject reason = v.toObject();
        QVERIFY(!reason.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(!reason.value(QStringLiteral("decision")).toString().isEmpty());
        if (reason.value(QStringLiteral("rule")).toString() == rule)
            found = true;
    }
    QVERIFY2(found, json.out.constData());
    // The deciding reason comes first and carries the overall decision.
    QCOMPARE(reasons.first().toObject().value(QStringLiteral("decision")).toString(), decision);
    // Canonical forms of what was matched.
    QCOMPARE(o.value(QStringLiteral("consent")).toString(), consent.toUpper());
    QVERIFY2(o.value(QStringLiteral("purpose"))
                 .toString()
                 .startsWith(purpose.section(QLatin1Char(';'), 0, 0)),
             json.out.constData());
}

void TestConsentCommands::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString consent = QStringLiteral("consent");
    const QString match = QStringLiteral("match");
    const QString c = QStringLiteral("--consent");
    const QString p = QStringLiteral("--purpose");

    QTest::newRow("unknown purpose item")
        << QStringList{consent, match,
                       c,       QStringLiteral("GRU"),
                       p,       QStringLiteral("primary=gru;bogus")}
        << "--purpose: Unknown item 'bogus' in the purpose";
    QTest::newRow("disease research without diseases")
        << QStringList{consent, match,
                       c,       QStringLiteral("GRU"),
                       p,       QStringLiteral("primary=disease")}
        << "Disease research needs the diseases it studies";
    QTest::newRow("invalid consent") << QStringList{consent, match,
                                                    c,       QStringLiteral("GRU;XYZ"),
                                                    p,       QStringLiteral("primary=gru")}
                                     << "error: --consent column 5: Unknown DUO code 'XYZ'.";
    QTest::newRow("obsolete consent") << QStringList{consent, match,
                                                     c,       QStringLiteral("GRU-CC"),
                                                     p,       QStringLiteral("primary=gru")}
                                      << "The DUO code GRU-CC is obsolete; use GRU instead.";
    QTest::newRow("match without a purpose")
        << QStringList{consent, match, c, QStringLiteral("GRU")}
        << "give --consent CONSENT and --purpose PURPOSE";
    QTest::newRow("match with a file") << QStringList{consent,
                                                      match,
                                                      QStringLiteral("x.csv"),
                                                      c,
                                                      QStringLiteral("GRU"),
                                                      p,
                                                      QStringLiteral("primary=gru")}
                                       << "takes no file";
    QTest::newRow("unknown consent command")
        << QStringList{consent, QStringLiteral("frobnicate")} << "steward consent: use import";
    QTest::newRow("import without a file")
        << QStringList{consent, QStringLiteral("import")} << "name one file";
    QTest::newRow("declare with a bad purpose")
        << QStringList{QStringLiteral("repo"), QStringLiteral("declare"), QStringLiteral("x"), p,
                       QStringLiteral("primary=everything")}
        << "Unknown primary purpose in 'primary=everything'";
    QTest::newRow("review list with an unknown state")
        << QStringList{QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--state"),
                       QStringLiteral("done")}
        << "--state: use pending, in_review";
    QTest::newRow("approve without --comment")
        << QStringList{QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("trio"),
                       QStringLiteral("--destination"), QStringLiteral("cf-study")}
        << "steward review approve needs --comment TEXT";
    QTest::newRow("reject without a destination")
        << QStringList{QStringLiteral("review"), QStringLiteral("reject"), QStringLiteral("trio"),
                       QStringLiteral("--comment"), QStringLiteral("no")}
        << "steward review reject DATASET --destination NAME";
    QTest::newRow("audit without a subcommand")
        << QStringList{QStringLiteral("audit")} << "steward audit: use verify or export FILE.";
}

void TestConsentCommands::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const qint64 entries = auditEntries();
    const ToolResult r = steward(args);
    QVERIFY2(r.exitCode == 2, both(r).constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), both(r).constData());
    QVERIFY2(r.out.isEmpty(), both(r).constData());
    QCOMPARE(auditEntries(), entries);
}

void TestConsentCommands::repoDeclareAndList()
{
    ToolResult r = steward({QStringLiteral("repo"), QStringLiteral("declare"),
                            QStringLiteral("cf-study"), QStringLiteral("--purpose"), kCfPurpose});
    QVERIFY2(r.exitCode == 0, both(r).constData());
    QVERIFY2(r.out.startsWith("cf-study declares: Research on MONDO:0009061 (cystic fibrosis)"),
             both(r).constData());
    r = steward({QStringLiteral("repo"), QStringLiteral("declare"), QStringLiteral("hmb-archive"),
                 QStringLiteral("--purpose"), QStringLiteral("primary=hmb")});
    QVERIFY2(r.exitCode == 0, both(r).constData());

    const ToolResult list = steward({QStringLiteral("repo"), QStringLiteral("list")});
    QVERIFY2(list.exitCode == 0, both(list).constData());
    const QStringList lines = nonEmptyLines(list.out);
    QCOMPARE(lines.size(), 2);
    // A declaration carries no date unless one was given: it reads the same tomorrow.
    QVERIFY2(lines[0] == QStringLiteral("cf-study\tdeclared\t") + kCfPurpose, qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QLatin1String("hmb-archive\tdeclared\tprimary=hmb")),
             qPrintable(lines[1]));

    const ToolResult json =
        steward({QStringLiteral("repo"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray repositories =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("repositories")).toArray();
    QCOMPARE(repositories.size(), 2);
    QCOMPARE(repositories[0].toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("cf-study"));
}

void TestConsentCommands::reviewListPending()
{
    const ToolResult r = steward({QStringLiteral("review"), QStringLiteral("list"),
                                  QStringLiteral("--state"), QStringLiteral("pending")});
    QVERIFY2(r.exitCode == 0, both(r).constData());
    const QStringList lines = nonEmptyLines(r.out);
    QCOMPARE(lines.size(), 2 * kDemoDatasets);
    for (const QString& line : lines) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(words.size() >= 3 && words[2] == QLatin1String("pending"), qPrintable(line));
    }
    QVERIFY2(r.out.contains("cohort.vcf.gz"), r.out.constData());

    const ToolResult json =
        steward({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--destination"),
                 QStringLiteral("cf-study"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, both(json).constData());
    const QJsonArray items =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), kDemoDatasets);
    for (const QJsonValue& v : items) {
        QCOMPARE(v.toObject().value(QStringLiteral("destination")).toString(),
                 QStringLiteral("cf-study"));
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    }
    const ToolResult none = steward({QStringLiteral("review"), QStringLiteral("list"),
                                     QStringLiteral("--state"), QStringLiteral("approved")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(QString::fromUtf8(none.out).trimmed(), QStringLiteral("No review items match."));
}

void TestConsentCommands::approvalRefusedForADeniedDataset()
{
    const qint64 entries = auditEntries();
    const ToolResult r =
        steward({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("cohort"),
                 QStringLiteral("--destination"), QStringLiteral("cf-study"),
                 QStringLiteral("--comment"), QStringLiteral("looks fine to me")});
    QVERIFY2(r.exitCode == 1, both(r).constData());
    QVERIFY2(r.err.startsWith("Approval refused: the consent matcher denies cohort.vcf.gz for "
                              "cf-study (MRN0012388, MRN0015990, MRN0017118)."),
             both(r).constData());
    QVERIFY2(r.out.isEmpty(), both(r).constData());
    QCOMPARE(auditEntries(), entries);
    QCOMPARE(scalar(m_catalog, QStringLiteral("SELECT COUNT(*) FROM review_items i JOIN "
                                              "repositories r ON r.id = i.repository_id WHERE "
                                              "r.name = 'cf-study' AND i.state = 'pending'")),
             kDemoDatasets);

    // Refusals of another kind: an unknown destination or dataset.
    const ToolResult nowhere =
        steward({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("trio"),
                 QStringLiteral("--destination"), QStringLiteral("nowhere"),
                 QStringLiteral("--comment"), QString()});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY2(nowhere.err.contains("No destination named nowhere"), both(nowhere).constData());
    const ToolResult nothing =
        steward({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("atlas"),
                 QStringLiteral("--destination"), QStringLiteral("cf-study"),
                 QStringLiteral("--comment"), QString()});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains("No dataset named 'atlas'"), both(nothing).constData());
}

void TestConsentCommands::approvalOfAnAllowedDataset()
{
    // Every trio member consented to HMB research, which covers cystic fibrosis research; the
    // matcher approves, so an empty comment is enough.
    const ToolResult r =
        steward({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("trio"),
                 QStringLiteral("--destination"), QStringLiteral("cf-study"),
                 QStringLiteral("--comment"), QString()});
    QVERIFY2(r.exitCode == 0, both(r).constData());
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             QStringLiteral("trio.vcf.gz for cf-study: Approved."));

    // Starting a review takes no comment at all.
    const ToolResult start =
        steward({QStringLiteral("review"), QStringLiteral("start"), QStringLiteral("cohort"),
                 QStringLiteral("--destination"), QStringLiteral("hmb-archive")});
    QVERIFY2(start.exitCode == 0, both(start).constData());
    QCOMPARE(QString::fromUtf8(start.out).trimmed(),
             QStringLiteral("cohort.vcf.gz for hmb-archive: In review."));
    // Approving twice is refused with the state.
    const ToolResult again =
        steward({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("trio"),
                 QStringLiteral("--destination"), QStringLiteral("cf-study"),
                 QStringLiteral("--comment"), QStringLiteral("again")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("the review is approved"), both(again).constData());

    const ToolResult json =
        steward({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--state"),
                 QStringLiteral("approved"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, both(json).constData());
    const QJsonArray items =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(QStringLiteral("dataset")).toString(), QStringLiteral("trio.vcf.gz"));
    QCOMPARE(item.value(QStringLiteral("destination")).toString(), QStringLiteral("cf-study"));
    QCOMPARE(item.value(QStringLiteral("consent_decision")).toString(), QStringLiteral("APPROVE"));
    QVERIFY2(!item.value(QStringLiteral("reviewer")).toString().isEmpty(), json.out.constData());
}

void TestConsentCommands::consentShowForADestination()
{
    const ToolResult r = steward({QStringLiteral("consent"), QStringLiteral("show"),
                                  QStringLiteral("cohort"), QStringLiteral("--destination"),
                                  QStringLiteral("cf-study"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, both(r).constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("samples")).toArray().size(), 12);
    const QJsonArray destinations = o.value(QStringLiteral("destinations")).toArray();
    QCOMPARE(destinations.size(), 1);
    const QJsonObject d = destinations.first().toObject();
    QCOMPARE(d.value(QStringLiteral("destination")).toString(), QStringLiteral("cf-study"));
    QCOMPARE(d.value(QStringLiteral("decision")).toString(), QStringLiteral("DENY"));
    QCOMPARE(d.value(QStringLiteral("included")).toInt(), 11);
    QCOMPARE(d.value(QStringLiteral("excluded")).toInt(), 1);

    const ToolResult missing =
        steward({QStringLiteral("consent"), QStringLiteral("show"), QStringLiteral("cohort"),
                 QStringLiteral("--destination"), QStringLiteral("nowhere")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("No destination named nowhere"), both(missing).constData());
}

void TestConsentCommands::auditVerifyIntact()
{
    const qint64 entries = auditEntries();
    // consent import, two declarations, an approval and a start at least.
    QVERIFY2(entries >= 5, qPrintable(QString::number(entries)));
    const ToolResult r = steward({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, both(r).constData());
    const QStringList lines = nonEmptyLines(r.out);
    QCOMPARE(lines.value(0),
             QStringLiteral("Audit log verified: %1 entries, chain intact.").arg(entries));
    QVERIFY2(lines.value(1).startsWith(QLatin1String("Head: ")), r.out.constData());

    const ToolResult json =
        steward({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(false), true);
    QCOMPARE(o.value(QStringLiteral("entries")).toInteger(), entries);
    QCOMPARE(o.value(QStringLiteral("head")).toString().size(), 64);
    QVERIFY(!o.contains(QStringLiteral("first_bad_entry")));
}

void TestConsentCommands::auditExportOneLinePerEntry()
{
    const QString file = m_dir.filePath(QStringLiteral("audit.jsonl"));
    const ToolResult r = steward({QStringLiteral("audit"), QStringLiteral("export"), file});
    QVERIFY2(r.exitCode == 0, both(r).constData());
    QVERIFY2(r.out.contains(file.toUtf8()), both(r).constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.endsWith('\n'));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), auditEntries());
    QString previous(64, QLatin1Char('0'));
    QStringList actions;
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError parseError;
        const QJsonObject e = QJsonDocument::fromJson(lines[i], &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, lines[i].constData());
        QCOMPARE(e.value(QStringLiteral("seq")).toInteger(), qint64(i + 1));
        QCOMPARE(e.value(QStringLiteral("prev_hash")).toString(), previous);
        previous = e.value(QStringLiteral("hash")).toString();
        QCOMPARE(previous.size(), 64);
        QVERIFY(e.value(QStringLiteral("details")).isObject());
        actions << e.value(QStringLiteral("action")).toString();
    }
    for (const char* action :
         {"consent.import", "repository.declare", "review.approve", "review.start"})
        QVERIFY2(actions.contains(QLatin1String(action)),
                 qPrintable(actions.join(QLatin1Char(','))));
    // The refused approval and the refused import left no entry.
    QCOMPARE(actions.count(QStringLiteral("review.approve")), 1);
    QCOMPARE(actions.count(QStringLiteral("consent.import")), 1);
}

void TestConsentCommands::tamperedLogFailsVerify()
{
    const qint64 approval = scalar(
        m_catalog, QStringLiteral("SELECT seq FROM audit_log WHERE action = 'review.approve'"));
    QVERIFY(approval > 1);
    QVERIFY(approval < auditEntries()); // not the newest: the anchor alone would not catch it

    // The triggers refuse a plain edit.
    QString error;
    QVERIFY(!execOnCatalog(
        m_catalog,
        {QStringLiteral("UPDATE audit_log SET subject = 'x' WHERE seq = %1").arg(approval)},
        &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    QCOMPARE(steward({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);

    // Around them: the approval's comment is rewritten.
    QVERIFY2(execOnCatalog(m_catalog,
                           {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                            QStringLiteral("UPDATE audit_log SET details = json_set(details, "
                                           "'$.comment', 'approved by the data owner') WHERE "
                                           "seq = %1")
                                .arg(approval)},
                           &error),
             qPrintable(error));
    const ToolResult r = steward({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 1, both(r).constData());
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             QStringLiteral("Audit log BROKEN at entry %1: Entry %1 was changed after it was "
                            "written: its content no longer matches its hash.")
                 .arg(approval));

    const ToolResult json =
        steward({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("first_bad_entry")).toInteger(), approval);
    QCOMPARE(o.value(QStringLiteral("entries")).toInteger(), auditEntries());

    // Deleting an entry instead is found at the gap.
    QVERIFY2(execOnCatalog(m_catalog,
                           {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                            QStringLiteral("UPDATE audit_log SET details = json_set(details, "
                                           "'$.comment', '') WHERE seq = %1")
                                .arg(approval),
                            QStringLiteral("DELETE FROM audit_log WHERE seq = 2")},
                           &error),
             qPrintable(error));
    const ToolResult gap = steward({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(gap.exitCode, 1);
    QVERIFY2(gap.out.startsWith("Audit log BROKEN at entry 2: Entry 2 is missing"),
             both(gap).constData());
}

QTEST_GUILESS_MAIN(TestConsentCommands)
#include "test_ConsentCommands.moc"
