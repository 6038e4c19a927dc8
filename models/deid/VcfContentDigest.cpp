#include "models/deid/VcfContentDigest.h"

#include <charconv>
#include <cstdlib>
#include <cstring>

#include <QFile>

#include "models/formats/HtsHandles.h"

namespace steward {
namespace {

constexpr size_t kFlushBytes = 1 << 20;

void appendInt(std::string* out, int64_t v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out->append(buf, r.ptr);
}

void appendFloat(std::string* out, float v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 6);
    out->append(buf, r.ptr);
}

template <typename T>
void appendInts(std::string* out, const uint8_t* p, int n, T missing, T end)
{
    for (int i = 0; i < n; ++i) {
        T v;
        std::memcpy(&v, p + size_t(i) * sizeof(T), sizeof(T));
        if (v == end)
            break;
        if (i)
            out->push_back(',');
        if (v == missing)
            out->push_back('.');
        else
            appendInt(out, v);
    }
}

/** An INFO value as text, independent of how it was encoded (int8 or int32, VCF or BCF). */
void appendInfoValue(std::string* out, const bcf_info_t& info)
{
    const uint8_t* p = info.vptr;
    switch (info.type) {
    case BCF_BT_INT8:
        appendInts<int8_t>(out, p, info.len, bcf_int8_missing, bcf_int8_vector_end);
        break;
    case BCF_BT_INT16:
        appendInts<int16_t>(out, p, info.len, bcf_int16_missing, bcf_int16_vector_end);
        break;
    case BCF_BT_INT32:
        appendInts<int32_t>(out, p, info.len, bcf_int32_missing, bcf_int32_vector_end);
        break;
    case BCF_BT_FLOAT:
        for (int i = 0; i < info.len; ++i) {
            float v;
            std::memcpy(&v, p + size_t(i) * 4, 4);
            if (bcf_float_is_vector_end(v))
                break;
            if (i)
                out->push_back(',');
            if (bcf_float_is_missing(v))
                out->push_back('.');
            else
                appendFloat(out, v);
        }
        break;
    case BCF_BT_CHAR:
        out->append(reinterpret_cast<const char*>(p),
                    strnlen(reinterpret_cast<const char*>(p), size_t(info.len)));
        break;
    default:
        break;
    }
}

} // namespace

VcfContentDigest::VcfContentDigest(const bcf_hdr_t* header, const QSet<QString>& skipInfo)
    : m_header(header)
{
    const int n = header->n[BCF_DT_ID];
    m_skip.assign(size_t(n), 0);
    for (const QString& key : skipInfo) {
        const int id = bcf_hdr_id2int(header, BCF_DT_ID, key.toUtf8().constData());
        if (id >= 0 && id < n)
            m_skip[size_t(id)] = 1;
    }
    m_buffer.reserve(kFlushBytes + 4096);
}

VcfContentDigest::~VcfContentDigest()
{
    std::free(m_gt);
}

void VcfContentDigest::add(bcf1_t* rec)
{
    bcf_unpack(rec, BCF_UN_STR | BCF_UN_INFO);
    std::string& b = m_buffer;
    b.append(bcf_seqname_safe(m_header, rec));
    b.push_back('\t');
    appendInt(&b, int64_t(rec->pos) + 1);
    b.push_back('\t');
    for (int i = 0; i < rec->n_allele; ++i) {
        if (i > 1)
            b.push_back(',');
        b.append(rec->d.allele[i]);
        if (i == 0)
            b.push_back('\t');
    }
    b.push_back('\t');
    bool first = true;
    for (int i = 0; i < rec->n_info; ++i) {
        const bcf_info_t& info = rec->d.info[i];
        if (!info.vptr)
            continue; // removed with bcf_update_info(..., NULL, 0)
        if (info.key >= 0 && size_t(info.key) < m_skip.size() && m_skip[size_t(info.key)])
            continue;
        if (!first)
            b.push_back(';');
        first = false;
        b.append(bcf_hdr_int2id(m_header, BCF_DT_ID, info.key));
        if (info.len > 0 && bcf_hdr_id2type(m_header, BCF_HL_INFO, info.key) != BCF_HT_FLAG) {
            b.push_back('=');
            appendInfoValue(&b, info);
        }
    }
    const int nsmpl = bcf_hdr_nsamples(m_header);
    if (nsmpl > 0) {
        const int n = bcf_get_genotypes(m_header, rec, &m_gt, &m_gtSize);
        if (n > 0) {
            const int ploidy = n / nsmpl;
            for (int s = 0; s < nsmpl; ++s) {
                b.push_back('\t');
                const int32_t* g = m_gt + size_t(s) * size_t(ploidy);
                for (int k = 0; k < ploidy && g[k] != bcf_int32_vector_end; ++k) {
                    if (k)
                        b.push_back(bcf_gt_is_phased(g[k]) ? '|' : '/');
                    if (bcf_gt_is_missing(g[k]))
                        b.push_back('.');
                    else
                        appendInt(&b, bcf_gt_allele(g[k]));
                }
            }
        }
    }
    b.push_back('\n');
    ++m_records;
    if (b.size() >= kFlushBytes)
        flush();
}

