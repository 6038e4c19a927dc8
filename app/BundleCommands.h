#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace steward {

/**
 * Bundles from the command line:
 *   steward bundle plan --destination NAME DATASET...   what would ship, and what is refused
 *   steward bundle create --destination NAME DATASET... [--out DIR] [--name NAME]
 *                         [--description TEXT] [--encrypt-for KEY...] [--json]
 *   steward bundle verify DIR [--json]
 *   steward bundle list | show NAME [--json]
 * `create` makes a draft and seals it: a BagIt 1.0 bag with RO-Crate metadata, its identifier
 * the SHA-256 of its tag manifest. KEY is a Crypt4GH public key file or an address-book name.
 * Exit codes: 0 done (verify: valid), 1 refused, failed or invalid, 2 usage error.
 */
class BundleCommands final
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    enum ExitCode
    {
        Done = 0,
        Failed = 1,
        Usage = 2
    };

    static QList<QCommandLineOption> options();
    static QStringList optionsWithValue();
    static bool handles(const QStringList& positional);
    static int run(const QStringList& positional, const QCommandLineParser& parser,
                   const QString& catalogPath, bool json, int threads, QTextStream& out,
                   QTextStream& err);
};

} // namespace steward
