#include "models/review/ReviewStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/consent/DataUse.h"
#include "models/consent/DatasetConsent.h"
#include "models/consent/DuoTermTable.h"
#include "models/review/Reviewer.h"
#include "models/transfer/RepositoryStore.h"

namespace steward {
namespace {

/** What a decision rests on, as compact JSON: the files, each sample's consent, the use. */
QJsonObject fingerprintOf(const Catalog& catalog, const DatasetConsent::Dataset& dataset,
                          const QVector<ConsentRecord>& records, const QString& dataUse)
{
    QJsonObject files;
    QSqlQuery q(catalog.database());
    q.prepare(QStringLiteral("SELECT path, size, mtime FROM files WHERE dataset_id = ?"));
    q.addBindValue(dataset.id);
    q.exec();
    while (q.next()) {
        files.insert(
            q.value(0).toString(),
            QStringLiteral("%1:%2").arg(q.value(1).toLongLong()).arg(q.value(2).toLongLong()));
    }
    QJsonObject consent;
    const QStringList samples =
        dataset.samples.isEmpty() ? QStringList{QString()} : dataset.samples;
    for (const QString& sample : samples) {
        const ConsentStore::Resolution r =
            ConsentStore::resolve(records, dataset.name, dataset.path, sample);
        consent.insert(sample.isEmpty() ? QStringLiteral("(dataset)") : sample,
                       r.record ? r.record->fingerprint() : QString());
    }
    return {{QStringLiteral("files"), files},
            {QStringLiteral("consent"), consent},
            {QStringLiteral("use"), dataUse}};
}

/** Translated sentences saying what changed between two fingerprints. */
QString describeChange(const QJsonObject& before, const QJsonObject& after)
{
    QStringList reasons;
    const QJsonObject fb = before.value(QStringLiteral("files")).toObject();
    const QJsonObject fa = after.value(QStringLiteral("files")).toObject();
    QStringList changed;
    for (auto it = fa.begin(); it != fa.end(); ++it) {
        if (fb.value(it.key()) != it.value())
            changed << QFileInfo(it.key()).fileName();
    }
    for (auto it = fb.begin(); it != fb.end(); ++it) {
        if (!fa.contains(it.key()))
            changed << QFileInfo(it.key()).fileName();
    }
    if (!changed.isEmpty()) {
        reasons << ReviewStore::tr("Files changed after the decision: %1.")
                       .arg(changed.join(QStringLiteral(", ")));
    }
    const QJsonObject cb = before.value(QStringLiteral("consent")).toObject();
    const QJsonObject ca = after.value(QStringLiteral("consent")).toObject();
    QStringList samples;
    for (auto it = ca.begin(); it != ca.end(); ++it) {
        if (cb.value(it.key()) != it.value())
            samples << it.key();
    }
    for (auto it = cb.begin(); it != cb.end(); ++it) {
        if (!ca.contains(it.key()))
            samples << it.key();
    }
    if (!samples.isEmpty()) {
        const int shown = 5;
        QString list = QStringList(samples.mid(0, shown)).join(QStringLiteral(", "));
        if (samples.size() > shown)
            list =
                ReviewStore::tr("%1 and %n more", nullptr, int(samples.size()) - shown).arg(list);
        reasons << ReviewStore::tr("Consent changed after the decision for: %1.").arg(list);
    }
    if (before.value(QStringLiteral("use")) != after.value(QStringLiteral("use")))
        reasons << ReviewStore::tr("The destination's declared data use changed after the "
                                   "decision.");
    if (reasons.isEmpty())
        reasons << ReviewStore::tr("What the decision rested on changed.");
    return reasons.join(QLatin1Char(' '));
}

bool decided(ReviewState s)
{
    return s == ReviewState::Approved || s == ReviewState::Rejected ||
           s == ReviewState::ChangesRequested;
}

const char* kItemSelect =
    "SELECT i.id, i.dataset_path, COALESCE(d.name, ''), i.repository_id, r.name, i.state, "
    "i.consent_decision, i.invalidated_reason, i.updated_at, "
    "(SELECT reviewer || ' (' || os_user || ')' FROM review_decisions WHERE item_id = i.id "
    " ORDER BY id DESC LIMIT 1), "
    "(SELECT comment FROM review_decisions WHERE item_id = i.id ORDER BY id DESC LIMIT 1), "
    "i.deid_state, i.deid_run_id "
    "FROM review_items i JOIN repositories r ON r.id = i.repository_id "
    "JOIN datasets d ON d.primary_path = i.dataset_path ";

ReviewItem itemFrom(const QSqlQuery& q)
{
    ReviewItem item;
    item.id = q.value(0).toLongLong();
    item.datasetPath = q.value(1).toString();
    item.datasetName = q.value(2).toString();
    item.repositoryId = q.value(3).toLongLong();
    item.repositoryName = q.value(4).toString();
    ReviewItem::stateFromName(q.value(5).toString(), &item.state);
    item.consentDecision = q.value(6).toString();
    item.invalidatedReason = q.value(7).toString();
    item.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    item.lastReviewer = q.value(9).toString();
    item.lastComment = q.value(10).toString();
    item.deidState = q.value(11).toString();
    item.deidRunId = q.value(12).toLongLong();
    return item;
}

} // namespace

ReviewStore::ReviewStore(const Catalog& catalog) : m_catalog(catalog) {}

QVector<ReviewItem> ReviewStore::items(const Filter& filter) const
{
    QString sql = QString::fromLatin1(kItemSelect) + QStringLiteral("WHERE 1 = 1");
    QVariantList binds;
    if (filter.state) {
        sql += QStringLiteral(" AND i.state = ?");
        binds << ReviewItem::stateName(*filter.state);
    }
    if (!filter.repository.isEmpty()) {
        sql += QStringLiteral(" AND r.name = ?");
        binds << filter.repository;
    }
    if (!filter.dataset.isEmpty()) {
        sql += QStringLiteral(" AND i.dataset_path = ?");
        binds << filter.dataset;
    }
    sql += QStringLiteral(" ORDER BY d.name, r.name");
    QSqlQuery q(m_catalog.database());
    q.prepare(sql);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    QVector<ReviewItem> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        ReviewItem item = itemFrom(q);
        if (!filter.reviewer.isEmpty() &&
            !item.lastReviewer.contains(filter.reviewer, Qt::CaseInsensitive))
            continue;
        list.push_back(item);
    }
    return list;
}

