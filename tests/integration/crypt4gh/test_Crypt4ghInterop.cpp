// Crypt4GH files written by the reference implementations (Python v1.7, Go, Java test data),
// read in place from ../shared/data/crypt4gh: each decrypts byte for byte to its plaintext,
// with every key that should open it; the damaged ones fail with a message that says what is
// wrong and where. Files Steward writes for the reference keys decrypt with those keys.

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "models/crypt4gh/Crypt4ghKeyFile.h"
#include "models/crypt4gh/Crypt4ghReader.h"
#include "models/crypt4gh/Crypt4ghWriter.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

QString c4gh(const QString& relative)
{
    return sharedData(QStringLiteral("crypt4gh/") + relative);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Crypt4ghKeyPair secretKey(const QString& relative, const QString& passphrase)
{
    Crypt4ghKeyPair pair;
    QString error;
    if (!Crypt4ghKeyFile::readSecretKey(
            c4gh(relative), [passphrase]() { return passphrase; }, &pair, &error))
        qWarning("%s", qPrintable(error));
    return pair;
}

QByteArray publicKey(const QString& relative)
{
    QByteArray key;
    QString error;
    if (!Crypt4ghKeyFile::readPublicKey(c4gh(relative), &key, &error))
        qWarning("%s", qPrintable(error));
    return key;
}

const QString kAliceSec = QStringLiteral("EGA-archive_crypt4gh/tests/_common/alice.sec");
const QString kBobSec = QStringLiteral("EGA-archive_crypt4gh/tests/_common/bob.sec");
const QString kAlicePub = QStringLiteral("EGA-archive_crypt4gh/tests/_common/alice.pub");
const QString kBobPub = QStringLiteral("EGA-archive_crypt4gh/tests/_common/bob.pub");
const QString kGenerated = QStringLiteral("generated-with-reference-v1.7/");

} // namespace

