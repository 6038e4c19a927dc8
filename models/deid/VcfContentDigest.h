#pragma once

#include <atomic>
#include <memory>
#include <string>

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <htslib/vcf.h>

#include "models/common/Digest.h"

namespace steward {

/**
 * The content digest that proves a VCF/BCF transform left the data alone: SHA-256 over, per
 * record, CHROM, POS, REF, ALT, every INFO field not skipped (key=value text in record order;
 * numbers written as text, floats with 6 significant digits, so the digest does not depend on
 * the on-disk encoding: the same for a VCF and a BCF of the same records) and the genotypes of
 * the samples the reader keeps, in file order. QUAL, FILTER, ID and FORMAT fields other than
 * GT are not covered.
 *
 * Computed from the input "as the output should be" (skipping removed INFO fields, reading
 * only the kept samples) and from the re-opened output; equal digests plus equal record counts
 * are the transform's proof.
 */
class VcfContentDigest final
{
    Q_DECLARE_TR_FUNCTIONS(VcfContentDigest)

public:
    /** skipInfo: INFO keys left out (removed fields, and AC/AN when samples are dropped). */
    VcfContentDigest(const bcf_hdr_t* header, const QSet<QString>& skipInfo);
    ~VcfContentDigest();
    VcfContentDigest(const VcfContentDigest&) = delete;
    VcfContentDigest& operator=(const VcfContentDigest&) = delete;

    /** Adds one record read with `header`; unpacks what it needs. */
    void add(bcf1_t* record);
    /** Hex SHA-256 of every record added; empty when OpenSSL failed. */
    QString finish();
    qint64 records() const { return m_records; }

    struct FileOptions
    {
        QSet<QString> skipInfo;
        /** Samples to cover, as named in the file, in file order; all samples when null. */
        const QStringList* samples = nullptr;
        int threads = 1;
        const std::atomic_bool* cancel = nullptr;
        /** Compressed bytes consumed so far, updated as records are read (may be null). */
        std::atomic<qint64>* bytesRead = nullptr;
    };

    /**
     * Reads a whole VCF/BCF with htslib and digests it. False with an error naming the file
     * (unreadable, a record htslib refuses, a sample missing, cancelled).
     */
    static bool file(const QString& path, const FileOptions& options, QString* hex, qint64* records,
                     QString* error);

private:
    void flush();

    const bcf_hdr_t* m_header;
    std::vector<char> m_skip; // by INFO dictionary id: 1 = left out
    Digest m_digest{Digest::Algorithm::Sha256};
    std::string m_buffer;
    int32_t* m_gt = nullptr;
    int m_gtSize = 0;
    qint64 m_records = 0;
};

} // namespace steward