void VcfContentDigest::flush()
{
    m_digest.update(m_buffer.data(), qint64(m_buffer.size()));
    m_buffer.clear();
}

QString VcfContentDigest::finish()
{
    flush();
    if (!m_digest.ok())
        return QString();
    return m_digest.hexResult();
}

bool VcfContentDigest::file(const QString& path, const FileOptions& options, QString* hex,
                            qint64* records, QString* error)
{
    HtsFilePtr fp(hts_open(QFile::encodeName(path).constData(), "r"));
    if (!fp) {
        *error =
            tr("Cannot open %1 to check it: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    HtsThreadPool pool(options.threads);
    if (options.threads > 0 && !pool.attach(fp.get())) {
        *error = tr("Cannot start decompression threads for %1").arg(path);
        return false;
    }
    BcfHeaderPtr hdr(bcf_hdr_read(fp.get()));
    if (!hdr) {
        *error = tr("Cannot read the header of %1").arg(path);
        return false;
    }
    if (options.samples) {
        const QByteArray list = options.samples->isEmpty()
                                    ? QByteArray("-")
                                    : options.samples->join(QLatin1Char(',')).toUtf8();
        const int r = bcf_hdr_set_samples(hdr.get(), list.constData(), 0);
        if (r != 0) {
            *error = tr("Cannot select the samples of %1 (sample %2 is not in the file)")
                         .arg(path)
                         .arg(r > 0 ? options.samples->value(r - 1) : QStringLiteral("?"));
            return false;
        }
    }
    BcfRecordPtr rec(bcf_init());
    VcfContentDigest digest(hdr.get(), options.skipInfo);
    BGZF* bgzf = hts_get_bgzfp(fp.get());
    int r = 0;
    while ((r = bcf_read(fp.get(), hdr.get(), rec.get())) == 0) {
        if (rec->errcode) {
            *error = tr("%1: record %2 (%3:%4) is invalid (htslib error %5)")
                         .arg(path)
                         .arg(digest.records() + 1)
                         .arg(QString::fromUtf8(bcf_seqname_safe(hdr.get(), rec.get())))
                         .arg(rec->pos + 1)
                         .arg(rec->errcode);
            return false;
        }
        digest.add(rec.get());
        if ((digest.records() & 0x3ff) == 0) {
            if (options.cancel && options.cancel->load()) {
                *error = tr("Cancelled while checking %1").arg(path);
                return false;
            }
            if (options.bytesRead && bgzf)
                options.bytesRead->store(qint64(bgzf_tell(bgzf) >> 16));
        }
    }
    if (r < -1) {
        *error = tr("%1 is damaged after record %2 (htslib could not read further)")
                     .arg(path)
                     .arg(digest.records());
        return false;
    }
    *hex = digest.finish();
    *records = digest.records();
    if (hex->isEmpty()) {
        *error = tr("Cannot compute the SHA-256 digest of %1 (OpenSSL failed)").arg(path);
        return false;
    }
    return true;
}

} // namespace steward
