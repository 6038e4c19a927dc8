#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace steward {

/**
 * The consent, review and audit commands: `steward consent import|show|match`,
 * `steward duo import|list`, `steward repo declare|list`, `steward review list|approve|
 * reject|request-changes|start|reopen`, `steward audit verify|export`.
 */
class ConsentCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentCommands)

public:
    struct Options
    {
        QString catalogPath;
        bool json = false;
        QString consent;
        QString purpose;
        QString state;
        QString destination;
        QString comment;
        bool commentSet = false;
    };

    /** True for the commands this class runs (the first positional argument). */
    static bool handles(const QString& command);
    /** positional[0] is the command; returns the process exit code. */
    static int run(const QStringList& positional, const Options& options, QTextStream& out,
                   QTextStream& err);
};

} // namespace steward
