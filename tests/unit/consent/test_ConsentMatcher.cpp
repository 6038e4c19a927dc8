// ConsentMatcher: the DUOS rules of consent-duo.md, one row per rule and case. Each row gives a
// consent, a declared purpose, the consent date, the overall decision and the rule that decides
// it (the first reason, the worst one). Then the order of reasons, the sentences, the names and
// the JSON form.

#include <QtTest>

#include "models/consent/Consent.h"
#include "models/consent/ConsentMatcher.h"
#include "models/consent/DataUse.h"
#include "models/consent/DuoTermTable.h"

using namespace steward;

namespace {

const QString kUseDate = QStringLiteral("2026-01-15");

Consent consentOf(const QString& text)
{
    QVector<ConsentProblem> problems;
    const Consent consent = Consent::parse(text, DuoTermTable::builtIn(), &problems);
    if (!consent.isValid())
        qWarning("consent %s does not parse: %s", qPrintable(text),
                 problems.isEmpty() ? "" : qPrintable(problems.first().message));
    return consent;
}

DataUse useOf(QString text)
{
    if (!text.contains(QStringLiteral("date=")))
        text += QStringLiteral(";date=") + kUseDate;
    DataUse use;
    QString error;
    if (!DataUse::parse(text, &use, &error))
        qWarning("purpose %s does not parse: %s", qPrintable(text), qPrintable(error));
    return use;
}

void row(const char* name, const char* consent, const char* purpose, const char* decision,
         const char* rule, const QDate& consentDate = QDate())
{
    QTest::newRow(name) << QString::fromUtf8(consent) << QString::fromUtf8(purpose) << consentDate
                        << QString::fromUtf8(decision) << QString::fromUtf8(rule);
}

QString dump(const MatchResult& result)
{
    QStringList lines;
    for (const MatchReason& r : result.reasons)
        lines.append(MatchResult::decisionName(r.decision) + QLatin1Char(' ') + r.rule +
                     QLatin1String(": ") + r.sentence);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestConsentMatcher : public QObject
{
    Q_OBJECT

private slots:
    void decisions_data();
    void decisions();
    void reasonsAreWorstFirstAndStable();
    void diseaseSentencesNameCodesAndLabels();
    void unknownRegionNeedsReview();
    void invalidConsentIsDenied();
    void reasonFields();
    void combine();
    void decisionNames();
    void json();
};

void TestConsentMatcher::decisions_data()
{
    QTest::addColumn<QString>("consent");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QDate>("consentDate");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("rule");

    // Every permission against every primary purpose.
    row("NRES x gru", "NRES", "primary=gru", "APPROVE", "primary.gru");
    row("NRES x hmb", "NRES", "primary=hmb", "APPROVE", "primary.hmb");
    row("NRES x disease", "NRES", "primary=disease;disease=MONDO:0007254", "APPROVE",
        "primary.disease");
    row("NRES x poa", "NRES", "primary=poa", "APPROVE", "primary.poa");
    row("NRES x methods", "NRES", "primary=methods", "APPROVE", "primary.methods");
    row("NRES x clinical", "NRES", "primary=clinical", "APPROVE", "primary.clinical");
    row("GRU x gru", "GRU", "primary=gru", "APPROVE", "primary.gru");
    row("GRU x hmb", "GRU", "primary=hmb", "APPROVE", "primary.hmb");
    row("GRU x disease", "GRU", "primary=disease;disease=MONDO:0007254", "APPROVE",
        "primary.disease");
    row("GRU x poa", "GRU", "primary=poa", "APPROVE", "primary.poa");
    row("GRU x methods", "GRU", "primary=methods", "APPROVE", "primary.methods");
    row("GRU x clinical", "GRU", "primary=clinical", "DENY", "primary.clinical");
    row("HMB x gru", "HMB", "primary=gru", "DENY", "primary.gru");
    row("HMB x hmb", "HMB", "primary=hmb", "APPROVE", "primary.hmb");
    row("HMB x disease", "HMB", "primary=disease;disease=MONDO:0007254", "APPROVE",
        "primary.disease");
    row("HMB x poa", "HMB", "primary=poa", "DENY", "primary.poa");
    row("HMB x methods", "HMB", "primary=methods", "APPROVE", "primary.methods");
    row("HMB x clinical", "HMB", "primary=clinical", "DENY", "primary.clinical");
    row("DS x gru", "DS(MONDO:0005148)", "primary=gru", "DENY", "primary.gru");
    row("DS x hmb", "DS(MONDO:0005148)", "primary=hmb", "DENY", "primary.hmb");
    row("DS x disease", "DS(MONDO:0005148)", "primary=disease;disease=MONDO:0005148", "APPROVE",
        "primary.disease");
    row("DS x poa", "DS(MONDO:0005148)", "primary=poa", "DENY", "primary.poa");
    row("DS x methods without disease", "DS(MONDO:0005148)", "primary=methods", "NEEDS_REVIEW",
        "primary.methods");
    row("DS x clinical", "DS(MONDO:0005148)", "primary=clinical", "DENY", "primary.clinical");
    row("POA x gru", "POA", "primary=gru", "DENY", "primary.gru");
    row("POA x hmb", "POA", "primary=hmb", "DENY", "primary.hmb");
    row("POA x disease", "POA", "primary=disease;disease=MONDO:0007254", "DENY", "primary.disease");
    row("POA x poa", "POA", "primary=poa", "APPROVE", "primary.poa");
    row("POA x methods", "POA", "primary=methods", "APPROVE", "primary.methods");
    row("POA x clinical", "POA", "primary=clinical", "DENY", "primary.clinical");

    // Clinical care needs NRES or CC; CC on other purposes only adds permission.
    row("GRU+CC x clinical", "GRU;CC", "primary=clinical", "APPROVE", "primary.clinical");
    row("HMB+CC x clinical", "HMB;CC", "primary=clinical", "APPROVE", "primary.clinical");
    row("DS+CC x clinical", "DS(MONDO:0009061);CC", "primary=clinical", "APPROVE",
        "primary.clinical");
    row("HMB+CC x hmb", "HMB;CC", "primary=hmb", "APPROVE", "primary.hmb");
    row("HMB+CC x gru still denied", "HMB;CC", "primary=gru", "DENY", "primary.gru");

    // DS against the disease hierarchy.
    row("DS exact", "DS(MONDO:0009061)", "primary=disease;disease=MONDO:0009061", "APPROVE",
        "primary.disease");
    row("DS subtype", "DS(MONDO:0005015)", "primary=disease;disease=MONDO:0005148", "APPROVE",
        "primary.disease");
    row("DS two levels down", "DS(MONDO:0005071)", "primary=disease;disease=MONDO:0004975",
        "APPROVE", "primary.disease");
    row("DS breast cancer under cancer", "DS(MONDO:0004992)",
        "primary=disease;disease=MONDO:0007254", "APPROVE", "primary.disease");
    row("DS any disease", "DS(MONDO:0000001)", "primary=disease;disease=MONDO:0010679", "APPROVE",
        "primary.disease");
    row("DS one of two consented", "DS(MONDO:0009061,MONDO:0010679)",
        "primary=disease;disease=MONDO:0010679", "APPROVE", "primary.disease");
    row("DS unrelated", "DS(MONDO:0009061)", "primary=disease;disease=MONDO:0007254", "DENY",
        "primary.disease");
    row("DS parent of consented", "DS(MONDO:0007254)", "primary=disease;disease=MONDO:0004992",
        "DENY", "primary.disease");
    row("DS sibling", "DS(MONDO:0005147)", "primary=disease;disease=MONDO:0005148", "DENY",
        "primary.disease");
    row("DS one of two purposes outside", "DS(MONDO:0009061)",
        "primary=disease;disease=MONDO:0009061,MONDO:0007254", "DENY", "primary.disease");
    row("DS unknown purpose disease", "DS(MONDO:0004992)", "primary=disease;disease=MONDO:0008903",
        "NEEDS_REVIEW", "primary.disease");
    row("DS unknown consented disease", "DS(MONDO:0008903)",
        "primary=disease;disease=MONDO:0007254", "NEEDS_REVIEW", "primary.disease");
    row("DS unknown but exact", "DS(MONDO:0008903)", "primary=disease;disease=MONDO:0008903",
        "APPROVE", "primary.disease");
    row("DS known outside wins over unknown", "DS(MONDO:0009061)",
        "primary=disease;disease=MONDO:0008903,MONDO:0007254", "DENY", "primary.disease");
    row("DS DOID subtype", "DS(DOID:162)", "primary=disease;disease=DOID:1612", "APPROVE",
        "primary.disease");
    row("DS DOID unrelated", "DS(DOID:1612)", "primary=disease;disease=DOID:9352", "DENY",
        "primary.disease");
    row("DS DOID under MONDO via same disease", "DS(MONDO:0005015)",
        "primary=disease;disease=DOID:9352", "APPROVE", "primary.disease");
    row("DS DOID under MONDO root", "DS(MONDO:0000001)", "primary=disease;disease=DOID:1612",
        "APPROVE", "primary.disease");
    row("DS across ontologies undecided", "DS(MONDO:0004992)", "primary=disease;disease=DOID:1612",
        "NEEDS_REVIEW", "primary.disease");
    row("DS methods for the disease", "DS(MONDO:0005015)", "primary=methods;disease=MONDO:0005148",
        "APPROVE", "primary.methods");
    row("DS methods for another disease", "DS(MONDO:0009061)",
        "primary=methods;disease=MONDO:0007254", "DENY", "primary.methods");
    row("DS methods for an unknown disease", "DS(MONDO:0009061)",
        "primary=methods;disease=MONDO:0008903", "NEEDS_REVIEW", "primary.methods");

    // NMDS, NPOA.
    row("NMDS denies methods", "GRU;NMDS", "primary=methods", "DENY", "modifier.NMDS");
    row("NMDS allows research", "GRU;NMDS", "primary=hmb", "APPROVE", "primary.hmb");
    row("NMDS denies DS methods", "DS(MONDO:0005015);NMDS", "primary=methods;disease=MONDO:0005148",
        "DENY", "modifier.NMDS");
    row("NPOA denies poa", "GRU;NPOA", "primary=poa", "DENY", "modifier.NPOA");
    row("NPOA allows hmb", "GRU;NPOA", "primary=hmb", "APPROVE", "primary.hmb");

    // For-profit and commercial use.
    row("NPU denies for-profit", "GRU;NPU", "primary=gru;for-profit", "DENY", "modifier.NPU");
    row("NPU allows not-for-profit", "GRU;NPU", "primary=gru", "APPROVE", "primary.gru");
    row("NPU allows commercial not-for-profit", "GRU;NPU", "primary=gru;commercial", "APPROVE",
        "primary.gru");
    row("NCU denies commercial", "GRU;NCU", "primary=gru;commercial", "DENY", "modifier.NCU");
    row("NCU allows for-profit non-commercial", "GRU;NCU", "primary=gru;for-profit", "APPROVE",
        "primary.gru");
    row("NPUNCU denies for-profit", "GRU;NPUNCU", "primary=gru;for-profit", "DENY",
        "modifier.NPUNCU");
    row("NPUNCU denies commercial", "GRU;NPUNCU", "primary=gru;commercial", "DENY",
        "modifier.NPUNCU");
    row("NPUNCU denies both", "GRU;NPUNCU", "primary=gru;for-profit;commercial", "DENY",
        "modifier.NPUNCU");
    row("NPUNCU allows neither", "GRU;NPUNCU", "primary=gru", "APPROVE", "primary.gru");

    // GS.
    row("GS country in EU", "GRU;GS(EU)", "primary=gru;region=DE", "APPROVE", "primary.gru");
    row("GS same country", "GRU;GS(FR)", "primary=gru;region=fr", "APPROVE", "primary.gru");
    row("GS one of two countries", "GRU;GS(DE,FR)", "primary=gru;region=FR", "APPROVE",
        "primary.gru");
    row("GS EU inside EEA", "GRU;GS(EEA)", "primary=gru;region=EU", "APPROVE", "primary.gru");
    row("GS Norway in EEA", "GRU;GS(EEA)", "primary=gru;region=NO", "APPROVE", "primary.gru");
    row("GS EEA inside Europe", "GRU;GS(EUR)", "primary=gru;region=EEA", "APPROVE", "primary.gru");
    row("GS Switzerland in Europe", "GRU;GS(Europe)", "primary=gru;region=CH", "APPROVE",
        "primary.gru");
    row("GS anything in WORLD", "GRU;GS(WORLD)", "primary=gru;region=JP", "APPROVE", "primary.gru");
    row("GS outside", "GRU;GS(EU)", "primary=gru;region=US", "DENY", "modifier.GS");
    row("GS Norway outside EU", "GRU;GS(EU)", "primary=gru;region=NO", "DENY", "modifier.GS");
    row("GS Switzerland outside EEA", "GRU;GS(EEA)", "primary=gru;region=CH", "DENY",
        "modifier.GS");
    row("GS EEA reaches beyond EU", "GRU;GS(EU)", "primary=gru;region=EEA", "DENY", "modifier.GS");
    row("GS WORLD beyond a country", "GRU;GS(DE)", "primary=gru;region=WORLD", "DENY",
        "modifier.GS");
    row("GS without declared region", "GRU;GS(EU)", "primary=gru", "NEEDS_REVIEW", "modifier.GS");

    // TS: an end date, or months from the consent date.
    row("TS end date, on the day", "GRU;TS(2026-01-15)", "primary=gru", "APPROVE", "primary.gru");
    row("TS end date, before", "GRU;TS(2027-06-30)", "primary=gru", "APPROVE", "primary.gru");
    row("TS end date, after", "GRU;TS(2026-01-14)", "primary=gru", "DENY", "modifier.TS");
    row("TS months, last day", "GRU;TS(12)", "primary=gru;date=2026-03-01", "APPROVE",
        "primary.gru", QDate(2025, 3, 1));
    row("TS months, the day after", "GRU;TS(12)", "primary=gru;date=2026-03-02", "DENY",
        "modifier.TS", QDate(2025, 3, 1));
    row("TS months, long before", "GRU;TS(36)", "primary=gru", "APPROVE", "primary.gru",
        QDate(2025, 1, 1));
    row("TS months without consent date", "GRU;TS(12)", "primary=gru", "NEEDS_REVIEW",
        "modifier.TS");

    // MOR.
    row("MOR before, publishing", "GRU;MOR(2026-06-01)", "primary=gru;publication;date=2026-05-31",
        "DENY", "modifier.MOR");
    row("MOR before, not publishing", "GRU;MOR(2026-06-01)", "primary=gru;date=2026-05-31",
        "NEEDS_REVIEW", "modifier.MOR");
    row("MOR on the day", "GRU;MOR(2026-06-01)", "primary=gru;publication;date=2026-06-01",
        "APPROVE", "primary.gru");
    row("MOR after", "GRU;MOR(2026-06-01)", "primary=gru;date=2026-07-01", "APPROVE",
        "primary.gru");

    // Commitments.
    row("IRB held", "GRU;IRB", "primary=gru;irb", "APPROVE", "primary.gru");
    row("IRB missing", "GRU;IRB", "primary=gru", "DENY", "modifier.IRB");
    row("COL declared", "GRU;COL", "primary=gru;collaboration", "APPROVE", "primary.gru");
    row("COL missing", "GRU;COL", "primary=gru", "NEEDS_REVIEW", "modifier.COL");
    row("COL named, missing", "GRU;COL(Dr Smith)", "primary=gru", "NEEDS_REVIEW", "modifier.COL");
    row("PUB declared", "GRU;PUB", "primary=gru;publication", "APPROVE", "primary.gru");
    row("PUB missing", "GRU;PUB", "primary=gru", "NEEDS_REVIEW", "modifier.PUB");
    row("RTN declared", "GRU;RTN", "primary=gru;return-data", "APPROVE", "primary.gru");
    row("RTN missing", "GRU;RTN", "primary=gru", "NEEDS_REVIEW", "modifier.RTN");
    row("PS same project", "GRU;PS(Atlas)", "primary=gru;project=atlas", "APPROVE", "primary.gru");
    row("PS other project", "GRU;PS(Atlas)", "primary=gru;project=Beacon", "DENY", "modifier.PS");
    row("PS no project", "GRU;PS(Atlas)", "primary=gru", "NEEDS_REVIEW", "modifier.PS");
    row("IS same institution", "GRU;IS(University of Oslo)",
        "primary=gru;institution=university of oslo", "APPROVE", "primary.gru");
    row("IS other institution", "GRU;IS(University of Oslo)",
        "primary=gru;institution=Karolinska Institutet", "DENY", "modifier.IS");
    row("IS no institution", "GRU;IS(University of Oslo)", "primary=gru", "NEEDS_REVIEW",
        "modifier.IS");
    row("US always reviewed", "GRU;US", "primary=gru;irb;publication", "NEEDS_REVIEW",
        "modifier.US");
    row("RS always reviewed", "HMB;RS(cancer genomics)", "primary=hmb", "NEEDS_REVIEW",
        "modifier.RS");
    row("GSO always reviewed", "GRU;GSO", "primary=gru", "NEEDS_REVIEW", "modifier.GSO");
    row("CC on research", "GRU;CC", "primary=gru", "APPROVE", "primary.gru");

    // Combinations: approve only if all approve, a deny beats a review.
    row("all approve", "DS(MONDO:0005015);NPU;GS(EEA);IRB;TS(2027-01-01);PUB",
        "primary=disease;disease=MONDO:0005148;region=NO;irb;publication", "APPROVE",
        "primary.disease");
    row("review and approvals", "GRU;NPU;PUB", "primary=gru", "NEEDS_REVIEW", "modifier.PUB");
    row("first of two reviews", "GRU;PUB;COL", "primary=gru", "NEEDS_REVIEW", "modifier.PUB");
    row("deny beats review", "GRU;US;NCU", "primary=gru;commercial", "DENY", "modifier.NCU");
    row("deny after reviews", "GRU;PUB;COL;IRB", "primary=gru", "DENY", "modifier.IRB");
    row("primary deny first of two denies", "HMB;NPU;GS(EU)", "primary=gru;for-profit;region=US",
        "DENY", "primary.gru");
    row("modifier deny with primary approve", "DS(MONDO:0005015);GS(EU)",
        "primary=disease;disease=MONDO:0005148;region=US", "DENY", "modifier.GS");
    row("primary review, modifiers approve", "DS(MONDO:0004992);NPU",
        "primary=disease;disease=MONDO:0008903", "NEEDS_REVIEW", "primary.disease");
}

void TestConsentMatcher::decisions()
{
    QFETCH(QString, consent);
    QFETCH(QString, purpose);
    QFETCH(QDate, consentDate);
    QFETCH(QString, decision);
    QFETCH(QString, rule);

    const Consent c = consentOf(consent);
    QVERIFY(c.isValid());
    const DataUse use = useOf(purpose);
    const MatchResult result = ConsentMatcher::match(c, use, consentDate);

    QCOMPARE(MatchResult::decisionName(result.decision), decision);
    QVERIFY(!result.reasons.isEmpty());
    QVERIFY2(result.reasons.first().rule == rule, qPrintable(dump(result)));
    QCOMPARE(MatchResult::decisionName(result.reasons.first().decision), decision);
    // One check for the permission and one for each modifier.
    QCOMPARE(int(result.reasons.size()), 1 + int(c.modifiers().size()));
    for (const MatchReason& r : result.reasons) {
        QVERIFY2(!r.sentence.isEmpty() && r.sentence.endsWith(QLatin1Char('.')),
                 qPrintable(r.rule + QLatin1String(": ") + r.sentence));
        QVERIFY(r.rule.startsWith(QLatin1String("primary.")) ||
                r.rule == QLatin1String("modifier.") + r.code);
    }
}

void TestConsentMatcher::reasonsAreWorstFirstAndStable()
{
    const MatchResult result =
        ConsentMatcher::match(consentOf(QStringLiteral("GRU;US;NCU;PUB;IRB;NPU;GSO")),
                              useOf(QStringLiteral("primary=gru;commercial;irb")));
    QStringList rules;
    for (const MatchReason& r : result.reasons)
        rules.append(r.rule);
    QCOMPARE(rules, (QStringList{QStringLiteral("modifier.NCU"), QStringLiteral("modifier.US"),
                                 QStringLiteral("modifier.PUB"), QStringLiteral("modifier.GSO"),
                                 QStringLiteral("primary.gru"), QStringLiteral("modifier.IRB"),
                                 QStringLiteral("modifier.NPU")}));
    QCOMPARE(result.decision, MatchDecision::Deny);
}

void TestConsentMatcher::diseaseSentencesNameCodesAndLabels()
{
    const MatchResult denied =
        ConsentMatcher::match(consentOf(QStringLiteral("DS(MONDO:0009061)")),
                              useOf(QStringLiteral("primary=disease;disease=MONDO:0007254")));
    const QString deny = denied.reasons.first().sentence;
    QVERIFY2(deny.contains(QStringLiteral("MONDO:0009061 (cystic fibrosis) only")),
             qPrintable(deny));
    QVERIFY2(deny.contains(QStringLiteral("MONDO:0007254 (breast cancer)")), qPrintable(deny));
    QVERIFY2(deny.contains(QStringLiteral("not one of them nor a subtype")), qPrintable(deny));
    QCOMPARE(denied.reasons.first().code, QStringLiteral("DS"));

    const MatchResult unknown =
        ConsentMatcher::match(consentOf(QStringLiteral("DS(MONDO:0004992)")),
                              useOf(QStringLiteral("primary=disease;disease=MONDO:0008903")));
    const QString review = unknown.reasons.first().sentence;
    QVERIFY2(review.contains(QStringLiteral("does not know MONDO:0008903")), qPrintable(review));

    const MatchResult across =
        ConsentMatcher::match(consentOf(QStringLiteral("DS(MONDO:0004992)")),
                              useOf(QStringLiteral("primary=disease;disease=DOID:1612")));
    QVERIFY2(across.reasons.first().sentence.contains(QStringLiteral("DOID:1612 (breast cancer)")),
             qPrintable(across.reasons.first().sentence));
}

void TestConsentMatcher::unknownRegionNeedsReview()
{
    // parse() refuses unknown regions, but a use built in code may carry one.
    DataUse use = useOf(QStringLiteral("primary=gru"));
    use.region = QStringLiteral("XX");
    const MatchResult result = ConsentMatcher::match(consentOf(QStringLiteral("GRU;GS(EU)")), use);
    QCOMPARE(result.decision, MatchDecision::NeedsReview);
    QCOMPARE(result.reasons.first().rule, QStringLiteral("modifier.GS"));
    QVERIFY(result.reasons.first().sentence.contains(QStringLiteral("'XX'")));
}

void TestConsentMatcher::invalidConsentIsDenied()
{
    const MatchResult result =
        ConsentMatcher::match(Consent(), useOf(QStringLiteral("primary=gru")));
    QCOMPARE(result.decision, MatchDecision::Deny);
    QCOMPARE(int(result.reasons.size()), 1);
    QCOMPARE(result.reasons.first().rule, QStringLiteral("consent.invalid"));

    // A permission or modifier from a newer DUO release that Steward has no rule for.
    Consent future;
    future.setPermission({QStringLiteral("XYZ"), {}});
    future.setModifiers({{QStringLiteral("ABC"), {}}});
    const MatchResult unknown = ConsentMatcher::match(future, useOf(QStringLiteral("primary=gru")));
    QCOMPARE(unknown.decision, MatchDecision::NeedsReview);
    QCOMPARE(unknown.reasons.at(0).rule, QStringLiteral("primary.gru"));
    QCOMPARE(unknown.reasons.at(1).rule, QStringLiteral("modifier.ABC"));
    QCOMPARE(unknown.reasons.at(1).decision, MatchDecision::NeedsReview);
}

void TestConsentMatcher::reasonFields()
{
    const MatchResult result = ConsentMatcher::match(
        consentOf(QStringLiteral("GRU;TS(12);PS(Atlas)")),
        useOf(QStringLiteral("primary=clinical;project=Beacon;date=2026-03-02")),
        QDate(2025, 3, 1));
    QCOMPARE(result.decision, MatchDecision::Deny);
    // Three denials, in consent order: the permission, TS, PS.
    QCOMPARE(result.reasons.at(0).rule, QStringLiteral("primary.clinical"));
    QCOMPARE(result.reasons.at(0).code, QStringLiteral("GRU"));
    QCOMPARE(result.reasons.at(1).code, QStringLiteral("TS"));
    QVERIFY2(result.reasons.at(1).sentence.contains(QStringLiteral("2026-03-01")),
             qPrintable(result.reasons.at(1).sentence));
    QVERIFY2(result.reasons.at(1).sentence.contains(QStringLiteral("12 month")),
             qPrintable(result.reasons.at(1).sentence));
    QCOMPARE(result.reasons.at(2).code, QStringLiteral("PS"));
    QVERIFY(result.reasons.at(2).sentence.contains(QStringLiteral("Atlas")));
    QVERIFY(result.reasons.at(2).sentence.contains(QStringLiteral("Beacon")));

    // Clinical care approved through CC names CC.
    const MatchResult cc = ConsentMatcher::match(consentOf(QStringLiteral("HMB;CC")),
                                                 useOf(QStringLiteral("primary=clinical")));
    QCOMPARE(cc.reasons.at(0).code, QStringLiteral("CC"));
    QCOMPARE(cc.reasons.at(1).rule, QStringLiteral("modifier.CC"));
}

void TestConsentMatcher::combine()
{
    using D = MatchDecision;
    QCOMPARE(ConsentMatcher::combine({}), D::Approve);
    QCOMPARE(ConsentMatcher::combine({D::Approve, D::Approve}), D::Approve);
    QCOMPARE(ConsentMatcher::combine({D::Approve, D::NeedsReview, D::Approve}), D::NeedsReview);
    QCOMPARE(ConsentMatcher::combine({D::NeedsReview, D::Deny, D::Approve}), D::Deny);
    QCOMPARE(ConsentMatcher::combine({D::Deny}), D::Deny);
}

void TestConsentMatcher::decisionNames()
{
    using D = MatchDecision;
    QCOMPARE(MatchResult::decisionName(D::Approve), QStringLiteral("APPROVE"));
    QCOMPARE(MatchResult::decisionName(D::NeedsReview), QStringLiteral("NEEDS_REVIEW"));
    QCOMPARE(MatchResult::decisionName(D::Deny), QStringLiteral("DENY"));
    for (D d : {D::Approve, D::NeedsReview, D::Deny}) {
        D back = d == D::Deny ? D::Approve : D::Deny;
        QVERIFY(MatchResult::decisionFromName(MatchResult::decisionName(d), &back));
        QCOMPARE(back, d);
    }
    D parsed = D::Approve;
    QVERIFY(MatchResult::decisionFromName(QStringLiteral("needs review"), &parsed));
    QCOMPARE(parsed, D::NeedsReview);
    QVERIFY(MatchResult::decisionFromName(QStringLiteral(" deny "), &parsed));
    QCOMPARE(parsed, D::Deny);
    QVERIFY(!MatchResult::decisionFromName(QStringLiteral("maybe"), &parsed));
    QCOMPARE(parsed, D::Deny);
    QCOMPARE(MatchResult::decisionLabel(D::Approve), QStringLiteral("Approve"));
    QCOMPARE(MatchResult::decisionLabel(D::NeedsReview), QStringLiteral("Needs review"));
    QCOMPARE(MatchResult::decisionLabel(D::Deny), QStringLiteral("Deny"));
}

void TestConsentMatcher::json()
{
    const MatchResult result = ConsentMatcher::match(consentOf(QStringLiteral("GRU;NPU;PUB")),
                                                     useOf(QStringLiteral("primary=gru")));
    const QJsonObject o = result.toJson();
    QCOMPARE(o.value(QStringLiteral("decision")).toString(), QStringLiteral("NEEDS_REVIEW"));
    const QJsonArray reasons = o.value(QStringLiteral("reasons")).toArray();
    QCOMPARE(reasons.size(), 3);
    const QJsonObject first = reasons.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("decision")).toString(), QStringLiteral("NEEDS_REVIEW"));
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("modifier.PUB"));
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("PUB"));
    QCOMPARE(first.value(QStringLiteral("reason")).toString(), result.reasons.first().sentence);
    QCOMPARE(reasons.at(1).toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("primary.gru"));
    QCOMPARE(reasons.at(1).toObject().value(QStringLiteral("decision")).toString(),
             QStringLiteral("APPROVE"));
    QCOMPARE(reasons.at(2).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("NPU"));
}

QTEST_APPLESS_MAIN(TestConsentMatcher)
#include "test_ConsentMatcher.moc"
