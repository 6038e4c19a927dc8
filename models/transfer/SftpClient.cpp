#include "models/transfer/SftpClient.h"

#include <memory>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

#include "models/transfer/DownloadSink.h"
#include "models/transfer/FileRangeReader.h"
#include "models/transfer/SshHostKey.h"

namespace steward {
namespace {

struct SlistDeleter
{
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

bool appendTo(Slist* list, const QByteArray& item)
{
    curl_slist* head = curl_slist_append(list->get(), item.constData());
    if (!head)
        return false;
    list->release();
    list->reset(head);
    return true;
}

/** Splits a '/'-separated path into segments; false for ".." or control characters. */
bool appendSegments(const QString& path, QStringList* out)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return false;
        for (const QChar c : part) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return false;
        }
        out->append(part);
    }
    return true;
}

/** The control for a helper request inside a call: same cancel and limits, no progress. */
RequestControl silent(const RequestControl& control)
{
    RequestControl quiet = control;
    quiet.progress = nullptr;
    return quiet;
}

/** Seconds allowed for a request that moves no file data (stat, quote commands). */
long metadataTimeout(const RequestControl& control)
{
    return long(control.connectTimeoutSeconds + qMax(control.stallSeconds, 30));
}

} // namespace

SftpClient::SftpClient(SftpConfig config)
    : m_config(std::move(config)),
      m_curlFingerprint(SshHostKey::curlFingerprint(m_config.hostKeyFingerprint))
{}

SftpClient::~SftpClient() = default;

QString SftpClient::server() const
{
    return SshHostKey::hostPort(m_config.host, m_config.port);
}

QString SftpClient::displayUrl(const QString& remotePath) const
{
    return target(remotePath).display;
}

SftpClient::Target SftpClient::target(const QString& remotePath, bool asFolder) const
{
    Target t;
    QStringList parts;
    bool absolute = remotePath.startsWith(QLatin1Char('/'));
    bool ok = true;
    if (!absolute) {
        ok = appendSegments(m_config.remoteFolder, &parts);
        absolute = m_config.remoteFolder.startsWith(QLatin1Char('/'));
    }
    ok = ok && appendSegments(remotePath, &parts);

    t.serverPath = (absolute ? QStringLiteral("/") : QString()) + parts.join(QLatin1Char('/'));
    QByteArray path = absolute ? QByteArray() : QByteArrayLiteral("/~");
    for (const QString& part : std::as_const(parts))
        path += '/' + QUrl::toPercentEncoding(part);
    if (asFolder || parts.isEmpty())
        path += '/';
    t.url = SshHostKey::sftpUrl(m_config.host, m_config.port) + path;
    const QString user = m_config.user.isEmpty() ? QString() : m_config.user + QLatin1Char('@');
    t.display =
        QStringLiteral("sftp://%1%2%3")
            .arg(user, server(), absolute ? t.serverPath : QStringLiteral("/~/") + t.serverPath);
    if (!ok)
        t.error = tr("The remote path %1 is not allowed: it contains \"..\" or a control "
                     "character.")
                      .arg(remotePath);
    return t;
}

QByteArray SftpClient::quoted(const QString& serverPath) const
{
    // libcurl's quote parser unescapes \" and \\ inside double quotes; a relative path is
    // resolved by the server against the login folder.
    QByteArray p = serverPath.isEmpty() ? QByteArrayLiteral(".") : serverPath.toUtf8();
    p.replace('\\', "\\\\");
    p.replace('"', "\\\"");
    return '"' + p + '"';
}

RemoteResult SftpClient::refused(const Target& target) const
{
    return RemoteResult::failure(RemoteResult::Kind::Fatal, target.error);
}

RemoteResult SftpClient::cancelled(const QString& action) const
{
    return RemoteResult::failure(RemoteResult::Kind::Cancelled, tr("%1: stopped.").arg(action));
}

