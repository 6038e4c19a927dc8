#pragma once

#include <QCoreApplication>
#include <QString>

namespace steward {

/**
 * The outcome of one remote operation, classified so the transfer engine knows what to do:
 * retry with backoff (Transient, Offline), pause the transfer for the user (Auth,
 * Permission, NotFound, Space, HostKey), or give up on the file (Fatal).
 */
struct RemoteResult
{
    Q_DECLARE_TR_FUNCTIONS(RemoteResult)

public:
    enum class Kind
    {
        Ok,
        Transient,  // timeouts, resets, 5xx, 429, SlowDown, stalls: retry with backoff
        Offline,    // cannot resolve or connect: wait for the network, then retry
        Auth,       // wrong or expired credentials, bad signature, clock skew
        Permission, // authenticated but not allowed (403 AccessDenied, SFTP permission)
        NotFound,   // bucket, folder or upload missing
        Space,      // the remote disk or quota is full
        HostKey,    // SSH host key or TLS certificate not trusted
        Cancelled,  // the user paused or cancelled
        Fatal       // anything else that retrying will not fix
    };

    Kind kind = Kind::Ok;
    QString message; // translated, names the host/path and what to do
    int httpStatus = 0;
    QString remoteCode; // S3 error code (SlowDown, NoSuchUpload...), curl error name...

    bool ok() const { return kind == Kind::Ok; }
    bool retryable() const { return kind == Kind::Transient || kind == Kind::Offline; }
    static RemoteResult success() { return {}; }
    static RemoteResult failure(Kind kind, const QString& message, int httpStatus = 0,
                                const QString& remoteCode = QString())
    {
        RemoteResult r;
        r.kind = kind;
        r.message = message;
        r.httpStatus = httpStatus;
        r.remoteCode = remoteCode;
        return r;
    }
    /** "transient", "offline", "auth", ... for logs, the queue and JSON. */
    static QString kindName(Kind kind);
};

} // namespace steward
