#pragma once

#include <limits>

#include <QString>
#include <QStringList>

namespace steward {

/** One record as the variant table shows it, decoded once when its block is read. */
struct VariantRow
{
    static constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

    qint64 ordinal = -1; // 0-based record number in the file
    QString chrom;
    qint64 pos = 0; // 1-based
    QString id;
    QString ref;
    QStringList alts;
    double qual = kMissing;
    QString filter;

    // The most severe annotation of the record.
    QString gene;
    /** Every gene symbol of the record's transcripts (and ClinVar's GENEINFO). */
    QStringList genes;
    QString consequence;
    QString impact;
    /** Consequence::Impact of the most severe transcript, as an int (0 unknown .. 4 HIGH). */
    int impactLevel = 0;
    QString hgvsc;
    QString hgvsp;
    QString clinicalSignificance;
    int clinVarStars = -1;
    /** ClinVarAnnotation::Category as an int (0: no ClinVar significance). */
    int clinVarCategory = 0;
    QString condition;
    double populationFrequency = kMissing;

    // The selected sample's call.
    QString genotype;
    QString zygosity;
    int depth = -1;
    double alleleFraction = kMissing;
    int genotypeQuality = -1;
    /** The selected sample carries a non-reference allele. */
    bool carrier = false;

    /** The parser's message when the record is malformed (the row is still shown). */
    QString error;
};

} // namespace steward
