#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace steward {

/**
 * De-identification from the command line:
 *   steward phi-scan PATH... [--json]
 *   steward deid PATH|DATASET... --profile NAME|FILE [--out DIR] [--json]
 *   steward deid show DATASET | approve|reject|reopen DATASET --destination NAME [--comment T]
 *   steward risk FILE --qi COLS [--sensitive COL] [--k N] [--json]
 *   steward pseudonyms list | export FILE [--passphrase-file F]
 * Exit codes: 0 done (phi-scan: no high-severity finding; deid: every output validated and no
 * high-severity finding left), 1 failed (or high-severity findings found by phi-scan),
 * 2 usage error, 3 deid validated but high-severity findings remain / risk below k.
 */
class DeidCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DeidCommands)

public:
    enum ExitCode
    {
        Done = 0,
        Failed = 1,
        Usage = 2,
        Attention = 3
    };

    static QList<QCommandLineOption> options();
    static QStringList optionsWithValue();
    static bool handles(const QStringList& positional);
    static int run(const QStringList& positional, const QCommandLineParser& parser,
                   const QString& catalogPath, bool json, int threads, QTextStream& out,
                   QTextStream& err);
};

} // namespace steward
