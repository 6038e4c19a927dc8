#pragma once

#include <memory>

#include <QByteArray>

struct evp_cipher_ctx_st;

namespace steward {

/**
 * ChaCha20-Poly1305 IETF (RFC 8439, 96-bit nonce, no associated data) through OpenSSL EVP,
 * the cipher of Crypt4GH header packets, segments and secret key files. One object keeps its
 * OpenSSL context between calls, so a thread encrypting many 64 KiB segments sets it up once.
 * Not thread-safe: one object per thread.
 */
class ChaCha20Poly1305 final
{
public:
    static constexpr int kKeySize = 32;
    static constexpr int kNonceSize = 12;
    static constexpr int kTagSize = 16;

    ChaCha20Poly1305();
    ~ChaCha20Poly1305();
    ChaCha20Poly1305(const ChaCha20Poly1305&) = delete;
    ChaCha20Poly1305& operator=(const ChaCha20Poly1305&) = delete;

    /** Writes size bytes of ciphertext then the 16-byte tag to out (size + 16 bytes). */
    bool seal(const char* key, const char* nonce, const char* plain, int size, char* out);
    /** Reads size bytes of ciphertext + tag from sealed; writes size - 16 bytes to out.
     * False when the tag does not match (wrong key, changed or truncated data). */
    bool open(const char* key, const char* nonce, const char* sealed, int size, char* out);

    /** nonce || ciphertext || tag with a random nonce; empty on an OpenSSL failure. */
    static QByteArray sealWithRandomNonce(const QByteArray& key, const QByteArray& plain);
    /** Opens nonce || ciphertext || tag; false when it does not authenticate. */
    static bool openWithNonce(const QByteArray& key, const QByteArray& sealed, QByteArray* plain);

private:
    struct CtxDeleter
    {
        void operator()(evp_cipher_ctx_st* c) const;
    };
    std::unique_ptr<evp_cipher_ctx_st, CtxDeleter> m_encrypt;
    std::unique_ptr<evp_cipher_ctx_st, CtxDeleter> m_decrypt;
};

} // namespace steward
