#pragma once

#include <atomic>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QVector>

#include "models/transfer/CurlHandle.h"
#include "models/transfer/RemoteResult.h"

namespace steward {

/** Where and as whom an S3Client talks: one bucket on one endpoint. */
struct S3Config
{
    QString endpoint; // http(s)://host[:port][/path], no bucket
    QString region;   // the SigV4 scope; us-east-1 when empty
    QString bucket;
    bool pathStyle = true; // host/bucket/key; false: bucket.host/key (virtual-hosted)
    QString accessKey;
    QString secretKey; // held in memory only; never in a URL, a log or a message
    /** Sends x-amz-checksum-sha256 (and declares SHA256 on multipart uploads). Some
        S3-compatible stores refuse these newer headers: make it a per-destination setting. */
    bool checksumHeaders = true;
    QString caFile; // PEM certificate authorities trusted besides the system's; may be empty
};

/**
 * A synchronous S3 client for one bucket: multipart uploads (create, upload a file range as a
 * part, list, complete, abort, list unfinished uploads), small objects, HEAD, GET (bytes,
 * ranges, streamed to a file), DELETE and listings, each call blocking on the calling thread
 * and returning a RemoteResult whose message names the endpoint, bucket and key and says
 * what to do. Uploads are streamed from disk and carry the data's real SHA-256 in the signed
 * x-amz-content-sha256 header plus Content-MD5, so the server rejects data that changed on
 * the way (Fatal) instead of storing it.
 *
 * Requests are signed with SigV4 by libcurl (CURLOPT_AWS_SIGV4). libcurl 7.88's signer
 * takes the query string verbatim as the canonical query and does not add
 * x-amz-content-sha256 itself, so every URL here is built already canonical (parameters
 * sorted, each written as key=value, RFC 3986 encoded) and the payload hash is always sent
 * by this class; both stay correct with later libcurl versions, which canonicalise the
 * query themselves. That is why no signer of our own is needed.
 *
 * An instance owns one libcurl handle (its connection is reused between calls) and is not
 * thread-safe: the transfer engine gives each worker thread its own S3Client.
 */
class S3Client final
{
    Q_DECLARE_TR_FUNCTIONS(S3Client)

public:
    static constexpr qint64 kMinPartSize = qint64(5) << 20; // every part but the last
    static constexpr qint64 kMaxPartSize = qint64(5) << 30; // also the largest single PUT
    static constexpr int kMaxParts = 10000;
    /** getObject() keeps the bytes in memory: larger reads belong in getObjectToFile(). */
    static constexpr qint64 kMaxGetBytes = qint64(64) << 20;

    using Metadata = QMap<QString, QString>; // x-amz-meta-<name>, names lower-case

    struct Part
    {
        int number = 0;
        QString etag; // without quotes
        qint64 size = 0;
        QByteArray sha256; // raw digest; sent on complete when checksumHeaders (may be empty)
        QDateTime lastModified;
    };
    struct Upload
    {
        QString key;
        QString uploadId;
        QDateTime initiated;
    };
    struct ObjectInfo
    {
        QString key;
        qint64 size = -1;
        QString etag; // without quotes; of a multipart object this is not an MD5
        QDateTime lastModified;
        Metadata metadata; // headObject() only
    };

    explicit S3Client(S3Config config);
    ~S3Client();
    S3Client(const S3Client&) = delete;
    S3Client& operator=(const S3Client&) = delete;

