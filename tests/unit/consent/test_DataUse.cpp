// DataUse: the PURPOSE syntax a destination declares its use in. Every key, the canonical text,
// the default date, and one row per kind of error with the item the message must name.

#include <QtTest>

#include "models/consent/DataUse.h"

using namespace steward;

class TestDataUse : public QObject
{
    Q_OBJECT

private slots:
    void canonicalText_data();
    void canonicalText();
    void fields();
    void dateDefaultsToToday();
    void errors_data();
    void errors();
    void failureLeavesTheUseAlone();
    void primaryKeys();
    void describe();
};

void TestDataUse::canonicalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("general research") << "primary=gru;date=2026-01-31"
                                      << "primary=gru;date=2026-01-31";
    QTest::newRow("disease research")
        << "primary=disease;disease=mondo:0005148, MONDO:0004975;region=de;irb;publication;"
           "date=2026-01-31"
        << "primary=disease;disease=MONDO:0005148,MONDO:0004975;region=DE;irb;publication;"
           "date=2026-01-31";
    QTest::newRow("every key, reversed")
        << "date=2026-01-31;return-data;publication;collaboration;institution=University of "
           "Oslo;project=Atlas;irb;region=Europe;commercial;for-profit;disease=DOID:9352;"
           "primary=methods"
        << "primary=methods;disease=DOID:9352;for-profit;commercial;region=EUR;irb;"
           "project=Atlas;institution=University of Oslo;collaboration;publication;return-data;"
           "date=2026-01-31";
    QTest::newRow("case and spaces") << " PRIMARY = HMB ; IRB ;Date=2026-02-01 "
                                     << "primary=hmb;irb;date=2026-02-01";
    QTest::newRow("population") << "primary=poa;region=WORLD;date=2026-01-31"
                                << "primary=poa;region=WORLD;date=2026-01-31";
    QTest::newRow("clinical") << "primary=clinical;institution=Oslo University Hospital;"
                                 "date=2026-01-31"
                              << "primary=clinical;institution=Oslo University Hospital;"
                                 "date=2026-01-31";
    QTest::newRow("repeated disease id kept once")
        << "primary=disease;disease=MONDO:0005148,mondo:0005148;date=2026-01-31"
        << "primary=disease;disease=MONDO:0005148;date=2026-01-31";
}

void TestDataUse::canonicalText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    DataUse use;
    QString error;
    QVERIFY2(DataUse::parse(text, &use, &error), qPrintable(error));
    QCOMPARE(use.toString(), canonical);
    DataUse again;
    QVERIFY2(DataUse::parse(use.toString(), &again, &error), qPrintable(error));
    QCOMPARE(again.toString(), canonical);
}

void TestDataUse::fields()
{
    DataUse use;
    QString error;
    QVERIFY2(DataUse::parse(QStringLiteral("primary=methods;disease=MONDO:0009061;for-profit;"
                                           "commercial;region=NO;irb;project=Atlas;"
                                           "institution=UiO;collaboration;publication;"
                                           "return-data;date=2025-12-24"),
                            &use, &error),
             qPrintable(error));
    QCOMPARE(use.primary, DataUse::Primary::Methods);
    QCOMPARE(use.diseases, QStringList{QStringLiteral("MONDO:0009061")});
    QVERIFY(use.forProfit);
    QVERIFY(use.commercial);
    QCOMPARE(use.region, QStringLiteral("NO"));
    QVERIFY(use.ethicsApproval);
    QCOMPARE(use.project, QStringLiteral("Atlas"));
    QCOMPARE(use.institution, QStringLiteral("UiO"));
    QVERIFY(use.collaboration);
    QVERIFY(use.publication);
    QVERIFY(use.returnData);
    QCOMPARE(use.date, QDate(2025, 12, 24));

    DataUse plain;
    QVERIFY(DataUse::parse(QStringLiteral("primary=hmb"), &plain, &error));
    QCOMPARE(plain.primary, DataUse::Primary::HealthMedical);
    QVERIFY(!plain.forProfit);
    QVERIFY(!plain.commercial);
    QVERIFY(!plain.ethicsApproval);
    QVERIFY(!plain.collaboration);
    QVERIFY(!plain.publication);
    QVERIFY(!plain.returnData);
    QVERIFY(plain.region.isEmpty());
    QVERIFY(plain.project.isEmpty());
    QVERIFY(plain.diseases.isEmpty());
}

void TestDataUse::dateDefaultsToToday()
{
    DataUse use;
    QString error;
    const QDate before = QDate::currentDate();
    QVERIFY(DataUse::parse(QStringLiteral("primary=gru"), &use, &error));
    const QDate after = QDate::currentDate();
    QVERIFY(use.date == before || use.date == after); // midnight may pass in between
    // A declaration without a date is matched on the day: the text stays the same tomorrow.
    QVERIFY(!use.dateGiven);
    QCOMPARE(use.toString(), QStringLiteral("primary=gru"));
    QVERIFY(!use.describe().contains(QLatin1String("takes place")));

    DataUse dated;
    QVERIFY(DataUse::parse(QStringLiteral("primary=gru;date=2026-01-31"), &dated, &error));
    QVERIFY(dated.dateGiven);
    QCOMPARE(dated.toString(), QStringLiteral("primary=gru;date=2026-01-31"));
}

