#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include "models/deid/DeidTransform.h"

namespace steward {

/**
 * The value rules shared by the sidecar transforms (Phenopackets, PED, CSV/TSV): identifiers
 * to pseudonyms, dates to the year or shifted per individual, ages over 89 grouped, ZIP codes
 * cut, free text dropped or scrubbed, and the counts behind the review's change sentences.
 * One instance per file; internal to SidecarDeidentifier and its helpers.
 */
class SidecarRules final
{
    Q_DECLARE_TR_FUNCTIONS(SidecarDeidentifier)

public:
    explicit SidecarRules(const DeidTransformParams& params);

    const DeidTransformParams& params() const { return m_params; }
    const DeidProfile::Sidecars& sidecars() const { return m_params.profile.sidecars; }

    // --- identifiers ---
    /** The pseudonym of an individual/sample id: the caller's map first, then the keyed
     * pseudonymiser when the profile pseudonymises; "", "0" and "-9" stay as they are. */
    QString individual(const QString& id);
    /** A family id: the keyed family pseudonym when the profile pseudonymises. */
    QString family(const QString& id);
    /** Whether rows/objects of this (original) id are to be removed. */
    bool isDropped(const QString& id) const;
    /** Remembers an id seen in the file, so document ids and file names containing it can
     * have it replaced (withIdsReplaced). */
    void learnId(const QString& id);
    /** The same for a family id (replaced by its family pseudonym). */
    void learnFamily(const QString& id);
    /** Every known original id inside `text` replaced by its pseudonym, longest first. */
    QString withIdsReplaced(const QString& text);
    /** A document id (a phenopacket's, an interpretation's): known ids inside it replaced; an
     * id that names nobody known is replaced by a keyed hash ("D-...") when pseudonymising. */
    QString documentId(const QString& id);
    /** A file URI or path: the file name only, with known ids replaced. */
    QString fileName(const QString& uri);

    // --- dates ---
    enum class DateOrder
    {
        Unknown,
        DayFirst,  // 14/03/1987
        MonthFirst // 03/14/1987
    };
    enum class DateStyle
    {
        Table,    // a CSV/TSV cell: year -> "1987"; a shifted date keeps its format, no time
        Timestamp // a Phenopacket timestamp: stays a valid RFC 3339 timestamp
    };
    /** Whether text is a full date this class can read (ISO date or timestamp, 1987/03/14,
     * 14/03/1987, 14.03.1987, 14 Mar 1987, March 14, 1987; YYYYMMDD only when `compact`). */
    static bool isDate(const QString& text, bool compact = false);
    /** The date text names, or an invalid date when it is none of the forms isDate reads. */
    static QDate parseDate(const QString& text, DateOrder order = DateOrder::Unknown,
                           bool compact = false);
    /** Day-first when any cell's first number is over 12, month-first when any second number
     * is, otherwise Unknown (read month-first, as in the US forms Safe Harbor is about). */
    static DateOrder guessOrder(const QStringList& cells);
    /** Applies the profile's date policy to one value. `individual` is the original id whose
     * keyed shift applies (empty: no individual, so the date is reduced to the year).
     * Missing-value tokens (NA, unknown, ...) stay; an unreadable value is reduced to a year
     * it names or blanked, never kept. */
    QString date(const QString& text, const QString& individual, DateStyle style,
                 DateOrder order = DateOrder::Unknown, bool compact = false);

    // --- ages, ZIP codes, free text ---
    /** "93", "93.5", "93y", "93 years", "P93Y2M" -> "90+" (Table) or "P90Y" (ISO 8601
     * durations in Timestamp style) when agesOver89; other values unchanged. */
    QString age(const QString& text, DateStyle style);
    /** The first zipDigits letters/digits ("02139-4307" -> "021"); unchanged when -1. */
    QString zip(const QString& text);
    /** Free text through the caller's scrub (identity when none); counted. */
    QString scrub(const QString& text);

    // --- names of columns and JSON keys ---
    /** "createdby" from "created_by", "createdBy", "#Created By". */
    static QString key(const QString& name);
    bool isDropField(const QString& name) const;
    static bool isFreeTextName(const QString& name);
    static bool isMissing(const QString& text);

    // --- counts ---
    struct Counts
    {
        int pseudonymised = 0;
        int families = 0;
        int documentIds = 0;
        int droppedRecords = 0;
        int parentsCleared = 0;
        int datesYear = 0;
        int datesShifted = 0;
        int datesNoIndividual = 0; // shift asked, no individual known: reduced to the year
        int datesBlanked = 0;
        int ages = 0;
        int zips = 0;
        int sparseZips = 0; // HIPAA prefixes of sparse areas, now 000
        int freeTextDropped = 0;
        int freeTextScrubbed = 0;
        int uris = 0;
        QMap<QString, int> droppedFields; // name as written -> occurrences
    };
    Counts counts;
    /** Translated sentences for the review, for the counts that are not zero. */
    QStringList changes() const;

private:
    DeidTransformParams m_params;
    QSet<QString> m_dropFieldKeys;
    QSet<QString> m_known;
    QSet<QString> m_knownFamilies;
    QStringList m_knownByLength; // sorted lazily
    bool m_knownDirty = false;
};

} // namespace steward
