#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include "models/transfer/RemoteResult.h"

namespace steward {

/**
 * Reading what an S3 server answers: its small XML documents (listings, upload IDs, error
 * documents), its date formats, and the mapping of an error (HTTP status + S3 error code)
 * to a RemoteResult whose message names the endpoint, bucket and key and says what to do.
 * Used by S3Client; separate so the mapping reads as one table.
 */
class S3Response final
{
    Q_DECLARE_TR_FUNCTIONS(S3Response)

public:
    /** The root's leaf children and the repeated records under the root. */
    struct Document
    {
        bool ok = false; // well-formed, with a root element
        QString root;
        QHash<QString, QString> fields;           // direct children of the root
        QVector<QHash<QString, QString>> records; // <recordName> children, leaves flattened
    };
    static Document parse(const QByteArray& body, const QString& recordName = QString());

    /** What failed, for the message; never holds the secret key. */
    struct Context
    {
        QString what; // "Uploading part 3 of k in bucket b on host"
        QString endpoint;
        QString bucket;
        QString key;
        QString accessKey;
        QString region;
        bool namesUpload = false; // the request carried an uploadId
        QByteArray dateHeader;    // the answer's Date, for clock-skew messages
    };
    /** Classifies a failed answer: Auth, Permission, NotFound, Space, Transient or Fatal. */
    static RemoteResult error(const Context& context, long status, const QByteArray& body);

    /** An ETag without its quotes. */
    static QString unquote(QString etag);
    /** An ISO 8601 date as in listings, UTC. */
    static QDateTime isoDate(const QString& text);
    /** An HTTP date ("Tue, 24 Nov 2026 21:22:00 GMT"), UTC. */
    static QDateTime httpDate(const QByteArray& value);
    /** "key in bucket b on endpoint" (or "bucket b on endpoint"), for messages. */
    static QString where(const Context& context);
};

} // namespace steward
