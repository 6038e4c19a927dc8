#include "models/formats/SyntheticAnnotation.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace steward {

namespace {

constexpr int kCsqFields = 26;

const char* const kAminoAcids[] = {"Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu",
                                   "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe",
                                   "Pro", "Ser", "Thr", "Trp", "Tyr", "Val"};
const char kAminoLetters[] = "ARNDCQEGHILKMFPSTWYV";

char complement(char b)
{
    switch (b) {
    case 'A':
        return 'T';
    case 'C':
        return 'G';
    case 'G':
        return 'C';
    case 'T':
        return 'A';
    default:
        return 'N';
    }
}

QByteArray onStrand(const QByteArray& bases, int strand)
{
    if (strand > 0)
        return bases;
    QByteArray out(bases.size(), 'N');
    for (int i = 0; i < bases.size(); ++i)
        out[bases.size() - 1 - i] = complement(bases[i]);
    return out;
}

/** ppm as a decimal without going through floating point: 123 -> "0.000123". */
QByteArray ppmText(int ppm)
{
    if (ppm < 0)
        return QByteArray();
    QByteArray digits = QByteArray::number(ppm).rightJustified(6, '0');
    while (digits.endsWith('0'))
        digits.chop(1);
    return digits.isEmpty() ? QByteArray("0") : "0." + digits;
}

/** The allele as VEP prints it: the shared first base trimmed from indels, "-" if empty. */
QByteArray vepAllele(const SyntheticVariants::Site& site, int alt)
{
    const QByteArray& a = site.alts[size_t(alt)];
    if (site.isSnv())
        return a;
    const QByteArray trimmed = a.mid(1);
    return trimmed.isEmpty() ? QByteArray("-") : trimmed;
}

SyntheticAnnotation::Transcript tx(const char* id, const char* protein, const char* biotype,
                                   bool canonical, int exons, int cds)
{
    return {id, protein, biotype, canonical, exons, cds};
}

} // namespace

const QByteArray& SyntheticAnnotation::csqFormat()
{
    static const QByteArray format =
        "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|"
        "HGVSp|cDNA_position|CDS_position|Protein_position|Amino_acids|Codons|"
        "Existing_variation|DISTANCE|STRAND|FLAGS|SYMBOL_SOURCE|HGNC_ID|CANONICAL|gnomADe_AF|"
        "CLIN_SIG";
    return format;
}

