#include "models/formats/SyntheticReference.h"

#include <htslib/hts.h>

#include <QFile>

#include "models/formats/DeterministicRandom.h"

namespace steward {

SyntheticReference::SyntheticReference(quint64 seed, std::vector<Contig> contigs)
    : m_seed(seed), m_contigs(std::move(contigs)), m_md5(m_contigs.size())
{}

QByteArray SyntheticReference::sequence(int i) const
{
    const Contig& contig = m_contigs[size_t(i)];
    DeterministicRandom random(DeterministicRandom::derive(m_seed, quint64(i)));
    QByteArray seq(int(contig.length), 'N');
    char* out = seq.data();
    // Human-like composition (about 41% GC); a base costs a quarter of one 64-bit draw.
    static constexpr char bases[] = "AACCGGTTTAAGCTAT";
    qint64 pos = 0;
    while (pos < contig.length) {
        // Unique sequence for a few kb, then a soft-masked microsatellite.
        const qint64 unique = qint64(random.between(800, 6000));
        for (qint64 k = 0; k < unique && pos < contig.length;) {
            quint64 bits = random.next();
            for (int j = 0; j < 16 && k < unique && pos < contig.length; ++j, ++k, ++pos) {
                out[pos] = bases[bits & 15];
                bits >>= 4;
            }
        }
        const int unit = 1 + int(random.below(4));
        QByteArray motif(unit, 'a');
        for (int j = 0; j < unit; ++j)
            motif[j] = "acgt"[random.below(4)];
        const qint64 repeat = qint64(random.between(6, 25)) * unit;
        for (qint64 k = 0; k < repeat && pos < contig.length; ++k, ++pos)
            out[pos] = motif[int(k % unit)];
    }
    return seq;
}

QByteArray SyntheticReference::md5(int i) const
{
    QByteArray& cached = m_md5[size_t(i)];
    if (!cached.isEmpty())
        return cached;
    const QByteArray upper = sequence(i).toUpper();
    hts_md5_context* ctx = hts_md5_init();
    if (!ctx)
        return QByteArray();
    hts_md5_update(ctx, upper.constData(), unsigned(upper.size()));
    unsigned char digest[16];
    hts_md5_final(digest, ctx);
    hts_md5_destroy(ctx);
    char hex[33];
    hts_md5_hex(hex, digest);
    cached = QByteArray(hex, 32);
    return cached;
}

QByteArray SyntheticReference::sqLines(const QByteArray& uri) const
{
    QByteArray out;
    for (int i = 0; i < int(m_contigs.size()); ++i) {
        out += "@SQ\tSN:" + m_contigs[size_t(i)].name +
               "\tLN:" + QByteArray::number(m_contigs[size_t(i)].length) + "\tM5:" + md5(i);
        if (!uri.isEmpty())
            out += "\tUR:" + uri;
        out += '\n';
    }
    return out;
}

bool SyntheticReference::writeFasta(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    for (int i = 0; i < int(m_contigs.size()); ++i) {
        const QByteArray seq = sequence(i);
        QByteArray text;
        text.reserve(seq.size() + seq.size() / 60 + 64);
        text += '>' + m_contigs[size_t(i)].name + '\n';
        for (qint64 p = 0; p < seq.size(); p += 60) {
            text += seq.mid(p, 60);
            text += '\n';
        }
        if (file.write(text) != text.size()) {
            if (error)
                *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    if (!file.flush()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace steward
