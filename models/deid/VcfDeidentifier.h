#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/deid/DeidTransform.h"

namespace steward {

/**
 * De-identifies one VCF, VCF.gz or BCF: rewrites the header after the profile (allowlisted
 * `##` lines, contig attributes, scrubbed descriptions, pseudonymised sample columns), drops
 * samples and removes INFO/FORMAT fields. When only the header changes and the input is BGZF,
 * the body's BGZF blocks are copied byte for byte after a re-compressed header (the approach of
 * `bcftools reheader`); otherwise every record is re-encoded with an htslib thread pool.
 *
 * The output goes to `output.steward-partial` with its index (.tbi when the input had one,
 * else .csi; .csi for BCF; on the header-only path the input's own index with its offsets
 * moved, when it matches its file), is re-opened with htslib, its records counted and its content
 * digest (VcfContentDigest) compared with the input's, and only then renamed into place.
 * The input is never opened for writing; on any failure or cancel no partial file is left.
 */
class VcfDeidentifier final
{
    Q_DECLARE_TR_FUNCTIONS(VcfDeidentifier)

public:
    /** How much of the output is read back before it is renamed into place. */
    enum class Validation
    {
        /** Input and output are both decoded with htslib (in parallel threads): record
         * counts and content digests computed from each file. What the issue requires. */
        Full,
        /** Header-only path only: the output is re-opened with htslib (header, samples, a few
         * records through the index) and its copied body bytes are compared with the input's
         * byte for byte; records are counted from the index, and no record is decoded
         * (digests left empty, so DeidTransformResult::validated() is false). For very large
         * files where the caller accepts byte identity as the proof: it costs about what
         * `bcftools reheader` does. Re-encodes still run Full. */
        BodyBytes
    };

    static DeidTransformResult run(const DeidTransformParams& params,
                                   Validation validation = Validation::Full);

    /**
     * The header after the profile, from the full header text (`##` lines and the `#CHROM`
     * line; IDX attributes of a BCF header are kept). Errors (a removed field the file does
     * not declare, two output samples with one name, a profile dropping the lines the records
     * need) name the profile and params.input. `changes` receives translated sentences.
     */
    static QString rewriteHeader(const QString& headerText, const DeidTransformParams& params,
                                 QStringList* changes, QString* error);
};

} // namespace steward
