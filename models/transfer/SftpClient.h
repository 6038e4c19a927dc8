#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "models/transfer/CurlHandle.h"
#include "models/transfer/RemoteResult.h"

namespace steward {

/** Where and as whom an SftpClient logs in. Secrets stay in memory: never in a URL or a log. */
struct SftpConfig
{
    QString host;
    int port = 22;
    QString user;
    QString privateKeyPath; // OpenSSH or PEM private key; empty: password only
    QString publicKeyPath;  // optional: libssh2 derives it from the private key
    QString keyPassphrase;
    QString password;
    /** "SHA256:..." as OpenSSH prints it (ssh-keygen -l, probeHostKey()). Empty: refuse. */
    QString hostKeyFingerprint;
    /** Folder that relative remote paths start from; empty or relative: the login folder. */
    QString remoteFolder;
};

/**
 * A synchronous SFTP client (libcurl over libssh2) for one server and user: stat, streamed
 * upload from a file offset with append for resume, rename, mkdir -p, remove, ranged and
 * whole-file reads, listings and the SHA-256 of a remote prefix. Each call blocks the calling
 * thread and returns a RemoteResult whose message names the server, the path and what to do.
 *
 * The server's host key is always checked against the configured SHA-256 fingerprint; with
 * none configured the client refuses to connect (HostKey). probeHostKey() fetches the
 * fingerprint without logging in, for the user to compare and accept. libssh2 1.10 prefers
 * an ECDSA host key to Ed25519 where OpenSSH prefers Ed25519, so a fingerprint copied from
 * `ssh` may be of another key than the one checked here: show the key type with it.
 *
 * Remote paths are '/'-separated; a relative path is under SftpConfig::remoteFolder, one
 * that starts with '/' is absolute on the server. ".." segments and control characters are
 * refused.
 *
 * An instance owns one libcurl handle whose SSH connection is reused between calls; it is not
 * thread-safe: give each worker thread its own client.
 */
class SftpClient final
{
    Q_DECLARE_TR_FUNCTIONS(SftpClient)

public:
    /** download() keeps the bytes in memory: larger reads belong in downloadToFile(). */
    static constexpr qint64 kMaxDownloadBytes = qint64(64) << 20;
    /** An upload failing with this little room left is reported as Space, not Transient. */
    static constexpr qint64 kFullBelowBytes = qint64(1) << 20;

    struct Entry
    {
        QString name;
        qint64 size = -1; // -1 when the server's listing line could not be read
        bool isDir = false;
    };

    explicit SftpClient(SftpConfig config);
    ~SftpClient();
    SftpClient(const SftpClient&) = delete;
    SftpClient& operator=(const SftpClient&) = delete;

    const SftpConfig& config() const { return m_config; }

    /** Size of a remote file; -1 (and Ok) when it or its folder does not exist. */
    RemoteResult size(const RequestControl& control, const QString& remotePath, qint64* size);
    /**
     * Streams `localPath` from `offset` to its end into `remotePath`. Without `append` the
     * remote file is created or truncated (offset must be 0). With `append` the remote file
     * must already hold exactly `offset` bytes (checked first; Fatal otherwise, nothing
     * written) and the rest is written from there: the resume of an interrupted upload.
     * control.progress reports the bytes sent by this call, not counting `offset`. The remote
     * size is checked afterwards: a file of another size (a second writer) is Fatal with
     * remoteCode "size-mismatch".
     */
    RemoteResult upload(const RequestControl& control, const QString& localPath, qint64 offset,
                        const QString& remotePath, bool append);
    /**
     * Renames `from` to `to`. SFTP v3 (OpenSSH) cannot rename onto an existing file, so when
     * `to` exists (a file pushed again) it is removed first and then `from` is renamed: this
     * is not atomic, and a crash in between leaves `to` missing and `from` complete, which a
     * retried rename repairs. `to` is never removed while `from` is missing.
     */
    RemoteResult rename(const RequestControl& control, const QString& from, const QString& to);
    /** Creates `path` and its missing parents; Ok when it exists already. */
    RemoteResult mkdirs(const RequestControl& control, const QString& path);
    /** Removes a file; NotFound when it does not exist. */
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
    /** The entries of a folder, without "." and "..". */
    RemoteResult list(const RequestControl& control, const QString& folder,
                      QVector<Entry>* entries);
    /**
     * The raw SHA-256 of the first `length` bytes of a remote file, read back: before
     * appending to a partial upload, compare it with the local prefix. Fatal when the file
     * holds fewer than `length` bytes.
     */
    RemoteResult prefixSha256(const RequestControl& control, const QString& remotePath,
                              qint64 length, QByteArray* digest);

    /**
     * Bytes available to the user in the file system holding `folder` (OpenSSH's
     * statvfs@openssh.com extension); -1 (and Ok) when the server does not offer it. A quota
     * is not visible here.
     */
    RemoteResult freeSpace(const RequestControl& control, const QString& folder, qint64* bytes);

    /**
     * Connects to host:port and returns the server's host key fingerprint as OpenSSH prints
     * it ("SHA256:" + unpadded base64 of the key blob's SHA-256) and its type
     * ("ssh-ed25519"...), without logging in and without trusting the key: the user compares
     * it with what the server's administrator published and accepts it. It is the key this
     * client negotiates, so it is the one later connections are checked against (see
     * SshHostKey::probe()).
     */
    static RemoteResult probeHostKey(const RequestControl& control, const QString& host, int port,
                                     QString* fingerprint, QString* keyType);

    /** "sftp://user@host:port/path" for messages and logs; never carries a secret. */
    QString displayUrl(const QString& remotePath) const;

private:
    struct Target
    {
        QString serverPath; // absolute, or relative to the login folder
        QByteArray url;
        QString display;
        QString error; // set when the path is refused
    };

    Target target(const QString& remotePath, bool asFolder = false) const;
    QByteArray quoted(const QString& serverPath) const;
    RemoteResult begin(const RequestControl& control, const QByteArray& url);
    RemoteResult perform(const QString& action, const QString& display);
    RemoteResult quote(const RequestControl& control, const QList<QByteArray>& commands,
                       const QString& action, const QString& display);
    RemoteResult explain(CURLcode code, const QString& action, const QString& display);
    RemoteResult refused(const Target& target) const;
    RemoteResult cancelled(const QString& action) const;
    QString server() const;

    SftpConfig m_config;
    QByteArray m_curlFingerprint;
    CurlHandle m_curl;
    char m_error[CURL_ERROR_SIZE] = {};
    bool m_freshConnection = false;
};

} // namespace steward
