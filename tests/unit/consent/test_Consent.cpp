// Consent: the CONSENT syntax read against the built-in DUO term table. Valid forms and their
// canonical text, every kind of error with the column it points at, the warnings (redundant
// NPU/NCU, the demo data's older DS:MONDO form) and the accessors.

#include <QtTest>

#include "models/consent/Consent.h"
#include "models/consent/DuoTermTable.h"

using namespace steward;

Q_DECLARE_METATYPE(ConsentProblem::Severity)

namespace {

Consent parse(const QString& text, QVector<ConsentProblem>* problems = nullptr)
{
    return Consent::parse(text, DuoTermTable::builtIn(), problems);
}

QString describe(const QVector<ConsentProblem>& problems)
{
    QStringList lines;
    for (const ConsentProblem& p : problems) {
        lines.append(QStringLiteral("%1 col %2: %3")
                         .arg(p.severity == ConsentProblem::Severity::Error
                                  ? QStringLiteral("error")
                                  : QStringLiteral("warning"))
                         .arg(p.column)
                         .arg(p.message));
    }
    return lines.join(QLatin1Char('\n'));
}

int count(const QVector<ConsentProblem>& problems, ConsentProblem::Severity severity)
{
    return int(
        std::count_if(problems.cbegin(), problems.cend(),
                      [severity](const ConsentProblem& p) { return p.severity == severity; }));
}

} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

private slots:
    void validForms_data();
    void validForms();
    void roundTrip_data();
    void roundTrip();
    void errors_data();
    void errors();
    void warnings_data();
    void warnings();
    void accessors();
    void errorsLeaveAnInvalidConsent();
    void problemsInColumnOrder();
    void noPermissionOnlyWhenEveryCodeIsKnown();
};

void TestConsent::validForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<int>("modifiers");

    QTest::newRow("permission alone") << "GRU"
                                      << "GRU"
                                      << "GRU" << 0;
    QTest::newRow("lower case") << "hmb;npu"
                                << "HMB;NPU"
                                << "HMB" << 1;
    QTest::newRow("spaces around items") << "  HMB ;  NPU ;IRB  "
                                         << "HMB;NPU;IRB"
                                         << "HMB" << 2;
    QTest::newRow("permission after modifiers") << "NPU;IRB;GRU"
                                                << "GRU;NPU;IRB"
                                                << "GRU" << 2;
    QTest::newRow("header example") << "DS(MONDO:0005148,MONDO:0004975);NPU;GS(EU);TS(2027-06-30)"
                                    << "DS(MONDO:0005148,MONDO:0004975);NPU;GS(EU);TS(2027-06-30)"
                                    << "DS" << 3;
    QTest::newRow("disease ids normalised") << "ds( mondo:0005148 , doid:9352 )"
                                            << "DS(MONDO:0005148,DOID:9352)"
                                            << "DS" << 0;
    QTest::newRow("regions upper case, Europe alias") << "GRU;GS(de, Europe,eea)"
                                                      << "GRU;GS(DE,EUR,EEA)"
                                                      << "GRU" << 1;
    QTest::newRow("world") << "GRU;GS(WORLD)"
                           << "GRU;GS(WORLD)"
                           << "GRU" << 1;
    QTest::newRow("months") << "GRU;TS(024)"
                            << "GRU;TS(24)"
                            << "GRU" << 1;
    QTest::newRow("end date") << "GRU;TS(2027-06-30)"
                              << "GRU;TS(2027-06-30)"
                              << "GRU" << 1;
    QTest::newRow("moratorium") << "GRU;MOR(2026-12-31)"
                                << "GRU;MOR(2026-12-31)"
                                << "GRU" << 1;
    QTest::newRow("project with comma and spaces") << "GRU;PS( Project Atlas, phase 2 )"
                                                   << "GRU;PS(Project Atlas, phase 2)"
                                                   << "GRU" << 1;
    QTest::newRow("institution") << "GRU;IS(University of Oslo)"
                                 << "GRU;IS(University of Oslo)"
                                 << "GRU" << 1;
    QTest::newRow("research type") << "HMB;RS(cancer genomics)"
                                   << "HMB;RS(cancer genomics)"
                                   << "HMB" << 1;
    QTest::newRow("collaborator optional") << "GRU;COL"
                                           << "GRU;COL"
                                           << "GRU" << 1;
    QTest::newRow("collaborator named") << "GRU;COL(Dr Smith)"
                                        << "GRU;COL(Dr Smith)"
                                        << "GRU" << 1;
    QTest::newRow("every flag modifier") << "POA;NMDS;GSO;IRB;PUB;US;RTN;NCU;NPU"
                                         << "POA;NMDS;GSO;IRB;PUB;US;RTN;NCU;NPU"
                                         << "POA" << 8;
    QTest::newRow("NRES with CC") << "NRES;CC"
                                  << "NRES;CC"
                                  << "NRES" << 1;
    QTest::newRow("NPOA without POA") << "HMB;NPOA"
                                      << "HMB;NPOA"
                                      << "HMB" << 1;
    QTest::newRow("older DS form") << "DS:MONDO:0009061"
                                   << "DS(MONDO:0009061)"
                                   << "DS" << 0;
    QTest::newRow("older DS form, two ids") << "DS:MONDO:0009061,MONDO:0010679;NPU"
                                            << "DS(MONDO:0009061,MONDO:0010679);NPU"
                                            << "DS" << 1;
}

