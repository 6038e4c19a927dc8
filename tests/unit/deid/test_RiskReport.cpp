// RiskReport: k-anonymity, records at risk and l-diversity on hand-computed tables; the
// quasi-identifier generalisations (age bands, ZIP prefixes, years); blanks as their own
// value; errors naming the unknown column and the columns there are; a real PED file and
// the demo cohort's sample sheet.

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "models/deid/RiskReport.h"
#include "models/formats/DemoCohort.h"

#include "tests/common/TestData.h"

using namespace steward;

namespace {

// Classes with age:band10, sex, zip:3 (diagnosis in brackets):
//   30-39 | F | 021  x3 (flu, cold, flu)      -> l = 2
//   40-49 | M | 100  x2 (flu, flu)            -> l = 1
//   90+   | F | 941  x2 (cancer, asthma)      -> l = 2
//   50-59 | M | 606  x1 (flu)                 -> l = 1
const QByteArray kCohort = "id,Age,sex,zip,diagnosis,admitted\n"
                           "1,34,F,02139,flu,2019-03-02\n"
                           "2,36,F,02141,cold,2019-11-30\n"
                           "3,38,F,02142,flu,2020-01-15\n"
                           "4,45,M,10001,flu,2020-05-05\n"
                           "5,47,M,10003,flu,2020-06-01\n"
                           "6,93,F,94110,cancer,2021-02-02\n"
                           "7,91,F,94112,asthma,2021-08-09\n"
                           "8,52,M,60601,flu,2021-12-24\n";

QString writeCohort(const QTemporaryDir& dir, const QByteArray& text = kCohort,
                    const QString& name = QStringLiteral("cohort.csv"))
{
    const QString path = dir.filePath(name);
    return test::writeText(path, text) ? path : QString();
}

} // namespace

class TestRiskReport : public QObject
{
    Q_OBJECT

private slots:
    void measures_data();
    void measures();
    void classesAndHistogram();
    void generalisation_data();
    void generalisation();
    void blanksAreAValue();
    void errors_data();
    void errors();
    void tsvAndHeaderSpelling();
    void json();
    void realPed();
    void demoCohortSampleSheet();
};

void TestRiskReport::measures_data()
{
    QTest::addColumn<QStringList>("qi");
    QTest::addColumn<QString>("sensitive");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("smallest");
    QTest::addColumn<int>("atRisk");
    QTest::addColumn<int>("l");
    QTest::addColumn<bool>("belowK");

    const QStringList generalised{"age:band10", "sex", "zip:3"};
    QTest::newRow("generalised, k=2")
        << generalised << "diagnosis" << 2 << 4 << 1 << 1 << 1 << true;
    QTest::newRow("generalised, k=3")
        << generalised << "diagnosis" << 3 << 4 << 1 << 5 << 1 << true;
    QTest::newRow("generalised, k=1") << generalised << "" << 1 << 4 << 1 << 0 << -1 << false;
    QTest::newRow("raw ages are unique")
        << QStringList{"age", "sex"} << "" << 2 << 8 << 1 << 8 << -1 << true;
    QTest::newRow("sex alone") << QStringList{"sex"} << "diagnosis" << 3 << 2 << 3 << 0 << 1
                               << false;
    // 0-49 | F x3, 0-49 | M x2, 50-89 | M x1 (the top band stops at 89), 90+ | F x2.
    QTest::newRow("wide bands") << QStringList{"age:band50", "sex"} << "diagnosis" << 3 << 4 << 1
                                << 5 << 1 << true;
    // 2019 x2 (flu, cold), 2020 x3 (flu only), 2021 x3 (cancer, asthma, flu).
    QTest::newRow("year of admission")
        << QStringList{"admitted:year"} << "diagnosis" << 3 << 3 << 2 << 2 << 1 << true;
}

void TestRiskReport::measures()
{
    QFETCH(QStringList, qi);
    QFETCH(QString, sensitive);
    QFETCH(int, k);
    QFETCH(int, classes);
    QFETCH(int, smallest);
    QFETCH(int, atRisk);
    QFETCH(int, l);
    QFETCH(bool, belowK);

    QTemporaryDir dir;
    RiskReport r;
    QString error;
    QVERIFY2(RiskReport::compute(writeCohort(dir), qi, sensitive, k, &r, &error),
             qPrintable(error));
    QCOMPARE(r.records, qint64(8));
    QCOMPARE(r.classes, classes);
    QCOMPARE(r.smallestClass, smallest);
    QCOMPARE(r.recordsAtRisk, qint64(atRisk));
    QCOMPARE(r.lDiversity, l);
    QCOMPARE(r.belowK(), belowK);
    qint64 sum = 0;
    for (const auto& c : std::as_const(r.classSizes))
        sum += c.second;
    QCOMPARE(sum, r.records);
    QCOMPARE(r.highestRisk(), 1.0 / smallest);
}