const std::vector<SyntheticAnnotation::Gene>& SyntheticAnnotation::knownGenes()
{
    static const std::vector<Gene> genes = [] {
        auto c = [](const char* name) { return SyntheticVariants::contigIndex(name); };
        const char* pc = "protein_coding";
        std::vector<Gene> g = {
            {"MSH2",
             "ENSG00000095002",
             7325,
             4436,
             c("chr2"),
             47403067,
             47482000,
             1,
             {tx("ENST00000233146.7", "ENSP00000233146.2", pc, true, 16, 2805),
              tx("ENST00000543555.6", "ENSP00000442697.1", pc, false, 16, 2607)},
             "Lynch_syndrome_1"},
            {"SCN1A",
             "ENSG00000144285",
             10585,
             6323,
             c("chr2"),
             165984641,
             166149161,
             -1,
             {tx("ENST00000674923.1", "ENSP00000501589.1", pc, true, 27, 6030),
              tx("ENST00000303395.9", "ENSP00000303540.4", pc, false, 26, 6030),
              tx("ENST00000487473.5", "", "retained_intron", false, 3, 0)},
             "Severe_myoclonic_epilepsy_in_infancy"},
            {"MLH1",
             "ENSG00000076242",
             7127,
             4292,
             c("chr3"),
             36993332,
             37050918,
             1,
             {tx("ENST00000231790.8", "ENSP00000231790.3", pc, true, 19, 2271),
              tx("ENST00000458205.6", "ENSP00000402667.2", pc, false, 19, 2064),
              tx("ENST00000435176.5", "ENSP00000413323.1", pc, false, 18, 1977)},
             "Lynch_syndrome_2"},
            {"APC",
             "ENSG00000134982",
             583,
             324,
             c("chr5"),
             112707498,
             112846239,
             1,
             {tx("ENST00000257430.9", "ENSP00000257430.4", pc, true, 16, 8532),
              tx("ENST00000508376.6", "ENSP00000427089.2", pc, false, 17, 8532)},
             "Familial_adenomatous_polyposis_1"},
            {"CFTR",
             "ENSG00000001626",
             1884,
             1080,
             c("chr7"),
             117480025,
             117668665,
             1,
             {tx("ENST00000003084.11", "ENSP00000003084.6", pc, true, 27, 4443),
              tx("ENST00000426809.5", "ENSP00000389119.1", pc, false, 26, 4320),
              tx("ENST00000472848.1", "", "retained_intron", false, 2, 0)},
             "Cystic_fibrosis"},
            {"PTEN",
             "ENSG00000171862",
             9588,
             5728,
             c("chr10"),
             87863113,
             87971930,
             1,
             {tx("ENST00000371953.8", "ENSP00000361021.3", pc, true, 9, 1212)},
             "PTEN_hamartoma_tumor_syndrome"},
            {"HBB",
             "ENSG00000244734",
             4827,
             3043,
             c("chr11"),
             5225464,
             5229395,
             -1,
             {tx("ENST00000335295.4", "ENSP00000333994.3", pc, true, 3, 444),
              tx("ENST00000647020.1", "ENSP00000494175.1", pc, false, 3, 444)},
             "beta_Thalassemia"},
            {"ATM",
             "ENSG00000149311",
             795,
             472,
             c("chr11"),
             108222484,
             108369102,
             1,
             {tx("ENST00000675843.1", "ENSP00000501606.1", pc, true, 63, 9171),
              tx("ENST00000278616.9", "ENSP00000278616.4", pc, false, 63, 9171),
              tx("ENST00000601453.5", "ENSP00000470196.1", "nonsense_mediated_decay", false, 12,
                 1461)},
             "Ataxia-telangiectasia_syndrome"},
            {"BRCA2",
             "ENSG00000139618",
             1101,
             675,
             c("chr13"),
             32315508,
             32400268,
             1,
             {tx("ENST00000380152.8", "ENSP00000369497.3", pc, true, 27, 10257),
              tx("ENST00000544455.5", "ENSP00000439902.1", pc, false, 28, 10257),
              tx("ENST00000530893.6", "ENSP00000435699.2", pc, false, 10, 1002)},
             "Hereditary_breast_ovarian_cancer_syndrome"},
            {"MYH7",
             "ENSG00000092054",
             7577,
             4625,
             c("chr14"),
             23412740,
             23435660,
             -1,
             {tx("ENST00000355349.4", "ENSP00000347507.3", pc, true, 40, 5808)},
             "Hypertrophic_cardiomyopathy"},
            {"FBN1",
             "ENSG00000166147",
             3603,
             2200,
             c("chr15"),
             48408313,
             48645709,
             -1,
             {tx("ENST00000316623.10", "ENSP00000325527.5", pc, true, 66, 8616),
              tx("ENST00000559133.6", "ENSP00000453958.2", pc, false, 66, 8616)},
             "Marfan_syndrome"},
            {"PKD1",
             "ENSG00000008710",
             9008,
             5310,
             c("chr16"),
             2088708,
             2135898,
             -1,
             {tx("ENST00000262304.9", "ENSP00000262304.4", pc, true, 46, 12912),
              tx("ENST00000423118.5", "ENSP00000399501.1", pc, false, 46, 12909)},
             "Polycystic_kidney_disease,_adult_type"},
            {"TP53",
             "ENSG00000141510",
             11998,
             7157,
             c("chr17"),
             7661779,
             7687538,
             -1,
             {tx("ENST00000269305.9", "ENSP00000269305.4", pc, true, 11, 1182),
              tx("ENST00000445888.6", "ENSP00000391478.2", pc, false, 11, 1182),
              tx("ENST00000420246.6", "ENSP00000391127.2", pc, false, 12, 1026),
              tx("ENST00000504290.5", "ENSP00000423862.1", pc, false, 10, 786)},
             "Li-Fraumeni_syndrome"},
            {"BRCA1",
             "ENSG00000012048",
             1100,
             672,
             c("chr17"),
             43044295,
             43125483,
             -1,
             {tx("ENST00000357654.9", "ENSP00000350283.3", pc, true, 23, 5592),
              tx("ENST00000471181.7", "ENSP00000418960.2", pc, false, 24, 5655),
              tx("ENST00000493795.5", "ENSP00000418775.1", pc, false, 22, 5451),
              tx("ENST00000461221.5", "ENSP00000418548.1", "nonsense_mediated_decay", false, 22,
                 2481)},
             "Hereditary_breast_ovarian_cancer_syndrome"},
            {"LDLR",
             "ENSG00000130164",
             6547,
             3949,
             c("chr19"),
             11089462,
             11133820,
             1,
             {tx("ENST00000558518.6", "ENSP00000454071.1", pc, true, 18, 2583),
              tx("ENST00000252444.10", "ENSP00000252444.6", pc, false, 18, 2583),
              tx("ENST00000535915.5", "ENSP00000440520.1", pc, false, 17, 2460)},
             "Hypercholesterolemia,_familial,_1"},
            {"DMD",
             "ENSG00000198947",
             2928,
             1756,
             c("chrX"),
             31097677,
             33339441,
             -1,
             {tx("ENST00000357033.9", "ENSP00000354923.3", pc, true, 79, 11058),
              tx("ENST00000378677.6", "ENSP00000367948.2", pc, false, 79, 11046),
              tx("ENST00000343523.8", "ENSP00000340661.3", pc, false, 18, 1851)},
             "Duchenne_muscular_dystrophy"},
            {"SRY",
             "ENSG00000184895",
             11311,
             6736,
             c("chrY"),
             2786855,
             2787699,
             -1,
             {tx("ENST00000383070.2", "ENSP00000372547.1", pc, true, 1, 615)},
             "46,XY_sex_reversal_1"},
            {"MT-CO1",
             "ENSG00000198804",
             7419,
             4512,
             c("chrM"),
             5904,
             7445,
             1,
             {tx("ENST00000361624.2", "ENSP00000354499.2", pc, true, 1, 1542)},
             "Mitochondrial_disease"},
        };
        std::stable_sort(g.begin(), g.end(), [](const Gene& a, const Gene& b) {
            return a.contig != b.contig ? a.contig < b.contig : a.start < b.start;
        });
        return g;
    }();
    return genes;
}

