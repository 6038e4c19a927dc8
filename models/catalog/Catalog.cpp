#include "models/catalog/Catalog.h"

#include <atomic>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <QThreadStorage>

#include "models/catalog/SqlScript.h"

namespace steward {
namespace {

std::atomic<quint64> g_nextCatalogId{1};

/** Removes this thread's connections when the thread ends. */
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString& name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};
QThreadStorage<ThreadConnections*> g_threadConnections;

struct Migration
{
    int version;
    QString resource;
};

QVector<Migration> migrations()
{
    QVector<Migration> list;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QStringList names = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            list.push_back({match.captured(1).toInt(), QStringLiteral(":/sql/") + name});
    }
    return list;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

Catalog::Catalog(const QString& path) : m_path(path), m_id(g_nextCatalogId++) {}

Catalog::~Catalog()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        if (g_threadConnections.hasLocalData())
            g_threadConnections.localData()->names.removeAll(name);
        QSqlDatabase::removeDatabase(name);
    }
}

QString Catalog::resolvePath(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return QFileInfo(commandLinePath).absoluteFilePath();
    const QString env = qEnvironmentVariable("STEWARD_CATALOG");
    if (!env.isEmpty())
        return QFileInfo(env).absoluteFilePath();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("catalog.sqlite"));
}

QString Catalog::connectionName() const
{
    return QStringLiteral("steward-catalog-%1-%2")
        .arg(m_id)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Catalog::database() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    if (!g_threadConnections.hasLocalData())
        g_threadConnections.setLocalData(new ThreadConnections);
    g_threadConnections.localData()->names.append(name);
    return db;
}

bool Catalog::open(QString* error)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Catalog",
                                                 "Cannot create the folder %1 for the catalog.")
                         .arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        if (error)
            *error = QCoreApplication::translate("Catalog", "Cannot open the catalog %1: %2")
                         .arg(m_path, db.lastError().text());
        return false;
    }
    return migrate(db, error);
}

int Catalog::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Catalog::latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.back().version;
}

bool Catalog::migrate(QSqlDatabase& db, QString* error)
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        if (error)
            *error = QCoreApplication::translate(
                         "Catalog",
                         "The catalog %1 has schema version %2, newer than this Steward "
                         "understands (%3). Use a newer Steward or another catalog (--catalog).")
                         .arg(m_path)
                         .arg(current)
                         .arg(latestSchemaVersion());
        return false;
    }
    for (const Migration& m : migrations()) {
        if (m.version <= current)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("Missing migration %1").arg(m.resource);
            return false;
        }
        const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
        // Each migration is one transaction: a kill mid-way leaves the previous version.
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QString failure;
        bool ok = true;
        for (const QString& statement : statements) {
            if (!exec(db, statement, &failure)) {
                ok = false;
                failure = QCoreApplication::translate("Catalog", "Migration %1 failed: %2\n%3")
                              .arg(m.version)
                              .arg(failure, statement.left(200));
                break;
            }
        }
        if (ok)
            ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version), &failure);
        if (!ok || !db.commit()) {
            db.rollback();
            if (error)
                *error = failure.isEmpty() ? db.lastError().text() : failure;
            return false;
        }
    }
    return true;
}

} // namespace steward
