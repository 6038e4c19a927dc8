#include "models/transfer/TransferEngine.h"

#include <future>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include "models/bundle/ChecksumCache.h"
#include "models/catalog/Catalog.h"
#include "models/common/Digest.h"
#include "models/transfer/RepositoryStore.h"
#include "models/transfer/SecretStore.h"
#include "models/transfer/TransferBackend.h"
#include "models/transfer/TransferStore.h"

namespace steward {
namespace {

/** What the workers of one run share. */
struct Shared
{
    std::atomic_bool stop{false};    // cancels every request in flight
    std::atomic_bool waiting{false}; // some worker waits for the network
    std::atomic_int next{0};
    std::atomic_int running{0};
    std::vector<std::atomic<qint64>> fileDone;
    std::mutex mutex;
    RemoteResult firstError;
    QString firstErrorFile;
    QString currentFile;

    explicit Shared(size_t files) : fileDone(files) {}

    void fail(const RemoteResult& r, const QString& file)
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (firstError.ok()) {
            firstError = r;
            firstErrorFile = file;
        }
        stop = true;
    }
    qint64 done() const
    {
        qint64 sum = 0;
        for (const auto& d : fileDone)
            sum += d.load();
        return sum;
    }
};

/** Sleeps up to ms, waking early when stop is set. */
/** Sleeps up to ms, waking early when stop is set or when the network came back. */
void sleepUnless(const std::atomic_bool& stop, int ms, std::atomic_bool* networkBack = nullptr)
{
    QElapsedTimer t;
    t.start();
    while (!stop && t.elapsed() < ms) {
        if (networkBack && networkBack->exchange(false))
            return;
        QThread::msleep(ulong(qMin<qint64>(100, ms - t.elapsed())));
    }
}

QString remotePathOf(const TransferRecord& t, const QString& rel)
{
    return t.remotePrefix.isEmpty() ? rel : t.remotePrefix + QLatin1Char('/') + rel;
}

bool pauses(RemoteResult::Kind kind)
{
    switch (kind) {
    case RemoteResult::Kind::Auth:
    case RemoteResult::Kind::Permission:
    case RemoteResult::Kind::NotFound:
    case RemoteResult::Kind::Space:
    case RemoteResult::Kind::HostKey:
        return true;
    default:
        return false;
    }
}

} // namespace

TransferEngine::TransferEngine(const Catalog& catalog, Options options)
    : m_catalog(catalog), m_options(options)
{
    // Tests of stalled connections cannot wait a minute: STEWARD_TRANSFER_STALL_SECONDS and
    // STEWARD_TRANSFER_BACKOFF_MS shorten the stall limit and the first retry delay.
    bool ok = false;
    const int stall = qEnvironmentVariableIntValue("STEWARD_TRANSFER_STALL_SECONDS", &ok);
    if (ok && stall > 0)
        m_options.stallSeconds = stall;
    const int backoff = qEnvironmentVariableIntValue("STEWARD_TRANSFER_BACKOFF_MS", &ok);
    if (ok && backoff > 0)
        m_options.baseBackoffMs = backoff;
}

