// The hash-chained audit log: entries chain by SHA-256, triggers refuse edits, and edits made
// around the triggers (a second connection that drops them, like an attacker with the sqlite3
// tool) are found by verify() at the right entry; the anchor file catches removed newest
// entries; a rolled-back caller transaction leaves nothing; the JSON-lines export can be
// re-verified without Steward.

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>
#include <QtTest>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/review/Reviewer.h"

using namespace steward;

namespace {

const QString kZeros(64, QLatin1Char('0'));

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/** The documented content bytes, built here without AuditLog: compact JSON, keys sorted. */
QByteArray documentedContent(qint64 seq, const QString& time, const QString& actor,
                             const QString& action, const QString& subject,
                             const QJsonObject& details)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("seq"), seq},
                                     {QStringLiteral("time"), time},
                                     {QStringLiteral("actor"), actor},
                                     {QStringLiteral("action"), action},
                                     {QStringLiteral("subject"), subject},
                                     {QStringLiteral("details"), details}})
        .toJson(QJsonDocument::Compact);
}

/** A catalog in a fresh temporary folder. */
struct Fixture
{
    QTemporaryDir dir;
    Catalog catalog{dir.filePath(QStringLiteral("catalog.sqlite"))};
    QString openError;
    bool opened = catalog.open(&openError);
    AuditLog log{catalog};

    QString anchorPath() const { return AuditLog::anchorPath(catalog.path()); }
};

bool appendEntries(AuditLog& log, int count, int first = 1)
{
    for (int i = first; i < first + count; ++i) {
        QString error;
        if (!log.append(QStringLiteral("test.step"), QStringLiteral("subject-%1").arg(i),
                        {{QStringLiteral("i"), i}}, &error, QStringLiteral("Tester (tester)"))) {
            qWarning("append %d failed: %s", i, qPrintable(error));
            return false;
        }
    }
    return true;
}

QJsonObject readAnchor(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/**
 * A second connection to the catalog file that drops the append-only triggers, the way
 * someone with the sqlite3 tool would edit the log behind Steward's back.
 */
class OutOfBand final
{
public:
    explicit OutOfBand(const QString& path)
        : m_name(QStringLiteral("out-of-band-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open() && exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")) &&
               exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"));
    }
    ~OutOfBand()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    OutOfBand(const OutOfBand&) = delete;
    OutOfBand& operator=(const OutOfBand&) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    bool exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
        m_error = q.lastError().text() + QStringLiteral(" in ") + sql;
        return false;
    }

    /** seq, time, actor, action, subject, details, prev_hash, hash of one row. */
    QVariantList row(qint64 seq)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(QStringLiteral("SELECT seq, time, actor, action, subject, details, prev_hash, "
                                 "hash FROM audit_log WHERE seq = ?"));
        q.addBindValue(seq);
        QVariantList values;
        if (q.exec() && q.next()) {
            for (int i = 0; i < 8; ++i)
                values << q.value(i);
        }
        return values;
    }

    /** Inserts a row whose hash is computed correctly from prevHash. Returns its hash. */
    QString forge(qint64 seq, const QString& prevHash, const QJsonObject& details)
    {
        const QString time = QStringLiteral("2026-01-02T03:04:05.678Z");
        const QString actor = QStringLiteral("Forger (forger)");
        const QString action = QStringLiteral("review.approve");
        const QString subject = QStringLiteral("dataset:/forged");
        const QString hash = sha256Hex(
            prevHash.toLatin1() + documentedContent(seq, time, actor, action, subject, details));
        const bool inserted =
            exec(QStringLiteral("INSERT INTO audit_log (seq, time, actor, action, subject, "
                                "details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)"),
                 {seq, time, actor, action, subject,
                  QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                  prevHash, hash});
        return inserted ? hash : QString();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QString m_error;
    bool m_ok = false;
};

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyLogVerifies();
    void entriesChainBySha256OfTheDocumentedBytes();
    void timesAreStoredAsUtcWithMillisecondsAndRoundTrip();
    void defaultActorIsTheCurrentReviewer();
    void detailsOfAnyJsonShapeVerify();
    void entriesCanBeReadPageByPage();
    void triggersRefuseUpdateAndDelete();
    void tamperingIsFoundAtTheFirstBadEntry_data();
    void tamperingIsFoundAtTheFirstBadEntry();
    void forgedEntryInsertedInTheMiddleIsFound();
    void rewrittenChainIsFoundOnlyThroughTheAnchor();
    void forgedNewestEntryIsNotFound();
    void missingAnchorIsAcceptedAndUnreadableAnchorIsReported();
    void anchorNeverMovesBackOrOverChangedEntries();
    void rolledBackCallerTransactionLeavesNoEntry();
    void committedCallerTransactionIsAnchoredAfterwards();
    void concurrentAppendsFormOneChain();
    void exportedJsonLinesReverifyIndependently();
    void exportToAnUnwritablePathFails();
};

