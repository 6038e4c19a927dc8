#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QVector>

#include "models/catalog/DatasetFilter.h"
#include "models/catalog/DatasetRow.h"

namespace steward {

/** The dataset browser's rows: one per dataset of every workspace in the catalog. */
class DatasetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetTableModel)

public:
    enum Column
    {
        Name,
        Workspace,
        Folder,
        Format,
        Size,
        Samples,
        Records,
        Index,
        Problems,
        Consent,
        Deidentification,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole,
        StatusRole,
        PathRole,
        KindRole
    };

    explicit DatasetTableModel(QObject* parent = nullptr);

    /** Replaces the rows, merging by id (no reset: views keep selection and scroll). */
    void setRows(QVector<DatasetRow> rows);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const DatasetRow* recordAt(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 datasetId, int column = Name) const;

private:
    QVariant displayValue(const DatasetRow& row, int column) const;
    QVariant sortValue(const DatasetRow& row, int column) const;

    QVector<DatasetRow> m_rows;
};

/** Sorts on SortRole and filters with a DatasetFilter. */
class DatasetProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetProxyModel)

public:
    explicit DatasetProxyModel(QObject* parent = nullptr);
    void setFilter(const DatasetFilter& filter);
    const DatasetFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    DatasetFilter m_filter;
};

} // namespace steward
