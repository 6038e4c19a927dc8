#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "models/bundle/BundleRecord.h"

namespace steward {

class Catalog;

/**
 * The bundles in the catalog as a table for the Bundles area: one row per bundle version
 * (drafts, sealed and delivered ones), newest first. The rows are a small catalog read done on
 * the calling thread; reload() keeps rows whose bundle is unchanged and signals only what
 * changed, so the view keeps its selection.
 */
class BundleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleListModel)

public:
    enum Column
    {
        Name,
        Destination,
        State,
        Datasets,
        Size,
        Identifier,
        Sealed,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole,
        StateRole,      // int(BundleState)
        IdentifierRole, // the full SHA-256 of the tag manifest; empty for drafts
        PathRole        // the bag's folder; empty for drafts
    };

    explicit BundleListModel(const Catalog& catalog, QObject* parent = nullptr);

    /** Re-reads the bundles from the catalog. */
    void reload();
    /** Replaces the rows (e.g. read on another thread). */
    void setRecords(const QVector<BundleRecord>& records);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const BundleRecord* recordAt(const QModelIndex& index) const;
    /** Row of a bundle, -1 when absent. */
    int indexOf(qint64 id) const;

    /** Bytes and files of a Payload-Oxum ("1234.5"); false when it is not one. */
    static bool parseOxum(const QString& oxum, qint64* bytes, qint64* files);

private:
    QVariant displayValue(const BundleRecord& b, int column) const;
    QVariant sortValue(const BundleRecord& b, int column) const;
    QVariant toolTip(const BundleRecord& b, int column) const;

    const Catalog& m_catalog;
    QVector<BundleRecord> m_rows;
};

} // namespace steward
