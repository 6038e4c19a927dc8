#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace steward {

/**
 * A de-identification profile: versioned JSON saying what to keep, drop and rewrite in VCF
 * headers and records, SAM/BAM/CRAM headers and records, and clinical sidecars. Two profiles
 * ship in resources/profiles (`safe-harbor`, the strict default, and `research-minimal`);
 * users may write their own. Unknown keys or values are refused with the key's path, so a
 * typo never silently keeps identifying data.
 *
 * Header-line and attribute lists are allowlists where `keepHeaderKeys`/`*Attributes` are
 * used: anything not listed is dropped. Names match case-sensitively, as in the specs.
 */
struct DeidProfile
{
    Q_DECLARE_TR_FUNCTIONS(DeidProfile)

public:
    static constexpr int kFormatVersion = 1;

    enum class ReadNamePolicy
    {
        Keep,
        Counter,  // 1, 2, 3 ... in file order (mates share the number of their name)
        KeyedHash // HMAC-SHA-256 of the name with the workstation key, truncated (mates stay
                  // paired)
    };
    enum class DatePolicy
    {
        Keep,
        YearOnly, // 1987-03-14 -> 1987
        Shift     // every date of one individual moved by the same keyed number of days
    };

    QString name;
    int version = 1; // the profile's own revision, bumped by its author
    QString description;

    struct Vcf
    {
        /** `##key` lines kept (allowlist); "INFO", "FORMAT", "FILTER", "ALT", "contig" ... */
        QStringList keepHeaderKeys;
        /** Attributes kept inside `##contig=<...>` (ID is always kept). */
        QStringList contigAttributes;
        /** INFO and FORMAT fields removed from the header and every record. A field the
         * file does not declare is an error (the profile was written for other files). */
        QStringList removeInfo;
        QStringList removeFormat;
        /** Replace identifying text found inside Description="..." strings. */
        bool scrubDescriptions = true;
        /** How an output whose body was copied (header-only) is proved unchanged: false
         * ("decode"): input and output decoded, record counts and content digests compared;
         * true ("bytes"): the copied body compared byte for byte with the input's, records
         * counted from the index, nothing decoded, for cohort files where decoding twice
         * would take hours. Re-encoded outputs are always decoded. */
        bool byteIdentityCheck = false;
    } vcf;

    struct Sam
    {
        /** Header record types kept: "HD", "SQ", "RG", "PG", "CO". */
        QStringList keepRecordTypes;
        /** Attributes kept in @SQ and @RG lines (SN/LN and ID always kept). */
        QStringList sqAttributes;
        QStringList rgAttributes;
        /** Read-group IDs replaced by rg1, rg2 ... and every record's RG:Z tag rewritten. */
        bool renameReadGroups = true;
        /** Per-record aux tags removed (two letters: "BC", "CO", "PU", "LB" ...). */
        QStringList stripTags;
        ReadNamePolicy readNames = ReadNamePolicy::KeyedHash;
    } sam;

    struct Samples
    {
        bool pseudonymize = true;
        QString prefix = QStringLiteral("S-");
        int length = 8; // Crockford base-32 characters after the prefix (4..26)
    } samples;

    struct Sidecars
    {
        DatePolicy dates = DatePolicy::YearOnly;
        int shiftMaxDays = 180; // a keyed shift in [-max, +max], never 0
        bool agesOver89 = true; // ages of 90 or more become "90+"
        int zipDigits = 3;      // keep this many leading ZIP digits; -1 keeps the whole code
        bool dropFreeText = true;
        /** Columns/JSON keys always removed, whatever their content. */
        QStringList dropFields;
    } sidecars;

    /** Where the profile was read from ("builtin:safe-harbor" or a file path). */
    QString source;
    /** Hex SHA-256 of the profile's canonical JSON (compact, keys sorted): identifies it in the
     * audit log and in the RO-Crate provenance. */
    QString sha256;

    QJsonObject toJson() const;

    /** Reads and validates a profile; false with an error naming the key and the file. */
    static bool fromJson(const QJsonObject& json, const QString& source, DeidProfile* profile,
                         QString* error);
    static bool load(const QString& path, DeidProfile* profile, QString* error);
    /** A shipped profile by name, or a file path; the CLI's `--profile NAME|FILE`. */
    static bool resolve(const QString& nameOrPath, DeidProfile* profile, QString* error);
    static QStringList builtInNames();  // safe-harbor, research-minimal
    static DeidProfile strictDefault(); // safe-harbor

    static QString readNamePolicyName(ReadNamePolicy p); // keep | counter | keyed-hash
    static QString datePolicyName(DatePolicy p);         // keep | year | shift
};

} // namespace steward
