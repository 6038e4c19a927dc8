#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace steward {

/**
 * A clinical table read whole (sidecars are small): CSV or TSV with a header row and RFC 4180
 * quoting (quoted fields may hold the delimiter, doubled quotes and line breaks), or a PED
 * pedigree (whitespace-separated, `#` lines are comments, an optional `#Family ID ...` header).
 * A UTF-8 byte-order mark is skipped and CRLF accepted; every record keeps the line it starts
 * on, so errors and findings say "file:line".
 *
 * It also writes (quoting what needs it) for the sidecar de-identifier, and is read by the
 * re-identification risk report; the consent sheet importer splits its records with it.
 */
class DelimitedTable final
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedTable)

public:
    struct Row
    {
        int line = 0;
        QStringList fields;
    };

    enum class Kind
    {
        Csv,
        Tsv,
        Ped
    };

    Kind kind = Kind::Csv;
    /** Column names as written (CSV/TSV), or family_id, individual_id, paternal_id,
     * maternal_id, sex, phenotype (then column_7, ...) for PED. */
    QStringList header;
    int headerLine = 0;
    /** PED only: the `#` line naming the columns, as written (empty when there is none). */
    QString headerText;
    /** PED only: other `#` lines (free text), with their line numbers. */
    QVector<Row> comments;
    /** Data records; blank lines are skipped. */
    QVector<Row> rows;

    /** Csv for .csv, Tsv for .tsv/.tab/.txt, Ped for .ped (case-insensitive); false otherwise. */
    static bool kindFor(const QString& path, Kind* kind);
    /** Sidecar tables larger than this are refused (they are never that big). */
    static constexpr qint64 kMaxBytes = 256 * 1024 * 1024;

    /** Reads `path`; false with an error naming the file (and line) when it cannot. */
    static bool read(const QString& path, Kind kind, DelimitedTable* table, QString* error);
    /** The same from bytes already read; `path` is only used in messages. */
    static bool parse(const QByteArray& bytes, const QString& path, Kind kind,
                      DelimitedTable* table, QString* error);

    /** RFC 4180 records of `text` with the line each starts on (quoted fields may hold the
     * delimiter, doubled quotes and line breaks); false with the line of an unterminated
     * quote. Used by every delimited reader (consent sheets, sidecars). */
    static bool splitRecords(const QString& text, QChar delimiter, QVector<Row>* rows,
                             int* badLine);

    /** One output line (no line end): CSV/TSV fields quoted where they must be, PED
     * tab-separated. */
    QString formatRow(const QStringList& fields) const;

    /** The index of a column by name: exact first, then case-insensitive, ignoring a
     * leading '#' and surrounding spaces; -1 when absent. */
    int column(const QString& name) const;

    /** "sample_id" from "#Sample ID ": lower case, '#' dropped, spaces and hyphens as '_'. */
    static QString normalizedName(const QString& name);

    QChar delimiter() const;
};

} // namespace steward
