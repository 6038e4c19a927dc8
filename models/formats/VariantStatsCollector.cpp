#include "models/formats/VariantStatsCollector.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include <htslib/vcfutils.h>

namespace steward {

namespace {

// bcftools' QUAL distribution (dist.c, dist_init(5)): values up to 10^5 in bins of one,
// then each further order of magnitude in 90,000 bins.
constexpr int kQualPow = 5;
constexpr uint32_t kQualExact = 100000;
constexpr int kQualLevel = 90000;

int qualDistBin(uint32_t value)
{
    if (value <= kQualExact)
        return int(value);
    const int npow = int(std::log10(double(value)));
    const int level = npow - kQualPow + 1;
    const uint32_t step = uint32_t(std::pow(10.0, level));
    return int(double(int(kQualExact) + kQualLevel * (level - 1)) +
               (double(value) - std::pow(10.0, npow)) / double(step));
}

uint32_t qualDistBinStart(int idx)
{
    if (uint32_t(idx) < kQualExact)
        return uint32_t(idx);
    const int level = (idx - int(kQualExact)) / kQualLevel + 1;
    const int bin = idx - int(kQualExact) - kQualLevel * (level - 1);
    const uint32_t step = uint32_t(std::pow(10.0, level));
    return uint32_t(std::pow(10.0, level + kQualPow - 1) + double(step) * bin);
}

/** bcftools' bin for a record's QUAL: 0 when missing or negative, else 1 + QUAL*10. */
int qualBin(float qual)
{
    if (std::isnan(qual) || qual < 0)
        return 0;
    // float arithmetic as in C; an out-of-range conversion yields INT_MIN on x86, as in bcftools.
    const float scaled = qual * 10.0f;
    const int whole = scaled < 2147483648.0f ? int(scaled) : INT_MIN;
    return qualDistBin(uint32_t(1 + whole));
}

template <typename T>
inline int32_t readValue(const uint8_t* p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

/** htslib's bcf_gt_type() (vcfutils.c) for one sample, on values of type T. */
template <typename T>
int genotypeType(const uint8_t* p, int n, int32_t vectorEnd, int* outIal, int* outJal)
{
    int nals = 0, hasRef = 0, hasAlt = 0, ial = 0, jal = 0;
    for (int i = 0; i < n; ++i) {
        const int32_t val = readValue<T>(p + i * sizeof(T));
        if (val == vectorEnd)
            break; // smaller ploidy
        if (bcf_gt_is_missing(val))
            return GT_UNKN;
        const int tmp = val >> 1;
        if (tmp > 1) {
            if (!ial) {
                ial = tmp;
                hasAlt = 1;
            } else if (tmp != ial) {
                if (tmp < ial) {
                    jal = ial;
                    ial = tmp;
                } else {
                    jal = tmp;
                }
                hasAlt = 2;
            }
        } else {
            hasRef = 1;
        }
        ++nals;
    }
    *outIal = ial > 0 ? ial - 1 : ial;
    *outJal = jal > 0 ? jal - 1 : jal;
    if (!nals)
        return GT_UNKN;
    if (nals == 1)
        return hasRef ? GT_HAPL_R : GT_HAPL_A;
    if (!hasRef)
        return hasAlt == 1 ? GT_HOM_AA : GT_HET_AA;
    if (!hasAlt)
        return GT_HOM_RR;
    return GT_HET_RA;
}

int genotypeType(const bcf_fmt_t* gt, int sample, int* ial, int* jal)
{
    const uint8_t* p = gt->p + size_t(sample) * gt->size;
    switch (gt->type) {
    case BCF_BT_INT8:
        return genotypeType<int8_t>(p, gt->n, bcf_int8_vector_end, ial, jal);
    case BCF_BT_INT16:
        return genotypeType<int16_t>(p, gt->n, bcf_int16_vector_end, ial, jal);
    case BCF_BT_INT32:
        return genotypeType<int32_t>(p, gt->n, bcf_int32_vector_end, ial, jal);
    default:
        *ial = *jal = 0;
        return GT_UNKN;
    }
}

/** Adds each called allele of every sample to @p ac (bcf_calc_ac's genotype branch). */
template <typename T>
bool countGenotypeAlleles(const bcf_fmt_t* gt, int samples, int nAllele, int32_t vectorEnd, int* ac)
{
    for (int s = 0; s < samples; ++s) {
        const uint8_t* p = gt->p + size_t(s) * gt->size;
        for (int i = 0; i < gt->n; ++i) {
            const int32_t val = readValue<T>(p + i * sizeof(T));
            if (val == vectorEnd)
                break;
            if (bcf_gt_is_missing(val))
                continue;
            const int allele = (val >> 1) - 1;
            if (allele >= nAllele)
                return false; // bcftools exits: "Incorrect allele"
            if (allele >= 0)
                ++ac[allele];
        }
    }
    return true;
}

const bcf_fmt_t* findFormat(bcf1_t* record, int id)
{
    if (id < 0)
        return nullptr;
    for (int i = 0; i < int(record->n_fmt); ++i)
        if (record->d.fmt[i].id == id)
            return &record->d.fmt[i];
    return nullptr;
}

} // namespace

VariantStatsCollector::VariantStatsCollector(const bcf_hdr_t* header, bool perSample)
    : m_header(header), m_perSample(perSample), m_samples(bcf_hdr_nsamples(header)),
      m_declaredContigs(header->n[BCF_DT_CTG]), m_acId(bcf_hdr_id2int(header, BCF_DT_ID, "AC")),
      m_anId(bcf_hdr_id2int(header, BCF_DT_ID, "AN")),
      m_gtId(bcf_hdr_id2int(header, BCF_DT_ID, "GT")), m_afBins(std::max(101, m_samples + 1))
{
    m_afSnps.assign(size_t(m_afBins), 0);
    m_afTransitions.assign(size_t(m_afBins), 0);
    m_afTransversions.assign(size_t(m_afBins), 0);
    m_afIndels.assign(size_t(m_afBins), 0);
    if (m_perSample)
        m_sampleCounts.resize(size_t(m_samples));
}

unsigned VariantStatsCollector::add(bcf1_t* record)
{
    bcf_unpack(record, BCF_UN_STR);
    const int nAllele = record->n_allele;
    if (nAllele < 1) {
        // An empty line (or a BCF record without REF): bcftools types it VCF_REF, a no-ALT.
        ++m_records;
        ++m_noAlts;
        return NoIssue;
    }
    if (record->rid >= 0) {
        if (size_t(record->rid) >= m_contigRecords.size())
            m_contigRecords.resize(size_t(record->rid) + 1, 0);
        ++m_contigRecords[size_t(record->rid)];
    }
    // htslib adds tags met in records but missing from the header; bcf_calc_ac() looks the
    // ids up on every record, so pick up late definitions too.
    if (m_acId < 0 || m_anId < 0 || m_gtId < 0) {
        m_acId = bcf_hdr_id2int(m_header, BCF_DT_ID, "AC");
        m_anId = bcf_hdr_id2int(m_header, BCF_DT_ID, "AN");
        m_gtId = bcf_hdr_id2int(m_header, BCF_DT_ID, "GT");
    }

    const int lineType = bcf_get_variant_types(record);
    m_alleleType.resize(size_t(std::max(nAllele, 1)));
    for (int i = 0; i < nAllele; ++i)
        m_alleleType[size_t(i)] = bcf_get_variant_type(record, i);

    // Genotypes only for `-s -`: they feed the allele frequencies and the per-sample counts.
    const bcf_fmt_t* gt = nullptr;
    if (m_perSample && m_samples > 0 && m_gtId >= 0) {
        bcf_unpack(record, BCF_UN_FMT);
        gt = findFormat(record, m_gtId);
    }

    unsigned issues = alleleFrequencyBins(record, gt);

    ++m_records;
    if (lineType == VCF_REF)
        ++m_noAlts;
    const int iqual = (lineType & (VCF_SNP | VCF_INDEL)) ? qualBin(record->qual) : 0;
    if (lineType & VCF_SNP)
        countSnp(record, iqual);
    if (lineType & VCF_INDEL)
        countIndel(record, iqual);
    if (lineType & VCF_MNP)
        ++m_mnps;
    if (lineType & VCF_OTHER)
        ++m_others;
    if (nAllele > 2) {
        ++m_multiallelic;
        if (lineType == VCF_SNP)
            ++m_multiallelicSnp; // as bcftools: fooled by C>C,T
    }
    if (m_perSample && m_samples > 0 && gt)
        issues |= countSamples(record, gt);
    return issues;
}

unsigned VariantStatsCollector::alleleCounts(bcf1_t* record, const bcf_fmt_t* gt, bool* known)
{
    // bcf_calc_ac(): INFO/AN and INFO/AC when both are present, else (with -s) the genotypes.
    const int nAllele = record->n_allele;
    m_ac.assign(size_t(std::max(nAllele, 1)), 0);
    *known = false;
    if (m_anId >= 0 && m_acId >= 0) {
        bcf_unpack(record, BCF_UN_INFO);
        int an = -1;
        const bcf_info_t* ac = nullptr;
        for (int i = 0; i < int(record->n_info); ++i) {
            const bcf_info_t* z = &record->d.info[i];
            if (z->key == m_anId)
                an = int(z->v1.i);
            else if (z->key == m_acId)
                ac = z;
        }
        if (an >= 0 && ac && ac->vptr) {
            if (ac->len != nAllele - 1)
                return NoIssue; // bcftools: "Incorrect number of AC fields", AF unknown
            qint64 nac = 0;
            for (int i = 0; i < ac->len; ++i) {
                int32_t value = 0;
                switch (ac->type) {
                case BCF_BT_INT8:
                    value = readValue<int8_t>(ac->vptr + i);
                    break;
                case BCF_BT_INT16:
                    value = readValue<int16_t>(ac->vptr + i * 2);
                    break;
                case BCF_BT_INT32:
                    value = readValue<int32_t>(ac->vptr + i * 4);
                    break;
                default:
                    m_ac.assign(m_ac.size(), 0);
                    return AlleleCountsNotIntegers;
                }
                m_ac[size_t(i) + 1] = value;
                nac += value;
            }
            if (an < nac) {
                m_ac.assign(m_ac.size(), 0);
                return AlleleCountsExceedNumber;
            }
            m_ac[0] = int(an - nac);
            *known = true;
            return NoIssue;
        }
    }
    if (!m_perSample || m_gtId < 0)
        return NoIssue;
    if (!gt)
        return NoIssue;
    const int samples = std::min(int(record->n_sample), m_samples);
    bool ok = true;
    switch (gt->type) {
    case BCF_BT_INT8:
        ok = countGenotypeAlleles<int8_t>(gt, samples, nAllele, bcf_int8_vector_end, m_ac.data());
        break;
    case BCF_BT_INT16:
        ok = countGenotypeAlleles<int16_t>(gt, samples, nAllele, bcf_int16_vector_end, m_ac.data());
        break;
    case BCF_BT_INT32:
        ok = countGenotypeAlleles<int32_t>(gt, samples, nAllele, bcf_int32_vector_end, m_ac.data());
        break;
    default:
        ok = false;
    }
    if (!ok) {
        m_ac.assign(m_ac.size(), 0);
        return GenotypeAlleleOutOfRange;
    }
    *known = true;
    return NoIssue;
}

unsigned VariantStatsCollector::alleleFrequencyBins(bcf1_t* record, const bcf_fmt_t* gt)
{
    // init_iaf(): the AF bin of each allele; bin 0 for singletons and unknown frequencies.
    const int nAllele = record->n_allele;
    m_iaf.assign(size_t(std::max(nAllele, 1)), 0);
    bool known = false;
    const unsigned issues = alleleCounts(record, gt, &known);
    if (!known)
        return issues;
    int an = 0;
    for (int i = 0; i < nAllele; ++i)
        an += m_ac[size_t(i)];
    for (int i = 1; i < nAllele; ++i) {
        if (m_ac[size_t(i)] == 1) {
            m_iaf[size_t(i)] = 0;
        } else if (!an) {
            m_iaf[size_t(i)] = 1;
        } else {
            float af = float(m_ac[size_t(i)]) / float(an);
            if (af < 0)
                af = 0;
            else if (af > 1)
                af = 1;
            const int iaf = int(af * float(m_afBins - 2));
            m_iaf[size_t(i)] = iaf + 1;
        }
    }
    return issues;
}

VariantStatsCollector::QualCounts& VariantStatsCollector::qualCounts(int bin)
{
    if (size_t(bin) >= m_qual.size())
        m_qual.resize(size_t(bin) + 1);
    return m_qual[size_t(bin)];
}

void VariantStatsCollector::countSnp(bcf1_t* record, int iqual)
{
    ++m_snps;
    const int ref = bcf_acgt2int(*record->d.allele[0]);
    if (ref < 0)
        return;
    for (int i = 1; i < record->n_allele; ++i) {
        if (!(m_alleleType[size_t(i)] & VCF_SNP))
            continue;
        const int alt = bcf_acgt2int(*record->d.allele[i]);
        if (alt < 0 || ref == alt)
            continue;
        const size_t iaf = size_t(m_iaf[size_t(i)]);
        ++m_afSnps[iaf];
        if (std::abs(ref - alt) == 2) {
            if (i == 1) {
                ++m_tsFirstAlt;
                ++qualCounts(iqual).transitions;
            }
            ++m_afTransitions[iaf];
        } else {
            if (i == 1) {
                ++m_tvFirstAlt;
                ++qualCounts(iqual).transversions;
            }
            ++m_afTransversions[iaf];
        }
    }
}

void VariantStatsCollector::countIndel(bcf1_t* record, int iqual)
{
    ++m_indels;
    ++qualCounts(iqual).indels;
    for (int i = 1; i < record->n_allele; ++i) {
        if (!(m_alleleType[size_t(i)] & VCF_INDEL))
            continue;
        ++m_afIndels[size_t(m_iaf[size_t(i)])];
        int len = record->d.var[i].n;
        if (len == 0)
            continue;
        auto& bins = len < 0 ? m_deletions : m_insertions;
        len = std::min(std::abs(len) - 1, kIndelBins - 1);
        ++bins[size_t(len)];
    }
}

unsigned VariantStatsCollector::countSamples(bcf1_t* record, const bcf_fmt_t* gt)
{
    unsigned issues = NoIssue;
    const int nAllele = record->n_allele;
    const int ref = bcf_acgt2int(*record->d.allele[0]);
    const int samples = std::min(int(record->n_sample), m_samples);
    int nonRef = 0, lastNonRef = 0;
    for (int is = 0; is < samples; ++is) {
        SampleCounters& c = m_sampleCounts[size_t(is)];
        int ial = 0, jal = 0;
        const int type = genotypeType(gt, is, &ial, &jal);
        if (type == GT_UNKN) {
            ++c.missing;
            continue;
        }
        if (type == GT_HAPL_R || type == GT_HAPL_A) {
            ++(type == GT_HAPL_R ? c.hapRef : c.hapAlt);
            continue;
        }
        if (type != GT_HOM_RR) {
            ++nonRef;
            lastNonRef = is;
        }
        if (ial >= nAllele || jal >= nAllele) {
            issues |= GenotypeAlleleOutOfRange; // bcftools exits here
            continue;
        }
        int varType = 0;
        if (ial > 0)
            varType |= m_alleleType[size_t(ial)];
        if (jal > 0)
            varType |= m_alleleType[size_t(jal)];
        if ((varType & VCF_SNP) || varType == VCF_REF) { // bcftools counts ALT=. as SNP
            if (type == GT_HET_RA || type == GT_HET_AA)
                ++c.het;
            else if (type == GT_HOM_RR)
                ++c.homRef;
            else if (type == GT_HOM_AA)
                ++c.homAlt;
            if (type != GT_HOM_RR && (record->d.var[ial].type & VCF_SNP)) {
                const int alt = bcf_acgt2int(*record->d.allele[ial]);
                if (alt < 0)
                    continue; // as bcftools: skips this sample's indel count too
                if (std::abs(ref - alt) == 2)
                    ++c.transitions;
                else
                    ++c.transversions;
            }
        }
        if ((varType & VCF_INDEL) && type != GT_HOM_RR)
            ++c.indels;
    }
    if (nonRef == 1)
        ++m_sampleCounts[size_t(lastNonRef)].singletons;
    return issues;
}

VariantStatistics VariantStatsCollector::statistics(const bcf_hdr_t* header) const
{
    VariantStatistics s;
    s.samples = m_samples;
    s.records = m_records;
    s.noAlts = m_noAlts;
    s.snps = m_snps;
    s.mnps = m_mnps;
    s.indels = m_indels;
    s.others = m_others;
    s.multiallelicSites = m_multiallelic;
    s.multiallelicSnpSites = m_multiallelicSnp;
    for (int i = 0; i < m_afBins; ++i) {
        s.transitions += m_afTransitions[size_t(i)];
        s.transversions += m_afTransversions[size_t(i)];
    }
    s.transitionsFirstAlt = m_tsFirstAlt;
    s.transversionsFirstAlt = m_tvFirstAlt;

    const int nContigs = header->n[BCF_DT_CTG];
    s.contigs.reserve(nContigs);
    for (int rid = 0; rid < nContigs; ++rid) {
        VariantStatistics::Contig c;
        c.name = QString::fromUtf8(header->id[BCF_DT_CTG][rid].key);
        if (const bcf_hrec_t* hrec = header->id[BCF_DT_CTG][rid].val
                                         ? header->id[BCF_DT_CTG][rid].val->hrec[0]
                                         : nullptr) {
            for (int k = 0; k < hrec->nkeys; ++k) {
                if (std::strcmp(hrec->keys[k], "length") == 0) {
                    bool ok = false;
                    const qint64 length = QByteArray(hrec->vals[k]).toLongLong(&ok);
                    if (ok)
                        c.length = length;
                }
            }
        }
        if (size_t(rid) < m_contigRecords.size())
            c.records = m_contigRecords[size_t(rid)];
        if (rid < m_declaredContigs || c.records > 0)
            s.contigs.push_back(c);
    }

    for (size_t bin = 0; bin < m_qual.size(); ++bin) {
        const QualCounts& q = m_qual[bin];
        if (q.transitions + q.transversions + q.indels == 0)
            continue;
        const uint32_t beg = qualDistBinStart(int(bin));
        VariantStatistics::Bin b;
        // print_stats(): float qval = beg>0 ? 0.1*(beg-1) : -1
        b.value = beg > 0 ? double(float(0.1 * (beg - 1))) : -1.0;
        b.count = q.transitions + q.transversions;
        b.transitions = q.transitions;
        b.transversions = q.transversions;
        b.indels = q.indels;
        s.qualHistogram.push_back(b);
    }

    for (int i = 1; i < m_afBins; ++i) {
        // The singletons (bin 0) are reported in the first frequency bin, as bcftools does.
        const size_t k = size_t(i);
        qint64 snps = m_afSnps[k], ts = m_afTransitions[k], tv = m_afTransversions[k],
               indels = m_afIndels[k];
        if (i == 1) {
            snps += m_afSnps[0];
            ts += m_afTransitions[0];
            tv += m_afTransversions[0];
            indels += m_afIndels[0];
        }
        if (snps + ts + tv + indels == 0)
            continue;
        VariantStatistics::Bin b;
        b.value = double(i - 1) / (m_afBins - 1);
        b.count = snps;
        b.transitions = ts;
        b.transversions = tv;
        b.indels = indels;
        s.alleleFrequency.push_back(b);
    }

    for (int i = kIndelBins - 1; i >= 0; --i)
        if (m_deletions[size_t(i)])
            s.indelLengths.push_back({double(-i - 1), m_deletions[size_t(i)], 0, 0, 0});
    for (int i = 0; i < kIndelBins; ++i)
        if (m_insertions[size_t(i)])
            s.indelLengths.push_back({double(i + 1), m_insertions[size_t(i)], 0, 0, 0});

    if (m_perSample) {
        s.perSample.reserve(int(m_sampleCounts.size()));
        for (int i = 0; i < int(m_sampleCounts.size()); ++i) {
            const SampleCounters& c = m_sampleCounts[size_t(i)];
            VariantStatistics::SampleCounts out;
            out.name = QString::fromUtf8(header->samples[i]);
            out.homRef = c.homRef;
            out.het = c.het;
            out.homAlt = c.homAlt;
            out.missing = c.missing;
            out.hapRef = c.hapRef;
            out.hapAlt = c.hapAlt;
            out.transitions = c.transitions;
            out.transversions = c.transversions;
            out.indels = c.indels;
            out.singletons = c.singletons;
            s.perSample.push_back(out);
        }
    }
    return s;
}

} // namespace steward
