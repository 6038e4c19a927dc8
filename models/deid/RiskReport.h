#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace steward {

class DelimitedTable;

/**
 * Re-identification risk of a clinical table (CSV/TSV with a header row, or PED), after the
 * ARX tool's measures: records are grouped into equivalence classes by their
 * quasi-identifiers (age band, sex, ZIP3, year of diagnosis ...); the table is k-anonymous
 * for the size of its smallest class; records in classes smaller than k are at risk; the
 * l-diversity of a sensitive column is the fewest distinct sensitive values in any class.
 *
 * A quasi-identifier is given as `column` or `column:generalisation`:
 *  - `age:band` or `age:bandN` - ages in bands of N years (default 10): "40-49"; 90 and over
 *    are one band "90+" (as Safe Harbor groups them). Reads 45, 45.5, "45y", "P45Y"; a value
 *    that is no age stays as it is;
 *  - `zip:N` - the first N letters or digits ("02139" with zip:3 -> "021");
 *  - `dob:year` - the year of a date (ISO, 14/03/1987, 14 Mar 1987 ...), or a bare year.
 * Column names match exactly, else ignoring case, a leading '#', and spaces vs '_'. PED
 * columns are family_id, individual_id, paternal_id, maternal_id, sex, phenotype. Empty cells
 * are a value of their own, "(blank)".
 */
struct RiskReport
{
    Q_DECLARE_TR_FUNCTIONS(RiskReport)

public:
    struct QuasiIdentifier
    {
        enum class Generalisation
        {
            None,
            AgeBand, // parameter: band width in years
            Prefix,  // parameter: characters kept
            Year
        };
        QString column;
        Generalisation generalisation = Generalisation::None;
        int parameter = 0;

        /** "age:band10" -> column "age", AgeBand, 10; false with an error for an unknown
         * generalisation. */
        static bool parse(const QString& spec, QuasiIdentifier* out, QString* error);
        /** The generalised value of one cell; "(blank)" for an empty one. */
        QString apply(const QString& value) const;
    };

    QStringList quasiIdentifiers; // the specs as given
    QString sensitive;            // empty when none
    int k = 5;
    qint64 records = 0;
    int classes = 0;
    int smallestClass = 0;    // the table is k-anonymous for this k (0 when it has no records)
    qint64 recordsAtRisk = 0; // records in classes smaller than k
    /** Class key (generalised values joined by " | ") -> size; smallest first, then by key. */
    QVector<QPair<QString, int>> classSizes;
    /** Class size -> number of classes of that size. */
    QMap<int, int> sizeHistogram;
    /** Fewest distinct sensitive values in one class; -1 when there is no sensitive column. */
    int lDiversity = -1;
    /** Keys of the classes smaller than k, in classSizes order. */
    QStringList riskyClasses;

    bool belowK() const { return records > 0 && smallestClass < k; }
    /** Prosecutor risk of the most exposed record: 1 / smallest class. */
    double highestRisk() const { return smallestClass > 0 ? 1.0 / smallestClass : 0.0; }
    /** Average prosecutor risk: classes / records. */
    double averageRisk() const { return records > 0 ? double(classes) / double(records) : 0.0; }
    QJsonObject toJson() const;

    static QString blank();        // "(blank)"
    static QString keySeparator(); // " | "

    /** Reads the table at `path` (.csv, .tsv, .ped) and computes the report; false with an
     * error naming the file, or the unknown column and the columns there are. */
    static bool compute(const QString& path, const QStringList& quasiIdentifiers,
                        const QString& sensitive, int k, RiskReport* out, QString* error);
    /** The same over a table already read; `source` names it in messages. */
    static bool compute(const DelimitedTable& table, const QString& source,
                        const QStringList& quasiIdentifiers, const QString& sensitive, int k,
                        RiskReport* out, QString* error);
};

} // namespace steward
