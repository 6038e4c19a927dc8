#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

namespace steward {

class Catalog;
class SecretStore;

/** A recipient in the address book: someone files can be encrypted for. */
struct Crypt4ghRecipient
{
    qint64 id = 0;
    QString name;
    QByteArray publicKey; // 32 raw bytes
    QString fingerprint;  // SHA256:...
    QString comment;
    QDateTime addedAt;
};

/** One of the user's own key pairs: the secret key stays in its protected file. */
struct Crypt4ghOwnKey
{
    qint64 id = 0;
    QString name;
    QByteArray publicKey;
    QString fingerprint;
    QString secretKeyPath;
    QString publicKeyPath;
    QString kdf; // scrypt, bcrypt, pbkdf2_hmac_sha256, none
    bool passphraseRemembered = false;
    QDateTime createdAt;
};

/**
 * Crypt4GH keys in the catalog: the address book of recipients' public keys, and the list of
 * the user's own key pairs (name, public key, path of the passphrase-protected secret-key
 * file). No secret enters the catalog: a passphrase the user asks to remember goes to the OS
 * keychain (or the encrypted secrets file) through SecretStore. Every change is an audit entry.
 */
class Crypt4ghKeyStore final
{
    Q_DECLARE_TR_FUNCTIONS(Crypt4ghKeyStore)

public:
    explicit Crypt4ghKeyStore(const Catalog& catalog);

    QVector<Crypt4ghRecipient> recipients() const;
    std::optional<Crypt4ghRecipient> recipient(qint64 id) const;
    /** By name (case-insensitive) or by fingerprint. */
    std::optional<Crypt4ghRecipient> findRecipient(const QString& nameOrFingerprint) const;
    /** Adds a key; refuses a name or key already in the book (saying under which name). */
    bool addRecipient(Crypt4ghRecipient& recipient, QString* error);
    bool removeRecipient(qint64 id, QString* error);

    /**
     * A recipient as a user names one: a public key file, else a name or fingerprint in the
     * address book, else one of the user's own key pairs (encrypting for oneself). label is the
     * name shown in reports.
     */
    bool resolveRecipient(const QString& nameOrFile, QByteArray* publicKey, QString* label,
                          QString* error) const;

    QVector<Crypt4ghOwnKey> ownKeys() const;
    std::optional<Crypt4ghOwnKey> findOwnKey(const QString& nameOrFingerprint) const;
    bool addOwnKey(Crypt4ghOwnKey& key, QString* error);
    /** Forgets the pair (and its remembered passphrase); the key files are left alone. */
    bool removeOwnKey(qint64 id, QString* error, SecretStore* secrets = nullptr);

    /** Keeps the passphrase in the secret store and marks the key as remembered. */
    bool rememberPassphrase(const Crypt4ghOwnKey& key, const QString& passphrase,
                            SecretStore& secrets, QString* error);
    /** The remembered passphrase; false (notFound set) when none is kept. */
    bool recallPassphrase(const Crypt4ghOwnKey& key, SecretStore& secrets, QString* passphrase,
                          QString* error, bool* notFound = nullptr) const;
    bool forgetPassphrase(const Crypt4ghOwnKey& key, SecretStore& secrets, QString* error);

    /** "steward/crypt4gh/<fingerprint>": where a key's passphrase is kept. */
    static QString secretKeyFor(const QString& fingerprint);

private:
    bool setRemembered(qint64 id, bool remembered, QString* error);

    const Catalog& m_catalog;
};

} // namespace steward
