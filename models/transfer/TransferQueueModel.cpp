#include "models/transfer/TransferQueueModel.h"

#include <cmath>

#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent>

#include "models/catalog/Catalog.h"
#include "models/transfer/TransferManager.h"
#include "models/transfer/TransferStore.h"

namespace steward {
namespace {

constexpr qint64 kSpeedWindowMs = 5000; // speed is averaged over this much recent progress
constexpr int kFlushMs = 250;
constexpr int kPollMs = 1000;

/** Monotonic display: states in which shown progress may only grow. */
bool keepsProgress(TransferState state)
{
    switch (state) {
    case TransferState::Queued:
    case TransferState::Running:
    case TransferState::Waiting:
    case TransferState::Verifying:
    case TransferState::Paused:
        return true;
    default:
        return false;
    }
}

} // namespace

TransferQueueModel::TransferQueueModel(const Catalog& catalog, QObject* parent)
    : QAbstractItemModel(parent), m_catalog(catalog)
{
    qRegisterMetaType<steward::TransferState>("steward::TransferState");
    m_clock.start();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TransferQueueModel::flush);
    m_pollTimer.setInterval(kPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &TransferQueueModel::reload);
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, [this] {
        apply(m_watcher.result());
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
        }
    });
    reload();
}

TransferQueueModel::~TransferQueueModel()
{
    m_watcher.waitForFinished();
}

void TransferQueueModel::setManager(TransferManager* manager)
{
    connect(manager, &TransferManager::progress, this, &TransferQueueModel::onProgress);
    connect(manager, &TransferManager::stateChanged, this, &TransferQueueModel::onStateChanged);
    connect(manager, &TransferManager::queueChanged, this, &TransferQueueModel::reload);
}

TransferQueueModel::Snapshot TransferQueueModel::read(const Catalog* catalog,
                                                      const QSet<qint64>& settled)
{
    Snapshot s;
    TransferStore store(*catalog);
    s.transfers = store.transfers();
    // Files of finished transfers do not change: read them once.
    for (const TransferRecord& t : std::as_const(s.transfers))
        if (!settled.contains(t.id) || !t.isFinished())
            s.files.insert(t.id, store.files(t.id));
    return s;
}

void TransferQueueModel::reload()
{
    if (m_watcher.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    const Catalog* catalog = &m_catalog;
    QSet<qint64> settled;
    for (const Entry& e : std::as_const(m_entries))
        if (e.filesFinal && e.record.isFinished())
            settled.insert(e.record.id);
    m_snapshotStarted = m_clock.elapsed();
    m_watcher.setFuture(QtConcurrent::run([catalog, settled] { return read(catalog, settled); }));
}

void TransferQueueModel::resetLive(Entry& entry) const
{
    entry.samples.clear();
    entry.speed = -1;
    entry.eta = -1;
    entry.currentFile.clear();
}

void TransferQueueModel::apply(const Snapshot& snapshot)
{
    const qint64 started = m_snapshotStarted;
    QSet<qint64> present;
    for (const TransferRecord& t : snapshot.transfers)
        present.insert(t.id);

    // Rows gone from the catalog.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (present.contains(m_entries[row].record.id))
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_entries.remove(row);
        m_rowOf.clear();
        for (int i = 0; i < m_entries.size(); ++i)
            m_rowOf.insert(m_entries[i].record.id, i);
        endRemoveRows();
    }

    // The catalog's order (newest first) holds for the rows kept, so one pass merges.
    for (int i = 0; i < snapshot.transfers.size(); ++i) {
        const TransferRecord& t = snapshot.transfers[i];
        const auto known = snapshot.files.constFind(t.id);
        if (i < m_entries.size() && m_entries[i].record.id == t.id) {
            const QVector<TransferFileRecord> files =
                known != snapshot.files.cend() ? *known : m_entries[i].files;
            // A read that started before the manager's last word on this transfer must not
            // undo it (state, message), or notifications would repeat.
            TransferRecord merged = t;
            if (m_entries[i].stateAt > started) {
                merged.state = m_entries[i].record.state;
                merged.error = m_entries[i].record.error;
                merged.errorKind = m_entries[i].record.errorKind;
            }
            updateEntry(i, merged, files);
            m_entries[i].filesFinal =
                t.isFinished() && (known != snapshot.files.cend() || m_entries[i].filesFinal);
            continue;
        }
        if (m_rowOf.contains(t.id)) {
            // Out of order (cannot happen with ids only growing): start over.
            beginResetModel();
            m_entries.clear();
            m_rowOf.clear();
            endResetModel();
            m_loaded = false;
            apply(snapshot);
            return;
        }
        Entry e;
        e.record = t;
        e.files = known != snapshot.files.cend() ? *known : QVector<TransferFileRecord>();
        e.filesFinal = t.isFinished() && known != snapshot.files.cend();
        e.shown = qBound<qint64>(0, t.doneBytes, t.totalBytes);
        if (t.state == TransferState::Delivered)
            e.shown = t.totalBytes;
        beginInsertRows(QModelIndex(), i, i);
        m_entries.insert(i, e);
        m_rowOf.clear();
        for (int r = 0; r < m_entries.size(); ++r)
            m_rowOf.insert(m_entries[r].record.id, r);
        endInsertRows();
        if (m_loaded && t.state != TransferState::Queued) {
            // Pushed and finished (or stopped) between two reads.
            Q_EMIT transferStateChanged(t.id, TransferState::Queued, t.state);
            if (needsAttention(t))
                Q_EMIT attentionNeeded(t.id);
        }
    }

    bool busy = false;
    for (const Entry& e : std::as_const(m_entries)) {
        if (e.record.state == TransferState::Running || e.record.state == TransferState::Waiting ||
            e.record.state == TransferState::Verifying)
            busy = true;
    }
    if (busy && !m_pollTimer.isActive())
        m_pollTimer.start();
    else if (!busy)
        m_pollTimer.stop();
    m_loaded = true;
    Q_EMIT summaryChanged();
    Q_EMIT loaded();
}