const SyntheticAnnotation::Gene* SyntheticAnnotation::knownGene(const char* symbol)
{
    for (const Gene& gene : knownGenes()) {
        if (gene.symbol == symbol)
            return &gene;
    }
    return nullptr;
}

const SyntheticAnnotation::Gene* SyntheticAnnotation::knownGeneAt(int contig, qint64 pos)
{
    // VEP reports up/downstream variants within 5 kb of a gene.
    for (const Gene& gene : knownGenes()) {
        if (gene.contig == contig && pos + 1 >= gene.start - 5000 && pos + 1 <= gene.end + 5000)
            return &gene;
    }
    return nullptr;
}

bool SyntheticAnnotation::declareHeader(bcf_hdr_t* hdr, bool clinVar)
{
    const QByteArray csqLine = "##INFO=<ID=CSQ,Number=.,Type=String,Description=\""
                               "Consequence annotations from Ensembl VEP. Format: " +
                               csqFormat() + "\">";
    if (bcf_hdr_append(hdr, csqLine.constData()) < 0)
        return false;
    if (clinVar) {
        static const char* const lines[] = {
            "##INFO=<ID=ALLELEID,Number=1,Type=Integer,Description=\"the ClinVar Allele ID\">",
            "##INFO=<ID=CLNDN,Number=.,Type=String,Description=\"ClinVar's preferred disease "
            "name for the concept specified by disease identifiers in CLNDISDB\">",
            "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"ClinVar review status "
            "for the Variation ID\">",
            "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"Clinical significance for "
            "this single variant; multiple values are separated by a vertical bar\">",
            "##INFO=<ID=GENEINFO,Number=1,Type=String,Description=\"Gene(s) for the variant "
            "reported as gene symbol:gene id. The gene symbol and id are delimited by a colon "
            "(:) and each pair is delimited by a vertical bar (|)\">",
        };
        for (const char* line : lines) {
            if (bcf_hdr_append(hdr, line) < 0)
                return false;
        }
    }
    return bcf_hdr_sync(hdr) == 0;
}

