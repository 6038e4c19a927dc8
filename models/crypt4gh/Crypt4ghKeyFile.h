#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "models/crypt4gh/Crypt4ghKeyPair.h"

namespace steward {

/**
 * Crypt4GH key files as the reference implementations write them. Public keys: a PEM-like
 * block holding base64 of the 32 raw bytes (or an X25519 SubjectPublicKeyInfo). Secret keys:
 * base64 of "c4gh-v1" then length-prefixed fields (KDF name, rounds + salt, cipher, nonce +
 * encrypted key, comment), protected by scrypt, bcrypt, PBKDF2-HMAC-SHA256 or nothing; also a
 * bare 32-byte key (htslib-crypt4gh) or an X25519 PKCS#8 key. The format is recognised by its
 * bytes, not by the PEM label, which differs between implementations.
 */
class Crypt4ghKeyFile final
{
    Q_DECLARE_TR_FUNCTIONS(Crypt4ghKeyFile)

public:
    enum class Kdf
    {
        None,
        Scrypt,
        Bcrypt,
        Pbkdf2HmacSha256
    };
    /** Asked only when the key is protected; a null string means none can be had. */
    using PassphraseProvider = std::function<QString()>;

    struct SecretKeyInfo
    {
        QString format; // "c4gh-v1", "raw", "pkcs8"
        Kdf kdf = Kdf::None;
        quint32 rounds = 0;
        QString comment;
        bool needsPassphrase() const { return kdf != Kdf::None; }
    };

    /** The 32 raw bytes of a public key file; the error names the file. */
    static bool readPublicKey(const QString& path, QByteArray* key, QString* error);
    /** The same for key text (pasted into the address book); origin names it in errors. */
    static bool parsePublicKey(const QByteArray& text, const QString& origin, QByteArray* key,
                               QString* error);

    /** What protects a secret key file, without asking for its passphrase. */
    static bool inspectSecretKey(const QString& path, SecretKeyInfo* info, QString* error);
    /** Reads and unlocks a secret key file; a wrong passphrase is an error naming the file. */
    static bool readSecretKey(const QString& path, const PassphraseProvider& passphrase,
                              Crypt4ghKeyPair* pair, QString* error, SecretKeyInfo* info = nullptr);
    static bool parseSecretKey(const QByteArray& text, const QString& origin,
                               const PassphraseProvider& passphrase, Crypt4ghKeyPair* pair,
                               QString* error, SecretKeyInfo* info = nullptr);

    /** "-----BEGIN CRYPT4GH PUBLIC KEY-----" block. */
    static QByteArray encodePublicKey(const QByteArray& publicKey);
    /** "-----BEGIN CRYPT4GH PRIVATE KEY-----" block in the c4gh-v1 format; an empty
     * passphrase with Kdf::None stores the key unprotected. Empty on failure. */
    static QByteArray encodeSecretKey(const Crypt4ghKeyPair& pair, const QString& passphrase,
                                      Kdf kdf, const QString& comment, QString* error);
    /**
     * Writes publicPath and secretPath (mode 0600), each to a temporary name renamed into
     * place. Refuses to replace existing files. With a non-empty passphrase the secret key is
     * protected by kdf (scrypt by default, as the reference tool does).
     */
    static bool writeKeyPair(const Crypt4ghKeyPair& pair, const QString& publicPath,
                             const QString& secretPath, const QString& passphrase, QString* error,
                             Kdf kdf = Kdf::Scrypt, const QString& comment = QString());

    static QString kdfName(Kdf kdf);
    static bool kdfFromName(const QByteArray& name, Kdf* kdf);
    /** The KDF as the reference implementation runs it (scrypt: N=2^14, r=8, p=1; rounds
     * ignored). 32 bytes; false on an OpenSSL failure or bad parameters. */
    static bool deriveKey(Kdf kdf, const QByteArray& passphrase, const QByteArray& salt,
                          quint32 rounds, QByteArray* key);
};

} // namespace steward