void TransferQueueModel::updateEntry(int row, const TransferRecord& record,
                                     const QVector<TransferFileRecord>& files)
{
    Entry& e = m_entries[row];
    const TransferRecord before = e.record;
    e.record = record;
    if (before.state != record.state)
        setState(e, record.state);
    // Shown progress: the catalog's checkpoint, never below what was shown while under way.
    const qint64 stored = qBound<qint64>(0, record.doneBytes, record.totalBytes);
    if (record.state == TransferState::Delivered)
        e.shown = record.totalBytes;
    else if (keepsProgress(record.state))
        e.shown = qBound<qint64>(0, qMax(e.shown, stored), record.totalBytes);
    else
        e.shown = stored;

    const QModelIndex parent = index(row, 0);
    if (files.size() != e.files.size()) {
        if (!e.files.isEmpty()) {
            beginRemoveRows(parent, 0, int(e.files.size()) - 1);
            e.files.clear();
            endRemoveRows();
        }
        if (!files.isEmpty()) {
            beginInsertRows(parent, 0, int(files.size()) - 1);
            e.files = files;
            endInsertRows();
        }
    } else {
        int first = -1;
        int last = -1;
        for (int i = 0; i < files.size(); ++i) {
            const TransferFileRecord& a = e.files[i];
            const TransferFileRecord& b = files[i];
            if (a.state != b.state || a.doneBytes != b.doneBytes || a.error != b.error ||
                a.id != b.id) {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        e.files = files;
        if (first >= 0)
            Q_EMIT dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (before.state != record.state)
        Q_EMIT transferStateChanged(record.id, before.state, record.state);
    if (!needsAttention(before) && needsAttention(record))
        Q_EMIT attentionNeeded(record.id);
}

void TransferQueueModel::setState(Entry& entry, TransferState state)
{
    entry.record.state = state;
    if (state != TransferState::Running)
        resetLive(entry);
    if (state == TransferState::Delivered)
        entry.shown = entry.record.totalBytes;
}

void TransferQueueModel::onProgress(qint64 id, qint64 done, qint64 total, double bytesPerSecond,
                                    const QString& currentFile)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return;
    Entry& e = m_entries[row];
    if (e.record.state != TransferState::Running)
        return; // a late report after a pause or the end
    if (total > 0)
        e.record.totalBytes = total;
    const qint64 limit = e.record.totalBytes;
    e.shown = qBound<qint64>(0, qMax(e.shown, done), limit);
    e.currentFile = currentFile;

    const qint64 now = m_clock.elapsed();
    e.samples.push_back({now, e.shown});
    while (e.samples.size() > 2 && now - e.samples.first().ms > kSpeedWindowMs)
        e.samples.removeFirst();
    const Sample& first = e.samples.first();
    const qint64 span = now - first.ms;
    if (span >= 800)
        e.speed = double(e.shown - first.done) * 1000.0 / double(span);
    else if (bytesPerSecond > 0 && e.speed < 0)
        e.speed = bytesPerSecond;
    // Time left from the averaged speed; the previous estimate, counted down, damps jumps.
    const qint64 remaining = limit - e.shown;
    if (e.speed > 1 && span >= 800) {
        const double raw = double(remaining) / e.speed;
        if (e.eta < 0) {
            e.eta = raw;
        } else {
            const double elapsed = double(now - e.etaAt) / 1000.0;
            const double predicted = qMax(0.0, e.eta - elapsed);
            e.eta = 0.75 * predicted + 0.25 * raw;
        }
        e.etaAt = now;
    } else if (e.speed <= 1 && span >= 800) {
        e.eta = -1;
    }
    m_dirty.insert(id);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TransferQueueModel::onStateChanged(qint64 id, TransferState state, const QString& message)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0) {
        reload();
        return;
    }
    Entry& e = m_entries[row];
    const TransferRecord before = e.record;
    e.stateAt = m_clock.elapsed();
    e.record.error = message;
    if (state == TransferState::Running || state == TransferState::Queued ||
        state == TransferState::Delivered || state == TransferState::Verifying)
        e.record.errorKind.clear();
    if (before.state != state) {
        setState(e, state);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT transferStateChanged(id, before.state, state);
        if (!needsAttention(before) && needsAttention(e.record))
            Q_EMIT attentionNeeded(id);
    } else {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (isActive(state) && state != TransferState::Queued && !m_pollTimer.isActive())
        m_pollTimer.start();
    Q_EMIT summaryChanged();
}

void TransferQueueModel::flush()
{
    for (const qint64 id : std::as_const(m_dirty)) {
        const int row = m_rowOf.value(id, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, Progress), index(row, Message));
    }
    m_dirty.clear();
    Q_EMIT summaryChanged();
}

QModelIndex TransferQueueModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_entries.size())
        return QModelIndex();
    const Entry& e = m_entries[parent.row()];
    return row < e.files.size() ? createIndex(row, column, quintptr(e.record.id)) : QModelIndex();
}

