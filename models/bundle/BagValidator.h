#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

/**
 * Checks that a folder is a complete and valid BagIt bag (RFC 8493, and the 0.93-0.97 drafts
 * it grew from), whoever made it: bagit.txt exactly as the RFC writes it (no byte-order mark,
 * no stray whitespace), every payload file in every payload manifest and every listed file
 * present, no path leaving the bag (in manifests or fetch.txt), well-formed checksums, every
 * checksum of every manifest and tag manifest verified (md5, sha1, sha224, sha256, sha384,
 * sha512), Payload-Oxum, and fetch.txt entries fetched. Problems name the file and line; what
 * the conformance suite calls warnings (duplicate entries with the same checksum before 1.0,
 * names differing only in case or Unicode normalization, md5sum-style `*` markers, system files
 * such as .DS_Store) are warnings. Files are hashed once for all their algorithms, large ones
 * with the digests on two threads, small ones several at a time.
 */
class BagValidator final
{
    Q_DECLARE_TR_FUNCTIONS(BagValidator)

public:
    struct Problem
    {
        enum class Severity
        {
            Error,
            Warning
        };
        Severity severity = Severity::Error;
        /** Relative to the bag ("manifest-sha256.txt", "data/a.vcf"); empty for the bag itself. */
        QString file;
        /** 1-based line in `file`; 0 when not about one line. */
        int line = 0;
        QString message;

        /** "file:line: message" */
        QString toString() const;
    };

    struct Options
    {
        /** Files hashed at once; 0: one per core. */
        int threads = 0;
        /** Structure and completeness only, no checksums (a quick look). */
        bool completenessOnly = false;
        const std::atomic_bool* cancel = nullptr;
        /** Bytes hashed so far of all to hash; called from worker threads, one call at a time. */
        std::function<void(qint64 done, qint64 total)> progress;
    };

    struct Result
    {
        bool valid = false;
        /** Every required and listed file is present (checksums aside). */
        bool complete = false;
        bool cancelled = false;
        QString version;
        QString encoding;
        QStringList payloadAlgorithms;
        QStringList tagAlgorithms;
        qint64 payloadFiles = 0;
        qint64 payloadBytes = 0;
        qint64 filesVerified = 0;
        qint64 bytesVerified = 0;
        QList<Problem> errors;
        QList<Problem> warnings;

        /** One line: valid or not, files and bytes, error and warning counts. */
        QString summary() const;
    };

    static Result validate(const QString& bagPath, const Options& options);
    static Result validate(const QString& bagPath);
};

} // namespace steward
