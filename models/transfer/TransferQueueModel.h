#pragma once

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QVector>

#include "models/transfer/TransferRecord.h"

namespace steward {

class Catalog;
class TransferManager;

/**
 * The transfer queue as a tree: one row per transfer (newest first), expandable to its
 * files. Rows come from the catalog, read off the GUI thread and merged in place (so
 * selection and expansion survive); the manager's live progress updates them between reads,
 * batched into one dataChanged per row every 250 ms. Progress never exceeds 100% and never
 * goes back while a transfer is under way; speed and ETA are averaged over a few seconds
 * and blank when unknown.
 */
class TransferQueueModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferQueueModel)

public:
    enum Column
    {
        Name,
        Repository,
        Progress,
        Size,
        Speed,
        Eta,
        State,
        Message,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole,         // transfer id (file rows: the file's id)
        TransferIdRole, // the transfer a row belongs to
        StateRole,      // int(TransferState); file rows: -1
        IsFileRole,
        PercentRole,   // 0..100, double
        DoneRole,      // bytes
        TotalRole,     // bytes
        SpeedRole,     // bytes per second, -1 when unknown
        EtaRole,       // seconds, -1 when unknown
        ErrorKindRole, // auth, host-key, space... ("" when none)
        PathRole       // the local source folder or file
    };

    explicit TransferQueueModel(const Catalog& catalog, QObject* parent = nullptr);
    ~TransferQueueModel() override;

    /** Follows the manager's progress, state and queue signals. */
    void setManager(TransferManager* manager);
    /** Re-reads the queue in the background; loaded() follows. */
    void reload();
    bool isLoaded() const { return m_loaded; }

    QModelIndex index(int row, int column,
                      const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** The transfer of a row (for a file row: its transfer), nullptr when none. */
    const TransferRecord* recordAt(const QModelIndex& index) const;
    /** The file of a file row, nullptr for transfer rows. */
    const TransferFileRecord* fileAt(const QModelIndex& index) const;
    /** Row of a transfer, -1 when absent. */
    int indexOf(qint64 transferId) const;

    /** What the progress column shows for a transfer, 0..100. */
    double percent(qint64 transferId) const;
    /** Bytes done as shown (clamped to the total, never decreasing while under way). */
    qint64 shownDone(qint64 transferId) const;
    /** Averaged bytes per second of an active transfer, -1 when unknown. */
    double speed(qint64 transferId) const;
    /** Seconds left for an active transfer, -1 when unknown. */
    qint64 eta(qint64 transferId) const;

    struct Summary
    {
        int active = 0;    // queued, sending, waiting, verifying
        int attention = 0; // paused by an error, or failed
        double bytesPerSecond = 0;
        qint64 secondsLeft = -1;
    };
    Summary summary() const;

    static bool isActive(TransferState state);
    /** Paused by an error only the user can fix, or failed. */
    static bool needsAttention(const TransferRecord& record);
    /** "45 MB/s", "3 min", for views and the status bar. */
    static QString formatSpeed(double bytesPerSecond);
    static QString formatDuration(qint64 seconds);

Q_SIGNALS:
    /** After each read of the catalog has been merged. */
    void loaded();
    /** A transfer changed state (seen in the catalog or from the manager). */
    void transferStateChanged(qint64 id, steward::TransferState before,
                              steward::TransferState after);
    /** A transfer stopped for something only the user can fix (credentials, space...). */
    void attentionNeeded(qint64 id);
    /** Summary values changed (counts, speed, time left). */
    void summaryChanged();

private:
    struct Sample
    {
        qint64 ms;
        qint64 done;
    };
    struct Entry
    {
        TransferRecord record;
        QVector<TransferFileRecord> files;
        qint64 shown = 0;        // bytes as displayed
        QVector<Sample> samples; // recent (time, done) for the averaged speed
        double speed = -1;       // averaged, -1 unknown
        double eta = -1;         // smoothed seconds, -1 unknown
        qint64 etaAt = 0;        // when eta was estimated (ms on m_clock)
        qint64 stateAt = -1;     // when the manager last reported the state (ms on m_clock)
        QString currentFile;
        bool filesFinal = false; // files read after the catalog showed the transfer finished
    };
    struct Snapshot
    {
        QVector<TransferRecord> transfers;
        QHash<qint64, QVector<TransferFileRecord>> files;
    };

    static Snapshot read(const Catalog* catalog, const QSet<qint64>& settled);
    void apply(const Snapshot& snapshot);
    void updateEntry(int row, const TransferRecord& record,
                     const QVector<TransferFileRecord>& files);
    void onProgress(qint64 id, qint64 done, qint64 total, double bytesPerSecond,
                    const QString& currentFile);
    void onStateChanged(qint64 id, TransferState state, const QString& message);
    void flush();
    void resetLive(Entry& entry) const;
    void setState(Entry& entry, TransferState state);
    QVariant transferValue(const Entry& entry, int column) const;
    QVariant transferSort(const Entry& entry, int column) const;
    QVariant fileValue(const TransferFileRecord& file, int column) const;
    QVariant fileSort(const TransferFileRecord& file, int column) const;
    static QString fileStateLabel(const QString& state);

    const Catalog& m_catalog;
    QVector<Entry> m_entries;
    QHash<qint64, int> m_rowOf;
    QFutureWatcher<Snapshot> m_watcher;
    qint64 m_snapshotStarted = 0;
    bool m_reloadAgain = false;
    bool m_loaded = false;
    QSet<qint64> m_dirty;
    QTimer m_flushTimer;
    QTimer m_pollTimer; // re-reads files' progress while something is under way
    QElapsedTimer m_clock;
};

} // namespace steward