void TestDataUse::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");

    QTest::newRow("empty") << ""
                           << "The purpose is empty";
    QTest::newRow("empty item") << "primary=gru;;irb"
                                << "Item 2 of the purpose is empty";
    QTest::newRow("trailing semicolon") << "primary=gru;"
                                        << "Item 2 of the purpose is empty";
    QTest::newRow("unknown key") << "primary=gru;funding=nih"
                                 << "'funding=nih'";
    QTest::newRow("unknown flag") << "primary=gru;nonprofit"
                                  << "'nonprofit'";
    QTest::newRow("duplicate flag") << "primary=gru;irb;IRB"
                                    << "'irb' appears twice";
    QTest::newRow("duplicate primary") << "primary=gru;primary=hmb"
                                       << "'primary' appears twice";
    QTest::newRow("value on a flag") << "primary=gru;irb=yes"
                                     << "'irb=yes' is a flag";
    QTest::newRow("value on for-profit") << "primary=gru;for-profit=no"
                                         << "'for-profit=no' is a flag";
    QTest::newRow("missing value") << "primary=gru;region"
                                   << "'region' in the purpose needs a value, such as region=DE.";
    QTest::newRow("empty value") << "primary=gru;project="
                                 << "'project=' in the purpose needs a value";
    QTest::newRow("primary without value") << "primary"
                                           << "'primary' in the purpose needs a value";
    QTest::newRow("unknown primary") << "primary=research"
                                     << "'primary=research'";
    QTest::newRow("no primary") << "irb;publication"
                                << "no primary purpose";
    QTest::newRow("bad month") << "primary=gru;date=2026-13-01"
                               << "'date=2026-13-01'";
    QTest::newRow("bad day") << "primary=gru;date=2026-02-30"
                             << "'date=2026-02-30'";
    QTest::newRow("other date format") << "primary=gru;date=31.01.2026"
                                       << "'date=31.01.2026'";
    QTest::newRow("date with time") << "primary=gru;date=2026-01-31T10:00"
                                    << "'date=2026-01-31T10:00'";
    QTest::newRow("bad disease id") << "primary=disease;disease=MONDO:12"
                                    << "'MONDO:12' in 'disease=MONDO:12'";
    QTest::newRow("second disease id bad") << "primary=disease;disease=MONDO:0005148,diabetes"
                                           << "'diabetes'";
    QTest::newRow("disease without ids") << "primary=disease"
                                         << "Disease research needs";
    QTest::newRow("disease with general research") << "primary=gru;disease=MONDO:0005148"
                                                   << "'disease=MONDO:0005148' is allowed only";
    QTest::newRow("unknown region") << "primary=gru;region=XX"
                                    << "'region=XX'";
}

void TestDataUse::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, named);

    DataUse use;
    QString error;
    QVERIFY(!DataUse::parse(text, &use, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
}

void TestDataUse::failureLeavesTheUseAlone()
{
    DataUse use;
    use.project = QStringLiteral("kept");
    QString error;
    QVERIFY(!DataUse::parse(QStringLiteral("primary=hmb;project=Other;irb=1"), &use, &error));
    QCOMPARE(use.project, QStringLiteral("kept"));
    QCOMPARE(use.primary, DataUse::Primary::GeneralResearch);
    // Without an error string or a target it still answers.
    QVERIFY(!DataUse::parse(QStringLiteral("irb"), nullptr, nullptr));
    QVERIFY(DataUse::parse(QStringLiteral("primary=poa"), nullptr, nullptr));
}

void TestDataUse::primaryKeys()
{
    const QList<DataUse::Primary> all{
        DataUse::Primary::GeneralResearch, DataUse::Primary::HealthMedical,
        DataUse::Primary::Disease,         DataUse::Primary::PopulationAncestry,
        DataUse::Primary::Methods,         DataUse::Primary::ClinicalCare};
    const QStringList keys{QStringLiteral("gru"),     QStringLiteral("hmb"),
                           QStringLiteral("disease"), QStringLiteral("poa"),
                           QStringLiteral("methods"), QStringLiteral("clinical")};
    QSet<QString> labels;
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(DataUse::primaryKey(all.at(i)), keys.at(i));
        DataUse::Primary back = DataUse::Primary::GeneralResearch;
        QVERIFY(DataUse::primaryFromKey(keys.at(i).toUpper(), &back));
        QCOMPARE(back, all.at(i));
        labels.insert(DataUse::primaryLabel(all.at(i)));
    }
    QCOMPARE(int(labels.size()), 6);
    QVERIFY(!labels.contains(QString()));
    DataUse::Primary untouched = DataUse::Primary::Methods;
    QVERIFY(!DataUse::primaryFromKey(QStringLiteral("research"), &untouched));
    QCOMPARE(untouched, DataUse::Primary::Methods);
}

void TestDataUse::describe()
{
    DataUse use;
    QString error;
    QVERIFY(DataUse::parse(QStringLiteral("primary=disease;disease=MONDO:0005148;for-profit;"
                                          "region=DE;irb;date=2026-01-31"),
                           &use, &error));
    const QString text = use.describe();
    QVERIFY2(text.startsWith(QStringLiteral("Research on MONDO:0005148 (type 2 diabetes "
                                            "mellitus).")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("for-profit")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("DE")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Ethics approval")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-01-31")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("commercial")), qPrintable(text));
    QVERIFY(text.endsWith(QLatin1Char('.')));

    DataUse general;
    QVERIFY(DataUse::parse(QStringLiteral("primary=gru;date=2026-01-31"), &general, &error));
    QCOMPARE(general.describe(),
             QStringLiteral("General research. The use takes place on 2026-01-31."));
}

QTEST_APPLESS_MAIN(TestDataUse)
#include "test_DataUse.moc"