void TestConsent::validForms()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QString, permission);
    QFETCH(int, modifiers);

    QVector<ConsentProblem> problems;
    const Consent consent = parse(text, &problems);
    QVERIFY2(consent.isValid(), qPrintable(describe(problems)));
    QCOMPARE(count(problems, ConsentProblem::Severity::Error), 0);
    QCOMPARE(consent.toString(), canonical);
    QCOMPARE(consent.permission().code, permission);
    QCOMPARE(int(consent.modifiers().size()), modifiers);
}

void TestConsent::roundTrip_data()
{
    validForms_data();
}

void TestConsent::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    const Consent first = parse(text);
    QVector<ConsentProblem> problems;
    const Consent second = parse(first.toString(), &problems);
    // The canonical text reads back to the same consent, without the older form's warning.
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QVERIFY(second == first);
    QCOMPARE(second.toString(), canonical);
}

void TestConsent::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty text") << "" << 1 << "The consent is empty";
    QTest::newRow("blank text") << "   " << 1 << "The consent is empty";
    QTest::newRow("empty item") << "GRU;;NPU" << 5 << "empty item";
    QTest::newRow("leading semicolon") << ";GRU" << 1 << "empty item";
    QTest::newRow("trailing semicolon") << "GRU;" << 5 << "empty item";
    QTest::newRow("unknown code") << "GRU;XYZ" << 5 << "Unknown DUO code 'XYZ'.";
    QTest::newRow("unknown code keeps case") << "GRU;npux" << 5 << "Unknown DUO code 'npux'.";
    QTest::newRow("column after spaces") << "  GRU ;  NPUX" << 10 << "Unknown DUO code 'NPUX'.";
    QTest::newRow("obsolete with replacement")
        << "GRU-CC" << 1 << "GRU-CC is obsolete; use GRU instead.";
    QTest::newRow("obsolete without replacement")
        << "GRU;RU" << 5 << "RU is obsolete and has no direct replacement";
    QTest::newRow("no permission") << "NPU;IRB" << 1 << "has no permission";
    QTest::newRow("two permissions")
        << "GRU;NPU;HMB" << 9 << "two permissions, GRU and HMB; keep exactly one.";
    QTest::newRow("same permission twice") << "GRU;GRU" << 5 << "GRU appears twice";
    QTest::newRow("duplicate modifier") << "GRU;NPU;IRB;npu" << 13 << "NPU appears twice";
    QTest::newRow("DS without diseases")
        << "DS" << 1 << "DS needs at least one disease id, such as DS(MONDO:0005148).";
    QTest::newRow("DS with empty parentheses")
        << "DS()" << 1 << "DS needs at least one disease id, such as DS(MONDO:0005148).";
    QTest::newRow("short MONDO id") << "DS(MONDO:123)" << 1 << "'MONDO:123' is not a disease id";
    QTest::newRow("HPO id is not a disease")
        << "NPU;DS(MONDO:0005148,HP:0001250)" << 5 << "'HP:0001250' is not a disease id";
    QTest::newRow("empty parameter")
        << "DS(MONDO:0005148,,MONDO:0004975)" << 1 << "DS has an empty parameter";
    QTest::newRow("GS without region") << "GRU;GS" << 5 << "GS needs at least one country";
    QTest::newRow("GS unknown region") << "GRU;GS(XX)" << 5 << "Unknown region 'XX' in GS";
    QTest::newRow("GS UK is not ISO") << "GRU;GS(DE,UK)" << 5 << "Unknown region 'UK' in GS";
    QTest::newRow("MOR without date") << "GRU;MOR" << 5 << "MOR needs a date written YYYY-MM-DD";
    QTest::newRow("MOR impossible date")
        << "GRU;MOR(2026-02-30)" << 5 << "'2026-02-30' is not a valid date for MOR";
    QTest::newRow("MOR other format")
        << "GRU;MOR(31.12.2026)" << 5 << "'31.12.2026' is not a valid date for MOR";
    QTest::newRow("MOR two dates")
        << "GRU;MOR(2026-01-01,2027-01-01)" << 5 << "MOR takes one value but has 2.";
    QTest::newRow("TS without value") << "GRU;TS" << 5 << "TS needs a number of months";
    QTest::newRow("TS zero months")
        << "GRU;TS(0)" << 5 << "'0' is neither a positive number of months nor a date";
    QTest::newRow("TS negative") << "GRU;TS(-3)" << 5
                                 << "'-3' is neither a positive number of months nor a date";
    QTest::newRow("TS words") << "GRU;TS(soon)" << 5 << "'soon' is neither";
    QTest::newRow("PS without project") << "GRU;PS" << 5 << "PS needs a project name";
    QTest::newRow("PS empty") << "GRU;PS( )" << 5 << "PS needs a project name";
    QTest::newRow("IS without institution") << "GRU;IS" << 5 << "IS needs an institution name";
    QTest::newRow("RS without type") << "GRU;RS()" << 5 << "RS needs a research type";
    QTest::newRow("parameter on permission")
        << "GRU(all)" << 1 << "GRU takes no parameters; write GRU alone.";
    QTest::newRow("parameter on modifier") << "GRU;NPU()" << 5 << "NPU takes no parameters";
    QTest::newRow("older form on code without parameters")
        << "GRU;IRB:yes" << 5 << "IRB takes no parameters";
    QTest::newRow("POA with NPOA") << "POA;NPU;NPOA" << 9 << "POA allows only population";
    QTest::newRow("NPOA before POA") << "NPOA;POA" << 6 << "POA allows only population";
    QTest::newRow("unclosed parenthesis")
        << "GRU;DS(MONDO:0005148" << 5 << "parenthesis after DS is not closed";
    QTest::newRow("unclosed swallows the rest")
        << "DS(MONDO:0005148;NPU" << 1 << "parenthesis after DS is not closed";
    QTest::newRow("stray closing parenthesis")
        << "GRU;NPU)" << 5 << "'NPU)' has a ')' without a matching '('.";
    QTest::newRow("extra closing parenthesis")
        << "DS(MONDO:0005148))" << 1 << "without a matching '('";
    QTest::newRow("text after parameters")
        << "GRU;GS(EU)IRB" << 5 << "Unexpected text 'IRB' after the parameters of GS";
    QTest::newRow("space inside a code") << "G RU" << 1 << "Unknown DUO code 'G RU'.";
    QTest::newRow("DUO class that is not a code")
        << "GRU;DUO:0000004" << 5 << "Unknown DUO code 'DUO:0000004'.";
}

