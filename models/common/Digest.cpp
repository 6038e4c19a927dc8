#include "models/common/Digest.h"

#include <openssl/evp.h>

#include <QFile>

namespace steward {

void Digest::CtxDeleter::operator()(evp_md_ctx_st* c) const
{
    EVP_MD_CTX_free(c);
}

Digest::Digest(Algorithm algorithm) : m_ctx(EVP_MD_CTX_new())
{
    switch (algorithm) {
    case Algorithm::Sha256:
        m_md = EVP_sha256();
        break;
    case Algorithm::Sha512:
        m_md = EVP_sha512();
        break;
    case Algorithm::Md5:
        m_md = EVP_md5();
        break;
    }
    reset();
}

Digest::~Digest() = default;

void Digest::reset()
{
    m_ok = m_ctx && EVP_DigestInit_ex(m_ctx.get(), m_md, nullptr) == 1;
}

void Digest::update(const char* data, qint64 size)
{
    if (m_ok && size > 0)
        m_ok = EVP_DigestUpdate(m_ctx.get(), data, size_t(size)) == 1;
}

QByteArray Digest::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok = m_ok && EVP_DigestFinal_ex(m_ctx.get(), digest, &length) == 1;
    reset();
    return ok ? QByteArray(reinterpret_cast<const char*>(digest), int(length)) : QByteArray();
}

QByteArray Digest::hash(Algorithm algorithm, const QByteArray& data)
{
    Digest d(algorithm);
    d.update(data);
    return d.result();
}

QByteArray Digest::fileRange(Algorithm algorithm, const QString& path, qint64 offset,
                             qint64 length, QString* error, const std::atomic_bool* cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return QByteArray();
    }
    Digest d(algorithm);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 left = length; left > 0;) {
        if (cancel && cancel->load()) {
            if (error)
                *error = tr("Stopped while reading %1.").arg(path);
            return QByteArray();
        }
        const qint64 n = file.read(buffer.data(), qMin<qint64>(left, buffer.size()));
        if (n <= 0) {
            if (error)
                *error = tr("Cannot read %1: %2").arg(path, file.errorString());
            return QByteArray();
        }
        d.update(buffer.constData(), n);
        left -= n;
    }
    return d.result();
}

QString Digest::fileHex(Algorithm algorithm, const QString& path, QString* error,
                        const std::atomic_bool* cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return QString();
    }
    Digest d(algorithm);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load()) {
            if (error)
                *error = tr("Stopped while reading %1.").arg(path);
            return QString();
        }
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = tr("Cannot read %1: %2").arg(path, file.errorString());
            return QString();
        }
        if (n == 0)
            break;
        d.update(buffer.constData(), n);
    }
    return d.hexResult();
}

} // namespace steward