QModelIndex TransferQueueModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return QModelIndex();
    const int row = m_rowOf.value(qint64(child.internalId()), -1);
    return row >= 0 ? createIndex(row, 0, quintptr(0)) : QModelIndex();
}

int TransferQueueModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_entries.size())
        return 0;
    return int(m_entries[parent.row()].files.size());
}

int TransferQueueModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool TransferQueueModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

const TransferRecord* TransferQueueModel::recordAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row =
        index.internalId() == 0 ? index.row() : m_rowOf.value(qint64(index.internalId()), -1);
    return row >= 0 && row < m_entries.size() ? &m_entries[row].record : nullptr;
}

const TransferFileRecord* TransferQueueModel::fileAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const int row = m_rowOf.value(qint64(index.internalId()), -1);
    if (row < 0 || index.row() >= m_entries[row].files.size())
        return nullptr;
    return &m_entries[row].files[index.row()];
}

int TransferQueueModel::indexOf(qint64 transferId) const
{
    return m_rowOf.value(transferId, -1);
}

double TransferQueueModel::percent(qint64 transferId) const
{
    const int row = indexOf(transferId);
    if (row < 0)
        return 0;
    const Entry& e = m_entries[row];
    if (e.record.totalBytes <= 0)
        return e.record.state == TransferState::Delivered ? 100.0 : 0.0;
    return qBound(0.0, 100.0 * double(e.shown) / double(e.record.totalBytes), 100.0);
}

