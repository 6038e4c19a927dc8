#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace steward {

/**
 * An X25519 key pair as Crypt4GH uses it: 32 raw secret bytes and 32 raw public bytes, plus
 * where it came from (a file path or a name) for messages. The secret bytes are wiped when the
 * object goes away. The shared keys are libsodium's crypto_kx session keys, which Crypt4GH
 * header packets are encrypted with: BLAKE2b-512(X25519 || reader_pk || writer_pk), first 32
 * bytes.
 */
class Crypt4ghKeyPair final
{
    Q_DECLARE_TR_FUNCTIONS(Crypt4ghKeyPair)

public:
    static constexpr int kKeySize = 32;

    Crypt4ghKeyPair() = default;
    ~Crypt4ghKeyPair();
    Crypt4ghKeyPair(const Crypt4ghKeyPair& other);
    Crypt4ghKeyPair& operator=(const Crypt4ghKeyPair& other);

    /** A fresh random pair (OpenSSL's X25519 key generation). */
    static Crypt4ghKeyPair generate();
    /** The pair of a 32-byte secret; invalid when the secret is not 32 bytes. */
    static Crypt4ghKeyPair fromSecret(const QByteArray& secret, const QString& origin = QString());

    bool isValid() const { return m_public.size() == kKeySize; }
    const QByteArray& secretKey() const { return m_secret; }
    const QByteArray& publicKey() const { return m_public; }
    /** A file path or name, for messages ("the key /home/me/.c4gh/me.sec"). */
    const QString& origin() const { return m_origin; }
    void setOrigin(const QString& origin) { m_origin = origin; }
    /** How messages name the key: "SHA256:... (origin)". */
    QString description() const;

    /** The key a writer (this pair) and reader share; empty on failure (e.g. a low-order
     * public key). */
    QByteArray writerSharedKey(const QByteArray& readerPublicKey) const;
    /** The key this pair, as reader, shares with the writer of a header packet. */
    QByteArray readerSharedKey(const QByteArray& writerPublicKey) const;

    /** OpenSSH-style fingerprint of a raw public key: "SHA256:" + unpadded base64. */
    static QString fingerprint(const QByteArray& publicKey);

private:
    QByteArray dh(const QByteArray& peerPublicKey) const;

    QByteArray m_secret;
    QByteArray m_public;
    QString m_origin;
};

} // namespace steward
