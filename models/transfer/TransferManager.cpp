#include "models/transfer/TransferManager.h"

#include <QMutexLocker>
#include <QNetworkInformation>
#include <QtConcurrent>

#include "models/catalog/Catalog.h"
#include "models/transfer/RepositoryStore.h"
#include "models/transfer/TransferStore.h"

namespace steward {

TransferManager::TransferManager(const Catalog& catalog, QObject* parent)
    : QObject(parent), m_catalog(catalog)
{
    qRegisterMetaType<steward::TransferState>("steward::TransferState");
}

TransferManager::~TransferManager()
{
    shutdown();
}

void TransferManager::start()
{
    if (m_thread)
        return;
    const int recovered = TransferStore(m_catalog).recoverInterrupted();
    if (recovered > 0)
        Q_EMIT queueChanged();
    // The system's view of the network (where a backend for it exists, e.g. NetworkManager):
    // when it comes back, a transfer waiting for it retries at once instead of at its next
    // poll. Without a backend, failed connections alone decide, polled every few seconds.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability != QNetworkInformation::Reachability::Online &&
                        reachability != QNetworkInformation::Reachability::Site)
                        return;
                    std::lock_guard<std::mutex> lock(m_mutex);
                    if (m_engine)
                        m_engine->networkIsBack();
                });
    }
    m_thread = QThread::create([this] { loop(); });
    m_thread->setObjectName(QStringLiteral("transfers"));
    m_thread->start();
}

void TransferManager::shutdown()
{
    if (!m_thread)
        return;
    m_stopping = true;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_engine)
            m_engine->requestPause();
    }
    m_thread->requestInterruption();
    wake();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    // A transfer stopped by the shutdown is queued again, to resume at the next start.
    TransferStore(m_catalog).recoverInterrupted();
}

void TransferManager::wake()
{
    QMutexLocker lock(&m_wakeMutex);
    m_wake.wakeAll();
}

qint64 TransferManager::activeTransfer() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_active;
}

void TransferManager::loop()
{
    TransferStore store(m_catalog);
    while (!QThread::currentThread()->isInterruptionRequested()) {
        const std::optional<TransferRecord> next = store.nextQueued();
        if (!next) {
            QMutexLocker lock(&m_wakeMutex);
            m_wake.wait(&m_wakeMutex, 2000);
            continue;
        }
        TransferEngine::Options options;
        options.bandwidthLimit = m_limit;
        TransferEngine engine(m_catalog, options);
        engine.setProgressHandler([this](qint64 id, const TransferEngine::Progress& p) {
            Q_EMIT progress(id, p.done, p.total, p.bytesPerSecond, p.currentFile);
        });
        engine.setStateHandler([this](qint64 id, TransferState state, const QString& message) {
            Q_EMIT stateChanged(id, state, message);
            Q_EMIT queueChanged();
        });
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_engine = &engine;
            m_active = next->id;
        }
        const TransferState end = engine.run(next->id);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_engine = nullptr;
            m_active = 0;
        }
        if (end == TransferState::Delivered)
            qInfo("%s", qPrintable(tr("Transfer %1 to %2 delivered and verified.")
                                       .arg(next->id)
                                       .arg(next->repositoryName)));
        else if (end == TransferState::Failed ||
                 (end == TransferState::Paused &&
                  !TransferStore(m_catalog).transfer(next->id).value_or(*next).errorKind.isEmpty()))
            qWarning("%s", qPrintable(tr("Transfer %1 to %2 needs attention.")
                                          .arg(next->id)
                                          .arg(next->repositoryName)));
        Q_EMIT queueChanged();
    }
}

qint64 TransferManager::push(const QString& path, qint64 repositoryId, QString* error)
{
    const std::optional<Repository> r = RepositoryStore(m_catalog).repository(repositoryId);
    if (!r) {
        if (error)
            *error = tr("The repository no longer exists.");
        return 0;
    }
    const qint64 id = TransferStore(m_catalog).enqueue(path, *r, QString(), error);
    if (id > 0) {
        Q_EMIT queueChanged();
        wake();
    }
    return id;
}

void TransferManager::pause(qint64 id)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_active == id && m_engine) {
            m_engine->requestPause();
            return;
        }
    }
    TransferStore(m_catalog).setState(id, TransferState::Paused, QString(), tr("Paused."));
    Q_EMIT queueChanged();
}

void TransferManager::resume(qint64 id)
{
    TransferStore store(m_catalog);
    const std::optional<TransferRecord> t = store.transfer(id);
    if (!t || t->state == TransferState::Delivered || m_active == id)
        return;
    if (const std::optional<Repository> r = RepositoryStore(m_catalog).repository(t->repositoryId))
        store.acknowledgeRepository(id, *r);
    store.setState(id, TransferState::Queued, QString(), QString());
    Q_EMIT queueChanged();
    wake();
}

void TransferManager::cancel(qint64 id)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_active == id && m_engine) {
            m_engine->requestCancel();
            return;
        }
    }
    TransferStore(m_catalog).setState(id, TransferState::Cancelled, QString(), tr("Cancelled."));
    Q_EMIT queueChanged();
    // Aborting unfinished uploads talks to the repository: not on this (GUI) thread.
    const Catalog* catalog = &m_catalog;
    (void)QtConcurrent::run([catalog, id] {
        QString error;
        TransferEngine::abandonRemote(*catalog, id, &error);
    });
}

void TransferManager::pauseAll()
{
    for (const TransferRecord& t : TransferStore(m_catalog).transfers()) {
        if (t.state == TransferState::Queued || t.state == TransferState::Running ||
            t.state == TransferState::Waiting || t.state == TransferState::Verifying)
            pause(t.id);
    }
}

void TransferManager::resumeAll()
{
    for (const TransferRecord& t : TransferStore(m_catalog).transfers()) {
        if (t.state == TransferState::Paused)
            resume(t.id);
    }
}

void TransferManager::setBandwidthLimit(qint64 bytesPerSecond)
{
    m_limit = bytesPerSecond;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_engine)
        m_engine->setBandwidthLimit(bytesPerSecond);
}

} // namespace steward
