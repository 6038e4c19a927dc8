#include "models/transfer/S3Response.h"

#include <QLocale>
#include <QXmlStreamReader>

namespace steward {

S3Response::Document S3Response::parse(const QByteArray& body, const QString& recordName)
{
    Document doc;
    QXmlStreamReader xml(body);
    int depth = 0;
    bool inRecord = false;
    QString text;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 1) {
                doc.root = xml.name().toString();
            } else if (depth == 2 && !recordName.isEmpty() && xml.name() == recordName) {
                inRecord = true;
                doc.records.append(QHash<QString, QString>());
            }
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            const QString name = xml.name().toString();
            if (inRecord) {
                if (depth == 2)
                    inRecord = false;
                else if (!doc.records.last().contains(name)) // Owner/ID after Initiator/ID
                    doc.records.last().insert(name, text);
            } else if (depth == 2) {
                doc.fields.insert(name, text);
            }
            --depth;
            text.clear();
            break;
        }
        default:
            break;
        }
    }
    doc.ok = !xml.hasError() && !doc.root.isEmpty();
    return doc;
}

QString S3Response::unquote(QString etag)
{
    etag = etag.trimmed();
    if (etag.size() >= 2 && etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

QDateTime S3Response::isoDate(const QString& text)
{
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(text, Qt::ISODate);
    return date.toUTC();
}

QDateTime S3Response::httpDate(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    const QDateTime parsed =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (parsed.isValid())
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}

QString S3Response::where(const Context& context)
{
    if (context.key.isEmpty())
        return tr("bucket %1 on %2").arg(context.bucket, context.endpoint);
    return tr("%1 in bucket %2 on %3").arg(context.key, context.bucket, context.endpoint);
}

RemoteResult S3Response::error(const Context& context, long status, const QByteArray& body)
{
    using Kind = RemoteResult::Kind;
    const Document doc = parse(body);
    QString code =
        doc.root == QLatin1String("Error") ? doc.fields.value(QStringLiteral("Code")) : QString();
    // Ceph RGW (Pacific) answers NoSuchKey for an upload ID that was aborted or completed;
    // on a request naming an upload that can only mean the upload is gone.
    if (code == QLatin1String("NoSuchKey") && context.namesUpload)
        code = QStringLiteral("NoSuchUpload");
    const QString what = context.what;
    const QString& host = context.endpoint;
    const QString& bucket = context.bucket;
    QString answer = code.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                    : QStringLiteral("HTTP %1 %2").arg(status).arg(code);
    const QString serverMessage = doc.fields.value(QStringLiteral("Message")).trimmed();
    if (!serverMessage.isEmpty())
        answer += QStringLiteral(" \"%1\"").arg(serverMessage.left(200));
    auto fail = [&](Kind kind, const QString& message) {
        return RemoteResult::failure(kind, message, int(status), code);
    };

    if (code == QLatin1String("SignatureDoesNotMatch"))
        return fail(Kind::Auth, tr("%1 failed: the S3 secret key or access key for %2 is wrong "
                                   "(the server could not verify the request's signature, %3). "
                                   "Check both keys in the repository settings, then resume.")
                                    .arg(what, host, answer));
    if (code == QLatin1String("InvalidAccessKeyId"))
        return fail(Kind::Auth, tr("%1 failed: the S3 secret key or access key for %2 is wrong "
                                   "(the access key %3 is not known there). Check both keys in "
                                   "the repository settings, then resume.")
                                    .arg(what, host, context.accessKey));
    if (code == QLatin1String("RequestTimeTooSkewed")) {
        QDateTime server = httpDate(context.dateHeader);
        if (!server.isValid())
            server = isoDate(doc.fields.value(QStringLiteral("ServerTime")));
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'");
        return fail(Kind::Auth,
                    tr("%1 failed: this computer's clock is off. The server %2 says it is %3, "
                       "this computer says %4; S3 allows a difference of 15 minutes. Correct "
                       "the system clock (or turn on network time), then resume.")
                        .arg(what, host, server.isValid() ? server.toString(format) : tr("unknown"),
                             QDateTime::currentDateTimeUtc().toString(format)));
    }
    if (code == QLatin1String("AuthorizationHeaderMalformed") ||
        code == QLatin1String("InvalidRegion"))
        return fail(Kind::Auth, tr("%1 failed: %2 refused the signature's region \"%3\" (%4). "
                                   "Check the region in the repository settings.")
                                    .arg(what, host, context.region, answer));
    if (code == QLatin1String("ExpiredToken") || code == QLatin1String("InvalidToken") ||
        code == QLatin1String("TokenRefreshRequired"))
        return fail(Kind::Auth, tr("%1 failed: the credentials for %2 have expired (%3). Enter "
                                   "new keys in the repository settings, then resume.")
                                    .arg(what, host, answer));
    if (code == QLatin1String("AccessDenied") || code == QLatin1String("AccountProblem") ||
        code == QLatin1String("AllAccessDisabled") || code == QLatin1String("UserSuspended"))
        return fail(Kind::Permission,
                    tr("%1 failed: the S3 key %2 is not allowed to do this in bucket %3 on %4 "
                       "(%5). Ask the repository's administrator for access, then resume.")
                        .arg(what, context.accessKey, bucket, host, answer));
    if (code == QLatin1String("NoSuchBucket"))
        return fail(Kind::NotFound, tr("%1 failed: bucket %2 does not exist on %3. Check the "
                                       "bucket name in the repository settings.")
                                        .arg(what, bucket, host));
    if (code == QLatin1String("NoSuchUpload"))
        return fail(Kind::NotFound,
                    tr("%1 failed: the multipart upload of %2 no longer exists on the server "
                       "(it was completed, aborted or has expired). Upload the file again.")
                        .arg(what, where(context)));
    if (code == QLatin1String("NoSuchKey"))
        return fail(Kind::NotFound, tr("%1 failed: %2 does not exist.").arg(what, where(context)));
    if (code == QLatin1String("QuotaExceeded") || code == QLatin1String("InsufficientStorage") ||
        status == 507)
        return fail(Kind::Space, tr("%1 failed: bucket %2 on %3 is over its quota or the "
                                    "server is full (%4). Free space or ask for a larger "
                                    "quota, then resume.")
                                     .arg(what, bucket, host, answer));
    if (code == QLatin1String("EntityTooSmall"))
        return fail(Kind::Fatal,
                    tr("%1 failed: a part other than the last is smaller than the server's "
                       "minimum part size (5 MiB) (%2). Use parts of at least 5 MiB.")
                        .arg(what, answer));
    if (code == QLatin1String("EntityTooLarge"))
        return fail(Kind::Fatal, tr("%1 failed: the data is larger than the server accepts in "
                                    "one request (%2). Use smaller parts.")
                                     .arg(what, answer));
    if (code == QLatin1String("InvalidPart"))
        return fail(Kind::Fatal,
                    tr("%1 failed: a listed part is missing on the server or its ETag differs "
                       "(%2). Compare the parts with the server's list and upload the missing "
                       "ones again.")
                        .arg(what, answer));
    if (code == QLatin1String("InvalidPartOrder"))
        return fail(
            Kind::Fatal,
            tr("%1 failed: the part list is not in ascending order (%2).").arg(what, answer));
    if (code == QLatin1String("BadDigest") || code == QLatin1String("InvalidDigest"))
        return fail(Kind::Fatal,
                    tr("%1 failed: the data did not match its MD5 checksum, so the server "
                       "rejected it (%2). The file may have changed while it was read: check "
                       "it, then send it again.")
                        .arg(what, answer));
    if (code == QLatin1String("XAmzContentSHA256Mismatch"))
        return fail(Kind::Fatal,
                    tr("%1 failed: the data did not match its SHA-256 checksum, so the server "
                       "rejected it (%2). The file may have changed while it was read: check "
                       "it, then send it again.")
                        .arg(what, answer));
    if (code == QLatin1String("SlowDown") || code == QLatin1String("RequestTimeout") ||
        code == QLatin1String("InternalError") || code == QLatin1String("ServiceUnavailable") ||
        code == QLatin1String("OperationAborted") || status == 408 || status == 429 ||
        status == 500 || status == 502 || status == 503 || status == 504)
        return fail(Kind::Transient, tr("%1 failed for now: %2 answered %3. Steward will try "
                                        "again.")
                                         .arg(what, host, answer));
    // No (known) code, e.g. the body-less answer to a HEAD.
    if (code.isEmpty() && status == 401)
        return fail(Kind::Auth, tr("%1 failed: %2 refused the S3 keys (%3). Check both keys in "
                                   "the repository settings, then resume.")
                                    .arg(what, host, answer));
    if (code.isEmpty() && status == 403)
        return fail(Kind::Permission,
                    tr("%1 failed: %2 refused access (%3). Check the S3 keys and their "
                       "permissions on bucket %4.")
                        .arg(what, host, answer, bucket));
    if (code.isEmpty() && status == 404)
        return fail(Kind::NotFound,
                    tr("%1 failed: %2 does not exist (%3).").arg(what, where(context), answer));
    if (status >= 500)
        return fail(Kind::Transient, tr("%1 failed for now: %2 answered %3. Steward will try "
                                        "again.")
                                         .arg(what, host, answer));
    return fail(Kind::Fatal, tr("%1 failed: %2 answered %3.").arg(what, host, answer));
}

} // namespace steward
