#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/deid/DeidTransform.h"

namespace steward {

/**
 * A VCF header rewritten after a de-identification profile (VcfDeidentifier's first step):
 * the allowlisted `##` lines, contig attributes, scrubbed descriptions, removed INFO/FORMAT
 * declarations and the renamed/dropped sample columns, with what changed in sentences.
 */
struct VcfHeaderPlan
{
    Q_DECLARE_TR_FUNCTIONS(VcfDeidentifier)

public:
    QString text;                 // the new header, every line ending in a newline
    QStringList inputSamples;     // the #CHROM line's samples
    QStringList keptInputSamples; // input names, input order, minus the dropped ones
    QStringList outputSamples;    // the same samples renamed

    /** False with an error naming the profile and params.input. */
    static bool build(const QString& headerText, const DeidTransformParams& params,
                      VcfHeaderPlan* plan, QStringList* changes, QString* error);
    /** True when both BCF headers give every INFO/FORMAT/FILTER id and contig the same index,
     * so BCF records can be copied under the new header unchanged. */
    static bool sameDictionary(const QString& before, const QString& after);
};

} // namespace steward