void TestAuditLog::emptyLogVerifies()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    const AuditLog::Verification v = f.log.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, 0);
    QCOMPARE(v.firstBadSeq, -1);
    QVERIFY(f.log.anchor());
    QVERIFY(!QFile::exists(f.anchorPath())); // nothing to anchor yet
    QCOMPARE(f.anchorPath(), f.catalog.path() + QStringLiteral(".audit-head"));
}

void TestAuditLog::entriesChainBySha256OfTheDocumentedBytes()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QString error;
    const QJsonObject details{{QStringLiteral("b"), QJsonArray{1, 2}},
                              {QStringLiteral("a"), QStringLiteral("x")}};
    QVERIFY2(f.log.append(QStringLiteral("consent.edit"), QStringLiteral("dataset:/d"), details,
                          &error, QStringLiteral("Jane Doe (jdoe)")),
             qPrintable(error));
    QVERIFY(appendEntries(f.log, 2, 2));

    const QVector<AuditEntry> list = f.log.entries();
    QCOMPARE(list.size(), 3);
    for (int i = 0; i < list.size(); ++i)
        QCOMPARE(list[i].seq, qint64(i + 1));

    // Entry 1, byte for byte as documented: keys sorted, no spaces, time as stored.
    QSqlQuery q(f.catalog.database());
    QVERIFY(q.exec(QStringLiteral("SELECT time FROM audit_log WHERE seq = 1")) && q.next());
    const QString time = q.value(0).toString();
    const QByteArray expected =
        QByteArrayLiteral("{\"action\":\"consent.edit\",\"actor\":\"Jane Doe (jdoe)\","
                          "\"details\":{\"a\":\"x\",\"b\":[1,2]},\"seq\":1,"
                          "\"subject\":\"dataset:/d\",\"time\":\"") +
        time.toLatin1() + QByteArrayLiteral("\"}");
    QCOMPARE(list[0].canonicalContent(), expected);
    QCOMPARE(list[0].prevHash, kZeros);
    QCOMPARE(list[0].hash, sha256Hex(kZeros.toLatin1() + expected));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(list[0].hash).hasMatch());

    // Each later entry links to the one before and hashes that link with its own content.
    for (int i = 1; i < list.size(); ++i) {
        QCOMPARE(list[i].prevHash, list[i - 1].hash);
        QCOMPARE(list[i].hash, sha256Hex(list[i].prevHash.toLatin1() + list[i].canonicalContent()));
        QVERIFY(list[i].hash != list[i - 1].hash);
    }

    const AuditLog::Verification v = f.log.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, 3);
    QCOMPARE(v.headHash, list[2].hash);

    // Appending outside a transaction anchors at once.
    const QJsonObject anchor = readAnchor(f.anchorPath());
    QCOMPARE(anchor.value(QStringLiteral("seq")).toInteger(), 3);
    QCOMPARE(anchor.value(QStringLiteral("hash")).toString(), list[2].hash);
}

void TestAuditLog::timesAreStoredAsUtcWithMillisecondsAndRoundTrip()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(appendEntries(f.log, 1));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    QSqlQuery q(f.catalog.database());
    QVERIFY(q.exec(QStringLiteral("SELECT time FROM audit_log WHERE seq = 1")) && q.next());
    const QString stored = q.value(0).toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
            .match(stored)
            .hasMatch(),
        qPrintable(stored));

    const AuditEntry e = f.log.entries().value(0);
    QVERIFY(e.time.isValid());
    QCOMPARE(e.time.timeSpec(), Qt::UTC);
    QVERIFY(e.time >= before.addMSecs(-1) && e.time <= after);
    QCOMPARE(e.time.toString(Qt::ISODateWithMs), stored);
    QCOMPARE(e.toJson().value(QStringLiteral("time")).toString(), stored);
}