void TestConsent::errors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);

    QVector<ConsentProblem> problems;
    const Consent consent = parse(text, &problems);
    QVERIFY(!consent.isValid());
    const auto hit = std::find_if(problems.cbegin(), problems.cend(), [&](const ConsentProblem& p) {
        return p.severity == ConsentProblem::Severity::Error && p.message.contains(message);
    });
    QVERIFY2(hit != problems.cend(), qPrintable(describe(problems)));
    QCOMPARE(hit->column, column);
    // A sentence for a steward: capital letter or quote first, full stop last.
    QVERIFY2(hit->message.endsWith(QLatin1Char('.')), qPrintable(hit->message));
}

void TestConsent::warnings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("columns");
    QTest::addColumn<QString>("message");

    QTest::newRow("older DS form") << "DS:MONDO:0009061" << QList<int>{1}
                                   << "DS:MONDO:0009061 is an older form; write DS(MONDO:0009061).";
    QTest::newRow("older form, lower case") << "npu;ds:mondo:0009061" << QList<int>{5}
                                            << "ds:mondo:0009061 is an older form; write "
                                               "DS(MONDO:0009061).";
    QTest::newRow("NPU after NPUNCU")
        << "GRU;NPUNCU;NPU" << QList<int>{12} << "NPU is redundant: NPUNCU already limits use";
    QTest::newRow("NPU before NPUNCU") << "GRU;NPU;NPUNCU" << QList<int>{5} << "NPU is redundant";
    QTest::newRow("NCU with NPUNCU") << "HMB;NCU;NPUNCU" << QList<int>{5} << "NCU is redundant";
    QTest::newRow("both redundant") << "HMB;NPUNCU;NPU;NCU" << QList<int>{12, 16} << "is redundant";
}

