#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVector>

#include "models/deid/PhiFinding.h"

namespace steward {

/** One identifying span inside a piece of text. */
struct PhiMatch
{
    PhiClass phiClass = PhiClass::FreeText;
    PhiSeverity severity = PhiSeverity::Medium;
    int start = 0; // in UTF-16 code units
    int length = 0;
    QString text;
};

/**
 * Finds identifying text (HIPAA Safe Harbor classes) in free text: header values, command
 * lines, Description strings, notes. Regular expressions (compiled once, shared by all
 * threads) plus a few heuristics tuned so that standard genomics header text (INFO/FORMAT
 * descriptions, contig lines, CIGARs, rsIDs, HGVS, Ensembl ids) is not flagged.
 *
 * Severity, following what the text identifies on its own:
 *  - High: person names, MRN-like identifiers and SSNs, emails, phone numbers, dates with a
 *    day, ages over 89, paths inside a user's home folder (they carry the user name);
 *  - Medium: ZIP codes (with a cue), instrument/run/flowcell identifiers, URLs, IP
 *    addresses, standalone numbers of 7 or more digits (possible record numbers);
 *  - Low: host names (public reference hosts are common in headers).
 * The scanner adds its own context (sample IDs, run dates in @RG DT, provenance lines).
 *
 * What is deliberately not matched: numbers glued to `=`, `:`, `,`, `|` or letters
 * (positions, lengths, Epoch values, ENSG/rs ids), host-like file names (`hg38.fa.gz`: a host
 * needs a known top-level domain and two dots, or a .local/.lan/.internal suffix), bare
 * 5-digit numbers (a ZIP code needs a "ZIP"/"postal" cue or a column named so), and pairs of
 * capitalised words unless the first is a common first name that is not also a genomics word
 * ("Gene", "Max", "Mark" are left out of the list).
 */
class PhiDetectors final
{
    Q_DECLARE_TR_FUNCTIONS(PhiDetectors)

public:
    /** Every identifying span in a piece of free text, sorted by start, non-overlapping (the
     * more severe, then the longer, wins). */
    static QVector<PhiMatch> find(QStringView text);

    /** The text with every span found replaced by "[" + PhiFinding::className(class) + "]"
     * ("[person-name]"); paths in user folders keep only their file name
     * ("/home/jdoe/ref/hg38.fa" -> "hg38.fa"); URLs are replaced whole by "[url]". */
    static QString scrub(const QString& text);

    /** Suggested action for a class, translated ("Pseudonymise", "Replace by year", ...). */
    static QString suggestedAction(PhiClass c);

    /**
     * Whether a sample identifier itself looks like a medical record number or a person's
     * name ("MRN0048213", "JohnSmith", "John_Smith", a run of 6 or more digits such as
     * "643594"), rather than a lab accession ("NA12878", "HG00096", "ADM1059A1"). Sample IDs
     * are always reported as PhiClass::SampleId; this only sharpens the suggested action.
     */
    static bool looksLikeDirectIdentifier(QStringView id);

    /** True for text that is a sequencing read name in Illumina form
     * (`@?INSTRUMENT:RUN:FLOWCELL:LANE:TILE:X:Y`, or the older `INSTRUMENT:LANE:TILE:X:Y#..`);
     * `device` receives the instrument:run:flowcell (or instrument:lane) prefix. */
    static bool illuminaReadName(QStringView name, QString* device = nullptr);

    /** True when the text holds a flowcell id (9 characters ending in XX, XY, DR ...) or an
     * Illumina run folder name (YYMMDD_INSTRUMENT_RUN_FLOWCELL): a @RG PU or PU:Z value. */
    static bool looksLikeDeviceId(QStringView text);

    /**
     * What a sidecar (CSV/TSV) column holds, judged by its header name, case and punctuation
     * ignored: sample_id/individual/family... -> SampleId (High), mrn/ssn/... -> Identifier
     * (High), name/surname/... -> PersonName (High), dob, "date" or "birth" in the name -> Date
     * (High), "age..." -> Age (High, for values over 89), zip/postal_code -> ZipCode (Medium),
     * "email" in the name -> Email, phone/tel/fax -> Phone (High), notes/comments/description ->
     * FreeText (Low), address/street/city -> FreeText (Medium). False for any other column.
     */
    static bool columnClass(const QString& columnName, PhiClass* phiClass, PhiSeverity* severity);

    /** The last component of a path ("/home/jdoe/ref/hg38.fa" -> "hg38.fa"). */
    static QString fileNameOf(QStringView path);
};

} // namespace steward
