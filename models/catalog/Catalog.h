#pragma once

#include <QSqlDatabase>
#include <QString>

namespace steward {

/**
 * The SQLite catalog of the user's genomic files. Owns the schema (forward migrations
 * from resources/sql, version in PRAGMA user_version) and hands each thread its own
 * connection (WAL, foreign keys on), as SQLite connections must not cross threads.
 */
class Catalog final
{
public:
    explicit Catalog(const QString& path);
    ~Catalog();
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;

    /** --catalog PATH, else $STEWARD_CATALOG, else the user's application-data folder. */
    static QString resolvePath(const QString& commandLinePath = QString());

    /** Creates the file if needed and migrates it to the latest schema. */
    bool open(QString* error);

    /** This thread's connection, opened on first use. */
    QSqlDatabase database() const;

    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    bool migrate(QSqlDatabase& db, QString* error);
    QString connectionName() const;

    QString m_path;
    quint64 m_id;
};

} // namespace steward
