#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace steward {

/**
 * BagIt and checksums from the command line:
 *   steward bag verify DIR [--json]      is DIR a complete and valid BagIt bag (any maker's)
 *   steward checksum FILE... [--json]    SHA-256, SHA-512 and MD5, through the catalog's cache
 * Exit codes: 0 valid / all computed, 1 invalid bag (each problem on its own line, naming the
 * file and line) or a file that cannot be read, 2 usage error.
 */
class BagCommands final
{
    Q_DECLARE_TR_FUNCTIONS(BagCommands)

public:
    enum ExitCode
    {
        Done = 0,
        Failed = 1,
        Usage = 2
    };

    static bool handles(const QStringList& positional);
    static int run(const QStringList& positional, const QString& catalogPath, bool json,
                   int threads, QTextStream& out, QTextStream& err);
};

} // namespace steward
