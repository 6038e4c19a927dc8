#include "models/audit/AuditLog.h"


#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "models/catalog/Catalog.h"
#include "models/common/Digest.h"
#include "models/review/Reviewer.h"

namespace steward {
namespace {

const char* const kColumns = "seq, time, actor, action, subject, details, prev_hash, hash";

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

/** "2026-11-24T20:41:03.123Z": the form stored in the catalog and hashed. */
QString formatTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/** Invalid unless text is exactly in the stored form, so parsing and formatting round-trip. */
QDateTime parseTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || formatTime(time) != text)
        return QDateTime();
    return time.toUTC();
}

bool parseDetails(const QString& text, QJsonObject* details)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *details = doc.object();
    return true;
}

QByteArray detailsText(const QJsonObject& details)
{
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

/** The content hashed after the previous hash, from the time exactly as stored. */
QByteArray canonical(qint64 seq, const QString& time, const QString& actor, const QString& action,
                     const QString& subject, const QJsonObject& details)
{
    const QJsonObject o{{QStringLiteral("seq"), seq},         {QStringLiteral("time"), time},
                        {QStringLiteral("actor"), actor},     {QStringLiteral("action"), action},
                        {QStringLiteral("subject"), subject}, {QStringLiteral("details"), details}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** Lower-case hex SHA-256 of the previous hash's 64 ASCII characters and the content. */
QString chainHash(const QString& prevHash, const QByteArray& content)
{
    return QString::fromLatin1(
        Digest::hash(Digest::Algorithm::Sha256, prevHash.toLatin1() + content).toHex());
}

/** One audit_log row as stored, before any interpretation. */
struct StoredRow
{
    qint64 seq = 0;
    QString time;
    QString actor;
    QString action;
    QString subject;
    QString details;
    QString prevHash;
    QString hash;
};

StoredRow readRow(const QSqlQuery& q)
{
    StoredRow r;
    r.seq = q.value(0).toLongLong();
    r.time = q.value(1).toString();
    r.actor = q.value(2).toString();
    r.action = q.value(3).toString();
    r.subject = q.value(4).toString();
    r.details = q.value(5).toString();
    r.prevHash = q.value(6).toString();
    r.hash = q.value(7).toString();
    return r;
}

AuditEntry toEntry(const StoredRow& r)
{
    AuditEntry e;
    e.seq = r.seq;
    e.time = parseTime(r.time);
    e.actor = r.actor;
    e.action = r.action;
    e.subject = r.subject;
    parseDetails(r.details, &e.details);
    e.prevHash = r.prevHash;
    e.hash = r.hash;
    return e;
}

/** The export form: the time as stored, so an auditor re-hashes exactly what was hashed. */
QJsonObject exportJson(const StoredRow& r)
{
    QJsonObject details;
    const QJsonValue detailsValue =
        parseDetails(r.details, &details) ? QJsonValue(details) : QJsonValue(r.details);
    return {{QStringLiteral("seq"), r.seq},
            {QStringLiteral("time"), r.time},
            {QStringLiteral("actor"), r.actor},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("subject"), r.subject},
            {QStringLiteral("details"), detailsValue},
            {QStringLiteral("prev_hash"), r.prevHash},
            {QStringLiteral("hash"), r.hash}};
}

enum class Begin
{
    Started,              // this call opened the transaction and must end it
    InCallersTransaction, // the connection is already inside a transaction
    Failed
};

/**
 * BEGIN IMMEDIATE takes the write lock at once, so two processes cannot both read the same
 * newest entry. SQLite refuses a BEGIN inside an open transaction with SQLITE_ERROR (1),
 * which is how a caller's transaction is recognised without linking libsqlite3; a lock held
 * elsewhere is SQLITE_BUSY (5), a read-only file SQLITE_READONLY (8), and so on.
 */
Begin beginImmediate(const QSqlDatabase& db, QString* failure)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Begin::Started;
    const QSqlError e = q.lastError();
    if (e.nativeErrorCode() == QLatin1String("1") &&
        e.databaseText().contains(QLatin1String("within a transaction")))
        return Begin::InCallersTransaction;
    *failure = e.text();
    return Begin::Failed;
}

/** Ends a transaction this file began: rolled back unless committed. */
class OwnTransaction final
{
public:
    OwnTransaction(const QSqlDatabase& db, bool active) : m_db(db), m_active(active) {}
    ~OwnTransaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    OwnTransaction(const OwnTransaction&) = delete;
    OwnTransaction& operator=(const OwnTransaction&) = delete;

    bool active() const { return m_active; }
    bool commit(QString* failure)
    {
        m_active = false;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("COMMIT")))
            return true;
        *failure = q.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

struct Head
{
    qint64 seq = 0;
    QString hash;
};

bool readHead(const QSqlDatabase& db, Head* head, QString* failure)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        *failure = q.lastError().text();
        return false;
    }
    *head = Head();
    if (q.next()) {
        head->seq = q.value(0).toLongLong();
        head->hash = q.value(1).toString();
    }
    return true;
}

