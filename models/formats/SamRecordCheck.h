#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace steward {

/**
 * Says in words what is wrong with one SAM text line that htslib refused, so a steward can
 * fix it: which of the 11 mandatory fields or which optional field breaks the SAM spec.
 * htslib only logs a terse error to stderr; this re-reads the line on the error path.
 */
class SamRecordCheck final
{
    Q_DECLARE_TR_FUNCTIONS(SamRecordCheck)

public:
    /**
     * One sentence naming the first fault of `line` (without its newline), or an empty
     * string when nothing is found. `references` holds the @SQ names of the header.
     */
    static QString describe(const QByteArray& line, const QSet<QByteArray>& references);

    /** Line `lineNumber` (1-based) of an uncompressed text file, without its newline. */
    static QByteArray readLine(const QString& path, qint64 lineNumber, bool* ok = nullptr);
};

} // namespace steward
