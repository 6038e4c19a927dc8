#include "app/TerminalPrompt.h"

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace steward {

QString TerminalPrompt::askHidden(const QString& prompt)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return QString();
    const int fd = fileno(tty);
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char buffer[1024];
    QString answer;
    if (std::fgets(buffer, sizeof buffer, tty))
        answer = QString::fromLocal8Bit(buffer).chopped(
            buffer[0] && QByteArray(buffer).endsWith('\n') ? 1 : 0);
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    return answer;
}

} // namespace steward
