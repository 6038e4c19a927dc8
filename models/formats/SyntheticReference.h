#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

namespace steward {

/**
 * A reproducible generated reference genome: a few contigs of sequence with a human-like
 * base composition and soft-masked (lower-case) microsatellites, written as FASTA. Each
 * contig is regenerated on demand from the seed, so callers can stream contig by contig.
 */
class SyntheticReference final
{
public:
    struct Contig
    {
        QByteArray name;
        qint64 length = 0;
    };

    SyntheticReference(quint64 seed, std::vector<Contig> contigs);

    const std::vector<Contig>& contigs() const { return m_contigs; }
    /** The sequence of contig i: upper case, soft-masked repeats in lower case. */
    QByteArray sequence(int i) const;
    /** MD5 (hex) of contig i's upper-cased sequence, as the SAM @SQ M5 tag requires. */
    QByteArray md5(int i) const;
    /** "@SQ\tSN:..\tLN:..\tM5:..[\tUR:uri]\n" for every contig. */
    QByteArray sqLines(const QByteArray& uri = QByteArray()) const;
    /** Writes the FASTA (60 bases per line) to path. */
    bool writeFasta(const QString& path, QString* error) const;

private:
    quint64 m_seed;
    std::vector<Contig> m_contigs;
    mutable std::vector<QByteArray> m_md5;
};

} // namespace steward
