// Encryption and decryption round trips at the segment boundaries, single- against
// multi-threaded, a second decryption path written here with raw OpenSSL calls (so the writer
// is not only checked by its own reader), edit lists, and the refusals a user would hit: no
// recipient, writing over the input, a cancel or failure leaving no file.

#include <memory>

#include <openssl/evp.h>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "models/crypt4gh/Crypt4ghReader.h"
#include "models/crypt4gh/Crypt4ghWriter.h"

using namespace steward;

namespace {

QByteArray pattern(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x);
    }
    return data;
}

bool encryptBytes(const QByteArray& plain, const Crypt4ghWriter::Options& options,
                  QByteArray* encrypted, QString* error)
{
    QByteArray copy = plain;
    QBuffer in(&copy);
    in.open(QIODevice::ReadOnly);
    encrypted->clear();
    QBuffer out(encrypted);
    out.open(QIODevice::WriteOnly);
    return Crypt4ghWriter::encrypt(in, out, options, QStringLiteral("memory"), error);
}

bool decryptBytes(const QByteArray& encrypted, const Crypt4ghReader::Options& options,
                  QByteArray* plain, QString* error)
{
    QByteArray copy = encrypted;
    QBuffer in(&copy);
    in.open(QIODevice::ReadOnly);
    plain->clear();
    QBuffer out(plain);
    out.open(QIODevice::WriteOnly);
    return Crypt4ghReader::decrypt(in, out, options, QStringLiteral("memory"), error);
}

quint32 le32(const QByteArray& b, int at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 |
           quint32(quint8(b[at + 2])) << 16 | quint32(quint8(b[at + 3])) << 24;
}

/** ChaCha20-Poly1305 open with raw EVP calls. */
bool chachaOpen(const QByteArray& key, const QByteArray& nonce, QByteArray sealed,
                QByteArray* plain)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free);
    const QByteArray tag = sealed.right(16);
    sealed.chop(16);
    plain->resize(sealed.size());
    int len = 0;
    const auto u = [](const QByteArray& b) {
        return reinterpret_cast<const unsigned char*>(b.data());
    };
    return EVP_DecryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, u(key), u(nonce)) &&
           (sealed.isEmpty() ||
            EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain->data()), &len,
                              u(sealed), int(sealed.size()))) &&
           EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, 16,
                               const_cast<char*>(tag.data())) &&
           EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain->data()), &len);
}

/**
 * A second reader from the specification alone, with OpenSSL primitives and no Steward
 * crypto class: X25519, BLAKE2b-512 truncated to 32 bytes, ChaCha20-Poly1305.
 */
bool independentDecrypt(const QByteArray& file, const QByteArray& secret, QByteArray* plain)
{
    if (!file.startsWith("crypt4gh") || le32(file, 8) != 1)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> mine(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr,
                                     reinterpret_cast<const unsigned char*>(secret.data()), 32),
        EVP_PKEY_free);
    unsigned char pub[32];
    size_t publen = 32;
    EVP_PKEY_get_raw_public_key(mine.get(), pub, &publen);
    const QByteArray myPublic(reinterpret_cast<char*>(pub), 32);
    int at = 16;
    QByteArray dataKey;
    for (quint32 p = 0, n = le32(file, 12); p < n; ++p) {
        const int length = int(le32(file, at));
        const QByteArray writer = file.mid(at + 8, 32);
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> peer(
            EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr,
                                        reinterpret_cast<const unsigned char*>(writer.data()), 32),
            EVP_PKEY_free);
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
            EVP_PKEY_CTX_new(mine.get(), nullptr), EVP_PKEY_CTX_free);
        unsigned char dh[32];
        size_t dhlen = 32;
        EVP_PKEY_derive_init(ctx.get());
        EVP_PKEY_derive_set_peer(ctx.get(), peer.get());
        EVP_PKEY_derive(ctx.get(), dh, &dhlen);
        unsigned char digest[64];
        unsigned int dlen = 64;
        const QByteArray input = QByteArray(reinterpret_cast<char*>(dh), 32) + myPublic + writer;
        EVP_Digest(input.data(), size_t(input.size()), digest, &dlen, EVP_blake2b512(), nullptr);
        QByteArray payload;
        if (chachaOpen(QByteArray(reinterpret_cast<char*>(digest), 32), file.mid(at + 40, 12),
                       file.mid(at + 52, length - 52), &payload) &&
            le32(payload, 0) == 0)
            dataKey = payload.mid(8, 32);
        at += length;
    }
    if (dataKey.isEmpty())
        return false;
    plain->clear();
    for (; at < file.size(); at += 65564) {
        const QByteArray segment = file.mid(at, 65564);
        QByteArray part;
        if (!chachaOpen(dataKey, segment.left(12), segment.mid(12), &part))
            return false;
        *plain += part;
    }
    return true;
}

} // namespace

