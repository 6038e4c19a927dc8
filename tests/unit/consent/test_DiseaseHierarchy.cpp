// DiseaseHierarchy: the built-in is-a links the DS rule relies on, id syntax, labels, and the
// one MONDO/DOID link it knows.

#include <QtTest>

#include "models/consent/DiseaseHierarchy.h"

using namespace steward;

class TestDiseaseHierarchy : public QObject
{
    Q_OBJECT

private slots:
    void wellFormedIds_data();
    void wellFormedIds();
    void isA_data();
    void isA();
    void labels();
    void comparable();
    void customHierarchy();
};

void TestDiseaseHierarchy::wellFormedIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("wellFormed");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("MONDO") << "MONDO:0005148" << true << "MONDO:0005148";
    QTest::newRow("lower-case prefix") << " mondo:0005148 " << true << "MONDO:0005148";
    QTest::newRow("DOID") << "doid:9352" << true << "DOID:9352";
    QTest::newRow("MONDO too short") << "MONDO:123" << false << "MONDO:123";
    QTest::newRow("MONDO too long") << "MONDO:00051480" << false << "MONDO:00051480";
    QTest::newRow("HPO") << "HP:0001250" << false << "HP:0001250";
    QTest::newRow("underscore") << "MONDO_0005148" << false << "MONDO_0005148";
    QTest::newRow("DOID without number") << "DOID:" << false << "DOID:";
}

void TestDiseaseHierarchy::wellFormedIds()
{
    QFETCH(QString, id);
    QFETCH(bool, wellFormed);
    QFETCH(QString, normalized);
    QCOMPARE(DiseaseHierarchy::isWellFormedId(id), wellFormed);
    QCOMPARE(DiseaseHierarchy::normalizedId(id), normalized);
}

void TestDiseaseHierarchy::isA_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("ancestor");
    QTest::addColumn<bool>("expected");

    QTest::newRow("itself") << "MONDO:0009061"
                            << "MONDO:0009061" << true;
    QTest::newRow("T2D is diabetes") << "MONDO:0005148"
                                     << "MONDO:0005015" << true;
    QTest::newRow("diabetes is not T2D") << "MONDO:0005015"
                                         << "MONDO:0005148" << false;
    QTest::newRow("breast cancer is cancer") << "MONDO:0007254"
                                             << "MONDO:0004992" << true;
    QTest::newRow("Alzheimer is nervous system") << "MONDO:0004975"
                                                 << "MONDO:0005071" << true;
    QTest::newRow("Duchenne is muscular dystrophy") << "MONDO:0010679"
                                                    << "MONDO:0020121" << true;
    QTest::newRow("Duchenne is not Becker") << "MONDO:0010679"
                                            << "MONDO:0010311" << false;
    QTest::newRow("CF is a disease") << "MONDO:0009061"
                                     << "MONDO:0000001" << true;
    QTest::newRow("CF is not cancer") << "MONDO:0009061"
                                      << "MONDO:0004992" << false;
    QTest::newRow("lower case") << "mondo:0005148"
                                << "Mondo:0005015" << true;
    QTest::newRow("DOID breast cancer is cancer") << "DOID:1612"
                                                  << "DOID:162" << true;
    QTest::newRow("DOID T2D same as MONDO T2D") << "DOID:9352"
                                                << "MONDO:0005148" << true;
    QTest::newRow("MONDO T2D same as DOID T2D") << "MONDO:0005148"
                                                << "DOID:9352" << true;
    QTest::newRow("MONDO T2D under DOID diabetes") << "MONDO:0005148"
                                                   << "DOID:9351" << true;
    QTest::newRow("MONDO cancer under DOID disease") << "MONDO:0004992"
                                                     << "DOID:4" << true;
    QTest::newRow("unknown under root") << "MONDO:0008903"
                                        << "MONDO:0000001" << false;
}

void TestDiseaseHierarchy::isA()
{
    QFETCH(QString, id);
    QFETCH(QString, ancestor);
    QFETCH(bool, expected);
    QCOMPARE(DiseaseHierarchy::builtIn().isA(id, ancestor), expected);
}

void TestDiseaseHierarchy::labels()
{
    const DiseaseHierarchy& h = DiseaseHierarchy::builtIn();
    QCOMPARE(h.label(QStringLiteral("MONDO:0009061")), QStringLiteral("cystic fibrosis"));
    QCOMPARE(h.label(QStringLiteral("MONDO:0010679")),
             QStringLiteral("Duchenne muscular dystrophy"));
    QCOMPARE(h.label(QStringLiteral("MONDO:0007254")), QStringLiteral("breast cancer"));
    QCOMPARE(h.label(QStringLiteral("MONDO:0005148")), QStringLiteral("type 2 diabetes mellitus"));
    QCOMPARE(h.label(QStringLiteral("MONDO:0004975")), QStringLiteral("Alzheimer disease"));
    QCOMPARE(h.label(QStringLiteral("MONDO:0000001")), QStringLiteral("disease"));
    QVERIFY(h.label(QStringLiteral("MONDO:0008903")).isEmpty());
    QVERIFY(h.knows(QStringLiteral("doid:1612")));
    QVERIFY(!h.knows(QStringLiteral("MONDO:0008903")));
    QCOMPARE(h.describe(QStringLiteral("mondo:0007254")),
             QStringLiteral("MONDO:0007254 (breast cancer)"));
    QCOMPARE(h.describe(QStringLiteral("MONDO:0008903")), QStringLiteral("MONDO:0008903"));
    const QString list =
        h.describeList({QStringLiteral("MONDO:0009061"), QStringLiteral("MONDO:0008903")});
    QVERIFY2(list.startsWith(QStringLiteral("MONDO:0009061 (cystic fibrosis)")), qPrintable(list));
    QVERIFY2(list.endsWith(QStringLiteral("MONDO:0008903")), qPrintable(list));
}

void TestDiseaseHierarchy::comparable()
{
    const DiseaseHierarchy& h = DiseaseHierarchy::builtIn();
    QVERIFY(h.comparable(QStringLiteral("MONDO:0009061"), QStringLiteral("MONDO:0007254")));
    QVERIFY(h.comparable(QStringLiteral("DOID:1612"), QStringLiteral("DOID:9352")));
    // Across ontologies only where a link is known.
    QVERIFY(!h.comparable(QStringLiteral("DOID:1612"), QStringLiteral("MONDO:0004992")));
    QVERIFY(h.comparable(QStringLiteral("DOID:1612"), QStringLiteral("MONDO:0000001")));
    QVERIFY(!h.comparable(QStringLiteral("MONDO:0008903"), QStringLiteral("MONDO:0004992")));
}

void TestDiseaseHierarchy::customHierarchy()
{
    const DiseaseHierarchy h({{QStringLiteral("MONDO:0000001"), QStringLiteral("disease"), {}, {}},
                              {QStringLiteral("MONDO:0000002"),
                               QStringLiteral("a"),
                               {QStringLiteral("MONDO:0000001")},
                               {}},
                              {QStringLiteral("MONDO:0000003"),
                               QStringLiteral("b"),
                               {QStringLiteral("MONDO:0000002")},
                               {}}});
    QVERIFY(h.isA(QStringLiteral("MONDO:0000003"), QStringLiteral("MONDO:0000001")));
    QVERIFY(!h.isA(QStringLiteral("MONDO:0000001"), QStringLiteral("MONDO:0000003")));
    QVERIFY(!h.knows(QStringLiteral("MONDO:0009061")));
}

QTEST_APPLESS_MAIN(TestDiseaseHierarchy)
#include "test_DiseaseHierarchy.moc"
