#include "models/variants/Consequence.h"

#include <algorithm>
#include <iterator>
#include <cctype>
#include <string>
#include <unordered_map>

namespace steward {

namespace {

using Impact = Consequence::Impact;

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/** The Ensembl term each tool-specific name stands for (matched in lower case). */
struct Alias
{
    const char* name;
    const char* term;
};

// SnpEff (ANN) and its predecessor EFF, bcftools csq (BCSQ) and terms older VEP releases used.
// Names that mean something an Ensembl term does not (SnpEff's exon_loss_variant, gene_fusion,
// sequence_feature) are left out: they rank by the IMPACT the tool gave them.
const Alias kAliases[] = {
    // old Ensembl / SO names
    {"initiator_codon_variant", "start_lost"},
    {"non_coding_exon_variant", "non_coding_transcript_exon_variant"},
    {"nc_transcript_variant", "non_coding_transcript_variant"},
    {"non-coding_transcript_variant", "non_coding_transcript_variant"},
    {"5_prime_utr_premature_start_codon_gain_variant", "5_prime_UTR_variant"},
    {"intergenic_region", "intergenic_variant"},
    {"disruptive_inframe_deletion", "inframe_deletion"},
    {"conservative_inframe_deletion", "inframe_deletion"},
    {"disruptive_inframe_insertion", "inframe_insertion"},
    {"conservative_inframe_insertion", "inframe_insertion"},
    {"nonsense", "stop_gained"},
    // bcftools csq
    {"missense", "missense_variant"},
    {"synonymous", "synonymous_variant"},
    {"splice_acceptor", "splice_acceptor_variant"},
    {"splice_donor", "splice_donor_variant"},
    {"splice_region", "splice_region_variant"},
    {"frameshift", "frameshift_variant"},
    {"start_retained", "start_retained_variant"},
    {"stop_retained", "stop_retained_variant"},
    {"inframe_altering", "protein_altering_variant"},
    {"5_prime_utr", "5_prime_UTR_variant"},
    {"3_prime_utr", "3_prime_UTR_variant"},
    {"non_coding", "non_coding_transcript_variant"},
    {"intron", "intron_variant"},
    {"intergenic", "intergenic_variant"},
    {"coding_sequence", "coding_sequence_variant"},
    // SnpEff 3 (EFF)
    {"non_synonymous_coding", "missense_variant"},
    {"synonymous_coding", "synonymous_variant"},
    {"non_synonymous_start", "start_lost"},
    {"synonymous_start", "start_retained_variant"},
    {"synonymous_stop", "stop_retained_variant"},
    {"frame_shift", "frameshift_variant"},
    {"splice_site_acceptor", "splice_acceptor_variant"},
    {"splice_site_donor", "splice_donor_variant"},
    {"splice_site_region", "splice_region_variant"},
    {"codon_insertion", "inframe_insertion"},
    {"codon_change_plus_codon_insertion", "inframe_insertion"},
    {"codon_deletion", "inframe_deletion"},
    {"codon_change_plus_codon_deletion", "inframe_deletion"},
    {"codon_change", "coding_sequence_variant"},
    {"utr_5_prime", "5_prime_UTR_variant"},
    {"utr_3_prime", "3_prime_UTR_variant"},
    {"exon", "non_coding_transcript_exon_variant"},
    {"upstream", "upstream_gene_variant"},
    {"downstream", "downstream_gene_variant"},
};

struct Tables
{
    std::vector<Consequence::Term> terms;
    std::vector<std::string> keys;                   // lower-case names and aliases
    std::unordered_map<std::string_view, int> index; // into keys -> term index
    int lastOf[5] = {}; // by Impact: index of the last term of that impact
};

const Tables& tables()
{
    static const Tables instance = [] {
        Tables t;
        // Ensembl's order of severity (VEP Constants.pm, release 111 onwards), most severe first.
        t.terms = {
            {"transcript_ablation", "SO:0001893", Impact::High},
            {"splice_acceptor_variant", "SO:0001574", Impact::High},
            {"splice_donor_variant", "SO:0001575", Impact::High},
            {"stop_gained", "SO:0001587", Impact::High},
            {"frameshift_variant", "SO:0001589", Impact::High},
            {"stop_lost", "SO:0001578", Impact::High},
            {"start_lost", "SO:0002012", Impact::High},
            {"transcript_amplification", "SO:0001889", Impact::High},
            {"feature_elongation", "SO:0001907", Impact::High},
            {"feature_truncation", "SO:0001906", Impact::High},
            {"inframe_insertion", "SO:0001821", Impact::Moderate},
            {"inframe_deletion", "SO:0001822", Impact::Moderate},
            {"missense_variant", "SO:0001583", Impact::Moderate},
            {"protein_altering_variant", "SO:0001818", Impact::Moderate},
            {"splice_donor_5th_base_variant", "SO:0001787", Impact::Low},
            {"splice_region_variant", "SO:0001630", Impact::Low},
            {"splice_donor_region_variant", "SO:0002170", Impact::Low},
            {"splice_polypyrimidine_tract_variant", "SO:0002169", Impact::Low},
            {"incomplete_terminal_codon_variant", "SO:0001626", Impact::Low},
            {"start_retained_variant", "SO:0002019", Impact::Low},
            {"stop_retained_variant", "SO:0001567", Impact::Low},
            {"synonymous_variant", "SO:0001819", Impact::Low},
            {"coding_sequence_variant", "SO:0001580", Impact::Modifier},
            {"mature_miRNA_variant", "SO:0001620", Impact::Modifier},
            {"5_prime_UTR_variant", "SO:0001623", Impact::Modifier},
            {"3_prime_UTR_variant", "SO:0001624", Impact::Modifier},
            {"non_coding_transcript_exon_variant", "SO:0001792", Impact::Modifier},
            {"intron_variant", "SO:0001627", Impact::Modifier},
            {"NMD_transcript_variant", "SO:0001621", Impact::Modifier},
            {"non_coding_transcript_variant", "SO:0001619", Impact::Modifier},
            {"coding_transcript_variant", "SO:0001968", Impact::Modifier},
            {"upstream_gene_variant", "SO:0001631", Impact::Modifier},
            {"downstream_gene_variant", "SO:0001632", Impact::Modifier},
            {"TFBS_ablation", "SO:0001895", Impact::Modifier},
            {"TFBS_amplification", "SO:0001892", Impact::Modifier},
            {"TF_binding_site_variant", "SO:0001782", Impact::Modifier},
            {"regulatory_region_ablation", "SO:0001894", Impact::Moderate},
            {"regulatory_region_amplification", "SO:0001891", Impact::Modifier},
            {"regulatory_region_variant", "SO:0001566", Impact::Modifier},
            {"intergenic_variant", "SO:0001628", Impact::Modifier},
            {"sequence_variant", "SO:0001060", Impact::Modifier},
        };
        // keys never reallocates below, so the views into it stay valid.
        t.keys.reserve(t.terms.size() + std::size(kAliases));
        for (int i = 0; i < int(t.terms.size()); ++i) {
            t.keys.push_back(lower(t.terms[size_t(i)].name));
            t.index.emplace(t.keys.back(), i);
        }
        for (const Alias& a : kAliases) {
            const auto it = t.index.find(lower(a.term));
            if (it == t.index.end() || t.index.count(a.name))
                continue; // never replaces an Ensembl term
            const int term = it->second;
            t.keys.push_back(a.name);
            t.index.emplace(t.keys.back(), term);
        }
        // An unknown term ranks after the run of terms that share its impact at the top of
        // the list (regulatory_region_ablation is MODERATE but ranks among the MODIFIERs).
        const auto lastIndex = [&t](const char* name) { return t.index.at(lower(name)); };
        t.lastOf[int(Impact::High)] = lastIndex("feature_truncation");
        t.lastOf[int(Impact::Moderate)] = lastIndex("protein_altering_variant");
        t.lastOf[int(Impact::Low)] = lastIndex("synonymous_variant");
        t.lastOf[int(Impact::Modifier)] = lastIndex("sequence_variant");
        t.lastOf[int(Impact::Unknown)] = int(t.terms.size());
        return t;
    }();
    return instance;
}

int termIndex(std::string_view term)
{
    if (!term.empty() && term.front() == '*')
        term.remove_prefix(1);
    if (term.empty())
        return -1;
    const Tables& t = tables();
    char buffer[64]; // longer than any known term: no allocation per lookup

    if (term.size() < sizeof buffer) {
        for (size_t i = 0; i < term.size(); ++i)
            buffer[i] = char(std::tolower(static_cast<unsigned char>(term[i])));
        const auto it = t.index.find(std::string_view(buffer, term.size()));
        return it == t.index.end() ? -1 : it->second;
    }
    return -1;
}

template <typename F>
void forEachTerm(std::string_view terms, F f)
{
    size_t start = 0;
    while (start <= terms.size()) {
        const size_t end = std::min(terms.find('&', start), terms.size());
        if (end > start)
            f(terms.substr(start, end - start));
        start = end + 1;
    }
}

} // namespace

const std::vector<Consequence::Term>& Consequence::terms()
{
    return tables().terms;
}

int Consequence::rank(std::string_view term, Impact impactHint)
{
    const int index = termIndex(term);
    if (index >= 0)
        return 2 * index;
    return 2 * tables().lastOf[int(impactHint)] + 1;
}

int Consequence::unknownRank()
{
    return 2 * int(tables().terms.size()) + 1;
}

int Consequence::worstRank(std::string_view terms, Impact impactHint)
{
    int worst = unknownRank();
    forEachTerm(terms, [&](std::string_view t) { worst = std::min(worst, rank(t, impactHint)); });
    return worst;
}

std::string_view Consequence::worstTerm(std::string_view terms, Impact impactHint)
{
    int worst = unknownRank() + 1;
    std::string_view found;
    forEachTerm(terms, [&](std::string_view t) {
        const int r = rank(t, impactHint);
        if (r < worst) {
            worst = r;
            found = t;
        }
    });
    return found;
}

QString Consequence::ensemblTerm(std::string_view term)
{
    const int index = termIndex(term);
    return index < 0 ? QString() : QString::fromLatin1(tables().terms[size_t(index)].name);
}

Consequence::Impact Consequence::impactOf(std::string_view term)
{
    const int index = termIndex(term);
    return index < 0 ? Impact::Unknown : tables().terms[size_t(index)].impact;
}

Consequence::Impact Consequence::parseImpact(std::string_view text)
{
    const std::string t = lower(text);
    if (t == "high")
        return Impact::High;
    if (t == "moderate")
        return Impact::Moderate;
    if (t == "low")
        return Impact::Low;
    if (t == "modifier")
        return Impact::Modifier;
    return Impact::Unknown;
}

QString Consequence::impactKeyword(Impact impact)
{
    switch (impact) {
    case Impact::High:
        return QStringLiteral("HIGH");
    case Impact::Moderate:
        return QStringLiteral("MODERATE");
    case Impact::Low:
        return QStringLiteral("LOW");
    case Impact::Modifier:
        return QStringLiteral("MODIFIER");
    case Impact::Unknown:
        break;
    }
    return QString();
}

QString Consequence::impactLabel(Impact impact)
{
    switch (impact) {
    case Impact::High:
        return tr("High");
    case Impact::Moderate:
        return tr("Moderate");
    case Impact::Low:
        return tr("Low");
    case Impact::Modifier:
        return tr("Modifier");
    case Impact::Unknown:
        break;
    }
    return QString();
}

} // namespace steward