void TestAuditLog::defaultActorIsTheCurrentReviewer()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QString error;
    QVERIFY2(f.log.append(QStringLiteral("duo.import"), QStringLiteral("duo.csv"), {}, &error),
             qPrintable(error));
    QVERIFY(!AuditLog::currentActor().isEmpty());
    QCOMPARE(AuditLog::currentActor(), Reviewer::actor());
    QCOMPARE(f.log.entries().value(0).actor, Reviewer::actor());
}

void TestAuditLog::detailsOfAnyJsonShapeVerify()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    // Numbers, nesting, non-ASCII text and escapes must hash the same when read back.
    const QJsonObject details{
        {QStringLiteral("ratio"), 0.1},
        {QStringLiteral("big"), qint64(9007199254740993LL)},
        {QStringLiteral("negative"), -3},
        {QStringLiteral("name"), QStringLiteral("Müller \"quoted\" \\ tab\t 日本")},
        {QStringLiteral("nested"),
         QJsonObject{{QStringLiteral("z"), QJsonValue::Null}, {QStringLiteral("y"), true}}},
        {QStringLiteral("list"), QJsonArray{QStringLiteral("GRU"), 1.5e300, false}}};
    QString error;
    QVERIFY2(f.log.append(QStringLiteral("consent.import"), QStringLiteral("Ärzte.csv"), details,
                          &error),
             qPrintable(error));
    QVERIFY(appendEntries(f.log, 1, 2));
    const AuditLog::Verification v = f.log.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, 2);
    const AuditEntry e = f.log.entries().value(0);
    QCOMPARE(e.subject, QStringLiteral("Ärzte.csv"));
    QCOMPARE(e.details.value(QStringLiteral("name")).toString(),
             details.value(QStringLiteral("name")).toString());
    QCOMPARE(e.hash, sha256Hex(kZeros.toLatin1() + e.canonicalContent()));
}

void TestAuditLog::entriesCanBeReadPageByPage()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 5));
    const QVector<AuditEntry> page = f.log.entries(2, 2);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page[0].seq, 2);
    QCOMPARE(page[1].seq, 3);
    QCOMPARE(page[0].subject, QStringLiteral("subject-2"));
    QCOMPARE(page[0].details.value(QStringLiteral("i")).toInt(), 2);
    QCOMPARE(f.log.entries(4).size(), 2);
    QCOMPARE(f.log.entries(6).size(), 0);
}

void TestAuditLog::triggersRefuseUpdateAndDelete()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 3));
    QSqlQuery q(f.catalog.database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'Mallory' WHERE seq = 2")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")),
             qPrintable(q.lastError().text()));
    QCOMPARE(f.log.entries().size(), 3);
    QCOMPARE(f.log.entries().value(1).actor, QStringLiteral("Tester (tester)"));
    QVERIFY(f.log.verify().ok);
}

