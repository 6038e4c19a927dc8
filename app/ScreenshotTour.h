#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

class QWidget;

namespace steward {

class Catalog;
class JobManager;
class MainWindow;

/**
 * `steward screenshots DIR`: opens a fresh demo workspace in the real window (offscreen
 * works) and saves a PNG of each main screen, for the README and for looking at.
 */
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    explicit ScreenshotTour(const QString& folder);
    ~ScreenshotTour() override;
    int run();

private:
    void next();
    void after(int ms);
    void save(QWidget* widget, const QString& name);
    /** Selects the dataset whose path ends in the workspace-relative path, on a tab. */
    void selectDataset(const QString& relativePath, int tab);

    QString m_folder;
    QString m_workspace;
    QTemporaryDir m_temp;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<MainWindow> m_window;
    QList<std::function<void()>> m_steps;
    QStringList m_saved;
    int m_failures = 0;
};

} // namespace steward
