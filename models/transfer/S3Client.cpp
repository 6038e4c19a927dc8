#include "models/transfer/S3Client.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <QXmlStreamWriter>

#include "models/common/Digest.h"
#include "models/transfer/S3Response.h"

namespace steward {
namespace {

const QByteArray kEmptySha256Hex =
    QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

/** Header values must be printable ASCII; anything else (and '%') is percent-encoded. */
QByteArray encodeMetadataValue(const QString& value)
{
    return value.toUtf8().toPercentEncoding("!\"#$&'()*+,-./:;<=>?@[\\]^_`{|}~", QByteArray(), '%');
}

} // namespace

S3Client::S3Client(S3Config config) : m_config(std::move(config))
{
    m_curl.setCaFile(m_config.caFile);
    while (m_config.endpoint.endsWith(QLatin1Char('/')))
        m_config.endpoint.chop(1);
    const QString region =
        m_config.region.isEmpty() ? QStringLiteral("us-east-1") : m_config.region;
    m_sigv4 = "aws:amz:" + region.toUtf8() + ":s3";
}

S3Client::~S3Client() = default;

// ---------------------------------------------------------------- URLs and requests

QByteArray S3Client::uriEncode(const QByteArray& utf8, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
            u == '-' || u == '_' || u == '.' || u == '~' || (keepSlash && u == '/')) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 15]);
        }
    }
    return out;
}

QByteArray S3Client::url(const QString& key, const Query& query) const
{
    const QUrl endpoint(m_config.endpoint);
    QByteArray authority = endpoint.host(QUrl::FullyEncoded).toUtf8();
    if (endpoint.port() > 0)
        authority += ':' + QByteArray::number(endpoint.port());
    QByteArray path = endpoint.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    const QByteArray bucket = uriEncode(m_config.bucket.toUtf8(), false);
    if (m_config.pathStyle)
        path += '/' + bucket;
    else
        authority = bucket + '.' + authority;
    if (!key.isEmpty())
        path += '/' + uriEncode(key.toUtf8(), true);
    else if (!m_config.pathStyle)
        path += '/';

    QByteArray out = endpoint.scheme().toUtf8() + "://" + authority + path;
    // libcurl 7.88 signs the query exactly as written: it must already be canonical, i.e.
    // sorted by encoded name, every parameter as name=value (a bare "?uploads" is signed
    // wrongly and fails with SignatureDoesNotMatch).
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto& [name, value] : query)
        encoded.append({uriEncode(name, false), uriEncode(value, false)});
    std::sort(encoded.begin(), encoded.end());
    for (int i = 0; i < encoded.size(); ++i)
        out += (i == 0 ? '?' : '&') + encoded[i].first + '=' + encoded[i].second;
    return out;
}

QString S3Client::objectUrl(const QString& key) const
{
    return QString::fromUtf8(url(key, {}));
}

QString S3Client::where(const QString& key) const
{
    S3Response::Context context;
    context.endpoint = m_config.endpoint;
    context.bucket = m_config.bucket;
    context.key = key;
    return S3Response::where(context);
}

