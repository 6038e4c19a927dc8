#include "models/review/ReviewItem.h"

namespace steward {

QString ReviewItem::stateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Pending:
        return QStringLiteral("pending");
    case ReviewState::InReview:
        return QStringLiteral("in_review");
    case ReviewState::ChangesRequested:
        return QStringLiteral("changes_requested");
    case ReviewState::Approved:
        return QStringLiteral("approved");
    case ReviewState::Rejected:
        return QStringLiteral("rejected");
    }
    return QString();
}

bool ReviewItem::stateFromName(const QString& name, ReviewState* state)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    n.replace(QLatin1Char(' '), QLatin1Char('_'));
    for (ReviewState s :
         {ReviewState::Pending, ReviewState::InReview, ReviewState::ChangesRequested,
          ReviewState::Approved, ReviewState::Rejected}) {
        if (stateName(s) == n) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString ReviewItem::stateLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::Pending:
        return tr("Pending");
    case ReviewState::InReview:
        return tr("In review");
    case ReviewState::ChangesRequested:
        return tr("Changes requested");
    case ReviewState::Approved:
        return tr("Approved");
    case ReviewState::Rejected:
        return tr("Rejected");
    }
    return QString();
}

QString ReviewItem::actionName(ReviewAction action)
{
    switch (action) {
    case ReviewAction::StartReview:
        return QStringLiteral("start");
    case ReviewAction::Approve:
        return QStringLiteral("approve");
    case ReviewAction::Reject:
        return QStringLiteral("reject");
    case ReviewAction::RequestChanges:
        return QStringLiteral("request-changes");
    case ReviewAction::Reopen:
        return QStringLiteral("reopen");
    }
    return QString();
}

bool ReviewItem::actionFromName(const QString& name, ReviewAction* action)
{
    for (ReviewAction a : {ReviewAction::StartReview, ReviewAction::Approve, ReviewAction::Reject,
                           ReviewAction::RequestChanges, ReviewAction::Reopen}) {
        if (actionName(a) == name) {
            *action = a;
            return true;
        }
    }
    return false;
}

QString ReviewItem::actionLabel(ReviewAction action)
{
    switch (action) {
    case ReviewAction::StartReview:
        return tr("Start review");
    case ReviewAction::Approve:
        return tr("Approve");
    case ReviewAction::Reject:
        return tr("Reject");
    case ReviewAction::RequestChanges:
        return tr("Request changes");
    case ReviewAction::Reopen:
        return tr("Reopen");
    }
    return QString();
}

bool ReviewItem::transition(ReviewState from, ReviewAction action, ReviewState* to)
{
    switch (action) {
    case ReviewAction::StartReview:
        if (from != ReviewState::Pending && from != ReviewState::ChangesRequested)
            return false;
        *to = ReviewState::InReview;
        return true;
    case ReviewAction::Approve:
        if (from == ReviewState::Approved || from == ReviewState::Rejected)
            return false;
        *to = ReviewState::Approved;
        return true;
    case ReviewAction::Reject:
        if (from == ReviewState::Rejected)
            return false;
        *to = ReviewState::Rejected;
        return true;
    case ReviewAction::RequestChanges:
        if (from != ReviewState::Pending && from != ReviewState::InReview)
            return false;
        *to = ReviewState::ChangesRequested;
        return true;
    case ReviewAction::Reopen:
        if (from != ReviewState::Approved && from != ReviewState::Rejected)
            return false;
        *to = ReviewState::InReview;
        return true;
    }
    return false;
}

} // namespace steward