RemoteResult SftpClient::begin(const RequestControl& control, const QByteArray& url)
{
    if (m_curlFingerprint.isEmpty()) {
        const QString message =
            m_config.hostKeyFingerprint.trimmed().isEmpty()
                ? tr("Steward does not know which host key to expect from the SFTP server at "
                     "%1, so it does not connect. Fetch the server's fingerprint in the "
                     "repository settings, compare it with the one the server's administrator "
                     "published and accept it.")
                      .arg(server())
                : tr("The host key fingerprint configured for the SFTP server at %1 (%2) is not "
                     "a SHA-256 fingerprint as OpenSSH prints it (SHA256:...). Fetch the "
                     "server's fingerprint again in the repository settings.")
                      .arg(server(), m_config.hostKeyFingerprint);
        return RemoteResult::failure(RemoteResult::Kind::HostKey, message, 0,
                                     QStringLiteral("no-host-key"));
    }
    if (m_config.privateKeyPath.isEmpty() && m_config.password.isEmpty())
        return RemoteResult::failure(
            RemoteResult::Kind::Auth,
            tr("No private key or password is set for user %1 on the SFTP server at %2: add "
               "one in the repository settings.")
                .arg(m_config.user, server()));
    if (!m_config.privateKeyPath.isEmpty() && !QFileInfo(m_config.privateKeyPath).isReadable())
        return RemoteResult::failure(
            RemoteResult::Kind::Auth,
            tr("The private key file %1 for the SFTP server at %2 cannot be read: check the "
               "path in the repository settings.")
                .arg(QDir::toNativeSeparators(m_config.privateKeyPath), server()));

    m_curl.prepare(control);
    CURL* c = m_curl.get();
    m_error[0] = '\0';
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, m_error);
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "sftp");
    curl_easy_setopt(c, CURLOPT_USERNAME, m_config.user.toUtf8().constData());
    long authTypes = 0;
    if (!m_config.privateKeyPath.isEmpty()) {
        authTypes |= CURLSSH_AUTH_PUBLICKEY;
        curl_easy_setopt(c, CURLOPT_SSH_PRIVATE_KEYFILE,
                         QFile::encodeName(m_config.privateKeyPath).constData());
        // An empty public key file makes libssh2 derive it from the private key instead of
        // libcurl guessing ~/.ssh/id_dsa.pub.
        curl_easy_setopt(c, CURLOPT_SSH_PUBLIC_KEYFILE,
                         QFile::encodeName(m_config.publicKeyPath).constData());
        if (!m_config.keyPassphrase.isEmpty())
            curl_easy_setopt(c, CURLOPT_KEYPASSWD, m_config.keyPassphrase.toUtf8().constData());
    }
    if (!m_config.password.isEmpty()) {
        authTypes |= CURLSSH_AUTH_PASSWORD | CURLSSH_AUTH_KEYBOARD;
        curl_easy_setopt(c, CURLOPT_PASSWORD, m_config.password.toUtf8().constData());
    }
    curl_easy_setopt(c, CURLOPT_SSH_AUTH_TYPES, authTypes);
    curl_easy_setopt(c, CURLOPT_SSH_HOST_PUBLIC_KEY_SHA256, m_curlFingerprint.constData());
    // libssh2 pipelines SFTP writes and reads up to the buffer size: larger buffers keep more
    // requests in flight, which is what makes SFTP fast on a link with latency.
    curl_easy_setopt(c, CURLOPT_UPLOAD_BUFFERSIZE, long(512 * 1024));
    curl_easy_setopt(c, CURLOPT_BUFFERSIZE, long(512 * 1024));
    if (m_freshConnection) {
        curl_easy_setopt(c, CURLOPT_FRESH_CONNECT, 1L);
        m_freshConnection = false;
    }
    return RemoteResult::success();
}

RemoteResult SftpClient::perform(const QString& action, const QString& display)
{
    const CURLcode code = curl_easy_perform(m_curl.get());
    if (code == CURLE_OK)
        return RemoteResult::success();
    return explain(code, action, display);
}