void S3Client::prepare(const Request& request, const RequestControl& control)
{
    m_curl.prepare(control);
    CURL* h = m_curl.get();
    curl_easy_setopt(h, CURLOPT_URL, url(request.key, request.query).constData());
    // Keys may hold "./" or "../": send them as they are (S3 does not normalise them either).
    curl_easy_setopt(h, CURLOPT_PATH_AS_IS, 1L);
    if (request.method == "HEAD") {
        curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
    } else if (request.method == "POST") {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.postBody.size()));
        curl_easy_setopt(h, CURLOPT_COPYPOSTFIELDS, request.postBody.constData());
        // Else libcurl adds a form type, unsigned; CreateMultipartUpload sets the object's.
        const bool typed = std::any_of(
            request.headers.begin(), request.headers.end(),
            [](const QByteArray& header) { return header.toLower().startsWith("content-type:"); });
        if (!typed)
            m_curl.addHeader("Content-Type: application/xml");
    } else if (request.method == "DELETE") {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "DELETE");
    }
    // PUT bodies are set by the caller (CurlHandle::setUpload*), which selects CURLOPT_UPLOAD.
    if (request.sign) {
        curl_easy_setopt(h, CURLOPT_HTTPAUTH, long(CURLAUTH_AWS_SIGV4));
        curl_easy_setopt(h, CURLOPT_AWS_SIGV4, m_sigv4.constData());
        // Separate options: the secret never passes through a "user:password" string or a URL.
        curl_easy_setopt(h, CURLOPT_USERNAME, m_config.accessKey.toUtf8().constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, m_config.secretKey.toUtf8().constData());
        // libcurl 7.88 neither adds this header nor hashes a streamed body: it signs ours.
        m_curl.addHeader("x-amz-content-sha256: " + (request.payloadSha256Hex.isEmpty()
                                                         ? kEmptySha256Hex
                                                         : request.payloadSha256Hex));
    }
    for (const QByteArray& header : request.headers)
        m_curl.addHeader(header);
    m_curl.applyHeaders();
}

RemoteResult S3Client::perform(const Request& request)
{
    RemoteResult result = m_curl.perform(request.what);
    const long status = m_curl.httpStatus();
    const QByteArray& body = m_curl.responseBody();
    if (!result.ok()) {
        // A server refusing a body (bad signature, digest) may close the connection while we
        // still send: its error document says more than the send error does.
        if (result.kind != RemoteResult::Kind::Cancelled && m_curl.localError().isEmpty() &&
            status >= 300 && S3Response::parse(body).root == QLatin1String("Error"))
            return httpError(request, status, body);
        if (status < 200)
            result.httpStatus = 0; // only the interim "100 Continue" arrived
        return result;
    }
    if (status >= 200 && status < 300) {
        // CompleteMultipartUpload can fail after its 200 header: the error is in the body.
        if (request.method == "POST" && S3Response::parse(body).root == QLatin1String("Error"))
            return httpError(request, status, body);
        return RemoteResult::success();
    }
    return httpError(request, status, body);
}

RemoteResult S3Client::invalid(const Request& request, const QString& reason) const
{
    return RemoteResult::failure(RemoteResult::Kind::Fatal,
                                 tr("%1 failed: %2").arg(request.what, reason));
}

RemoteResult S3Client::httpError(const Request& request, long status, const QByteArray& body) const
{
    S3Response::Context context;
    context.what = request.what;
    context.endpoint = m_config.endpoint;
    context.bucket = m_config.bucket;
    context.key = request.key;
    context.accessKey = m_config.accessKey;
    context.region = m_config.region;
    context.namesUpload =
        std::any_of(request.query.begin(), request.query.end(),
                    [](const QPair<QByteArray, QByteArray>& p) { return p.first == "uploadId"; });
    context.dateHeader = m_curl.responseHeader("date");
    return S3Response::error(context, status, body);
}

RemoteResult S3Client::headError(const Request& head, const RequestControl& control)
{
    // A HEAD answer has no body, so a 403 cannot tell a wrong key from a missing permission
    // and a 404 a missing key from a missing bucket. The same read as a one-byte GET gets the
    // error document (it needs the same permission).
    const long headStatus = m_curl.httpStatus();
    Request get = head;
    get.method = "GET";
    get.headers.append("Range: bytes=0-0");
    prepare(get, control);
    const RemoteResult result = m_curl.perform(head.what);
    const long status = m_curl.httpStatus();
    if (result.kind == RemoteResult::Kind::Cancelled)
        return result;
    if (result.ok() && status >= 400 &&
        S3Response::parse(m_curl.responseBody()).root == QLatin1String("Error"))
        return httpError(head, status, m_curl.responseBody());
    return httpError(head, headStatus, QByteArray());
}

bool S3Client::addMetadata(Request* request, const Metadata& metadata, QString* error) const
{
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        const QByteArray name = it.key().toLower().toUtf8();
        const bool valid = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        });
        if (!valid) {
            *error = tr("the metadata name \"%1\" may only hold letters, digits, '-' and '_'")
                         .arg(it.key());
            return false;
        }
        request->headers.append("x-amz-meta-" + name + ": " + encodeMetadataValue(it.value()));
    }
    return true;
}

