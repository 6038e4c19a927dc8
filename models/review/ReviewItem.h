#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace steward {

/** Where a dataset's review for one destination stands. */
enum class ReviewState
{
    Pending,
    InReview,
    ChangesRequested,
    Approved,
    Rejected
};

/** What a reviewer does to an item. */
enum class ReviewAction
{
    StartReview,
    Approve,
    Reject,
    RequestChanges,
    Reopen
};

/** One dataset's review for one destination, in two parts: consent (state) and
 * de-identification (deidState, decided through DeidReview). */
struct ReviewItem
{
    Q_DECLARE_TR_FUNCTIONS(ReviewItem)

public:
    qint64 id = 0;
    QString datasetPath;
    QString datasetName;
    qint64 repositoryId = 0;
    QString repositoryName;
    ReviewState state = ReviewState::Pending;
    QString consentDecision; // APPROVE | NEEDS_REVIEW | DENY at the last decision
    QString invalidatedReason;
    QDateTime updatedAt;
    QString lastReviewer; // name (os user) of the newest decision
    QString lastComment;
    QString deidState = QStringLiteral("pending"); // pending | approved | rejected (DeidReview)
    qint64 deidRunId = 0;                          // the run the de-identification part approved

    static QString stateName(ReviewState state); // pending, in_review, ...
    static bool stateFromName(const QString& name, ReviewState* state);
    static QString stateLabel(ReviewState state);   // translated
    static QString actionName(ReviewAction action); // start, approve, reject, ...
    static bool actionFromName(const QString& name, ReviewAction* action);
    static QString actionLabel(ReviewAction action); // translated
    /** The state an action leads to, if the action is allowed from this state. */
    static bool transition(ReviewState from, ReviewAction action, ReviewState* to);
};

/** A reviewer's decision, as stored. */
struct ReviewDecision
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString part; // consent | deid
    ReviewState from = ReviewState::Pending;
    ReviewState to = ReviewState::Pending;
    QString reviewer;
    QString osUser;
    QDateTime decidedAt;
    QString comment;
    QJsonObject matchSummary;
};

} // namespace steward
