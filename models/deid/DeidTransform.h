#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include "models/deid/DeidProfile.h"
#include "models/deid/Pseudonymizer.h"

namespace steward {

/**
 * What a file transform (VCF/BCF, BAM/CRAM, sidecar) is asked to do. The caller (DeidRunner or
 * a test) has already chosen the pseudonyms and the samples to drop, so every file of a
 * dataset uses the same ones.
 */
struct DeidTransformParams
{
    QString input;  // the original; never opened for writing
    QString output; // the final path; the transform writes `output + ".steward-partial"` (and
                    // its index) and renames into place only after validation passed
    DeidProfile profile;
    /** Original sample/individual id -> pseudonym. Ids not in the map keep their name (a
     * profile without pseudonymisation). */
    QHash<QString, QString> pseudonyms;
    /** Samples removed from the output (consent-excluded or withdrawn, always removed). */
    QSet<QString> dropSamples;
    /** Keyed hashes for read names and date shifts; never null. */
    std::shared_ptr<const Pseudonymizer> pseudonymizer;
    /** Replaces identifying text inside free text (Description strings, @PG CL, notes); the
     * PHI detectors' scrub. Identity when null. */
    std::function<QString(const QString&)> scrubText;
    QString referencePath; // CRAM: the local FASTA (from CramReference); empty to use htslib's
    int threads = 2;       // htslib thread pool size for (de)compression
    const std::atomic_bool* cancel = nullptr;
    /** Bytes of input consumed, total bytes; called from the transform's thread. */
    std::function<void(qint64, qint64)> progress;
};

/** What a transform did, and the proof that the content that must not change did not. */
struct DeidTransformResult
{
    bool ok = false; // written, validated and renamed into place
    QString error;   // names the file and the problem; no output left under the final name
    QString output;  // final path
    QString index;   // final index path, empty when the format has none
    QString method;  // "header-only" (body blocks copied), "re-encode", "rewrite" (text)
    qint64 recordsIn = 0;
    qint64 recordsOut = 0;
    /** Hex SHA-256 over the fields that must not change (VCF: CHROM, POS, REF, ALT, kept
     * INFO, genotypes of kept samples in output order; reads: name-independent sequence,
     * quality, flags, position, CIGAR; sidecars: the cells the profile leaves alone), computed
     * from the input as the output should be, and from the re-opened output. */
    QString digestIn;
    QString digestOut;
    QString headerBefore; // the header text, for the side-by-side review
    QString headerAfter;
    QStringList changes; // translated sentences: "Dropped 14 ##GATKCommandLine lines", ...
    /** Header-only with the profile's byte-identity check: the copied body was compared byte
     * for byte with the input's, in place of the content digests (left empty). */
    bool bodyIdentical = false;

    bool validated() const
    {
        return ok && recordsIn == recordsOut &&
               ((!digestIn.isEmpty() && digestIn == digestOut) || bodyIdentical);
    }
};

} // namespace steward