void TestAuditLog::tamperingIsFoundAtTheFirstBadEntry_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBadSeq");
    QTest::addColumn<QString>("problem");

    // Five entries, anchored at entry 5, then edited around the triggers.
    QTest::newRow("details edited")
        << QStringList{QStringLiteral("UPDATE audit_log SET details = '{\"i\":99}' WHERE seq = 2")}
        << qint64(2)
        << QStringLiteral("Entry 2 was changed after it was written: "
                          "its content no longer matches its hash.");
    QTest::newRow("actor edited") << QStringList{QStringLiteral(
                                         "UPDATE audit_log SET actor = 'Mallory' WHERE seq = 3")}
                                  << qint64(3) << QStringLiteral("Entry 3 was changed");
    QTest::newRow("time edited")
        << QStringList{QStringLiteral(
               "UPDATE audit_log SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 4")}
        << qint64(4) << QStringLiteral("Entry 4 was changed");
    QTest::newRow("time reformatted")
        << QStringList{QStringLiteral(
               "UPDATE audit_log SET time = replace(time, 'Z', '+00:00') WHERE seq = 4")}
        << qint64(4) << QStringLiteral("Entry 4 was changed");
    QTest::newRow("action of the first entry edited")
        << QStringList{QStringLiteral(
               "UPDATE audit_log SET action = 'review.reject' WHERE seq = 1")}
        << qint64(1) << QStringLiteral("Entry 1 was changed");
    QTest::newRow("details no longer JSON")
        << QStringList{QStringLiteral("UPDATE audit_log SET details = '{\"i\":' WHERE seq = 2")}
        << qint64(2) << QStringLiteral("details are not a JSON object");
    QTest::newRow("hash replaced")
        << QStringList{QStringLiteral("UPDATE audit_log SET hash = prev_hash WHERE seq = 3")}
        << qint64(3) << QStringLiteral("Entry 3 was changed");
    QTest::newRow("middle entry deleted")
        << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 3")} << qint64(3)
        << QStringLiteral("Entry 3 is missing: the log goes from entry 2 to entry 4.");
    QTest::newRow("first entry deleted")
        << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 1")} << qint64(1)
        << QStringLiteral("Entry 1 is missing");
    QTest::newRow("newest entry deleted")
        << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 5")} << qint64(5)
        << QStringLiteral("Entry 5 was removed from the end of the audit log");
    QTest::newRow("two newest entries deleted")
        << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq >= 4")} << qint64(4)
        << QStringLiteral("Entries 4 to 5 were removed from the end of the audit log");
    QTest::newRow("all entries deleted") << QStringList{QStringLiteral("DELETE FROM audit_log")}
                                         << qint64(1) << QStringLiteral("all entries were removed");
    QTest::newRow("newest entry renumbered")
        << QStringList{QStringLiteral("UPDATE audit_log SET seq = 6 WHERE seq = 5")} << qint64(5)
        << QStringLiteral("Entry 5 is missing");
    QTest::newRow("two rows swapped")
        << QStringList{QStringLiteral("UPDATE audit_log SET seq = -2 WHERE seq = 2"),
                       QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 4"),
                       QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -2")}
        << qint64(2) << QStringLiteral("Entry 2 does not follow entry 1");
    QTest::newRow("contents swapped, numbers kept")
        << QStringList{QStringLiteral("UPDATE audit_log SET seq = -2 WHERE seq = 2"),
                       QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 4"),
                       QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -2"),
                       // ... and the links swapped back, so only the contents moved.
                       QStringLiteral(
                           "UPDATE audit_log SET prev_hash = (SELECT hash FROM audit_log WHERE "
                           "seq = 1) WHERE seq = 2"),
                       QStringLiteral(
                           "UPDATE audit_log SET prev_hash = (SELECT hash FROM audit_log WHERE "
                           "seq = 3) WHERE seq = 4")}
        << qint64(2) << QStringLiteral("Entry 2 was changed");
    QTest::newRow("negative entry added")
        << QStringList{QStringLiteral(
               "INSERT INTO audit_log SELECT -1, time, actor, action, subject, details, prev_hash, "
               "hash FROM audit_log WHERE seq = 1")}
        << qint64(-1) << QStringLiteral("invalid sequence number");
}

void TestAuditLog::tamperingIsFoundAtTheFirstBadEntry()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBadSeq);
    QFETCH(QString, problem);

    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 5));
    QVERIFY(f.log.verify().ok);
    {
        OutOfBand attacker(f.catalog.path());
        QVERIFY2(attacker.ok(), qPrintable(attacker.error()));
        for (const QString& sql : std::as_const(statements))
            QVERIFY2(attacker.exec(sql), qPrintable(attacker.error()));
    }
    const AuditLog::Verification v = f.log.verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, firstBadSeq);
    QVERIFY2(v.problem.contains(problem), qPrintable(v.problem));
}

