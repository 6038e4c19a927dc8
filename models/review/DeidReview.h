#pragma once

#include <QCoreApplication>
#include <QString>

namespace steward {

class Catalog;

/**
 * The de-identification part of a review item. Approval needs the dataset's newest
 * de-identification run to be validated with no high-severity finding left unresolved; a newer
 * run sends approved or rejected parts back to pending. Each decision is recorded beside the
 * consent decisions (part "deid") and is an audit entry.
 */
class DeidReview final
{
    Q_DECLARE_TR_FUNCTIONS(DeidReview)

public:
    enum class Action
    {
        Approve,
        Reject,
        Reopen
    };

    explicit DeidReview(const Catalog& catalog);

    bool decide(qint64 itemId, Action action, const QString& comment, QString* error);
    /** Why approval would be refused now, or empty when it would be accepted. */
    QString approvalBlocker(const QString& datasetPath) const;

    /** After a new run of a dataset: its decided parts go back to pending. Inside the caller's
     * transaction; returns the number of items reset. */
    static int invalidate(const Catalog& catalog, const QString& datasetPath, qint64 runId,
                          QString* error);

    static QString actionName(Action action); // approve | reject | reopen
    static bool actionFromName(const QString& name, Action* action);
    static QString stateLabel(const QString& state); // translated

private:
    const Catalog& m_catalog;
};

} // namespace steward