qint64 TransferQueueModel::shownDone(qint64 transferId) const
{
    const int row = indexOf(transferId);
    return row >= 0 ? m_entries[row].shown : 0;
}

double TransferQueueModel::speed(qint64 transferId) const
{
    const int row = indexOf(transferId);
    return row >= 0 && m_entries[row].record.state == TransferState::Running ? m_entries[row].speed
                                                                             : -1;
}

qint64 TransferQueueModel::eta(qint64 transferId) const
{
    const int row = indexOf(transferId);
    if (row < 0 || m_entries[row].record.state != TransferState::Running || m_entries[row].eta < 0)
        return -1;
    return qint64(std::ceil(m_entries[row].eta));
}

TransferQueueModel::Summary TransferQueueModel::summary() const
{
    Summary s;
    qint64 remaining = 0;
    for (const Entry& e : m_entries) {
        if (needsAttention(e.record))
            ++s.attention;
        if (!isActive(e.record.state))
            continue;
        ++s.active;
        remaining += qMax<qint64>(0, e.record.totalBytes - e.shown);
        if (e.record.state == TransferState::Running && e.speed > 0)
            s.bytesPerSecond += e.speed;
    }
    if (s.bytesPerSecond > 1)
        s.secondsLeft = qint64(std::ceil(double(remaining) / s.bytesPerSecond));
    return s;
}

bool TransferQueueModel::isActive(TransferState state)
{
    return state == TransferState::Queued || state == TransferState::Running ||
           state == TransferState::Waiting || state == TransferState::Verifying;
}

bool TransferQueueModel::needsAttention(const TransferRecord& record)
{
    return record.state == TransferState::Failed ||
           (record.state == TransferState::Paused && !record.errorKind.isEmpty());
}

QString TransferQueueModel::formatSpeed(double bytesPerSecond)
{
    if (bytesPerSecond < 0)
        return QString();
    return tr("%1/s").arg(
        QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeTraditionalFormat));
}

QString TransferQueueModel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 60)
        return tr("%n s", nullptr, int(qMax<qint64>(1, seconds)));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%n day(s)", nullptr, int((hours + 23) / 24));
}

QString TransferQueueModel::fileStateLabel(const QString& state)
{
    if (state == QLatin1String("pending"))
        return tr("Waiting");
    if (state == QLatin1String("uploading"))
        return tr("Sending");
    if (state == QLatin1String("uploaded"))
        return tr("Sent");
    if (state == QLatin1String("verified"))
        return tr("Verified");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    return state;
}

QVariant TransferQueueModel::transferValue(const Entry& e, int column) const
{
    const TransferRecord& t = e.record;
    switch (column) {
    case Name:
        return QFileInfo(t.sourcePath).fileName();
    case Repository:
        return t.repositoryName;
    case Progress:
        return tr("%1%").arg(int(std::floor(percent(t.id))));
    case Size:
        return QLocale().formattedDataSize(t.totalBytes, 1, QLocale::DataSizeTraditionalFormat);
    case Speed:
        return t.state == TransferState::Running && e.speed >= 0 ? formatSpeed(e.speed) : QString();
    case Eta:
        return formatDuration(eta(t.id));
    case State:
        return TransferRecord::stateLabel(t.state);
    case Message:
        if (!t.error.isEmpty())
            return t.error;
        if (t.state == TransferState::Running) {
            // The files under way as the catalog last saw them; the engine's current file
            // is only the last one started.
            QStringList sending;
            for (const TransferFileRecord& f : e.files)
                if (f.state == QLatin1String("uploading"))
                    sending << f.relPath;
            if (sending.size() == 1)
                return tr("Sending %1").arg(sending.first());
            if (sending.size() > 1)
                return tr("Sending %1 and %n more", nullptr, int(sending.size() - 1))
                    .arg(sending.first());
            if (!e.currentFile.isEmpty())
                return tr("Sending %1").arg(e.currentFile);
        }
        if (t.state == TransferState::Delivered)
            return tr("%n file(s) verified against the manifest", nullptr, t.filesTotal);
        return QString();
    default:
        return QVariant();
    }
}