// ---------------------------------------------------------------- bucket

RemoteResult S3Client::headBucket(const RequestControl& control)
{
    // A listing of zero keys, not a HEAD: it needs the same permission (s3:ListBucket) and,
    // unlike a HEAD, its error document tells a wrong key from a missing permission.
    Request r;
    r.query = {{"list-type", "2"}, {"max-keys", "0"}};
    r.what = tr("Checking %1").arg(where(QString()));
    prepare(r, control);
    return perform(r);
}

RemoteResult S3Client::serverDate(const RequestControl& control, QDateTime* date)
{
    Request r;
    r.method = "HEAD";
    r.sign = false; // any answer has a Date, even a refusal, and a skewed clock can't sign
    r.what = tr("Reading the clock of %1").arg(m_config.endpoint);
    prepare(r, control);
    const RemoteResult result = m_curl.perform(r.what);
    if (!result.ok())
        return result;
    const QDateTime parsed = S3Response::httpDate(m_curl.responseHeader("date"));
    if (!parsed.isValid())
        return invalid(r, tr("the server sent no valid Date header"));
    *date = parsed;
    return RemoteResult::success();
}

// ---------------------------------------------------------------- multipart upload

RemoteResult S3Client::createMultipartUpload(const RequestControl& control, const QString& key,
                                             QString* uploadId, const Metadata& metadata)
{
    Request r;
    r.method = "POST";
    r.key = key;
    r.query = {{"uploads", ""}};
    r.what = tr("Starting the upload of %1").arg(where(key));
    QString error;
    if (!addMetadata(&r, metadata, &error))
        return invalid(r, error);
    r.headers.append("Content-Type: application/octet-stream");
    if (m_config.checksumHeaders) // AWS then requires each part's checksum on completion
        r.headers.append("x-amz-checksum-algorithm: SHA256");
    prepare(r, control);
    const RemoteResult result = perform(r);
    if (!result.ok())
        return result;
    const S3Response::Document doc = S3Response::parse(m_curl.responseBody());
    const QString id = doc.fields.value(QStringLiteral("UploadId"));
    if (!doc.ok || id.isEmpty())
        return invalid(r, tr("the server's answer holds no upload ID"));
    *uploadId = id;
    return RemoteResult::success();
}

RemoteResult S3Client::uploadPart(const RequestControl& control, const QString& key,
                                  const QString& uploadId, int partNumber, const QString& filePath,
                                  qint64 offset, qint64 length, const QByteArray& sha256,
                                  const QByteArray& md5, QString* etag)
{
    Request r;
    r.method = "PUT";
    r.key = key;
    r.query = {{"partNumber", QByteArray::number(partNumber)}, {"uploadId", uploadId.toUtf8()}};
    r.what = tr("Uploading part %1 of %2").arg(partNumber).arg(where(key));
    if (partNumber < 1 || partNumber > kMaxParts)
        return invalid(r, tr("part numbers run from 1 to %1").arg(kMaxParts));
    if (length < 0 || length > kMaxPartSize || offset < 0)
        return invalid(r, tr("a part holds 0 to 5 GiB"));
    if (sha256.size() != 32 || md5.size() != 16 || !etag)
        return invalid(r, tr("the part's SHA-256 and MD5 digests are missing"));
    if (!QFileInfo(filePath).isFile())
        return invalid(r, tr("%1 is not a readable file").arg(filePath));
    if (QFileInfo(filePath).size() < offset + length)
        return invalid(r, tr("%1 is shorter than expected: it was changed on disk. Check the "
                             "file and send it again.")
                              .arg(filePath));
    r.payloadSha256Hex = sha256.toHex();
    r.headers.append("Content-MD5: " + md5.toBase64());
    if (m_config.checksumHeaders)
        r.headers.append("x-amz-checksum-sha256: " + sha256.toBase64());
    prepare(r, control);
    QString error;
    if (!m_curl.setUploadFileRange(filePath, offset, length, &error))
        return invalid(r, error);
    const RemoteResult result = perform(r);
    if (!result.ok())
        return result;
    const QString tag = S3Response::unquote(QString::fromLatin1(m_curl.responseHeader("etag")));
    if (tag.isEmpty())
        return invalid(r, tr("the server's answer holds no ETag for the part"));
    *etag = tag;
    return RemoteResult::success();
}

