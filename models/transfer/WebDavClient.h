#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "models/transfer/CurlHandle.h"
#include "models/transfer/RemoteResult.h"

namespace steward {

/** Where and as whom a WebDavClient talks. The password stays in memory: never in a URL. */
struct WebDavConfig
{
    QString url; // base collection, http or https (user info in it is ignored)
    QString user;
    QString password;
    QString caFile; // PEM certificate authorities trusted besides the system's; may be empty
};

/**
 * A synchronous WebDAV client (libcurl) for one base collection: PROPFIND size and listings,
 * streamed PUT, MOVE, recursive MKCOL, DELETE and ranged or whole-file GET. Each call blocks
 * the calling thread and returns a RemoteResult whose message names the server and path and
 * says what to do. TLS certificates are always verified.
 *
 * WebDAV has no standard partial PUT (nginx answers Content-Range with 501 and other servers
 * ignore it, which would corrupt the file), so an interrupted upload is sent again whole:
 * PUT to a temporary name, then MOVE it into place.
 *
 * Remote paths are '/'-separated and relative to the base URL (a leading '/' is ignored);
 * ".." segments and control characters are refused. Credentials are sent with HTTP Basic
 * authentication, so use https outside a trusted network.
 *
 * An instance owns one libcurl handle whose connection is reused between calls; it is not
 * thread-safe: give each worker thread its own client.
 */
class WebDavClient final
{
    Q_DECLARE_TR_FUNCTIONS(WebDavClient)

public:
    /** download() keeps the bytes in memory: larger reads belong in downloadToFile(). */
    static constexpr qint64 kMaxDownloadBytes = qint64(64) << 20;
    /**
     * remoteCode of a PUT answered with HTTP 500: the server could not store the file. nginx
     * answers a full disk so (RFC 4918 says 507, which maps to Space), as it does a folder it
     * cannot write to; the result is Transient and WebDavBackend decides when to stop retrying.
     */
    static constexpr char kStoreFailed[] = "store-failed";

    struct Entry
    {
        QString name;
        qint64 size = -1; // -1 for collections and when the server does not say
        bool isDir = false;
    };

    explicit WebDavClient(WebDavConfig config);
    ~WebDavClient();
    WebDavClient(const WebDavClient&) = delete;
    WebDavClient& operator=(const WebDavClient&) = delete;

    const WebDavConfig& config() const { return m_config; }

    /** Size of a remote file (PROPFIND, Depth 0); -1 (and Ok) when it does not exist. */
    RemoteResult size(const RequestControl& control, const QString& remotePath, qint64* size);
    /** PUTs the whole of `localPath`, streamed with its Content-Length. */
    RemoteResult upload(const RequestControl& control, const QString& localPath,
                        const QString& remotePath);
    /**
     * MOVEs `from` to `to`. Without `overwrite` an existing `to` is left alone and the call
     * fails (Fatal, httpStatus 412, remoteCode "exists").
     */
    RemoteResult move(const RequestControl& control, const QString& from, const QString& to,
                      bool overwrite);
    /** Creates the collection `path` and its missing parents; Ok when it exists already. */
    RemoteResult mkcol(const RequestControl& control, const QString& path);
    /** Deletes a file; NotFound when it does not exist. */
    RemoteResult remove(const RequestControl& control, const QString& path);
    /**
     * Reads `length` bytes from `offset` (-1: to the end), at most kMaxDownloadBytes. Fewer
     * bytes come back when the file ends first; an offset at or past the end gives none.
     */
    RemoteResult download(const RequestControl& control, const QString& remotePath,
                          QByteArray* data, qint64 offset = 0, qint64 length = -1);
    /**
     * Streams a remote file into `localPath`, replaced only when the whole file arrived
     * (QSaveFile); `sha256` (optional) gets the raw digest of what was written.
     */
    RemoteResult downloadToFile(const RequestControl& control, const QString& remotePath,
                                const QString& localPath, QByteArray* sha256 = nullptr);
    /** The members of a collection (PROPFIND, Depth 1), without the collection itself. */
    RemoteResult list(const RequestControl& control, const QString& folder,
                      QVector<Entry>* entries);

    /** The URL of a remote path, percent-encoded; never carries credentials. */
    QString urlOf(const QString& remotePath) const;

private:
    struct Target
    {
        QByteArray url;
        QString display;
        QString error; // set when the path is refused
    };
    struct Response
    {
        long status = 0;
        QByteArray body;
    };

    Target target(const QString& remotePath, bool asFolder = false) const;
    RemoteResult begin(const RequestControl& control, const Target& target, const QString& action);
    RemoteResult perform(const QString& action, Response* response);
    RemoteResult httpFailure(long status, const QString& action, const QString& display) const;
    RemoteResult propfind(const RequestControl& control, const Target& target, int depth,
                          const QString& action, QVector<Entry>* entries, Response* response);

    WebDavConfig m_config;
    QByteArray m_base; // scheme://host[:port]/path/ with a trailing slash, encoded
    QString m_server;  // scheme://host[:port], for messages
    CurlHandle m_curl;
    char m_error[CURL_ERROR_SIZE] = {};
    bool m_freshConnection = false;
};

} // namespace steward
