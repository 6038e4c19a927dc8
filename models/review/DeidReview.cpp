#include "models/review/DeidReview.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/deid/DeidStore.h"
#include "models/review/ReviewStore.h"
#include "models/review/Reviewer.h"

namespace steward {
DeidReview::DeidReview(const Catalog& catalog) : m_catalog(catalog) {}

QString DeidReview::actionName(Action action)
{
    switch (action) {
    case Action::Approve:
        return QStringLiteral("approve");
    case Action::Reject:
        return QStringLiteral("reject");
    case Action::Reopen:
        return QStringLiteral("reopen");
    }
    return QString();
}

bool DeidReview::actionFromName(const QString& name, Action* action)
{
    for (Action a : {Action::Approve, Action::Reject, Action::Reopen})
        if (actionName(a) == name) {
            *action = a;
            return true;
        }
    return false;
}

QString DeidReview::stateLabel(const QString& state)
{
    if (state == QLatin1String("approved"))
        return tr("De-identification approved");
    if (state == QLatin1String("rejected"))
        return tr("De-identification rejected");
    return tr("De-identification pending");
}

QString DeidReview::approvalBlocker(const QString& datasetPath) const
{
    const DeidStore store(m_catalog);
    const std::optional<DeidRunRecord> run = store.latestRun(datasetPath);
    if (!run)
        return tr("No de-identification run yet: run a profile on the dataset first.");
    if (run->state != QLatin1String("validated"))
        return tr("The newest de-identification run (%1) did not validate: %2")
            .arg(run->id)
            .arg(run->error.isEmpty() ? run->state : run->error);
    if (run->unresolvedHigh > 0) {
        QString first;
        for (const PhiFinding& f : store.findings(run->id))
            if (!f.resolved && f.severity == PhiSeverity::High) {
                first = tr("%1 \"%2\" in %3 (%4)")
                            .arg(PhiFinding::classLabel(f.phiClass), f.text,
                                 QFileInfo(f.file).fileName(), f.location());
                break;
            }
        return tr("%n high-severity finding(s) remain unresolved after run %1, first: %2. "
                  "Choose a stricter profile and run again.",
                  nullptr, run->unresolvedHigh)
            .arg(run->id)
            .arg(first);
    }
    return QString();
}

bool DeidReview::decide(qint64 itemId, Action action, const QString& comment, QString* error)
{
    const std::optional<ReviewItem> found = ReviewStore(m_catalog).item(itemId);
    if (!found) {
        *error = tr("No review item %1.").arg(itemId);
        return false;
    }
    const ReviewItem& item = *found;
    const QString text = comment.trimmed();
    QString to;
    switch (action) {
    case Action::Approve:
        to = QStringLiteral("approved");
        break;
    case Action::Reject:
        to = QStringLiteral("rejected");
        break;
    case Action::Reopen:
        to = QStringLiteral("pending");
        break;
    }
    if (item.deidState == to) {
        *error = tr("The de-identification of %1 for %2 is already %3.")
                     .arg(item.datasetName, item.repositoryName, stateLabel(to).toLower());
        return false;
    }
    if (action == Action::Reject && text.isEmpty()) {
        *error = tr("Rejecting the de-identification needs a comment saying why.");
        return false;
    }
    const std::optional<DeidRunRecord> run = DeidStore(m_catalog).latestRun(item.datasetPath);
    if (action == Action::Approve) {
        const QString blocker = approvalBlocker(item.datasetPath);
        if (!blocker.isEmpty()) {
            *error =
                tr("De-identification approval refused for %1: %2").arg(item.datasetName, blocker);
            return false;
        }
    }
    const qint64 runId = run ? run->id : 0;
    SqlTransaction tx(m_catalog.database());
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("UPDATE review_items SET deid_state = ?, deid_run_id = ?, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(to);
    q.addBindValue(runId > 0 ? QVariant(runId) : QVariant());
    q.addBindValue(catalogTimestamp());
    q.addBindValue(item.id);
    if (!execQuery(q, error))
        return false;
    const QJsonObject summary{
        {QStringLiteral("run"), double(runId)},
        {QStringLiteral("profile"), run ? run->profileName : QString()},
        {QStringLiteral("profile_sha256"), run ? run->profileSha256 : QString()}};
    q.prepare(QStringLiteral(
        "INSERT INTO review_decisions (item_id, part, from_state, to_state, reviewer, os_user, "
        "decided_at, comment, match_summary) VALUES (?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(item.id);
    q.addBindValue(QStringLiteral("deid"));
    q.addBindValue(item.deidState);
    q.addBindValue(to);
    q.addBindValue(Reviewer::name());
    q.addBindValue(Reviewer::osUser());
    q.addBindValue(catalogTimestamp());
    q.addBindValue(text.isNull() ? QStringLiteral("") : text);
    q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    if (!execQuery(q, error))
        return false;
    AuditLog log(m_catalog);
    QJsonObject details = summary;
    details.insert(QStringLiteral("dataset"), item.datasetPath);
    details.insert(QStringLiteral("repository"), item.repositoryName);
    details.insert(QStringLiteral("from"), item.deidState);
    details.insert(QStringLiteral("to"), to);
    details.insert(QStringLiteral("comment"), text);
    if (!log.append(QStringLiteral("review.deid.") + actionName(action),
                    ReviewStore::itemSubject(item), details, error) ||
        !tx.commit(error))
        return false;
    log.anchor();
    return true;
}

int DeidReview::invalidate(const Catalog& catalog, const QString& datasetPath, qint64 runId,
                           QString* error)
{
    QSqlQuery q(catalog.database());
    q.prepare(QStringLiteral(
        "UPDATE review_items SET deid_state = 'pending', deid_run_id = NULL, updated_at = ? "
        "WHERE dataset_path = ? AND deid_state <> 'pending' AND COALESCE(deid_run_id, 0) <> ?"));
    q.addBindValue(catalogTimestamp());
    q.addBindValue(datasetPath);
    q.addBindValue(runId);
    if (!execQuery(q, error))
        return -1;
    return q.numRowsAffected();
}

} // namespace steward
