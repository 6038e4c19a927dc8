#include "models/transfer/RepositoryStore.h"

#include <QJsonDocument>
#include <QDir>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSqlError>
#include <QSqlQuery>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/review/ReviewStore.h"

namespace steward {
namespace {

const char* kColumns = "id, name, kind, settings, data_use, declared_at, updated_at";

Repository fromQuery(const QSqlQuery& q)
{
    Repository r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.settings = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    r.dataUse = q.value(4).toString();
    r.declaredAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return r;
}

QJsonObject auditJson(const Repository& r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("settings"), r.settings},
            {QStringLiteral("data_use"), r.dataUse}};
}

} // namespace

RepositoryStore::RepositoryStore(const Catalog& catalog) : m_catalog(catalog) {}

QVector<Repository> RepositoryStore::repositories() const
{
    QVector<Repository> list;
    QSqlQuery q(m_catalog.database());
    q.exec(QStringLiteral("SELECT %1 FROM repositories ORDER BY name COLLATE NOCASE")
               .arg(QLatin1String(kColumns)));
    while (q.next())
        list.push_back(fromQuery(q));
    return list;
}

std::optional<Repository> RepositoryStore::repository(qint64 id) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM repositories WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Repository> RepositoryStore::repository(const QString& name) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM repositories WHERE name = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool RepositoryStore::declare(const QString& name, const QString& dataUse, QString* error,
                              qint64* id)
{
    Repository r;
    if (const std::optional<Repository> existing = repository(name))
        r = *existing;
    r.name = name;
    r.dataUse = dataUse;
    if (!save(r, error))
        return false;
    if (id)
        *id = r.id;
    return true;
}

QString RepositoryStore::settingsProblem(const Repository& r)
{
    const QString caFile = r.settings.value(QStringLiteral("ca_file")).toString();
    if (!caFile.isEmpty() && QSslCertificate::fromPath(caFile, QSsl::Pem).isEmpty())
        return tr("Repository %1: %2 holds no PEM certificate (give the certificate "
                  "authority's certificate, -----BEGIN CERTIFICATE-----)")
            .arg(r.name, caFile);
    return QString();
}

bool RepositoryStore::save(Repository& r, QString* error)
{
    if (r.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A repository needs a name.");
        return false;
    }
    if (const QString problem = settingsProblem(r); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const std::optional<Repository> before = r.id > 0 ? repository(r.id) : repository(r.name);
    if (before)
        r.id = before->id;
    {
        SqlTransaction tx(m_catalog.database());
        QSqlQuery q(m_catalog.database());
        const QString settings =
            QString::fromUtf8(QJsonDocument(r.settings).toJson(QJsonDocument::Compact));
        if (before) {
            q.prepare(QStringLiteral("UPDATE repositories SET name = ?, kind = ?, settings = ?, "
                                     "data_use = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(r.name);
            q.addBindValue(r.kind);
            q.addBindValue(settings);
            q.addBindValue(r.dataUse.isNull() ? QStringLiteral("") : r.dataUse);
            q.addBindValue(catalogTimestamp());
            q.addBindValue(r.id);
        } else {
            q.prepare(QStringLiteral("INSERT INTO repositories (name, kind, settings, data_use, "
                                     "declared_at, updated_at) VALUES (?,?,?,?,?,?)"));
            q.addBindValue(r.name);
            q.addBindValue(r.kind);
            q.addBindValue(settings);
            q.addBindValue(r.dataUse.isNull() ? QStringLiteral("") : r.dataUse);
            q.addBindValue(catalogTimestamp());
            q.addBindValue(catalogTimestamp());
        }
        if (!execQuery(q, error))
            return false;
        if (!before)
            r.id = q.lastInsertId().toLongLong();
        QJsonObject details{{QStringLiteral("after"), auditJson(r)}};
        if (before)
            details.insert(QStringLiteral("before"), auditJson(*before));
        AuditLog log(m_catalog);
        if (!log.append(before ? QStringLiteral("repository.update")
                               : QStringLiteral("repository.declare"),
                        QStringLiteral("repository:") + r.name, details, error))
            return false;
        if (!tx.commit(error))
            return false;
        log.anchor();
    }
    return ReviewStore(m_catalog).refresh(error);
}

bool RepositoryStore::remove(qint64 id, QString* error)
{
    const std::optional<Repository> before = repository(id);
    if (!before)
        return true;
    SqlTransaction tx(m_catalog.database());
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("DELETE FROM repositories WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q, error))
        return false;
    AuditLog log(m_catalog);
    if (!log.append(QStringLiteral("repository.remove"),
                    QStringLiteral("repository:") + before->name,
                    {{QStringLiteral("before"), auditJson(*before)}}, error))
        return false;
    if (!tx.commit(error))
        return false;
    log.anchor();
    return true;
}

QString RepositoryStore::defaultOutboxName()
{
    return tr("Local outbox");
}

bool RepositoryStore::ensureDefaultOutbox(const QString& folder, QString* error)
{
    QSqlQuery q(m_catalog.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM repositories")) || !q.next()) {
        if (error)
            *error = tr("Cannot read the repositories: %1").arg(q.lastError().text());
        return false;
    }
    if (q.value(0).toLongLong() > 0)
        return true;
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (!QDir().mkpath(path)) {
        if (error)
            *error = tr("Cannot create the local outbox folder %1.").arg(path);
        return false;
    }
    Repository r;
    r.name = defaultOutboxName();
    r.kind = QStringLiteral("folder");
    r.settings = QJsonObject{{QStringLiteral("path"), path}};
    // The steward's own outbox declares no data use: nothing is reviewed against it, and
    // bundles pushed there stay on the workstation's side until they go somewhere real.
    r.dataUse = QString();
    return save(r, error);
}

} // namespace steward
