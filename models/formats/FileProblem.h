#pragma once

#include <QString>
#include <QVector>

namespace steward {

/** One problem found in a file: what a steward sees in the Issues dock and the CLI. */
struct FileProblem
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    Severity severity = Severity::Error;
    /** Stable machine-readable code, e.g. "truncated", "malformed-record", "missing-index". */
    QString code;
    /** A sentence naming the problem and what to do; the file path is added by the caller. */
    QString message;
    /** Where in the file: "line 12", "record 3,004", "header"; empty when the whole file. */
    QString location;

    static QString severityName(Severity s)
    {
        switch (s) {
        case Severity::Info:
            return QStringLiteral("info");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Error:
            return QStringLiteral("error");
        }
        return QString();
    }
    static Severity severityFromName(const QString& name)
    {
        if (name == QLatin1String("info"))
            return Severity::Info;
        if (name == QLatin1String("warning"))
            return Severity::Warning;
        return Severity::Error;
    }
};

using FileProblems = QVector<FileProblem>;

} // namespace steward
