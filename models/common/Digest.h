#pragma once

#include <atomic>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct evp_md_ctx_st;
struct evp_md_st;

namespace steward {

/** Incremental message digest over OpenSSL EVP (SHA-256, SHA-512, MD5). */
class Digest final
{
    Q_DECLARE_TR_FUNCTIONS(Digest)

public:
    enum class Algorithm
    {
        Sha256,
        Sha512,
        Md5
    };

    explicit Digest(Algorithm algorithm);
    ~Digest();
    Digest(const Digest&) = delete;
    Digest& operator=(const Digest&) = delete;

    void reset();
    /** False once OpenSSL failed (the algorithm is unavailable, an update failed). */
    bool ok() const { return m_ok; }
    void update(const char* data, qint64 size);
    void update(const QByteArray& data) { update(data.constData(), data.size()); }
    /** The digest of everything since the last reset; resets. Empty on an OpenSSL failure. */
    QByteArray result();
    QString hexResult() { return QString::fromLatin1(result().toHex()); }

    /** One call for a small buffer. */
    static QByteArray hash(Algorithm algorithm, const QByteArray& data);
    /**
     * The raw digest of `length` bytes of a file from `offset`, in 1 MiB reads; empty with an
     * error naming the file when it cannot be read, is shorter, or cancel is set.
     */
    static QByteArray fileRange(Algorithm algorithm, const QString& path, qint64 offset,
                                qint64 length, QString* error,
                                const std::atomic_bool* cancel = nullptr);
    /** Streams a file in 1 MiB reads; empty with an error naming the file when unreadable. */
    static QString fileHex(Algorithm algorithm, const QString& path, QString* error,
                           const std::atomic_bool* cancel = nullptr);

private:
    struct CtxDeleter
    {
        void operator()(evp_md_ctx_st* c) const;
    };
    std::unique_ptr<evp_md_ctx_st, CtxDeleter> m_ctx;
    const evp_md_st* m_md = nullptr;
    bool m_ok = false;
};

} // namespace steward
