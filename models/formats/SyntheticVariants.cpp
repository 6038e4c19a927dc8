#include "models/formats/SyntheticVariants.h"

#include <algorithm>
#include <cstring>

namespace steward {

namespace {

constexpr char kBases[] = "ACGT";
constexpr int kChrX = 22;
constexpr int kChrY = 23;
constexpr int kChrM = 24;
// GRCh38 pseudo-autosomal regions on chrX (0-based, half-open).
constexpr qint64 kPar1Begin = 10000;
constexpr qint64 kPar1End = 2781479;
constexpr qint64 kPar2Begin = 155701382;
constexpr qint64 kPar2End = 156030895;

int baseIndex(char b)
{
    switch (b) {
    case 'A':
        return 0;
    case 'C':
        return 1;
    case 'G':
        return 2;
    default:
        return 3;
    }
}

char transitionOf(char b)
{
    // A<->G, C<->T
    static constexpr char partner[] = "GTAC";
    return partner[baseIndex(b)];
}

} // namespace

const std::vector<SyntheticVariants::Contig>& SyntheticVariants::grch38()
{
    static const std::vector<Contig> contigs = {
        {"chr1", 248956422},  {"chr2", 242193529},  {"chr3", 198295559},  {"chr4", 190214555},
        {"chr5", 181538259},  {"chr6", 170805979},  {"chr7", 159345973},  {"chr8", 145138636},
        {"chr9", 138394717},  {"chr10", 133797422}, {"chr11", 135086622}, {"chr12", 133275309},
        {"chr13", 114364328}, {"chr14", 107043718}, {"chr15", 101991189}, {"chr16", 90338345},
        {"chr17", 83257441},  {"chr18", 80373285},  {"chr19", 58617616},  {"chr20", 64444167},
        {"chr21", 46709983},  {"chr22", 50818468},  {"chrX", 156040895},  {"chrY", 57227415},
        {"chrM", 16569},
    };
    return contigs;
}

int SyntheticVariants::contigIndex(const char* name)
{
    const auto& contigs = grch38();
    for (size_t i = 0; i < contigs.size(); ++i) {
        if (std::strcmp(contigs[i].name, name) == 0)
            return int(i);
    }
    return -1;
}

bool SyntheticVariants::Site::isSnv() const
{
    if (ref.size() != 1)
        return false;
    for (const QByteArray& alt : alts) {
        if (alt.size() != 1)
            return false;
    }
    return true;
}

bool SyntheticVariants::Site::isIndel() const
{
    for (const QByteArray& alt : alts) {
        if (alt.size() != ref.size())
            return true;
    }
    return false;
}

SyntheticVariants::SyntheticVariants(quint64 seed, std::vector<Sex> sexes)
    : m_random(seed), m_sexes(std::move(sexes))
{}

void SyntheticVariants::setTrio(int child, int father, int mother)
{
    m_child = child;
    m_father = father;
    m_mother = mother;
}

bool SyntheticVariants::declareHeader(bcf_hdr_t* hdr)
{
    for (const Contig& contig : grch38()) {
        const QByteArray line = QByteArray("##contig=<ID=") + contig.name +
                                ",length=" + QByteArray::number(contig.length) +
                                ",assembly=GRCh38>";
        if (bcf_hdr_append(hdr, line.constData()) < 0)
            return false;
    }
    static const char* const lines[] = {
        "##FILTER=<ID=LowQual,Description=\"Low quality: QUAL below 30\">",
        "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Allele count in genotypes, for "
        "each ALT allele, in the same order as listed\">",
        "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Total number of alleles in called "
        "genotypes\">",
        "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency, for each ALT "
        "allele, in the same order as listed\">",
        "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth summed over "
        "samples\">",
        "##INFO=<ID=gnomAD_AF,Number=A,Type=Float,Description=\"Alternate allele frequency in "
        "gnomAD genomes v3.1.2\">",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
        "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth (reads "
        "with MQ=255 or with bad mates are filtered)\">",
        "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths for the ref and "
        "alt alleles in the order listed\">",
        "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype Quality\">",
    };
    for (const char* line : lines) {
        if (bcf_hdr_append(hdr, line) < 0)
            return false;
    }
    return bcf_hdr_sync(hdr) == 0;
}

std::vector<qint64> SyntheticVariants::recordsPerContig(qint64 total)
{
    const auto& contigs = grch38();
    std::vector<qint64> counts(contigs.size(), 0);
    const qint64 mito = std::min<qint64>(total, std::max<qint64>(2, total / 2000));
    counts[kChrM] = mito;
    const qint64 rest = total - mito;
    qint64 nuclearLength = 0;
    for (int i = 0; i < kChrM; ++i)
        nuclearLength += contigs[i].length;
    // Largest remainder, in integers, so every platform splits the same way.
    qint64 assigned = 0;
    std::vector<std::pair<qint64, int>> remainders;
    for (int i = 0; i < kChrM; ++i) {
        const qint64 scaled = rest * contigs[i].length; // < 2^63 for any sensible total
        counts[i] = scaled / nuclearLength;
        assigned += counts[i];
        remainders.push_back({scaled % nuclearLength, i});
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (size_t i = 0; assigned < rest && i < remainders.size(); ++i, ++assigned)
        ++counts[remainders[i].second];
    return counts;
}

qint64 SyntheticVariants::nextPosition(qint64 current, qint64 contigLength, qint64 remaining)
{
    // Keep clear of the ends (telomeres are N in GRCh38) and leave room for long REFs.
    const qint64 margin = contigLength > 1000000 ? 10000 : 20;
    if (current < margin)
        current = margin;
    const qint64 room = contigLength - margin - current;
    const qint64 average = room / (remaining + 1);
    if (average <= 1)
        return current + 1;
    return current + 1 + qint64(m_random.below(quint64(2 * average - 1)));
}

int SyntheticVariants::ploidy(int contig, qint64 pos, int sample) const
{
    const bool male = m_sexes[size_t(sample)] == Sex::Male;
    if (contig == kChrM)
        return 1;
    if (contig == kChrY)
        return male ? 1 : 0;
    if (contig == kChrX && male) {
        const bool par =
            (pos >= kPar1Begin && pos < kPar1End) || (pos >= kPar2Begin && pos < kPar2End);
        return par ? 2 : 1;
    }
    return 2;
}

void SyntheticVariants::drawAlleles(Site* site)
{
    static const int refWeights[] = {29, 21, 21, 29};
    // SNV, deletion, insertion, multiallelic (per mille); chrM: SNVs and a few deletions.
    static const int classWeights[] = {850, 70, 55, 25};
    static const int mitoWeights[] = {970, 30, 0, 0};
    static const int indelLengthWeights[] = {50, 18, 8, 9, 4, 4, 2, 2, 1, 2};

    auto randomBases = [this](int n) {
        QByteArray s(n, 'N');
        for (int i = 0; i < n; ++i)
            s[i] = kBases[m_random.below(4)];
        return s;
    };
    auto snvAlt = [this](char ref) {
        if (m_random.chance(675000)) // Ts/Tv = 0.675 / 0.325, about 2.08
            return transitionOf(ref);
        // The two transversions of a base are the two bases of the other chemical class.
        static constexpr char transversions[4][2] = {
            {'C', 'T'}, {'A', 'G'}, {'C', 'T'}, {'A', 'G'}};
        return transversions[baseIndex(ref)][m_random.below(2)];
    };

    const char anchor = kBases[m_random.weighted(refWeights, 4)];
    const int kind = m_random.weighted(site->contig == kChrM ? mitoWeights : classWeights, 4);
    site->alts.clear();
    switch (kind) {
    case 0:
        site->ref = QByteArray(1, anchor);
        site->alts.push_back(QByteArray(1, snvAlt(anchor)));
        break;
    case 1: {
        const int len = 1 + m_random.weighted(indelLengthWeights, 10);
        site->ref = QByteArray(1, anchor) + randomBases(len);
        site->alts.push_back(QByteArray(1, anchor));
        break;
    }
    case 2: {
        const int len = 1 + m_random.weighted(indelLengthWeights, 10);
        site->ref = QByteArray(1, anchor);
        site->alts.push_back(QByteArray(1, anchor) + randomBases(len));
        break;
    }
    default:
        if (m_random.chance(600000)) {
            site->ref = QByteArray(1, anchor);
            const char first = snvAlt(anchor);
            char second = snvAlt(anchor);
            while (second == first || second == anchor)
                second = kBases[m_random.below(4)];
            site->alts.push_back(QByteArray(1, first));
            site->alts.push_back(QByteArray(1, second));
        } else {
            const int shorter = 1 + int(m_random.below(3));
            const int longer = shorter + 1 + int(m_random.below(3));
            site->ref = QByteArray(1, anchor) + randomBases(longer);
            site->alts.push_back(QByteArray(1, anchor) + site->ref.mid(1 + shorter));
            site->alts.push_back(QByteArray(1, anchor));
        }
        break;
    }
}

void SyntheticVariants::drawFrequencies(Site* site)
{
    // A rare-heavy spectrum: most sites are rare, a quarter common.
    static const int bandWeights[] = {300, 200, 150, 250, 100};
    static const int bandLow[] = {50, 1000, 10000, 50000, 500000};
    static const int bandHigh[] = {1000, 10000, 50000, 500000, 950000};
    site->altPpm.clear();
    site->gnomadPpm.clear();
    int total = 0;
    for (size_t i = 0; i < site->alts.size(); ++i) {
        const int band = m_random.weighted(bandWeights, 5);
        int ppm = int(m_random.between(bandLow[band], bandHigh[band]));
        if (i > 0)
            ppm = std::max(50, ppm / 4); // a second ALT is rarer than the first
        ppm = std::min(ppm, 980000 - total);
        ppm = std::max(ppm, 1);
        total += ppm;
        site->altPpm.push_back(ppm);
        const bool novel = ppm < 1000 ? m_random.chance(600000) : m_random.chance(80000);
        if (novel) {
            site->gnomadPpm.push_back(-1);
        } else {
            const qint64 scaled = qint64(ppm) * m_random.between(50, 150) / 100;
            site->gnomadPpm.push_back(int(std::clamp<qint64>(scaled, 1, 999999)));
        }
    }
}

int SyntheticVariants::drawAllele(const Site& site)
{
    int u = int(m_random.below(1000000));
    for (size_t i = 0; i < site.altPpm.size(); ++i) {
        if (u < site.altPpm[i])
            return int(i) + 1;
        u -= site.altPpm[i];
    }
    return 0;
}

void SyntheticVariants::drawGenotypes(Site* site)
{
    const int n = sampleCount();
    site->gt.assign(size_t(2 * n), bcf_int32_vector_end);
    std::vector<int> first(size_t(n), -1), second(size_t(n), -1); // -1 missing, -2 absent slot
    auto draw = [&](int s) {
        const int p = ploidy(site->contig, site->pos, s);
        if (p == 0 || m_random.chance(5000)) { // 0.5% no-calls
            first[size_t(s)] = -1;
            second[size_t(s)] = p == 2 ? -1 : -2;
            return;
        }
        first[size_t(s)] = drawAllele(*site);
        second[size_t(s)] = p == 2 ? drawAllele(*site) : -2;
    };
    const bool trio = m_child >= 0 && m_child < n;
    for (int s = 0; s < n; ++s) {
        if (!trio || s != m_child)
            draw(s);
    }
    if (trio) {
        const int c = m_child;
        const int p = ploidy(site->contig, site->pos, c);
        auto inherit = [&](int parent) {
            const int a = first[size_t(parent)];
            const int b = second[size_t(parent)];
            if (a < 0)
                return drawAllele(*site); // parent not called: from the population
            int allele = (b >= 0 && m_random.below(2)) ? b : a;
            if (allele == 0 && m_random.chance(1500)) // a rare de novo allele
                allele = 1;
            return allele;
        };
        if (p == 0 || m_random.chance(5000)) {
            first[size_t(c)] = -1;
            second[size_t(c)] = p == 2 ? -1 : -2;
        } else if (p == 2) {
            first[size_t(c)] = inherit(m_father);
            second[size_t(c)] = inherit(m_mother);
        } else {
            // Haploid child: chrX (male) and chrM from the mother, chrY from the father.
            first[size_t(c)] = inherit(site->contig == kChrY ? m_father : m_mother);
            second[size_t(c)] = -2;
        }
    }
    for (int s = 0; s < n; ++s) {
        int a = first[size_t(s)];
        int b = second[size_t(s)];
        if (a >= 0 && b >= 0 && a > b)
            std::swap(a, b); // callers write the lower allele first
        site->gt[size_t(2 * s)] = a < 0 ? bcf_gt_missing : bcf_gt_unphased(a);
        site->gt[size_t(2 * s + 1)] = b == -2 ? bcf_int32_vector_end
                                      : b < 0 ? bcf_gt_missing
                                              : bcf_gt_unphased(b);
    }
}

void SyntheticVariants::drawReads(Site* site, int s)
{
    const int nAlleles = site->alleleCount();
    const int32_t g0 = site->gt[size_t(2 * s)];
    const int32_t g1 = site->gt[size_t(2 * s + 1)];
    int32_t* ad = site->ad.data() + size_t(s) * size_t(nAlleles);
    if (bcf_gt_is_missing(g0)) {
        site->dp[size_t(s)] = bcf_int32_missing;
        site->gq[size_t(s)] = bcf_int32_missing;
        ad[0] = bcf_int32_missing;
        for (int i = 1; i < nAlleles; ++i)
            ad[i] = bcf_int32_vector_end;
        return;
    }
    const int dp =
        site->contig == kChrM ? int(1500 + m_random.bell(4, 250)) : int(12 + m_random.bell(4, 10));
    site->dp[size_t(s)] = dp;
    for (int i = 0; i < nAlleles; ++i)
        ad[i] = 0;
    const int a = bcf_gt_allele(g0);
    const bool haploid = g1 == bcf_int32_vector_end;
    const int b = haploid ? a : bcf_gt_allele(g1);
    int gq;
    if (a == b) {
        const int errors = m_random.chance(50000) ? 1 : 0;
        ad[a] = dp - errors;
        ad[a == 0 ? 1 : 0] += errors;
        gq = a == 0 ? std::min(99, 3 * dp - int(m_random.below(10))) : std::min(99, 3 * dp);
    } else {
        const int share = 30 + int(m_random.below(41));
        ad[b] = dp * share / 100;
        ad[a] = dp - ad[b];
        gq = std::min(99, 2 * dp + int(m_random.below(40)));
    }
    site->gq[size_t(s)] = std::max(1, gq);
}

void SyntheticVariants::finishSite(Site* site)
{
    const int n = sampleCount();
    const int nAlts = int(site->alts.size());
    auto count = [&]() {
        site->ac.assign(size_t(nAlts), 0);
        site->an = 0;
        for (int32_t g : site->gt) {
            if (g == bcf_int32_vector_end || bcf_gt_is_missing(g))
                continue;
            ++site->an;
            const int allele = bcf_gt_allele(g);
            if (allele > 0)
                ++site->ac[size_t(allele - 1)];
        }
    };
    count();
    if (std::all_of(site->ac.begin(), site->ac.end(), [](int c) { return c == 0; })) {
        // Joint callers only emit sites someone carries: give one called sample ALT 1,
        // never the trio child (whose alleles come from the parents).
        const int start = int(m_random.below(quint64(n)));
        for (int i = 0; i < n; ++i) {
            const int s = (start + i) % n;
            if (s == m_child || bcf_gt_is_missing(site->gt[size_t(2 * s)]))
                continue;
            site->gt[size_t(2 * s)] = bcf_gt_unphased(0);
            if (site->gt[size_t(2 * s + 1)] == bcf_int32_vector_end)
                site->gt[size_t(2 * s)] = bcf_gt_unphased(1);
            else
                site->gt[size_t(2 * s + 1)] = bcf_gt_unphased(1);
            break;
        }
        count();
    }
    const int nAlleles = nAlts + 1;
    site->dp.assign(size_t(n), 0);
    site->gq.assign(size_t(n), 0);
    site->ad.assign(size_t(n) * size_t(nAlleles), 0);
    site->depth = 0;
    int carriers = 0;
    for (int s = 0; s < n; ++s) {
        drawReads(site, s);
        if (site->dp[size_t(s)] != bcf_int32_missing)
            site->depth += site->dp[size_t(s)];
        const int32_t g0 = site->gt[size_t(2 * s)];
        const int32_t g1 = site->gt[size_t(2 * s + 1)];
        const bool carrier =
            (!bcf_gt_is_missing(g0) && bcf_gt_allele(g0) > 0) ||
            (g1 != bcf_int32_vector_end && !bcf_gt_is_missing(g1) && bcf_gt_allele(g1) > 0);
        carriers += carrier ? 1 : 0;
    }
    site->lowQual = m_random.chance(40000);
    if (site->lowQual) {
        site->qualHundredths = int(m_random.between(300, 2999));
        for (int s = 0; s < n; ++s) {
            if (site->gq[size_t(s)] != bcf_int32_missing)
                site->gq[size_t(s)] = std::min(site->gq[size_t(s)], 5 + int(m_random.below(25)));
        }
    } else {
        const qint64 q = 3000 + qint64(m_random.below(quint64(carriers) * 60000 + 20000));
        site->qualHundredths = int(std::min<qint64>(q, 9999999));
    }
}

void SyntheticVariants::makeSite(int contig, qint64 pos, Site* site)
{
    site->contig = contig;
    site->pos = pos;
    drawAlleles(site);
    drawFrequencies(site);
    site->id.clear();
    if (site->isSnv() ? m_random.chance(650000) : m_random.chance(400000))
        site->id = "rs" + QByteArray::number(qint64(m_random.between(10000, 1500000000)));
    drawGenotypes(site);
    finishSite(site);
}

void SyntheticVariants::makeSiteWith(int contig, qint64 pos, const QByteArray& ref,
                                     const std::vector<QByteArray>& alts, int altPpm, Site* site)
{
    site->contig = contig;
    site->pos = pos;
    site->ref = ref;
    site->alts = alts;
    site->altPpm.assign(alts.size(), altPpm);
    site->gnomadPpm.assign(alts.size(), altPpm >= 100 ? altPpm : -1);
    site->id.clear();
    drawGenotypes(site);
    finishSite(site);
}

void SyntheticVariants::setCarrier(Site* site, int sample, int copies)
{
    const size_t i = size_t(2 * sample);
    const bool haploid = site->gt[i + 1] == bcf_int32_vector_end;
    if (haploid) {
        site->gt[i] = bcf_gt_unphased(copies > 0 ? 1 : 0);
    } else {
        site->gt[i] = bcf_gt_unphased(copies >= 2 ? 1 : 0);
        site->gt[i + 1] = bcf_gt_unphased(copies >= 1 ? 1 : 0);
    }
    finishSite(site);
}

bool SyntheticVariants::fill(const bcf_hdr_t* hdr, bcf1_t* rec, const Site& site)
{
    bcf_clear(rec);
    rec->rid = bcf_hdr_name2id(hdr, grch38()[size_t(site.contig)].name);
    if (rec->rid < 0)
        return false;
    rec->pos = site.pos;
    if (!site.id.isEmpty() && bcf_update_id(hdr, rec, site.id.constData()) < 0)
        return false;
    const char* alleles[4];
    alleles[0] = site.ref.constData();
    for (size_t i = 0; i < site.alts.size() && i < 3; ++i)
        alleles[i + 1] = site.alts[i].constData();
    if (bcf_update_alleles(hdr, rec, alleles, site.alleleCount()) < 0)
        return false;
    rec->qual = float(site.qualHundredths) / 100.0f;
    int filter = bcf_hdr_id2int(hdr, BCF_DT_ID, site.lowQual ? "LowQual" : "PASS");
    if (bcf_update_filter(hdr, rec, &filter, 1) < 0)
        return false;

    const int nAlts = int(site.alts.size());
    m_floats.assign(size_t(nAlts), 0.0f);
    for (int i = 0; i < nAlts; ++i)
        m_floats[size_t(i)] = site.an > 0 ? float(site.ac[size_t(i)]) / float(site.an) : 0.0f;
    int32_t an = site.an;
    int32_t depth = site.depth;
    if (bcf_update_info_int32(hdr, rec, "AC", site.ac.data(), nAlts) < 0 ||
        bcf_update_info_int32(hdr, rec, "AN", &an, 1) < 0 ||
        bcf_update_info_float(hdr, rec, "AF", m_floats.data(), nAlts) < 0 ||
        bcf_update_info_int32(hdr, rec, "DP", &depth, 1) < 0)
        return false;
    bool anyGnomad = false;
    for (int i = 0; i < nAlts; ++i) {
        const int ppm = site.gnomadPpm[size_t(i)];
        if (ppm < 0) {
            bcf_float_set_missing(m_floats[size_t(i)]);
        } else {
            m_floats[size_t(i)] = float(ppm) / 1000000.0f;
            anyGnomad = true;
        }
    }
    if (anyGnomad && bcf_update_info_float(hdr, rec, "gnomAD_AF", m_floats.data(), nAlts) < 0)
        return false;

    const int n = sampleCount();
    return bcf_update_genotypes(hdr, rec, site.gt.data(), 2 * n) >= 0 &&
           bcf_update_format_int32(hdr, rec, "DP", site.dp.data(), n) >= 0 &&
           bcf_update_format_int32(hdr, rec, "AD", site.ad.data(), n * site.alleleCount()) >= 0 &&
           bcf_update_format_int32(hdr, rec, "GQ", site.gq.data(), n) >= 0;
}

} // namespace steward
