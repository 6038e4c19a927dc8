#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

namespace steward {

/**
 * Secrets of remote repositories (S3 secret keys, passwords, key passphrases): in the OS
 * keychain through QtKeychain, or, where no keychain service runs (headless servers, CI, or
 * STEWARD_NO_KEYCHAIN=1), in a file encrypted with a passphrase (scrypt key derivation,
 * ChaCha20-Poly1305 through OpenSSL EVP). Never in SQLite, settings, logs or arguments.
 *
 * Calls block until the keychain answers (it runs its own short event loop on the calling
 * thread), so call them from jobs or the transfer threads, not the GUI thread.
 */
class SecretStore final
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    /** Asked for the file's passphrase when STEWARD_SECRETS_PASSPHRASE is not set. */
    using PassphraseProvider = std::function<QString(bool creating)>;

    SecretStore();
    void setPassphraseProvider(PassphraseProvider provider) { m_provider = std::move(provider); }

    bool write(const QString& key, const QString& secret, QString* error);
    /** False with an error when the secret is missing or cannot be unlocked; notFound tells
     * the two apart (a missing secret may be created, a locked one must not be replaced). */
    bool read(const QString& key, QString* secret, QString* error, bool* notFound = nullptr);
    bool remove(const QString& key, QString* error);

    /** "keychain" or the path of the encrypted file, for messages. */
    QString backendName() const;
    /** $STEWARD_SECRETS_FILE, else secrets.enc in the application-data folder. */
    static QString filePath();
    /** The keychain key of a repository's secret. */
    static QString repositoryKey(const QString& repositoryName);
    /** Reads a repository's secret each time it is called (empty when none is stored). */
    static std::function<QString()> repositorySecret(const QString& repositoryName);

private:
    bool useKeychain() const;
    bool keychainWrite(const QString& key, const QString& secret, QString* error);
    bool keychainRead(const QString& key, QString* secret, QString* error, bool* notFound);
    bool keychainRemove(const QString& key, QString* error);
    bool fileLoad(QJsonObject* map, bool creating, QString* error);
    bool fileSave(const QJsonObject& map, QString* error);
    QString passphrase(bool creating, QString* error);

    PassphraseProvider m_provider;
};

} // namespace steward
