#include "models/transfer/SftpClient.h"

// SftpClient's translation of libcurl's and the SFTP server's failures into a RemoteResult a
// user can act on: which kind (retry, pause, give up) and a message naming the server, the
// user and what to do.

namespace steward {
namespace {

/** The detail libcurl gave, or its generic text for the code. */
QString curlDetail(CURLcode code, const char* buffer)
{
    const QString detail = QString::fromUtf8(buffer).trimmed();
    return detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail;
}

/**
 * libcurl reports an SFTP status (quote commands, opening a file) only as text from its
 * sftp_libssh2_strerror(): these are its fixed English strings for the statuses that matter.
 */
RemoteResult::Kind kindFromSftpStatus(const QString& detail, RemoteResult::Kind otherwise)
{
    if (detail.contains(QLatin1String("No such file"), Qt::CaseInsensitive))
        return RemoteResult::Kind::NotFound;
    if (detail.contains(QLatin1String("Permission denied"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("write protected"), Qt::CaseInsensitive))
        return RemoteResult::Kind::Permission;
    if (detail.contains(QLatin1String("Disk full"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("quota exceeded"), Qt::CaseInsensitive))
        return RemoteResult::Kind::Space;
    if (detail.contains(QLatin1String("SFTP server lost"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("Not connected"), Qt::CaseInsensitive))
        return RemoteResult::Kind::Transient;
    return otherwise;
}

} // namespace

RemoteResult SftpClient::explain(CURLcode code, const QString& action, const QString& display)
{
    const QString detail = curlDetail(code, m_error);
    RemoteResult::Kind kind = CurlHandle::classify(code);
    if (code == CURLE_QUOTE_ERROR)
        kind = kindFromSftpStatus(detail, RemoteResult::Kind::Fatal);
    else if (code == CURLE_SSH || code == CURLE_UPLOAD_FAILED)
        kind = kindFromSftpStatus(detail, kind);
    else if (code == CURLE_AUTH_ERROR)
        kind = RemoteResult::Kind::Auth;
    if (code != CURLE_QUOTE_ERROR && kind != RemoteResult::Kind::NotFound &&
        kind != RemoteResult::Kind::Permission && kind != RemoteResult::Kind::Space)
        m_freshConnection = true; // the SSH session may be half-dead: never reuse it

    const QString remoteCode = QString::fromLatin1(curl_easy_strerror(code));
    QString message;
    switch (kind) {
    case RemoteResult::Kind::Ok:
        return RemoteResult::success();
    case RemoteResult::Kind::Offline:
    case RemoteResult::Kind::Transient:
        message = kind == RemoteResult::Kind::Offline
                      ? tr("%1: the SFTP server at %2 cannot be reached (%3). Steward retries "
                           "when the network is back.")
                            .arg(action, server(), detail)
                      : tr("%1: the connection to the SFTP server at %2 failed (%3). Steward "
                           "retries.")
                            .arg(action, server(), detail);
        break;
    case RemoteResult::Kind::Cancelled:
        return cancelled(action);
    case RemoteResult::Kind::Auth:
        message = tr("The SFTP server at %1 refused the login for user %2 (%3). Check the user "
                     "name, the private key and its passphrase, or the password in the "
                     "repository settings.")
                      .arg(server(), m_config.user, detail);
        break;
    case RemoteResult::Kind::HostKey:
        // Only the configured fingerprint is set, so this is a key mismatch: fetch the key
        // the server offers (without logging in) so the user can compare the two.
        {
            RequestControl probeControl;
            probeControl.connectTimeoutSeconds = 10;
            QString offered;
            QString type;
            const RemoteResult probe =
                probeHostKey(probeControl, m_config.host, m_config.port, &offered, &type);
            const QString expected =
                QStringLiteral("SHA256:") +
                QString::fromLatin1(m_curlFingerprint).remove(QLatin1Char('='));
            message =
                probe.ok()
                    ? tr("The SFTP server at %1 presented the host key %2 (%3), but the "
                         "repository settings expect %4. The server's key has changed or "
                         "someone is intercepting the connection: Steward sent nothing. Confirm "
                         "the new fingerprint with the server's administrator before accepting "
                         "it.")
                          .arg(server(), offered, type, expected)
                    : tr("The SFTP server at %1 did not present the expected host key %2 (%3). "
                         "Steward sent nothing. Confirm the server's fingerprint with its "
                         "administrator before accepting a new one.")
                          .arg(server(), expected, detail);
        }
        break;
    case RemoteResult::Kind::Permission:
        message = tr("%1: the SFTP server at %2 denied user %3 access (%4). Check the remote "
                     "folder in the repository settings or ask the server's administrator for "
                     "write access.")
                      .arg(action, server(), m_config.user, detail);
        break;
    case RemoteResult::Kind::NotFound:
        message = tr("%1: %2 or its folder does not exist (%3). Check the remote folder in the "
                     "repository settings.")
                      .arg(action, display, detail);
        break;
    case RemoteResult::Kind::Space:
        message = tr("%1: the SFTP server at %2 has no space left or the quota of user %3 is "
                     "used up (%4). Free space or ask for a larger quota, then resume.")
                      .arg(action, server(), m_config.user, detail);
        break;
    case RemoteResult::Kind::Fatal:
        message = tr("%1 failed: %2.").arg(action, detail);
        break;
    }
    return RemoteResult::failure(kind, message, 0, remoteCode);
}

} // namespace steward
