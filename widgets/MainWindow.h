#pragma once

#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>

#include "models/catalog/DatasetRow.h"
#include "models/formats/WorkspaceScanner.h"
#include "models/review/IssuesModel.h"

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace steward {

class BundlesArea;
class Catalog;
class DatasetBrowser;
class DatasetDetailView;
class DatasetTableModel;
class JobManager;
class LogFilterModel;
class LogModel;
class RepositoriesArea;
class ReviewArea;
class TransferManager;
class TransfersArea;
class VariantBrowser;

/**
 * Steward's main window: a navigation rail (Datasets, Review, Bundles, Transfers,
 * Repositories), the dataset browser with its detail view, docks for Issues, Jobs and Log,
 * and a status bar with running jobs. All file work runs in jobs; the window only reads
 * small catalog rows, off the GUI thread when they are many.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page
    {
        DatasetsPage,
        VariantsPage,
        ReviewPage,
        BundlesPage,
        TransfersPage,
        RepositoriesPage
    };

    MainWindow(const Catalog& catalog, JobManager& jobs, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Adds a folder as a workspace and scans it in the background; returns the job id. */
    int openWorkspace(const QString& folder);
    /** Generates the demo workspace when missing (in the background), then opens it. */
    void openDemoWorkspace();
    static QString demoWorkspaceFolder();
    /** Folder of the default "Local outbox" repository (a setting, else in the app data). */
    static QString outboxFolder();

    void showPage(Page page);
    /** Opens a VCF/BCF in the variant browser and shows it. */
    void browseVariants(const QString& path);
    /** Reloads datasets and issues from the catalog (in the background). */
    void refresh();

    DatasetBrowser* browser() const { return m_browser; }
    DatasetDetailView* detail() const { return m_detail; }
    VariantBrowser* variantBrowser() const { return m_variants; }
    ReviewArea* reviewArea() const { return m_review; }
    BundlesArea* bundlesArea() const { return m_bundles; }
    TransfersArea* transfersArea() const { return m_transfers; }
    RepositoriesArea* repositoriesArea() const { return m_repositories; }
    TransferManager* transferManager() const { return m_transferManager; }
    QUndoStack* undoStack() const { return m_undo; }
    DatasetTableModel* datasetModel() const { return m_datasets; }
    IssuesModel* issuesModel() const { return m_issues; }
    LogModel* logModel() const { return m_log; }
    JobManager& jobs() const { return m_jobs; }

Q_SIGNALS:
    /** After each refresh has been applied to the models. */
    void refreshed();
    void scanFinished(const steward::ScanSummary& summary);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Snapshot
    {
        QVector<DatasetRow> datasets;
        QVector<IssueRow> issues;
        int workspaces = 0;
    };

    void buildActions();
    void buildPages();
    void buildDocks();
    void buildStatusBar();
    void applySnapshot(const Snapshot& snapshot);
    void scheduleRefresh();
    void updateJobStatus();
    void chooseWorkspace();
    void rescanAll();
    void rescanFile(const QString& path);
    void rebuildWorkspaceMenus();
    void removeWorkspace(qint64 id, const QString& name);
    void addRecent(const QString& folder);
    void showPreferences();
    void showAbout();
    void restoreUiState();
    void saveUiState();
    int startScan(const QStringList& folders, const QSet<QString>& forcePaths,
                  const QString& title);

    const Catalog& m_catalog;
    JobManager& m_jobs;

    DatasetTableModel* m_datasets;
    IssuesModel* m_issues;
    LogModel* m_log;
    LogFilterModel* m_logFilter;
    QUndoStack* m_undo;

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QStackedWidget* m_datasetsStack;
    QSplitter* m_splitter;
    DatasetBrowser* m_browser;
    DatasetDetailView* m_detail;
    QStackedWidget* m_variantsStack;
    VariantBrowser* m_variants;
    ReviewArea* m_review;
    BundlesArea* m_bundles;
    TransferManager* m_transferManager;
    TransfersArea* m_transfers;
    RepositoriesArea* m_repositories;
    QTableView* m_issuesView;
    QTableView* m_jobsView;
    QTableView* m_logView;
    QComboBox* m_logLevel;
    QLabel* m_jobLabel;
    QProgressBar* m_jobProgress;
    QToolButton* m_jobCancel;
    QLabel* m_catalogLabel;
    QMenu* m_recentMenu;
    QMenu* m_removeMenu;

    QFutureWatcher<Snapshot> m_refreshWatcher;
    QTimer m_refreshTimer;
    bool m_refreshAgain = false;
    qint64 m_pendingSelection = 0;
    int m_workspaceCount = -1;
};

} // namespace steward
