#pragma once

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>
#include <QVector>

#include "models/common/Job.h"

namespace steward {

/**
 * Runs jobs on its own thread pool and lists them (running first, then the recent
 * finished ones) with progress, speed and state, for the Jobs dock and the status bar.
 */
class JobManager final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobManager)

public:
    enum Column
    {
        Title,
        State,
        Progress,
        Speed,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole,
        FractionRole,
        RunningRole
    };
    enum class JobState
    {
        Running,
        Finished,
        Failed,
        Cancelled
    };

    explicit JobManager(QObject* parent = nullptr);
    ~JobManager() override;

    /** Takes ownership and starts the job; returns its id. `unit` is "bytes" or empty. */
    int start(Job* job, const QString& title, bool bytes = true);
    void cancel(int id);
    void cancelAll();
    /** Waits for every job to end (at shutdown). */
    void waitForAll();

    int runningCount() const;
    /** Done/total over all running jobs, 0..1; -1 when nothing runs. */
    double overallFraction() const;
    QString summary() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void activityChanged();

private:
    struct Entry
    {
        int id = 0;
        QString title;
        QPointer<Job> job;
        JobState state = JobState::Running;
        qint64 done = 0;
        qint64 total = 0;
        bool bytes = true;
        QElapsedTimer clock;
        qint64 elapsedMs = 0;
        QString error;
    };
    int rowOf(int id) const;
    void onProgress(int id, qint64 done, qint64 total);
    void onEnded(int id, bool cancelled);
    QString speedText(const Entry& e) const;

    QThreadPool m_pool;
    QVector<Entry> m_entries;
    int m_nextId = 1;
};

} // namespace steward
