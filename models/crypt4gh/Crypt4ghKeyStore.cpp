#include "models/crypt4gh/Crypt4ghKeyStore.h"

#include <QFileInfo>

#include <QSqlError>
#include <QSqlQuery>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/crypt4gh/Crypt4ghKeyFile.h"
#include "models/crypt4gh/Crypt4ghKeyPair.h"
#include "models/transfer/SecretStore.h"

namespace steward {
namespace {

const char* kRecipientColumns = "id, name, public_key, fingerprint, comment, added_at";
const char* kOwnColumns = "id, name, public_key, fingerprint, secret_key_path, public_key_path, "
                          "kdf, passphrase_remembered, created_at";

Crypt4ghRecipient recipientFrom(const QSqlQuery& q)
{
    Crypt4ghRecipient r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.publicKey = QByteArray::fromBase64(q.value(2).toString().toLatin1());
    r.fingerprint = q.value(3).toString();
    r.comment = q.value(4).toString();
    r.addedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return r;
}

Crypt4ghOwnKey ownFrom(const QSqlQuery& q)
{
    Crypt4ghOwnKey k;
    k.id = q.value(0).toLongLong();
    k.name = q.value(1).toString();
    k.publicKey = QByteArray::fromBase64(q.value(2).toString().toLatin1());
    k.fingerprint = q.value(3).toString();
    k.secretKeyPath = q.value(4).toString();
    k.publicKeyPath = q.value(5).toString();
    k.kdf = q.value(6).toString();
    k.passphraseRemembered = q.value(7).toInt() != 0;
    k.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return k;
}

bool audited(const Catalog& catalog, const QString& action, const QString& subject,
             const QJsonObject& details, const std::function<bool(QString*)>& change,
             QString* error)
{
    SqlTransaction tx(catalog.database());
    if (!change(error))
        return false;
    AuditLog log(catalog);
    if (!log.append(action, subject, details, error) || !tx.commit(error))
        return false;
    log.anchor();
    return true;
}

} // namespace

Crypt4ghKeyStore::Crypt4ghKeyStore(const Catalog& catalog) : m_catalog(catalog) {}

QString Crypt4ghKeyStore::secretKeyFor(const QString& fingerprint)
{
    return QStringLiteral("steward/crypt4gh/") + fingerprint;
}

QVector<Crypt4ghRecipient> Crypt4ghKeyStore::recipients() const
{
    QVector<Crypt4ghRecipient> list;
    QSqlQuery q(m_catalog.database());
    q.exec(QStringLiteral("SELECT %1 FROM crypt4gh_recipients ORDER BY name COLLATE NOCASE")
               .arg(QLatin1String(kRecipientColumns)));
    while (q.next())
        list.append(recipientFrom(q));
    return list;
}

std::optional<Crypt4ghRecipient> Crypt4ghKeyStore::recipient(qint64 id) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT %1 FROM crypt4gh_recipients WHERE id = ?")
                  .arg(QLatin1String(kRecipientColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return recipientFrom(q);
    return std::nullopt;
}

std::optional<Crypt4ghRecipient> Crypt4ghKeyStore::findRecipient(const QString& key) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT %1 FROM crypt4gh_recipients WHERE name = ? OR fingerprint = ?")
                  .arg(QLatin1String(kRecipientColumns)));
    q.addBindValue(key);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return recipientFrom(q);
    return std::nullopt;
}

