#include "models/transfer/WebDavClient.h"

#include <QDir>
#include <QSaveFile>
#include <QUrl>
#include <QXmlStreamReader>

#include "models/transfer/DownloadSink.h"
#include "models/transfer/FileRangeReader.h"

namespace steward {
namespace {

const QString kDav = QStringLiteral("DAV:");

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

long metadataTimeout(const RequestControl& control)
{
    return long(control.connectTimeoutSeconds + qMax(control.stallSeconds, 30));
}

QString withoutTrailingSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

struct Parsed
{
    QString href;
    WebDavClient::Entry entry;
};

/** The responses of a 207 multistatus (RFC 4918), namespace-aware; false when unreadable. */
bool parseMultistatus(const QByteArray& body, QVector<Parsed>* out)
{
    QXmlStreamReader xml(body);
    Parsed current;
    bool inResponse = false;
    QString propstatStatus;
    bool collection = false;
    qint64 length = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == kDav) {
            const auto name = xml.name();
            if (name == QLatin1String("response")) {
                current = Parsed();
                inResponse = true;
            } else if (name == QLatin1String("href") && inResponse) {
                current.href = xml.readElementText().trimmed();
            } else if (name == QLatin1String("propstat")) {
                propstatStatus.clear();
                collection = false;
                length = -1;
            } else if (name == QLatin1String("status")) {
                propstatStatus = xml.readElementText().trimmed();
            } else if (name == QLatin1String("collection")) {
                collection = true;
            } else if (name == QLatin1String("getcontentlength")) {
                bool ok = false;
                const qint64 value = xml.readElementText().trimmed().toLongLong(&ok);
                length = ok ? value : -1;
            }
        } else if (xml.isEndElement() && xml.namespaceUri() == kDav) {
            const auto name = xml.name();
            if (name == QLatin1String("propstat")) {
                // Properties under a non-200 propstat are the ones the server lacks.
                if (propstatStatus.section(QLatin1Char(' '), 1, 1) == QLatin1String("200")) {
                    current.entry.isDir = current.entry.isDir || collection;
                    if (length >= 0)
                        current.entry.size = length;
                }
            } else if (name == QLatin1String("response")) {
                if (current.entry.isDir)
                    current.entry.size = -1;
                if (!current.href.isEmpty())
                    out->append(current);
                inResponse = false;
            }
        }
    }
    return !xml.hasError();
}

const QByteArray kPropfindBody =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/><d:getcontentlength/></d:prop>"
    "</d:propfind>\n";

} // namespace

WebDavClient::WebDavClient(WebDavConfig config) : m_config(std::move(config))
{
    m_curl.setCaFile(m_config.caFile);
    QUrl url(m_config.url.trimmed());
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.host().isEmpty() &&
        (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        url = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        if (!url.path().endsWith(QLatin1Char('/')))
            url.setPath(url.path() + QLatin1Char('/'));
        m_base = url.toEncoded();
        m_server = url.adjusted(QUrl::RemovePath).toDisplayString();
    } else {
        m_server = url.adjusted(QUrl::RemoveUserInfo).toDisplayString();
    }
}

WebDavClient::~WebDavClient() = default;

QString WebDavClient::urlOf(const QString& remotePath) const
{
    return QString::fromLatin1(target(remotePath).url);
}

WebDavClient::Target WebDavClient::target(const QString& remotePath, bool asFolder) const
{
    Target t;
    QStringList parts;
    const bool ok = appendSegments(remotePath, &parts);
    QByteArray path;
    for (int i = 0; i < parts.size(); ++i)
        path += (i ? "/" : "") + QUrl::toPercentEncoding(parts.at(i));
    if (asFolder && !parts.isEmpty())
        path += '/';
    t.url = m_base + path;
    t.display = QUrl::fromEncoded(t.url).toDisplayString();
    if (m_base.isEmpty())
        t.error = tr("The WebDAV address %1 is not an http or https URL: correct it in the "
                     "repository settings.")
                      .arg(m_server);
    else if (!ok)
        t.error = tr("The remote path %1 is not allowed: it contains \"..\" or a control "
                     "character.")
                      .arg(remotePath);
    return t;
}

