#include "models/formats/HtsEnvironment.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

namespace steward {

QString HtsEnvironment::cachePattern(const QString& folder)
{
    return QDir::cleanPath(folder) + QStringLiteral("/%2s/%2s/%s");
}

bool HtsEnvironment::configureOffline(const QString& cacheFolder)
{
    const bool made = QDir().mkpath(cacheFolder);
    const QByteArray pattern = QFile::encodeName(cachePattern(QDir(cacheFolder).absolutePath()));
    // qEnvironmentVariableIsEmpty is also true when unset: htslib treats "" like unset and
    // falls back to the EBI server, so an empty value must be replaced too.
    if (qEnvironmentVariableIsEmpty("REF_PATH"))
        qputenv("REF_PATH", pattern);
    if (qEnvironmentVariableIsEmpty("REF_CACHE"))
        qputenv("REF_CACHE", pattern);
    return made;
}

bool HtsEnvironment::isOffline()
{
    const QByteArray path = qgetenv("REF_PATH");
    if (path.isEmpty())
        return false;
    const QByteArray lower = path.toLower();
    return !lower.contains("http:") && !lower.contains("https:") && !lower.contains("ftp:");
}

} // namespace steward
