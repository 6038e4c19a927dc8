#pragma once

#include <QString>

namespace steward {

/** Asks for a passphrase on the controlling terminal without echoing it; empty when there is
 * no terminal (scripts pass passphrases through files or the environment instead). */
class TerminalPrompt final
{
public:
    static QString askHidden(const QString& prompt);
};

} // namespace steward
