#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include "models/deid/DeidTransform.h"

namespace steward {

/**
 * De-identifies one SAM/BAM/CRAM file by a profile: rewrites the header (allowlisted record
 * types and attributes, pseudonymised @RG SM, read groups renamed rg1, rg2 ...), and the
 * records (RG:Z tags kept consistent with the header, listed aux tags stripped, read names
 * kept, numbered or replaced by keyed hashes). Never adds an @PG line of its own.
 *
 * A BAM whose records need no change gets the `header-only` treatment of `samtools reheader`:
 * the new header in new BGZF blocks, the rest of the header's last block recompressed, the
 * remaining body blocks copied raw. Everything else is re-encoded through an htslib thread
 * pool. The output is written to `output + ".steward-partial"`, indexed (.bai/.crai when
 * coordinate-sorted), re-read and compared with the input (record count, ReadContentDigest)
 * and only then renamed into place. CRAM references are only ever read from local files.
 *
 * Read names: `keyed-hash` is stateless (mates hash alike); `counter` numbers names by first
 * occurrence and holds a name only until its mates and announced supplementary records were
 * seen, plus a FIFO of the last 262,144 finished names for late secondary alignments, so memory
 * follows the templates open at the current position, not the file size.
 *
 * Read groups of withdrawn samples (DeidTransformParams::dropSamples) are removed with their
 * reads; `recordsIn` then counts the input records the output must hold. RG:Z tags naming a
 * read group that is not in the header are removed (their value may itself identify a run
 * or person, and an RG:Z without its @RG line is invalid SAM); the count is reported.
 */
class AlignmentDeidentifier final
{
    Q_DECLARE_TR_FUNCTIONS(AlignmentDeidentifier)

public:
    static DeidTransformResult run(const DeidTransformParams& params);

    /**
     * The de-identified header text for a SAM header, or an empty string with `error` set.
     * `readGroupRenames` receives every @RG ID of the input: old ID -> new ID (unchanged when
     * the profile does not rename), or an empty string when the read group belongs to a
     * sample in `params.dropSamples` and is removed. `changes` receives translated sentences.
     */
    static QString rewriteHeader(const QString& samHeaderText, const DeidTransformParams& params,
                                 QHash<QString, QString>* readGroupRenames, QStringList* changes,
                                 QString* error);
};

} // namespace steward