bool Crypt4ghKeyStore::addRecipient(Crypt4ghRecipient& r, QString* error)
{
    r.name = r.name.trimmed();
    if (r.name.isEmpty()) {
        *error = tr("A recipient needs a name.");
        return false;
    }
    if (r.publicKey.size() != Crypt4ghKeyPair::kKeySize) {
        *error = tr("%1: a Crypt4GH public key is 32 bytes.").arg(r.name);
        return false;
    }
    r.fingerprint = Crypt4ghKeyPair::fingerprint(r.publicKey);
    if (const auto same = findRecipient(r.name)) {
        *error = tr("The address book already has a recipient named %1.").arg(same->name);
        return false;
    }
    if (const auto same = findRecipient(r.fingerprint)) {
        *error = tr("This key (%1) is already in the address book as %2.")
                     .arg(r.fingerprint, same->name);
        return false;
    }
    r.addedAt = QDateTime::fromString(catalogTimestamp(), Qt::ISODateWithMs);
    return audited(
        m_catalog, QStringLiteral("crypt4gh.recipient.add"), QStringLiteral("recipient:") + r.name,
        {{QStringLiteral("fingerprint"), r.fingerprint}},
        [&](QString* e) {
            QSqlQuery q(m_catalog.database());
            q.prepare(QStringLiteral("INSERT INTO crypt4gh_recipients (name, public_key, "
                                     "fingerprint, comment, added_at) VALUES (?,?,?,?,?)"));
            q.addBindValue(r.name);
            q.addBindValue(QString::fromLatin1(r.publicKey.toBase64()));
            q.addBindValue(r.fingerprint);
            q.addBindValue(nullableText(r.comment));
            q.addBindValue(r.addedAt.toString(Qt::ISODateWithMs));
            if (!execQuery(q, e))
                return false;
            r.id = q.lastInsertId().toLongLong();
            return true;
        },
        error);
}

bool Crypt4ghKeyStore::removeRecipient(qint64 id, QString* error)
{
    const std::optional<Crypt4ghRecipient> before = recipient(id);
    if (!before)
        return true;
    return audited(
        m_catalog, QStringLiteral("crypt4gh.recipient.remove"),
        QStringLiteral("recipient:") + before->name,
        {{QStringLiteral("fingerprint"), before->fingerprint}},
        [&](QString* e) {
            QSqlQuery q(m_catalog.database());
            q.prepare(QStringLiteral("DELETE FROM crypt4gh_recipients WHERE id = ?"));
            q.addBindValue(id);
            return execQuery(q, e);
        },
        error);
}

QVector<Crypt4ghOwnKey> Crypt4ghKeyStore::ownKeys() const
{
    QVector<Crypt4ghOwnKey> list;
    QSqlQuery q(m_catalog.database());
    q.exec(QStringLiteral("SELECT %1 FROM crypt4gh_own_keys ORDER BY name COLLATE NOCASE")
               .arg(QLatin1String(kOwnColumns)));
    while (q.next())
        list.append(ownFrom(q));
    return list;
}

std::optional<Crypt4ghOwnKey> Crypt4ghKeyStore::findOwnKey(const QString& key) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT %1 FROM crypt4gh_own_keys WHERE name = ? OR fingerprint = ? "
                             "OR secret_key_path = ?")
                  .arg(QLatin1String(kOwnColumns)));
    q.addBindValue(key);
    q.addBindValue(key);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return ownFrom(q);
    return std::nullopt;
}

bool Crypt4ghKeyStore::addOwnKey(Crypt4ghOwnKey& k, QString* error)
{
    k.name = k.name.trimmed();
    if (k.name.isEmpty() || k.publicKey.size() != Crypt4ghKeyPair::kKeySize ||
        k.secretKeyPath.isEmpty()) {
        *error = tr("A key pair needs a name, a 32-byte public key and its secret-key file.");
        return false;
    }
    k.fingerprint = Crypt4ghKeyPair::fingerprint(k.publicKey);
    if (const auto same = findOwnKey(k.name)) {
        *error = tr("You already have a key pair named %1.").arg(same->name);
        return false;
    }
    if (const auto same = findOwnKey(k.fingerprint)) {
        *error = tr("This key pair (%1) is already listed as %2.").arg(k.fingerprint, same->name);
        return false;
    }
    k.createdAt = QDateTime::fromString(catalogTimestamp(), Qt::ISODateWithMs);
    return audited(
        m_catalog, QStringLiteral("crypt4gh.key.add"), QStringLiteral("key:") + k.name,
        {{QStringLiteral("fingerprint"), k.fingerprint},
         {QStringLiteral("secret_key_path"), k.secretKeyPath},
         {QStringLiteral("kdf"), k.kdf}},
        [&](QString* e) {
            QSqlQuery q(m_catalog.database());
            q.prepare(QStringLiteral(
                "INSERT INTO crypt4gh_own_keys (name, public_key, fingerprint, secret_key_path, "
                "public_key_path, kdf, passphrase_remembered, created_at) "
                "VALUES (?,?,?,?,?,?,?,?)"));
            q.addBindValue(k.name);
            q.addBindValue(QString::fromLatin1(k.publicKey.toBase64()));
            q.addBindValue(k.fingerprint);
            q.addBindValue(k.secretKeyPath);
            q.addBindValue(nullableText(k.publicKeyPath));
            q.addBindValue(k.kdf);
            q.addBindValue(k.passphraseRemembered ? 1 : 0);
            q.addBindValue(k.createdAt.toString(Qt::ISODateWithMs));
            if (!execQuery(q, e))
                return false;
            k.id = q.lastInsertId().toLongLong();
            return true;
        },
        error);
}