SyntheticAnnotation::SyntheticAnnotation(quint64 seed) : m_random(seed) {}

const SyntheticAnnotation::Gene& SyntheticAnnotation::pseudoGene(int contig, qint64 pos)
{
    const qint64 bin = pos / 100000;
    const qint64 key = qint64(contig) * 100000 + bin;
    if (key == m_pseudoKey)
        return m_pseudo;
    m_pseudoKey = key;
    // Derived from the bin alone, so the same bin always gets the same gene.
    DeterministicRandom r(DeterministicRandom::derive(0x5e9a11ULL, quint64(key)));
    const char* name = SyntheticVariants::grch38()[size_t(contig)].name + 3;
    m_pseudo.symbol = QByteArray("C") + name + "orf" + QByteArray::number(bin % 997 + 1);
    m_pseudo.ensemblId = "ENSG" + QByteArray::number(90000000000LL + key).rightJustified(11, '0');
    m_pseudo.hgnc = int(50000 + key % 40000);
    m_pseudo.ncbi = int(100000000 + key % 1000000);
    m_pseudo.contig = contig;
    m_pseudo.start = bin * 100000 + 1;
    m_pseudo.end = bin * 100000 + 100000;
    m_pseudo.strand = (key & 1) ? -1 : 1;
    m_pseudo.condition = "not_provided";
    m_pseudo.transcripts.clear();
    const int count = 1 + int(r.below(3));
    for (int i = 0; i < count; ++i) {
        const QByteArray number = QByteArray::number(90000000000LL + key * 4 + i);
        Transcript t;
        t.id = "ENST" + number.rightJustified(11, '0') + "." + QByteArray::number(1 + r.below(9));
        const bool coding = i == 0 || r.below(3) != 0;
        t.protein = coding ? "ENSP" + number.rightJustified(11, '0') + ".1" : QByteArray();
        t.biotype = coding ? "protein_coding" : "retained_intron";
        t.canonical = i == 0;
        t.exons = 3 + int(r.below(30));
        t.cdsLength = coding ? 3 * int(r.between(150, 2500)) : 0;
        m_pseudo.transcripts.push_back(t);
    }
    return m_pseudo;
}

QByteArray SyntheticAnnotation::impactOf(const QByteArray& consequence)
{
    const QByteArray first = consequence.left(
        consequence.indexOf('&') < 0 ? consequence.size() : consequence.indexOf('&'));
    static const char* const high[] = {"stop_gained",          "frameshift_variant",
                                       "splice_donor_variant", "splice_acceptor_variant",
                                       "start_lost",           "stop_lost"};
    static const char* const moderate[] = {"missense_variant", "inframe_deletion",
                                           "inframe_insertion"};
    static const char* const low[] = {"synonymous_variant", "splice_region_variant"};
    for (const char* c : high) {
        if (first == c)
            return "HIGH";
    }
    for (const char* c : moderate) {
        if (first == c)
            return "MODERATE";
    }
    for (const char* c : low) {
        if (first == c)
            return "LOW";
    }
    return "MODIFIER";
}

