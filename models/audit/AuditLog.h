#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace steward {

class Catalog;

/** One row of the audit log. */
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime time;  // UTC, millisecond precision
    QString actor;   // "Jane Doe (jdoe)"
    QString action;  // consent.import, consent.edit, review.approve, duo.import, ...
    QString subject; // what the action was about: a dataset path, a sample, a repository
    QJsonObject details;
    QString prevHash; // hex SHA-256, 64 zeros for the first entry
    QString hash;

    /** The bytes hashed after prevHash: compact JSON of seq, time, actor, action, subject,
     * details with keys sorted (QJsonDocument::Compact sorts object keys). */
    QByteArray canonicalContent() const;
    /** One JSON object per line for export. */
    QJsonObject toJson() const;
};

/**
 * The append-only, hash-chained audit log in the catalog: each entry stores
 * SHA-256(previous entry's hash || its own canonical content). SQLite triggers refuse
 * UPDATE and DELETE; edits made around them (another tool, a dropped trigger) break the
 * chain, and verify() names the first broken entry. The newest sequence number and hash are
 * also kept in a small anchor file beside the catalog, so removing the newest entries is
 * detected too.
 */
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(const Catalog& catalog);

    /**
     * Appends an entry on this thread's connection. Inside a caller's transaction the entry
     * commits or rolls back with it; call anchor() after the commit. Outside one it commits
     * at once and updates the anchor. actor defaults to currentActor().
     */
    bool append(const QString& action, const QString& subject, const QJsonObject& details,
                QString* error, const QString& actor = QString());
    /** Writes the anchor file for the newest committed entry. */
    bool anchor(QString* error = nullptr);

    struct Verification
    {
        bool ok = true;
        qint64 entries = 0;
        qint64 firstBadSeq = -1; // the entry where the chain breaks, -1 when ok
        QString problem;         // translated: what is wrong at that entry
        QString headHash;
    };
    Verification verify() const;

    QVector<AuditEntry> entries(qint64 fromSeq = 1, int limit = -1) const;
    /** JSON lines, written to a temporary name and renamed. */
    bool exportJsonLines(const QString& path, QString* error) const;

    /** The reviewer's configured name and the OS user: "Jane Doe (jdoe)". */
    static QString currentActor();
    /** Where the anchor of the catalog at catalogPath lives. */
    static QString anchorPath(const QString& catalogPath);

private:
    const Catalog& m_catalog;
};

} // namespace steward