RemoteResult SftpClient::quote(const RequestControl& control, const QList<QByteArray>& commands,
                               const QString& action, const QString& display)
{
    if (control.cancel && control.cancel->load())
        return cancelled(action);
    const Target root = target(QStringLiteral("/"), true);
    RemoteResult r = begin(control, root.url);
    if (!r.ok())
        return r;
    Slist list;
    for (const QByteArray& command : commands) {
        if (!appendTo(&list, command))
            return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                         tr("%1 failed: out of memory.").arg(action));
    }
    // A folder URL with NOBODY runs the commands and transfers nothing.
    curl_easy_setopt(m_curl.get(), CURLOPT_NOBODY, 1L);
    curl_easy_setopt(m_curl.get(), CURLOPT_QUOTE, list.get());
    curl_easy_setopt(m_curl.get(), CURLOPT_TIMEOUT, metadataTimeout(control));
    r = perform(action, display);
    curl_easy_setopt(m_curl.get(), CURLOPT_QUOTE, nullptr);
    return r;
}

RemoteResult SftpClient::size(const RequestControl& control, const QString& remotePath,
                              qint64* size)
{
    *size = -1;
    const Target t = target(remotePath);
    const QString action = tr("Checking %1").arg(t.display);
    if (!t.error.isEmpty())
        return refused(t);
    if (control.cancel && control.cancel->load())
        return cancelled(action);
    RemoteResult r = begin(control, t.url);
    if (!r.ok())
        return r;
    // NOBODY opens and stats the file without reading it.
    curl_easy_setopt(m_curl.get(), CURLOPT_NOBODY, 1L);
    curl_easy_setopt(m_curl.get(), CURLOPT_TIMEOUT, metadataTimeout(control));
    const CURLcode code = curl_easy_perform(m_curl.get());
    if (code == CURLE_REMOTE_FILE_NOT_FOUND)
        return RemoteResult::success();
    if (code != CURLE_OK)
        return explain(code, action, t.display);
    curl_off_t length = -1;
    curl_easy_getinfo(m_curl.get(), CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
    *size = length < 0 ? 0 : qint64(length); // libcurl reports an empty file as unknown (-1)
    return RemoteResult::success();
}

RemoteResult SftpClient::upload(const RequestControl& control, const QString& localPath,
                                qint64 offset, const QString& remotePath, bool append)
{
    const Target t = target(remotePath);
    const QString action =
        tr("Uploading %1 to %2").arg(QDir::toNativeSeparators(localPath), t.display);
    if (!t.error.isEmpty())
        return refused(t);
    if (offset < 0 || (offset > 0 && !append))
        return RemoteResult::failure(
            RemoteResult::Kind::Fatal,
            tr("%1: offset %2 can only be used when appending.").arg(action).arg(offset));
    if (control.cancel && control.cancel->load())
        return cancelled(action);

    FileRangeReader reader;
    QString error;
    if (!reader.open(localPath, 0, -1, &error))
        return RemoteResult::failure(RemoteResult::Kind::Fatal, error, 0,
                                     QStringLiteral("local-read"));
    if (offset > reader.length())
        return RemoteResult::failure(
            RemoteResult::Kind::Fatal,
            tr("%1: the remote file already holds %2 bytes, more than the %3 of the local "
               "file. Steward uploads the file again from the start.")
                .arg(action)
                .arg(offset)
                .arg(reader.length()),
            0, QStringLiteral("size-mismatch"));

    if (append) {
        // Appending to a file of another size would corrupt it silently: check first.
        qint64 remoteSize = -1;
        const RemoteResult r = size(silent(control), remotePath, &remoteSize);
        if (!r.ok())
            return r;
        if (qMax<qint64>(remoteSize, 0) != offset)
            return RemoteResult::failure(
                RemoteResult::Kind::Fatal,
                tr("%1: the remote file holds %2 bytes, not the %3 this upload resumes from. "
                   "Steward uploads the file again from the start.")
                    .arg(action)
                    .arg(remoteSize)
                    .arg(offset),
                0, QStringLiteral("size-mismatch"));
    }

    RemoteResult r = begin(control, t.url);
    if (!r.ok())
        return r;
    CURL* c = m_curl.get();
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    reader.install(c);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(reader.length()));
    if (append) {
        // APPEND opens with O_APPEND (created if missing); RESUME_FROM also makes libssh2 write
        // at explicit offsets from `offset` and makes libcurl seek the reader there, so a
        // server that ignores the append flag still writes in the right place.
        curl_easy_setopt(c, CURLOPT_APPEND, 1L);
        if (offset > 0)
            curl_easy_setopt(c, CURLOPT_RESUME_FROM_LARGE, curl_off_t(offset));
    }
    const CURLcode code = curl_easy_perform(c);
    if (reader.failed()) {
        m_freshConnection = true;
        return RemoteResult::failure(RemoteResult::Kind::Fatal, reader.error(), 0,
                                     QStringLiteral("local-read"));
    }
    if (code == CURLE_OK) {
        // With O_APPEND (which libcurl always uses to resume) every write lands at the end,
        // so a second writer, such as the server still draining the queued writes of a
        // session that was cut, would duplicate data. Any such write makes the file longer:
        // the size after the upload catches it.
        qint64 after = -1;
        const RemoteResult check = size(silent(control), remotePath, &after);
        if (!check.ok())
            return check;
        if (after != reader.length())
            return RemoteResult::failure(
                RemoteResult::Kind::Fatal,
                tr("%1: the remote file holds %2 bytes after the upload instead of %3: something "
                   "else wrote to it. Steward uploads the file again from the start.")
                    .arg(action)
                    .arg(after)
                    .arg(reader.length()),
                0, QStringLiteral("size-mismatch"));
        return RemoteResult::success();
    }
    RemoteResult failed = explain(code, action, t.display);
    if (code == CURLE_SSH && failed.kind == RemoteResult::Kind::Transient) {
        // OpenSSH (SFTP v3) reports a full disk only as a generic failure, which would be
        // retried for ever: ask the server how much room is left.
        QString folder = remotePath.section(QLatin1Char('/'), 0, -2);
        if (folder.isEmpty() && remotePath.startsWith(QLatin1Char('/')))
            folder = QStringLiteral("/");
        qint64 free = -1;
        RequestControl quick = silent(control);
        quick.connectTimeoutSeconds = qMin(control.connectTimeoutSeconds, 10);
        if (freeSpace(quick, folder, &free).ok() && free >= 0 && free < kFullBelowBytes)
            return RemoteResult::failure(
                RemoteResult::Kind::Space,
                tr("%1: the SFTP server at %2 has no space left (%3 bytes free). Free space or "
                   "ask for more, then resume.")
                    .arg(action, server())
                    .arg(free),
                0, QStringLiteral("disk-full"));
    }
    return failed;
}