void SyntheticAnnotation::chooseEffect(const SyntheticVariants::Site& site, int alt,
                                       const Gene& gene, const Transcript& t, int region,
                                       Chosen* out)
{
    *out = Chosen();
    const QByteArray& altAllele = site.alts[size_t(alt)];
    const bool snv = site.isSnv();
    const int delta = int(altAllele.size()) - int(site.ref.size());
    const bool coding = t.cdsLength > 0;
    const QByteArray refOnTx = onStrand(snv ? site.ref : site.ref.mid(1), gene.strand);
    const QByteArray altOnTx = onStrand(snv ? altAllele : altAllele.mid(1), gene.strand);
    const int exon = 1 + int(m_random.below(quint64(std::max(1, t.exons))));
    const int intron = 1 + int(m_random.below(quint64(std::max(1, t.exons - 1))));
    const QByteArray exonText = QByteArray::number(exon) + "/" + QByteArray::number(t.exons);
    const QByteArray intronText =
        QByteArray::number(intron) + "/" + QByteArray::number(std::max(1, t.exons - 1));
    const int cds = 1 + int(m_random.below(quint64(std::max(3, t.cdsLength))));
    const int offset = 1 + int(m_random.below(3000)); // into an intron or UTR
    const bool afterExon = m_random.below(2) == 0;    // c.N+k or c.N-k
    if (t.exons <= 1 && (region == 0 || region == 4))
        region = coding ? 1 : 2; // single-exon genes (chrM, SRY) have no introns
    if (!coding && region != 0 && region != 5)
        region = 6; // a non-coding exon

    // HGVS position of the k-th affected base, in the transcript's coordinates.
    auto label = [&](int k) -> QByteArray {
        switch (region) {
        case 0:
        case 4: {
            const int into = region == 4 ? 1 + offset % 8 : 20 + offset;
            return QByteArray(coding ? "c." : "n.") + QByteArray::number(cds) +
                   (afterExon ? "+" : "-") + QByteArray::number(afterExon ? into + k : into - k);
        }
        case 2:
            return "c.-" + QByteArray::number(std::max(1, 1 + offset % 200 - k));
        case 3:
            return "c.*" + QByteArray::number(1 + offset % 1500 + k);
        case 6:
            return "n." + QByteArray::number(cds + k);
        default:
            return "c." + QByteArray::number(cds + k);
        }
    };
    QByteArray hgvsc;
    if (snv)
        hgvsc = label(0) + refOnTx + ">" + altOnTx;
    else if (delta < 0)
        hgvsc = -delta == 1 ? label(0) + "del" : label(0) + "_" + label(-delta - 1).mid(2) + "del";
    else
        hgvsc = label(0) + "_" + label(1).mid(2) + "ins" + altOnTx;

    switch (region) {
    case 0:
        out->consequence =
            coding ? "intron_variant" : "intron_variant&non_coding_transcript_variant";
        out->intron = intronText;
        out->hgvsc = hgvsc;
        break;
    case 2:
        out->consequence = "5_prime_UTR_variant";
        out->exon = QByteArray("1/") + QByteArray::number(t.exons);
        out->hgvsc = hgvsc;
        break;
    case 3:
        out->consequence = "3_prime_UTR_variant";
        out->exon = QByteArray::number(t.exons) + "/" + QByteArray::number(t.exons);
        out->hgvsc = hgvsc;
        break;
    case 4:
        if (m_random.below(5) == 0)
            out->consequence = afterExon ? "splice_donor_variant" : "splice_acceptor_variant";
        else
            out->consequence = "splice_region_variant&intron_variant";
        out->intron = intronText;
        out->hgvsc = hgvsc;
        break;
    case 5: {
        // Upstream is before the transcript start on its own strand.
        const bool before = site.pos + 1 < gene.start;
        out->consequence =
            before == (gene.strand > 0) ? "upstream_gene_variant" : "downstream_gene_variant";
        break;
    }
    case 6:
        out->consequence = "non_coding_transcript_exon_variant";
        out->exon = exonText;
        out->hgvsc = hgvsc;
        break;
    default: {
        const int aa = int(m_random.below(20));
        int aaNew = int(m_random.below(19));
        if (aaNew >= aa)
            ++aaNew;
        const int protein = (cds + 2) / 3;
        const QByteArray proteinText = QByteArray::number(protein);
        out->exon = exonText;
        out->cdsPos = cds;
        out->hgvsc = hgvsc;
        if (snv) {
            static const int weights[] = {62, 35, 3};
            const int kind = m_random.weighted(weights, 3);
            static const char lower[] = "acgt";
            const char before = lower[m_random.below(4)];
            const char after = lower[m_random.below(4)];
            out->codons = before + refOnTx + after + "/" + before + altOnTx + after;
            if (kind == 0) {
                out->consequence = "missense_variant";
                out->hgvsp = QByteArray("p.") + kAminoAcids[aa] + proteinText + kAminoAcids[aaNew];
                out->aminoAcids = QByteArray(1, kAminoLetters[aa]) + "/" + kAminoLetters[aaNew];
            } else if (kind == 1) {
                out->consequence = "synonymous_variant";
                // VEP percent-encodes '=' inside CSQ values.
                out->hgvsp = QByteArray("p.") + kAminoAcids[aa] + proteinText + "%3D";
                out->aminoAcids = QByteArray(1, kAminoLetters[aa]);
            } else {
                out->consequence = "stop_gained";
                out->hgvsp = QByteArray("p.") + kAminoAcids[aa] + proteinText + "Ter";
                out->aminoAcids = QByteArray(1, kAminoLetters[aa]) + "/*";
            }
        } else if (delta % 3 != 0) {
            out->consequence = "frameshift_variant";
            out->hgvsp = QByteArray("p.") + kAminoAcids[aa] + proteinText + kAminoAcids[aaNew] +
                         "fsTer" + QByteArray::number(2 + m_random.below(40));
            out->aminoAcids = QByteArray(1, kAminoLetters[aa]) + "/X";
        } else if (delta < 0) {
            out->consequence = "inframe_deletion";
            out->hgvsp = QByteArray("p.") + kAminoAcids[aa] + proteinText + "del";
            out->aminoAcids = QByteArray(1, kAminoLetters[aa]) + "/-";
        } else {
            out->consequence = "inframe_insertion";
            out->hgvsp = QByteArray("p.") + kAminoAcids[aa] + proteinText + "_" +
                         kAminoAcids[aaNew] + QByteArray::number(protein + 1) + "ins" +
                         kAminoAcids[m_random.below(20)];
            out->aminoAcids = QByteArray("-/") + kAminoLetters[aaNew];
        }
        break;
    }
    }
    if (t.biotype == "nonsense_mediated_decay")
        out->consequence += "&NMD_transcript_variant";
}

