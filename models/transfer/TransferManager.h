#pragma once

#include <mutex>

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include "models/transfer/TransferEngine.h"
#include "models/transfer/TransferRecord.h"

namespace steward {

class Catalog;

/**
 * The background transfer service: owns one thread that carries queued transfers to their
 * end, one at a time (each sends several files at once). At start it resumes what a crash or
 * kill interrupted. The GUI talks to it through these slots and signals only; every signal
 * arrives on the manager's (GUI) thread.
 */
class TransferManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferManager)

public:
    explicit TransferManager(const Catalog& catalog, QObject* parent = nullptr);
    ~TransferManager() override;

    /** Recovers interrupted transfers and starts the thread. */
    void start();
    /** Stops the current transfer (it stays resumable) and the thread. */
    void shutdown();

    /** Queues a folder or bundle; 0 with an error. */
    qint64 push(const QString& path, qint64 repositoryId, QString* error);
    void pause(qint64 id);
    void resume(qint64 id);
    void cancel(qint64 id);
    void pauseAll();
    void resumeAll();
    /** Bytes per second over all transfers, 0 for unlimited; applies at the next file. */
    void setBandwidthLimit(qint64 bytesPerSecond);
    qint64 bandwidthLimit() const { return m_limit; }
    /** The transfer being sent now, 0 when idle. */
    qint64 activeTransfer() const;

Q_SIGNALS:
    void progress(qint64 id, qint64 done, qint64 total, double bytesPerSecond,
                  const QString& currentFile);
    void stateChanged(qint64 id, steward::TransferState state, const QString& message);
    /** Something in the queue changed (added, removed, state); views reload. */
    void queueChanged();

private:
    void loop();
    void wake();

    const Catalog& m_catalog;
    QThread* m_thread = nullptr;
    mutable std::mutex m_mutex;
    QWaitCondition m_wake;
    QMutex m_wakeMutex;
    TransferEngine* m_engine = nullptr; // the running engine, under m_mutex
    qint64 m_active = 0;
    std::atomic<qint64> m_limit{0};
    std::atomic_bool m_stopping{false};
};

} // namespace steward
