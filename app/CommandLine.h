#pragma once

#include <QCoreApplication>

#include <QStringList>
#include <QTextStream>

namespace steward {

/**
 * The headless commands (`steward scan|stats`), built on the same models as the GUI.
 * Exit codes: 0 success, 1 when some files had errors, 2 on usage errors.
 */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        FileErrors = 1,
        UsageError = 2
    };

    /** True when the arguments name a headless command (so no window is needed). */
    static bool isHeadless(const QStringList& arguments);
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace steward
