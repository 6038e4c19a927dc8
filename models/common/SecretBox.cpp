#include "models/common/SecretBox.h"

#include <memory>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace steward {
namespace {

// scrypt cost: about 0.1 s and 64 MiB here; stored in each envelope so it can grow later.
constexpr quint64 kScryptN = 1 << 16;
constexpr quint64 kScryptR = 8;
constexpr quint64 kScryptP = 1;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

bool deriveKey(const QByteArray& passphrase, const QByteArray& salt, quint64 n, quint64 r,
               quint64 p, QByteArray* key)
{
    key->resize(32);
    return EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()), bytes(salt),
                          size_t(salt.size()), n, r, p, 256ULL << 20,
                          reinterpret_cast<unsigned char*>(key->data()), 32) == 1;
}

bool sealRaw(const QByteArray& key, const QByteArray& nonce, const QByteArray& plain,
             const QByteArray& aad, QByteArray* out)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    out->resize(plain.size() + kTagSize);
    auto* o = reinterpret_cast<unsigned char*>(out->data());
    if (!ctx || key.size() != 32 ||
        EVP_EncryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, bytes(key), bytes(nonce)) !=
            1)
        return false;
    if (!aad.isEmpty() &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1)
        return false;
    if (EVP_EncryptUpdate(ctx.get(), o, &len, bytes(plain), int(plain.size())) != 1)
        return false;
    int tail = 0;
    return EVP_EncryptFinal_ex(ctx.get(), o + len, &tail) == 1 &&
           EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, kTagSize, o + plain.size()) == 1;
}

bool openRaw(const QByteArray& key, const QByteArray& nonce, const QByteArray& sealed,
             const QByteArray& aad, QByteArray* plain)
{
    if (sealed.size() < kTagSize || key.size() != 32)
        return false;
    const int n = int(sealed.size()) - kTagSize;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    plain->resize(n);
    auto* o = reinterpret_cast<unsigned char*>(plain->data());
    QByteArray tag = sealed.right(kTagSize);
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, bytes(key),
                                   bytes(nonce)) != 1)
        return false;
    if (!aad.isEmpty() &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1)
        return false;
    if (EVP_DecryptUpdate(ctx.get(), o, &len, bytes(sealed), n) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, kTagSize, tag.data()) != 1)
        return false;
    int tail = 0;
    return EVP_DecryptFinal_ex(ctx.get(), o + len, &tail) == 1;
}

} // namespace

QByteArray SecretBox::randomBytes(int size)
{
    QByteArray b(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(b.data()), size) != 1)
        qFatal("OpenSSL could not produce random bytes");
    return b;
}

QByteArray SecretBox::seal(const QByteArray& key, const QByteArray& plain,
                           const QByteArray& associatedData)
{
    const QByteArray nonce = randomBytes(kNonceSize);
    QByteArray sealed;
    if (!sealRaw(key, nonce, plain, associatedData, &sealed))
        return QByteArray();
    return nonce + sealed;
}

bool SecretBox::open(const QByteArray& key, const QByteArray& sealed, QByteArray* plain,
                     const QByteArray& associatedData)
{
    if (sealed.size() < kNonceSize + kTagSize)
        return false;
    return openRaw(key, sealed.left(kNonceSize), sealed.mid(kNonceSize), associatedData, plain);
}

QJsonObject SecretBox::sealWithPassphrase(const QByteArray& plain, const QString& passphrase,
                                          const QString& format)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray nonce = randomBytes(kNonceSize);
    QByteArray key;
    QByteArray sealed;
    if (!deriveKey(passphrase.toUtf8(), salt, kScryptN, kScryptR, kScryptP, &key) ||
        !sealRaw(key, nonce, plain, QByteArray(), &sealed))
        return QJsonObject();
    return QJsonObject{{QStringLiteral("format"), format},
                       {QStringLiteral("kdf"), QStringLiteral("scrypt")},
                       {QStringLiteral("n"), double(kScryptN)},
                       {QStringLiteral("r"), int(kScryptR)},
                       {QStringLiteral("p"), int(kScryptP)},
                       {QStringLiteral("cipher"), QStringLiteral("chacha20-poly1305")},
                       {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                       {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                       {QStringLiteral("data"), QString::fromLatin1(sealed.toBase64())}};
}

bool SecretBox::openWithPassphrase(const QJsonObject& o, const QString& passphrase,
                                   QByteArray* plain, QString* error)
{
    if (o.value(QStringLiteral("kdf")).toString() != QLatin1String("scrypt") ||
        o.value(QStringLiteral("cipher")).toString() != QLatin1String("chacha20-poly1305")) {
        *error = tr("not an encrypted Steward file (unknown key derivation or cipher)");
        return false;
    }
    const auto field = [&o](const char* name) {
        return QByteArray::fromBase64(o.value(QLatin1String(name)).toString().toLatin1());
    };
    QByteArray key;
    const quint64 n = quint64(o.value(QStringLiteral("n")).toDouble());
    if (n < 2 || n > (1u << 24) ||
        !deriveKey(passphrase.toUtf8(), field("salt"), n,
                   quint64(o.value(QStringLiteral("r")).toInt()),
                   quint64(o.value(QStringLiteral("p")).toInt()), &key) ||
        !openRaw(key, field("nonce"), field("data"), QByteArray(), plain)) {
        *error = tr("the passphrase does not unlock it (or the file was changed)");
        return false;
    }
    return true;
}

} // namespace steward