    const S3Config& config() const { return m_config; }
    /** Entries asked for per listing page (1000, the S3 maximum); small values test paging. */
    void setPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, 1000); }

    /** Checks that the bucket exists and can be listed with these keys. */
    RemoteResult headBucket(const RequestControl& control);

    RemoteResult createMultipartUpload(const RequestControl& control, const QString& key,
                                       QString* uploadId, const Metadata& metadata = {});
    /**
     * Uploads `length` bytes of `filePath` from `offset` as part `partNumber` (1..10000),
     * streamed from disk. `sha256` and `md5` are the raw digests of exactly that range
     * (hashRange()): the server checks both and rejects the part (Fatal) on a mismatch.
     * On success `etag` gets the part's ETag, needed to complete the upload.
     */
    RemoteResult uploadPart(const RequestControl& control, const QString& key,
                            const QString& uploadId, int partNumber, const QString& filePath,
                            qint64 offset, qint64 length, const QByteArray& sha256,
                            const QByteArray& md5, QString* etag);
    /** The parts the server holds for an upload, all pages, by part number. */
    RemoteResult listParts(const RequestControl& control, const QString& key,
                           const QString& uploadId, QVector<Part>* parts);
    /**
     * Joins the parts (number + ETag; sha256 too when checksumHeaders) into the object.
     * `etag` gets the object's ETag when the server returns one: Ceph RGW returns an empty
     * one, so HEAD the object when it matters. A lost response makes a retry end in
     * NotFound (NoSuchUpload) although the object exists: HEAD it before uploading again.
     */
    RemoteResult completeMultipartUpload(const RequestControl& control, const QString& key,
                                         const QString& uploadId, const QVector<Part>& parts,
                                         QString* etag = nullptr);
    RemoteResult abortMultipartUpload(const RequestControl& control, const QString& key,
                                      const QString& uploadId);
    /** Unfinished multipart uploads whose key starts with `prefix`, all pages. */
    RemoteResult listMultipartUploads(const RequestControl& control, const QString& prefix,
                                      QVector<Upload>* uploads);

    /** A single PUT of a whole file (at most 5 GiB), streamed; digests as in uploadPart(). */
    RemoteResult putObject(const RequestControl& control, const QString& key,
                           const QString& filePath, const QByteArray& sha256, const QByteArray& md5,
                           const Metadata& metadata = {});
    RemoteResult putBytes(const RequestControl& control, const QString& key, const QByteArray& data,
                          const Metadata& metadata = {});
    /** Size, ETag, Last-Modified and x-amz-meta-* of an object. */
    RemoteResult headObject(const RequestControl& control, const QString& key, ObjectInfo* info);
    /** Reads `length` bytes from `offset` (-1: to the end), at most kMaxGetBytes. */
    RemoteResult getObject(const RequestControl& control, const QString& key, QByteArray* data,
                           qint64 offset = 0, qint64 length = -1);
    /**
     * Streams an object into `path`, which is replaced only when the whole object arrived
     * (QSaveFile); `sha256` (optional) gets the raw digest of what was written.
     */
    RemoteResult getObjectToFile(const RequestControl& control, const QString& key,
                                 const QString& path, QByteArray* sha256 = nullptr);
    /** Deletes an object; S3 reports success for a key that does not exist. */
    RemoteResult deleteObject(const RequestControl& control, const QString& key);
    /** Objects whose key starts with `prefix` (ListObjectsV2, all pages). */
    RemoteResult listObjects(const RequestControl& control, const QString& prefix,
                             QVector<ObjectInfo>* objects);
    /**
     * The server's clock from the Date header of an unsigned request, to compare with ours
     * before a long upload: SigV4 fails with RequestTimeTooSkewed beyond 15 minutes.
     */
    RemoteResult serverDate(const RequestControl& control, QDateTime* date);

    /**
     * Reads `length` bytes of `path` from `offset` once, in 1 MiB reads, into both raw
     * digests (OpenSSL EVP). False with an error naming the file when it cannot be read, is
     * shorter than offset + length, or `cancel` is set.
     */
    static bool hashRange(const QString& path, qint64 offset, qint64 length, QByteArray* sha256,
                          QByteArray* md5, const std::atomic_bool* cancel, QString* error);

    /** The URL of an object (empty key: the bucket), keys encoded per S3 with '/' kept. */
    QString objectUrl(const QString& key) const;
    /** SigV4's URI encoding: everything but A-Z a-z 0-9 - _ . ~ (and '/' if kept) as %XX. */
    static QByteArray uriEncode(const QByteArray& utf8, bool keepSlash);

private:
    using Query = QList<QPair<QByteArray, QByteArray>>;
    struct Request
    {
        QByteArray method = "GET";
        QString key;
        Query query;
        QList<QByteArray> headers;
        QByteArray payloadSha256Hex; // empty: the hash of an empty body
        QByteArray postBody;
        bool sign = true;
        QString what; // "Uploading part 3 of x to bucket b on host", for messages
    };

    QByteArray url(const QString& key, const Query& query) const;
    void prepare(const Request& request, const RequestControl& control);
    RemoteResult perform(const Request& request);
    RemoteResult httpError(const Request& request, long status, const QByteArray& body) const;
    RemoteResult headError(const Request& head, const RequestControl& control);
    RemoteResult invalid(const Request& request, const QString& reason) const;
    QString where(const QString& key) const;
    bool addMetadata(Request* request, const Metadata& metadata, QString* error) const;

    S3Config m_config;
    QByteArray m_sigv4;
    int m_pageSize = 1000;
    CurlHandle m_curl;
};

} // namespace steward
