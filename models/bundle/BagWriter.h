#pragma once

#include <atomic>
#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include "models/bundle/FileChecksums.h"

namespace steward {

class ChecksumCache;

/**
 * Writes a BagIt 1.0 bag (RFC 8493): bagit.txt, the payload under data/ (files copied while
 * they are hashed, or bytes made in memory such as data/ro-crate-metadata.json), SHA-256 and
 * SHA-512 payload manifests, bag-info.txt (contact, dates, Payload-Oxum, Bag-Size), the
 * caller's own tag files, and SHA-256 and SHA-512 tag manifests over every tag file. The bag
 * is built in a hidden folder beside the destination and renamed into place only when complete
 * (never over an existing folder); a failure or cancel removes it, and a folder left by a
 * killed writer is removed by the next write to the same destination.
 */
class BagWriter final
{
    Q_DECLARE_TR_FUNCTIONS(BagWriter)

public:
    /** One payload file: copied from sourcePath, or written from content when there is none. */
    struct PayloadEntry
    {
        QString sourcePath;
        QByteArray content;
        /** Relative to data/, forward slashes: "vcf/sample1.vcf.gz". */
        QString bagPath;

        static PayloadEntry file(const QString& sourcePath, const QString& bagPath);
        static PayloadEntry bytes(const QByteArray& content, const QString& bagPath);
    };

    /** A tag file of the caller's (outside data/), e.g. "steward/review.json". */
    struct TagFile
    {
        QString bagPath;
        QByteArray content;
    };

    /** bag-info.txt; empty fields are left out. Payload-Oxum and Bag-Size are computed. */
    struct BagInfo
    {
        QString sourceOrganization;
        QString contactName;
        QString contactEmail;
        QString externalDescription;
        QString externalIdentifier;
        /** Bagging-Date; today when null. */
        QDate baggingDate;
        /** More "Label: value" lines, in order (labels may repeat). */
        QList<QPair<QString, QString>> extraFields;
    };

    struct Params
    {
        /** The bag's folder; must not exist yet. */
        QString destination;
        QList<PayloadEntry> payload;
        QList<TagFile> tagFiles;
        BagInfo info;
    };

    struct Result
    {
        QString path;
        /** SHA-256 of tagmanifest-sha256.txt: it covers every manifest, so every byte. */
        QString bagSha256;
        /** Checksums of each payload file by its path in the bag ("data/..."). */
        QMap<QString, FileChecksums> checksums;
        qint64 payloadBytes = 0;
        int payloadFiles = 0;
    };

    using Progress = std::function<void(qint64 done, qint64 total)>;

    /** With a cache, sources already hashed are copied checking SHA-256 only, and new ones stored.
     */
    explicit BagWriter(ChecksumCache* cache = nullptr);

    /**
     * Writes the bag. False with an error naming the file or path at fault; nothing is then
     * left under the destination's name.
     */
    bool write(const Params& params, Result* result, QString* error,
               const std::atomic_bool* cancel = nullptr, const Progress& progress = {});

    /**
     * Why the payload cannot be bagged (a path with .., absolute or otherwise unsafe, two
     * entries with the same path or paths differing only in case, a missing source); empty
     * when it can.
     */
    static QString checkPayload(const QList<PayloadEntry>& payload);

private:
    ChecksumCache* m_cache;
};

} // namespace steward
