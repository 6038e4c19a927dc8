#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "models/review/ReviewItem.h"
#include "models/review/ReviewStore.h"

namespace steward {

class Catalog;

/** The review queue: one row per dataset per destination, filtered by state, destination and
 * reviewer (the filter runs in ReviewStore, so it is testable without a view). */
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueModel)

public:
    enum Column
    {
        Dataset,
        Destination,
        State,
        Match,
        Reviewer,
        Note,
        Updated,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole,
        PathRole,
        RepositoryIdRole,
        StateRole,
        DecisionRole // APPROVE | NEEDS_REVIEW | DENY, for the view's colours
    };

    explicit ReviewQueueModel(const Catalog& catalog, QObject* parent = nullptr);

    void setFilter(const ReviewStore::Filter& filter);
    const ReviewStore::Filter& filter() const { return m_filter; }
    /** Re-reads the items and their current consent match from the catalog. */
    void reload();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const ReviewItem* recordAt(const QModelIndex& index) const;
    int indexOf(qint64 id) const;
    /** The live consent decision (APPROVE...) of a row, as the matcher sees it now. */
    QString liveDecision(int row) const;

private:
    struct Row
    {
        ReviewItem item;
        QString live; // APPROVE | NEEDS_REVIEW | DENY, empty when it cannot be computed
    };
    QVariant displayValue(const Row& row, int column) const;

    const Catalog& m_catalog;
    ReviewStore::Filter m_filter;
    QVector<Row> m_rows;
};

} // namespace steward