class TestCrypt4ghWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Crypt4ghKeyPair m_alice = Crypt4ghKeyPair::generate();
    Crypt4ghKeyPair m_bob = Crypt4ghKeyPair::generate();

private Q_SLOTS:
    void segmentBoundaries_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("segments");
        for (qint64 size : {0, 1, 65535, 65536, 65537, 3 * 65536, 1000000})
            QTest::addRow("%lld bytes", size) << size << int((size + 65535) / 65536);
    }

    void segmentBoundaries()
    {
        QFETCH(qint64, size);
        QFETCH(int, segments);
        const QByteArray plain = pattern(size, quint32(size));
        QByteArray encrypted;
        QString error;
        Crypt4ghWriter::Options w;
        w.recipients = {m_alice.publicKey()};
        QVERIFY2(encryptBytes(plain, w, &encrypted, &error), qPrintable(error));
        // Header (16 + one 108-byte packet), then 28 bytes per segment; no empty segment.
        QCOMPARE(encrypted.size(), 124 + size + 28 * segments);

        QByteArray independent;
        QVERIFY(independentDecrypt(encrypted, m_alice.secretKey(), &independent));
        QVERIFY(independent == plain);
        for (int threads : {1, 2, 3}) {
            Crypt4ghReader::Options r;
            r.keys = {m_alice};
            r.threads = threads;
            r.segmentsPerThread = 1; // many small batches
            QByteArray back;
            QVERIFY2(decryptBytes(encrypted, r, &back, &error), qPrintable(error));
            QVERIFY(back == plain);
        }
    }

    void threadCountsGiveTheSamePlaintext()
    {
        const QByteArray plain = pattern(5 * 1024 * 1024 + 12345, 7);
        QByteArray reference;
        for (int threads : {1, 2, 4}) {
            Crypt4ghWriter::Options w;
            w.recipients = {m_alice.publicKey(), m_bob.publicKey()};
            w.threads = threads;
            w.segmentsPerThread = threads == 4 ? 3 : 16;
            QByteArray encrypted;
            QString error;
            QVERIFY2(encryptBytes(plain, w, &encrypted, &error), qPrintable(error));
            QCOMPARE(encrypted.size(), 16 + 2 * 108 + plain.size() + 28 * 81);
            QVERIFY(encrypted != reference); // fresh nonces, data key and writer key each time
            reference = encrypted;
            QByteArray independent;
            QVERIFY(independentDecrypt(encrypted, m_bob.secretKey(), &independent));
            QVERIFY(independent == plain);
            for (int readThreads : {1, 2}) {
                Crypt4ghReader::Options r;
                r.keys = {m_bob};
                r.threads = readThreads;
                QByteArray back;
                QVERIFY2(decryptBytes(encrypted, r, &back, &error), qPrintable(error));
                QVERIFY(back == plain);
            }
        }
    }

    void senderKeyIsTheWriterKey()
    {
        Crypt4ghWriter::Options w;
        w.recipients = {m_alice.publicKey()};
        w.sender = m_bob;
        QByteArray encrypted;
        QString error;
        QVERIFY(encryptBytes("hello", w, &encrypted, &error));
        QCOMPARE(encrypted.mid(24, 32), m_bob.publicKey());
        w.sender = Crypt4ghKeyPair();
        QByteArray again;
        QVERIFY(encryptBytes("hello", w, &again, &error));
        QVERIFY(again.mid(24, 32) != m_bob.publicKey());
        QByteArray third;
        QVERIFY(encryptBytes("hello", w, &third, &error));
        QVERIFY(third.mid(24, 32) != again.mid(24, 32)); // ephemeral per file
    }

    void editListsWrittenAndRead_data()
    {
        QTest::addColumn<QVector<quint64>>("edits");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray plain = pattern(200000, 3);
        QTest::newRow("Java test list: skip, keep, skip, keep")
            << QVector<quint64>{950, 837, 510, 847} << plain.mid(950, 837) + plain.mid(2297, 847);
        QTest::newRow("across segments")
            << QVector<quint64>{65530, 65549} << plain.mid(65530, 65549);
        QTest::newRow("final skip keeps the rest")
            << QVector<quint64>{100, 50, 131000} << plain.mid(100, 50) + plain.mid(131150);
        QTest::newRow("keep nothing") << QVector<quint64>{0, 0} << QByteArray();
        QTest::newRow("keep past the end") << QVector<quint64>{199990, 1000} << plain.mid(199990);
    }

    void editListsWrittenAndRead()
    {
        QFETCH(QVector<quint64>, edits);
        QFETCH(QByteArray, expected);
        Crypt4ghWriter::Options w;
        w.recipients = {m_alice.publicKey()};
        w.withEditList = true;
        w.editList = edits;
        QByteArray encrypted;
        QString error;
        QVERIFY(encryptBytes(pattern(200000, 3), w, &encrypted, &error));
        Crypt4ghReader::Options r;
        r.keys = {m_alice};
        r.threads = 2;
        r.segmentsPerThread = 1;
        QByteArray back;
        Crypt4ghReader::Stats stats;
        QByteArray copy = encrypted;
        QBuffer in(&copy);
        in.open(QIODevice::ReadOnly);
        QBuffer out(&back);
        out.open(QIODevice::WriteOnly);
        QVERIFY2(Crypt4ghReader::decrypt(in, out, r, QStringLiteral("m"), &error, &stats),
                 qPrintable(error));
        QVERIFY(stats.editList);
        QCOMPARE(back.size(), expected.size());
        QVERIFY(back == expected);
    }

    void noRecipientIsAnError()
    {
        Crypt4ghWriter::Options w;
        QByteArray encrypted;
        QString error;
        QVERIFY(!encryptBytes("data", w, &encrypted, &error));
        QVERIFY2(error.contains(QStringLiteral("No recipient")), qPrintable(error));
        QVERIFY(encrypted.isEmpty());
        const QString output = m_dir.filePath(QStringLiteral("none.c4gh"));
        const QString input = m_dir.filePath(QStringLiteral("none.txt"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("data") == 4);
        f.close();
        QVERIFY(!Crypt4ghWriter::encryptFile(input, output, w, &error));
        QVERIFY(!QFileInfo::exists(output));
    }

    void writingOverTheInputIsRefused()
    {
        const QString input = m_dir.filePath(QStringLiteral("self.txt"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("precious") == 8);
        f.close();
        QVERIFY(QFile::link(input, m_dir.filePath(QStringLiteral("link.txt"))));
        Crypt4ghWriter::Options w;
        w.recipients = {m_alice.publicKey()};
        QString error;
        for (const QString& output : {input, m_dir.filePath(QStringLiteral("link.txt")),
                                      m_dir.path() + QStringLiteral("/./self.txt")}) {
            QVERIFY(!Crypt4ghWriter::encryptFile(input, output, w, &error));
            QVERIFY2(error.contains(QStringLiteral("over its own input")), qPrintable(error));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void failureAndCancelLeaveNoFile()
    {
        const QString input = m_dir.filePath(QStringLiteral("big.bin"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pattern(8 * 1024 * 1024, 9));
        f.close();
        const QString output = m_dir.filePath(QStringLiteral("big.bin.c4gh"));
        std::atomic_bool cancel{false};
        Crypt4ghWriter::Options w;
        w.recipients = {m_alice.publicKey()};
        w.segmentsPerThread = 2;
        w.cancel = &cancel;
        w.progress = [&cancel](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(8 * 1024 * 1024));
            if (done > 1024 * 1024)
                cancel = true;
        };
        QString error;
        Crypt4ghWriter::Stats stats;
        QVERIFY(!Crypt4ghWriter::encryptFile(input, output, w, &error, &stats));
        QVERIFY(stats.cancelled);
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(output));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("big.bin.c4gh*")}, QDir::Files | QDir::Hidden),
                 QStringList());

        // A decryption that fails half-way (a wrong byte in the last segment) leaves no file.
        w.cancel = nullptr;
        w.progress = nullptr;
        QVERIFY2(Crypt4ghWriter::encryptFile(input, output, w, &error), qPrintable(error));
        QFile enc(output);
        QVERIFY(enc.open(QIODevice::ReadWrite));
        QVERIFY(enc.seek(enc.size() - 5));
        QVERIFY(enc.putChar('x'));
        enc.close();
        const QString decrypted = m_dir.filePath(QStringLiteral("big.out"));
        Crypt4ghReader::Options r;
        r.keys = {m_alice};
        QVERIFY(!Crypt4ghReader::decryptFile(output, decrypted, r, &error));
        QVERIFY2(error.contains(QStringLiteral("MAC check failed at segment 128")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(decrypted));
    }
};

QTEST_GUILESS_MAIN(TestCrypt4ghWriter)
#include "test_Crypt4ghWriter.moc"