bool Crypt4ghKeyStore::removeOwnKey(qint64 id, QString* error, SecretStore* secrets)
{
    std::optional<Crypt4ghOwnKey> before;
    for (const Crypt4ghOwnKey& k : ownKeys())
        if (k.id == id)
            before = k;
    if (!before)
        return true;
    if (before->passphraseRemembered && secrets &&
        !secrets->remove(secretKeyFor(before->fingerprint), error))
        return false;
    return audited(
        m_catalog, QStringLiteral("crypt4gh.key.remove"), QStringLiteral("key:") + before->name,
        {{QStringLiteral("fingerprint"), before->fingerprint}},
        [&](QString* e) {
            QSqlQuery q(m_catalog.database());
            q.prepare(QStringLiteral("DELETE FROM crypt4gh_own_keys WHERE id = ?"));
            q.addBindValue(id);
            return execQuery(q, e);
        },
        error);
}

bool Crypt4ghKeyStore::setRemembered(qint64 id, bool remembered, QString* error)
{
    QSqlQuery q(m_catalog.database());
    q.prepare(
        QStringLiteral("UPDATE crypt4gh_own_keys SET passphrase_remembered = ? WHERE id = ?"));
    q.addBindValue(remembered ? 1 : 0);
    q.addBindValue(id);
    return execQuery(q, error);
}

bool Crypt4ghKeyStore::rememberPassphrase(const Crypt4ghOwnKey& key, const QString& passphrase,
                                          SecretStore& secrets, QString* error)
{
    return secrets.write(secretKeyFor(key.fingerprint), passphrase, error) &&
           setRemembered(key.id, true, error);
}

bool Crypt4ghKeyStore::recallPassphrase(const Crypt4ghOwnKey& key, SecretStore& secrets,
                                        QString* passphrase, QString* error, bool* notFound) const
{
    if (notFound)
        *notFound = false;
    if (!key.passphraseRemembered) {
        if (notFound)
            *notFound = true;
        return false;
    }
    return secrets.read(secretKeyFor(key.fingerprint), passphrase, error, notFound);
}

bool Crypt4ghKeyStore::forgetPassphrase(const Crypt4ghOwnKey& key, SecretStore& secrets,
                                        QString* error)
{
    return secrets.remove(secretKeyFor(key.fingerprint), error) &&
           setRemembered(key.id, false, error);
}

bool Crypt4ghKeyStore::resolveRecipient(const QString& arg, QByteArray* key, QString* label,
                                        QString* error) const
{
    if (QFileInfo(arg).isFile()) {
        *label = arg;
        return Crypt4ghKeyFile::readPublicKey(arg, key, error);
    }
    if (const auto r = findRecipient(arg)) {
        *key = r->publicKey;
        *label = r->name;
        return true;
    }
    if (const auto own = findOwnKey(arg)) {
        *key = own->publicKey;
        *label = own->name;
        return true;
    }
    *error = tr("%1 is neither a public key file nor a name in the address book "
                "(steward keys list).")
                 .arg(arg);
    return false;
}

} // namespace steward
