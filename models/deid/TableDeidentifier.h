#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include "models/common/DelimitedTable.h"

namespace steward {

class SidecarRules;

/**
 * De-identifies a clinical table (CSV/TSV with a header row, or a PED pedigree) in memory,
 * for SidecarDeidentifier. Each column gets one role from its name, or from its content for
 * dates:
 *  - identifier columns (sample_id, individual_id, participant_id, subject_id, patient_id,
 *    proband, id, ...) -> pseudonyms; father/mother/paternal_id/maternal_id -> pseudonyms
 *    (0 stays 0); family/family_id/fid -> family pseudonyms. A row whose identifier is
 *    withdrawn or excluded is removed; a parent reference to one becomes 0 (PED) or empty;
 *  - date columns (dob, date_of_birth, birth_date, *_date, date_*, collected, ...; or any
 *    column where at least 80% of the values are dates) -> the year ("1987"), or shifted by
 *    the row individual's keyed offset in the same format;
 *  - age columns (age, age_at_*, *_age, ageAtOnset) -> "90+" for 90 or more;
 *  - ZIP/postal columns -> the first zipDigits characters;
 *  - free-text columns (notes, comments, description, remarks, ...) removed, or scrubbed
 *    when the profile keeps free text; the profile's dropFields removed.
 * Every other column is left alone and digested. PED columns have fixed roles by position
 * (family, individual, father, mother; sex, phenotype and any genotype columns kept).
 */
class TableDeidentifier final
{
    Q_DECLARE_TR_FUNCTIONS(SidecarDeidentifier)

public:
    enum class Role
    {
        Keep,
        DropField,
        FreeText,
        Individual,
        Parent,
        Family,
        Age,
        Zip,
        Date
    };

    explicit TableDeidentifier(SidecarRules& rules) : m_rules(rules) {}

    /** The output text (header, rows, LF line ends). */
    QString transform(const DelimitedTable& in);

    /** Rows written. */
    qint64 rowsKept() const { return m_rowsKept; }
    /** The header of the output as it is written. */
    QString headerAfter() const { return m_headerAfter; }
    static QString headerOf(const DelimitedTable& table);
    /** Names (CSV/TSV) or positions (PED) of the columns left alone, in output order. */
    const QStringList& keptColumns() const { return m_keptColumns; }
    /** The cells of the kept columns of the rows that should be written, as read. */
    const QStringList& keptCells() const { return m_keptCells; }
    /** The same cells read back from a written table; false when a column is missing. */
    static bool keptCellsOf(const DelimitedTable& table, const QStringList& columns,
                            QStringList* cells);
    /** Sentences about the columns (which were removed, which read as dates ...). */
    const QStringList& columnChanges() const { return m_columnChanges; }

    /** The role a CSV/TSV column name implies (Keep when the name says nothing). */
    Role roleForName(const QString& name) const;

private:
    QVector<Role> roles(const DelimitedTable& in);

    SidecarRules& m_rules;
    qint64 m_rowsKept = 0;
    QString m_headerAfter;
    QStringList m_keptColumns;
    QStringList m_keptCells;
    QStringList m_columnChanges;
};

} // namespace steward
