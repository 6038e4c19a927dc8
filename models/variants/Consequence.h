#pragma once

#include <string_view>
#include <vector>

#include <QCoreApplication>
#include <QString>

namespace steward {

/**
 * Sequence Ontology consequence terms ranked by severity, in the order Ensembl VEP uses to
 * pick the most severe consequence (https://www.ensembl.org/info/genome/variation/prediction/
 * predicted_data.html), with each term's SO accession and VEP's IMPACT. SnpEff, old SnpEff
 * `EFF` and bcftools csq name some consequences differently ("missense", "NON_SYNONYMOUS_CODING",
 * "disruptive_inframe_deletion"); those names rank as the Ensembl term they stand for.
 */
class Consequence final
{
    Q_DECLARE_TR_FUNCTIONS(Consequence)

public:
    /** VEP's and SnpEff's IMPACT classes, least to most severe. */
    enum class Impact
    {
        Unknown = 0,
        Modifier,
        Low,
        Moderate,
        High,
    };

    struct Term
    {
        const char* name;      // "stop_gained"
        const char* accession; // "SO:0001587"
        Impact impact;
    };

    /** The Ensembl terms, most severe first: a known term's rank() is twice its index here. */
    static const std::vector<Term>& terms();

    /**
     * The severity rank of one term (smaller is more severe). A term that is neither an
     * Ensembl term nor a known alias ranks just after the Ensembl terms of @p impactHint (the
     * IMPACT the annotator gave it), or after every term when that is Unknown too. A leading
     * '*' (bcftools csq: downstream of a stop or frameshift) is ignored.
     */
    static int rank(std::string_view term, Impact impactHint = Impact::Unknown);

    /** The rank of the most severe of the '&'-joined terms in @p terms (`a&b`). */
    static int worstRank(std::string_view terms, Impact impactHint = Impact::Unknown);

    /** The most severe of the '&'-joined terms in @p terms, as written there. */
    static std::string_view worstTerm(std::string_view terms, Impact impactHint = Impact::Unknown);

    /** The rank every unknown term gets when nothing hints at its impact. */
    static int unknownRank();

    /** The Ensembl term @p term stands for ("missense" -> "missense_variant"), or empty. */
    static QString ensemblTerm(std::string_view term);

    /** The Ensembl IMPACT of a term or alias; Unknown for terms it does not know. */
    static Impact impactOf(std::string_view term);

    /** "HIGH", "MODERATE", "LOW", "MODIFIER" in any case; Unknown otherwise. */
    static Impact parseImpact(std::string_view text);

    /** The IMPACT keyword as annotators write it ("HIGH"), empty for Unknown. */
    static QString impactKeyword(Impact impact);

    /** The impact in words for a table cell ("High"). */
    static QString impactLabel(Impact impact);
};

} // namespace steward