void TestRiskReport::classesAndHistogram()
{
    QTemporaryDir dir;
    RiskReport r;
    QString error;
    QVERIFY2(RiskReport::compute(writeCohort(dir), {"age:band10", "sex", "zip:3"},
                                 QStringLiteral("diagnosis"), 3, &r, &error),
             qPrintable(error));
    const QVector<QPair<QString, int>> expected{{"50-59 | M | 606", 1},
                                                {"40-49 | M | 100", 2},
                                                {"90+ | F | 941", 2},
                                                {"30-39 | F | 021", 3}};
    QCOMPARE(r.classSizes, expected);
    QCOMPARE(r.riskyClasses, QStringList({"50-59 | M | 606", "40-49 | M | 100", "90+ | F | 941"}));
    const QMap<int, int> histogram{{1, 1}, {2, 2}, {3, 1}};
    QCOMPARE(r.sizeHistogram, histogram);
    QCOMPARE(r.averageRisk(), 4.0 / 8.0);
}

void TestRiskReport::generalisation_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("band10") << "age:band10"
                            << "45"
                            << "40-49";
    QTest::newRow("default band is 10") << "age:band"
                                        << "45"
                                        << "40-49";
    QTest::newRow("band5") << "age:band5"
                           << "47.5"
                           << "45-49";
    QTest::newRow("band1") << "age:band1"
                           << "45"
                           << "45";
    QTest::newRow("top band stops at 89") << "age:band20"
                                          << "85"
                                          << "80-89";
    QTest::newRow("90 and over") << "age:band10"
                                 << "93"
                                 << "90+";
    QTest::newRow("90+ already") << "age:band10"
                                 << "90+"
                                 << "90+";
    QTest::newRow("ISO duration") << "age:band10"
                                  << "P47Y3M"
                                  << "40-49";
    QTest::newRow("years suffix") << "age:band10"
                                  << "47 years"
                                  << "40-49";
    QTest::newRow("not an age") << "age:band10"
                                << "unknown"
                                << "unknown";
    QTest::newRow("blank") << "age:band10"
                           << " "
                           << "(blank)";
    QTest::newRow("zip3") << "zip:3"
                          << "02139-4307"
                          << "021";
    QTest::newRow("postcode") << "postcode:2"
                              << "SW1A 1AA"
                              << "SW";
    QTest::newRow("ISO date to year") << "dob:year"
                                      << "1987-03-14"
                                      << "1987";
    QTest::newRow("timestamp to year") << "dob:year"
                                       << "1987-03-14T10:00:00Z"
                                       << "1987";
    QTest::newRow("day-first date to year") << "dob:year"
                                            << "14/03/1987"
                                            << "1987";
    QTest::newRow("month name to year") << "dob:year"
                                        << "14 Mar 1987"
                                        << "1987";
    QTest::newRow("a year stays") << "dob:year"
                                  << "1987"
                                  << "1987";
    QTest::newRow("no generalisation") << "sex"
                                       << "F"
                                       << "F";
}

void TestRiskReport::generalisation()
{
    QFETCH(QString, spec);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    RiskReport::QuasiIdentifier qi;
    QString error;
    QVERIFY2(RiskReport::QuasiIdentifier::parse(spec, &qi, &error), qPrintable(error));
    QCOMPARE(qi.apply(value), expected);
}

void TestRiskReport::blanksAreAValue()
{
    QTemporaryDir dir;
    const QString path = writeCohort(dir, "sex,zip,dx\nF,,a\nF,,b\nF,021,a\n,021,a\n");
    RiskReport r;
    QString error;
    QVERIFY2(RiskReport::compute(path, {"sex", "zip"}, QStringLiteral("dx"), 2, &r, &error),
             qPrintable(error));
    QCOMPARE(r.classes, 3);
    QCOMPARE(r.classSizes.last(), qMakePair(QStringLiteral("F | (blank)"), 2));
    QVERIFY(r.riskyClasses.contains(QStringLiteral("(blank) | 021")));
    QCOMPARE(r.recordsAtRisk, qint64(2));
    QCOMPARE(r.lDiversity, 1);
}

void TestRiskReport::errors_data()
{
    QTest::addColumn<QStringList>("qi");
    QTest::addColumn<QString>("sensitive");
    QTest::addColumn<int>("k");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("unknown column")
        << QStringList{"age", "gender"} << "" << 2
        << QStringList{"no column \"gender\"", "id, Age, sex, zip, diagnosis, admitted"};
    QTest::newRow("unknown generalised column")
        << QStringList{"birth:year"} << "" << 2 << QStringList{"no column \"birth\""};
    QTest::newRow("unknown sensitive column") << QStringList{"sex"} << "outcome" << 2
                                              << QStringList{"no column \"outcome\"", "sensitive"};
    QTest::newRow("unknown generalisation")
        << QStringList{"age:decade"} << "" << 2
        << QStringList{"\"age:decade\" is not a generalisation", "age:band"};
    QTest::newRow("zero band") << QStringList{"age:band0"} << "" << 2 << QStringList{"1 or more"};
    QTest::newRow("k below 1") << QStringList{"sex"} << "" << 0 << QStringList{"k must be"};
    QTest::newRow("no quasi-identifiers")
        << QStringList{} << "" << 2 << QStringList{"at least one quasi-identifier"};
    QTest::newRow("sensitive is a quasi-identifier")
        << QStringList{"sex", "diagnosis"} << "diagnosis" << 2
        << QStringList{"both a quasi-identifier and the sensitive"};
}

