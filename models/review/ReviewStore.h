#pragma once

#include <optional>

#include <QCoreApplication>
#include <QVector>

#include "models/review/ReviewItem.h"

namespace steward {

class Catalog;
struct DatasetMatch;

/**
 * Review items (one per dataset per destination) and the reviewers' decisions. Enforces the
 * workflow: approval is refused while the consent matcher denies any included sample, a
 * NEEDS REVIEW match or a rejection needs a comment, and any later change to the dataset's
 * files, its consent or the destination's declared use sends decided items back to pending
 * with the reason. Every decision and invalidation is an audit entry.
 */
class ReviewStore final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    explicit ReviewStore(const Catalog& catalog);

    struct Filter
    {
        std::optional<ReviewState> state;
        QString repository; // name, empty for all
        QString reviewer;   // substring of the last reviewer, empty for all
        QString dataset;    // dataset path, empty for all
    };
    /** Items of datasets still in the catalog, by dataset then destination name. */
    QVector<ReviewItem> items(const Filter& filter = Filter()) const;
    std::optional<ReviewItem> item(qint64 id) const;
    std::optional<ReviewItem> item(const QString& datasetPath, qint64 repositoryId) const;
    QVector<ReviewDecision> decisions(qint64 itemId) const;

    /** The current consent match of an item's dataset for its destination. */
    std::optional<DatasetMatch> currentMatch(const ReviewItem& item, QString* error) const;

    /** Applies a reviewer's action; false with the reason when the workflow refuses it. */
    bool decide(qint64 itemId, ReviewAction action, const QString& comment, QString* error);

    /**
     * Makes sure every dataset has an item for every repository, and sends decided items whose
     * dataset files, consent or destination changed back to pending. Returns false only on a
     * catalog error.
     */
    bool refresh(QString* error, int* invalidated = nullptr);

    /** "review:<dataset>@<destination>": the audit subject of an item. */
    static QString itemSubject(const ReviewItem& item);

private:
    QString fingerprint(const ReviewItem& item) const;
    const Catalog& m_catalog;
};

} // namespace steward
