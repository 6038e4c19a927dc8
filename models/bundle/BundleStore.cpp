#include "models/bundle/BundleStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/review/Reviewer.h"

namespace steward {
namespace {

const char* const kSelect =
    "SELECT b.id, b.name, b.version, b.parent_id, b.repository_id, r.name, b.state, "
    "b.description, b.recipients, b.path, b.identifier, b.payload_oxum, b.actor, b.created_at, "
    "b.sealed_at FROM bundles b JOIN repositories r ON r.id = b.repository_id ";

BundleRecord fromQuery(const QSqlQuery& q)
{
    BundleRecord b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.version = q.value(2).toInt();
    b.parentId = q.value(3).toLongLong();
    b.repositoryId = q.value(4).toLongLong();
    b.repositoryName = q.value(5).toString();
    BundleRecord::stateFromName(q.value(6).toString(), &b.state);
    b.description = q.value(7).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(8).toByteArray()).array()) {
        const QJsonObject o = v.toObject();
        b.recipients.push_back({o.value(QStringLiteral("name")).toString(),
                                o.value(QStringLiteral("fingerprint")).toString(),
                                o.value(QStringLiteral("publicKey")).toString()});
    }
    b.path = q.value(9).toString();
    b.identifier = q.value(10).toString();
    b.payloadOxum = q.value(11).toString();
    b.actor = q.value(12).toString();
    b.createdAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    b.sealedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    return b;
}

QByteArray recipientsJson(const QVector<BundleRecipient>& recipients)
{
    QJsonArray a;
    for (const BundleRecipient& r : recipients)
        a.append(QJsonObject{{QStringLiteral("name"), r.name},
                             {QStringLiteral("fingerprint"), r.fingerprint},
                             {QStringLiteral("publicKey"), r.publicKey}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QJsonObject auditDetails(const BundleRecord& b)
{
    QJsonArray recipients;
    for (const BundleRecipient& r : b.recipients)
        recipients.append(r.fingerprint);
    return {{QStringLiteral("bundle"), b.name},
            {QStringLiteral("version"), b.version},
            {QStringLiteral("destination"), b.repositoryName},
            {QStringLiteral("datasets"), QJsonArray::fromStringList(b.datasets)},
            {QStringLiteral("recipients"), recipients}};
}

QString subject(const BundleRecord& b)
{
    return QStringLiteral("bundle:%1@v%2").arg(b.name).arg(b.version);
}

} // namespace

BundleStore::BundleStore(const Catalog& catalog) : m_catalog(catalog) {}

bool BundleStore::loadDatasets(BundleRecord* record) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT dataset_path FROM bundle_datasets WHERE bundle_id = ? "
                             "ORDER BY dataset_path"));
    q.addBindValue(record->id);
    if (!q.exec())
        return false;
    record->datasets.clear();
    while (q.next())
        record->datasets << q.value(0).toString();
    return true;
}

QVector<BundleRecord> BundleStore::bundles() const
{
    QVector<BundleRecord> list;
    QSqlQuery q(m_catalog.database());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kSelect) + QStringLiteral("ORDER BY b.name, b.version")))
        return list;
    while (q.next())
        list.push_back(fromQuery(q));
    for (BundleRecord& b : list)
        loadDatasets(&b);
    return list;
}

std::optional<BundleRecord> BundleStore::bundle(qint64 id) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE b.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    BundleRecord b = fromQuery(q);
    loadDatasets(&b);
    return b;
}

std::optional<BundleRecord> BundleStore::find(const QString& key) const
{
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    if (isId)
        return bundle(id);
    QString name = key.trimmed();
    int version = 0;
    const int v = name.lastIndexOf(QLatin1String(" v"));
    if (v > 0) {
        bool ok = false;
        const int n = name.mid(v + 2).toInt(&ok);
        if (ok) {
            version = n;
            name = name.left(v);
        }
    }
    QSqlQuery q(m_catalog.database());
    q.prepare(QLatin1String(kSelect) +
              (version > 0 ? QStringLiteral("WHERE b.name = ? AND b.version = ?")
                           : QStringLiteral("WHERE b.name = ? ORDER BY b.version DESC LIMIT 1")));
    q.addBindValue(name);
    if (version > 0)
        q.addBindValue(version);
    if (!q.exec() || !q.next())
        return std::nullopt;
    BundleRecord b = fromQuery(q);
    loadDatasets(&b);
    return b;
}

std::optional<BundleRecord> BundleStore::findByPath(const QString& path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const BundleRecord& b : bundles())
        if (!b.path.isEmpty() && QFileInfo(b.path).canonicalFilePath() == canonical &&
            !canonical.isEmpty())
            return b;
    return std::nullopt;
}

