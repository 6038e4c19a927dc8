#include "models/crypt4gh/ChaCha20Poly1305.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace steward {
namespace {

const unsigned char* u(const char* p)
{
    return reinterpret_cast<const unsigned char*>(p);
}
unsigned char* u(char* p)
{
    return reinterpret_cast<unsigned char*>(p);
}

} // namespace

void ChaCha20Poly1305::CtxDeleter::operator()(evp_cipher_ctx_st* c) const
{
    EVP_CIPHER_CTX_free(c);
}

ChaCha20Poly1305::ChaCha20Poly1305() = default;
ChaCha20Poly1305::~ChaCha20Poly1305() = default;

bool ChaCha20Poly1305::seal(const char* key, const char* nonce, const char* plain, int size,
                            char* out)
{
    if (!m_encrypt) {
        m_encrypt.reset(EVP_CIPHER_CTX_new());
        if (!m_encrypt || EVP_EncryptInit_ex(m_encrypt.get(), EVP_chacha20_poly1305(), nullptr,
                                             nullptr, nullptr) != 1) {
            m_encrypt.reset();
            return false;
        }
    }
    EVP_CIPHER_CTX* ctx = m_encrypt.get();
    int len = 0;
    int tail = 0;
    if (EVP_EncryptInit_ex(ctx, nullptr, nullptr, u(key), u(nonce)) != 1 ||
        (size > 0 && EVP_EncryptUpdate(ctx, u(out), &len, u(plain), size) != 1) ||
        EVP_EncryptFinal_ex(ctx, u(out) + len, &tail) != 1)
        return false;
    return EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, kTagSize, out + size) == 1;
}

bool ChaCha20Poly1305::open(const char* key, const char* nonce, const char* sealed, int size,
                            char* out)
{
    if (size < kTagSize)
        return false;
    if (!m_decrypt) {
        m_decrypt.reset(EVP_CIPHER_CTX_new());
        if (!m_decrypt || EVP_DecryptInit_ex(m_decrypt.get(), EVP_chacha20_poly1305(), nullptr,
                                             nullptr, nullptr) != 1) {
            m_decrypt.reset();
            return false;
        }
    }
    EVP_CIPHER_CTX* ctx = m_decrypt.get();
    const int n = size - kTagSize;
    unsigned char tag[kTagSize];
    memcpy(tag, sealed + n, kTagSize);
    int len = 0;
    int tail = 0;
    return EVP_DecryptInit_ex(ctx, nullptr, nullptr, u(key), u(nonce)) == 1 &&
           (n == 0 || EVP_DecryptUpdate(ctx, u(out), &len, u(sealed), n) == 1) &&
           EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, kTagSize, tag) == 1 &&
           EVP_DecryptFinal_ex(ctx, u(out) + len, &tail) == 1;
}

QByteArray ChaCha20Poly1305::sealWithRandomNonce(const QByteArray& key, const QByteArray& plain)
{
    if (key.size() != kKeySize)
        return QByteArray();
    QByteArray out(kNonceSize + plain.size() + kTagSize, Qt::Uninitialized);
    if (RAND_bytes(u(out.data()), kNonceSize) != 1)
        return QByteArray();
    ChaCha20Poly1305 cipher;
    if (!cipher.seal(key.constData(), out.constData(), plain.constData(), int(plain.size()),
                     out.data() + kNonceSize))
        return QByteArray();
    return out;
}

bool ChaCha20Poly1305::openWithNonce(const QByteArray& key, const QByteArray& sealed,
                                     QByteArray* plain)
{
    if (key.size() != kKeySize || sealed.size() < kNonceSize + kTagSize)
        return false;
    plain->resize(sealed.size() - kNonceSize - kTagSize);
    ChaCha20Poly1305 cipher;
    return cipher.open(key.constData(), sealed.constData(), sealed.constData() + kNonceSize,
                       int(sealed.size()) - kNonceSize, plain->data());
}

} // namespace steward