QByteArray SyntheticAnnotation::csq(const SyntheticVariants::Site& site, const Gene* gene,
                                    const QByteArray& clinSig, const Effect* effect)
{
    QByteArray out;
    out.reserve(256);
    QByteArray fields[kCsqFields];
    auto append = [&]() {
        if (!out.isEmpty())
            out += ',';
        for (int i = 0; i < kCsqFields; ++i) {
            if (i > 0)
                out += '|';
            out += fields[i];
        }
    };
    for (int alt = 0; alt < int(site.alts.size()); ++alt) {
        const QByteArray gnomad = ppmText(site.gnomadPpm[size_t(alt)]);
        if (!gene) {
            for (QByteArray& f : fields)
                f.clear();
            fields[0] = vepAllele(site, alt);
            fields[1] = "intergenic_variant";
            fields[2] = "MODIFIER";
            fields[17] = site.id;
            fields[24] = gnomad;
            fields[25] = clinSig;
            append();
            continue;
        }
        // Where the variant sits in the gene: mostly introns, as in a genome.
        const qint64 pos1 = site.pos + 1;
        const bool outside = pos1 < gene->start || pos1 > gene->end;
        static const int regionWeights[] = {600, 200, 30, 70, 40};
        const int mainRegion = outside ? 5 : m_random.weighted(regionWeights, 5);
        const qint64 distance =
            outside ? (pos1 < gene->start ? gene->start - pos1 : pos1 - gene->end) : 0;
        for (const Transcript& t : gene->transcripts) {
            for (QByteArray& f : fields)
                f.clear();
            int region = mainRegion;
            if (!outside && !t.canonical && m_random.below(10) < 3)
                region = 0; // other transcripts often splice around the variant
            Chosen chosen;
            chooseEffect(site, alt, *gene, t, region, &chosen);
            if (effect && t.canonical) {
                // A planted finding: the caller's consequence in the canonical transcript.
                chosen.consequence = effect->consequence;
                chosen.hgvsc = effect->hgvsc;
                chosen.hgvsp = effect->hgvsp;
                if (effect->hgvsp.isEmpty()) {
                    chosen.exon.clear();
                    if (chosen.intron.isEmpty())
                        chosen.intron = "1/" + QByteArray::number(std::max(1, t.exons - 1));
                } else {
                    chosen.intron.clear();
                    if (chosen.exon.isEmpty())
                        chosen.exon = "1/" + QByteArray::number(t.exons);
                    // "p.Phe508del": the residue number follows the three-letter code.
                    QByteArray digits;
                    for (int i = 5;
                         i < effect->hgvsp.size() && std::isdigit(uchar(effect->hgvsp[i])); ++i)
                        digits += effect->hgvsp[i];
                    const int protein = digits.toInt();
                    chosen.cdsPos = protein > 0 ? protein * 3 - 1 : 0;
                    chosen.aminoAcids.clear();
                    chosen.codons.clear();
                }
            }
            fields[0] = vepAllele(site, alt);
            fields[1] = chosen.consequence;
            fields[2] = impactOf(chosen.consequence);
            fields[3] = gene->symbol;
            fields[4] = gene->ensemblId;
            fields[5] = "Transcript";
            fields[6] = t.id;
            fields[7] = t.biotype;
            fields[8] = chosen.exon;
            fields[9] = chosen.intron;
            if (!chosen.hgvsc.isEmpty())
                fields[10] = t.id + ":" + chosen.hgvsc;
            if (!chosen.hgvsp.isEmpty() && !t.protein.isEmpty())
                fields[11] = t.protein + ":" + chosen.hgvsp;
            if (chosen.cdsPos > 0) {
                fields[12] = QByteArray::number(chosen.cdsPos + 150);
                fields[13] = QByteArray::number(chosen.cdsPos);
                fields[14] = QByteArray::number((chosen.cdsPos + 2) / 3);
            }
            fields[15] = chosen.aminoAcids;
            fields[16] = chosen.codons;
            fields[17] = site.id;
            if (distance > 0)
                fields[18] = QByteArray::number(distance);
            fields[19] = gene->strand > 0 ? "1" : "-1";
            fields[21] = "HGNC";
            fields[22] = "HGNC:" + QByteArray::number(gene->hgnc);
            fields[23] = t.canonical ? "YES" : "";
            fields[24] = gnomad;
            fields[25] = clinSig;
            append();
        }
    }
    return out;
}