QVector<BundleFile> BundleStore::files(qint64 bundleId) const
{
    QVector<BundleFile> list;
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT bag_path, source_path, dataset_path, role, encrypted, size, "
                             "sha256, sha512 FROM bundle_files WHERE bundle_id = ? "
                             "ORDER BY bag_path"));
    q.addBindValue(bundleId);
    if (!q.exec())
        return list;
    while (q.next())
        list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toBool(), q.value(5).toLongLong(),
                        q.value(6).toString(), q.value(7).toString()});
    return list;
}

bool BundleStore::createDraft(BundleRecord& b, QString* error)
{
    if (b.name.trimmed().isEmpty()) {
        *error = tr("A bundle needs a name.");
        return false;
    }
    if (b.name.contains(QLatin1Char('/')) || b.name.contains(QLatin1Char('\\')) ||
        b.name.startsWith(QLatin1Char('.'))) {
        *error = tr("The bundle name %1 cannot be a folder name: use letters, digits, dashes.")
                     .arg(b.name);
        return false;
    }
    QSqlDatabase db = m_catalog.database();
    SqlTransaction tx(db);
    QSqlQuery q(db);
    // A name already on record makes the next version of that bundle.
    q.prepare(QStringLiteral("SELECT id, version FROM bundles WHERE name = ? "
                             "ORDER BY version DESC LIMIT 1"));
    q.addBindValue(b.name);
    if (!execQuery(q, error))
        return false;
    if (q.next() && b.version <= q.value(1).toInt()) {
        b.version = q.value(1).toInt() + 1;
        if (b.parentId <= 0)
            b.parentId = q.value(0).toLongLong();
    }
    b.state = BundleState::Draft;
    b.actor = Reviewer::actor();
    b.createdAt = QDateTime::currentDateTimeUtc();
    q.prepare(QStringLiteral("INSERT INTO bundles (name, version, parent_id, repository_id, "
                             "state, description, recipients, actor, created_at) "
                             "VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?)"));
    q.addBindValue(b.name);
    q.addBindValue(b.version);
    q.addBindValue(b.parentId > 0 ? QVariant(b.parentId) : QVariant());
    q.addBindValue(b.repositoryId);
    q.addBindValue(b.description.isNull() ? QStringLiteral("") : b.description);
    q.addBindValue(recipientsJson(b.recipients));
    q.addBindValue(b.actor);
    q.addBindValue(b.createdAt.toString(Qt::ISODateWithMs));
    if (!execQuery(q, error))
        return false;
    b.id = q.lastInsertId().toLongLong();
    for (const QString& d : std::as_const(b.datasets)) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO bundle_datasets VALUES (?, ?)"));
        q.addBindValue(b.id);
        q.addBindValue(d);
        if (!execQuery(q, error))
            return false;
    }
    if (b.repositoryName.isEmpty()) {
        q.prepare(QStringLiteral("SELECT name FROM repositories WHERE id = ?"));
        q.addBindValue(b.repositoryId);
        if (execQuery(q, error) && q.next())
            b.repositoryName = q.value(0).toString();
    }
    AuditLog audit(m_catalog);
    if (!audit.append(QStringLiteral("bundle.draft"), subject(b), auditDetails(b), error) ||
        !tx.commit(error))
        return false;
    audit.anchor();
    return true;
}

bool BundleStore::updateDraft(const BundleRecord& b, QString* error)
{
    const std::optional<BundleRecord> current = bundle(b.id);
    if (!current) {
        *error = tr("No bundle %1.").arg(b.id);
        return false;
    }
    if (current->isSealed()) {
        *error = tr("%1 is sealed and cannot change; make a new version to edit it.")
                     .arg(current->displayName());
        return false;
    }
    QSqlDatabase db = m_catalog.database();
    SqlTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE bundles SET repository_id = ?, description = ?, "
                             "recipients = ? WHERE id = ? AND state = 'draft'"));
    q.addBindValue(b.repositoryId);
    q.addBindValue(b.description.isNull() ? QStringLiteral("") : b.description);
    q.addBindValue(recipientsJson(b.recipients));
    q.addBindValue(b.id);
    if (!execQuery(q, error))
        return false;
    q.prepare(QStringLiteral("DELETE FROM bundle_datasets WHERE bundle_id = ?"));
    q.addBindValue(b.id);
    if (!execQuery(q, error))
        return false;
    for (const QString& d : b.datasets) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO bundle_datasets VALUES (?, ?)"));
        q.addBindValue(b.id);
        q.addBindValue(d);
        if (!execQuery(q, error))
            return false;
    }
    BundleRecord audited = b;
    audited.name = current->name;
    audited.version = current->version;
    AuditLog audit(m_catalog);
    if (!audit.append(QStringLiteral("bundle.edit"), subject(audited), auditDetails(audited),
                      error) ||
        !tx.commit(error))
        return false;
    audit.anchor();
    return true;
}