class TestCrypt4ghInterop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool decryptTo(const QString& file, const QVector<Crypt4ghKeyPair>& keys, QByteArray* plain,
                   QString* error, int threads = 1)
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = in.errorString();
            return false;
        }
        QBuffer out(plain);
        out.open(QIODevice::WriteOnly);
        Crypt4ghReader::Options options;
        options.keys = keys;
        options.threads = threads;
        return Crypt4ghReader::decrypt(in, out, options, file, error, nullptr, in.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (sharedData().isEmpty())
            QSKIP(qPrintable(sharedDataMissingMessage()));
        QVERIFY(secretKey(kAliceSec, QStringLiteral("alice")).isValid());
        QVERIFY(secretKey(kBobSec, QStringLiteral("bob")).isValid());
    }

    void referenceFilesDecrypt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("plaintext");
        const QString plain = kGenerated + QStringLiteral("plaintext/");
        QTest::newRow("mpileup.1.bam, sent by bob to alice")
            << kGenerated + QStringLiteral("mpileup.1.bam.c4gh") << kAliceSec << "alice"
            << plain + QStringLiteral("mpileup.1.bam");
        QTest::newRow("clinvar VCF.gz")
            << kGenerated + QStringLiteral("clinvar-testset.vcf.gz.c4gh") << kAliceSec << "alice"
            << plain + QStringLiteral("clinvar-testset.vcf.gz");
        QTest::newRow("two recipients, alice alone")
            << kGenerated + QStringLiteral("testfile.abcd.alice+bob.c4gh") << kAliceSec << "alice"
            << plain + QStringLiteral("testfile.abcd");
        QTest::newRow("two recipients, bob alone")
            << kGenerated + QStringLiteral("testfile.abcd.alice+bob.c4gh") << kBobSec << "bob"
            << plain + QStringLiteral("testfile.abcd");
        QTest::newRow("empty file (header only)")
            << kGenerated + QStringLiteral("empty.alice.c4gh") << kAliceSec << "alice"
            << plain + QStringLiteral("empty.txt");
        QTest::newRow("Go implementation's sample.txt.enc")
            << QStringLiteral("neicnordic_crypt4gh/test/sample.txt.enc")
            << kGenerated + QStringLiteral("keys/neic_crypt4ghX25519.sec") << "password"
            << QStringLiteral("neicnordic_crypt4gh/test/sample.txt");
        // Written by the Go implementation for the PKCS#8 reader key, with an empty segment.
        QTest::newRow("Java test: empty file written by Go")
            << QStringLiteral("uio-bmi_crypt4gh/src/test/resources/empty.go.txt.c4gh")
            << QStringLiteral("uio-bmi_crypt4gh/src/test/resources/reader.sec.pem") << ""
            << plain + QStringLiteral("empty.txt");
        QTest::newRow("Java test: empty file written by Python")
            << QStringLiteral("uio-bmi_crypt4gh/src/test/resources/empty.python.txt.c4gh")
            << QStringLiteral("uio-bmi_crypt4gh/src/test/resources/reader.sec") << "password"
            << plain + QStringLiteral("empty.txt");
    }

    void referenceFilesDecrypt()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, passphrase);
        QFETCH(QString, plaintext);
        const Crypt4ghKeyPair pair = secretKey(key, passphrase);
        QVERIFY(pair.isValid());
        const QByteArray expected = readAll(c4gh(plaintext));
        for (int threads : {1, 2}) {
            QByteArray plain;
            QString error;
            QVERIFY2(decryptTo(c4gh(file), {pair}, &plain, &error, threads), qPrintable(error));
            QCOMPARE(plain.size(), expected.size());
            QVERIFY(plain == expected);
        }
    }

    void anyOfSeveralKeysOpensTheFile()
    {
        // Keys that cannot open it come first: they are skipped, not an error.
        const Crypt4ghKeyPair stranger =
            secretKey(kGenerated + QStringLiteral("keys/neic_newRecipient.sec"), "password");
        QByteArray plain;
        QString error;
        QVERIFY2(decryptTo(c4gh(kGenerated + QStringLiteral("testfile.abcd.alice+bob.c4gh")),
                           {stranger, secretKey(kBobSec, "bob")}, &plain, &error),
                 qPrintable(error));
        QVERIFY(plain == readAll(c4gh(kGenerated + QStringLiteral("plaintext/testfile.abcd"))));
    }

    void editListKeepsTheRange()
    {
        QByteArray plain;
        QString error;
        QVERIFY2(decryptTo(c4gh(kGenerated +
                                QStringLiteral("testfile.abcd.editlist_65530-131080.alice.c4gh")),
                           {secretKey(kAliceSec, "alice")}, &plain, &error),
                 qPrintable(error));
        const QByteArray whole =
            readAll(c4gh(kGenerated + QStringLiteral("plaintext/testfile.abcd")));
        // What reference v1.7 outputs for --range 65530-131080 (see PROVENANCE.md).
        QCOMPARE(plain.size(), 65549);
        QVERIFY(plain == whole.mid(65530, 65549));
    }

    void wrongKeySaysWhichKeyWasTried()
    {
        const Crypt4ghKeyPair stranger =
            secretKey(kGenerated + QStringLiteral("keys/neic_newRecipient.sec"), "password");
        QByteArray plain;
        QString error;
        const QString file = c4gh(kGenerated + QStringLiteral("mpileup.1.bam.c4gh"));
        QVERIFY(!decryptTo(file, {stranger}, &plain, &error));
        QVERIFY2(error.contains(QStringLiteral("no header packet decrypts")), qPrintable(error));
        QVERIFY2(error.contains(Crypt4ghKeyPair::fingerprint(stranger.publicKey())),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("neic_newRecipient.sec")), qPrintable(error));
        QVERIFY2(error.contains(file), qPrintable(error));
    }

    void malformedFilesFailWithTheRightMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("notExpected");
        QTest::newRow("bit flip in the body")
            << QStringLiteral("MALFORMED_bitflip_in_body.c4gh")
            << QStringList{QStringLiteral("MAC check failed at segment 1 "),
                           QStringLiteral("changed")}
            << QStringLiteral("truncated");
        QTest::newRow("truncated in the header")
            << QStringLiteral("MALFORMED_truncated_in_header.c4gh")
            << QStringList{QStringLiteral("truncated header"), QStringLiteral("packet 1 of 1"),
                           QStringLiteral("108 bytes")}
            << QStringLiteral("MAC");
        QTest::newRow("truncated in the body")
            << QStringLiteral("MALFORMED_truncated_mid_body.c4gh")
            << QStringList{QStringLiteral("MAC check failed at segment 1,"),
                           QStringLiteral("truncated")}
            << QString();
    }

    void malformedFilesFailWithTheRightMessage()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QFETCH(QString, notExpected);
        const QString path = c4gh(kGenerated + file);
        const QString output = m_dir.filePath(file + QStringLiteral(".out"));
        Crypt4ghReader::Options options;
        options.keys = {secretKey(kAliceSec, "alice")};
        options.threads = 2;
        QString error;
        QVERIFY(!Crypt4ghReader::decryptFile(path, output, options, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        for (const QString& e : expected)
            QVERIFY2(error.contains(e), qPrintable(error));
        if (!notExpected.isEmpty())
            QVERIFY2(!error.contains(notExpected), qPrintable(error));
        QVERIFY(!QFileInfo::exists(output)); // nothing half-decrypted under the final name
    }

    void bitFlipInALaterSegmentNamesThatSegment()
    {
        // Three full segments and a short one; flip a byte in the third.
        QByteArray data(3 * 65536 + 100, Qt::Uninitialized);
        for (int i = 0; i < data.size(); ++i)
            data[i] = char(i * 31 + i / 7);
        QBuffer in(&data);
        in.open(QIODevice::ReadOnly);
        QByteArray encrypted;
        QBuffer out(&encrypted);
        out.open(QIODevice::WriteOnly);
        Crypt4ghWriter::Options w;
        w.recipients = {publicKey(kAlicePub)};
        QString error;
        Crypt4ghWriter::Stats ws;
        QVERIFY2(Crypt4ghWriter::encrypt(in, out, w, QStringLiteral("data"), &error, &ws),
                 qPrintable(error));
        encrypted[int(ws.headerBytes + 2 * 65564 + 40)] ^= 0x01;
        QBuffer back(&encrypted);
        back.open(QIODevice::ReadOnly);
        QByteArray plain;
        QBuffer sink(&plain);
        sink.open(QIODevice::WriteOnly);
        Crypt4ghReader::Options r;
        r.keys = {secretKey(kAliceSec, "alice")};
        r.threads = 2;
        r.segmentsPerThread = 1;
        QVERIFY(!Crypt4ghReader::decrypt(back, sink, r, QStringLiteral("flipped"), &error));
        QVERIFY2(error.contains(QStringLiteral("MAC check failed at segment 3 ")),
                 qPrintable(error));
    }

    void stewardFilesDecryptWithTheReferenceKeys_data()
    {
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<bool>("withSender");
        QTest::newRow("alice") << QStringList{kAlicePub} << false;
        QTest::newRow("alice and bob, sent by bob") << QStringList{kAlicePub, kBobPub} << true;
    }

    void stewardFilesDecryptWithTheReferenceKeys()
    {
        QFETCH(QStringList, recipients);
        QFETCH(bool, withSender);
        const QString input = c4gh(kGenerated + QStringLiteral("plaintext/mpileup.1.bam"));
        const QString output = m_dir.filePath(QStringLiteral("mpileup.1.bam.c4gh"));
        QFile::remove(output);
        Crypt4ghWriter::Options w;
        for (const QString& r : recipients)
            w.recipients << publicKey(r);
        if (withSender)
            w.sender = secretKey(kBobSec, "bob");
        w.threads = 2;
        QString error;
        Crypt4ghWriter::Stats ws;
        QVERIFY2(Crypt4ghWriter::encryptFile(input, output, w, &error, &ws), qPrintable(error));
        QCOMPARE(ws.writerPublicKey == publicKey(kBobPub), withSender);
        const QByteArray expected = readAll(input);
        const QVector<Crypt4ghKeyPair> readers{secretKey(kAliceSec, "alice"),
                                               secretKey(kBobSec, "bob")};
        for (int i = 0; i < recipients.size(); ++i) {
            QByteArray plain;
            Crypt4ghReader::Stats rs;
            QFile in(output);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QBuffer out(&plain);
            out.open(QIODevice::WriteOnly);
            Crypt4ghReader::Options r;
            r.keys = {readers.at(i)};
            QVERIFY2(Crypt4ghReader::decrypt(in, out, r, output, &error, &rs), qPrintable(error));
            QVERIFY(plain == expected);
            QCOMPARE(rs.writerPublicKey, ws.writerPublicKey);
        }
    }
};

QTEST_GUILESS_MAIN(TestCrypt4ghInterop)
#include "test_Crypt4ghInterop.moc"
