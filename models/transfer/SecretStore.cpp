#include "models/transfer/SecretStore.h"

#include <atomic>
#include <mutex>

#include <qt6keychain/keychain.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include "models/common/SecretBox.h"

namespace steward {
namespace {

const QString kService = QStringLiteral("Steward");

/**
 * Runs a QtKeychain job to completion on this thread. A backend may finish inside start(),
 * before the loop runs (a quit() then would be lost and the loop would wait forever), and a
 * secret service that never answers must not hang a transfer or a run: 20 s at most.
 */
bool runJob(QKeychain::Job* job, QString* error, int timeoutSeconds = 20)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&done, &loop] {
        done = true;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    if (!done) {
        timeout.start(timeoutSeconds * 1000);
        loop.exec();
    }
    if (!done) {
        if (error)
            *error = SecretStore::tr("The system keychain did not answer within %n second(s).",
                                     nullptr, timeoutSeconds);
        return false;
    }
    if (job->error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job->errorString();
    return false;
}

/**
 * Whether a D-Bus session bus is there to ask (the secret service and KWallet live on it).
 * Without one, QtKeychain's job waits for an answer that never comes: on a headless server or
 * over ssh, every command reading a secret would stall for the whole timeout.
 */
bool sessionBusExists()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}

} // namespace

SecretStore::SecretStore() = default;

QString SecretStore::filePath()
{
    const QString env = qEnvironmentVariable("STEWARD_SECRETS_FILE");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("secrets.enc"));
}

QString SecretStore::repositoryKey(const QString& repositoryName)
{
    return QStringLiteral("repository/") + repositoryName;
}

std::function<QString()> SecretStore::repositorySecret(const QString& repositoryName)
{
    return [repositoryName] {
        SecretStore secrets;
        QString value;
        QString ignored;
        secrets.read(repositoryKey(repositoryName), &value, &ignored);
        return value;
    };
}

bool SecretStore::useKeychain() const
{
    if (qEnvironmentVariable("STEWARD_NO_KEYCHAIN") == QLatin1String("1"))
        return false;
    // A keychain needs a session bus with a secret service; probe once per process with a read
    // (each probe can cost a D-Bus round trip, and every transfer part reads a secret).
    static std::atomic_int state{-1}; // -1 unknown, 0 unavailable, 1 available
    if (state.load() < 0 && !sessionBusExists())
        state.store(0);
    // Workers starting together would each probe at once: QtKeychain jobs run concurrently
    // from several threads at start-up were seen to hang until the timeout. One probes.
    static std::mutex probing;
    const std::lock_guard<std::mutex> lock(probing);
    if (state.load() < 0) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(QStringLiteral("steward/probe"));
        QString error;
        // A running secret service answers in milliseconds; one that hangs is not usable.
        const bool answered = runJob(&job, &error, 5) || job.error() != QKeychain::NoError;
        state.store(answered && (job.error() == QKeychain::NoError ||
                                 job.error() == QKeychain::EntryNotFound)
                        ? 1
                        : 0);
    }
    return state.load() == 1;
}

QString SecretStore::backendName() const
{
    return useKeychain() ? tr("the system keychain") : filePath();
}

bool SecretStore::keychainWrite(const QString& key, const QString& secret, QString* error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(secret);
    return runJob(&job, error);
}

bool SecretStore::keychainRead(const QString& key, QString* secret, QString* error, bool* notFound)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    if (!runJob(&job, error)) {
        if (notFound)
            *notFound = job.error() == QKeychain::EntryNotFound;
        return false;
    }
    *secret = job.textData();
    return true;
}

bool SecretStore::keychainRemove(const QString& key, QString* error)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    return runJob(&job, error) || job.error() == QKeychain::EntryNotFound;
}

QString SecretStore::passphrase(bool creating, QString* error)
{
    QString p = qEnvironmentVariable("STEWARD_SECRETS_PASSPHRASE");
    if (p.isEmpty() && m_provider)
        p = m_provider(creating);
    if (p.isEmpty() && error)
        *error = tr("No keychain service is running, so secrets are kept in %1, encrypted "
                    "with a passphrase: set STEWARD_SECRETS_PASSPHRASE or enter it when asked.")
                     .arg(filePath());
    return p;
}

