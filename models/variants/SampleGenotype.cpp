#include "models/variants/SampleGenotype.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace steward {

namespace {

const bcf_fmt_t* findFormat(const bcf_hdr_t* header, bcf1_t* record, const char* key)
{
    const int id = bcf_hdr_id2int(header, BCF_DT_ID, key);
    if (id < 0)
        return nullptr;
    for (int i = 0; i < int(record->n_fmt); ++i)
        if (record->d.fmt[i].id == id)
            return &record->d.fmt[i];
    return nullptr;
}

constexpr int kMissing = std::numeric_limits<int>::min();
constexpr int kEnd = std::numeric_limits<int>::min() + 1;

/** Value @p i of @p sample in @p fmt as an integer; kMissing, or kEnd past the sample's values. */
int formatInt(const bcf_fmt_t* fmt, int sample, int i)
{
    if (i >= fmt->n)
        return kEnd;
    const uint8_t* p = fmt->p + size_t(sample) * size_t(fmt->size);
    switch (fmt->type) {
    case BCF_BT_INT8: {
        const int8_t v = int8_t(p[i]);
        return v == bcf_int8_vector_end ? kEnd : v == bcf_int8_missing ? kMissing : v;
    }
    case BCF_BT_INT16: {
        int16_t v;
        std::memcpy(&v, p + 2 * i, 2);
        return v == bcf_int16_vector_end ? kEnd : v == bcf_int16_missing ? kMissing : v;
    }
    case BCF_BT_INT32: {
        int32_t v;
        std::memcpy(&v, p + 4 * i, 4);
        return v == bcf_int32_vector_end ? kEnd : v == bcf_int32_missing ? kMissing : v;
    }
    case BCF_BT_FLOAT: {
        float v;
        std::memcpy(&v, p + 4 * i, 4);
        if (bcf_float_is_vector_end(v))
            return kEnd;
        if (bcf_float_is_missing(v) || std::isnan(v))
            return kMissing;
        return int(std::lround(v));
    }
    default:
        return kMissing;
    }
}

} // namespace

SampleGenotype SampleGenotype::read(const bcf_hdr_t* header, bcf1_t* record, int sample)
{
    SampleGenotype g;
    if (!header || !record || sample < 0 || sample >= bcf_hdr_nsamples(header))
        return g;
    bcf_unpack(record, BCF_UN_FMT);

    if (const bcf_fmt_t* gt = findFormat(header, record, "GT")) {
        bool anyMissing = false;
        for (int i = 0;; ++i) {
            const int v = formatInt(gt, sample, i);
            if (v == kEnd)
                break;
            // Phasing is written on the second and later alleles (VCF: "0|1").
            if (i > 0) {
                const bool phased = v != kMissing && bcf_gt_is_phased(v);
                g.m_text += phased ? QLatin1Char('|') : QLatin1Char('/');
                g.m_phased = g.m_phased || phased;
            }
            if (v == kMissing || bcf_gt_is_missing(v)) {
                g.m_alleles.push_back(-1);
                g.m_text += QLatin1Char('.');
                anyMissing = true;
            } else {
                const int allele = bcf_gt_allele(v);
                g.m_alleles.push_back(allele);
                g.m_text += QString::number(allele);
            }
        }
        if (!g.m_alleles.empty() && !anyMissing) {
            bool hasRef = false, hasAlt = false, differentAlts = false;
            int firstAlt = -1;
            for (int a : g.m_alleles) {
                if (a == 0) {
                    hasRef = true;
                    continue;
                }
                hasAlt = true;
                if (firstAlt < 0)
                    firstAlt = a;
                else if (a != firstAlt)
                    differentAlts = true;
            }
            if (g.m_alleles.size() == 1)
                g.m_zygosity = hasAlt ? Zygosity::Hemizygous : Zygosity::HomRef;
            else if (!hasAlt)
                g.m_zygosity = Zygosity::HomRef;
            else if (hasRef || differentAlts)
                g.m_zygosity = Zygosity::Het;
            else
                g.m_zygosity = Zygosity::HomAlt;
        }
    }

    if (const bcf_fmt_t* dp = findFormat(header, record, "DP")) {
        const int v = formatInt(dp, sample, 0);
        g.m_depth = v == kEnd || v == kMissing ? -1 : v;
    }
    if (const bcf_fmt_t* gq = findFormat(header, record, "GQ")) {
        const int v = formatInt(gq, sample, 0);
        g.m_quality = v == kEnd || v == kMissing ? -1 : v;
    }
    if (const bcf_fmt_t* ad = findFormat(header, record, "AD")) {
        for (int i = 0;; ++i) {
            const int v = formatInt(ad, sample, i);
            if (v == kEnd)
                break;
            g.m_alleleDepths.push_back(v == kMissing ? -1 : v);
        }
        // A lone "." is how VCF writes a missing AD: no depths at all.
        if (g.m_alleleDepths.size() == 1 && g.m_alleleDepths[0] < 0)
            g.m_alleleDepths.clear();
    }
    return g;
}

double SampleGenotype::alleleFraction(int allele) const
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (m_alleleDepths.size() < 2 || allele < 0 || allele >= int(m_alleleDepths.size()))
        return nan;
    long long total = 0, alt = 0;
    for (size_t i = 0; i < m_alleleDepths.size(); ++i) {
        const int d = m_alleleDepths[i];
        if (d < 0)
            return nan;
        total += d;
        if (allele == 0 ? i > 0 : int(i) == allele)
            alt += d;
    }
    return total > 0 ? double(alt) / double(total) : nan;
}

QString SampleGenotype::zygosityLabel(Zygosity zygosity)
{
    switch (zygosity) {
    case Zygosity::HomRef:
        return tr("hom-ref");
    case Zygosity::Het:
        return tr("het");
    case Zygosity::HomAlt:
        return tr("hom-alt");
    case Zygosity::Hemizygous:
        return tr("hemi");
    case Zygosity::Missing:
        break;
    }
    return tr("missing");
}

} // namespace steward