bool hashAt(const QSqlDatabase& db, qint64 seq, QString* hash, QString* failure)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec()) {
        *failure = q.lastError().text();
        return false;
    }
    *hash = q.next() ? q.value(0).toString() : QString();
    return true;
}

struct AnchorFile
{
    bool exists = false;
    bool valid = false;
    qint64 seq = 0;
    QString hash;
};

bool isHexHash(const QString& s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

AnchorFile readAnchor(const QString& path)
{
    AnchorFile a;
    QFile file(path);
    if (!file.exists())
        return a;
    a.exists = true;
    if (!file.open(QIODevice::ReadOnly))
        return a;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return a;
    const QJsonObject o = doc.object();
    const QJsonValue seq = o.value(QStringLiteral("seq"));
    a.seq = seq.toInteger(-1);
    a.hash = o.value(QStringLiteral("hash")).toString();
    a.valid = seq.isDouble() && a.seq >= 0 && (a.seq == 0 || isHexHash(a.hash));
    return a;
}

} // namespace

QByteArray AuditEntry::canonicalContent() const
{
    return canonical(seq, formatTime(time), actor, action, subject, details);
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("time"), formatTime(time)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("action"), action},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("details"), details},
            {QStringLiteral("prev_hash"), prevHash},
            {QStringLiteral("hash"), hash}};
}

AuditLog::AuditLog(const Catalog& catalog) : m_catalog(catalog) {}

bool AuditLog::append(const QString& action, const QString& subject, const QJsonObject& details,
                      QString* error, const QString& actor)
{
    const QSqlDatabase db = m_catalog.database();
    QString failure;
    const Begin begin = beginImmediate(db, &failure);
    if (begin == Begin::Failed) {
        setError(error,
                 tr("Cannot write to the audit log in %1: %2").arg(m_catalog.path(), failure));
        return false;
    }
    OwnTransaction own(db, begin == Begin::Started);

    Head head;
    if (!readHead(db, &head, &failure)) {
        setError(error, tr("Cannot read the audit log in %1: %2").arg(m_catalog.path(), failure));
        return false;
    }

    AuditEntry e;
    e.seq = head.seq + 1;
    e.time = QDateTime::currentDateTimeUtc();
    e.actor = actor.isEmpty() ? currentActor() : actor;
    e.action = action;
    e.subject = subject;
    // Hash what verify() will read back: the details after one trip through JSON text.
    const QByteArray storedDetails = detailsText(details);
    parseDetails(QString::fromUtf8(storedDetails), &e.details);
    e.prevHash = head.seq > 0 ? head.hash : genesisHash();
    e.hash = chainHash(e.prevHash, e.canonicalContent());
    if (e.hash.isEmpty()) {
        setError(
            error,
            tr("Cannot compute the SHA-256 hash of audit entry %1: OpenSSL failed.").arg(e.seq));
        return false;
    }

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(e.seq);
    q.addBindValue(formatTime(e.time));
    q.addBindValue(e.actor);
    q.addBindValue(e.action);
    q.addBindValue(e.subject);
    q.addBindValue(QString::fromUtf8(storedDetails));
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    if (!q.exec()) {
        setError(error, tr("Cannot write audit entry %1 to %2: %3")
                            .arg(e.seq)
                            .arg(m_catalog.path(), q.lastError().text()));
        return false;
    }
    q.finish();

    if (!own.active())
        return true; // commits or rolls back with the caller, who anchors after the commit
    if (!own.commit(&failure)) {
        setError(
            error,
            tr("Cannot write audit entry %1 to %2: %3").arg(e.seq).arg(m_catalog.path(), failure));
        return false;
    }
    QString anchorError;
    if (!anchor(&anchorError)) {
        setError(error, tr("Audit entry %1 was recorded, but the anchor was not updated: %2")
                            .arg(e.seq)
                            .arg(anchorError));
        return false;
    }
    return true;
}