void TestAuditLog::forgedEntryInsertedInTheMiddleIsFound()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 5));
    {
        OutOfBand attacker(f.catalog.path());
        QVERIFY2(attacker.ok(), qPrintable(attacker.error()));
        // Make room at 3 (two steps, as the primary key is checked row by row) and insert an
        // entry correctly chained to entry 2.
        QVERIFY(
            attacker.exec(QStringLiteral("UPDATE audit_log SET seq = -(seq + 1) WHERE seq >= 3")));
        QVERIFY(attacker.exec(QStringLiteral("UPDATE audit_log SET seq = -seq WHERE seq < 0")));
        const QString hash2 = attacker.row(2).value(7).toString();
        QVERIFY(!attacker.forge(3, hash2, {{QStringLiteral("approved"), true}}).isEmpty());
    }
    const AuditLog::Verification v = f.log.verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.entries, 6);
    // The forged entry itself is well formed; the old entry 3 after it no longer links.
    QCOMPARE(v.firstBadSeq, 4);
    QVERIFY2(v.problem.contains(QLatin1String("Entry 4 does not follow entry 3")),
             qPrintable(v.problem));
}

void TestAuditLog::rewrittenChainIsFoundOnlyThroughTheAnchor()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 5));
    {
        // Edit entry 2 and recompute every hash after it: the chain alone is consistent again.
        OutOfBand attacker(f.catalog.path());
        QVERIFY2(attacker.ok(), qPrintable(attacker.error()));
        QString prev = attacker.row(1).value(7).toString();
        for (qint64 seq = 2; seq <= 5; ++seq) {
            const QVariantList r = attacker.row(seq);
            QJsonObject details = QJsonDocument::fromJson(r[5].toString().toUtf8()).object();
            if (seq == 2)
                details.insert(QStringLiteral("i"), 99);
            const QString hash = sha256Hex(
                prev.toLatin1() + documentedContent(seq, r[1].toString(), r[2].toString(),
                                                    r[3].toString(), r[4].toString(), details));
            QVERIFY(attacker.exec(
                QStringLiteral(
                    "UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?"),
                {QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), prev,
                 hash, seq}));
            prev = hash;
        }
    }
    const AuditLog::Verification v = f.log.verify();
    QVERIFY(!v.ok);
    // The anchor knows only the newest entry, so the break is reported there.
    QCOMPARE(v.firstBadSeq, 5);
    QVERIFY2(v.problem.contains(QLatin1String("Entry 5 does not match the audit log anchor")),
             qPrintable(v.problem));

    // Limitation: without the anchor file a consistently rewritten chain cannot be told apart.
    QVERIFY(QFile::remove(f.anchorPath()));
    const AuditLog::Verification unanchored = f.log.verify();
    QVERIFY2(unanchored.ok, qPrintable(unanchored.problem));
    QCOMPARE(f.log.entries().value(1).details.value(QStringLiteral("i")).toInt(), 99);
}

void TestAuditLog::forgedNewestEntryIsNotFound()
{
    // Limitations, stated as tests so a change in behaviour is noticed: an entry appended
    // after the anchored one with a correct chain is indistinguishable from an entry whose
    // anchor update has not happened yet; and removing the newest entries together with the
    // anchor file leaves nothing to compare against.
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 5));
    {
        OutOfBand attacker(f.catalog.path());
        QVERIFY2(attacker.ok(), qPrintable(attacker.error()));
        QVERIFY(!attacker.forge(6, f.log.entries().value(4).hash, {}).isEmpty());
    }
    AuditLog::Verification v = f.log.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, 6);

    // A forged tail with a wrong link is found, though.
    {
        OutOfBand attacker(f.catalog.path());
        QVERIFY2(attacker.ok(), qPrintable(attacker.error()));
        QVERIFY(!attacker.forge(7, kZeros, {}).isEmpty());
    }
    v = f.log.verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 7);

    Fixture g;
    QVERIFY2(g.opened, qPrintable(g.openError));
    QVERIFY(appendEntries(g.log, 5));
    {
        OutOfBand attacker(g.catalog.path());
        QVERIFY2(attacker.ok(), qPrintable(attacker.error()));
        QVERIFY(attacker.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 4")));
    }
    QVERIFY(!g.log.verify().ok);
    QVERIFY(QFile::remove(g.anchorPath()));
    const AuditLog::Verification truncated = g.log.verify();
    QVERIFY2(truncated.ok, qPrintable(truncated.problem));
    QCOMPARE(truncated.entries, 3);
}

