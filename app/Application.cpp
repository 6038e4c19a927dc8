#include "app/Application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

#include "app/ScreenshotTour.h"
#include "models/catalog/Catalog.h"
#include "models/common/JobManager.h"
#include "models/common/Logger.h"
#include "models/common/StallMonitor.h"
#include "models/formats/HtsEnvironment.h"
#include "widgets/MainWindow.h"
#include "widgets/common/Preferences.h"
#include "widgets/common/Theme.h"

namespace steward {

Application::Application() = default;

Application::~Application()
{
    // The window goes first: its jobs and views use the catalog.
    m_window.reset();
    m_jobs.reset();
    m_catalog.reset();
}

void Application::installTranslations(QCoreApplication& app, const QString& language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates); // for the plural forms
    QLocale::setDefault(locale);
    auto* steward = new QTranslator(&app);
    if (steward->load(locale, QStringLiteral("steward"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
        app.installTranslator(steward);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

int Application::run(QApplication& app)
{
    QCommandLineParser parser;
    const QCommandLineOption catalogOption(QStringLiteral("catalog"), QString(),
                                           QStringLiteral("path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"));
    parser.addOptions({catalogOption, demoOption});
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    if (!parser.parse(app.arguments())) {
        qCritical("%s", qPrintable(parser.errorText()));
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    const bool screenshots = positional.value(0) == QLatin1String("screenshots");
    if (!positional.isEmpty() && (!screenshots || positional.size() != 2)) {
        qCritical("%s", qPrintable(QCoreApplication::translate(
                            "Application", "Unknown command; try steward --help.")));
        return 2;
    }

    Logger::install();
    installTranslations(app, preferences::kLanguage.value());
    Theme::apply(screenshots ? QStringLiteral("light") : preferences::kTheme.value());
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));
    HtsEnvironment::configureOffline(
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .filePath(QStringLiteral("ref-cache")));
    StallMonitor::fromEnvironment(&app);

    if (screenshots)
        return takeScreenshots(positional.at(1));

    m_catalog = std::make_unique<Catalog>(Catalog::resolvePath(parser.value(catalogOption)));
    QString error;
    if (!m_catalog->open(&error)) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("Application", "Steward"),
            QCoreApplication::translate("Application", "The catalog cannot be opened.\n\n%1")
                .arg(error));
        return 1;
    }
    m_jobs = std::make_unique<JobManager>();
    m_window = std::make_unique<MainWindow>(*m_catalog, *m_jobs);
    m_window->show();
    if (parser.isSet(demoOption))
        m_window->openDemoWorkspace();
    return app.exec();
}

int Application::takeScreenshots(const QString& folder)
{
    ScreenshotTour tour(folder);
    return tour.run();
}

} // namespace steward
