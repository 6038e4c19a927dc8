#include "models/review/Reviewer.h"

#include <pwd.h>
#include <unistd.h>

#include <QByteArray>

namespace steward {
namespace {

struct Account
{
    QString login;
    QString fullName;
};

Account account()
{
    Account a;
    if (const passwd* pw = ::getpwuid(::geteuid())) {
        a.login = QString::fromLocal8Bit(pw->pw_name);
        // The GECOS field's first comma-separated item is the full name.
        a.fullName = QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
    }
    if (a.login.isEmpty())
        a.login = QString::fromLocal8Bit(qgetenv("USER"));
    if (a.login.isEmpty())
        a.login = QStringLiteral("unknown");
    return a;
}

} // namespace

QString Reviewer::name()
{
    const QString configured = kName.value().trimmed();
    if (!configured.isEmpty())
        return configured;
    const Account a = account();
    return a.fullName.isEmpty() ? a.login : a.fullName;
}

QString Reviewer::osUser()
{
    return account().login;
}

QString Reviewer::actor()
{
    const QString n = name();
    const QString login = osUser();
    return n == login ? login : QStringLiteral("%1 (%2)").arg(n, login);
}

} // namespace steward