void TestAuditLog::missingAnchorIsAcceptedAndUnreadableAnchorIsReported()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 3));
    QVERIFY(QFile::remove(f.anchorPath()));
    AuditLog::Verification v = f.log.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, 3);

    // The next anchor() starts a new one at the newest entry.
    QVERIFY(f.log.anchor());
    QCOMPARE(readAnchor(f.anchorPath()).value(QStringLiteral("seq")).toInteger(), 3);

    QFile file(f.anchorPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("not json");
    file.close();
    v = f.log.verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 4);
    QVERIFY2(v.problem.contains(f.anchorPath()), qPrintable(v.problem));

    // ... and is not overwritten, so the evidence stays until someone looks.
    QString error;
    QVERIFY(!f.log.anchor(&error));
    QVERIFY2(error.contains(f.anchorPath()), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not json"));
}

void TestAuditLog::anchorNeverMovesBackOrOverChangedEntries()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 3));
    const QString hash3 = f.log.entries().value(2).hash;
    {
        OutOfBand attacker(f.catalog.path());
        QVERIFY2(attacker.ok(), qPrintable(attacker.error()));
        QVERIFY(attacker.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    }
    QString error;
    QVERIFY(!f.log.anchor(&error));
    QVERIFY2(error.contains(QLatin1String("entries were removed")), qPrintable(error));

    // A new entry takes number 3 again; the entry is written, but the anchor keeps the old
    // entry 3, and verify() keeps reporting the replacement.
    QVERIFY(!f.log.append(QStringLiteral("test.step"), QStringLiteral("after"), {}, &error));
    QVERIFY2(error.contains(QLatin1String("Audit entry 3 was recorded")), qPrintable(error));
    QCOMPARE(f.log.entries().size(), 3);
    QVERIFY(!f.log.append(QStringLiteral("test.step"), QStringLiteral("later"), {}, &error));
    QCOMPARE(f.log.entries().size(), 4);
    const QJsonObject anchor = readAnchor(f.anchorPath());
    QCOMPARE(anchor.value(QStringLiteral("seq")).toInteger(), 3);
    QCOMPARE(anchor.value(QStringLiteral("hash")).toString(), hash3);
    const AuditLog::Verification v = f.log.verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 3);
}

void TestAuditLog::rolledBackCallerTransactionLeavesNoEntry()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 2));
    {
        SqlTransaction tx(f.catalog.database());
        QVERIFY(tx.isOpen());
        QString error;
        QVERIFY2(
            f.log.append(QStringLiteral("consent.edit"), QStringLiteral("sample-1"), {}, &error),
            qPrintable(error));
        QCOMPARE(f.log.entries().size(), 3); // visible inside the transaction
        // The anchor records committed entries only.
        QVERIFY(!f.log.anchor(&error));
        QVERIFY2(error.contains(QLatin1String("committed")), qPrintable(error));
        QCOMPARE(readAnchor(f.anchorPath()).value(QStringLiteral("seq")).toInteger(), 2);
    } // rolled back
    QCOMPARE(f.log.entries().size(), 2);
    const AuditLog::Verification v = f.log.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, 2);
    QCOMPARE(readAnchor(f.anchorPath()).value(QStringLiteral("seq")).toInteger(), 2);

    // The connection is usable afterwards and the chain continues from entry 2.
    QVERIFY(appendEntries(f.log, 1, 3));
    QCOMPARE(f.log.entries().value(2).prevHash, f.log.entries().value(1).hash);
    QVERIFY(f.log.verify().ok);
}

void TestAuditLog::committedCallerTransactionIsAnchoredAfterwards()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 2));
    {
        SqlTransaction tx(f.catalog.database());
        QString error;
        QVERIFY2(
            f.log.append(QStringLiteral("consent.import"), QStringLiteral("a.csv"), {}, &error),
            qPrintable(error));
        QVERIFY2(
            f.log.append(QStringLiteral("consent.import"), QStringLiteral("b.csv"), {}, &error),
            qPrintable(error));
        QVERIFY2(tx.commit(&error), qPrintable(error));
    }
    // The entries committed with the caller; the anchor waits for anchor().
    QCOMPARE(readAnchor(f.anchorPath()).value(QStringLiteral("seq")).toInteger(), 2);
    QVERIFY(f.log.verify().ok);
    QString error;
    QVERIFY2(f.log.anchor(&error), qPrintable(error));
    const QJsonObject anchor = readAnchor(f.anchorPath());
    QCOMPARE(anchor.value(QStringLiteral("seq")).toInteger(), 4);
    QCOMPARE(anchor.value(QStringLiteral("hash")).toString(), f.log.entries().value(3).hash);
    QVERIFY(f.log.verify().ok);
}

