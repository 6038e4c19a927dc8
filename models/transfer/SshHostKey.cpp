#include "models/transfer/SshHostKey.h"

#include "models/common/Digest.h"

#include <openssl/evp.h>

#include <QUrl>

namespace steward {
namespace {

/** Keeps the offered key and refuses it, so libcurl disconnects before authenticating. */
struct Capture
{
    QByteArray blob;

    static int onHostKey(void* self, int /*keyType*/, const char* key, size_t length)
    {
        static_cast<Capture*>(self)->blob = QByteArray(key, qsizetype(length));
        return CURLKHMATCH_MISMATCH;
    }
};

} // namespace

QString SshHostKey::hostPort(const QString& host, int port)
{
    const QString h =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1:%2").arg(h).arg(port);
}

QByteArray SshHostKey::sftpUrl(const QString& host, int port)
{
    const QByteArray ace = QUrl::toAce(host);
    const QByteArray h = ace.isEmpty() ? host.toUtf8() : ace;
    return "sftp://" + (h.contains(':') ? '[' + h + ']' : h) + ':' + QByteArray::number(port);
}

QString SshHostKey::fingerprint(const QByteArray& keyBlob)
{
    const QByteArray digest = Digest::hash(Digest::Algorithm::Sha256, keyBlob);
    if (digest.isEmpty())
        return QString();
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString SshHostKey::keyType(const QByteArray& keyBlob)
{
    // RFC 4253: the blob starts with the algorithm name as a uint32 length and the bytes.
    if (keyBlob.size() < 4)
        return QString();
    const auto* b = reinterpret_cast<const unsigned char*>(keyBlob.constData());
    const quint32 length =
        (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
    if (length == 0 || length > 64 || length > quint32(keyBlob.size() - 4))
        return QString();
    return QString::fromLatin1(keyBlob.mid(4, int(length)));
}

QByteArray SshHostKey::curlFingerprint(const QString& fingerprint)
{
    QString text = fingerprint.trimmed();
    if (text.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        text = text.mid(7);
    while (text.endsWith(QLatin1Char('=')))
        text.chop(1);
    if (text.isEmpty())
        return QByteArray();
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return QByteArray();
    return decoded.decoded.toBase64(); // padded, as libcurl prints and compares it
}

RemoteResult SshHostKey::probe(const RequestControl& control, const QString& host, int port,
                               QString* fingerprint, QString* keyType)
{
    fingerprint->clear();
    keyType->clear();
    const QString where = hostPort(host, port);
    const QString action = tr("Fetching the host key of %1").arg(where);
    if (control.cancel && control.cancel->load())
        return RemoteResult::failure(RemoteResult::Kind::Cancelled, tr("%1: stopped.").arg(action));
    CurlHandle curl;
    curl.prepare(control);
    char error[CURL_ERROR_SIZE] = {};
    Capture capture;
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(c, CURLOPT_URL, (sftpUrl(host, port) + '/').constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "sftp");
    curl_easy_setopt(c, CURLOPT_USERNAME, "steward-host-key-probe");
    curl_easy_setopt(c, CURLOPT_SSH_AUTH_TYPES, long(CURLSSH_AUTH_NONE));
    // With no fingerprint option set, libcurl (7.84+) hands the offered key to this callback
    // before any authentication; refusing it ends the connection there.
    curl_easy_setopt(c, CURLOPT_SSH_HOSTKEYFUNCTION, &Capture::onHostKey);
    curl_easy_setopt(c, CURLOPT_SSH_HOSTKEYDATA, &capture);
    curl_easy_setopt(c, CURLOPT_FRESH_CONNECT, 1L);
    curl_easy_setopt(c, CURLOPT_FORBID_REUSE, 1L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT,
                     long(control.connectTimeoutSeconds + qMax(control.stallSeconds, 30)));
    const CURLcode code = curl_easy_perform(c);
    if (!capture.blob.isEmpty()) {
        *fingerprint = SshHostKey::fingerprint(capture.blob);
        *keyType = SshHostKey::keyType(capture.blob);
        if (fingerprint->isEmpty())
            return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                         tr("OpenSSL could not compute a SHA-256."));
        return RemoteResult::success();
    }
    QString detail = QString::fromUtf8(error).trimmed();
    if (detail.isEmpty())
        detail = QString::fromUtf8(curl_easy_strerror(code));
    const QString remoteCode = QString::fromLatin1(curl_easy_strerror(code));
    const RemoteResult::Kind kind =
        code == CURLE_OK ? RemoteResult::Kind::Fatal : CurlHandle::classify(code);
    switch (kind) {
    case RemoteResult::Kind::Cancelled:
        return RemoteResult::failure(kind, tr("%1: stopped.").arg(action));
    case RemoteResult::Kind::Offline:
        return RemoteResult::failure(kind,
                                     tr("%1: the server cannot be reached (%2). Check the host "
                                        "name and port.")
                                         .arg(action, detail),
                                     0, remoteCode);
    case RemoteResult::Kind::Transient:
        return RemoteResult::failure(
            kind, tr("%1: the connection failed (%2). Try again.").arg(action, detail), 0,
            remoteCode);
    default:
        return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                     tr("%1: the server did not offer an SSH host key (%2). Is "
                                        "it an SFTP server?")
                                         .arg(action, detail),
                                     0, remoteCode);
    }
}

} // namespace steward
