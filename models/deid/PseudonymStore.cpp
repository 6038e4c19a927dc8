#include "models/deid/PseudonymStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/common/SecretBox.h"
#include "models/deid/Pseudonymizer.h"
#include "models/transfer/SecretStore.h"

namespace steward {
namespace {

const QString kExportFormat = QStringLiteral("steward-pseudonyms-1");

} // namespace

QString PseudonymStore::secretName()
{
    return QStringLiteral("steward/pseudonymisation-key");
}

bool PseudonymStore::workstationKey(QByteArray* key, QString* error,
                                    const std::function<QString(bool)>& askPassphrase)
{
    SecretStore secrets;
    if (askPassphrase)
        secrets.setPassphraseProvider(askPassphrase);
    QString stored;
    bool notFound = false;
    QString readError;
    if (secrets.read(secretName(), &stored, &readError, &notFound)) {
        *key = QByteArray::fromBase64(stored.toLatin1());
        if (key->size() == 32)
            return true;
        *error = tr("The pseudonymisation key in %1 is damaged (expected 32 bytes).")
                     .arg(secrets.backendName());
        return false;
    }
    if (!notFound) {
        *error = tr("Cannot read the pseudonymisation key from %1: %2")
                     .arg(secrets.backendName(), readError);
        return false;
    }
    const QByteArray fresh = SecretBox::randomBytes(32);
    QString writeError;
    if (!secrets.write(secretName(), QString::fromLatin1(fresh.toBase64()), &writeError)) {
        *error = tr("Cannot store a new pseudonymisation key in %1: %2")
                     .arg(secrets.backendName(), writeError);
        return false;
    }
    *key = fresh;
    return true;
}

PseudonymStore::PseudonymStore(const Catalog& catalog, QByteArray key)
    : m_catalog(catalog), m_key(std::move(key))
{
    m_sealKey = Pseudonymizer(m_key).mac("mapping-seal", QByteArray());
}

QString PseudonymStore::originalMac(const QString& kind, const QString& original) const
{
    return QString::fromLatin1(
        Pseudonymizer(m_key)
            .mac("mapping-id", (kind + QLatin1Char('\0') + original).toUtf8())
            .toHex());
}

bool PseudonymStore::check(const QString& kind, const QHash<QString, QString>& mapping,
                           QString* error) const
{
    QHash<QString, QString> originalOf; // pseudonym -> original in this batch
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const auto seen = originalOf.constFind(it.value());
        if (seen != originalOf.cend() && *seen != it.key()) {
            *error = tr("Pseudonym collision: %1 and %2 would both become %3. Lengthen the "
                        "profile's pseudonyms (samples.length) and run again.")
                         .arg(*seen, it.key(), it.value());
            return false;
        }
        originalOf.insert(it.value(), it.key());
    }
    QSqlQuery q(m_catalog.database());
    q.prepare(
        QStringLiteral("SELECT original_mac FROM pseudonyms WHERE kind = ? AND pseudonym = ?"));
    for (auto it = originalOf.cbegin(); it != originalOf.cend(); ++it) {
        q.addBindValue(kind);
        q.addBindValue(it.key());
        if (!execQuery(q, error))
            return false;
        if (q.next() && q.value(0).toString() != originalMac(kind, it.value())) {
            *error = tr("Pseudonym collision: %1 would become %2, which already stands for "
                        "another %3 on this workstation. Lengthen the profile's pseudonyms "
                        "(samples.length) and run again.")
                         .arg(it.value(), it.key(), kind);
            return false;
        }
    }
    return true;
}

bool PseudonymStore::record(const QString& kind, const QHash<QString, QString>& mapping,
                            qint64 runId, QString* error)
{
    if (!check(kind, mapping, error))
        return false;
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO pseudonyms (kind, pseudonym, original_mac, "
                             "sealed_original, first_run_id, created_at) VALUES (?,?,?,?,?,?)"));
    const QString stamp = catalogTimestamp();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const QByteArray sealed =
            SecretBox::seal(m_sealKey, it.key().toUtf8(), (kind + it.value()).toUtf8());
        if (sealed.isEmpty()) {
            *error = tr("Encrypting the pseudonym mapping failed (OpenSSL).");
            return false;
        }
        q.addBindValue(kind);
        q.addBindValue(it.value());
        q.addBindValue(originalMac(kind, it.key()));
        q.addBindValue(sealed);
        q.addBindValue(runId > 0 ? QVariant(runId) : QVariant());
        q.addBindValue(stamp);
        if (!execQuery(q, error))
            return false;
    }
    return true;
}

bool PseudonymStore::entries(QVector<Entry>* entries, QString* error) const
{
    entries->clear();
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT kind, pseudonym, sealed_original, first_run_id, created_at "
                             "FROM pseudonyms ORDER BY kind, pseudonym"));
    if (!execQuery(q, error))
        return false;
    while (q.next()) {
        Entry e;
        e.kind = q.value(0).toString();
        e.pseudonym = q.value(1).toString();
        QByteArray plain;
        if (!SecretBox::open(m_sealKey, q.value(2).toByteArray(), &plain,
                             (e.kind + e.pseudonym).toUtf8())) {
            *error = tr("The mapping of %1 does not decrypt with this workstation's key: the "
                        "catalog was made with another key or was changed.")
                         .arg(e.pseudonym);
            return false;
        }
        e.original = QString::fromUtf8(plain);
        e.firstRunId = q.value(3).toLongLong();
        e.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        entries->push_back(e);
    }
    return true;
}

bool PseudonymStore::exportEncrypted(const QString& path, const QString& passphrase,
                                     QString* error) const
{
    if (passphrase.size() < 8) {
        *error = tr("The export passphrase must have at least 8 characters.");
        return false;
    }
    QVector<Entry> list;
    if (!entries(&list, error))
        return false;
    QJsonArray rows;
    for (const Entry& e : list)
        rows.append(QJsonObject{{QStringLiteral("kind"), e.kind},
                                {QStringLiteral("pseudonym"), e.pseudonym},
                                {QStringLiteral("original"), e.original},
                                {QStringLiteral("created"), e.createdAt.toString(Qt::ISODate)}});
    const QJsonObject plain{{QStringLiteral("exported"), catalogTimestamp()}, {QStringLiteral("entries"), rows}};
    const QJsonObject envelope = SecretBox::sealWithPassphrase(
        QJsonDocument(plain).toJson(QJsonDocument::Compact), passphrase, kExportFormat);
    if (envelope.isEmpty()) {
        *error = tr("Encrypting the pseudonym mapping failed (OpenSSL).");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(envelope).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PseudonymStore::readExport(const QString& path, const QString& passphrase,
                                QVector<Entry>* entries, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonObject envelope = QJsonDocument::fromJson(file.read(64 << 20)).object();
    if (envelope.value(QStringLiteral("format")).toString() != kExportFormat) {
        *error = tr("%1 is not a Steward pseudonym export.").arg(path);
        return false;
    }
    QByteArray plain;
    QString why;
    if (!SecretBox::openWithPassphrase(envelope, passphrase, &plain, &why)) {
        *error = tr("Cannot open %1: %2").arg(path, why);
        return false;
    }
    entries->clear();
    const QJsonArray rows =
        QJsonDocument::fromJson(plain).object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.kind = o.value(QStringLiteral("kind")).toString();
        e.pseudonym = o.value(QStringLiteral("pseudonym")).toString();
        e.original = o.value(QStringLiteral("original")).toString();
        e.createdAt =
            QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        entries->push_back(e);
    }
    return true;
}

} // namespace steward
