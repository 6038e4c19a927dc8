#include "models/deid/ReadContentDigest.h"

#include <cstring>

namespace steward {

namespace {

constexpr size_t kFlushBytes = 1 << 20;

template <typename T>
void put(std::string* buffer, T value)
{
    buffer->append(reinterpret_cast<const char*>(&value), sizeof(value));
}

} // namespace

ReadContentDigest::ReadContentDigest(const sam_hdr_t* header) : m_digest(Digest::Algorithm::Sha256)
{
    const int n = header ? sam_hdr_nref(header) : 0;
    m_names.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        m_names.emplace_back(sam_hdr_tid2name(header, i));
    m_buffer.reserve(kFlushBytes + 4096);
}

void ReadContentDigest::appendName(int tid)
{
    if (tid >= 0 && size_t(tid) < m_names.size())
        m_buffer.append(m_names[size_t(tid)].constData(), size_t(m_names[size_t(tid)].size()));
    else
        m_buffer.push_back('*');
    m_buffer.push_back('\0');
}

void ReadContentDigest::add(const bam1_t* b)
{
    const bam1_core_t& c = b->core;
    put<quint16>(&m_buffer, c.flag);
    appendName(c.tid);
    put<qint64>(&m_buffer, c.pos);
    put<quint8>(&m_buffer, c.qual);
    put<quint32>(&m_buffer, c.n_cigar);
    m_buffer.append(reinterpret_cast<const char*>(bam_get_cigar(b)), 4 * size_t(c.n_cigar));
    appendName(c.mtid);
    put<qint64>(&m_buffer, c.mpos);
    put<qint64>(&m_buffer, c.isize);
    put<qint32>(&m_buffer, c.l_qseq);
    // Bases as letters: the packed form's padding nibble of odd lengths is not content.
    const uint8_t* seq = bam_get_seq(b);
    const size_t at = m_buffer.size();
    m_buffer.resize(at + size_t(c.l_qseq));
    char* out = &m_buffer[at];
    for (int i = 0; i < c.l_qseq; ++i)
        out[i] = seq_nt16_str[bam_seqi(seq, i)];
    m_buffer.append(reinterpret_cast<const char*>(bam_get_qual(b)), size_t(c.l_qseq));
    ++m_records;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

void ReadContentDigest::flush()
{
    if (!m_buffer.empty())
        m_digest.update(m_buffer.data(), qint64(m_buffer.size()));
    m_buffer.clear();
}

QString ReadContentDigest::hexResult()
{
    flush();
    return m_digest.hexResult();
}

} // namespace steward
