// Measures how responsive the real main window stays while it scans a workspace: the
// event loop is watched by a StallMonitor (threshold 100 ms unless --stall-ms says
// otherwise) for the whole scan. Prints one JSON object. Not a test: no assertions.
//
//   gui_responsiveness FOLDER [--stall-ms N]     (QT_QPA_PLATFORM=offscreen works)

#include <cstdio>

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include "models/catalog/Catalog.h"
#include "models/common/JobManager.h"
#include "models/common/StallMonitor.h"
#include "models/formats/HtsEnvironment.h"
#include "widgets/MainWindow.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: gui_responsiveness FOLDER [--stall-ms N]\n");
        return 2;
    }
    const QString folder = args.at(1);
    const int at = int(args.indexOf(QStringLiteral("--stall-ms")));
    const int threshold = at > 0 ? args.value(at + 1).toInt() : 100;

    QTemporaryDir temp;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       temp.filePath(QStringLiteral("settings")));
    steward::HtsEnvironment::configureOffline(temp.filePath(QStringLiteral("ref-cache")));
    steward::Catalog catalog(temp.filePath(QStringLiteral("catalog.sqlite")));
    QString error;
    if (!catalog.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    qint64 bytes = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }

    steward::JobManager jobs;
    steward::MainWindow window(catalog, jobs);
    window.resize(1400, 900);
    window.show();
    steward::StallMonitor monitor(threshold);
    QElapsedTimer clock;
    QObject::connect(&window, &steward::MainWindow::scanFinished, &app,
                     [&](const steward::ScanSummary& summary) {
                         const QJsonObject result{
                             {QStringLiteral("folder"), folder},
                             {QStringLiteral("bytes"), bytes},
                             {QStringLiteral("files_scanned"), summary.filesScanned},
                             {QStringLiteral("scan_seconds"), clock.elapsed() / 1000.0},
                             {QStringLiteral("stall_threshold_ms"), threshold},
                             {QStringLiteral("stalls"), monitor.stalls()},
                             {QStringLiteral("longest_stall_ms"), monitor.longestStallMs()}};
                         std::printf("%s", QJsonDocument(result).toJson().constData());
                         app.quit();
                     });
    clock.start();
    if (!window.openWorkspace(folder))
        return 1;
    return app.exec();
}
