#include "models/consent/ConsentMatcher.h"

#include <algorithm>

#include <QJsonArray>
#include <QLocale>

#include "models/consent/DiseaseHierarchy.h"
#include "models/consent/RegionCodes.h"

namespace steward {
namespace {

using Primary = DataUse::Primary;

MatchReason reason(MatchDecision decision, const QString& rule, const QString& code,
                   const QString& sentence)
{
    MatchReason r;
    r.decision = decision;
    r.rule = rule;
    r.code = code;
    r.sentence = sentence;
    return r;
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

bool isIsoDate(const QString& s)
{
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

/** The DS comparison of the purpose's diseases with the consented ones. */
struct DiseaseCheck
{
    MatchDecision decision = MatchDecision::Approve;
    QStringList notCovered; // known, comparable, and under no consented disease
    QStringList undecided;  // could not be compared
    QStringList unknownIds; // ids the hierarchy does not know, consented or wanted
};

DiseaseCheck checkDiseases(const QStringList& consented, const QStringList& wanted)
{
    const DiseaseHierarchy& h = DiseaseHierarchy::builtIn();
    DiseaseCheck check;
    for (const QString& w : wanted) {
        const bool covered = std::any_of(consented.cbegin(), consented.cend(),
                                         [&](const QString& c) { return h.isA(w, c); });
        if (covered)
            continue;
        const bool decidable = std::all_of(consented.cbegin(), consented.cend(),
                                           [&](const QString& c) { return h.comparable(w, c); });
        if (decidable) {
            check.notCovered.append(w);
            continue;
        }
        check.undecided.append(w);
        if (!h.knows(w) && !check.unknownIds.contains(w))
            check.unknownIds.append(w);
        for (const QString& c : consented) {
            if (!h.knows(c) && !check.unknownIds.contains(c))
                check.unknownIds.append(c);
        }
    }
    if (!check.notCovered.isEmpty())
        check.decision = MatchDecision::Deny;
    else if (!check.undecided.isEmpty())
        check.decision = MatchDecision::NeedsReview;
    return check;
}

/** The checks, each one sentence; a class only to give tr() the ConsentMatcher context. */
class Checks
{
    Q_DECLARE_TR_FUNCTIONS(ConsentMatcher)

public:
    static MatchReason primary(const Consent& consent, const DataUse& use);
    static MatchReason modifier(const ConsentCode& modifier, const DataUse& use,
                                const QDate& consentDate, const QDate& useDate);

private:
    static MatchReason diseaseSpecific(const QString& rule, const QStringList& consented,
                                       const DataUse& use);
    static MatchReason region(const QStringList& allowed, const DataUse& use);
    static MatchReason timeLimit(const QString& limit, const QDate& consentDate,
                                 const QDate& useDate);
    static MatchReason moratorium(const QString& until, const DataUse& use, const QDate& useDate);
    static MatchReason named(const QString& code, const QString& consented,
                             const QString& declared);
};

MatchReason Checks::primary(const Consent& consent, const DataUse& use)
{
    const QString permission = consent.permission().code;
    const QString rule = QStringLiteral("primary.") + DataUse::primaryKey(use.primary);
    const auto approve = [&](const QString& s) {
        return reason(MatchDecision::Approve, rule, permission, s);
    };
    const auto deny = [&](const QString& s) {
        return reason(MatchDecision::Deny, rule, permission, s);
    };
    const bool nres = permission == QLatin1String("NRES");
    const bool gru = permission == QLatin1String("GRU");
    const bool hmb = permission == QLatin1String("HMB");
    const bool ds = permission == QLatin1String("DS");
    const bool poa = permission == QLatin1String("POA");
    if (!nres && !gru && !hmb && !ds && !poa) {
        return reason(MatchDecision::NeedsReview, rule, permission,
                      tr("Steward has no rule for the permission %1; a steward must decide.")
                          .arg(permission));
    }
    const QStringList diseases = consent.permission().parameters;
    const QString consentedDiseases = DiseaseHierarchy::builtIn().describeList(diseases);

    switch (use.primary) {
    case Primary::GeneralResearch:
        if (nres || gru)
            return approve(tr("The consent (%1) allows general research.").arg(permission));
        if (hmb)
            return deny(tr("The consent allows only health, medical or biomedical research "
                           "(HMB); general research is not allowed."));
        if (ds)
            return deny(tr("The consent allows only research on %1 (DS); general research is "
                           "not allowed.")
                            .arg(consentedDiseases));
        return deny(tr("The consent allows only population origins or ancestry research (POA); "
                       "general research is not allowed."));

    case Primary::HealthMedical:
        if (nres || gru || hmb)
            return approve(tr("The consent (%1) allows health, medical or biomedical research.")
                               .arg(permission));
        if (ds)
            return deny(tr("The consent allows only research on %1 (DS); health, medical or "
                           "biomedical research in general is not allowed.")
                            .arg(consentedDiseases));
        return deny(tr("The consent allows only population origins or ancestry research (POA); "
                       "health, medical or biomedical research is not allowed."));

    case Primary::Disease:
        if (nres || gru || hmb)
            return approve(
                tr("The consent (%1) allows research on any disease, including %2.")
                    .arg(permission, DiseaseHierarchy::builtIn().describeList(use.diseases)));
        if (ds)
            return diseaseSpecific(rule, diseases, use);
        return deny(tr("The consent allows only population origins or ancestry research (POA); "
                       "disease research is not allowed."));

    case Primary::PopulationAncestry:
        if (nres || gru || poa)
            return approve(tr("The consent (%1) allows population origins or ancestry research.")
                               .arg(permission));
        if (hmb)
            return deny(tr("The consent allows health, medical or biomedical research (HMB), "
                           "which excludes population origins or ancestry research."));
        return deny(tr("The consent allows only research on %1 (DS); population origins or "
                       "ancestry research is not allowed.")
                        .arg(consentedDiseases));

    case Primary::Methods:
        if (!ds)
            return approve(tr("The consent (%1) allows methods development.").arg(permission));
        if (use.diseases.isEmpty())
            return reason(MatchDecision::NeedsReview, rule, permission,
                          tr("The consent allows only research on %1 (DS) and the methods "
                             "development names no disease; confirm the methods are developed "
                             "for that research.")
                              .arg(consentedDiseases));
        return diseaseSpecific(rule, diseases, use);

    case Primary::ClinicalCare:
        if (nres)
            return approve(tr("The consent (NRES) places no restriction, so clinical care use is "
                              "allowed."));
        if (consent.has(QStringLiteral("CC")))
            return reason(MatchDecision::Approve, rule, QStringLiteral("CC"),
                          tr("The consent (%1 with CC) allows clinical care use.").arg(permission));
        return deny(tr("The consent (%1) allows research use only; clinical care needs NRES or "
                       "the CC modifier.")
                        .arg(permission));
    }
    return deny(QString());
}

MatchReason Checks::diseaseSpecific(const QString& rule, const QStringList& consented,
                                    const DataUse& use)
{
    const DiseaseHierarchy& h = DiseaseHierarchy::builtIn();
    const DiseaseCheck check = checkDiseases(consented, use.diseases);
    const QString code = QStringLiteral("DS");
    const QString allowed = h.describeList(consented);
    const bool methods = use.primary == Primary::Methods;
    switch (check.decision) {
    case MatchDecision::Approve:
        return reason(MatchDecision::Approve, rule, code,
                      methods ? tr("The consent allows disease-specific research on %1; the "
                                   "methods are developed for %2, which it covers.")
                                    .arg(allowed, h.describeList(use.diseases))
                              : tr("The consent allows disease-specific research on %1; the "
                                   "destination's purpose, %2, is one of them or a subtype.")
                                    .arg(allowed, h.describeList(use.diseases)));
    case MatchDecision::Deny:
        return reason(MatchDecision::Deny, rule, code,
                      methods ? tr("The consent allows disease-specific research on %1 only; the "
                                   "methods are developed for %2, which is not one of them nor "
                                   "a subtype.")
                                    .arg(allowed, h.describeList(check.notCovered))
                              : tr("The consent allows disease-specific research on %1 only; the "
                                   "destination's purpose, %2, is not one of them nor a "
                                   "subtype.")
                                    .arg(allowed, h.describeList(check.notCovered)));
    case MatchDecision::NeedsReview:
        break;
    }
    if (!check.unknownIds.isEmpty())
        return reason(MatchDecision::NeedsReview, rule, code,
                      tr("The consent allows disease-specific research on %1; Steward's disease "
                         "hierarchy does not know %2, so a steward must decide whether the "
                         "destination's purpose, %3, lies within the consent.")
                          .arg(allowed, QLocale().createSeparatedList(check.unknownIds),
                               h.describeList(check.undecided)));
    return reason(MatchDecision::NeedsReview, rule, code,
                  tr("The consent allows disease-specific research on %1; Steward cannot "
                     "compare %2 with them across disease ontologies, so a steward must decide.")
                      .arg(allowed, h.describeList(check.undecided)));
}

MatchReason Checks::modifier(const ConsentCode& modifier, const DataUse& use,
                             const QDate& consentDate, const QDate& useDate)
{
    const QString code = modifier.code;
    const QString rule = QStringLiteral("modifier.") + code;
    const QString first = modifier.parameters.value(0);
    const auto make = [&](MatchDecision d, const QString& s) { return reason(d, rule, code, s); };
    const MatchDecision approve = MatchDecision::Approve;
    const MatchDecision review = MatchDecision::NeedsReview;
    const MatchDecision deny = MatchDecision::Deny;

    if (code == QLatin1String("NMDS")) {
        if (use.primary == Primary::Methods)
            return make(deny, tr("The consent forbids methods development (NMDS), and methods "
                                 "development is the destination's purpose."));
        return make(approve, tr("The consent forbids methods development (NMDS); the "
                                "destination's purpose is not methods development."));
    }
    if (code == QLatin1String("NPOA")) {
        if (use.primary == Primary::PopulationAncestry)
            return make(deny, tr("The consent forbids population origins or ancestry research "
                                 "(NPOA), and that is the destination's purpose."));
        return make(approve, tr("The consent forbids population origins or ancestry research "
                                "(NPOA); the destination's purpose is not such research."));
    }
    if (code == QLatin1String("NPU")) {
        if (use.forProfit)
            return make(deny, tr("The consent allows use by not-for-profit organisations only "
                                 "(NPU); the destination is a for-profit organisation."));
        return make(approve, tr("The consent allows use by not-for-profit organisations only "
                                "(NPU); the destination is not for profit."));
    }
    if (code == QLatin1String("NCU")) {
        if (use.commercial)
            return make(deny, tr("The consent allows non-commercial use only (NCU); the "
                                 "destination's use is commercial."));
        return make(approve, tr("The consent allows non-commercial use only (NCU); the "
                                "destination's use is not commercial."));
    }
    if (code == QLatin1String("NPUNCU")) {
        if (use.forProfit && use.commercial)
            return make(deny, tr("The consent allows only not-for-profit, non-commercial use "
                                 "(NPUNCU); the destination is a for-profit organisation and "
                                 "its use is commercial."));
        if (use.forProfit)
            return make(deny, tr("The consent allows only not-for-profit, non-commercial use "
                                 "(NPUNCU); the destination is a for-profit organisation."));
        if (use.commercial)
            return make(deny, tr("The consent allows only not-for-profit, non-commercial use "
                                 "(NPUNCU); the destination's use is commercial."));
        return make(approve, tr("The consent allows only not-for-profit, non-commercial use "
                                "(NPUNCU); the destination is not for profit and its use is not "
                                "commercial."));
    }
    if (code == QLatin1String("GS"))
        return region(modifier.parameters, use);
    if (code == QLatin1String("TS"))
        return timeLimit(first, consentDate, useDate);
    if (code == QLatin1String("MOR"))
        return moratorium(first, use, useDate);
    if (code == QLatin1String("IRB")) {
        if (use.ethicsApproval)
            return make(approve, tr("The consent requires ethics approval (IRB), and the "
                                    "destination holds it."));
        return make(deny, tr("The consent requires ethics approval (IRB); the destination does "
                             "not declare it."));
    }
    if (code == QLatin1String("COL")) {
        if (first.isEmpty())
            return use.collaboration
                       ? make(approve, tr("The consent requires collaboration with the data's "
                                          "providers (COL), and the destination commits to it."))
                       : make(review, tr("The consent requires collaboration with the data's "
                                         "providers (COL) and the destination does not declare "
                                         "it; confirm a collaboration is agreed."));
        return use.collaboration
                   ? make(approve, tr("The consent requires collaboration with %1 (COL), and the "
                                      "destination commits to it.")
                                       .arg(first))
                   : make(review, tr("The consent requires collaboration with %1 (COL) and the "
                                     "destination does not declare it; confirm a collaboration "
                                     "is agreed.")
                                      .arg(first));
    }
    if (code == QLatin1String("PUB")) {
        if (use.publication)
            return make(approve, tr("The consent requires publishing the results (PUB), and the "
                                    "destination commits to it."));
        return make(review, tr("The consent requires publishing the results (PUB) and the "
                               "destination does not declare it; confirm the results will be "
                               "published."));
    }
    if (code == QLatin1String("RTN")) {
        if (use.returnData)
            return make(approve, tr("The consent requires returning derived data to the resource "
                                    "(RTN), and the destination commits to it."));
        return make(review, tr("The consent requires returning derived data to the resource "
                               "(RTN) and the destination does not declare it; confirm derived "
                               "data will be returned."));
    }
    if (code == QLatin1String("PS") || code == QLatin1String("IS"))
        return named(code, first, code == QLatin1String("PS") ? use.project : use.institution);
    if (code == QLatin1String("US"))
        return make(review, tr("The consent limits use to approved users (US); confirm every "
                               "user at the destination is approved."));
    if (code == QLatin1String("RS"))
        return make(review, tr("The consent limits research to %1 (RS); confirm the "
                               "destination's research is of this kind.")
                                .arg(first));
    if (code == QLatin1String("GSO"))
        return make(review, tr("The consent allows genetic studies only (GSO); confirm the "
                               "destination's research is a genetic study."));
    if (code == QLatin1String("CC")) {
        if (use.primary == Primary::ClinicalCare)
            return make(approve, tr("The consent allows clinical care use (CC), which is the "
                                    "destination's purpose."));
        return make(approve, tr("The consent adds clinical care use (CC); it places no "
                                "restriction on the destination's purpose."));
    }
    return make(review,
                tr("Steward has no rule for the modifier %1; a steward must decide.").arg(code));
}

MatchReason Checks::region(const QStringList& allowed, const DataUse& use)
{
    const QString rule = QStringLiteral("modifier.GS");
    const QString code = QStringLiteral("GS");
    const QString regions = QLocale().createSeparatedList(allowed);
    if (use.region.isEmpty())
        return reason(MatchDecision::NeedsReview, rule, code,
                      tr("The consent limits use to %1 (GS) and the destination declares no "
                         "region; confirm where the data will be used.")
                          .arg(regions));
    switch (RegionCodes::overlap(use.region, allowed)) {
    case RegionCodes::Overlap::Inside:
        return reason(MatchDecision::Approve, rule, code,
                      tr("The consent limits use to %1 (GS); the destination's region, %2, lies "
                         "within it.")
                          .arg(regions, use.region));
    case RegionCodes::Overlap::Partly:
        return reason(MatchDecision::Deny, rule, code,
                      tr("The consent limits use to %1 (GS); the destination's region, %2, "
                         "reaches beyond it.")
                          .arg(regions, use.region));
    case RegionCodes::Overlap::Outside:
        return reason(MatchDecision::Deny, rule, code,
                      tr("The consent limits use to %1 (GS); the destination's region, %2, lies "
                         "outside it.")
                          .arg(regions, use.region));
    case RegionCodes::Overlap::Unknown:
        break;
    }
    return reason(MatchDecision::NeedsReview, rule, code,
                  tr("The consent limits use to %1 (GS) and Steward does not know the "
                     "destination's region '%2'; confirm where the data will be used.")
                      .arg(regions, use.region));
}

MatchReason Checks::timeLimit(const QString& limit, const QDate& consentDate, const QDate& useDate)
{
    const QString rule = QStringLiteral("modifier.TS");
    const QString code = QStringLiteral("TS");
    if (isIsoDate(limit)) {
        const QDate end = QDate::fromString(limit, Qt::ISODate);
        if (useDate > end)
            return reason(MatchDecision::Deny, rule, code,
                          tr("The consent allows use until %1 (TS); the use on %2 is after that.")
                              .arg(iso(end), iso(useDate)));
        return reason(MatchDecision::Approve, rule, code,
                      tr("The consent allows use until %1 (TS); the use on %2 is within that "
                         "time.")
                          .arg(iso(end), iso(useDate)));
    }
    const int months = limit.toInt();
    if (!consentDate.isValid())
        return reason(MatchDecision::NeedsReview, rule, code,
                      tr("The consent allows use for %n month(s) from the consent date (TS), "
                         "but the consent date is not recorded; confirm the time limit by hand.",
                         nullptr, months));
    const QDate end = consentDate.addMonths(months);
    if (useDate > end)
        return reason(MatchDecision::Deny, rule, code,
                      tr("The consent allows use for %n month(s) from the consent date %1, "
                         "until %2 (TS); the use on %3 is after that.",
                         nullptr, months)
                          .arg(iso(consentDate), iso(end), iso(useDate)));
    return reason(MatchDecision::Approve, rule, code,
                  tr("The consent allows use for %n month(s) from the consent date %1, until %2 "
                     "(TS); the use on %3 is within that time.",
                     nullptr, months)
                      .arg(iso(consentDate), iso(end), iso(useDate)));
}

MatchReason Checks::moratorium(const QString& until, const DataUse& use, const QDate& useDate)
{
    const QString rule = QStringLiteral("modifier.MOR");
    const QString code = QStringLiteral("MOR");
    const QDate date = QDate::fromString(until, Qt::ISODate);
    if (!date.isValid())
        return reason(MatchDecision::NeedsReview, rule, code,
                      tr("The consent sets a publication moratorium (MOR) without a valid date; "
                         "confirm when results may be published."));
    if (useDate >= date)
        return reason(MatchDecision::Approve, rule, code,
                      tr("The consent forbids publishing results before %1 (MOR); the use on %2 "
                         "is on or after that date.")
                          .arg(iso(date), iso(useDate)));
    if (use.publication)
        return reason(MatchDecision::Deny, rule, code,
                      tr("The consent forbids publishing results before %1 (MOR); the "
                         "destination plans to publish and the use on %2 is before that date.")
                          .arg(iso(date), iso(useDate)));
    return reason(MatchDecision::NeedsReview, rule, code,
                  tr("The consent forbids publishing results before %1 (MOR) and the use on %2 "
                     "is before that date; confirm nothing will be published early.")
                      .arg(iso(date), iso(useDate)));
}

MatchReason Checks::named(const QString& code, const QString& consented, const QString& declared)
{
    const QString rule = QStringLiteral("modifier.") + code;
    const bool project = code == QLatin1String("PS");
    if (declared.trimmed().isEmpty())
        return reason(MatchDecision::NeedsReview, rule, code,
                      project ? tr("The consent limits use to the project %1 (PS) and the "
                                   "destination declares no project; confirm the data will be "
                                   "used in that project.")
                                    .arg(consented)
                              : tr("The consent limits use to the institution %1 (IS) and the "
                                   "destination declares no institution; confirm the data will "
                                   "be used there.")
                                    .arg(consented));
    if (declared.trimmed().compare(consented.trimmed(), Qt::CaseInsensitive) == 0)
        return reason(MatchDecision::Approve, rule, code,
                      project ? tr("The consent limits use to the project %1 (PS), and the "
                                   "destination's project is %2.")
                                    .arg(consented, declared)
                              : tr("The consent limits use to the institution %1 (IS), and the "
                                   "destination's institution is %2.")
                                    .arg(consented, declared));
    return reason(MatchDecision::Deny, rule, code,
                  project ? tr("The consent limits use to the project %1 (PS); the destination's "
                               "project is %2.")
                                .arg(consented, declared)
                          : tr("The consent limits use to the institution %1 (IS); the "
                               "destination's institution is %2.")
                                .arg(consented, declared));
}

} // namespace

MatchResult ConsentMatcher::match(const Consent& consent, const DataUse& use,
                                  const QDate& consentDate)
{
    MatchResult result;
    if (!consent.isValid()) {
        result.decision = MatchDecision::Deny;
        result.reasons.append(
            reason(MatchDecision::Deny, QStringLiteral("consent.invalid"), QString(),
                   tr("The consent has no valid permission, so no use can be approved.")));
        return result;
    }
    const QDate useDate = use.date.isValid() ? use.date : QDate::currentDate();
    result.reasons.append(Checks::primary(consent, use));
    for (const ConsentCode& modifier : consent.modifiers())
        result.reasons.append(Checks::modifier(modifier, use, consentDate, useDate));

    std::stable_sort(result.reasons.begin(), result.reasons.end(),
                     [](const MatchReason& a, const MatchReason& b) {
                         return int(a.decision) > int(b.decision);
                     });
    QVector<MatchDecision> decisions;
    for (const MatchReason& r : std::as_const(result.reasons))
        decisions.append(r.decision);
    result.decision = combine(decisions);
    return result;
}

MatchDecision ConsentMatcher::combine(const QVector<MatchDecision>& decisions)
{
    MatchDecision worst = MatchDecision::Approve;
    for (MatchDecision d : decisions) {
        if (int(d) > int(worst))
            worst = d;
    }
    return worst;
}

QString MatchResult::decisionName(MatchDecision decision)
{
    switch (decision) {
    case MatchDecision::Approve:
        return QStringLiteral("APPROVE");
    case MatchDecision::NeedsReview:
        return QStringLiteral("NEEDS_REVIEW");
    case MatchDecision::Deny:
        return QStringLiteral("DENY");
    }
    return QString();
}

bool MatchResult::decisionFromName(const QString& name, MatchDecision* decision)
{
    QString n = name.trimmed().toUpper();
    n.replace(QLatin1Char(' '), QLatin1Char('_'));
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (MatchDecision d :
         {MatchDecision::Approve, MatchDecision::NeedsReview, MatchDecision::Deny}) {
        if (decisionName(d) == n) {
            if (decision)
                *decision = d;
            return true;
        }
    }
    return false;
}

QString MatchResult::decisionLabel(MatchDecision decision)
{
    switch (decision) {
    case MatchDecision::Approve:
        return ConsentMatcher::tr("Approve");
    case MatchDecision::NeedsReview:
        return ConsentMatcher::tr("Needs review");
    case MatchDecision::Deny:
        return ConsentMatcher::tr("Deny");
    }
    return QString();
}

QJsonObject MatchResult::toJson() const
{
    QJsonArray list;
    for (const MatchReason& r : reasons) {
        list.append(QJsonObject{{QStringLiteral("decision"), decisionName(r.decision)},
                                {QStringLiteral("rule"), r.rule},
                                {QStringLiteral("code"), r.code},
                                {QStringLiteral("reason"), r.sentence}});
    }
    return QJsonObject{{QStringLiteral("decision"), decisionName(decision)},
                       {QStringLiteral("reasons"), list}};
}

} // namespace steward
