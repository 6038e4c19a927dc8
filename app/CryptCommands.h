#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace steward {

/**
 * Crypt4GH from the command line, compatible with the reference `crypt4gh` tool's files:
 *   steward keygen [--name NAME] --out PREFIX [--passphrase-file F | --no-passphrase]
 *   steward encrypt --recipient-pk KEY... [--sk SENDER_SK] IN OUT
 *   steward decrypt --sk KEY... IN OUT [--passphrase-file F]
 *   steward keys list | add NAME PUBKEY | remove NAME
 * KEY is a key file, or a name in the address book (recipients) or among the user's own key
 * pairs (--sk). Passphrases come from --passphrase-file, else $C4GH_PASSPHRASE (with a warning:
 * environment variables leak), else the terminal without echo; never from the command line.
 * Exit codes: 0 done, 1 failed, 2 usage error.
 */
class CryptCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CryptCommands)

public:
    enum ExitCode
    {
        Done = 0,
        Failed = 1,
        Usage = 2
    };

    /** The options only these commands use; --out and --passphrase-file are shared with
     * DeidCommands, which declares them. */
    static QList<QCommandLineOption> options();
    static QStringList optionsWithValue();
    static bool handles(const QStringList& positional);
    static int run(const QStringList& positional, const QCommandLineParser& parser,
                   const QString& catalogPath, bool json, int threads, QTextStream& out,
                   QTextStream& err);
};

} // namespace steward