RemoteResult S3Client::listParts(const RequestControl& control, const QString& key,
                                 const QString& uploadId, QVector<Part>* parts)
{
    parts->clear();
    Request r;
    r.key = key;
    r.what = tr("Listing the uploaded parts of %1").arg(where(key));
    QByteArray marker;
    for (;;) {
        r.query = {{"max-parts", QByteArray::number(m_pageSize)}, {"uploadId", uploadId.toUtf8()}};
        if (!marker.isEmpty())
            r.query.append({"part-number-marker", marker});
        prepare(r, control);
        const RemoteResult result = perform(r);
        if (!result.ok())
            return result;
        const S3Response::Document doc =
            S3Response::parse(m_curl.responseBody(), QStringLiteral("Part"));
        if (!doc.ok)
            return invalid(r, tr("the server's answer is not a part list"));
        for (const auto& record : doc.records) {
            Part part;
            part.number = record.value(QStringLiteral("PartNumber")).toInt();
            part.etag = S3Response::unquote(record.value(QStringLiteral("ETag")));
            part.size = record.value(QStringLiteral("Size")).toLongLong();
            part.sha256 =
                QByteArray::fromBase64(record.value(QStringLiteral("ChecksumSHA256")).toLatin1());
            part.lastModified = S3Response::isoDate(record.value(QStringLiteral("LastModified")));
            parts->append(part);
        }
        if (doc.fields.value(QStringLiteral("IsTruncated")) != QLatin1String("true"))
            break;
        const QByteArray next = doc.fields.value(QStringLiteral("NextPartNumberMarker")).toUtf8();
        if (next.isEmpty() || next == marker)
            return invalid(r, tr("the server's part list does not advance"));
        marker = next;
    }
    std::sort(parts->begin(), parts->end(),
              [](const Part& a, const Part& b) { return a.number < b.number; });
    return RemoteResult::success();
}