TransferState TransferEngine::run(qint64 transferId)
{
    TransferStore store(m_catalog);
    const auto setState = [&](TransferState state, const QString& kind, const QString& message) {
        store.setState(transferId, state, kind, message);
        if (m_stateHandler)
            m_stateHandler(transferId, state, message);
        return state;
    };
    std::optional<TransferRecord> transfer = store.transfer(transferId);
    if (!transfer)
        return TransferState::Failed;
    const std::optional<Repository> repository =
        RepositoryStore(m_catalog).repository(transfer->repositoryId);
    if (!repository)
        return setState(TransferState::Failed, QStringLiteral("fatal"),
                        tr("The repository of this transfer was removed."));
    if (TransferStore::repositoryFingerprint(*repository) != transfer->repositoryFingerprint)
        return setState(TransferState::Paused, QStringLiteral("repository-changed"),
                        tr("The settings of %1 changed after this transfer was queued. Check "
                           "them, then resume the transfer to send it with the new settings.")
                            .arg(repository->name));

    const Repository repo = *repository;
    const TransferBackend::SecretProvider secret = SecretStore::repositorySecret(repo.name);
    QString error;
    if (!TransferBackend::create(repo, secret, &error))
        return setState(TransferState::Failed, QStringLiteral("fatal"), error);

    // Files not yet published, and a check that none changed since it was queued.
    const QVector<TransferFileRecord> all = store.files(transferId);
    QVector<TransferFileRecord> pending;
    qint64 alreadyDone = 0;
    for (const TransferFileRecord& f : all) {
        const QFileInfo fi(f.localPath);
        if (!fi.exists() || fi.size() != f.size || fi.lastModified().toMSecsSinceEpoch() != f.mtime)
            return setState(TransferState::Failed, QStringLiteral("source-changed"),
                            tr("%1 changed (or disappeared) after the transfer was queued; "
                               "nothing more was sent. Queue the bundle again once it is "
                               "final.")
                                .arg(f.localPath));
        if (f.state == QLatin1String("uploaded") || f.state == QLatin1String("verified"))
            alreadyDone += f.size;
        else
            pending.push_back(f);
    }
    setState(TransferState::Running, QString(), QString());
    store.addAttempt(transferId);

    Shared shared(size_t(pending.size()));
    for (int i = 0; i < pending.size(); ++i)
        shared.fileDone[size_t(i)] = 0;
    const std::unique_ptr<TransferBackend> probe = TransferBackend::create(repo, secret, &error);
    const int workers =
        qBound(1, m_options.parallelFiles > 0 ? m_options.parallelFiles : probe->parallelFiles(),
               qMax(1, int(pending.size())));
    const qint64 perWorkerLimit =
        m_options.bandwidthLimit > 0 ? qMax<qint64>(1, m_options.bandwidthLimit / workers) : 0;

    const auto retrying = [&](const std::function<RemoteResult()>& op) {
        thread_local std::mt19937 random(std::random_device{}());
        int attempt = 0;
        for (;;) {
            RemoteResult r = op();
            if (r.ok()) {
                shared.waiting = false;
                return r;
            }
            if (shared.stop)
                return r;
            if (r.kind == RemoteResult::Kind::Offline) {
                shared.waiting = true;
                sleepUnless(shared.stop, m_options.offlinePollMs, &m_networkBack);
                continue;
            }
            if (r.kind != RemoteResult::Kind::Transient || ++attempt > m_options.maxRetries)
                return r;
            const int exp = qMin(m_options.maxBackoffMs,
                                 m_options.baseBackoffMs * (1 << qMin(attempt - 1, 16)));
            std::uniform_real_distribution<double> jitter(0.5, 1.5);
            sleepUnless(shared.stop, int(exp * jitter(random)));
        }
    };

    const auto worker = [&] {
        QString workerError;
        std::unique_ptr<TransferBackend> backend =
            TransferBackend::create(repo, secret, &workerError);
        TransferStore workerStore(m_catalog);
        for (;;) {
            const int i = shared.next++;
            if (i >= pending.size() || shared.stop)
                break;
            TransferFileRecord f = pending[i];
            {
                std::lock_guard<std::mutex> lock(shared.mutex);
                shared.currentFile = f.relPath;
            }
            // The file's SHA-256 (for the manifest) is computed while it is being sent, on a
            // thread of its own: one pass over the disk cache instead of two in a row.
            std::future<QString> hashing;
            QString hashError;
            // A sealed bundle's files were hashed when it was written: not again.
            if (f.sha256.isEmpty())
                if (const std::optional<FileChecksums> known =
                        ChecksumCache(m_catalog).cached(f.localPath)) {
                    f.sha256 = known->sha256;
                    workerStore.setFileSha256(f.id, f.sha256);
                }
            if (f.sha256.isEmpty())
                hashing = std::async(std::launch::async, [&f, &shared, &hashError] {
                    return Digest::fileHex(Digest::Algorithm::Sha256, f.localPath, &hashError,
                                           &shared.stop);
                });
            workerStore.setFileState(f.id, QStringLiteral("uploading"));
            UploadTask task;
            task.file = f;
            task.remotePath = remotePathOf(*transfer, f.relPath);
            task.store = &workerStore;
            task.control.cancel = &shared.stop;
            task.control.stallSeconds = m_options.stallSeconds;
            task.control.maxSendBytesPerSecond = perWorkerLimit;
            // Progress is checkpointed often (done bytes, and the bytes really sent, so a
            // resume that sends data again shows in the queue).
            // Backends may report from several threads at once (S3 parts): serialise, and
            // never let the shown progress go backwards within an attempt.
            qint64 saved = -1;
            QElapsedTimer saveClock;
            saveClock.start();
            std::mutex progressMutex;
            task.control.progress = [&, i](qint64 reported, qint64) {
                std::lock_guard<std::mutex> lock(progressMutex);
                const qint64 sent = qMax(reported, shared.fileDone[size_t(i)].load());
                shared.fileDone[size_t(i)] = sent;
                if (saved < 0)
                    saved = task.resumedFrom;
                if (saveClock.elapsed() >= 250) {
                    workerStore.setFileProgress(f.id, sent);
                    workerStore.addSentBytes(f.id, sent - saved);
                    saved = sent;
                    saveClock.restart();
                }
            };
            const RemoteResult r = retrying([&] {
                task.file = workerStore.file(f.id).value_or(f);
                task.resumedFrom = 0;
                saved = -1;
                shared.fileDone[size_t(i)] = 0;
                const RemoteResult attempt = backend->upload(task);
                std::lock_guard<std::mutex> lock(progressMutex);
                const qint64 reached = attempt.ok() ? f.size : shared.fileDone[size_t(i)].load();
                workerStore.addSentBytes(f.id, reached - (saved < 0 ? task.resumedFrom : saved));
                return attempt;
            });
            if (hashing.valid()) {
                f.sha256 = hashing.get();
                if (f.sha256.isEmpty()) {
                    workerStore.setFileState(f.id, QStringLiteral("pending"), hashError);
                    if (!shared.stop)
                        shared.fail(RemoteResult::failure(RemoteResult::Kind::Fatal, hashError),
                                    f.relPath);
                    break;
                }
                workerStore.setFileSha256(f.id, f.sha256);
            }
            if (r.ok()) {
                shared.fileDone[size_t(i)] = f.size;
                workerStore.setFileState(f.id, QStringLiteral("uploaded"));
                workerStore.setFileProgress(f.id, f.size);
                workerStore.updateTotals(transferId);
            } else {
                workerStore.setFileState(f.id, QStringLiteral("pending"), r.message);
                if (r.kind != RemoteResult::Kind::Cancelled)
                    shared.fail(r, f.relPath);
                break;
            }
        }
        --shared.running;
    };

    shared.running = workers;
    std::vector<std::thread> threads;
    threads.reserve(size_t(workers));
    for (int w = 0; w < workers; ++w)
        threads.emplace_back(worker);

    // Supervise: user requests, another process's pause/cancel, waiting, progress.
    QElapsedTimer clock;
    clock.start();
    qint64 lastDone = alreadyDone;
    qint64 lastMs = 0;
    double speed = 0;
    qint64 lastDbCheck = 0;
    bool shownWaiting = false;
    bool externalPause = false;
    bool externalCancel = false;
    while (shared.running > 0) {
        QThread::msleep(100);
        if (m_pause || m_cancel)
            shared.stop = true;
        if (clock.elapsed() - lastDbCheck > 1000) {
            lastDbCheck = clock.elapsed();
            if (const std::optional<TransferRecord> now = store.transfer(transferId)) {
                externalPause = now->state == TransferState::Paused && !shownWaiting;
                externalCancel = now->state == TransferState::Cancelled;
                if (externalPause || externalCancel)
                    shared.stop = true;
            }
            store.updateTotals(transferId);
        }
        if (shared.waiting != shownWaiting && !shared.stop) {
            shownWaiting = shared.waiting;
            setState(shownWaiting ? TransferState::Waiting : TransferState::Running,
                     shownWaiting ? QStringLiteral("offline") : QString(),
                     shownWaiting ? tr("The repository cannot be reached; Steward retries "
                                       "every %n second(s).",
                                       nullptr, qMax(1, m_options.offlinePollMs / 1000))
                                  : QString());
        }
        const qint64 ms = clock.elapsed();
        if (m_progress && ms - lastMs >= 200) {
            // Shown progress never goes backwards within a run (a retry restarts its
            // counters before the backend reports what it kept).
            const qint64 done = qMax(lastDone, alreadyDone + shared.done());
            const double instant = (done - lastDone) * 1000.0 / qMax<qint64>(1, ms - lastMs);
            speed = speed == 0 ? instant : 0.7 * speed + 0.3 * instant;
            lastDone = done;
            lastMs = ms;
            Progress p;
            p.done = done;
            p.total = transfer->totalBytes;
            p.filesTotal = transfer->filesTotal;
            p.filesDone = int(all.size() - pending.size()) + shared.next.load();
            p.bytesPerSecond = speed;
            {
                std::lock_guard<std::mutex> lock(shared.mutex);
                p.currentFile = shared.currentFile;
            }
            m_progress(transferId, p);
        }
    }
    for (std::thread& t : threads)
        t.join();
    store.updateTotals(transferId);
    // Another process may have paused or cancelled while the workers were finishing.
    if (const std::optional<TransferRecord> now = store.transfer(transferId)) {
        externalCancel = externalCancel || now->state == TransferState::Cancelled;
        externalPause = externalPause || now->state == TransferState::Paused;
    }

    if (m_cancel || externalCancel) {
        abandonRemote(m_catalog, transferId, &error);
        return setState(TransferState::Cancelled, QString(),
                        tr("Cancelled; nothing was left half-written on the repository."));
    }
    if (m_pause || externalPause)
        return setState(TransferState::Paused, QString(), tr("Paused."));
    if (!shared.firstError.ok()) {
        const RemoteResult& r = shared.firstError;
        const QString message = tr("%1: %2").arg(shared.firstErrorFile, r.message);
        if (pauses(r.kind))
            return setState(TransferState::Paused, RemoteResult::kindName(r.kind), message);
        if (r.kind == RemoteResult::Kind::Transient)
            return setState(TransferState::Failed, RemoteResult::kindName(r.kind),
                            tr("%1 Steward gave up after %n retr(y|ies); retry the transfer when "
                               "the repository is healthy.",
                               nullptr, m_options.maxRetries)
                                .arg(message));
        return setState(TransferState::Failed, RemoteResult::kindName(r.kind), message);
    }

    // Verification: sizes, optional read-back, then the manifest written and read back.
    setState(TransferState::Verifying, QString(), QString());
    RequestControl control;
    control.cancel = &shared.stop;
    control.stallSeconds = m_options.stallSeconds;
    std::unique_ptr<TransferBackend> backend = TransferBackend::create(repo, secret, &error);
    QStringList manifest;
    const QVector<TransferFileRecord> done = store.files(transferId);
    for (const TransferFileRecord& f : done) {
        const QString remote = remotePathOf(*transfer, f.relPath);
        qint64 size = -1;
        RemoteResult r = retrying([&] { return backend->size(remote, &size, control); });
        if (!r.ok())
            return setState(TransferState::Failed, RemoteResult::kindName(r.kind), r.message);
        if (size != f.size) {
            store.setFileState(f.id, QStringLiteral("pending"));
            return setState(TransferState::Failed, QStringLiteral("verification"),
                            tr("%1 has %2 bytes on the repository but %3 here; retry the "
                               "transfer to send it again.")
                                .arg(remote)
                                .arg(size)
                                .arg(f.size));
        }
        if (m_options.fullReadBack) {
            QByteArray digest;
            r = retrying([&] { return backend->sha256(remote, &digest, control); });
            if (!r.ok())
                return setState(TransferState::Failed, RemoteResult::kindName(r.kind), r.message);
            if (QString::fromLatin1(digest.toHex()) != f.sha256) {
                store.setFileState(f.id, QStringLiteral("pending"));
                return setState(TransferState::Failed, QStringLiteral("verification"),
                                tr("%1 on the repository does not match its SHA-256; retry "
                                   "the transfer to send it again.")
                                    .arg(remote));
            }
        }
        manifest << f.sha256 + QStringLiteral("  ") + f.relPath;
    }
    const QString manifestPath = remotePathOf(*transfer, QString::fromLatin1(kManifestName));
    const QByteArray text = manifest.join(QLatin1Char('\n')).toUtf8() + '\n';
    QByteArray readBack;
    RemoteResult r = retrying([&] { return backend->writeSmall(manifestPath, text, control); });
    if (r.ok())
        r = retrying([&] { return backend->read(manifestPath, &readBack, control); });
    if (!r.ok())
        return setState(pauses(r.kind) ? TransferState::Paused : TransferState::Failed,
                        RemoteResult::kindName(r.kind), r.message);
    if (readBack != text)
        return setState(TransferState::Failed, QStringLiteral("verification"),
                        tr("The manifest read back from %1 differs from the one written; the "
                           "repository did not store it faithfully.")
                            .arg(backend->describe()));
    for (const TransferFileRecord& f : done)
        store.setFileState(f.id, QStringLiteral("verified"));
    store.updateTotals(transferId);
    return setState(TransferState::Delivered, QString(), QString());
}

bool TransferEngine::abandonRemote(const Catalog& catalog, qint64 transferId, QString* error)
{
    TransferStore store(catalog);
    const std::optional<TransferRecord> transfer = store.transfer(transferId);
    if (!transfer)
        return false;
    const std::optional<Repository> repository =
        RepositoryStore(catalog).repository(transfer->repositoryId);
    if (!repository)
        return false;
    const TransferBackend::SecretProvider secret = SecretStore::repositorySecret(repository->name);
    std::unique_ptr<TransferBackend> backend = TransferBackend::create(*repository, secret, error);
    if (!backend)
        return false;
    bool ok = true;
    RequestControl control;
    for (const TransferFileRecord& f : store.files(transferId)) {
        if (f.state == QLatin1String("uploaded") || f.state == QLatin1String("verified"))
            continue;
        const RemoteResult r = backend->abandon(f, remotePathOf(*transfer, f.relPath), control);
        if (!r.ok()) {
            ok = false;
            if (error)
                *error = r.message;
        } else {
            store.setFileUpload(f.id, QString(), 0);
        }
    }
    return ok;
}

} // namespace steward
