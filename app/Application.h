#pragma once

#include <memory>

#include <QStringList>

class QApplication;
class QCoreApplication;
class QTranslator;

namespace steward {

class Catalog;
class JobManager;
class MainWindow;

/**
 * The composition root of the GUI: settings, translations, theme, logging, the catalog,
 * the job manager and the main window, wired together.
 */
class Application final
{
public:
    Application();
    ~Application();
    Application(const Application&) = delete;
    Application& operator=(const Application&) = delete;

    /** Opens the window (or runs `screenshots DIR`); returns the exit code. */
    int run(QApplication& app);

    /** Loads Steward's and Qt's translations for the preferred language. */
    static void installTranslations(QCoreApplication& app, const QString& language);

private:
    int takeScreenshots(const QString& folder);

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace steward
