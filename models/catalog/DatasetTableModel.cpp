#include "models/catalog/DatasetTableModel.h"

#include <QHash>
#include <QLocale>

namespace steward {

DatasetTableModel::DatasetTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DatasetTableModel::setRows(QVector<DatasetRow> rows)
{
    // Merge by id, so views keep their selection and scroll position while a scan adds
    // rows: changed rows are updated in place, new ones appended, vanished ones removed.
    QHash<qint64, int> incoming;
    incoming.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        incoming.insert(rows[i].id, i);

    for (int row = m_rows.size() - 1; row >= 0; --row) {
        if (incoming.contains(m_rows[row].id))
            continue;
        int first = row;
        while (first > 0 && !incoming.contains(m_rows[first - 1].id))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }

    QHash<qint64, int> existing;
    existing.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        existing.insert(m_rows[i].id, i);
    int firstChanged = -1, lastChanged = -1;
    QVector<DatasetRow> added;
    for (DatasetRow& r : rows) {
        const auto it = existing.constFind(r.id);
        if (it == existing.cend()) {
            added.push_back(std::move(r));
            continue;
        }
        m_rows[it.value()] = std::move(r);
        firstChanged = firstChanged < 0 ? it.value() : qMin(firstChanged, it.value());
        lastChanged = qMax(lastChanged, it.value());
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (!added.isEmpty()) {
        beginInsertRows(QModelIndex(), m_rows.size(), m_rows.size() + added.size() - 1);
        m_rows += added;
        endInsertRows();
    }
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DatasetRow* DatasetTableModel::recordAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex DatasetTableModel::indexOf(qint64 datasetId, int column) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == datasetId)
            return index(i, column);
    return QModelIndex();
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const
{
    const DatasetRow* row = recordAt(index);
    if (!row)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, index.column());
    case SortRole:
        return sortValue(*row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Problems && (row->errors || row->warnings)
                   ? tr("%n error(s)", "", row->errors) + QStringLiteral(", ") +
                         tr("%n warning(s)", "", row->warnings)
                   : row->path;
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Samples || index.column() == Records)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case IdRole:
        return row->id;
    case StatusRole:
        return row->status;
    case PathRole:
        return row->path;
    case KindRole:
        return row->kind;
    default:
        return QVariant();
    }
}

QVariant DatasetTableModel::displayValue(const DatasetRow& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return row.name;
    case Workspace:
        return row.workspaceName;
    case Folder:
        return row.folder;
    case Format:
        // Compression matters for text formats only (BAM and BCF are always BGZF).
        return (row.format == QLatin1String("vcf") || row.format == QLatin1String("sam")) &&
                       row.compression != QLatin1String("none")
                   ? QStringLiteral("%1 (%2)").arg(row.format.toUpper(), row.compression)
                   : row.format.toUpper();
    case Size:
        return locale.formattedDataSize(row.size);
    case Samples:
        return row.samples > 0 ? locale.toString(row.samples) : QString();
    case Records:
        return row.records >= 0 ? locale.toString(row.records) : QString();
    case Index:
        if (row.indexStatus == QLatin1String("ok"))
            return tr("indexed");
        if (row.indexStatus == QLatin1String("missing"))
            return tr("missing");
        if (row.indexStatus == QLatin1String("stale"))
            return tr("stale");
        if (row.indexStatus == QLatin1String("unreadable"))
            return tr("unreadable");
        if (row.indexStatus == QLatin1String("not-indexable"))
            return tr("not indexable");
        return QString();
    case Problems:
        if (row.errors && row.warnings)
            return tr("%n error(s)", "", row.errors) + QStringLiteral(", ") +
                   tr("%n warning(s)", "", row.warnings);
        if (row.errors)
            return tr("%n error(s)", "", row.errors);
        if (row.warnings)
            return tr("%n warning(s)", "", row.warnings);
        return QString();
    case Consent:
        return row.consent.isEmpty() ? tr("not reviewed") : row.consent;
    case Deidentification:
        return row.deid.isEmpty() ? tr("not reviewed") : row.deid;
    default:
        return QVariant();
    }
}

QVariant DatasetTableModel::sortValue(const DatasetRow& row, int column) const
{
    switch (column) {
    case Size:
        return row.size;
    case Samples:
        return row.samples;
    case Records:
        return row.records;
    case Problems:
        return row.errors * 100000 + row.warnings;
    case Name:
        return row.name.toLower();
    default:
        return displayValue(row, column).toString().toLower();
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Workspace:
        return tr("Workspace");
    case Folder:
        return tr("Folder");
    case Format:
        return tr("Format");
    case Size:
        return tr("Size");
    case Samples:
        return tr("Samples");
    case Records:
        return tr("Records/reads");
    case Index:
        return tr("Index");
    case Problems:
        return tr("Problems");
    case Consent:
        return tr("Consent");
    case Deidentification:
        return tr("De-identification");
    default:
        return QVariant();
    }
}

DatasetProxyModel::DatasetProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DatasetTableModel::SortRole);
    setDynamicSortFilter(true);
}

void DatasetProxyModel::setFilter(const DatasetFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool DatasetProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const DatasetTableModel*>(sourceModel());
    if (!model)
        return true;
    const DatasetRow* row = model->recordAt(model->index(sourceRow, 0, sourceParent));
    return row && m_filter.accepts(*row);
}

} // namespace steward
