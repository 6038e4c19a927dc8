#include "models/deid/Pseudonymizer.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace steward {

Pseudonymizer::Pseudonymizer(QByteArray key, QString samplePrefix, int length)
    : m_key(std::move(key)), m_prefix(std::move(samplePrefix)), m_length(qBound(1, length, 51))
{}

QByteArray Pseudonymizer::mac(const char* domain, const QByteArray& message) const
{
    QByteArray input(domain);
    input.append('\0');
    input.append(message);
    QByteArray out(32, Qt::Uninitialized);
    unsigned int size = 0;
    HMAC(EVP_sha256(), m_key.constData(), int(m_key.size()),
         reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()),
         reinterpret_cast<unsigned char*>(out.data()), &size);
    out.resize(int(size));
    return out;
}

QString Pseudonymizer::base32(const QByteArray& bytes, int length)
{
    static const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I L O U
    QString out;
    out.reserve(length);
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; i < bytes.size() && out.size() < length; ++i) {
        buffer = (buffer << 8) | quint8(bytes.at(i));
        bits += 8;
        while (bits >= 5 && out.size() < length) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    return out;
}

QString Pseudonymizer::sample(const QString& id) const
{
    return m_prefix + base32(mac("sample", id.toUtf8()), m_length);
}

QString Pseudonymizer::family(const QString& id) const
{
    return QStringLiteral("F-") + base32(mac("family", id.toUtf8()), m_length);
}

QByteArray Pseudonymizer::readName(const QByteArray& name) const
{
    return base32(mac("read", name), 16).toLatin1();
}

int Pseudonymizer::dateShiftDays(const QString& individual, int maxDays) const
{
    maxDays = qMax(1, maxDays);
    const QByteArray m = mac("date-shift", individual.toUtf8());
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(m.at(i));
    const int magnitude = int(v % quint32(maxDays)) + 1; // 1..max
    return (m.at(4) & 1) ? magnitude : -magnitude;
}

} // namespace steward