namespace {

/**
 * The decrypted secrets file, kept while the file is unchanged: the transfer engine reads the
 * secret before every part (credentials rotate), and deriving the key with scrypt each time
 * would cost 0.1 s of CPU per read. A changed file (size, time, path) is read again.
 */
struct FileCache
{
    std::mutex mutex;
    QString path;
    qint64 size = -1;
    QDateTime modified;
    QString passphrase;
    QJsonObject map;
};

FileCache& fileCache()
{
    static FileCache cache;
    return cache;
}

} // namespace

bool SecretStore::fileLoad(QJsonObject* map, bool creating, QString* error)
{
    {
        FileCache& cache = fileCache();
        std::lock_guard<std::mutex> lock(cache.mutex);
        const QFileInfo info(filePath());
        const QString pass = qEnvironmentVariable("STEWARD_SECRETS_PASSPHRASE");
        if (info.exists() && cache.path == info.absoluteFilePath() && cache.size == info.size() &&
            cache.modified == info.lastModified() && (pass.isEmpty() || pass == cache.passphrase)) {
            *map = cache.map;
            return true;
        }
    }
    QFile file(filePath());
    if (!file.exists()) {
        *map = QJsonObject();
        if (creating)
            return true;
        if (error)
            *error = tr("No secrets are stored in %1 yet.").arg(filePath());
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const QString pass = passphrase(false, error);
    if (pass.isEmpty())
        return false;
    QByteArray plain;
    QString why;
    if (!SecretBox::openWithPassphrase(o, pass, &plain, &why)) {
        if (error)
            *error =
                tr("The passphrase does not unlock %1 (or the file was changed).").arg(filePath());
        return false;
    }
    *map = QJsonDocument::fromJson(plain).object();
    FileCache& cache = fileCache();
    std::lock_guard<std::mutex> lock(cache.mutex);
    const QFileInfo info(filePath());
    cache.path = info.absoluteFilePath();
    cache.size = info.size();
    cache.modified = info.lastModified();
    cache.passphrase = pass;
    cache.map = *map;
    return true;
}

bool SecretStore::fileSave(const QJsonObject& map, QString* error)
{
    const QString pass = passphrase(!QFile::exists(filePath()), error);
    if (pass.isEmpty())
        return false;
    const QJsonObject o =
        SecretBox::sealWithPassphrase(QJsonDocument(map).toJson(QJsonDocument::Compact), pass,
                                      QStringLiteral("steward-secrets-1"));
    if (o.isEmpty()) {
        if (error)
            *error = tr("Encrypting the secrets failed (OpenSSL).");
        return false;
    }
    QDir().mkpath(QFileInfo(filePath()).absolutePath());
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(filePath(), file.errorString());
        return false;
    }
    return true;
}

bool SecretStore::write(const QString& key, const QString& secret, QString* error)
{
    if (useKeychain())
        return keychainWrite(key, secret, error);
    QJsonObject map;
    if (!fileLoad(&map, true, error))
        return false;
    map.insert(key, secret);
    return fileSave(map, error);
}

bool SecretStore::read(const QString& key, QString* secret, QString* error, bool* notFound)
{
    if (notFound)
        *notFound = false;
    if (useKeychain())
        return keychainRead(key, secret, error, notFound);
    QJsonObject map;
    if (!QFile::exists(filePath()) && notFound)
        *notFound = true;
    if (!fileLoad(&map, false, error))
        return false;
    if (!map.contains(key)) {
        if (notFound)
            *notFound = true;
        if (error)
            *error = tr("No secret is stored for %1.").arg(key);
        return false;
    }
    *secret = map.value(key).toString();
    return true;
}

bool SecretStore::remove(const QString& key, QString* error)
{
    if (useKeychain())
        return keychainRemove(key, error);
    if (!QFile::exists(filePath()))
        return true;
    QJsonObject map;
    if (!fileLoad(&map, false, error))
        return false;
    map.remove(key);
    return fileSave(map, error);
}

} // namespace steward
