#pragma once

#include <atomic>
#include <functional>

#include <QString>
#include <QStringList>

namespace steward {

/** How a streaming reader of a genomic file runs: threads, cancel flag, progress, references. */
struct ReadOptions
{
    /** htslib decompression threads beside the parsing thread (0: none). */
    int threads = 2;
    /** Set to true from any thread to stop the read at the next record. */
    const std::atomic_bool* cancel = nullptr;
    /** Called now and then with bytes of the file consumed and the file's size. */
    std::function<void(qint64 done, qint64 total)> progress;
    /** VCF/BCF: count genotypes per sample (costs FORMAT decoding). */
    bool perSample = true;
    /** CRAM: an explicit reference FASTA (indexed); empty to search referenceFolders. */
    QString referenceFasta;
    /** CRAM: folders searched for a FASTA whose sequences match the @SQ lines. */
    QStringList referenceFolders;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

} // namespace steward