RemoteResult WebDavClient::begin(const RequestControl& control, const Target& target,
                                 const QString& action)
{
    if (!target.error.isEmpty())
        return RemoteResult::failure(RemoteResult::Kind::Fatal, target.error);
    if (control.cancel && control.cancel->load())
        return RemoteResult::failure(RemoteResult::Kind::Cancelled, tr("%1: stopped.").arg(action));
    m_curl.prepare(control);
    CURL* c = m_curl.get();
    m_error[0] = '\0';
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, m_error);
    curl_easy_setopt(c, CURLOPT_URL, target.url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    if (!m_config.user.isEmpty()) {
        // Basic only: libcurl sends it up front, so a large PUT is never sent twice to learn
        // which scheme the server wants.
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(c, CURLOPT_USERNAME, m_config.user.toUtf8().constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, m_config.password.toUtf8().constData());
    }
    curl_easy_setopt(c, CURLOPT_UPLOAD_BUFFERSIZE, long(512 * 1024));
    curl_easy_setopt(c, CURLOPT_BUFFERSIZE, long(512 * 1024));
    if (m_freshConnection) {
        curl_easy_setopt(c, CURLOPT_FRESH_CONNECT, 1L);
        m_freshConnection = false;
    }
    return RemoteResult::success();
}

RemoteResult WebDavClient::perform(const QString& action, Response* response)
{
    const CURLcode code = curl_easy_perform(m_curl.get());
    response->status = m_curl.httpStatus();
    response->body = m_curl.responseBody();
    if (code == CURLE_OK)
        return RemoteResult::success();
    m_freshConnection = true;
    QString detail = QString::fromUtf8(m_error).trimmed();
    if (detail.isEmpty())
        detail = QString::fromUtf8(curl_easy_strerror(code));
    const RemoteResult::Kind kind = CurlHandle::classify(code);
    QString message;
    switch (kind) {
    case RemoteResult::Kind::Cancelled:
        message = tr("%1: stopped.").arg(action);
        break;
    case RemoteResult::Kind::Offline:
        message = tr("%1: the WebDAV server at %2 cannot be reached (%3). Steward retries when "
                     "the network is back.")
                      .arg(action, m_server, detail);
        break;
    case RemoteResult::Kind::Transient:
        message = tr("%1: the connection to the WebDAV server at %2 failed (%3). Steward "
                     "retries.")
                      .arg(action, m_server, detail);
        break;
    case RemoteResult::Kind::HostKey:
        message = tr("%1: the certificate of %2 could not be verified (%3). Check the address; "
                     "if the server uses its own certificate authority, give its certificate to "
                     "the repository (CA certificate, --ca-file) or install it on this computer. "
                     "Steward never sends data to an unverified server.")
                      .arg(action, m_server, detail);
        break;
    default:
        message = tr("%1 failed: %2.").arg(action, detail);
        break;
    }
    return RemoteResult::failure(kind, message, int(response->status),
                                 QString::fromLatin1(curl_easy_strerror(code)));
}

