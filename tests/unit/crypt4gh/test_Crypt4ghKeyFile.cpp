// Crypt4GH key files: the KDF test vectors of the Go implementation, every reference key file
// (all KDFs, all PEM labels) loads with its passphrase and matches its public key, a wrong
// passphrase or a file that is not a key fails with a message naming the file, and the key
// pairs Steward writes read back (secret key private to its owner, nothing replaced).

#include <sys/stat.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "models/crypt4gh/BcryptPbkdf.h"
#include "models/crypt4gh/Crypt4ghKeyFile.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;
using Kdf = Crypt4ghKeyFile::Kdf;

Q_DECLARE_METATYPE(steward::Crypt4ghKeyFile::Kdf)

namespace {

QString c4gh(const QString& relative)
{
    return sharedData(QStringLiteral("crypt4gh/") + relative);
}

Crypt4ghKeyFile::PassphraseProvider given(const QString& passphrase)
{
    return [passphrase]() { return passphrase; };
}

} // namespace

class TestCrypt4ghKeyFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void kdfTestVectors_data()
    {
        QTest::addColumn<Kdf>("kdf");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("scrypt") << Kdf::Scrypt << QByteArray("1ac7b37b");
        QTest::newRow("bcrypt") << Kdf::Bcrypt << QByteArray("f8979508");
        QTest::newRow("pbkdf2_hmac_sha256") << Kdf::Pbkdf2HmacSha256 << QByteArray("dd3352de");
    }

    void kdfTestVectors()
    {
        QFETCH(Kdf, kdf);
        QFETCH(QByteArray, prefix);
        const QByteArray salt = QByteArray::fromHex("01020304010203040102030401020304");
        QByteArray key;
        QVERIFY(Crypt4ghKeyFile::deriveKey(kdf, "password", salt, 4, &key));
        QCOMPARE(key.size(), 32);
        QCOMPARE(key.toHex().left(8), prefix);
    }

    void bcryptPbkdfSpreadsLongKeys()
    {
        // Past 32 bytes bcrypt_pbkdf interleaves its blocks: byte 0 comes from block 1,
        // byte 1 from block 2. A 64-byte key must not start like the 32-byte one beyond byte 0.
        const QByteArray salt = QByteArray::fromHex("01020304010203040102030401020304");
        QByteArray shortKey;
        QByteArray longKey;
        QVERIFY(BcryptPbkdf::derive("password", salt, 4, 32, &shortKey));
        QVERIFY(BcryptPbkdf::derive("password", salt, 4, 64, &longKey));
        QCOMPARE(longKey.at(0), shortKey.at(0));
        QCOMPARE(longKey.at(2), shortKey.at(1));
        QVERIFY(!BcryptPbkdf::derive(QByteArray(), salt, 4, 32, &shortKey));
        QVERIFY(!BcryptPbkdf::derive("password", salt, 0, 32, &shortKey));
    }

    void referenceKeysLoad_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("pub");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<Kdf>("kdf");
        const QString ega = QStringLiteral("EGA-archive_crypt4gh/tests/_common/");
        const QString rust = QStringLiteral("EGA-archive_crypt4gh-rust/tests/testfiles/");
        const QString uio = QStringLiteral("uio-bmi_crypt4gh/src/test/resources/");
        const QString neic = QStringLiteral("generated-with-reference-v1.7/keys/");
        QTest::newRow("python alice, bcrypt, ENCRYPTED PRIVATE KEY")
            << ega + "alice.sec" << ega + "alice.pub"
            << "alice" << Kdf::Bcrypt;
        QTest::newRow("python bob, bcrypt") << ega + "bob.sec" << ega + "bob.pub"
                                            << "bob" << Kdf::Bcrypt;
        QTest::newRow("rust alice, bcrypt") << rust + "alice.sec" << rust + "alice.pub"
                                            << "alice" << Kdf::Bcrypt;
        QTest::newRow("rust bob, bcrypt") << rust + "bob.sec" << rust + "bob.pub"
                                          << "bob" << Kdf::Bcrypt;
        QTest::newRow("java reader, scrypt, CRYPT4GH ENCRYPTED PRIVATE KEY")
            << uio + "reader.sec" << uio + "reader.pub"
            << "password" << Kdf::Scrypt;
        // "asdf": the passphrase the Java implementation's Crypt4GHTests.java opens it with.
        QTest::newRow("java writer, scrypt") << uio + "writer.sec" << uio + "writer.pub"
                                             << "asdf" << Kdf::Scrypt;
        QTest::newRow("java reader, PKCS#8 PEM") << uio + "reader.sec.pem" << uio + "reader.pub.pem"
                                                 << "" << Kdf::None;
        QTest::newRow("java writer, PKCS#8 PEM") << uio + "writer.sec.pem" << uio + "writer.pub.pem"
                                                 << "" << Kdf::None;
        QTest::newRow("go X25519, scrypt")
            << neic + "neic_crypt4ghX25519.sec" << neic + "neic_crypt4ghX25519.pub"
            << "password" << Kdf::Scrypt;
        QTest::newRow("go new recipient, scrypt, CRYPT4GH PRIVATE KEY")
            << neic + "neic_newRecipient.sec" << neic + "neic_newRecipient.pub"
            << "password" << Kdf::Scrypt;
        QTest::newRow("go unencrypted, kdf none")
            << neic + "neic_unencrypted.sec" << neic + "neic_unencrypted.pub"
            << "" << Kdf::None;
        QTest::newRow("htslib-crypt4gh raw key")
            << QStringLiteral("samtools_htslib-crypt4gh/test/alice.sec")
            << QStringLiteral("samtools_htslib-crypt4gh/test/alice.pub") << "" << Kdf::None;
    }

    void referenceKeysLoad()
    {
        if (sharedData().isEmpty())
            QSKIP(qPrintable(sharedDataMissingMessage()));
        QFETCH(QString, secret);
        QFETCH(QString, pub);
        QFETCH(QString, passphrase);
        QFETCH(Kdf, kdf);
        QByteArray expected;
        QString error;
        QVERIFY2(Crypt4ghKeyFile::readPublicKey(c4gh(pub), &expected, &error), qPrintable(error));
        QCOMPARE(expected.size(), 32);

        Crypt4ghKeyFile::SecretKeyInfo info;
        QVERIFY2(Crypt4ghKeyFile::inspectSecretKey(c4gh(secret), &info, &error), qPrintable(error));
        QCOMPARE(info.kdf, kdf);
        bool asked = false;
        Crypt4ghKeyPair pair;
        QVERIFY2(Crypt4ghKeyFile::readSecretKey(
                     c4gh(secret),
                     [&]() {
                         asked = true;
                         return passphrase;
                     },
                     &pair, &error),
                 qPrintable(error));
        QCOMPARE(asked, kdf != Kdf::None); // asked only when needed
        QCOMPARE(pair.publicKey(), expected);
        QCOMPARE(pair.origin(), c4gh(secret));

        if (kdf == Kdf::None)
            return;
        Crypt4ghKeyPair wrong;
        QVERIFY(!Crypt4ghKeyFile::readSecretKey(c4gh(secret), given(QStringLiteral("not it")),
                                                &wrong, &error));
        QVERIFY2(error.contains(QStringLiteral("wrong passphrase")), qPrintable(error));
        QVERIFY2(error.contains(c4gh(secret)), qPrintable(error));
        QVERIFY(!wrong.isValid());
        QVERIFY(!Crypt4ghKeyFile::readSecretKey(c4gh(secret), given(QString()), &wrong, &error));
        QVERIFY2(error.contains(QStringLiteral("none was given")), qPrintable(error));
    }

    void filesThatAreNotKeysFailNamingTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("asPublic");
        QTest::addColumn<QString>("message");
        QTest::newRow("SAM text as public key")
            << QStringLiteral("samtools_htslib-crypt4gh/test/ce#1.sam") << true << "no -----BEGIN";
        QTest::newRow("large text as public key")
            << QStringLiteral("neicnordic_crypt4gh/test/sample.txt") << true
            << "not a Crypt4GH key file";
        QTest::newRow("encrypted file as secret key")
            << QStringLiteral("generated-with-reference-v1.7/mpileup.1.bam.c4gh") << false
            << "not a Crypt4GH key file";
        QTest::newRow("secret key as public key")
            << QStringLiteral("EGA-archive_crypt4gh/tests/_common/alice.sec") << true
            << "holds a secret key";
        QTest::newRow("raw secret key as public key")
            << QStringLiteral("samtools_htslib-crypt4gh/test/alice.sec") << true
            << "holds a secret key";
        QTest::newRow("public key as secret key")
            << QStringLiteral("EGA-archive_crypt4gh/tests/_common/alice.pub") << false
            << "holds a public key";
        QTest::newRow("OpenSSH key as secret key")
            << QStringLiteral("generated-with-reference-v1.7/keys/neic_sshEd25519_enc.sec") << false
            << "OpenSSH key";
        QTest::newRow("missing file")
            << QStringLiteral("no/such.pub") << true << "Cannot read the key file";
    }

    void filesThatAreNotKeysFailNamingTheFile()
    {
        if (sharedData().isEmpty())
            QSKIP(qPrintable(sharedDataMissingMessage()));
        QFETCH(QString, file);
        QFETCH(bool, asPublic);
        QFETCH(QString, message);
        QString error;
        bool ok = false;
        if (asPublic) {
            QByteArray key;
            ok = Crypt4ghKeyFile::readPublicKey(c4gh(file), &key, &error);
        } else {
            Crypt4ghKeyPair pair;
            ok = Crypt4ghKeyFile::readSecretKey(c4gh(file), given(QStringLiteral("x")), &pair,
                                                &error);
        }
        QVERIFY(!ok);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(c4gh(file)), qPrintable(error));
    }

    void writtenPairsReadBack_data()
    {
        QTest::addColumn<Kdf>("kdf");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("scrypt (default)") << Kdf::Scrypt << "correct horse";
        QTest::newRow("bcrypt") << Kdf::Bcrypt << "battery staple";
        QTest::newRow("pbkdf2") << Kdf::Pbkdf2HmacSha256 << QStringLiteral("pässphrase ✓");
        QTest::newRow("no passphrase") << Kdf::None << "";
    }

    void writtenPairsReadBack()
    {
        QFETCH(Kdf, kdf);
        QFETCH(QString, passphrase);
        const QString prefix = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).left(6));
        const Crypt4ghKeyPair pair = Crypt4ghKeyPair::generate();
        QString error;
        QVERIFY2(Crypt4ghKeyFile::writeKeyPair(pair, prefix + ".pub", prefix + ".sec", passphrase,
                                               &error, kdf, QStringLiteral("a comment")),
                 qPrintable(error));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(prefix + ".sec").constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QFile sec(prefix + ".sec");
        QVERIFY(sec.open(QIODevice::ReadOnly));
        const QByteArray text = sec.readAll();
        QVERIFY(text.startsWith("-----BEGIN CRYPT4GH PRIVATE KEY-----\n"));
        QVERIFY(!text.contains(pair.secretKey().toBase64()) || kdf == Kdf::None);

        QByteArray pub;
        QVERIFY(Crypt4ghKeyFile::readPublicKey(prefix + ".pub", &pub, &error));
        QCOMPARE(pub, pair.publicKey());
        Crypt4ghKeyPair back;
        Crypt4ghKeyFile::SecretKeyInfo info;
        QVERIFY2(Crypt4ghKeyFile::readSecretKey(prefix + ".sec", given(passphrase), &back, &error,
                                                &info),
                 qPrintable(error));
        QCOMPARE(back.secretKey(), pair.secretKey());
        QCOMPARE(info.kdf, kdf);
        QCOMPARE(info.comment, QStringLiteral("a comment"));
        if (kdf != Kdf::None)
            QVERIFY(!Crypt4ghKeyFile::readSecretKey(prefix + ".sec", given(passphrase + "x"), &back,
                                                    &error));

        // Key files are never replaced.
        QVERIFY(!Crypt4ghKeyFile::writeKeyPair(Crypt4ghKeyPair::generate(), prefix + ".pub",
                                               prefix + ".other", passphrase, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(prefix + ".other"));
    }

    void fingerprintIsOpenSshStyle()
    {
        const QByteArray key(32, '\0');
        const QString print = Crypt4ghKeyPair::fingerprint(key);
        QVERIFY(print.startsWith(QStringLiteral("SHA256:")));
        QCOMPARE(print.size(), 7 + 43); // unpadded base64 of 32 bytes
        QCOMPARE(print, QStringLiteral("SHA256:Zmh6rfhivXdsj8GLjp+OIAiXFIVu4jOzkCpZHQ1fKSU"));
    }
};

QTEST_APPLESS_MAIN(TestCrypt4ghKeyFile)
#include "test_Crypt4ghKeyFile.moc"