RemoteResult S3Client::completeMultipartUpload(const RequestControl& control, const QString& key,
                                               const QString& uploadId, const QVector<Part>& parts,
                                               QString* etag)
{
    Request r;
    r.method = "POST";
    r.key = key;
    r.query = {{"uploadId", uploadId.toUtf8()}};
    r.what = tr("Completing the upload of %1").arg(where(key));
    QVector<Part> sorted = parts;
    std::sort(sorted.begin(), sorted.end(),
              [](const Part& a, const Part& b) { return a.number < b.number; });
    QXmlStreamWriter xml(&r.postBody);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("CompleteMultipartUpload"));
    xml.writeDefaultNamespace(QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/"));
    for (const Part& part : sorted) {
        xml.writeStartElement(QStringLiteral("Part"));
        xml.writeTextElement(QStringLiteral("PartNumber"), QString::number(part.number));
        xml.writeTextElement(QStringLiteral("ETag"),
                             QLatin1Char('"') + part.etag + QLatin1Char('"'));
        if (m_config.checksumHeaders && !part.sha256.isEmpty())
            xml.writeTextElement(QStringLiteral("ChecksumSHA256"),
                                 QString::fromLatin1(part.sha256.toBase64()));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    r.payloadSha256Hex = Digest::hash(Digest::Algorithm::Sha256, r.postBody).toHex();
    r.headers.append("Content-MD5: " + Digest::hash(Digest::Algorithm::Md5, r.postBody).toBase64());
    prepare(r, control);
    const RemoteResult result = perform(r);
    if (result.kind == RemoteResult::Kind::Transient &&
        result.remoteCode == QLatin1String("InternalError")) {
        // Ceph RGW (Pacific) answers 500 "This multipart completion is already in progress"
        // for an upload ID that was aborted or never existed: retried, it never succeeds.
        // Ask whether the upload still exists.
        QVector<Part> held;
        const RemoteResult check = listParts(control, key, uploadId, &held);
        if (check.kind == RemoteResult::Kind::NotFound &&
            check.remoteCode == QLatin1String("NoSuchUpload"))
            return httpError(r, 404, "<Error><Code>NoSuchUpload</Code></Error>");
        return result;
    }
    if (!result.ok())
        return result;
    const S3Response::Document doc = S3Response::parse(m_curl.responseBody());
    if (!doc.ok || doc.root != QLatin1String("CompleteMultipartUploadResult"))
        return invalid(r, tr("the server's answer does not confirm the upload"));
    if (etag)
        *etag = S3Response::unquote(doc.fields.value(QStringLiteral("ETag")));
    return RemoteResult::success();
}

RemoteResult S3Client::abortMultipartUpload(const RequestControl& control, const QString& key,
                                            const QString& uploadId)
{
    Request r;
    r.method = "DELETE";
    r.key = key;
    r.query = {{"uploadId", uploadId.toUtf8()}};
    r.what = tr("Abandoning the unfinished upload of %1").arg(where(key));
    prepare(r, control);
    return perform(r);
}

RemoteResult S3Client::listMultipartUploads(const RequestControl& control, const QString& prefix,
                                            QVector<Upload>* uploads)
{
    uploads->clear();
    Request r;
    r.what = tr("Listing the unfinished uploads in %1").arg(where(QString()));
    QByteArray keyMarker;
    QByteArray idMarker;
    for (;;) {
        r.query = {{"max-uploads", QByteArray::number(m_pageSize)},
                   {"prefix", prefix.toUtf8()},
                   {"uploads", ""}};
        if (!keyMarker.isEmpty())
            r.query.append({"key-marker", keyMarker});
        if (!idMarker.isEmpty())
            r.query.append({"upload-id-marker", idMarker});
        prepare(r, control);
        const RemoteResult result = perform(r);
        if (!result.ok())
            return result;
        const S3Response::Document doc =
            S3Response::parse(m_curl.responseBody(), QStringLiteral("Upload"));
        if (!doc.ok)
            return invalid(r, tr("the server's answer is not a list of uploads"));
        for (const auto& record : doc.records)
            uploads->append({record.value(QStringLiteral("Key")),
                             record.value(QStringLiteral("UploadId")),
                             S3Response::isoDate(record.value(QStringLiteral("Initiated")))});
        if (doc.fields.value(QStringLiteral("IsTruncated")) != QLatin1String("true"))
            break;
        const QByteArray nextKey = doc.fields.value(QStringLiteral("NextKeyMarker")).toUtf8();
        const QByteArray nextId = doc.fields.value(QStringLiteral("NextUploadIdMarker")).toUtf8();
        if (nextKey.isEmpty() || (nextKey == keyMarker && nextId == idMarker))
            return invalid(r, tr("the server's list of uploads does not advance"));
        keyMarker = nextKey;
        idMarker = nextId;
    }
    return RemoteResult::success();
}

// ---------------------------------------------------------------- objects

RemoteResult S3Client::putObject(const RequestControl& control, const QString& key,
                                 const QString& filePath, const QByteArray& sha256,
                                 const QByteArray& md5, const Metadata& metadata)
{
    Request r;
    r.method = "PUT";
    r.key = key;
    r.what = tr("Uploading %1").arg(where(key));
    const QFileInfo info(filePath);
    if (!info.isFile())
        return invalid(r, tr("%1 is not a readable file").arg(filePath));
    const qint64 size = info.size();
    if (size > kMaxPartSize)
        return invalid(r, tr("a single upload holds at most 5 GiB: use a multipart upload"));
    if (sha256.size() != 32 || md5.size() != 16)
        return invalid(r, tr("the file's SHA-256 and MD5 digests are missing"));
    QString error;
    if (!addMetadata(&r, metadata, &error))
        return invalid(r, error);
    r.payloadSha256Hex = sha256.toHex();
    r.headers.append("Content-MD5: " + md5.toBase64());
    r.headers.append("Content-Type: application/octet-stream");
    if (m_config.checksumHeaders)
        r.headers.append("x-amz-checksum-sha256: " + sha256.toBase64());
    prepare(r, control);
    if (!m_curl.setUploadFileRange(filePath, 0, size, &error))
        return invalid(r, error);
    return perform(r);
}

RemoteResult S3Client::putBytes(const RequestControl& control, const QString& key,
                                const QByteArray& data, const Metadata& metadata)
{
    Request r;
    r.method = "PUT";
    r.key = key;
    r.what = tr("Uploading %1").arg(where(key));
    QString error;
    if (!addMetadata(&r, metadata, &error))
        return invalid(r, error);
    const QByteArray sha256 = Digest::hash(Digest::Algorithm::Sha256, data);
    r.payloadSha256Hex = sha256.toHex();
    r.headers.append("Content-MD5: " + Digest::hash(Digest::Algorithm::Md5, data).toBase64());
    r.headers.append("Content-Type: application/octet-stream");
    if (m_config.checksumHeaders)
        r.headers.append("x-amz-checksum-sha256: " + sha256.toBase64());
    prepare(r, control);
    m_curl.setUploadBytes(data);
    return perform(r);
}

RemoteResult S3Client::headObject(const RequestControl& control, const QString& key,
                                  ObjectInfo* info)
{
    Request r;
    r.method = "HEAD";
    r.key = key;
    r.what = tr("Reading the details of %1").arg(where(key));
    prepare(r, control);
    const RemoteResult result = perform(r);
    if (!result.ok()) {
        if (result.httpStatus >= 400 && result.httpStatus < 500 && result.remoteCode.isEmpty())
            return headError(r, control);
        return result;
    }
    ObjectInfo out;
    out.key = key;
    bool sized = false;
    out.size = m_curl.responseHeader("content-length").toLongLong(&sized);
    if (!sized)
        return invalid(r, tr("the server sent no object size"));
    out.etag = S3Response::unquote(QString::fromLatin1(m_curl.responseHeader("etag")));
    out.lastModified = S3Response::httpDate(m_curl.responseHeader("last-modified"));
    for (const auto& [name, value] : m_curl.responseHeaders()) {
        if (name.startsWith("x-amz-meta-"))
            out.metadata.insert(QString::fromUtf8(name.mid(11)),
                                QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    *info = out;
    return RemoteResult::success();
}

RemoteResult S3Client::getObject(const RequestControl& control, const QString& key,
                                 QByteArray* data, qint64 offset, qint64 length)
{
    data->clear();
    Request r;
    r.key = key;
    r.what = tr("Reading %1").arg(where(key));
    if (offset < 0 || length < -1 || length > kMaxGetBytes)
        return invalid(r, tr("reads in memory hold at most 64 MiB: read into a file"));
    if (length == 0)
        return RemoteResult::success();
    const bool ranged = offset > 0 || length > 0;
    if (ranged)
        r.headers.append("Range: bytes=" + QByteArray::number(offset) + '-' +
                         (length > 0 ? QByteArray::number(offset + length - 1) : QByteArray()));
    prepare(r, control);
    QByteArray received;
    m_curl.setDownloadSink([&received](const char* bytes, qint64 size, QString* error) {
        if (received.size() + size > kMaxGetBytes) {
            *error = tr("the object is larger than 64 MiB: read it into a file");
            return false;
        }
        received.append(bytes, qsizetype(size));
        return true;
    });
    const RemoteResult result = perform(r);
    if (!result.ok())
        return result;
    if (ranged && m_curl.httpStatus() == 200) // the server ignored the range
        received = received.mid(offset, length > 0 ? qsizetype(length) : -1);
    *data = received;
    return RemoteResult::success();
}

RemoteResult S3Client::getObjectToFile(const RequestControl& control, const QString& key,
                                       const QString& path, QByteArray* sha256)
{
    Request r;
    r.key = key;
    r.what = tr("Downloading %1 to %2").arg(where(key), path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return invalid(r, tr("cannot write %1: %2").arg(path, file.errorString()));
    Digest digest(Digest::Algorithm::Sha256);
    prepare(r, control);
    m_curl.setDownloadSink([&](const char* bytes, qint64 size, QString* error) {
        if (file.write(bytes, size) != size) {
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        digest.update(bytes, size);
        return true;
    });
    const RemoteResult result = perform(r);
    if (!result.ok())
        return result; // QSaveFile discards the partial file
    if (!file.commit())
        return invalid(r, tr("cannot write %1: %2").arg(path, file.errorString()));
    if (sha256)
        *sha256 = digest.result();
    return RemoteResult::success();
}

RemoteResult S3Client::deleteObject(const RequestControl& control, const QString& key)
{
    Request r;
    r.method = "DELETE";
    r.key = key;
    r.what = tr("Deleting %1").arg(where(key));
    prepare(r, control);
    return perform(r);
}

RemoteResult S3Client::listObjects(const RequestControl& control, const QString& prefix,
                                   QVector<ObjectInfo>* objects)
{
    objects->clear();
    Request r;
    r.what = tr("Listing %1").arg(where(QString()));
    QByteArray token;
    for (;;) {
        r.query = {{"list-type", "2"},
                   {"max-keys", QByteArray::number(m_pageSize)},
                   {"prefix", prefix.toUtf8()}};
        if (!token.isEmpty())
            r.query.append({"continuation-token", token});
        prepare(r, control);
        const RemoteResult result = perform(r);
        if (!result.ok())
            return result;
        const S3Response::Document doc =
            S3Response::parse(m_curl.responseBody(), QStringLiteral("Contents"));
        if (!doc.ok)
            return invalid(r, tr("the server's answer is not a listing"));
        for (const auto& record : doc.records) {
            ObjectInfo object;
            object.key = record.value(QStringLiteral("Key"));
            object.size = record.value(QStringLiteral("Size")).toLongLong();
            object.etag = S3Response::unquote(record.value(QStringLiteral("ETag")));
            object.lastModified = S3Response::isoDate(record.value(QStringLiteral("LastModified")));
            objects->append(object);
        }
        if (doc.fields.value(QStringLiteral("IsTruncated")) != QLatin1String("true"))
            break;
        const QByteArray next = doc.fields.value(QStringLiteral("NextContinuationToken")).toUtf8();
        if (next.isEmpty() || next == token)
            return invalid(r, tr("the server's listing does not advance"));
        token = next;
    }
    return RemoteResult::success();
}

// ---------------------------------------------------------------- hashing

bool S3Client::hashRange(const QString& path, qint64 offset, qint64 length, QByteArray* sha256,
                         QByteArray* md5, const std::atomic_bool* cancel, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    Digest sha(Digest::Algorithm::Sha256);
    Digest md(Digest::Algorithm::Md5);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        if (cancel && cancel->load()) {
            if (error)
                *error = tr("Checksumming %1 was stopped.").arg(path);
            return false;
        }
        const qint64 n = file.read(buffer.data(), qMin<qint64>(buffer.size(), left));
        if (n <= 0) {
            if (error)
                *error = n < 0 ? tr("Cannot read %1: %2").arg(path, file.errorString())
                               : tr("%1 ends before byte %2: it was changed on disk. Check the "
                                    "file and add it again.")
                                     .arg(path)
                                     .arg(offset + length);
            return false;
        }
        sha.update(buffer.constData(), n);
        md.update(buffer.constData(), n);
        left -= n;
    }
    const QByteArray s = sha.result();
    const QByteArray m = md.result();
    if (s.isEmpty() || m.isEmpty()) {
        if (error)
            *error = tr("Cannot checksum %1: OpenSSL failed.").arg(path);
        return false;
    }
    if (sha256)
        *sha256 = s;
    if (md5)
        *md5 = m;
    return true;
}

} // namespace steward
