#pragma once

#include <htslib/vcf.h>

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include "models/variants/AnnotationSchema.h"

namespace steward {

/**
 * The ClinVar INFO fields of one record (CLNSIG, CLNREVSTAT, CLNDN, ... as the ClinVar VCF
 * writes them, or as annotators copy them), in the words a clinician reads: significance as
 * ClinVar spells it ("Likely pathogenic", not "Likely_pathogenic" or "4"), review status as
 * 0-4 stars, conditions with spaces.
 *
 * Significance and review-status terms are ClinVar's vocabulary and are shown as ClinVar
 * writes them, untranslated, like gene names: that is what reports and searches quote.
 */
class ClinVarAnnotation final
{
    Q_DECLARE_TR_FUNCTIONS(ClinVarAnnotation)

public:
    /** The germline classification the record's significance terms add up to. */
    enum class Category
    {
        None,  // no CLNSIG
        Other, // only non-germline terms: drug response, risk factor, not provided...
        Benign,
        BenignLikelyBenign, // Benign/Likely benign, or both terms given
        LikelyBenign,
        Uncertain,
        Conflicting, // ClinVar's "Conflicting ...", or terms on both sides of Uncertain
        LikelyPathogenic,
        PathogenicLikelyPathogenic,
        Pathogenic,
    };

    /** Reads the ClinVar tags of @p record that @p schema found in the header. */
    static ClinVarAnnotation decode(bcf1_t* record, const AnnotationSchema& schema);

    /** True when the record has a value in any ClinVar tag. */
    bool isPresent() const { return m_present; }

    Category category() const { return m_category; }
    /** Pathogenic, Likely pathogenic or Pathogenic/Likely pathogenic (the one-click filter). */
    bool isPathogenicOrLikely() const;
    /** Orders categories from Pathogenic (largest) to None, for sorting a column. */
    static int pathogenicityOrder(Category category);

    /** CLNSIG's terms, normalised, in the order written, each once. */
    const QStringList& significances() const { return m_significances; }
    QString significanceText() const { return m_significances.join(QLatin1String("; ")); }
    const QString& rawSignificance() const { return m_rawSignificance; }

    /** Review stars 0-4 from CLNREVSTAT (the best-reviewed value when there are several); -1 when
     * unknown. */
    int stars() const { return m_stars; }
    /** CLNREVSTAT in words ("criteria provided, single submitter"). */
    QString reviewStatus() const { return m_reviewStatus.join(QLatin1String("; ")); }
    const QString& rawReviewStatus() const { return m_rawReviewStatus; }

    /** CLNSIGCONF: the submitted classifications with their counts ("Pathogenic (2)"). */
    const QStringList& conflictingClassifications() const { return m_conflicting; }
    /** CLNDN: the conditions, with spaces ("Hereditary breast ovarian cancer syndrome"). */
    const QStringList& conditions() const { return m_conditions; }
    QString conditionText() const { return m_conditions.join(QLatin1String("; ")); }
    /** CLNDISDB as written ("MedGen:C0027672,OMIM:604370"), one entry per condition. */
    const QStringList& diseaseDatabaseIds() const { return m_diseaseIds; }
    /** GENEINFO's gene symbols ("BRCA1"). */
    const QStringList& genes() const { return m_genes; }
    const QString& alleleId() const { return m_alleleId; }
    /** dbSNP ids from RS, with the "rs" prefix. */
    const QStringList& rsIds() const { return m_rsIds; }
    const QString& hgvs() const { return m_hgvs; }
    /** CLNVC with spaces ("single nucleotide variant"). */
    const QString& variantType() const { return m_variantType; }
    /** MC's consequence terms ("missense_variant"). */
    const QStringList& molecularConsequences() const { return m_molecularConsequences; }
    /** ORIGIN as the bit mask ClinVar writes; -1 when absent. */
    int origin() const { return m_origin; }
    /** ORIGIN in words ("germline", "de novo"). */
    QStringList originLabels() const;

    /**
     * One CLNSIG term in ClinVar's spelling: "Likely_pathogenic" and VEP's "likely_pathogenic"
     * become "Likely pathogenic"; an old numeric code is looked up in @p codes (the header's
     * legend) or else in ClinVar's 2015-2017 table (5 -> "Pathogenic").
     */
    static QString normaliseSignificance(QStringView term,
                                         const QHash<QString, QString>& codes = {});
    /** The category of normalised significance terms taken together. */
    static Category categoryOf(const QStringList& significances);
    /**
     * Stars for one CLNREVSTAT value: practice_guideline 4, reviewed_by_expert_panel 3,
     * criteria_provided,_multiple_submitters,_no_conflicts 2, criteria_provided with a
     * single submitter or conflicting classifications 1, no assertion criteria 0, and the
     * same for the old abbreviations (guideline, exp, mult, single, conf, no_criteria);
     * -1 for a value it does not know.
     */
    static int starsFor(QStringView reviewStatus);
    /**
     * Splits a ClinVar multi-value field: on '|' and on ',' that is not followed by '_'
     * (ClinVar writes ", " inside a term as ",_": "Pathogenic,_low_penetrance").
     */
    static QStringList splitValues(QStringView value);

private:
    bool m_present = false;
    Category m_category = Category::None;
    QStringList m_significances;
    QString m_rawSignificance;
    int m_stars = -1;
    QStringList m_reviewStatus;
    QString m_rawReviewStatus;
    QStringList m_conflicting;
    QStringList m_conditions;
    QStringList m_diseaseIds;
    QStringList m_genes;
    QString m_alleleId;
    QStringList m_rsIds;
    QString m_hgvs;
    QString m_variantType;
    QStringList m_molecularConsequences;
    int m_origin = -1;
};

} // namespace steward