RemoteResult SftpClient::freeSpace(const RequestControl& control, const QString& folder,
                                   qint64* bytes)
{
    *bytes = -1;
    const Target t = target(folder, true);
    const QString action = tr("Checking the free space in %1").arg(t.display);
    if (!t.error.isEmpty())
        return refused(t);
    if (control.cancel && control.cancel->load())
        return cancelled(action);
    const Target root = target(QStringLiteral("/"), true);
    RemoteResult r = begin(control, root.url);
    if (!r.ok())
        return r;
    Slist list;
    // libcurl writes the statvfs answer as "header" lines ("f_bavail: N").
    if (!appendTo(&list, "*statvfs " + quoted(t.serverPath)))
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("%1 failed: out of memory.").arg(action));
    QByteArray answer;
    DownloadSink sink;
    sink.keepIn(&answer, 64 << 10);
    CURL* c = m_curl.get();
    curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    curl_easy_setopt(c, CURLOPT_QUOTE, list.get());
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, &DownloadSink::write);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &sink);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, metadataTimeout(control));
    const CURLcode code = curl_easy_perform(c);
    curl_easy_setopt(c, CURLOPT_QUOTE, nullptr);
    if (code != CURLE_OK)
        return explain(code, action, t.display);
    qint64 available = -1;
    qint64 fragment = -1;
    const QList<QByteArray> lines = answer.split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("f_bavail:"))
            available = line.mid(9).trimmed().toLongLong();
        else if (line.startsWith("f_frsize:"))
            fragment = line.mid(9).trimmed().toLongLong();
    }
    if (available >= 0 && fragment > 0)
        *bytes = available * fragment;
    return RemoteResult::success();
}

