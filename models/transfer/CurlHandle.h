#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <curl/curl.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QFile;

#include "models/transfer/RemoteResult.h"

namespace steward {

/** Options every request of the transfer clients shares: cancellation, stalls, speed. */
struct RequestControl
{
    const std::atomic_bool* cancel = nullptr; // set to abort the request at once
    int connectTimeoutSeconds = 20;
    int stallSeconds = 60;            // below 1 byte/s for this long: abort as Transient
    qint64 maxSendBytesPerSecond = 0; // 0: unlimited (the engine divides the global limit)
    /** Called with the bytes sent (or received) so far in this request. */
    std::function<void(qint64 sent, qint64 received)> progress;
};

/**
 * RAII owner of one libcurl easy handle with the settings every Steward request needs:
 * TLS verification on, no signals, timeouts and stall detection, progress and cancellation
 * through RequestControl, and a header list freed with the handle. curl_global_init runs
 * once, thread-safely, before the first handle.
 */
class CurlHandle final
{
public:
    CurlHandle();
    ~CurlHandle();
    CurlHandle(const CurlHandle&) = delete;
    CurlHandle& operator=(const CurlHandle&) = delete;

    CURL* get() const { return m_curl; }
    explicit operator bool() const { return m_curl != nullptr; }

    /** Resets the handle for a new request and applies the control's settings. */
    void prepare(const RequestControl& control);
    void addHeader(const QByteArray& header);
    /** A PEM file of certificate authorities trusted for this handle's servers in addition to
     * the system's (an institution's own CA); empty for the system's only. */
    void setCaFile(const QString& path);
    /** Sets CURLOPT_HTTPHEADER from the headers added since prepare(). */
    void applyHeaders();

    /** The response body is collected here unless a write callback is set by the caller. */
    QByteArray& responseBody() { return m_body; }
    /** Response headers of the last request, lower-cased names. */
    QByteArray responseHeader(const QByteArray& name) const;
    /** All response headers of the last request (lower-cased names, in order). */
    const QList<QPair<QByteArray, QByteArray>>& responseHeaders() const
    {
        return m_responseHeaders;
    }

    // Request bodies and response sinks; call after prepare(), which clears them.
    /**
     * Sends `length` bytes of the file at `path` from `offset` as the body of an upload
     * (CURLOPT_UPLOAD: PUT unless CURLOPT_CUSTOMREQUEST says otherwise), read in place block
     * by block, never loaded whole, and rewound if libcurl must send it again. False with an
     * error naming the file when it cannot be opened. A file that ends early while it is sent
     * fails the request as Fatal with localError() saying so.
     */
    bool setUploadFileRange(const QString& path, qint64 offset, qint64 length, QString* error);
    /** Sends `data` as the body of an upload (PUT). */
    void setUploadBytes(const QByteArray& data);
    /**
     * Receives the body of a 2xx response instead of responseBody() (error documents still go
     * to responseBody()). Return false with a message to abort the request (disk full...).
     */
    using Sink = std::function<bool(const char* data, qint64 size, QString* error)>;
    void setDownloadSink(Sink sink);
    /** Why the last request failed on this side (upload file shrank, sink failed), or empty. */
    QString localError() const { return m_localError; }

    /** Runs the request; maps curl errors (not HTTP statuses) to a RemoteResult. */
    RemoteResult perform(const QString& what);
    long httpStatus() const;

    /** Classification of a curl error code: offline, transient, host key, auth... */
    static RemoteResult::Kind classify(CURLcode code);

private:
    static size_t writeBody(char* data, size_t size, size_t count, void* self);
    static size_t writeHeader(char* data, size_t size, size_t count, void* self);
    static int onProgress(void* self, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal,
                          curl_off_t ulNow);
    static size_t readBody(char* buffer, size_t size, size_t count, void* self);
    static int seekBody(void* self, curl_off_t offset, int origin);
    void clearBodies();

    CURL* m_curl = nullptr;
    curl_slist* m_headers = nullptr;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    RequestControl m_control;
    char m_error[CURL_ERROR_SIZE] = {};
    QByteArray m_caFile;
    // Upload source: a file range or bytes; m_uploadPos counts from the start of the body.
    std::unique_ptr<QFile> m_uploadFile;
    QByteArray m_uploadBytes;
    qint64 m_uploadOffset = 0;
    qint64 m_uploadLength = 0;
    qint64 m_uploadPos = 0;
    Sink m_sink;
    QString m_localError;
};

} // namespace steward
