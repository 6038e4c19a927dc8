// Keyed pseudonyms: stable for a key, different under another key, independent between uses
// (a sample pseudonym is not a read-name hash of the same text), HMAC-SHA-256 as documented
// (checked against OpenSSL's command-line tool), and date shifts bounded and never zero.

#include <QSet>
#include <QtTest>

#include "../../common/TestData.h"
#include "models/deid/Pseudonymizer.h"

using namespace steward;

class TestPseudonymizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stableAndKeyed()
    {
        const QByteArray key(32, 'k');
        const Pseudonymizer a(key);
        const Pseudonymizer b(key);
        const Pseudonymizer other(QByteArray(32, 'K'));
        const QString p = a.sample(QStringLiteral("MRN0048213"));
        QCOMPARE(p, b.sample(QStringLiteral("MRN0048213")));
        QVERIFY(p != other.sample(QStringLiteral("MRN0048213")));
        QVERIFY(p.startsWith(QStringLiteral("S-")));
        QCOMPARE(p.size(), 10);
        QVERIFY(
            QRegularExpression(QStringLiteral("^S-[0-9A-HJKMNP-TV-Z]{8}$")).match(p).hasMatch());
        QVERIFY(a.family(QStringLiteral("MRN0048213")).startsWith(QStringLiteral("F-")));
        QVERIFY(a.family(QStringLiteral("MRN0048213")).mid(2) != p.mid(2));
        QVERIFY(a.readName("MRN0048213") != p.mid(2).toLatin1());
        QCOMPARE(a.readName("A00123:45:HXXXXBBXX:1:1101:1000:2000").size(), 16);
    }

    void hmacMatchesOpenssl()
    {
        if (!test::haveTool(QStringLiteral("openssl")))
            QSKIP("openssl is not installed");
        const QByteArray key =
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        const Pseudonymizer p(key);
        const test::ToolResult r = test::runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-mac"),
             QStringLiteral("HMAC"), QStringLiteral("-macopt"),
             QStringLiteral("hexkey:") + QString::fromLatin1(key.toHex())},
            QByteArray("sample") + '\0' + "HG002");
        QCOMPARE(r.exitCode, 0);
        const QByteArray hex = r.out.trimmed().split(' ').last();
        QCOMPARE(p.mac("sample", "HG002").toHex(), hex);
        // base32 of the MAC is what the pseudonym carries.
        QCOMPARE(p.sample(QStringLiteral("HG002")),
                 QStringLiteral("S-") + Pseudonymizer::base32(QByteArray::fromHex(hex), 8));
    }

    void base32IsCrockford()
    {
        QCOMPARE(Pseudonymizer::base32(QByteArray::fromHex("0000000000"), 8),
                 QStringLiteral("00000000"));
        QCOMPARE(Pseudonymizer::base32(QByteArray::fromHex("ffffffffff"), 8),
                 QStringLiteral("ZZZZZZZZ"));
        // 0x08 0x86 0x42 0x98 0xe8 = 00001 00010 00011 00100 00101 00110 00111 01000
        QCOMPARE(Pseudonymizer::base32(QByteArray::fromHex("08864298e8"), 8),
                 QStringLiteral("12345678"));
    }

    void distinctOverManyIds()
    {
        const Pseudonymizer p(QByteArray(32, 'x'));
        QSet<QString> seen;
        for (int i = 0; i < 20000; ++i)
            seen.insert(p.sample(QStringLiteral("sample-%1").arg(i)));
        QCOMPARE(seen.size(), 20000); // 40 bits: a collision here would be a bug
        const Pseudonymizer shortOnes(QByteArray(32, 'x'), QStringLiteral("S-"), 1);
        QSet<QString> few;
        for (int i = 0; i < 100; ++i)
            few.insert(shortOnes.sample(QStringLiteral("sample-%1").arg(i)));
        QVERIFY(few.size() <= 32); // one base-32 character: collisions are certain
    }

    void dateShiftBounded()
    {
        const Pseudonymizer p(QByteArray(32, 'd'));
        bool negative = false;
        bool positive = false;
        for (int i = 0; i < 500; ++i) {
            const int s = p.dateShiftDays(QStringLiteral("ind-%1").arg(i), 30);
            QVERIFY(s != 0);
            QVERIFY(s >= -30 && s <= 30);
            negative |= s < 0;
            positive |= s > 0;
            QCOMPARE(s, p.dateShiftDays(QStringLiteral("ind-%1").arg(i), 30));
        }
        QVERIFY(negative && positive);
    }
};

QTEST_APPLESS_MAIN(TestPseudonymizer)
#include "test_Pseudonymizer.moc"
