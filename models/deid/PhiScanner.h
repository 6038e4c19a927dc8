#pragma once

#include <atomic>

#include <QCoreApplication>
#include <QString>

#include "models/deid/PhiFinding.h"

namespace steward {

/**
 * Looks for identifying text in one file, by format, without changing it: VCF/BCF headers
 * (every line) and a sample of records, SAM/BAM/CRAM headers and a sample of reads,
 * Phenopacket JSON, PED pedigrees and CSV/TSV sidecars. Files are streamed: a header scan
 * reads the header only, and at most Options::readSample records come from the body.
 *
 * Findings are de-duplicated: one per distinct text per field (the first line or record it
 * is seen on), at most 50 per field per file. SampleId findings carry exactly the identifier
 * (their text is the key of the pseudonym map); fields naming a family contain "family".
 *
 * Context rules beyond PhiDetectors::find():
 *  - VCF: sample columns, `##SAMPLE` and `##PEDIGREE` identifiers (SampleId, High; `##META`
 *    lines only describe sample fields and are scanned as text); `##fileDate` (Date,
 *    Medium); tool provenance lines (`##bcftools_*Command`, `##GATKCommandLine*`, `##VEP*`,
 *    `##SnpEffCmd`, `##commandline`, `##*Command*`, `##Software`) are Provenance, Medium when
 *    something else was found in them and Low otherwise; local absolute paths outside user
 *    folders in `##reference`/`##source`/`##assembly`/`##pedigreeDB`/`##contig URL` are
 *    Provenance, Low; known sample IDs anywhere else in the header (inside a command line's
 *    file names) are SampleId, High.
 *  - SAM: `@RG SM` (SampleId, High), `@RG DT` (Date, Medium), `@RG PU` with a flowcell or run
 *    folder (DeviceSerial, Medium), `@PG CL` (Provenance), `@CO` (FreeText, Low, when nothing
 *    more specific is found); reads: Illumina read names (DeviceSerial: the
 *    instrument:run:flowcell part), RG/LB/PU/BC/CO tags.
 *  - Sidecars: identifier keys and columns are SampleId (High), date keys/columns Date
 *    (High; a bare year Low; Phenopacket `created` Medium), ages over 89 Age (High), ZIP
 *    columns ZipCode (Medium), email/phone columns, notes columns FreeText (Low); Phenopacket
 *    `created_by`/`submitted_by` name the curator, not the patient: PersonName, Medium.
 *
 * CRAM reads are decoded without their bases (read names and tags only), so no reference is
 * needed; when the reads still cannot be decoded, one Low "reads" finding says they were not
 * scanned and the header findings stand.
 */
class PhiScanner final
{
    Q_DECLARE_TR_FUNCTIONS(PhiScanner)

public:
    struct Options
    {
        /** Records read from the body of BAM/CRAM/VCF/BCF (0: header only). */
        int readSample = 10000;
        const std::atomic_bool* cancel = nullptr;
    };

    /** Scans one file, detecting its format by content and extension. Returns false with an
     * error naming the file when it cannot be read (or the scan was cancelled); an
     * unsupported format returns true with no findings. */
    static bool scanFile(const QString& path, const Options& options, PhiFindings* findings,
                         QString* error);

    /** Scans VCF header text ("##..." lines and the #CHROM line); `file` goes in each
     * finding, lines are 1-based within the text. */
    static PhiFindings scanVcfHeaderText(const QString& headerText, const QString& file);
    /** Scans SAM header text ("@.." lines). */
    static PhiFindings scanSamHeaderText(const QString& headerText, const QString& file);

    /** Findings kept per field and file. */
    static constexpr int kMaxPerField = 50;
};

} // namespace steward