bool AuditLog::anchor(QString* error)
{
    const QString path = anchorPath(m_catalog.path());
    const QSqlDatabase db = m_catalog.database();
    QString failure;
    // The write lock serialises anchor writers across processes, so the file never goes back
    // to an older entry; nothing is written to the catalog and the transaction is rolled back.
    switch (beginImmediate(db, &failure)) {
    case Begin::Started:
        break;
    case Begin::InCallersTransaction:
        setError(error, tr("The audit log anchor %1 was not updated: it records committed entries "
                           "only, so update it after the transaction is committed.")
                            .arg(path));
        return false;
    case Begin::Failed:
        setError(error, tr("Cannot update the audit log anchor %1: %2").arg(path, failure));
        return false;
    }
    OwnTransaction lock(db, true);

    Head head;
    if (!readHead(db, &head, &failure)) {
        setError(error, tr("Cannot read the audit log in %1: %2").arg(m_catalog.path(), failure));
        return false;
    }
    const AnchorFile current = readAnchor(path);
    if (current.exists) {
        if (!current.valid) {
            setError(error, tr("The audit log anchor %1 cannot be read, so it was left as it is. "
                               "Check the audit log, then remove the file to start a new anchor.")
                                .arg(path));
            return false;
        }
        if (head.seq < current.seq) {
            setError(error, tr("The audit log ends at entry %1, but its anchor %2 records entry "
                               "%3: entries were removed. The anchor was left as it is.")
                                .arg(head.seq)
                                .arg(path)
                                .arg(current.seq));
            return false;
        }
        if (current.seq > 0) {
            QString stored;
            if (!hashAt(db, current.seq, &stored, &failure)) {
                setError(error,
                         tr("Cannot read the audit log in %1: %2").arg(m_catalog.path(), failure));
                return false;
            }
            if (stored != current.hash) {
                setError(error, tr("Entry %1 of the audit log no longer matches its anchor %2, so "
                                   "the anchor was left as it is.")
                                    .arg(current.seq)
                                    .arg(path));
                return false;
            }
        }
        if (head.seq == current.seq)
            return true;
    }
    if (head.seq == 0)
        return true; // nothing to anchor yet

    QSaveFile file(path);
    const QJsonObject o{{QStringLiteral("seq"), head.seq}, {QStringLiteral("hash"), head.hash}};
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n') < 0 || !file.commit()) {
        setError(error,
                 tr("Cannot write the audit log anchor %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    auto fail = [&v](qint64 seq, const QString& problem) {
        v.ok = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };

    // Read the anchor before the log: it is written after its entry is committed, so the
    // log read afterwards always contains the entry it records.
    const QString path = anchorPath(m_catalog.path());
    const AnchorFile anchorFile = readAnchor(path);

    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)))) {
        v.ok = false;
        v.problem =
            tr("Cannot read the audit log in %1: %2").arg(m_catalog.path(), q.lastError().text());
        return v;
    }

    qint64 expected = 1;
    QString prev = genesisHash();
    QString hashAtAnchor;
    while (q.next()) {
        const StoredRow r = readRow(q);
        ++v.entries;
        v.headHash = r.hash;
        if (!v.ok)
            continue; // count the rest; the first break is what matters
        if (r.seq != expected) {
            if (r.seq < expected)
                fail(r.seq,
                     tr("Entry %1 has an invalid sequence number: the log starts at entry 1.")
                         .arg(r.seq));
            else if (expected == 1)
                fail(expected, tr("Entry 1 is missing: the log starts at entry %1.").arg(r.seq));
            else
                fail(expected, tr("Entry %1 is missing: the log goes from entry %2 to entry %3.")
                                   .arg(expected)
                                   .arg(expected - 1)
                                   .arg(r.seq));
            continue;
        }
        QJsonObject details;
        if (r.prevHash != prev) {
            if (r.seq == 1)
                fail(r.seq, tr("Entry 1 does not start the chain: its previous hash should be 64 "
                               "zeros."));
            else
                fail(r.seq, tr("Entry %1 does not follow entry %2: the previous hash it records is "
                               "not the hash of entry %2. Entries were inserted, removed or "
                               "reordered here.")
                                .arg(r.seq)
                                .arg(r.seq - 1));
        } else if (!parseDetails(r.details, &details)) {
            fail(r.seq,
                 tr("Entry %1 was changed after it was written: its details are not a JSON object.")
                     .arg(r.seq));
        } else if (chainHash(prev, canonical(r.seq, r.time, r.actor, r.action, r.subject,
                                             details)) != r.hash) {
            fail(r.seq, tr("Entry %1 was changed after it was written: its content no longer "
                           "matches its hash.")
                            .arg(r.seq));
        } else if (!parseTime(r.time).isValid()) {
            fail(r.seq, tr("Entry %1 has a time that is not in the audit log's format: %2.")
                            .arg(r.seq)
                            .arg(r.time));
        }
        if (r.seq == anchorFile.seq)
            hashAtAnchor = r.hash;
        prev = r.hash;
        ++expected;
    }
    if (!v.ok || !anchorFile.exists)
        return v; // without an anchor the chain alone is all there is to check

    const qint64 last = expected - 1;
    if (!anchorFile.valid) {
        fail(last + 1, tr("The audit log anchor %1 cannot be read, so removal of the newest "
                          "entries cannot be ruled out.")
                           .arg(path));
    } else if (anchorFile.seq > last) {
        if (last == 0)
            fail(1, tr("The audit log is empty, but its anchor %1 records entries up to entry %2: "
                       "all entries were removed.")
                        .arg(path)
                        .arg(anchorFile.seq));
        else if (anchorFile.seq == last + 1)
            fail(last + 1, tr("Entry %1 was removed from the end of the audit log: its anchor "
                              "records it, but the log ends at entry %2.")
                               .arg(last + 1)
                               .arg(last));
        else
            fail(last + 1, tr("Entries %1 to %2 were removed from the end of the audit log: its "
                              "anchor records entry %2, but the log ends at entry %3.")
                               .arg(last + 1)
                               .arg(anchorFile.seq)
                               .arg(last));
    } else if (anchorFile.seq > 0 && hashAtAnchor != anchorFile.hash) {
        fail(anchorFile.seq, tr("Entry %1 does not match the audit log anchor: the log up to this "
                                "entry was rewritten after the anchor was written.")
                                 .arg(anchorFile.seq));
    }
    return v;
}

QVector<AuditEntry> AuditLog::entries(qint64 fromSeq, int limit) const
{
    QVector<AuditEntry> list;
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(fromSeq);
    q.addBindValue(limit < 0 ? qint64(-1) : qint64(limit));
    if (!q.exec())
        return list;
    while (q.next())
        list.push_back(toEntry(readRow(q)));
    return list;
}

bool AuditLog::exportJsonLines(const QString& path, QString* error) const
{
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)))) {
        setError(
            error,
            tr("Cannot read the audit log in %1: %2").arg(m_catalog.path(), q.lastError().text()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    while (q.next()) {
        const QByteArray line =
            QJsonDocument(exportJson(readRow(q))).toJson(QJsonDocument::Compact) + '\n';
        if (file.write(line) != line.size()) {
            setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
            return false;
        }
    }
    if (!file.commit()) {
        setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QString AuditLog::currentActor()
{
    return Reviewer::actor();
}

QString AuditLog::anchorPath(const QString& catalogPath)
{
    return catalogPath + QStringLiteral(".audit-head");
}

} // namespace steward
