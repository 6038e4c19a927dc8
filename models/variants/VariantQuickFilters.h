#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVector>

#include "models/variants/VariantRow.h"

namespace steward {

/**
 * The one-click filters a clinician combines with an expression: PASS only, impact at
 * least a level, ClinVar pathogenic or likely pathogenic, rare (population AF below a
 * threshold), a gene list, BED regions, and carriers of the selected sample. A plain class,
 * testable without a view; every test reads a decoded VariantRow.
 */
class VariantQuickFilters final
{
    Q_DECLARE_TR_FUNCTIONS(VariantQuickFilters)

public:
    struct Interval
    {
        QString chrom;
        qint64 start = 0; // 0-based, inclusive (BED)
        qint64 end = 0;   // exclusive
    };

    bool passOnly = false;
    /** Consequence::Impact as int; 0 = any. 3 = MODERATE or HIGH, 4 = HIGH. */
    int minimumImpact = 0;
    /** ClinVar Pathogenic, Likely pathogenic or Pathogenic/Likely pathogenic (not conflicting). */
    bool clinVarPathogenic = false;
    /** Keep variants whose highest population AF is below this (or unknown); < 0 = off. */
    double maximumPopulationFrequency = -1;
    /** Gene symbols, upper case; empty = any gene. */
    QSet<QString> genes;
    QVector<Interval> regions;
    /** Patient view: only records where the selected sample carries a non-reference allele. */
    bool carriersOnly = false;

    bool isEmpty() const;
    /** Whether the row (decoded with the selected sample) passes every filter that is on. */
    bool accepts(const VariantRow& row) const;
    /** A short description for the status line ("PASS, impact ≥ MODERATE, 3 genes"). */
    QString summary() const;

    /** Genes from free text: separated by spaces, commas, semicolons or new lines. */
    static QSet<QString> parseGenes(const QString& text);
    /**
     * "chr1:1000-2000", "chr1:1000" or "chr1" (commas allowed in numbers) as a 0-based
     * half-open interval; a contig alone spans the whole contig (@p contigOnly set).
     */
    static bool parseRegion(const QString& text, Interval* interval, bool* contigOnly = nullptr);
    /** Reads a BED file (chrom, start, end; header/track/browser lines skipped). */
    static bool loadBed(const QString& path, QVector<Interval>* intervals, QString* error);
};

} // namespace steward
