#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>
#include <QString>

#include "models/transfer/RemoteResult.h"
#include "models/transfer/TransferRecord.h"

namespace steward {

class Catalog;
class TransferBackend;

/**
 * Carries one queued transfer to its end on the calling thread: several files at once (each
 * worker with its own backend), retries with exponential backoff and jitter for transient
 * failures, waiting (not failing) while the network is gone, a pause for errors only the
 * user can fix, then verification (sizes, optional full read-back, and the manifest written
 * and read back) before the transfer counts as delivered. Every step is checkpointed in the
 * catalog, so a kill at any moment resumes without re-sending completed data.
 */
class TransferEngine final
{
    Q_DECLARE_TR_FUNCTIONS(TransferEngine)

public:
    struct Options
    {
        int parallelFiles = 0;     // 0: the backend's default
        qint64 bandwidthLimit = 0; // bytes/s over all workers, 0: unlimited
        int stallSeconds = 60;     // no progress for this long: abort the request, retry
        int maxRetries = 8;        // per file, for transient failures
        int baseBackoffMs = 1000;  // doubled per retry, with +-50% jitter
        int maxBackoffMs = 60000;
        int offlinePollMs = 5000;  // while waiting for the network
        bool fullReadBack = false; // hash every file again from the repository
    };
    struct Progress
    {
        qint64 done = 0;
        qint64 total = 0;
        int filesDone = 0;
        int filesTotal = 0;
        double bytesPerSecond = 0;
        QString currentFile;
    };
    /** The manifest Steward writes beside a pushed folder (bags carry their own). */
    static constexpr const char* kManifestName = "steward-manifest-sha256.txt";

    TransferEngine(const Catalog& catalog, Options options);
    TransferEngine(const TransferEngine&) = delete;
    TransferEngine& operator=(const TransferEngine&) = delete;

    /** Called from worker threads, at most every 200 ms. */
    void setProgressHandler(std::function<void(qint64 transferId, const Progress&)> handler)
    {
        m_progress = std::move(handler);
    }
    /** Called on every state change (from the engine's thread). */
    void setStateHandler(std::function<void(qint64 transferId, TransferState, const QString&)> h)
    {
        m_stateHandler = std::move(h);
    }

    /** Runs the transfer until it is delivered, paused, waiting-cancelled, failed or cancelled. */
    TransferState run(qint64 transferId);

    /** From any thread: stop soon and leave the transfer paused (or cancelled). */
    void requestPause() { m_pause = true; }
    void requestCancel() { m_cancel = true; }
    void setBandwidthLimit(qint64 bytesPerSecond) { m_options.bandwidthLimit = bytesPerSecond; }
    /** From any thread: the system reports the network is back; retry a waiting file now. */
    void networkIsBack() { m_networkBack = true; }

    /** Drops remote leftovers of a cancelled transfer (unfinished uploads, part files). */
    static bool abandonRemote(const Catalog& catalog, qint64 transferId, QString* error);

private:
    const Catalog& m_catalog;
    Options m_options;
    std::atomic_bool m_pause{false};
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_networkBack{false};
    std::function<void(qint64, const Progress&)> m_progress;
    std::function<void(qint64, TransferState, const QString&)> m_stateHandler;
};

} // namespace steward
