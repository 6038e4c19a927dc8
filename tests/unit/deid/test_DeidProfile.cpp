// De-identification profiles: the shipped ones load and say what the issue asks (safe-harbor
// keeps only structural header lines), the hash identifies a profile's content, and every kind
// of mistake in a user's profile is refused with the key's path and the file.

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include "models/deid/DeidProfile.h"

using namespace steward;

namespace {

QJsonObject minimal()
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("steward-deid-profile")},
                       {QStringLiteral("formatVersion"), 1},
                       {QStringLiteral("name"), QStringLiteral("mine")}};
}

} // namespace

class TestDeidProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedProfilesLoad()
    {
        for (const QString& name : DeidProfile::builtInNames()) {
            DeidProfile p;
            QString error;
            QVERIFY2(DeidProfile::resolve(name, &p, &error), qPrintable(error));
            QCOMPARE(p.name, name);
            QCOMPARE(p.source, QStringLiteral("builtin:") + name);
            QCOMPARE(p.sha256.size(), 64);
            QVERIFY(p.sam.keepRecordTypes.contains(QStringLiteral("SQ")));
            QVERIFY(p.samples.pseudonymize);
        }
    }

    void safeHarborIsStrict()
    {
        const DeidProfile p = DeidProfile::strictDefault();
        QCOMPARE(p.name, QStringLiteral("safe-harbor"));
        // Allowlist of structural lines only: no provenance, reference paths or sample lines.
        for (const QString& key : {QStringLiteral("reference"), QStringLiteral("source"),
                                   QStringLiteral("fileDate"), QStringLiteral("SAMPLE"),
                                   QStringLiteral("PEDIGREE"), QStringLiteral("GATKCommandLine")})
            QVERIFY2(!p.vcf.keepHeaderKeys.contains(key), qPrintable(key));
        QVERIFY(!p.sam.keepRecordTypes.contains(QStringLiteral("PG")));
        QVERIFY(!p.sam.keepRecordTypes.contains(QStringLiteral("CO")));
        QVERIFY(!p.sam.sqAttributes.contains(QStringLiteral("UR")));
        QVERIFY(!p.sam.rgAttributes.contains(QStringLiteral("DT")));
        QVERIFY(!p.sam.rgAttributes.contains(QStringLiteral("PU")));
        QCOMPARE(p.sam.readNames, DeidProfile::ReadNamePolicy::KeyedHash);
        QCOMPARE(p.sidecars.dates, DeidProfile::DatePolicy::YearOnly);
        QCOMPARE(p.sidecars.zipDigits, 3);
        QVERIFY(p.sidecars.agesOver89);
        QVERIFY(p.sidecars.dropFreeText);
    }

    void hashFollowsContent()
    {
        DeidProfile a;
        DeidProfile b;
        QString error;
        QVERIFY(DeidProfile::fromJson(minimal(), QStringLiteral("a"), &a, &error));
        QVERIFY(DeidProfile::fromJson(minimal(), QStringLiteral("b"), &b, &error));
        QCOMPARE(a.sha256, b.sha256); // the source is not content
        QJsonObject changed = minimal();
        changed.insert(QStringLiteral("sam"),
                       QJsonObject{{QStringLiteral("readNames"), QStringLiteral("counter")}});
        DeidProfile c;
        QVERIFY(DeidProfile::fromJson(changed, QStringLiteral("c"), &c, &error));
        QVERIFY(a.sha256 != c.sha256);
        // Round trip: what toJson writes reads back to the same hash.
        DeidProfile d;
        QVERIFY(DeidProfile::fromJson(c.toJson(), QStringLiteral("d"), &d, &error));
        QCOMPARE(d.sha256, c.sha256);
        // The byte-identity check is part of the profile (and of its hash), written only when
        // chosen, so profiles without it keep the hash they had.
        QVERIFY(!a.vcf.byteIdentityCheck);
        QVERIFY(!a.toJson().value(QStringLiteral("vcf")).toObject().contains(
            QStringLiteral("headerOnlyCheck")));
        QJsonObject bytes = minimal();
        bytes.insert(QStringLiteral("vcf"),
                     QJsonObject{{QStringLiteral("headerOnlyCheck"), QStringLiteral("bytes")}});
        DeidProfile e, f;
        QVERIFY2(DeidProfile::fromJson(bytes, QStringLiteral("e"), &e, &error), qPrintable(error));
        QVERIFY(e.vcf.byteIdentityCheck);
        QVERIFY(e.sha256 != a.sha256);
        QVERIFY(DeidProfile::fromJson(e.toJson(), QStringLiteral("f"), &f, &error));
        QVERIFY(f.vcf.byteIdentityCheck);
        QCOMPARE(f.sha256, e.sha256);
    }

    void refusesMistakes_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");

        QTest::newRow("unknown top key")
            << QString() << "readnames" << QJsonValue(true) << "unknown key \"readnames\"";
        QTest::newRow("unknown vcf key")
            << "vcf"
            << "dropInfo" << QJsonValue(QJsonArray()) << "vcf.dropInfo";
        QTest::newRow("read-name policy")
            << "sam"
            << "readNames" << QJsonValue("scramble") << "keep, counter, keyed-hash";
        QTest::newRow("tag not two letters")
            << "sam"
            << "stripTags" << QJsonValue(QJsonArray{QStringLiteral("BCX")})
            << "sam.stripTags has an invalid entry \"BCX\"";
        QTest::newRow("record type")
            << "sam"
            << "keepRecordTypes" << QJsonValue(QJsonArray{QStringLiteral("XX")})
            << "sam.keepRecordTypes";
        QTest::newRow("GT removal")
            << "vcf"
            << "removeFormat" << QJsonValue(QJsonArray{QStringLiteral("GT")})
            << "GT cannot be removed";
        QTest::newRow("header-only check")
            << "vcf"
            << "headerOnlyCheck" << QJsonValue("sometimes") << "is not \"decode\" or \"bytes\"";
        QTest::newRow("date policy") << "sidecars"
                                     << "dates" << QJsonValue("month") << "keep, year, shift";
        QTest::newRow("zip digits") << "sidecars"
                                    << "zipDigits" << QJsonValue(7) << "from -1 to 5";
        QTest::newRow("length") << "samples"
                                << "length" << QJsonValue(40) << "from 1 to 26";
        QTest::newRow("prefix") << "samples"
                                << "prefix" << QJsonValue("has space") << "samples.prefix";
        QTest::newRow("bool as string")
            << "vcf"
            << "scrubDescriptions" << QJsonValue("yes") << "true or false";
        QTest::newRow("format") << QString() << "format" << QJsonValue("other")
                                << "not a Steward de-identification profile";
        QTest::newRow("version") << QString() << "formatVersion" << QJsonValue(2)
                                 << "format version 2";
    }

    void refusesMistakes()
    {
        QFETCH(QString, section);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = minimal();
        if (section.isEmpty())
            json.insert(key, value);
        else
            json.insert(section, QJsonObject{{key, value}});
        DeidProfile p;
        QString error;
        QVERIFY(!DeidProfile::fromJson(json, QStringLiteral("/tmp/mine.json"), &p, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("/tmp/mine.json")), qPrintable(error));
    }

    void loadsFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"steward-deid-profile\", \"name\": \"x\",");
        f.close();
        DeidProfile p;
        QString error;
        QVERIFY(!DeidProfile::resolve(path, &p, &error));
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")) && error.contains(path),
                 qPrintable(error));
        QVERIFY(!DeidProfile::resolve(QStringLiteral("no-such-profile"), &p, &error));
        QVERIFY2(error.contains(QStringLiteral("safe-harbor")), qPrintable(error));

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(minimal()).toJson());
        f.close();
        QVERIFY2(DeidProfile::resolve(path, &p, &error), qPrintable(error));
        QCOMPARE(p.name, QStringLiteral("mine"));
        QCOMPARE(p.source, path);
    }
};

QTEST_GUILESS_MAIN(TestDeidProfile)
#include "test_DeidProfile.moc"
