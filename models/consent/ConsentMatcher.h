#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include "models/consent/Consent.h"
#include "models/consent/DataUse.h"

namespace steward {

/** The matcher's answer, ordered so that the worst of several is the largest. */
enum class MatchDecision
{
    Approve = 0,
    NeedsReview = 1,
    Deny = 2
};

/** One check of the matcher: which rule fired and what it means, in a sentence. */
struct MatchReason
{
    MatchDecision decision = MatchDecision::Approve;
    QString rule;     // stable id, e.g. "primary.disease", "modifier.GS", "modifier.IRB"
    QString code;     // the consent code the rule is about (DS, GS...), may be empty
    QString sentence; // translated, for a steward
};

struct MatchResult
{
    MatchDecision decision = MatchDecision::Approve;
    QVector<MatchReason> reasons; // every check that ran, the deciding ones first

    /** APPROVE, NEEDS_REVIEW or DENY (not translated: the CLI's first word). */
    static QString decisionName(MatchDecision decision);
    static bool decisionFromName(const QString& name, MatchDecision* decision);
    /** Translated: "Approve", "Needs review", "Deny". */
    static QString decisionLabel(MatchDecision decision);
    /** {"decision": "...", "reasons": [{"decision","rule","code","reason"}]} */
    QJsonObject toJson() const;
};

/**
 * Decides whether a consent allows a declared data use, following the DUOS consent
 * matcher's rules (consent-duo.md): APPROVE only if every check approves, NEEDS REVIEW if
 * any needs review and none denies, otherwise DENY. Every check records its rule.
 */
class ConsentMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentMatcher)

public:
    /** consentDate resolves TS(months); withdrawn/expired consents are the caller's job. */
    static MatchResult match(const Consent& consent, const DataUse& use,
                             const QDate& consentDate = QDate());
    /** The worst decision of several results (a dataset over its samples). */
    static MatchDecision combine(const QVector<MatchDecision>& decisions);
};

} // namespace steward
