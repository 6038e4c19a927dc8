#include "models/transfer/CurlHandle.h"

#include <cstring>
#include <mutex>

#include <QCoreApplication>
#include <QFile>

namespace steward {
namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

CurlHandle::CurlHandle()
{
    globalInit();
    m_curl = curl_easy_init();
}

CurlHandle::~CurlHandle()
{
    if (m_headers)
        curl_slist_free_all(m_headers);
    if (m_curl)
        curl_easy_cleanup(m_curl);
}

void CurlHandle::setCaFile(const QString& path)
{
    m_caFile = QFile::encodeName(path);
}

void CurlHandle::prepare(const RequestControl& control)
{
    curl_easy_reset(m_curl);
    if (m_headers) {
        curl_slist_free_all(m_headers);
        m_headers = nullptr;
    }
    m_body.clear();
    m_responseHeaders.clear();
    clearBodies();
    m_control = control;
    m_error[0] = '\0';
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_error);
    curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_caFile.isEmpty()) // with the system's folder of CAs (CURLOPT_CAPATH) still trusted
        curl_easy_setopt(m_curl, CURLOPT_CAINFO, m_caFile.constData());
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, long(control.connectTimeoutSeconds));
    if (control.stallSeconds > 0) {
        curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME, long(control.stallSeconds));
    }
    if (control.maxSendBytesPerSecond > 0)
        curl_easy_setopt(m_curl, CURLOPT_MAX_SEND_SPEED_LARGE,
                         curl_off_t(control.maxSendBytesPerSecond));
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &CurlHandle::writeBody);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_HEADERFUNCTION, &CurlHandle::writeHeader);
    curl_easy_setopt(m_curl, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, &CurlHandle::onProgress);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, this);
    // Never let a proxy from the environment see credentials by surprise: libcurl honours
    // the usual *_proxy variables, which is what users behind a proxy expect.
}

void CurlHandle::clearBodies()
{
    m_uploadFile.reset();
    m_uploadBytes.clear();
    m_uploadOffset = m_uploadLength = m_uploadPos = 0;
    m_sink = nullptr;
    m_localError.clear();
}

bool CurlHandle::setUploadFileRange(const QString& path, qint64 offset, qint64 length,
                                    QString* error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly) || !file->seek(offset)) {
        if (error)
            *error = RemoteResult::tr("Cannot read %1: %2").arg(path, file->errorString());
        return false;
    }
    m_uploadFile = std::move(file);
    m_uploadBytes.clear();
    m_uploadOffset = offset;
    m_uploadLength = length;
    m_uploadPos = 0;
    curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(m_curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(length));
    curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, &CurlHandle::readBody);
    curl_easy_setopt(m_curl, CURLOPT_READDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_SEEKFUNCTION, &CurlHandle::seekBody);
    curl_easy_setopt(m_curl, CURLOPT_SEEKDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_UPLOAD_BUFFERSIZE, 2L << 20); // fewer, larger writes
    return true;
}

void CurlHandle::setUploadBytes(const QByteArray& data)
{
    m_uploadFile.reset();
    m_uploadBytes = data;
    m_uploadOffset = 0;
    m_uploadLength = data.size();
    m_uploadPos = 0;
    curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(m_curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(data.size()));
    curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, &CurlHandle::readBody);
    curl_easy_setopt(m_curl, CURLOPT_READDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_SEEKFUNCTION, &CurlHandle::seekBody);
    curl_easy_setopt(m_curl, CURLOPT_SEEKDATA, this);
}

void CurlHandle::setDownloadSink(Sink sink)
{
    m_sink = std::move(sink);
}

size_t CurlHandle::readBody(char* buffer, size_t size, size_t count, void* self)
{
    auto* h = static_cast<CurlHandle*>(self);
    const qint64 wanted = qMin(qint64(size * count), h->m_uploadLength - h->m_uploadPos);
    if (wanted <= 0)
        return 0;
    if (!h->m_uploadFile) {
        memcpy(buffer, h->m_uploadBytes.constData() + h->m_uploadPos, size_t(wanted));
        h->m_uploadPos += wanted;
        return size_t(wanted);
    }
    const qint64 n = h->m_uploadFile->read(buffer, wanted);
    if (n <= 0) {
        // Returning 0 early would make libcurl send a short body the server waits for.
        h->m_localError =
            n < 0 ? RemoteResult::tr("Cannot read %1: %2")
                        .arg(h->m_uploadFile->fileName(), h->m_uploadFile->errorString())
                  : RemoteResult::tr("%1 became shorter while it was being sent: "
                                     "it was changed on disk. Check the file "
                                     "and send it again.")
                        .arg(h->m_uploadFile->fileName());
        return CURL_READFUNC_ABORT;
    }
    h->m_uploadPos += n;
    return size_t(n);
}

