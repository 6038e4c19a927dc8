#include "models/crypt4gh/Crypt4ghHeader.h"

#include <openssl/crypto.h>

#include <QIODevice>
#include <QStringList>

#include "models/crypt4gh/ChaCha20Poly1305.h"
#include "models/common/SecretBox.h"

namespace steward {
namespace {

constexpr quint32 kVersion = 1;
constexpr quint32 kX25519ChaCha20 = 0;
constexpr quint32 kChaCha20Data = 0;
constexpr quint32 kDataEncryptionParameters = 0;
constexpr quint32 kDataEditList = 1;
// length, method, writer public key, nonce, MAC
constexpr int kPacketOverhead =
    4 + 4 + 32 + ChaCha20Poly1305::kNonceSize + ChaCha20Poly1305::kTagSize;

quint32 le32(const char* p)
{
    const auto* b = reinterpret_cast<const quint8*>(p);
    return quint32(b[0]) | (quint32(b[1]) << 8) | (quint32(b[2]) << 16) | (quint32(b[3]) << 24);
}
quint64 le64(const char* p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}
void putLe32(QByteArray& out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}
void putLe64(QByteArray& out, quint64 v)
{
    putLe32(out, quint32(v));
    putLe32(out, quint32(v >> 32));
}

/** Reads exactly size bytes; false (with got set) when the device ends first. */
bool readExactly(QIODevice& in, char* data, qint64 size, qint64* got)
{
    *got = 0;
    while (*got < size) {
        const qint64 n = in.read(data + *got, size - *got);
        if (n <= 0)
            return false;
        *got += n;
    }
    return true;
}

QByteArray packet(const Crypt4ghKeyPair& writer, const QByteArray& recipient,
                  const QByteArray& plain)
{
    QByteArray shared = writer.writerSharedKey(recipient);
    if (shared.isEmpty())
        return QByteArray();
    const QByteArray sealed = ChaCha20Poly1305::sealWithRandomNonce(shared, plain);
    OPENSSL_cleanse(shared.data(), size_t(shared.size()));
    if (sealed.isEmpty())
        return QByteArray();
    QByteArray out;
    putLe32(out, quint32(8 + 32 + sealed.size()));
    putLe32(out, kX25519ChaCha20);
    out += writer.publicKey();
    out += sealed;
    return out;
}

} // namespace

const QByteArray& Crypt4ghHeader::magic()
{
    static const QByteArray m = QByteArrayLiteral("crypt4gh");
    return m;
}

QByteArray Crypt4ghHeader::build(const QByteArray& dataKey, const QVector<QByteArray>& recipients,
                                 const Crypt4ghKeyPair& writer, QString* error,
                                 const QVector<quint64>* editList)
{
    if (recipients.isEmpty()) {
        *error = tr("No recipient: name at least one recipient's public key.");
        return QByteArray();
    }
    if (dataKey.size() != 32 || !writer.isValid()) {
        *error = tr("Internal error: no data key or writer key.");
        return QByteArray();
    }
    QByteArray keyPacket;
    putLe32(keyPacket, kDataEncryptionParameters);
    putLe32(keyPacket, kChaCha20Data);
    keyPacket += dataKey;
    QByteArray editPacket;
    if (editList) {
        putLe32(editPacket, kDataEditList);
        putLe32(editPacket, quint32(editList->size()));
        for (quint64 length : *editList)
            putLe64(editPacket, length);
    }
    QByteArray packets;
    int count = 0;
    for (const QByteArray& recipient : recipients) {
        for (const QByteArray* plain : {&keyPacket, &editPacket}) {
            if (plain->isEmpty())
                continue;
            const QByteArray p = packet(writer, recipient, *plain);
            if (p.isEmpty()) {
                *error = tr("Cannot encrypt for the recipient key %1 (not a usable X25519 key).")
                             .arg(Crypt4ghKeyPair::fingerprint(recipient));
                OPENSSL_cleanse(keyPacket.data(), size_t(keyPacket.size()));
                return QByteArray();
            }
            packets += p;
            ++count;
        }
    }
    OPENSSL_cleanse(keyPacket.data(), size_t(keyPacket.size()));
    QByteArray out = magic();
    putLe32(out, kVersion);
    putLe32(out, quint32(count));
    return out + packets;
}

bool Crypt4ghHeader::read(QIODevice& in, const QVector<Crypt4ghKeyPair>& keys,
                          const QString& origin, QString* error)
{
    *this = Crypt4ghHeader();
    char start[16];
    qint64 got = 0;
    if (!readExactly(in, start, sizeof start, &got)) {
        *error = got >= 8 && QByteArray(start, 8) == magic()
                     ? tr("%1: truncated header: the file ends after %2 bytes, inside the "
                          "header's first 16 bytes.")
                           .arg(origin)
                           .arg(got)
                     : tr("%1 is not a Crypt4GH file (it is %2 bytes long, shorter than a "
                          "Crypt4GH header).")
                           .arg(origin)
                           .arg(got);
        return false;
    }
    if (QByteArray(start, 8) != magic()) {
        *error = tr("%1 is not a Crypt4GH file (it does not start with \"crypt4gh\").").arg(origin);
        return false;
    }
    if (le32(start + 8) != kVersion) {
        *error = tr("%1: Crypt4GH version %2 is not supported (only version 1).")
                     .arg(origin)
                     .arg(le32(start + 8));
        return false;
    }
    const quint32 count = le32(start + 12);
    if (count == 0 || count > quint32(kMaxPackets)) {
        *error = tr("%1: the header declares %2 packets (1 to %3 are allowed).")
                     .arg(origin)
                     .arg(count)
                     .arg(kMaxPackets);
        return false;
    }
    m_packetCount = int(count);
    m_size = 16;
    if (keys.isEmpty()) {
        *error = tr("%1: no secret key was given to decrypt it with.").arg(origin);
        return false;
    }
    int editLists = 0;
    int unsupported = 0;
    QByteArray data;
    QByteArray plain;
    ChaCha20Poly1305 cipher;
    for (quint32 i = 0; i < count; ++i) {
        char lengthBytes[4];
        if (!readExactly(in, lengthBytes, 4, &got)) {
            *error = tr("%1: truncated header: packet %2 of %3 is missing (the file ends at "
                        "byte %4).")
                         .arg(origin)
                         .arg(i + 1)
                         .arg(count)
                         .arg(m_size + got);
            return false;
        }
        const quint32 length = le32(lengthBytes);
        if (length < quint32(kPacketOverhead) || length > quint32(kMaxPacketSize)) {
            *error = tr("%1: header packet %2 of %3 declares %4 bytes (%5 to %6 are allowed); "
                        "the file is damaged.")
                         .arg(origin)
                         .arg(i + 1)
                         .arg(count)
                         .arg(length)
                         .arg(kPacketOverhead)
                         .arg(kMaxPacketSize);
            return false;
        }
        data.resize(length - 4);
        if (!readExactly(in, data.data(), data.size(), &got)) {
            *error = tr("%1: truncated header: packet %2 of %3 needs %4 bytes, the file ends "
                        "after %5.")
                         .arg(origin)
                         .arg(i + 1)
                         .arg(count)
                         .arg(length)
                         .arg(got + 4);
            return false;
        }
        m_size += length;
        if (le32(data.constData()) != kX25519ChaCha20) {
            ++unsupported;
            continue;
        }
        const QByteArray writerPublic = data.mid(4, 32);
        const char* nonce = data.constData() + 36;
        const char* sealed = nonce + ChaCha20Poly1305::kNonceSize;
        const int sealedSize = int(data.size()) - 36 - ChaCha20Poly1305::kNonceSize;
        plain.resize(sealedSize - ChaCha20Poly1305::kTagSize);
        const Crypt4ghKeyPair* opener = nullptr;
        for (const Crypt4ghKeyPair& key : keys) {
            QByteArray shared = key.readerSharedKey(writerPublic);
            const bool ok = !shared.isEmpty() && cipher.open(shared.constData(), nonce, sealed,
                                                             sealedSize, plain.data());
            if (!shared.isEmpty())
                OPENSSL_cleanse(shared.data(), size_t(shared.size()));
            if (ok) {
                opener = &key;
                break;
            }
        }
        if (!opener)
            continue; // meant for another reader
        if (plain.size() < 4) {
            *error = tr("%1: header packet %2 is empty.").arg(origin).arg(i + 1);
            return false;
        }
        const quint32 type = le32(plain.constData());
        if (type == kDataEncryptionParameters) {
            if (plain.size() != 8 + 32 || le32(plain.constData() + 4) != kChaCha20Data) {
                *error = tr("%1: header packet %2 names a data cipher other than "
                            "ChaCha20-Poly1305, which this version cannot read.")
                             .arg(origin)
                             .arg(i + 1);
                return false;
            }
            const QByteArray key = plain.mid(8, 32);
            if (!m_dataKeys.contains(key))
                m_dataKeys.append(key);
            if (m_dataKeys.size() == 1) {
                m_readerKey = *opener;
                m_writerPublicKey = writerPublic;
            }
        } else if (type == kDataEditList) {
            if (++editLists > 1) {
                *error = tr("%1: the header has more than one data edit list for this reader; "
                            "the file is rejected, as the specification requires.")
                             .arg(origin);
                return false;
            }
            const quint32 n = plain.size() >= 8 ? le32(plain.constData() + 4) : 0;
            if (plain.size() < 8 || quint64(plain.size()) != 8 + 8ULL * n) {
                *error = tr("%1: the data edit list in header packet %2 is damaged.")
                             .arg(origin)
                             .arg(i + 1);
                return false;
            }
            m_hasEditList = true;
            for (quint32 k = 0; k < n; ++k)
                m_editList.append(le64(plain.constData() + 8 + 8 * k));
        } else {
            *error = tr("%1: header packet %2 has type %3, which this version does not know.")
                         .arg(origin)
                         .arg(i + 1)
                         .arg(type);
            return false;
        }
    }
    if (!plain.isEmpty())
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
    if (m_dataKeys.isEmpty()) {
        QStringList tried;
        for (const Crypt4ghKeyPair& key : keys)
            tried << key.description();
        *error = tr("%1: no header packet decrypts with the key %2 (%3 packets tried%4); the "
                    "file was encrypted for other recipients, or with another key pair.")
                     .arg(origin, tried.join(tr(", nor with ")))
                     .arg(count)
                     .arg(unsupported > 0 ? tr(", %1 with an unsupported method").arg(unsupported)
                                          : QString());
        return false;
    }
    return true;
}

} // namespace steward