void TestConsent::warnings()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, columns);
    QFETCH(QString, message);

    QVector<ConsentProblem> problems;
    const Consent consent = Consent::parse(text, DuoTermTable::builtIn(), &problems);
    // Warnings leave the consent usable.
    QVERIFY2(consent.isValid(), qPrintable(describe(problems)));
    QList<int> found;
    for (const ConsentProblem& p : problems) {
        QCOMPARE(p.severity, ConsentProblem::Severity::Warning);
        QVERIFY2(p.message.contains(message), qPrintable(p.message));
        found.append(p.column);
    }
    QCOMPARE(found, columns);
}

void TestConsent::accessors()
{
    const Consent consent = parse(QStringLiteral("DS(MONDO:0005148,MONDO:0004975);NPU;GS(EU,NO)"));
    QVERIFY(consent.isValid());
    QVERIFY(consent.has(QStringLiteral("DS")));
    QVERIFY(consent.has(QStringLiteral("ds")));
    QVERIFY(consent.has(QStringLiteral("npu")));
    QVERIFY(!consent.has(QStringLiteral("NCU")));
    QVERIFY(!consent.has(QString()));
    QCOMPARE(consent.parameters(QStringLiteral("DS")),
             (QStringList{QStringLiteral("MONDO:0005148"), QStringLiteral("MONDO:0004975")}));
    QCOMPARE(consent.parameters(QStringLiteral("gs")),
             (QStringList{QStringLiteral("EU"), QStringLiteral("NO")}));
    QVERIFY(consent.parameters(QStringLiteral("NPU")).isEmpty());
    QVERIFY(consent.parameters(QStringLiteral("IRB")).isEmpty());

    Consent built;
    QVERIFY(!built.isValid());
    QCOMPARE(built.toString(), QString());
    built.setPermission({QStringLiteral("HMB"), {}});
    built.setModifiers({{QStringLiteral("TS"), {QStringLiteral("12")}}});
    QCOMPARE(built.toString(), QStringLiteral("HMB;TS(12)"));
    QVERIFY(built == parse(QStringLiteral("hmb; ts(12)")));
}

void TestConsent::errorsLeaveAnInvalidConsent()
{
    // A valid permission next to an error must not leak out as a half-read consent.
    QVector<ConsentProblem> problems;
    const Consent consent = parse(QStringLiteral("GRU;NPU;GS(XX)"), &problems);
    QVERIFY(!consent.isValid());
    QVERIFY(consent.modifiers().isEmpty());
    QCOMPARE(int(problems.size()), 1);
    // Parsing without a problem list still fails.
    QVERIFY(!parse(QStringLiteral("GRU;GS(XX)")).isValid());
}

void TestConsent::problemsInColumnOrder()
{
    QVector<ConsentProblem> problems;
    parse(QStringLiteral("NPU;IRB(1);;DS"), &problems);
    QList<int> columns;
    for (const ConsentProblem& p : problems)
        columns.append(p.column);
    // Parameter on IRB (5), empty item (12), DS without diseases (13).
    QCOMPARE(columns, (QList<int>{5, 12, 13}));
    QCOMPARE(count(problems, ConsentProblem::Severity::Error), 3);

    // Contradictions are found after every item was read, yet listed where they stand.
    parse(QStringLiteral("NPOA;NPU;POA;XYZ"), &problems);
    columns.clear();
    for (const ConsentProblem& p : problems)
        columns.append(p.column);
    QCOMPARE(columns, (QList<int>{10, 14}));
}

void TestConsent::noPermissionOnlyWhenEveryCodeIsKnown()
{
    // An unknown or obsolete code may have been meant as the permission: one message, not two.
    for (const char* text : {"XYZ", "GRU-CC", "NPU;GRU)"}) {
        QVector<ConsentProblem> problems;
        QVERIFY(!parse(QString::fromLatin1(text), &problems).isValid());
        QCOMPARE(int(problems.size()), 1);
        QVERIFY2(!problems.first().message.contains(QStringLiteral("no permission")),
                 qPrintable(describe(problems)));
    }
    QVector<ConsentProblem> problems;
    QVERIFY(!parse(QStringLiteral("NPU;IRB;GS(EU)"), &problems).isValid());
    QCOMPARE(int(problems.size()), 1);
    QVERIFY(problems.first().message.contains(QStringLiteral("no permission")));
}

QTEST_APPLESS_MAIN(TestConsent)
#include "test_Consent.moc"