std::optional<ReviewItem> ReviewStore::item(qint64 id) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QString::fromLatin1(kItemSelect) + QStringLiteral("WHERE i.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return itemFrom(q);
    return std::nullopt;
}

std::optional<ReviewItem> ReviewStore::item(const QString& datasetPath, qint64 repositoryId) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QString::fromLatin1(kItemSelect) +
              QStringLiteral("WHERE i.dataset_path = ? AND i.repository_id = ?"));
    q.addBindValue(datasetPath);
    q.addBindValue(repositoryId);
    if (q.exec() && q.next())
        return itemFrom(q);
    return std::nullopt;
}

QVector<ReviewDecision> ReviewStore::decisions(qint64 itemId) const
{
    QVector<ReviewDecision> list;
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT id, item_id, part, from_state, to_state, reviewer, os_user, "
                             "decided_at, comment, match_summary FROM review_decisions "
                             "WHERE item_id = ? ORDER BY id"));
    q.addBindValue(itemId);
    q.exec();
    while (q.next()) {
        ReviewDecision d;
        d.id = q.value(0).toLongLong();
        d.itemId = q.value(1).toLongLong();
        d.part = q.value(2).toString();
        ReviewItem::stateFromName(q.value(3).toString(), &d.from);
        ReviewItem::stateFromName(q.value(4).toString(), &d.to);
        d.reviewer = q.value(5).toString();
        d.osUser = q.value(6).toString();
        d.decidedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        d.comment = q.value(8).toString();
        d.matchSummary = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        list.push_back(d);
    }
    return list;
}

std::optional<DatasetMatch> ReviewStore::currentMatch(const ReviewItem& item, QString* error) const
{
    const std::optional<Repository> repository =
        RepositoryStore(m_catalog).repository(item.repositoryId);
    if (!repository) {
        if (error)
            *error = tr("The destination of this review no longer exists.");
        return std::nullopt;
    }
    DataUse use;
    QString parseError;
    if (!DataUse::parse(repository->dataUse, &use, &parseError)) {
        if (error)
            *error = tr("The declared data use of %1 cannot be read: %2")
                         .arg(repository->name, parseError);
        return std::nullopt;
    }
    if (!use.dateGiven)
        use.date = QDate::currentDate();
    const std::optional<DatasetConsent::Dataset> dataset =
        DatasetConsent::find(m_catalog, item.datasetPath, error);
    if (!dataset)
        return std::nullopt;
    return DatasetConsent::evaluate(*dataset, ConsentStore(m_catalog).records(), use,
                                    DuoTermTable::current(m_catalog));
}

