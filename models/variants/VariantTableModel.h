#pragma once

#include <atomic>
#include <memory>

#include <QAbstractTableModel>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QVector>

#include "models/variants/VariantRow.h"
#include "models/variants/VariantRowIndex.h"

namespace steward {

class Catalog;
class VariantBlockReader;

/**
 * A virtual table over a VCF/BCF of any size. A sparse row index (every stride-th
 * record's virtual offset) is built in the background; rows appear while it grows. A
 * visible row is read with its block (stride records) on an I/O thread and cached, so
 * memory stays bounded and the GUI thread never reads the file.
 */
class VariantTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariantTableModel)

public:
    enum Column
    {
        Chrom,
        Pos,
        Id,
        Ref,
        Alt,
        Qual,
        Filter,
        Gene,
        Consequence,
        Impact,
        HgvsC,
        HgvsP,
        ClinicalSignificance,
        ClinVarStars,
        Condition,
        PopulationFrequency,
        Genotype,
        Zygosity,
        Depth,
        AlleleFraction,
        GenotypeQuality,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        OrdinalRole,
        ErrorRole,
        LoadedRole
    };

    explicit VariantTableModel(QObject* parent = nullptr);
    ~VariantTableModel() override;

    /**
     * Opens a file on the I/O thread (its header is read there), then indexes it; emits
     * opened() or failed(). Rows appear as the index grows.
     */
    void open(const QString& path);
    void close();
    QString path() const { return m_path; }
    QStringList samples() const { return m_samples; }
    /** The kind of annotations the file carries (VariantBlockReader::annotationKind()). */
    QString annotationKind() const { return m_annotationKind; }
    bool isIndexComplete() const { return m_index.complete; }
    /** BGZF VCF or BCF: rows and regions are reached by seeking. */
    bool isSeekable() const;
    qint64 recordCount() const { return m_index.records; }

    /** Keeps row indexes in this catalog (read before building, written after). */
    void setCatalog(const Catalog* catalog) { m_catalog = catalog; }

    /**
     * Shows the records of a region ("chr1:1000-2000" or "chr1") as the subset, reading
     * only the blocks that can hold them (the row index knows where each block starts).
     * Returns false when @p region names no contig of the file (a gene, say: filter on it).
     */
    bool showRegion(const QString& region);

    /** The sample whose genotype columns are shown (-1: none). */
    void setSample(int sample);
    int sample() const { return m_sample; }

    /** Shows only these records (file ordinals, ascending); empty optional = all records. */
    void setSubset(const QVector<qint64>& ordinals);
    /** Adds ordinals (ascending, after the current ones) to the subset, as a filter finds them. */
    void appendSubset(const QVector<qint64>& ordinals);
    void clearSubset();
    bool hasSubset() const { return m_subsetActive; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** A cell as the table shows it (and as `steward variants` prints it). */
    static QString cellText(const VariantRow& row, int column);
    /** The column's machine name for --columns and JSON keys ("chrom", "hgvs_c", ...). */
    static QString columnKey(int column);
    /** The column for a machine name (case-insensitive); -1 when unknown. */
    static int columnForKey(const QString& key);

    /** The row if its block is loaded; nullptr otherwise (and the block is requested). */
    const VariantRow* recordAt(const QModelIndex& index) const;
    qint64 ordinalAt(int row) const;
    /** Where the block holding @p ordinal starts (for reading that one record); false when unknown.
     */
    bool blockLocation(qint64 ordinal, qint64* virtualOffset, qint64* firstOrdinal) const;

Q_SIGNALS:
    void opened(const QString& path);
    /** The open file changed on disk; the model reopens it (indexes and rows start again). */
    void fileChanged(const QString& path);
    /** showRegion() finished: how many records it found. */
    void regionShown(const QString& region, int records);
    void indexProgress(qint64 bytesDone, qint64 bytesTotal);
    void indexFinished(qint64 records);
    void failed(const QString& message);

private:
    struct Block
    {
        QVector<VariantRow> rows;
        int sample = -1;
    };
    void applyIndex(const VariantRowIndex& index, bool finished);
    void startIndexing();
    void checkChanged(const QString& path);
    void requestBlock(int block) const;
    void blockLoaded(int block, int sample, const QVector<VariantRow>& rows, const QString& error);
    void touch(int block) const;

    static constexpr int kCachedBlocks = 96;

    QString m_path;
    const Catalog* m_catalog = nullptr;
    QFileSystemWatcher m_watcher;
    qint64 m_openedSize = -1;
    qint64 m_openedMtime = -1;
    QStringList m_samples;
    QString m_annotationKind;
    int m_sample = -1;
    VariantRowIndex m_index;
    QVector<qint64> m_subset;
    bool m_subsetActive = false;

    std::shared_ptr<VariantBlockReader> m_reader;
    std::shared_ptr<std::atomic_bool> m_cancel;
    mutable QThreadPool m_io; // one thread: block reads, in order
    QThreadPool m_indexer;    // one thread: the index build
    mutable QHash<int, Block> m_cache;
    mutable QList<int> m_recent; // most recent last
    mutable QSet<int> m_pending;
    quint64 m_generation = 0; // bumps on open/close so stale results are dropped
};

} // namespace steward
