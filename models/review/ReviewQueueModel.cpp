#include "models/review/ReviewQueueModel.h"

#include <QLocale>

#include "models/consent/DataUse.h"
#include "models/consent/DatasetConsent.h"
#include "models/consent/DuoTermTable.h"
#include "models/transfer/RepositoryStore.h"

namespace steward {

ReviewQueueModel::ReviewQueueModel(const Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{}

void ReviewQueueModel::setFilter(const ReviewStore::Filter& filter)
{
    m_filter = filter;
    reload();
}

void ReviewQueueModel::reload()
{
    const QVector<ReviewItem> items = ReviewStore(m_catalog).items(m_filter);
    // One evaluation per item: a handful of small catalog reads each.
    const QVector<DatasetConsent::Dataset> datasets = DatasetConsent::datasets(m_catalog);
    const QVector<ConsentRecord> records = ConsentStore(m_catalog).records();
    const QVector<Repository> repositories = RepositoryStore(m_catalog).repositories();
    const DuoTermTable terms = DuoTermTable::current(m_catalog);
    QHash<qint64, DataUse> uses;
    for (const Repository& r : repositories) {
        DataUse use;
        QString error;
        if (DataUse::parse(r.dataUse, &use, &error)) {
            if (!use.dateGiven)
                use.date = QDate::currentDate();
            uses.insert(r.id, use);
        }
    }
    QHash<QString, int> datasetAt;
    for (int i = 0; i < datasets.size(); ++i)
        datasetAt.insert(datasets[i].path, i);

    QVector<Row> rows;
    rows.reserve(items.size());
    for (const ReviewItem& item : items) {
        Row row{item, QString()};
        const auto d = datasetAt.constFind(item.datasetPath);
        const auto u = uses.constFind(item.repositoryId);
        if (d != datasetAt.cend() && u != uses.cend())
            row.live = MatchResult::decisionName(
                DatasetConsent::evaluate(datasets[*d], records, *u, terms).decision);
        rows.push_back(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::liveDecision(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].live : QString();
}

QVariant ReviewQueueModel::displayValue(const Row& row, int column) const
{
    const ReviewItem& item = row.item;
    switch (column) {
    case Dataset:
        return item.datasetName;
    case Destination:
        return item.repositoryName;
    case State:
        return ReviewItem::stateLabel(item.state);
    case Match: {
        MatchDecision d;
        return MatchResult::decisionFromName(row.live, &d) ? MatchResult::decisionLabel(d)
                                                           : tr("unknown");
    }
    case Reviewer:
        return item.lastReviewer;
    case Note:
        return item.invalidatedReason.isEmpty() ? item.lastComment : item.invalidatedReason;
    case Updated:
        return QLocale().toString(item.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return QVariant();
    }
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Note)
            return displayValue(row, Note);
        if (index.column() == Dataset)
            return row.item.datasetPath;
        return QVariant();
    case SortRole:
        if (index.column() == State)
            return int(row.item.state);
        if (index.column() == Updated)
            return row.item.updatedAt;
        return displayValue(row, index.column());
    case IdRole:
        return row.item.id;
    case PathRole:
        return row.item.datasetPath;
    case RepositoryIdRole:
        return row.item.repositoryId;
    case StateRole:
        return ReviewItem::stateName(row.item.state);
    case DecisionRole:
        return row.live;
    default:
        return QVariant();
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Dataset:
        return tr("Dataset");
    case Destination:
        return tr("Destination");
    case State:
        return tr("State");
    case Match:
        return tr("Consent match");
    case Reviewer:
        return tr("Reviewer");
    case Note:
        return tr("Comment or reason");
    case Updated:
        return tr("Updated");
    default:
        return QVariant();
    }
}

const ReviewItem* ReviewQueueModel::recordAt(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? &m_rows[index.row()].item : nullptr;
}

int ReviewQueueModel::indexOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].item.id == id)
            return i;
    }
    return -1;
}

} // namespace steward