RemoteResult SftpClient::rename(const RequestControl& control, const QString& from,
                                const QString& to)
{
    const Target f = target(from);
    const Target t = target(to);
    const QString action = tr("Renaming %1 to %2").arg(f.display, t.serverPath);
    if (!f.error.isEmpty())
        return refused(f);
    if (!t.error.isEmpty())
        return refused(t);
    const QByteArray renameCommand = "rename " + quoted(f.serverPath) + ' ' + quoted(t.serverPath);
    RemoteResult r = quote(control, {renameCommand}, action, f.display);
    if (r.ok() || r.kind != RemoteResult::Kind::Fatal)
        return r;

    // SFTP v3 refuses to rename onto an existing file ("Operation failed"): when this is a
    // file pushed again, remove the old one and rename. Never remove `to` unless `from` is
    // there to take its place.
    qint64 fromSize = -1;
    qint64 toSize = -1;
    RemoteResult check = size(silent(control), from, &fromSize);
    if (!check.ok())
        return check;
    if (fromSize < 0)
        return RemoteResult::failure(RemoteResult::Kind::NotFound,
                                     tr("%1: %2 does not exist any more.").arg(action, f.display));
    check = size(silent(control), to, &toSize);
    if (!check.ok())
        return check;
    if (toSize < 0)
        return r;
    return quote(control, {"rm " + quoted(t.serverPath), renameCommand}, action, t.display);
}

RemoteResult SftpClient::mkdirs(const RequestControl& control, const QString& path)
{
    const Target t = target(path, true);
    const QString action = tr("Creating the folder %1").arg(t.display);
    if (!t.error.isEmpty())
        return refused(t);
    if (control.cancel && control.cancel->load())
        return cancelled(action);

    // Levels below the remote folder (which must exist) or, for an absolute path, from the
    // root. "*" makes libcurl ignore a failing mkdir: SFTP v3 reports an existing folder only
    // as a generic failure, so existence is checked by opening the folder afterwards.
    QStringList base;
    if (!path.startsWith(QLatin1Char('/')))
        appendSegments(m_config.remoteFolder, &base);
    const QStringList all = t.serverPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString prefix =
        t.serverPath.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString();
    QList<QByteArray> commands;
    for (int i = int(base.size()); i < all.size(); ++i)
        commands.append("*mkdir " + quoted(prefix + all.mid(0, i + 1).join(QLatin1Char('/'))));

    RemoteResult r = begin(control, t.url);
    if (!r.ok())
        return r;
    Slist list;
    for (const QByteArray& command : std::as_const(commands)) {
        if (!appendTo(&list, command))
            return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                         tr("%1 failed: out of memory.").arg(action));
    }
    CURL* c = m_curl.get();
    curl_easy_setopt(c, CURLOPT_QUOTE, list.get());
    curl_easy_setopt(c, CURLOPT_DIRLISTONLY, 1L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, metadataTimeout(control) * 4);
    DownloadSink sink; // the listing proves the folder exists; its content is not needed
    sink.install(c);
    const CURLcode code = curl_easy_perform(c);
    curl_easy_setopt(c, CURLOPT_QUOTE, nullptr);
    if (code == CURLE_OK)
        return RemoteResult::success();
    if (code != CURLE_REMOTE_FILE_NOT_FOUND || commands.isEmpty())
        return explain(code, action, t.display);
    // The folder is still missing: repeat each mkdir without "*" to learn why. A level that
    // exists fails with a generic failure (Fatal here) and is passed over.
    for (QByteArray command : std::as_const(commands)) {
        command.remove(0, 1);
        r = quote(control, {command}, action, t.display);
        if (!r.ok() && r.kind != RemoteResult::Kind::Fatal)
            return r;
    }
    return r;
}

RemoteResult SftpClient::remove(const RequestControl& control, const QString& path)
{
    const Target t = target(path);
    const QString action = tr("Removing %1").arg(t.display);
    if (!t.error.isEmpty())
        return refused(t);
    return quote(control, {"rm " + quoted(t.serverPath)}, action, t.display);
}

