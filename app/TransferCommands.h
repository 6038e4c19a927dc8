#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace steward {

/**
 * `steward repo add|test`, `steward push PATH --to NAME [--wait]` and
 * `steward queue list|pause|resume|cancel [ID] [--wait]`. Exit codes: 0 delivered (or done),
 * 1 failed or cancelled, 2 usage error, 3 not finished yet (queued, paused, waiting).
 */
class TransferCommands final
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommands)

public:
    enum ExitCode
    {
        Done = 0,
        Failed = 1,
        Usage = 2,
        NotFinished = 3
    };

    /** The options these commands add to the parser. */
    static QList<QCommandLineOption> options();
    /** Options that take a value (for CommandLine::isHeadless). */
    static QStringList optionsWithValue();
    static bool handles(const QStringList& positional);
    static int run(const QStringList& positional, const QCommandLineParser& parser,
                   const QString& catalogPath, bool json, QTextStream& out, QTextStream& err);
};

} // namespace steward
