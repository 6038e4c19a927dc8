#pragma once

#include <QCoreApplication>

#include "models/deid/DeidTransform.h"

namespace steward {

/**
 * De-identifies a clinical sidecar by rewriting it: GA4GH Phenopacket v1/v2 JSON (.json; a
 * Phenopacket, Family or Cohort), PED pedigrees (.ped) and CSV/TSV tables (.csv, .tsv).
 *
 * Identifiers become the pseudonyms of `params.pseudonyms` (the map used for the VCF/BAM
 * files of the same dataset); an id not in the map gets the keyed `Pseudonymizer::sample()`
 * pseudonym when the profile pseudonymises, family ids `Pseudonymizer::family()`. Records of
 * `params.dropSamples` are removed. Dates follow `profile.sidecars.dates`: "year" keeps the
 * year ("1987" in a table; "1987-01-01T00:00:00Z" for a Phenopacket timestamp, which must
 * stay a valid timestamp), "shift" moves every date of one individual by
 * `Pseudonymizer::dateShiftDays(original id, shiftMaxDays)`, the same in every file and run,
 * and drops the time of day. Ages of 90 or more become "90+" ("P90Y" in Phenopackets), ZIP
 * codes keep `zipDigits` characters, free text is removed (or scrubbed with
 * `params.scrubText`), and `dropFields` are removed. See TableDeidentifier and
 * PhenopacketDeidentifier for which columns and keys are which.
 *
 * The output is written to `output + ".steward-partial"`, read back and validated (the rows
 * or subjects that should be there are there; the SHA-256 over the content the profile leaves
 * alone, from the input and from the re-read output, is equal), then renamed into place.
 * Nothing is left under either name on failure. A Phenopacket whose subject (or a family
 * whose proband) is in dropSamples is refused with an error: the caller leaves the file out.
 */
class SidecarDeidentifier final
{
    Q_DECLARE_TR_FUNCTIONS(SidecarDeidentifier)

public:
    static DeidTransformResult run(const DeidTransformParams& params);

    /** Whether the file's name says it is a sidecar this class rewrites. */
    static bool handles(const QString& path);

    /** Lines of pretty-printed JSON shown as a Phenopacket's "header" in the review. */
    static constexpr int kPreviewLines = 200;
};

} // namespace steward