RemoteResult SftpClient::download(const RequestControl& control, const QString& remotePath,
                                  QByteArray* data, qint64 offset, qint64 length)
{
    data->clear();
    const Target t = target(remotePath);
    const QString action = tr("Reading %1").arg(t.display);
    if (!t.error.isEmpty())
        return refused(t);
    if (offset < 0 || length > kMaxDownloadBytes)
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("%1: %2 bytes from offset %3 cannot be read into memory.")
                                         .arg(action)
                                         .arg(length)
                                         .arg(offset));
    if (length == 0)
        return RemoteResult::success();
    if (control.cancel && control.cancel->load())
        return cancelled(action);

    if (offset > 0) {
        // libcurl refuses a range that starts past the end: an empty read, not an error.
        qint64 remoteSize = -1;
        const RemoteResult r = size(silent(control), remotePath, &remoteSize);
        if (!r.ok())
            return r;
        if (remoteSize < 0)
            return RemoteResult::failure(
                RemoteResult::Kind::NotFound,
                tr("%1: the file does not exist. Check the remote folder in the repository "
                   "settings.")
                    .arg(action));
        if (offset >= remoteSize)
            return RemoteResult::success();
    }

    RemoteResult r = begin(control, t.url);
    if (!r.ok())
        return r;
    CURL* c = m_curl.get();
    QByteArray range;
    if (offset > 0 || length > 0)
        range = QByteArray::number(offset) + '-' +
                (length > 0 ? QByteArray::number(offset + length - 1) : QByteArray());
    if (!range.isEmpty())
        curl_easy_setopt(c, CURLOPT_RANGE, range.constData());
    DownloadSink sink;
    sink.keepIn(data, length > 0 ? length : kMaxDownloadBytes);
    sink.install(c);
    const CURLcode code = curl_easy_perform(c);
    if (sink.overflowed()) {
        m_freshConnection = true;
        data->clear();
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("%1: the file is larger than the %2 MiB Steward reads "
                                        "into memory.")
                                         .arg(action)
                                         .arg(kMaxDownloadBytes >> 20));
    }
    if (code != CURLE_OK) {
        data->clear();
        return explain(code, action, t.display);
    }
    return RemoteResult::success();
}

RemoteResult SftpClient::downloadToFile(const RequestControl& control, const QString& remotePath,
                                        const QString& localPath, QByteArray* sha256)
{
    const Target t = target(remotePath);
    const QString action =
        tr("Downloading %1 to %2").arg(t.display, QDir::toNativeSeparators(localPath));
    if (!t.error.isEmpty())
        return refused(t);
    if (control.cancel && control.cancel->load())
        return cancelled(action);
    QSaveFile file(localPath);
    if (!file.open(QIODevice::WriteOnly))
        return RemoteResult::failure(
            RemoteResult::Kind::Fatal,
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(localPath), file.errorString()),
            0, QStringLiteral("local-write"));
    DownloadSink sink;
    sink.writeTo(&file);
    if (!sink.hashSha256())
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("OpenSSL could not compute a SHA-256."));
    RemoteResult r = begin(control, t.url);
    if (!r.ok())
        return r;
    sink.install(m_curl.get());
    const CURLcode code = curl_easy_perform(m_curl.get());
    if (sink.failed()) {
        m_freshConnection = true;
        file.cancelWriting();
        return RemoteResult::failure(RemoteResult::Kind::Fatal, sink.error(), 0,
                                     QStringLiteral("local-write"));
    }
    if (code != CURLE_OK) {
        file.cancelWriting();
        return explain(code, action, t.display);
    }
    if (!file.commit())
        return RemoteResult::failure(
            RemoteResult::Kind::Fatal,
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(localPath), file.errorString()),
            0, QStringLiteral("local-write"));
    if (sha256)
        *sha256 = sink.sha256();
    return RemoteResult::success();
}

