// RegionCodes: the country and region codes of GS and of a destination's region, and which lie
// inside which.

#include <QLocale>
#include <QtTest>

#include "models/consent/RegionCodes.h"

using namespace steward;

Q_DECLARE_METATYPE(RegionCodes::Overlap)

class TestRegionCodes : public QObject
{
    Q_OBJECT

private slots:
    void canonical_data();
    void canonical();
    void isoCountriesAgreeWithQt();
    void groupsNest();
    void overlap_data();
    void overlap();
};

void TestRegionCodes::canonical_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("country") << "DE"
                             << "DE";
    QTest::newRow("lower case") << " no "
                                << "NO";
    QTest::newRow("EU") << "eu"
                        << "EU";
    QTest::newRow("EEA") << "EEA"
                         << "EEA";
    QTest::newRow("EUR") << "EUR"
                         << "EUR";
    QTest::newRow("Europe alias") << "Europe"
                                  << "EUR";
    QTest::newRow("world") << "world"
                           << "WORLD";
    QTest::newRow("UK is not ISO") << "UK"
                                   << "";
    QTest::newRow("EL is not ISO") << "EL"
                                   << "";
    QTest::newRow("three letters") << "DEU"
                                   << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestRegionCodes::canonical()
{
    QFETCH(QString, code);
    QFETCH(QString, canonical);
    QCOMPARE(RegionCodes::canonical(code), canonical);
    QCOMPARE(RegionCodes::isKnown(code), !canonical.isEmpty());
}

void TestRegionCodes::isoCountriesAgreeWithQt()
{
    const QSet<QString> world = RegionCodes::countries(QStringLiteral("WORLD"));
    QCOMPARE(int(world.size()), 249);
    // Every code is one Qt's CLDR data knows as a territory.
    for (const QString& code : world) {
        QVERIFY2(QLocale::codeToTerritory(code) != QLocale::AnyTerritory, qPrintable(code));
        QVERIFY(RegionCodes::isCountry(code));
    }
    QVERIFY(!RegionCodes::isCountry(QStringLiteral("EU")));
}

void TestRegionCodes::groupsNest()
{
    const QSet<QString> eu = RegionCodes::countries(QStringLiteral("EU"));
    const QSet<QString> eea = RegionCodes::countries(QStringLiteral("EEA"));
    const QSet<QString> europe = RegionCodes::countries(QStringLiteral("EUR"));
    const QSet<QString> world = RegionCodes::countries(QStringLiteral("WORLD"));
    QVERIFY(eea.contains(eu));
    QVERIFY(europe.contains(eea));
    QVERIFY(world.contains(europe));
    QCOMPARE(int((eea - eu).size()), 3); // Iceland, Liechtenstein, Norway
    QVERIFY(eu.contains(QStringLiteral("CY")));
    QVERIFY(!eu.contains(QStringLiteral("CH")));
    QVERIFY(!eu.contains(QStringLiteral("GB")));
    QVERIFY(europe.contains(QStringLiteral("GB")));
    QVERIFY(!europe.contains(QStringLiteral("US")));
}

void TestRegionCodes::overlap_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<RegionCodes::Overlap>("expected");

    using O = RegionCodes::Overlap;
    QTest::newRow("same") << "DE" << QStringList{"DE"} << O::Inside;
    QTest::newRow("country in group") << "SE" << QStringList{"EU"} << O::Inside;
    QTest::newRow("union of countries") << "FR" << QStringList{"DE", "FR"} << O::Inside;
    QTest::newRow("group in group") << "EU" << QStringList{"EEA"} << O::Inside;
    QTest::newRow("group in two") << "EEA" << QStringList{"EU", "IS", "LI", "NO"} << O::Inside;
    QTest::newRow("outside") << "US" << QStringList{"EU"} << O::Outside;
    QTest::newRow("partly") << "EEA" << QStringList{"EU"} << O::Partly;
    QTest::newRow("unknown") << "XX" << QStringList{"EU"} << O::Unknown;
}

void TestRegionCodes::overlap()
{
    QFETCH(QString, region);
    QFETCH(QStringList, allowed);
    QFETCH(RegionCodes::Overlap, expected);
    QCOMPARE(RegionCodes::overlap(region, allowed), expected);
}

QTEST_APPLESS_MAIN(TestRegionCodes)
#include "test_RegionCodes.moc"
