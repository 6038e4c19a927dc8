#include "models/common/JobManager.h"

#include <QLocale>

namespace steward {

JobManager::JobManager(QObject* parent) : QAbstractTableModel(parent)
{
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
}

JobManager::~JobManager()
{
    cancelAll();
    waitForAll();
}

int JobManager::start(Job* job, const QString& title, bool bytes)
{
    Entry e;
    e.id = m_nextId++;
    e.title = title;
    e.job = job;
    e.bytes = bytes;
    e.clock.start();
    job->setParent(nullptr);
    const int id = e.id;
    connect(job, &Job::progressChanged, this,
            [this, id](qint64 done, qint64 total) { onProgress(id, done, total); });
    connect(job, &Job::failed, this, [this, id](const QString& message) {
        const int row = rowOf(id);
        if (row >= 0)
            m_entries[row].error = message;
    });
    connect(job, &Job::ended, this, [this, id](bool cancelled) { onEnded(id, cancelled); });
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(e);
    endInsertRows();
    m_pool.start([job] { job->execute(); });
    Q_EMIT activityChanged();
    return id;
}

void JobManager::cancel(int id)
{
    const int row = rowOf(id);
    if (row >= 0 && m_entries[row].job)
        m_entries[row].job->requestCancel();
}

void JobManager::cancelAll()
{
    for (Entry& e : m_entries)
        if (e.job && e.state == JobState::Running)
            e.job->requestCancel();
}

void JobManager::waitForAll()
{
    m_pool.waitForDone();
}

int JobManager::rowOf(int id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return i;
    return -1;
}

void JobManager::onProgress(int id, qint64 done, qint64 total)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].done = done;
    m_entries[row].total = total;
    Q_EMIT dataChanged(index(row, State), index(row, Speed));
    Q_EMIT activityChanged();
}

void JobManager::onEnded(int id, bool cancelled)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry& e = m_entries[row];
    e.elapsedMs = e.clock.elapsed();
    e.state = cancelled           ? JobState::Cancelled
              : e.error.isEmpty() ? JobState::Finished
                                  : JobState::Failed;
    if (e.job)
        e.job->deleteLater();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT activityChanged();
    // Keep a short history of finished jobs.
    int finished = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].state != JobState::Running && ++finished > 50) {
            beginRemoveRows(QModelIndex(), i, i);
            m_entries.remove(i);
            endRemoveRows();
            break;
        }
    }
}

int JobManager::runningCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry& e) { return e.state == JobState::Running; }));
}

double JobManager::overallFraction() const
{
    qint64 done = 0, total = 0;
    bool any = false;
    for (const Entry& e : m_entries) {
        if (e.state != JobState::Running)
            continue;
        any = true;
        done += e.done;
        total += e.total;
    }
    if (!any)
        return -1;
    return total > 0 ? double(done) / double(total) : 0.0;
}

QString JobManager::summary() const
{
    for (const Entry& e : m_entries)
        if (e.state == JobState::Running)
            return runningCount() == 1 ? e.title : tr("%n job(s) running", "", runningCount());
    return QString();
}

QString JobManager::speedText(const Entry& e) const
{
    const qint64 ms = e.state == JobState::Running ? e.clock.elapsed() : e.elapsedMs;
    if (!e.bytes || ms < 200 || e.done <= 0)
        return QString();
    const qint64 perSecond = e.done * 1000 / ms;
    return tr("%1/s").arg(QLocale().formattedDataSize(perSecond));
}

int JobManager::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_entries.size();
}

int JobManager::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobManager::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const Entry& e = m_entries.at(index.row());
    const double fraction = e.total > 0 ? double(e.done) / double(e.total) : 0.0;
    switch (role) {
    case IdRole:
        return e.id;
    case FractionRole:
        return e.state == JobState::Finished ? 1.0 : fraction;
    case RunningRole:
        return e.state == JobState::Running;
    case Qt::ToolTipRole:
        return e.error.isEmpty() ? e.title : e.error;
    case SortRole:
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case Title:
        return e.title;
    case State:
        switch (e.state) {
        case JobState::Running:
            return tr("Running");
        case JobState::Finished:
            return tr("Done in %1 s").arg(e.elapsedMs / 1000.0, 0, 'f', 1);
        case JobState::Failed:
            return tr("Failed: %1").arg(e.error);
        case JobState::Cancelled:
            return tr("Cancelled");
        }
        return QVariant();
    case Progress:
        if (role == SortRole)
            return fraction;
        if (e.bytes && e.total > 0)
            return tr("%1 of %2")
                .arg(QLocale().formattedDataSize(e.done), QLocale().formattedDataSize(e.total));
        return e.total > 0 ? QStringLiteral("%1 %").arg(int(fraction * 100)) : QString();
    case Speed:
        return speedText(e);
    default:
        return QVariant();
    }
}

QVariant JobManager::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Job");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Speed:
        return tr("Speed");
    default:
        return QVariant();
    }
}

} // namespace steward
