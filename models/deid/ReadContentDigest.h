#pragma once

#include <string>
#include <vector>

#include <htslib/sam.h>

#include <QByteArray>
#include <QString>

#include "models/common/Digest.h"

namespace steward {

/**
 * SHA-256 over the parts of alignment records that de-identification must never change:
 * flag, reference name, position, MAPQ, CIGAR, mate reference and position, template length,
 * sequence and qualities, in record order. Read names and aux tags are left out, so the digest
 * of a de-identified file equals the digest of its original. Reference names (not ids) are
 * hashed so a header rewrite that kept the @SQ lines cannot hide a shifted reference.
 * Records are packed into a buffer hashed a megabyte at a time (one EVP call per record would
 * cost more than the decoding).
 */
class ReadContentDigest final
{
public:
    /** The header gives the reference names; it must outlive the digest. */
    explicit ReadContentDigest(const sam_hdr_t* header);

    void add(const bam1_t* record);
    qint64 records() const { return m_records; }
    /** Hex SHA-256 of every record added; empty when OpenSSL failed. */
    QString hexResult();

private:
    void appendName(int tid);
    void flush();

    Digest m_digest;
    std::vector<QByteArray> m_names;
    std::string m_buffer;
    qint64 m_records = 0;
};

} // namespace steward