SyntheticAnnotation::ClinVar SyntheticAnnotation::randomClinVar(const Gene& gene,
                                                                const SyntheticVariants::Site& site)
{
    static const char* const significance[] = {"Benign",
                                               "Likely_benign",
                                               "Uncertain_significance",
                                               "Conflicting_interpretations_of_pathogenicity",
                                               "Likely_pathogenic",
                                               "Pathogenic"};
    // Common variants are benign; rare ones spread over the classes.
    static const int commonWeights[] = {70, 25, 5, 0, 0, 0};
    static const int rareWeights[] = {20, 25, 38, 10, 5, 2};
    const bool common = !site.altPpm.empty() && site.altPpm[0] >= 10000;
    const int s = m_random.weighted(common ? commonWeights : rareWeights, 6);
    static const char* const review[] = {"criteria_provided,_multiple_submitters,_no_conflicts",
                                         "criteria_provided,_single_submitter",
                                         "no_assertion_criteria_provided",
                                         "reviewed_by_expert_panel"};
    static const int reviewWeights[] = {45, 40, 10, 5};
    ClinVar c;
    c.significance = significance[s];
    c.reviewStatus = s == 3 ? QByteArray("criteria_provided,_conflicting_interpretations")
                            : QByteArray(review[m_random.weighted(reviewWeights, 4)]);
    if (s <= 1)
        c.condition = m_random.below(2) ? "not_specified|not_provided" : "not_provided";
    else
        c.condition = gene.condition + (m_random.below(3) == 0 ? "|not_provided" : "");
    c.alleleId = int(m_random.between(15000, 2500000));
    return c;
}

bool SyntheticAnnotation::fillClinVar(const bcf_hdr_t* hdr, bcf1_t* rec, const Gene& gene,
                                      const ClinVar& clinVar)
{
    const QByteArray geneInfo = gene.symbol + ":" + QByteArray::number(gene.ncbi);
    int32_t alleleId = clinVar.alleleId;
    return bcf_update_info_int32(hdr, rec, "ALLELEID", &alleleId, 1) >= 0 &&
           bcf_update_info_string(hdr, rec, "CLNDN", clinVar.condition.constData()) >= 0 &&
           bcf_update_info_string(hdr, rec, "CLNREVSTAT", clinVar.reviewStatus.constData()) >= 0 &&
           bcf_update_info_string(hdr, rec, "CLNSIG", clinVar.significance.constData()) >= 0 &&
           bcf_update_info_string(hdr, rec, "GENEINFO", geneInfo.constData()) >= 0;
}

} // namespace steward
