#pragma once

#include <atomic>
#include <functional>
#include <vector>

#include <QCoreApplication>
#include <QString>

namespace steward {

/** One BGZF block: where it starts in its file, its compressed size and its text's length. */
struct BgzfBlock
{
    quint64 offset = 0;
    quint32 size = 0;   // compressed, header and footer included
    quint32 length = 0; // uncompressed (ISIZE)
};

/**
 * Raw BGZF plumbing for header-only rewrites, where the body's compressed blocks are kept as
 * they are: copying a byte range between files inside the kernel (copy_file_range, read and
 * write where the file system cannot), comparing two ranges, and listing the blocks of a range
 * from their headers without inflating them (SAMv1 section 4.1).
 */
class BgzfBlocks final
{
    Q_DECLARE_TR_FUNCTIONS(BgzfBlocks)

public:
    /** Called after each step with the bytes done so far; false stops the work. */
    using Progress = std::function<bool(qint64 done)>;

    /**
     * Copies `length` bytes from `inFd` at `inOffset` to `outFd` at `outOffset`. On failure
     * returns false with *osError the errno of the failed call (0 when `progress` stopped it).
     */
    static bool copyRange(int inFd, qint64 inOffset, int outFd, qint64 outOffset, qint64 length,
                          const Progress& progress, int* osError);

    /**
     * Whether `length` bytes of `a` from `aOffset` equal those of `b` from `bOffset`, read in
     * two threads. *firstDifference receives the offset (relative to the ranges' starts) of the
     * first byte that differs, or -1. False with *error (naming the file) when one cannot be read.
     */
    static bool compareRanges(const QString& a, qint64 aOffset, const QString& b, qint64 bOffset,
                              qint64 length, qint64* firstDifference, QString* error,
                              const std::atomic_bool* cancel = nullptr);

    /**
     * The blocks of `path` from `from` to `to`, read from their 18-byte headers and 4-byte
     * ISIZE footers. False with *error when a block's header is not BGZF's or the last block
     * does not end exactly at `to` (a cut or damaged file).
     */
    static bool list(const QString& path, qint64 from, qint64 to, std::vector<BgzfBlock>* blocks,
                     QString* error);
};

} // namespace steward