bool BundleStore::removeDraft(qint64 id, QString* error)
{
    const std::optional<BundleRecord> current = bundle(id);
    if (!current || current->isSealed()) {
        *error = current ? tr("%1 is sealed: sealed bundles stay on record.")
                               .arg(current->displayName())
                         : tr("No bundle %1.").arg(id);
        return false;
    }
    QSqlDatabase db = m_catalog.database();
    SqlTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM bundles WHERE id = ? AND state = 'draft'"));
    q.addBindValue(id);
    AuditLog audit(m_catalog);
    if (!execQuery(q, error) ||
        !audit.append(QStringLiteral("bundle.discard"), subject(*current),
                      auditDetails(*current), error) ||
        !tx.commit(error))
        return false;
    audit.anchor();
    return true;
}

bool BundleStore::newVersion(qint64 sealedId, BundleRecord* draft, QString* error)
{
    const std::optional<BundleRecord> sealed = bundle(sealedId);
    if (!sealed || !sealed->isSealed()) {
        *error = sealed ? tr("%1 is still a draft: edit it directly.").arg(sealed->displayName())
                        : tr("No bundle %1.").arg(sealedId);
        return false;
    }
    *draft = *sealed;
    draft->id = 0;
    draft->parentId = sealed->id;
    draft->version = sealed->version + 1;
    draft->path.clear();
    draft->identifier.clear();
    draft->payloadOxum.clear();
    return createDraft(*draft, error);
}

bool BundleStore::recordSeal(qint64 id, const QString& path, const QString& identifier,
                             const QString& payloadOxum, const QVector<BundleFile>& files,
                             QString* error)
{
    const std::optional<BundleRecord> current = bundle(id);
    if (!current || current->isSealed()) {
        *error = current ? tr("%1 is already sealed.").arg(current->displayName())
                         : tr("No bundle %1.").arg(id);
        return false;
    }
    QSqlDatabase db = m_catalog.database();
    SqlTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE bundles SET state = 'sealed', path = ?, identifier = ?, "
                             "payload_oxum = ?, sealed_at = ? WHERE id = ? AND state = 'draft'"));
    q.addBindValue(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    q.addBindValue(identifier);
    q.addBindValue(payloadOxum);
    q.addBindValue(catalogTimestamp());
    q.addBindValue(id);
    if (!execQuery(q, error))
        return false;
    QJsonArray fileList;
    for (const BundleFile& f : files) {
        q.prepare(QStringLiteral("INSERT INTO bundle_files (bundle_id, bag_path, source_path, "
                                 "dataset_path, role, encrypted, size, sha256, sha512) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(f.bagPath);
        q.addBindValue(f.sourcePath.isEmpty() ? QVariant() : QVariant(f.sourcePath));
        q.addBindValue(f.datasetPath.isEmpty() ? QVariant() : QVariant(f.datasetPath));
        q.addBindValue(f.role);
        q.addBindValue(f.encrypted ? 1 : 0);
        q.addBindValue(f.size);
        q.addBindValue(f.sha256);
        q.addBindValue(f.sha512);
        if (!execQuery(q, error))
            return false;
        fileList.append(QJsonObject{{QStringLiteral("path"), f.bagPath},
                                    {QStringLiteral("sha256"), f.sha256},
                                    {QStringLiteral("size"), QString::number(f.size)}});
    }
    QJsonObject details = auditDetails(*current);
    details.insert(QStringLiteral("identifier"), identifier);
    details.insert(QStringLiteral("path"), path);
    details.insert(QStringLiteral("payloadOxum"), payloadOxum);
    details.insert(QStringLiteral("files"), fileList);
    AuditLog audit(m_catalog);
    if (!audit.append(QStringLiteral("bundle.seal"), subject(*current), details, error) ||
        !tx.commit(error))
        return false;
    audit.anchor();
    return true;
}

bool BundleStore::setState(qint64 id, BundleState state, const QString& note, QString* error)
{
    const std::optional<BundleRecord> current = bundle(id);
    if (!current || !current->isSealed() || state == BundleState::Draft) {
        *error = current ? tr("Only a sealed bundle can be queued or delivered; %1 is a draft.")
                               .arg(current->displayName())
                         : tr("No bundle %1.").arg(id);
        return false;
    }
    if (current->state == state)
        return true;
    QSqlDatabase db = m_catalog.database();
    SqlTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE bundles SET state = ? WHERE id = ?"));
    q.addBindValue(BundleRecord::stateName(state));
    q.addBindValue(id);
    QJsonObject details = auditDetails(*current);
    details.insert(QStringLiteral("from"), BundleRecord::stateName(current->state));
    details.insert(QStringLiteral("to"), BundleRecord::stateName(state));
    if (!note.isEmpty())
        details.insert(QStringLiteral("note"), note);
    AuditLog audit(m_catalog);
    if (!execQuery(q, error) ||
        !audit.append(QStringLiteral("bundle.") + BundleRecord::stateName(state),
                      subject(*current), details, error) ||
        !tx.commit(error))
        return false;
    audit.anchor();
    return true;
}

} // namespace steward
