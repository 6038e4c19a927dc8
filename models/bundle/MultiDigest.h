#pragma once

#include <atomic>
#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace steward {

/**
 * Several message digests (any OpenSSL EVP name: md5, sha1, sha224, sha256, sha512, ...) over
 * one read of a file. Large files are read in 4 MiB blocks into a ring of buffers shared by
 * the digests; worker threads (one per core, at most one per digest) each advance whichever
 * digest is furthest behind by one block, so on two cores SHA-256 + SHA-512 + MD5 cost about
 * half their sum instead of their sum, and a lone digest overlaps with the reads.
 */
class MultiDigest final
{
    Q_DECLARE_TR_FUNCTIONS(MultiDigest)

public:
    /** Called with every block read, on the reading thread, before the next read. */
    using Sink = std::function<bool(const char* data, qint64 size, QString* error)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Options
    {
        /** Digest threads at most; 0: one per core (at most one per digest); 1: no threads. */
        int maxLanes = 0;
        /** Block size of a read. */
        qint64 blockSize = qint64(4) << 20;
        const std::atomic_bool* cancel = nullptr;
        Progress progress;
        /** Receives every block (a copy being written while the digests run); may fail. */
        Sink sink;
    };

    struct Result
    {
        qint64 size = 0;
        /** Lowercase hex digest by algorithm name as asked for. */
        QHash<QString, QString> hex;
    };

    /** True when OpenSSL knows the algorithm (BagIt's manifest names: md5, sha1, sha256...). */
    static bool isSupported(const QString& algorithm);
    /** Length of the algorithm's digest in bytes; 0 when unknown. */
    static int digestSize(const QString& algorithm);

    /**
     * Reads the file once and computes every algorithm. False with an error naming the file
     * when it cannot be opened or read, an algorithm is unknown, the sink fails, or cancel is set.
     */
    static bool file(const QString& path, const QStringList& algorithms, Result* out,
                     QString* error, const Options& options);
    static bool file(const QString& path, const QStringList& algorithms, Result* out,
                     QString* error);
    /** The digests of a buffer in memory. */
    static bool data(const QByteArray& bytes, const QStringList& algorithms, Result* out,
                     QString* error);
};

} // namespace steward
