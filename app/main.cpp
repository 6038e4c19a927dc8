#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <htslib/hts.h>

#include "app/Application.h"
#include "app/CommandLine.h"
#include "models/formats/HtsEnvironment.h"
#include "widgets/common/Preferences.h"

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Steward"));
    QCoreApplication::setApplicationName(QStringLiteral("steward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (steward::CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        // Steward works offline: htslib must never fetch CRAM references from the network.
        steward::HtsEnvironment::configureOffline(
            QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                .filePath(QStringLiteral("ref-cache")));
        // Every problem htslib would print is reported by Steward, naming the file and record.
        hts_set_log_level(HTS_LOG_OFF);
        // The same language as the window (and the English plural forms).
        steward::Application::installTranslations(app, steward::preferences::kLanguage.value());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return steward::CommandLine::run(app.arguments(), out, err);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Steward"));
    steward::Application application;
    return application.run(app);
}
