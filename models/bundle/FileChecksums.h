#pragma once

#include <atomic>
#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QFlags>
#include <QString>

namespace steward {

/**
 * The size and checksums of one file (lowercase hex), computed in one read with SHA-256,
 * SHA-512 and MD5 running side by side (see MultiDigest). SHA-256 is Steward's identity of a
 * file; SHA-512 is BagIt's recommendation; MD5 is what many repositories still ask for.
 */
struct FileChecksums
{
    Q_DECLARE_TR_FUNCTIONS(FileChecksums)

public:
    enum Algorithm
    {
        Sha256 = 0x1,
        Sha512 = 0x2,
        Md5 = 0x4,
        All = Sha256 | Sha512 | Md5
    };
    Q_DECLARE_FLAGS(Algorithms, Algorithm)

    using Progress = std::function<void(qint64 done, qint64 total)>;
    /** Receives every block read (a copy being written); returns false with an error to stop. */
    using Sink = std::function<bool(const char* data, qint64 size, QString* error)>;

    qint64 size = -1;
    QString sha256;
    QString sha512;
    QString md5;

    bool isValid() const { return size >= 0 && !sha256.isEmpty(); }
    bool has(Algorithms algorithms) const;
    /** The hex digest for a BagIt algorithm name (md5, sha256, sha512); empty otherwise. */
    QString hex(const QString& bagitName) const;
    bool operator==(const FileChecksums& o) const
    {
        return size == o.size && sha256 == o.sha256 && sha512 == o.sha512 && md5 == o.md5;
    }
    bool operator!=(const FileChecksums& o) const { return !(*this == o); }

    /**
     * Reads the file once and fills out with the chosen checksums (the others are left empty).
     * False with an error naming the file when it cannot be read or cancel is set.
     */
    static bool compute(const QString& path, FileChecksums* out, QString* error,
                        const std::atomic_bool* cancel = nullptr, const Progress& progress = {},
                        Algorithms algorithms = All, const Sink& sink = {});
    static FileChecksums ofData(const QByteArray& data, Algorithms algorithms = All);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FileChecksums::Algorithms)

} // namespace steward