int CurlHandle::seekBody(void* self, curl_off_t offset, int origin)
{
    auto* h = static_cast<CurlHandle*>(self);
    if (origin != SEEK_SET || offset < 0 || offset > h->m_uploadLength)
        return CURL_SEEKFUNC_CANTSEEK;
    if (h->m_uploadFile && !h->m_uploadFile->seek(h->m_uploadOffset + qint64(offset)))
        return CURL_SEEKFUNC_FAIL;
    h->m_uploadPos = qint64(offset);
    return CURL_SEEKFUNC_OK;
}

void CurlHandle::addHeader(const QByteArray& header)
{
    m_headers = curl_slist_append(m_headers, header.constData());
}

void CurlHandle::applyHeaders()
{
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, m_headers);
}

QByteArray CurlHandle::responseHeader(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& [key, value] : m_responseHeaders) {
        if (key == lower)
            return value;
    }
    return QByteArray();
}

long CurlHandle::httpStatus() const
{
    long status = 0;
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &status);
    return status;
}

RemoteResult::Kind CurlHandle::classify(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return RemoteResult::Kind::Ok;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return RemoteResult::Kind::Offline;
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSH:
        return RemoteResult::Kind::Transient;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return RemoteResult::Kind::HostKey;
    case CURLE_LOGIN_DENIED:
        return RemoteResult::Kind::Auth;
    case CURLE_REMOTE_ACCESS_DENIED:
        return RemoteResult::Kind::Permission;
    case CURLE_REMOTE_DISK_FULL:
        return RemoteResult::Kind::Space;
    case CURLE_REMOTE_FILE_NOT_FOUND:
        return RemoteResult::Kind::NotFound;
    case CURLE_ABORTED_BY_CALLBACK:
        return RemoteResult::Kind::Cancelled;
    default:
        return RemoteResult::Kind::Fatal;
    }
}

RemoteResult CurlHandle::perform(const QString& what)
{
    const CURLcode code = curl_easy_perform(m_curl);
    if (code == CURLE_OK)
        return RemoteResult::success();
    if (!m_localError.isEmpty()) // our side failed (file, disk): retrying the same won't help
        return RemoteResult::failure(
            RemoteResult::Kind::Fatal, RemoteResult::tr("%1 failed: %2").arg(what, m_localError),
            int(httpStatus()), QString::fromLatin1(curl_easy_strerror(code)));
    const RemoteResult::Kind kind = classify(code);
    QString detail = QString::fromUtf8(m_error);
    if (detail.isEmpty())
        detail = QString::fromUtf8(curl_easy_strerror(code));
    QString message;
    switch (kind) {
    case RemoteResult::Kind::Offline:
        message = RemoteResult::tr("%1: the server cannot be reached (%2). Steward retries "
                                   "when the network is back.")
                      .arg(what, detail);
        break;
    case RemoteResult::Kind::Cancelled:
        message = RemoteResult::tr("%1: stopped.").arg(what);
        break;
    case RemoteResult::Kind::HostKey:
        message = RemoteResult::tr("%1: the server's identity could not be verified (%2). "
                                   "Check the host key or certificate before trusting it.")
                      .arg(what, detail);
        break;
    default:
        message = RemoteResult::tr("%1 failed: %2").arg(what, detail);
        break;
    }
    return RemoteResult::failure(kind, message, int(httpStatus()),
                                 QString::fromLatin1(curl_easy_strerror(code)));
}

size_t CurlHandle::writeBody(char* data, size_t size, size_t count, void* self)
{
    auto* h = static_cast<CurlHandle*>(self);
    if (h->m_sink) {
        long status = 0;
        curl_easy_getinfo(h->m_curl, CURLINFO_RESPONSE_CODE, &status);
        if (status >= 200 && status < 300) {
            QString error;
            if (!h->m_sink(data, qint64(size * count), &error)) {
                h->m_localError = error;
                return 0; // CURLE_WRITE_ERROR
            }
            return size * count;
        }
    }
    // Error documents and listings are small; cap what is kept so a wrong URL can't fill memory.
    constexpr int kMaxBody = 16 << 20;
    if (h->m_body.size() < kMaxBody)
        h->m_body.append(data, qsizetype(size * count));
    return size * count;
}

size_t CurlHandle::writeHeader(char* data, size_t size, size_t count, void* self)
{
    auto* h = static_cast<CurlHandle*>(self);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    const int colon = int(line.indexOf(':'));
    if (colon > 0)
        h->m_responseHeaders.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    else if (line.startsWith("HTTP/"))
        h->m_responseHeaders.clear(); // a new response (after 100-continue or a redirect)
    return size * count;
}

int CurlHandle::onProgress(void* self, curl_off_t, curl_off_t dlNow, curl_off_t, curl_off_t ulNow)
{
    auto* h = static_cast<CurlHandle*>(self);
    if (h->m_control.cancel && h->m_control.cancel->load())
        return 1;
    if (h->m_control.progress)
        h->m_control.progress(qint64(ulNow), qint64(dlNow));
    return 0;
}

} // namespace steward
