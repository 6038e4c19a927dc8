#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace steward {

/**
 * Writes Steward's demo workspace: a small synthetic clinical cohort that looks real
 * enough to review - a 12-sample annotated VCF (VEP CSQ, ClinVar, gnomAD), a trio with a
 * PED file, a BAM and CRAM with their reference, Phenopacket sidecars, a consent sample
 * sheet, identifying-looking headers for the de-identification review, and a problems/
 * folder of broken files for the scanner. Every value is fictional.
 *
 * The output is a pure function of the seed: the same seed gives the same bytes on every
 * run (no dates of today, no random nonces, single-threaded BGZF/CRAM encoding). Across
 * machines the uncompressed content is identical; the compressed bytes are identical
 * where htslib uses the same deflate library (Debian's libhts links libdeflate).
 * Every file is written under a temporary name and renamed into place.
 */
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    static constexpr int kCohortSamples = 12;
    static constexpr int kCohortRecords = 3000;
    static constexpr int kTrioRecords = 1500;
    static constexpr int kReadPairs = 10000;
    static constexpr int kPhenopackets = 10;

    /** Generates the workspace into folder (created if needed) with defaultSeed(). */
    static bool generate(const QString& folder, QString* error);
    static bool generate(const QString& folder, quint64 seed, QString* error);
    static quint64 defaultSeed();

    /** True when folder holds a demo workspace of this version of Steward (else regenerate). */
    static bool isCurrent(const QString& folder);

    /** The files generate() writes, relative to the folder, sorted. */
    static QStringList files();
};

} // namespace steward
