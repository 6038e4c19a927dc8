#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "models/crypt4gh/Crypt4ghKeyPair.h"

class QIODevice;

namespace steward {

/**
 * The header of a Crypt4GH file (spec section 3.2): magic, version 1, header packets. Each
 * packet is encrypted for one reader with X25519 + ChaCha20-Poly1305 and holds either the data
 * key (data encryption parameters) or a data edit list. Reading tries every packet with every
 * key given; packets that do not decrypt (meant for other readers) are skipped, and it is an
 * error only when no data key is found, naming the keys tried.
 */
class Crypt4ghHeader final
{
    Q_DECLARE_TR_FUNCTIONS(Crypt4ghHeader)

public:
    static constexpr int kMaxPackets = 65536;
    static constexpr qint64 kMaxPacketSize = 16 * 1024 * 1024;
    static const QByteArray& magic();

    /** The data keys found (all ChaCha20-Poly1305). */
    const QVector<QByteArray>& dataKeys() const { return m_dataKeys; }
    bool hasEditList() const { return m_hasEditList; }
    /** Alternating skip / keep lengths in plaintext bytes. */
    const QVector<quint64>& editList() const { return m_editList; }
    /** Bytes of header before the first segment. */
    qint64 size() const { return m_size; }
    int packetCount() const { return m_packetCount; }
    /** The key that opened a data-key packet. */
    const Crypt4ghKeyPair& readerKey() const { return m_readerKey; }
    /** The writer's public key of that packet (the sender's key, or an ephemeral one). */
    const QByteArray& writerPublicKey() const { return m_writerPublicKey; }

    /**
     * Reads the header from the device's current position; the device is left at the first
     * segment. origin names the file in errors.
     */
    bool read(QIODevice& in, const QVector<Crypt4ghKeyPair>& keys, const QString& origin,
              QString* error);

    /**
     * A header with one data-key packet (and, given an edit list, one edit-list packet) per
     * recipient, encrypted by the writer pair (the sender's key, or a fresh ephemeral pair).
     */
    static QByteArray build(const QByteArray& dataKey, const QVector<QByteArray>& recipients,
                            const Crypt4ghKeyPair& writer, QString* error,
                            const QVector<quint64>* editList = nullptr);

private:
    QVector<QByteArray> m_dataKeys;
    QVector<quint64> m_editList;
    bool m_hasEditList = false;
    qint64 m_size = 0;
    int m_packetCount = 0;
    Crypt4ghKeyPair m_readerKey;
    QByteArray m_writerPublicKey;
};

} // namespace steward