QString ReviewStore::fingerprint(const ReviewItem& item) const
{
    QString error;
    const std::optional<DatasetConsent::Dataset> dataset =
        DatasetConsent::find(m_catalog, item.datasetPath, &error);
    const std::optional<Repository> repository =
        RepositoryStore(m_catalog).repository(item.repositoryId);
    if (!dataset || !repository)
        return QString();
    return QString::fromUtf8(
        QJsonDocument(fingerprintOf(m_catalog, *dataset, ConsentStore(m_catalog).records(),
                                    repository->dataUse))
            .toJson(QJsonDocument::Compact));
}

QString ReviewStore::itemSubject(const ReviewItem& item)
{
    return QStringLiteral("review:%1@%2").arg(item.datasetPath, item.repositoryName);
}

bool ReviewStore::decide(qint64 itemId, ReviewAction action, const QString& comment, QString* error)
{
    const std::optional<ReviewItem> found = item(itemId);
    if (!found) {
        if (error)
            *error = tr("No review item %1.").arg(itemId);
        return false;
    }
    const ReviewItem& it = *found;
    ReviewState to = it.state;
    if (!ReviewItem::transition(it.state, action, &to)) {
        if (error)
            *error = tr("%1 is not possible for %2 at %3: the review is %4.")
                         .arg(ReviewItem::actionLabel(action), it.datasetName, it.repositoryName,
                              ReviewItem::stateLabel(it.state).toLower());
        return false;
    }
    const QString text = comment.trimmed();
    if ((action == ReviewAction::Reject || action == ReviewAction::RequestChanges) &&
        text.isEmpty()) {
        if (error)
            *error = tr("%1 needs a comment saying why.").arg(ReviewItem::actionLabel(action));
        return false;
    }
    const std::optional<DatasetMatch> match = currentMatch(it, error);
    if (!match)
        return false;
    if (action == ReviewAction::Approve) {
        if (match->decision == MatchDecision::Deny) {
            QString first;
            for (const SampleMatch& s : match->samples) {
                if (!s.excluded && s.result.decision == MatchDecision::Deny &&
                    !s.result.reasons.isEmpty()) {
                    first = s.result.reasons.first().sentence;
                    break;
                }
            }
            const QStringList denied = match->deniedSamples();
            if (error) {
                if (denied.isEmpty())
                    *error = tr("Approval refused for %1 at %2: %3")
                                 .arg(it.datasetName, it.repositoryName, match->reason);
                else
                    *error = tr("Approval refused: the consent matcher denies %1 for %2 (%3). %4")
                                 .arg(it.datasetName, it.repositoryName,
                                      denied.join(QStringLiteral(", ")), first);
            }
            return false;
        }
        if (match->decision == MatchDecision::NeedsReview && text.isEmpty()) {
            if (error)
                *error = tr("The consent match needs review: approving %1 for %2 needs a "
                            "comment that records why the use is allowed.")
                             .arg(it.datasetName, it.repositoryName);
            return false;
        }
    }

    const QString decisionName = MatchResult::decisionName(match->decision);
    const bool records = action != ReviewAction::StartReview && action != ReviewAction::Reopen;
    const QJsonObject summary = match->toJson();
    {
        SqlTransaction tx(m_catalog.database());
        QSqlQuery q(m_catalog.database());
        q.prepare(QStringLiteral("UPDATE review_items SET state = ?, consent_decision = ?, "
                                 "fingerprint = ?, invalidated_reason = NULL, updated_at = ? "
                                 "WHERE id = ?"));
        q.addBindValue(ReviewItem::stateName(to));
        q.addBindValue(decisionName);
        q.addBindValue(nullableText(records ? fingerprint(it) : QString()));
        q.addBindValue(catalogTimestamp());
        q.addBindValue(it.id);
        if (!execQuery(q, error))
            return false;
        q.prepare(QStringLiteral(
            "INSERT INTO review_decisions (item_id, part, from_state, to_state, reviewer, "
            "os_user, decided_at, comment, match_summary) VALUES (?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(it.id);
        q.addBindValue(QStringLiteral("consent"));
        q.addBindValue(ReviewItem::stateName(it.state));
        q.addBindValue(ReviewItem::stateName(to));
        q.addBindValue(Reviewer::name());
        q.addBindValue(Reviewer::osUser());
        q.addBindValue(catalogTimestamp());
        q.addBindValue(text.isNull() ? QStringLiteral("") : text); // comment is NOT NULL
        q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
        if (!execQuery(q, error))
            return false;
        AuditLog log(m_catalog);
        const QJsonObject details{{QStringLiteral("dataset"), it.datasetPath},
                                  {QStringLiteral("repository"), it.repositoryName},
                                  {QStringLiteral("from"), ReviewItem::stateName(it.state)},
                                  {QStringLiteral("to"), ReviewItem::stateName(to)},
                                  {QStringLiteral("comment"), text},
                                  {QStringLiteral("consent_decision"), decisionName},
                                  {QStringLiteral("included"), match->included},
                                  {QStringLiteral("excluded"), match->excluded}};
        if (!log.append(QStringLiteral("review.") + ReviewItem::actionName(action), itemSubject(it),
                        details, error))
            return false;
        if (!tx.commit(error))
            return false;
        log.anchor();
    }
    return true;
}

bool ReviewStore::refresh(QString* error, int* invalidated)
{
    if (invalidated)
        *invalidated = 0;
    const QVector<DatasetConsent::Dataset> datasets = DatasetConsent::datasets(m_catalog);
    // Only destinations that declare a data use can be reviewed against.
    QVector<Repository> repositories;
    for (const Repository& r : RepositoryStore(m_catalog).repositories()) {
        if (!r.dataUse.isEmpty())
            repositories.push_back(r);
    }
    if (repositories.isEmpty())
        return true;
    const QVector<ConsentRecord> records = ConsentStore(m_catalog).records();
    QHash<QString, int> datasetAt;
    for (int i = 0; i < datasets.size(); ++i)
        datasetAt.insert(datasets[i].path, i);
    QHash<qint64, QString> useOf;
    for (const Repository& r : repositories)
        useOf.insert(r.id, r.dataUse);

    SqlTransaction tx(m_catalog.database());
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO review_items (dataset_path, repository_id, "
                             "state, created_at, updated_at) VALUES (?, ?, 'pending', ?, ?)"));
    const QString stamp = catalogTimestamp();
    for (const DatasetConsent::Dataset& d : datasets) {
        for (const Repository& r : repositories) {
            q.addBindValue(d.path);
            q.addBindValue(r.id);
            q.addBindValue(stamp);
            q.addBindValue(stamp);
            if (!execQuery(q, error))
                return false;
        }
    }

    AuditLog log(m_catalog);
    int count = 0;
    const QVector<ReviewItem> all = items();
    for (const ReviewItem& item : all) {
        if (!decided(item.state))
            continue;
        QSqlQuery f(m_catalog.database());
        f.prepare(QStringLiteral("SELECT fingerprint FROM review_items WHERE id = ?"));
        f.addBindValue(item.id);
        if (!f.exec() || !f.next())
            continue;
        const QJsonObject before = QJsonDocument::fromJson(f.value(0).toString().toUtf8()).object();
        const auto at = datasetAt.constFind(item.datasetPath);
        if (at == datasetAt.cend())
            continue;
        const QJsonObject after =
            fingerprintOf(m_catalog, datasets[*at], records, useOf.value(item.repositoryId));
        if (before == after)
            continue;
        const QString reason = describeChange(before, after);
        QSqlQuery u(m_catalog.database());
        u.prepare(QStringLiteral("UPDATE review_items SET state = 'pending', fingerprint = NULL, "
                                 "invalidated_reason = ?, updated_at = ? WHERE id = ?"));
        u.addBindValue(reason);
        u.addBindValue(catalogTimestamp());
        u.addBindValue(item.id);
        if (!execQuery(u, error))
            return false;
        const QJsonObject details{{QStringLiteral("dataset"), item.datasetPath},
                                  {QStringLiteral("repository"), item.repositoryName},
                                  {QStringLiteral("from"), ReviewItem::stateName(item.state)},
                                  {QStringLiteral("to"), QStringLiteral("pending")},
                                  {QStringLiteral("reason"), reason}};
        if (!log.append(QStringLiteral("review.invalidate"), itemSubject(item), details, error))
            return false;
        ++count;
    }
    if (!tx.commit(error))
        return false;
    if (count > 0)
        log.anchor();
    if (invalidated)
        *invalidated = count;
    return true;
}

} // namespace steward