QVariant TransferQueueModel::transferSort(const Entry& e, int column) const
{
    const TransferRecord& t = e.record;
    switch (column) {
    case Progress:
        return percent(t.id);
    case Size:
        return t.totalBytes;
    case Speed:
        return t.state == TransferState::Running ? e.speed : -1.0;
    case Eta:
        return eta(t.id);
    case State:
        return int(t.state);
    default:
        return transferValue(e, column);
    }
}

QVariant TransferQueueModel::fileValue(const TransferFileRecord& f, int column) const
{
    switch (column) {
    case Name:
        return f.relPath;
    case Progress: {
        const bool done =
            f.state == QLatin1String("uploaded") || f.state == QLatin1String("verified");
        const double pct = done ? 100.0
                           : f.size > 0
                               ? qBound(0.0, 100.0 * double(f.doneBytes) / double(f.size), 100.0)
                               : 0.0;
        return tr("%1%").arg(int(std::floor(pct)));
    }
    case Size:
        return QLocale().formattedDataSize(f.size, 1, QLocale::DataSizeTraditionalFormat);
    case State:
        return fileStateLabel(f.state);
    case Message:
        return f.error;
    default:
        return QString();
    }
}

QVariant TransferQueueModel::fileSort(const TransferFileRecord& f, int column) const
{
    switch (column) {
    case Size:
        return f.size;
    case Progress:
        return f.size > 0 ? double(f.doneBytes) / double(f.size) : 0.0;
    default:
        return fileValue(f, column);
    }
}

QVariant TransferQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const bool isFile = index.internalId() != 0;
    const int row = isFile ? m_rowOf.value(qint64(index.internalId()), -1) : index.row();
    if (row < 0 || row >= m_entries.size())
        return QVariant();
    const Entry& e = m_entries[row];
    if (isFile) {
        if (index.row() >= e.files.size())
            return QVariant();
        const TransferFileRecord& f = e.files[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return fileValue(f, index.column());
        case Qt::ToolTipRole:
            return index.column() == Message && !f.error.isEmpty() ? f.error : f.localPath;
        case Qt::TextAlignmentRole:
            return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
        case SortRole:
            return fileSort(f, index.column());
        case IdRole:
            return f.id;
        case TransferIdRole:
            return e.record.id;
        case StateRole:
            return -1;
        case IsFileRole:
            return true;
        case PercentRole: {
            const bool done =
                f.state == QLatin1String("uploaded") || f.state == QLatin1String("verified");
            return done         ? 100.0
                   : f.size > 0 ? qBound(0.0, 100.0 * double(f.doneBytes) / double(f.size), 100.0)
                                : 0.0;
        }
        case DoneRole:
            return qBound<qint64>(0, f.doneBytes, f.size);
        case TotalRole:
            return f.size;
        case SpeedRole:
        case EtaRole:
            return -1;
        case ErrorKindRole:
            return QString();
        case PathRole:
            return f.localPath;
        default:
            return QVariant();
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return transferValue(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Message && !e.record.error.isEmpty())
            return e.record.error;
        if (index.column() == Name)
            return tr("%1\n%n file(s) to %2", nullptr, e.record.filesTotal)
                .arg(e.record.sourcePath, e.record.repositoryName);
        return QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Size || index.column() == Speed || index.column() == Eta
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SortRole:
        return transferSort(e, index.column());
    case IdRole:
    case TransferIdRole:
        return e.record.id;
    case StateRole:
        return int(e.record.state);
    case IsFileRole:
        return false;
    case PercentRole:
        return percent(e.record.id);
    case DoneRole:
        return e.shown;
    case TotalRole:
        return e.record.totalBytes;
    case SpeedRole:
        return speed(e.record.id);
    case EtaRole:
        return eta(e.record.id);
    case ErrorKindRole:
        return e.record.errorKind;
    case PathRole:
        return e.record.sourcePath;
    default:
        return QVariant();
    }
}

QVariant TransferQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Name");
    case Repository:
        return tr("Repository");
    case Progress:
        return tr("Progress");
    case Size:
        return tr("Size");
    case Speed:
        return tr("Speed");
    case Eta:
        return tr("Time left");
    case State:
        return tr("State");
    case Message:
        return tr("Message");
    default:
        return QVariant();
    }
}

} // namespace steward