void TestAuditLog::concurrentAppendsFormOneChain()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    constexpr int kWriters = 4;
    constexpr int kEach = 20;
    std::atomic<int> failures{0};
    {
        // Each pool thread has its own connection, as separate processes would.
        QThreadPool pool;
        pool.setMaxThreadCount(kWriters);
        QVector<QFuture<void>> futures;
        for (int w = 0; w < kWriters; ++w) {
            futures << QtConcurrent::run(&pool, [&f, &failures, w] {
                AuditLog log(f.catalog);
                for (int i = 0; i < kEach; ++i) {
                    QString error;
                    if (!log.append(QStringLiteral("test.concurrent"),
                                    QStringLiteral("writer-%1").arg(w), {{QStringLiteral("i"), i}},
                                    &error, QStringLiteral("Writer %1").arg(w))) {
                        qWarning("%s", qPrintable(error));
                        ++failures;
                    }
                }
            });
        }
        for (QFuture<void>& future : futures)
            future.waitForFinished();
    }
    QCOMPARE(failures.load(), 0);
    const AuditLog::Verification v = f.log.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, kWriters * kEach);
    const QJsonObject anchor = readAnchor(f.anchorPath());
    QCOMPARE(anchor.value(QStringLiteral("seq")).toInteger(), kWriters * kEach);
    QCOMPARE(anchor.value(QStringLiteral("hash")).toString(), v.headHash);
}

void TestAuditLog::exportedJsonLinesReverifyIndependently()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 4));
    QString error;
    QVERIFY2(f.log.append(QStringLiteral("consent.edit"), QStringLiteral("Ärzte"),
                          {{QStringLiteral("ratio"), 0.1}}, &error),
             qPrintable(error));
    const QString path = f.dir.filePath(QStringLiteral("audit.jsonl"));
    QVERIFY2(f.log.exportJsonLines(path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // every line ends with a newline
    QCOMPARE(lines.size(), f.log.entries().size());

    // What an auditor does: drop prev_hash and hash, hash the rest as compact JSON after
    // the previous line's hash.
    auto reverify = [](const QList<QByteArray>& jsonLines, QString* why) {
        QString prev = kZeros;
        qint64 seq = 0;
        for (const QByteArray& line : jsonLines) {
            QJsonParseError parseError;
            QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
            if (parseError.error != QJsonParseError::NoError) {
                *why = parseError.errorString();
                return false;
            }
            const QString prevHash = o.take(QStringLiteral("prev_hash")).toString();
            const QString hash = o.take(QStringLiteral("hash")).toString();
            if (o.value(QStringLiteral("seq")).toInteger() != ++seq || prevHash != prev ||
                sha256Hex(prev.toLatin1() + QJsonDocument(o).toJson(QJsonDocument::Compact)) !=
                    hash) {
                *why = QStringLiteral("line %1").arg(seq);
                return false;
            }
            prev = hash;
        }
        return true;
    };
    QString why;
    QVERIFY2(reverify(lines, &why), qPrintable(why));
    QCOMPARE(
        QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("hash")).toString(),
        f.log.verify().headHash);

    // The same check fails on an edited export.
    lines[2].replace("subject-3", "subject-X");
    QVERIFY(!reverify(lines, &why));
    QCOMPARE(why, QStringLiteral("line 3"));
}

void TestAuditLog::exportToAnUnwritablePathFails()
{
    Fixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    QVERIFY(appendEntries(f.log, 1));
    const QString path = f.dir.filePath(QStringLiteral("no/such/folder/audit.jsonl"));
    QString error;
    QVERIFY(!f.log.exportJsonLines(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_AuditLog.moc"
