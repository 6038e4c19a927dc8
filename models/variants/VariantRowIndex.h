#pragma once

#include <atomic>
#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace steward {

/**
 * Where every stride-th record of a VCF.gz (BGZF) or BCF starts, as BGZF virtual offsets,
 * so that any row of a file of any size can be shown by seeking near it and reading at
 * most stride records. A few kilobytes per million records; cached in the catalog.
 */
struct VariantRowIndex
{
    static constexpr int kDefaultStride = 256;

    int stride = kDefaultStride;
    qint64 records = 0;
    /** offsets[k]: the virtual offset of record k * stride. */
    QVector<qint64> offsets;
    /** Where each block's first record is: contigs[blockContig[k]], blockPos[k] (1-based). */
    QStringList contigs;
    QVector<int> blockContig;
    QVector<qint64> blockPos;
    /** False while the index is being built (records so far) or when the read stopped. */
    bool complete = false;

    int blockCount() const { return int(offsets.size()); }
    int blockOf(qint64 row) const { return int(row / stride); }

    /**
     * The blocks that can hold records of contig @p chrom between @p start and @p end
     * (1-based, inclusive), for a file sorted by position within each contig. False when the
     * contig never starts a block and cannot be placed (then scan the file instead).
     */
    bool blocksFor(const QString& chrom, qint64 start, qint64 end, int* first, int* last) const;

    QByteArray toBlob() const;
    static bool fromBlob(const QByteArray& blob, VariantRowIndex* index);
};

class Catalog;

/** Keeps VariantRowIndexes in the catalog, keyed by path, size and mtime. */
class VariantRowIndexCache final
{
public:
    static bool load(const Catalog& catalog, const QString& path, VariantRowIndex* index);
    static bool save(const Catalog& catalog, const QString& path, const VariantRowIndex& index);
};

/** Builds a VariantRowIndex in one streaming pass, reporting partial indexes as it goes. */
class VariantRowIndexBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(VariantRowIndexBuilder)

public:
    using Progress =
        std::function<void(const VariantRowIndex& partial, qint64 bytesDone, qint64 bytesTotal)>;

    /** True for BGZF-compressed VCF and for BCF; otherwise why not (plain gzip, plain text). */
    static bool isSeekable(const QString& path, QString* why);

    /**
     * Reads the file's records (VCF.gz: lines, without parsing them; BCF: raw records) and
     * notes where every stride-th one starts. Calls progress about every 64 blocks.
     * Returns false with an error naming the file when it cannot be read; a cancel returns
     * true with an incomplete index.
     */
    static bool build(const QString& path, int threads, const std::atomic_bool* cancel,
                      const Progress& progress, VariantRowIndex* index, QString* error);
};

} // namespace steward