RemoteResult SftpClient::list(const RequestControl& control, const QString& folder,
                              QVector<Entry>* entries)
{
    entries->clear();
    const Target t = target(folder, true);
    const QString action = tr("Listing %1").arg(t.display);
    if (!t.error.isEmpty())
        return refused(t);
    if (control.cancel && control.cancel->load())
        return cancelled(action);
    RemoteResult r = begin(control, t.url);
    if (!r.ok())
        return r;
    QByteArray listing;
    DownloadSink sink;
    sink.keepIn(&listing, kMaxDownloadBytes);
    sink.install(m_curl.get());
    // Reading a folder happens before libcurl's transfer phase, where stall detection does
    // not reach: bound it in time instead.
    curl_easy_setopt(m_curl.get(), CURLOPT_TIMEOUT, metadataTimeout(control) * 10);
    const CURLcode code = curl_easy_perform(m_curl.get());
    if (sink.overflowed()) {
        m_freshConnection = true;
        return RemoteResult::failure(
            RemoteResult::Kind::Fatal,
            tr("%1: the folder holds too many entries to list.").arg(action));
    }
    if (code != CURLE_OK)
        return explain(code, action, t.display);

    // libcurl passes on the server's "ls -l" style line (SFTP v3 longname). OpenSSH writes
    // "mode links user group size month day time-or-year name", with one space before the
    // name, so names with spaces survive.
    static const QRegularExpression longLine(
        QStringLiteral(R"(^([-dlbcps])\S*\s+\d+\s+\S+\s+\S+\s+(\d+)\s+\S+\s+\d+\s+[\d:]+\s(.+)$)"));
    const QList<QByteArray> lines = listing.split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).remove(QLatin1Char('\r'));
        if (line.isEmpty())
            continue;
        Entry entry;
        const QRegularExpressionMatch m = longLine.match(line);
        if (m.hasMatch()) {
            const QChar type = m.captured(1).at(0);
            entry.isDir = type == QLatin1Char('d');
            entry.size = m.captured(2).toLongLong();
            entry.name = m.captured(3);
            if (type == QLatin1Char('l')) {
                const int arrow = int(entry.name.indexOf(QLatin1String(" -> ")));
                if (arrow > 0)
                    entry.name.truncate(arrow);
            }
        } else {
            entry.name = line.section(QLatin1Char(' '), -1);
        }
        if (entry.name == QLatin1String(".") || entry.name == QLatin1String(".."))
            continue;
        entries->append(entry);
    }
    return RemoteResult::success();
}

RemoteResult SftpClient::prefixSha256(const RequestControl& control, const QString& remotePath,
                                      qint64 length, QByteArray* digest)
{
    digest->clear();
    const Target t = target(remotePath);
    const QString action = tr("Reading back the first %1 bytes of %2").arg(length).arg(t.display);
    if (!t.error.isEmpty())
        return refused(t);
    if (length < 0)
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("%1: the length is negative.").arg(action));
    if (control.cancel && control.cancel->load())
        return cancelled(action);
    DownloadSink sink;
    if (!sink.hashSha256())
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("OpenSSL could not compute a SHA-256."));
    if (length > 0) {
        RemoteResult r = begin(control, t.url);
        if (!r.ok())
            return r;
        const QByteArray range = "0-" + QByteArray::number(length - 1);
        curl_easy_setopt(m_curl.get(), CURLOPT_RANGE, range.constData());
        sink.install(m_curl.get());
        const CURLcode code = curl_easy_perform(m_curl.get());
        if (sink.failed()) {
            m_freshConnection = true;
            return RemoteResult::failure(RemoteResult::Kind::Fatal, sink.error());
        }
        if (code != CURLE_OK)
            return explain(code, action, t.display);
    }
    if (sink.received() != length)
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("%1: the remote file holds only %2 bytes. Steward "
                                        "uploads the file again from the start.")
                                         .arg(action)
                                         .arg(sink.received()),
                                     0, QStringLiteral("size-mismatch"));
    *digest = sink.sha256();
    return RemoteResult::success();
}

RemoteResult SftpClient::probeHostKey(const RequestControl& control, const QString& host, int port,
                                      QString* fingerprint, QString* keyType)
{
    return SshHostKey::probe(control, host, port, fingerprint, keyType);
}

} // namespace steward
