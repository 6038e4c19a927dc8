#pragma once

#include <atomic>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "models/bundle/FileChecksums.h"

namespace steward {

class Catalog;

/**
 * Checksums of files kept in the catalog (table checksum_cache), so a file is read once: an
 * entry holds while the file's canonical path, size, modification time (ns) and inode/device
 * are unchanged; a modified, touched or replaced file is hashed again. Safe to use from several
 * threads at once (each uses its own catalog connection).
 */
class ChecksumCache final
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumCache)

public:
    /** What identifies one version of a file on disk. */
    struct Stamp
    {
        QString path; // canonical
        qint64 size = -1;
        qint64 mtimeNs = 0;
        qint64 inode = 0;
        qint64 device = 0;

        bool operator==(const Stamp& o) const
        {
            return path == o.path && size == o.size && mtimeNs == o.mtimeNs && inode == o.inode &&
                   device == o.device;
        }
        bool operator!=(const Stamp& o) const { return !(*this == o); }
    };

    explicit ChecksumCache(const Catalog& catalog);

    /** The stamp of a regular file now; false with an error naming the file otherwise. */
    static bool stamp(const QString& path, Stamp* out, QString* error);

    /**
     * The file's checksums (all three): from the cache when it is unchanged, else read once,
     * stored, and returned. False with an error naming the file when it cannot be read, changed
     * while being read, or cancel is set.
     */
    bool checksums(const QString& path, FileChecksums* out, QString* error,
                   const std::atomic_bool* cancel = nullptr,
                   const FileChecksums::Progress& progress = {});
    /** The cached checksums when the file is unchanged since they were computed. */
    std::optional<FileChecksums> cached(const QString& path) const;
    /** The cached checksums for exactly this stamp. */
    std::optional<FileChecksums> cached(const Stamp& stamp) const;
    /**
     * Records checksums computed elsewhere (e.g. while copying the file) for the version of the
     * file that `before` describes; nothing is stored when the file changed since.
     */
    bool store(const Stamp& before, const FileChecksums& checksums, QString* error);
    /** Drops the entry of a file. */
    bool forget(const QString& path, QString* error = nullptr);

    /** Files read by checksums() since construction, and answers served from the cache. */
    qint64 filesHashed() const { return m_hashed.load(); }
    qint64 cacheHits() const { return m_hits.load(); }

private:
    const Catalog& m_catalog;
    std::atomic<qint64> m_hashed{0};
    mutable std::atomic<qint64> m_hits{0};
};

} // namespace steward
