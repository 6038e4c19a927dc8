#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace steward {

/**
 * Authenticated encryption used for what Steward keeps secret at rest: ChaCha20-Poly1305
 * through OpenSSL EVP, with keys from scrypt when a passphrase protects the data (the secrets
 * file, an exported pseudonym mapping) or a 32-byte key held in the keychain (the pseudonym
 * mapping in the catalog).
 */
class SecretBox final
{
    Q_DECLARE_TR_FUNCTIONS(SecretBox)

public:
    static QByteArray randomBytes(int size);

    /** nonce (12 bytes) || ciphertext || tag (16 bytes); empty on an OpenSSL failure. */
    static QByteArray seal(const QByteArray& key, const QByteArray& plain,
                           const QByteArray& associatedData = QByteArray());
    /** False when the key is wrong or the data was changed. */
    static bool open(const QByteArray& key, const QByteArray& sealed, QByteArray* plain,
                     const QByteArray& associatedData = QByteArray());

    /**
     * A JSON envelope {format, kdf: scrypt, n, r, p, cipher, salt, nonce, data} holding plain
     * encrypted under a key derived from the passphrase (scrypt N=2^16, r=8, p=1: about 0.1 s
     * and 64 MiB). Empty object on an OpenSSL failure.
     */
    static QJsonObject sealWithPassphrase(const QByteArray& plain, const QString& passphrase,
                                          const QString& format);
    /** Opens an envelope; the error says whether the format or the passphrase is wrong. */
    static bool openWithPassphrase(const QJsonObject& envelope, const QString& passphrase,
                                   QByteArray* plain, QString* error);
};

} // namespace steward