void TestRiskReport::errors()
{
    QFETCH(QStringList, qi);
    QFETCH(QString, sensitive);
    QFETCH(int, k);
    QFETCH(QStringList, fragments);
    QTemporaryDir dir;
    const QString path = writeCohort(dir);
    RiskReport r;
    QString error;
    QVERIFY(!RiskReport::compute(path, qi, sensitive, k, &r, &error));
    for (const QString& f : fragments)
        QVERIFY2(error.contains(f), qPrintable(error));
}

void TestRiskReport::tsvAndHeaderSpelling()
{
    QTemporaryDir dir;
    const QString path =
        writeCohort(dir, "#Sex\tZip Code\nF\t02139\nF\t02141\nM\t10001\n", QStringLiteral("c.tsv"));
    RiskReport r;
    QString error;
    QVERIFY2(RiskReport::compute(path, {"sex", "zip_code:3"}, QString(), 2, &r, &error),
             qPrintable(error));
    QCOMPARE(r.classes, 2);
    QCOMPARE(r.smallestClass, 1);
    QCOMPARE(r.riskyClasses, QStringList{"M | 100"});

    QVERIFY(!RiskReport::compute(dir.filePath(QStringLiteral("c.xlsx")), {"sex"}, QString(), 2, &r,
                                 &error));
    QVERIFY2(error.contains(QLatin1String("c.xlsx")), qPrintable(error));
}

void TestRiskReport::json()
{
    QTemporaryDir dir;
    RiskReport r;
    QString error;
    QVERIFY(RiskReport::compute(writeCohort(dir), {"age:band10", "sex", "zip:3"},
                                QStringLiteral("diagnosis"), 2, &r, &error));
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(QStringLiteral("k")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("records")).toInt(), 8);
    QCOMPARE(o.value(QStringLiteral("smallestClass")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("recordsAtRisk")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("lDiversity")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("belowK")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("classSizes")).toArray().size(), 4);
    QCOMPARE(o.value(QStringLiteral("sizeHistogram")).toObject().value(QStringLiteral("2")).toInt(),
             2);
    QCOMPARE(o.value(QStringLiteral("riskyClasses")).toArray().at(0).toString(),
             QStringLiteral("50-59 | M | 606"));

    QVERIFY(RiskReport::compute(writeCohort(dir), {"sex"}, QString(), 2, &r, &error));
    QVERIFY(r.toJson().value(QStringLiteral("lDiversity")).isNull());
}

void TestRiskReport::realPed()
{
    const QString file =
        test::sharedData(QStringLiteral("genomics/Clinical-Genomics_scout/scout/demo/643594.ped"));
    if (file.isEmpty())
        QSKIP(qPrintable(test::sharedDataMissingMessage()));
    RiskReport r;
    QString error;
    // Father (1,1), proband (1,2), mother (2,1): three people, three classes of one.
    QVERIFY2(RiskReport::compute(file, {"sex", "phenotype"}, QString(), 2, &r, &error),
             qPrintable(error));
    QCOMPARE(r.records, qint64(3));
    QCOMPARE(r.classes, 3);
    QCOMPARE(r.recordsAtRisk, qint64(3));
    QVERIFY(RiskReport::compute(file, {"sex"}, QStringLiteral("phenotype"), 2, &r, &error));
    QCOMPARE(r.classSizes.first(), qMakePair(QStringLiteral("2"), 1));
    QCOMPARE(r.lDiversity, 1);
}

void TestRiskReport::demoCohortSampleSheet()
{
    QTemporaryDir dir;
    const QString path = writeCohort(dir, DemoCohort::sampleSheet(), QStringLiteral("consent.csv"));
    RiskReport r;
    QString error;
    QVERIFY2(RiskReport::compute(path, {"consent_date:year", "dataset"}, QStringLiteral("consent"),
                                 2, &r, &error),
             qPrintable(error));
    // Recount independently from the cohort itself.
    QMap<QString, int> expected;
    for (const DemoCohort::Person& p : DemoCohort::people())
        ++expected[QString::fromLatin1(p.consentDate).left(4) + QStringLiteral(" | ") +
                   QString::fromLatin1(p.dataset)];
    QCOMPARE(r.records, qint64(DemoCohort::people().size()));
    QCOMPARE(r.classes, int(expected.size()));
    int smallest = INT_MAX;
    qint64 atRisk = 0;
    for (int size : std::as_const(expected)) {
        smallest = std::min(smallest, size);
        atRisk += size < 2 ? size : 0;
    }
    QCOMPARE(r.smallestClass, smallest);
    QCOMPARE(r.recordsAtRisk, atRisk);
    for (const auto& c : std::as_const(r.classSizes))
        QCOMPARE(c.second, expected.value(c.first));
    QVERIFY(r.lDiversity >= 1);
}

QTEST_GUILESS_MAIN(TestRiskReport)
#include "test_RiskReport.moc"
