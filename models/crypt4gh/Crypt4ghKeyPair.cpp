#include "models/crypt4gh/Crypt4ghKeyPair.h"

#include <memory>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

namespace steward {
namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

const unsigned char* u(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

void wipe(QByteArray& b)
{
    if (!b.isEmpty())
        OPENSSL_cleanse(b.data(), size_t(b.size()));
    b.clear();
}

/** BLAKE2b-512(a || b || c), first 32 bytes (not BLAKE2b-256, which differs). */
QByteArray blake2bFirst32(const QByteArray& a, const QByteArray& b, const QByteArray& c)
{
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    unsigned char digest[64];
    unsigned int size = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_blake2b512(), nullptr) != 1 ||
        EVP_DigestUpdate(ctx.get(), a.constData(), size_t(a.size())) != 1 ||
        EVP_DigestUpdate(ctx.get(), b.constData(), size_t(b.size())) != 1 ||
        EVP_DigestUpdate(ctx.get(), c.constData(), size_t(c.size())) != 1 ||
        EVP_DigestFinal_ex(ctx.get(), digest, &size) != 1 || size != 64)
        return QByteArray();
    QByteArray key(reinterpret_cast<const char*>(digest), 32);
    OPENSSL_cleanse(digest, sizeof digest);
    return key;
}

} // namespace

Crypt4ghKeyPair::~Crypt4ghKeyPair()
{
    wipe(m_secret);
}

Crypt4ghKeyPair::Crypt4ghKeyPair(const Crypt4ghKeyPair& other)
    : m_secret(other.m_secret.constData(), other.m_secret.size()), m_public(other.m_public),
      m_origin(other.m_origin)
{}

Crypt4ghKeyPair& Crypt4ghKeyPair::operator=(const Crypt4ghKeyPair& other)
{
    if (this != &other) {
        wipe(m_secret);
        // A deep copy, so wiping one copy never leaves another pointing at wiped bytes.
        m_secret = QByteArray(other.m_secret.constData(), other.m_secret.size());
        m_public = other.m_public;
        m_origin = other.m_origin;
    }
    return *this;
}

Crypt4ghKeyPair Crypt4ghKeyPair::generate()
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        qFatal("OpenSSL could not generate an X25519 key");
    Pkey key(raw);
    QByteArray secret(kKeySize, Qt::Uninitialized);
    size_t size = kKeySize;
    if (EVP_PKEY_get_raw_private_key(key.get(), reinterpret_cast<unsigned char*>(secret.data()),
                                     &size) != 1 ||
        size != kKeySize)
        qFatal("OpenSSL could not export an X25519 key");
    Crypt4ghKeyPair pair = fromSecret(secret);
    wipe(secret);
    return pair;
}

Crypt4ghKeyPair Crypt4ghKeyPair::fromSecret(const QByteArray& secret, const QString& origin)
{
    Crypt4ghKeyPair pair;
    pair.m_origin = origin;
    if (secret.size() != kKeySize)
        return pair;
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, u(secret), kKeySize));
    QByteArray pub(kKeySize, Qt::Uninitialized);
    size_t size = kKeySize;
    if (!key ||
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(pub.data()),
                                    &size) != 1 ||
        size != kKeySize)
        return pair;
    pair.m_secret = QByteArray(secret.constData(), kKeySize);
    pair.m_public = pub;
    return pair;
}

QString Crypt4ghKeyPair::description() const
{
    const QString print = fingerprint(m_public);
    return m_origin.isEmpty() ? print : tr("%1 (%2)").arg(print, m_origin);
}

QByteArray Crypt4ghKeyPair::dh(const QByteArray& peerPublicKey) const
{
    if (!isValid() || peerPublicKey.size() != kKeySize)
        return QByteArray();
    Pkey mine(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, u(m_secret), kKeySize));
    Pkey peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, u(peerPublicKey), kKeySize));
    if (!mine || !peer)
        return QByteArray();
    PkeyCtx ctx(EVP_PKEY_CTX_new(mine.get(), nullptr));
    QByteArray shared(kKeySize, Qt::Uninitialized);
    size_t size = kKeySize;
    // OpenSSL refuses an all-zero result (a low-order peer key), as libsodium does.
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char*>(shared.data()), &size) != 1 ||
        size != kKeySize)
        return QByteArray();
    return shared;
}

QByteArray Crypt4ghKeyPair::writerSharedKey(const QByteArray& readerPublicKey) const
{
    QByteArray shared = dh(readerPublicKey);
    if (shared.isEmpty())
        return shared;
    const QByteArray key = blake2bFirst32(shared, readerPublicKey, m_public);
    wipe(shared);
    return key;
}

QByteArray Crypt4ghKeyPair::readerSharedKey(const QByteArray& writerPublicKey) const
{
    QByteArray shared = dh(writerPublicKey);
    if (shared.isEmpty())
        return shared;
    const QByteArray key = blake2bFirst32(shared, m_public, writerPublicKey);
    wipe(shared);
    return key;
}

QString Crypt4ghKeyPair::fingerprint(const QByteArray& publicKey)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(u(publicKey), size_t(publicKey.size()), digest);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(
               QByteArray(reinterpret_cast<const char*>(digest), sizeof digest)
                   .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

} // namespace steward