RemoteResult WebDavClient::httpFailure(long status, const QString& action,
                                       const QString& display) const
{
    RemoteResult::Kind kind = RemoteResult::Kind::Fatal;
    QString message;
    QString code;
    if (status == 401) {
        kind = RemoteResult::Kind::Auth;
        message = tr("The WebDAV server at %1 refused the user name or password of %2 (HTTP "
                     "401). Check them in the repository settings; some servers (Nextcloud "
                     "with two-factor login) need an app password.")
                      .arg(m_server, m_config.user);
    } else if (status == 403) {
        kind = RemoteResult::Kind::Permission;
        message = tr("%1: the WebDAV server at %2 does not allow this for user %3 (HTTP 403). "
                     "Check the folder in the repository settings or ask the server's "
                     "administrator for write access.")
                      .arg(action, m_server, m_config.user);
    } else if (status == 404 || status == 409 || status == 410) {
        kind = RemoteResult::Kind::NotFound;
        message = tr("%1: %2 or its folder does not exist (HTTP %3). Check the address in the "
                     "repository settings.")
                      .arg(action, display)
                      .arg(status);
    } else if (status == 412) {
        code = QStringLiteral("exists");
        message = tr("%1: the target already exists on the WebDAV server and Steward did not "
                     "replace it (HTTP 412).")
                      .arg(action);
    } else if (status == 507) {
        kind = RemoteResult::Kind::Space;
        message = tr("%1: the WebDAV server at %2 has no space left or the quota of %3 is used "
                     "up (HTTP 507). Free space or ask for a larger quota, then resume.")
                      .arg(action, m_server, m_config.user);
    } else if (status == 413) {
        message = tr("%1: the WebDAV server at %2 refuses files this large (HTTP 413). Ask its "
                     "administrator to raise the upload limit.")
                      .arg(action, m_server);
    } else if (status == 408 || status == 429 ||
               (status >= 500 && status != 501 && status != 505)) {
        kind = RemoteResult::Kind::Transient;
        message = tr("%1: the WebDAV server at %2 is busy or failed (HTTP %3). Steward retries.")
                      .arg(action, m_server)
                      .arg(status);
    } else if (status >= 300 && status < 400) {
        message = tr("%1: the WebDAV server at %2 redirects elsewhere (HTTP %3). Check the "
                     "address in the repository settings (http or https, a missing path).")
                      .arg(action, m_server)
                      .arg(status);
    } else {
        message = tr("%1: the WebDAV server at %2 answered HTTP %3. Is the address that of a "
                     "WebDAV folder?")
                      .arg(action, m_server)
                      .arg(status);
    }
    return RemoteResult::failure(kind, message, int(status), code);
}

RemoteResult WebDavClient::propfind(const RequestControl& control, const Target& target, int depth,
                                    const QString& action, QVector<Entry>* entries,
                                    Response* response)
{
    RemoteResult r = begin(control, target, action);
    if (!r.ok())
        return r;
    CURL* c = m_curl.get();
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, "PROPFIND");
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, kPropfindBody.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, long(kPropfindBody.size()));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, metadataTimeout(control) * (depth > 0 ? 10 : 1));
    m_curl.addHeader("Depth: " + QByteArray::number(depth));
    m_curl.addHeader("Content-Type: application/xml; charset=utf-8");
    m_curl.applyHeaders();
    r = perform(action, response);
    if (!r.ok() || response->status != 207)
        return r;

    QVector<Parsed> parsed;
    if (!parseMultistatus(response->body, &parsed))
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("%1: the WebDAV server at %2 sent a listing Steward "
                                        "cannot read.")
                                         .arg(action, m_server),
                                     207);
    // Members are named relative to the requested collection; the collection itself is left
    // out (hrefs may be absolute URLs or absolute paths, percent-encoded).
    const QString own =
        withoutTrailingSlash(QUrl::fromEncoded(target.url).path(QUrl::FullyDecoded));
    for (Parsed& p : parsed) {
        const QString path =
            withoutTrailingSlash(QUrl(p.href, QUrl::TolerantMode).path(QUrl::FullyDecoded));
        if (depth > 0 && path == own)
            continue;
        p.entry.name = path.section(QLatin1Char('/'), -1);
        entries->append(p.entry);
    }
    return RemoteResult::success();
}

RemoteResult WebDavClient::size(const RequestControl& control, const QString& remotePath,
                                qint64* size)
{
    *size = -1;
    const Target t = target(remotePath);
    const QString action = tr("Checking %1").arg(t.display);
    QVector<Entry> entries;
    Response response;
    const RemoteResult r = propfind(control, t, 0, action, &entries, &response);
    if (!r.ok())
        return r;
    if (response.status == 404)
        return RemoteResult::success();
    if (response.status != 207)
        return httpFailure(response.status, action, t.display);
    if (entries.isEmpty())
        return RemoteResult::failure(
            RemoteResult::Kind::Fatal,
            tr("%1: the WebDAV server at %2 did not report a size.").arg(action, m_server), 207);
    if (entries.first().isDir)
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("%1 is a folder, not a file.").arg(t.display), 207,
                                     QStringLiteral("is-folder"));
    *size = qMax<qint64>(entries.first().size, 0);
    return RemoteResult::success();
}

