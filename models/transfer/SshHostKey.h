#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "models/transfer/CurlHandle.h"
#include "models/transfer/RemoteResult.h"

namespace steward {

/**
 * SSH host keys as users meet them: the fingerprint OpenSSH prints ("SHA256:" and the
 * unpadded base64 of the SHA-256 of the key blob), the form libcurl checks, and fetching the
 * key a server offers without logging in, so the user can compare it with what the server's
 * administrator published before Steward ever trusts it.
 */
class SshHostKey final
{
    Q_DECLARE_TR_FUNCTIONS(SshHostKey)

public:
    /**
     * Connects to host:port (SFTP over libcurl and libssh2), stops at the host key (nothing
     * is authenticated or sent) and returns its fingerprint and type ("ssh-ed25519"...). It
     * is the key libssh2 negotiates, so it is the one later connections are checked against.
     */
    static RemoteResult probe(const RequestControl& control, const QString& host, int port,
                              QString* fingerprint, QString* keyType);
    /** "SHA256:..." of a raw public key blob; empty when OpenSSL fails. */
    static QString fingerprint(const QByteArray& keyBlob);
    /** The algorithm name at the start of a key blob ("ssh-ed25519"); empty when malformed. */
    static QString keyType(const QByteArray& keyBlob);
    /**
     * The padded base64 CURLOPT_SSH_HOST_PUBLIC_KEY_SHA256 wants, from "SHA256:..." (with or
     * without the prefix and padding); empty when it is not a SHA-256 fingerprint.
     */
    static QByteArray curlFingerprint(const QString& fingerprint);

    /** "host:port" for messages, an IPv6 address in brackets. */
    static QString hostPort(const QString& host, int port);
    /** "sftp://host:port", the host in ACE form. */
    static QByteArray sftpUrl(const QString& host, int port);
};

} // namespace steward