RemoteResult WebDavClient::upload(const RequestControl& control, const QString& localPath,
                                  const QString& remotePath)
{
    const Target t = target(remotePath);
    const QString action =
        tr("Uploading %1 to %2").arg(QDir::toNativeSeparators(localPath), t.display);
    FileRangeReader reader;
    QString error;
    if (t.error.isEmpty() && !reader.open(localPath, 0, -1, &error))
        return RemoteResult::failure(RemoteResult::Kind::Fatal, error, 0,
                                     QStringLiteral("local-read"));
    RemoteResult r = begin(control, t, action);
    if (!r.ok())
        return r;
    CURL* c = m_curl.get();
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    reader.install(c);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(reader.length()));
    Response response;
    r = perform(action, &response);
    if (reader.failed()) {
        m_freshConnection = true;
        return RemoteResult::failure(RemoteResult::Kind::Fatal, reader.error(), 0,
                                     QStringLiteral("local-read"));
    }
    if (!r.ok())
        return r;
    if (response.status == 200 || response.status == 201 || response.status == 204)
        return RemoteResult::success();
    if (response.status == 500)
        return RemoteResult::failure(
            RemoteResult::Kind::Transient,
            tr("%1: the WebDAV server at %2 could not store the file (HTTP 500).")
                .arg(action, m_server),
            500, QString::fromLatin1(kStoreFailed));
    return httpFailure(response.status, action, t.display);
}

RemoteResult WebDavClient::move(const RequestControl& control, const QString& from,
                                const QString& to, bool overwrite)
{
    const Target f = target(from);
    const Target t = target(to);
    const QString action = tr("Moving %1 to %2").arg(f.display, t.display);
    if (!t.error.isEmpty())
        return RemoteResult::failure(RemoteResult::Kind::Fatal, t.error);
    RemoteResult r = begin(control, f, action);
    if (!r.ok())
        return r;
    curl_easy_setopt(m_curl.get(), CURLOPT_CUSTOMREQUEST, "MOVE");
    curl_easy_setopt(m_curl.get(), CURLOPT_TIMEOUT, metadataTimeout(control));
    m_curl.addHeader("Destination: " + t.url);
    m_curl.addHeader(overwrite ? "Overwrite: T" : "Overwrite: F");
    m_curl.applyHeaders();
    Response response;
    r = perform(action, &response);
    if (!r.ok())
        return r;
    if (response.status == 201 || response.status == 204 || response.status == 200)
        return RemoteResult::success();
    return httpFailure(response.status, action, f.display);
}

RemoteResult WebDavClient::mkcol(const RequestControl& control, const QString& path)
{
    QStringList parts;
    const Target whole = target(path, true);
    const QString action = tr("Creating the folder %1").arg(whole.display);
    if (!whole.error.isEmpty())
        return RemoteResult::failure(RemoteResult::Kind::Fatal, whole.error);
    appendSegments(path, &parts);
    if (parts.isEmpty())
        return RemoteResult::success(); // the base collection

    // Try the folder itself first: one request when only it is missing or it exists. A
    // missing parent (409) makes it walk down from the top.
    auto makeOne = [&](const Target& t, long* status) {
        RemoteResult r = begin(control, t, action);
        if (!r.ok())
            return r;
        curl_easy_setopt(m_curl.get(), CURLOPT_CUSTOMREQUEST, "MKCOL");
        curl_easy_setopt(m_curl.get(), CURLOPT_TIMEOUT, metadataTimeout(control));
        Response response;
        r = perform(action, &response);
        *status = response.status;
        return r;
    };
    long status = 0;
    RemoteResult r = makeOne(whole, &status);
    if (!r.ok())
        return r;
    if (status == 201 || status == 405) // created, or it exists (405: MKCOL not allowed there)
        return RemoteResult::success();
    if (status != 409)
        return httpFailure(status, action, whole.display);
    for (int i = 1; i <= parts.size(); ++i) {
        const Target level = target(parts.mid(0, i).join(QLatin1Char('/')), true);
        r = makeOne(level, &status);
        if (!r.ok())
            return r;
        if (status != 201 && status != 405)
            return httpFailure(status, action, level.display);
    }
    return RemoteResult::success();
}

RemoteResult WebDavClient::remove(const RequestControl& control, const QString& path)
{
    const Target t = target(path);
    const QString action = tr("Removing %1").arg(t.display);
    RemoteResult r = begin(control, t, action);
    if (!r.ok())
        return r;
    curl_easy_setopt(m_curl.get(), CURLOPT_CUSTOMREQUEST, "DELETE");
    curl_easy_setopt(m_curl.get(), CURLOPT_TIMEOUT, metadataTimeout(control));
    Response response;
    r = perform(action, &response);
    if (!r.ok())
        return r;
    if (response.status == 200 || response.status == 204)
        return RemoteResult::success();
    return httpFailure(response.status, action, t.display);
}

RemoteResult WebDavClient::download(const RequestControl& control, const QString& remotePath,
                                    QByteArray* data, qint64 offset, qint64 length)
{
    data->clear();
    const Target t = target(remotePath);
    const QString action = tr("Reading %1").arg(t.display);
    if (offset < 0 || length > kMaxDownloadBytes)
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("%1: %2 bytes from offset %3 cannot be read into memory.")
                                         .arg(action)
                                         .arg(length)
                                         .arg(offset));
    if (length == 0 && t.error.isEmpty())
        return RemoteResult::success();
    RemoteResult r = begin(control, t, action);
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
    sink.expectHttp(c, offset, length);
    sink.install(c);
    Response response;
    r = perform(action, &response);
    if (sink.overflowed()) {
        data->clear();
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("%1: the file is larger than the %2 MiB Steward reads "
                                        "into memory.")
                                         .arg(action)
                                         .arg(kMaxDownloadBytes >> 20));
    }
    if (!r.ok() && !sink.stoppedEarly()) {
        data->clear();
        return r;
    }
    if (response.status == 416) // the offset is at or past the end
        return RemoteResult::success();
    if (response.status != 200 && response.status != 206) {
        data->clear();
        return httpFailure(response.status, action, t.display);
    }
    return RemoteResult::success();
}

RemoteResult WebDavClient::downloadToFile(const RequestControl& control, const QString& remotePath,
                                          const QString& localPath, QByteArray* sha256)
{
    const Target t = target(remotePath);
    const QString action =
        tr("Downloading %1 to %2").arg(t.display, QDir::toNativeSeparators(localPath));
    if (!t.error.isEmpty())
        return RemoteResult::failure(RemoteResult::Kind::Fatal, t.error);
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
    RemoteResult r = begin(control, t, action);
    if (!r.ok())
        return r;
    sink.expectHttp(m_curl.get());
    sink.install(m_curl.get());
    Response response;
    r = perform(action, &response);
    if (sink.failed()) {
        file.cancelWriting();
        return RemoteResult::failure(RemoteResult::Kind::Fatal, sink.error(), 0,
                                     QStringLiteral("local-write"));
    }
    if (!r.ok()) {
        file.cancelWriting();
        return r;
    }
    if (response.status != 200) {
        file.cancelWriting();
        return httpFailure(response.status, action, t.display);
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

RemoteResult WebDavClient::list(const RequestControl& control, const QString& folder,
                                QVector<Entry>* entries)
{
    entries->clear();
    const Target t = target(folder, true);
    const QString action = tr("Listing %1").arg(t.display);
    Response response;
    const RemoteResult r = propfind(control, t, 1, action, entries, &response);
    if (!r.ok()) {
        entries->clear();
        return r;
    }
    if (response.status != 207)
        return httpFailure(response.status, action, t.display);
    return RemoteResult::success();
}

} // namespace steward
