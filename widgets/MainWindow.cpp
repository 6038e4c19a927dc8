#include "widgets/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <htslib/hts.h>

#include "models/catalog/Catalog.h"
#include "models/catalog/CatalogStore.h"
#include "models/catalog/DatasetTableModel.h"
#include "models/common/JobManager.h"
#include "models/common/LogModel.h"
#include "models/formats/DemoWorkspace.h"
#include "models/formats/ScanJob.h"
#include "models/transfer/RepositoryStore.h"
#include "models/transfer/TransferManager.h"
#include "widgets/bundle/BundlesArea.h"
#include "widgets/catalog/DatasetBrowser.h"
#include "widgets/catalog/DatasetDetailView.h"
#include "widgets/common/EmptyState.h"
#include "widgets/consent/ReviewArea.h"
#include "widgets/common/Preferences.h"
#include "widgets/common/PreferencesDialog.h"
#include "widgets/transfer/RepositoriesArea.h"
#include "widgets/transfer/TransfersArea.h"
#include "widgets/variants/VariantBrowser.h"

namespace steward {
namespace {

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(true);
    return view;
}

} // namespace

MainWindow::MainWindow(const Catalog& catalog, JobManager& jobs, QWidget* parent)
    : QMainWindow(parent), m_catalog(catalog), m_jobs(jobs),
      m_datasets(new DatasetTableModel(this)), m_issues(new IssuesModel(this)),
      m_log(new LogModel(this)), m_logFilter(new LogFilterModel(this)),
      m_undo(new QUndoStack(this)), m_transferManager(new TransferManager(catalog, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Steward"));
    resize(1360, 860);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    // First run: a local folder to push to, so transfers work offline from the start.
    QString outboxError;
    if (!RepositoryStore(m_catalog).ensureDefaultOutbox(outboxFolder(), &outboxError))
        qWarning("%s", qPrintable(outboxError));

    buildPages();
    buildDocks();
    buildStatusBar();
    buildActions();

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(400);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    connect(&m_refreshWatcher, &QFutureWatcher<Snapshot>::finished, this, [this] {
        applySnapshot(m_refreshWatcher.result());
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
    connect(&m_jobs, &JobManager::activityChanged, this, &MainWindow::updateJobStatus);

    restoreUiState();
    refresh();
    // Resumes what a crash or the last quit interrupted.
    m_transferManager->start();
}

MainWindow::~MainWindow()
{
    // The transfer thread writes to the catalog: stop it while the catalog is still there.
    m_transferManager->shutdown();
    m_refreshWatcher.waitForFinished();
}

QString MainWindow::outboxFolder()
{
    const QString configured = transfersettings::kOutboxFolder.value();
    if (!configured.isEmpty())
        return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("outbox"));
}

void MainWindow::buildPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    // The same order as enum Page.
    const QStringList names{tr("Datasets"), tr("Variants"),  tr("Review"),
                            tr("Bundles"),  tr("Transfers"), tr("Repositories")};
    const QStringList icons{QStringLiteral("datasets"),  QStringLiteral("variants"),
                            QStringLiteral("review"),    QStringLiteral("bundles"),
                            QStringLiteral("transfers"), QStringLiteral("repositories")};
    int widest = 0;
    for (int i = 0; i < names.size(); ++i) {
        auto* item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(icons[i])), names[i]);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 8));
        m_navigation->addItem(item);
        widest = qMax(widest, fontMetrics().horizontalAdvance(names[i]));
    }
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(widest + 64);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    // Datasets: an empty state until a workspace exists, then browser | detail.
    m_datasetsStack = new QStackedWidget(this);
    m_datasetsStack->setObjectName(QStringLiteral("datasetsStack"));
    auto* welcome = new EmptyState(
        tr("Welcome to Steward"),
        tr("Open a folder of genomic data (VCF, BCF, BAM, CRAM and their clinical sidecars) to "
           "catalog it, or explore the generated demo workspace first. Nothing in your folders is "
           "ever modified."),
        this);
    welcome->setObjectName(QStringLiteral("welcome"));
    connect(welcome->addButton(tr("Open the demo workspace")), &QPushButton::clicked, this,
            &MainWindow::openDemoWorkspace);
    connect(welcome->addButton(tr("Open a folder…")), &QPushButton::clicked, this,
            &MainWindow::chooseWorkspace);
    m_datasetsStack->addWidget(welcome);

    m_browser = new DatasetBrowser(m_datasets, this);
    m_detail = new DatasetDetailView(m_catalog, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("datasetSplitter"));
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({640, 720});
    m_detail->setMinimumWidth(480);
    m_splitter->setChildrenCollapsible(false);
    m_datasetsStack->addWidget(m_splitter);
    connect(m_browser, &DatasetBrowser::datasetSelected, m_detail, &DatasetDetailView::showDataset);
    connect(m_browser, &DatasetBrowser::rescanRequested, this, &MainWindow::rescanFile);
    connect(m_browser, &DatasetBrowser::browseVariantsRequested, this, &MainWindow::browseVariants);
    m_pages->addWidget(m_datasetsStack);

    // Variants: an empty state until a file is opened, then the browser.
    m_variantsStack = new QStackedWidget(this);
    m_variantsStack->setObjectName(QStringLiteral("variantsStack"));
    auto* noFile = new EmptyState(
        tr("No variant file open"),
        tr("Double-click a VCF or BCF dataset in Datasets (or choose Browse variants in its menu) "
           "to browse its variants: filter like bcftools, pick a patient, export what you see."),
        this);
    noFile->setObjectName(QStringLiteral("noVariantFile"));
    connect(noFile->addButton(tr("Go to Datasets")), &QPushButton::clicked, this,
            [this] { showPage(DatasetsPage); });
    m_variantsStack->addWidget(noFile);
    m_variants = new VariantBrowser(m_jobs, &m_catalog, this);
    m_variantsStack->addWidget(m_variants);
    m_pages->addWidget(m_variantsStack);

    m_review = new ReviewArea(m_catalog, m_undo, this);
    connect(m_review, &ReviewArea::changed, this, &MainWindow::scheduleRefresh);
    m_pages->addWidget(m_review);
    m_bundles = new BundlesArea(m_catalog, this);
    connect(m_bundles, &BundlesArea::changed, this, &MainWindow::scheduleRefresh);
    m_pages->addWidget(m_bundles);
    m_transfers = new TransfersArea(m_catalog, *m_transferManager, this);
    m_pages->addWidget(m_transfers);
    m_repositories = new RepositoriesArea(m_catalog, this);
    m_pages->addWidget(m_repositories);
    connect(m_repositories, &RepositoriesArea::changed, this, &MainWindow::scheduleRefresh);
    connect(m_transfers, &TransfersArea::editRepositoryRequested, this, [this](qint64 id) {
        showPage(RepositoriesPage);
        m_repositories->editRepository(id);
    });
    connect(m_transfers, &TransfersArea::showRequested, this, [this] {
        showPage(TransfersPage);
        raise();
        activateWindow();
    });
    connect(m_transfers, &TransfersArea::notified, this, [this](const QString& text) {
        if (!m_transfers->usesSystemTray())
            statusBar()->showMessage(text, 15000);
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_review)
            m_review->reload();
        else if (m_pages->currentWidget() == m_bundles)
            m_bundles->reload();
        else if (m_pages->currentWidget() == m_repositories)
            m_repositories->reload();
    });
    m_navigation->setCurrentRow(DatasetsPage);
}

void MainWindow::buildDocks()
{
    // Issues
    auto* issuesProxy = new QSortFilterProxyModel(this);
    issuesProxy->setSourceModel(m_issues);
    issuesProxy->setSortRole(IssuesModel::SortRole);
    m_issuesView = makeTable(this, QStringLiteral("issuesView"));
    m_issuesView->setModel(issuesProxy);
    // Wide enough for the header in every language ("Schweregrad") and the sort arrow.
    m_issuesView->setColumnWidth(
        IssuesModel::Severity,
        qMax(80, m_issuesView->horizontalHeader()->fontMetrics().horizontalAdvance(
                     m_issues->headerData(IssuesModel::Severity, Qt::Horizontal, Qt::DisplayRole)
                         .toString()) +
                     36));
    m_issuesView->setColumnWidth(IssuesModel::File, 260);
    m_issuesView->setColumnWidth(IssuesModel::Location, 110);
    connect(m_issuesView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 dataset = index.data(IssuesModel::DatasetIdRole).toLongLong();
        if (index.data(IssuesModel::CodeRole).toString().startsWith(QLatin1String("consent."))) {
            showPage(ReviewPage);
            m_review->showDataset(index.data(IssuesModel::PathRole).toString(),
                                  index.data(IssuesModel::LocationRole).toString());
            m_review->showPart(0);
            return;
        }
        if (index.data(IssuesModel::CodeRole).toString().startsWith(QLatin1String("deid."))) {
            showPage(ReviewPage);
            m_review->showDataset(index.data(IssuesModel::PathRole).toString());
            m_review->showPart(1);
            return;
        }
        if (dataset > 0) {
            showPage(DatasetsPage);
            m_browser->selectDataset(dataset);
        }
    });
    auto* issuesDock = new QDockWidget(tr("Issues"), this);
    issuesDock->setObjectName(QStringLiteral("issuesDock"));
    issuesDock->setWidget(m_issuesView);
    addDockWidget(Qt::BottomDockWidgetArea, issuesDock);

    // Jobs
    m_jobsView = makeTable(this, QStringLiteral("jobsView"));
    m_jobsView->setSortingEnabled(false);
    m_jobsView->setModel(&m_jobs);
    m_jobsView->setColumnWidth(JobManager::Title, 320);
    m_jobsView->setColumnWidth(JobManager::State, 160);
    m_jobsView->setColumnWidth(JobManager::Progress, 180);
    auto* cancelJob = new QPushButton(tr("Cancel job"), this);
    cancelJob->setObjectName(QStringLiteral("cancelJob"));
    connect(cancelJob, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_jobsView->currentIndex();
        if (index.isValid())
            m_jobs.cancel(index.data(JobManager::IdRole).toInt());
    });
    auto* jobsPage = new QWidget(this);
    auto* jobsLayout = new QVBoxLayout(jobsPage);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    jobsLayout->addWidget(m_jobsView, 1);
    jobsLayout->addWidget(cancelJob, 0, Qt::AlignRight);
    auto* jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    jobsDock->setWidget(jobsPage);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);

    // Log
    m_logFilter->setSourceModel(m_log);
    m_logFilter->setSortRole(LogModel::SortRole);
    m_logView = makeTable(this, QStringLiteral("logView"));
    m_logView->setSortingEnabled(false);
    m_logView->setModel(m_logFilter);
    m_logView->setColumnWidth(LogModel::Time, 80);
    m_logView->setColumnWidth(LogModel::Severity, 80);
    m_logLevel = new QComboBox(this);
    m_logLevel->setObjectName(QStringLiteral("logLevel"));
    m_logLevel->addItem(tr("Debug and above"), 0);
    m_logLevel->addItem(tr("Info and above"), 1);
    m_logLevel->addItem(tr("Warnings and errors"), 2);
    m_logLevel->addItem(tr("Errors only"), 3);
    m_logLevel->setCurrentIndex(1);
    connect(m_logLevel, &QComboBox::currentIndexChanged, this,
            [this](int) { m_logFilter->setMinimumLevel(m_logLevel->currentData().toInt()); });
    connect(m_logFilter, &QAbstractItemModel::rowsInserted, m_logView, &QTableView::scrollToBottom);
    auto* logPage = new QWidget(this);
    auto* logLayout = new QVBoxLayout(logPage);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logLevel, 0, Qt::AlignLeft);
    logLayout->addWidget(m_logView, 1);
    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(logPage);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    tabifyDockWidget(issuesDock, jobsDock);
    tabifyDockWidget(jobsDock, logDock);
    issuesDock->raise();
    resizeDocks({issuesDock}, {190}, Qt::Vertical);
}

void MainWindow::buildStatusBar()
{
    m_jobLabel = new QLabel(this);
    m_jobLabel->setObjectName(QStringLiteral("jobLabel"));
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setObjectName(QStringLiteral("jobProgress"));
    m_jobProgress->setRange(0, 1000);
    m_jobProgress->setMaximumWidth(220);
    m_jobProgress->setTextVisible(true);
    m_jobCancel = new QToolButton(this);
    m_jobCancel->setObjectName(QStringLiteral("statusCancel"));
    m_jobCancel->setText(tr("Cancel"));
    m_jobCancel->setToolTip(tr("Cancel every running job"));
    connect(m_jobCancel, &QToolButton::clicked, &m_jobs, &JobManager::cancelAll);
    m_catalogLabel = new QLabel(this);
    m_catalogLabel->setObjectName(QStringLiteral("catalogLabel"));
    statusBar()->addWidget(m_catalogLabel, 1);
    // QStatusBar hides its normal widgets during a message, but re-shows them whenever a
    // permanent widget (the transfer summary) changes size, so the two texts overlapped.
    // Hidden explicitly, the label stays hidden until the message goes.
    connect(statusBar(), &QStatusBar::messageChanged, m_catalogLabel,
            [this](const QString& message) { m_catalogLabel->setVisible(message.isEmpty()); });
    statusBar()->addPermanentWidget(m_transfers->summaryWidget());
    m_transfers->updateSummary();
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_jobCancel);
    updateJobStatus();
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    file->addAction(tr("Open the &demo workspace"), this, &MainWindow::openDemoWorkspace);
    m_recentMenu = file->addMenu(tr("&Recent workspaces"));
    m_removeMenu = file->addMenu(tr("Re&move workspace"));
    file->addSeparator();
    QAction* rescan = file->addAction(tr("Re&scan all workspaces"), this, &MainWindow::rescanAll);
    rescan->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find datasets"), this, [this] {
        showPage(DatasetsPage);
        m_browser->findBox()->setFocus();
        m_browser->findBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* prefs = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    if (prefs->shortcut().isEmpty())
        prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Steward"), this, &MainWindow::showAbout);
    rebuildWorkspaceMenus();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::browseVariants(const QString& path)
{
    m_variantsStack->setCurrentWidget(m_variants);
    showPage(VariantsPage);
    if (m_variants->path() != path)
        m_variants->openFile(path);
}

QString MainWindow::demoWorkspaceFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-workspace"));
}

void MainWindow::openDemoWorkspace()
{
    const QString folder = demoWorkspaceFolder();
    if (DemoWorkspace::isCurrent(folder)) {
        openWorkspace(folder);
        return;
    }
    statusBar()->showMessage(tr("Generating the demo workspace…"));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, folder] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            qCritical("%s", qPrintable(tr("Could not generate the demo workspace: %1").arg(error)));
            statusBar()->showMessage(tr("Could not generate the demo workspace: %1").arg(error));
            return;
        }
        statusBar()->clearMessage();
        openWorkspace(folder);
    });
    watcher->setFuture(QtConcurrent::run([folder] {
        QString error;
        return DemoWorkspace::generate(folder, &error) ? QString() : error;
    }));
}

int MainWindow::openWorkspace(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isReadable()) {
        const QString message = tr("Cannot open %1: it is not a readable folder.").arg(folder);
        qWarning("%s", qPrintable(message));
        statusBar()->showMessage(message, 8000);
        return 0;
    }
    addRecent(info.absoluteFilePath());
    showPage(DatasetsPage);
    m_datasetsStack->setCurrentWidget(m_splitter);
    return startScan({info.absoluteFilePath()}, {}, tr("Scanning %1").arg(info.fileName()));
}

int MainWindow::startScan(const QStringList& folders, const QSet<QString>& forcePaths,
                          const QString& title)
{
    ScanJob::Params params;
    params.folders = folders;
    params.forcePaths = forcePaths;
    params.threads = preferences::effectiveThreads();
    params.referenceFolders = preferences::kReferenceFolders.value();
    auto* job = new ScanJob(m_catalog, params);
    connect(job, &ScanJob::fileScanned, this, [this](const FileRecord&) { scheduleRefresh(); });
    connect(job, &ScanJob::failed, this, [this](const QString& message) {
        qCritical("%s", qPrintable(message));
        statusBar()->showMessage(message, 10000);
    });
    connect(job, &ScanJob::finished, this, [this](const ScanSummary& summary) {
        qInfo(
            "%s",
            qPrintable(
                tr("Scan finished: %1 files read, %2 unchanged, %3 with errors, %4 with warnings.")
                    .arg(summary.filesScanned)
                    .arg(summary.filesSkipped)
                    .arg(summary.filesWithErrors)
                    .arg(summary.filesWithWarnings)));
        refresh();
        rebuildWorkspaceMenus();
        Q_EMIT scanFinished(summary);
    });
    return m_jobs.start(job, title);
}

void MainWindow::chooseWorkspace()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a workspace folder"));
    if (!folder.isEmpty())
        openWorkspace(folder);
}

void MainWindow::rescanAll()
{
    const Catalog* catalog = &m_catalog;
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        const QStringList folders = watcher->result();
        watcher->deleteLater();
        if (!folders.isEmpty())
            startScan(folders, {}, tr("Rescanning %n workspace(s)", "", int(folders.size())));
    });
    watcher->setFuture(QtConcurrent::run([catalog] {
        QStringList folders;
        for (const WorkspaceRecord& w : CatalogStore(*catalog).workspaces())
            folders << w.path;
        return folders;
    }));
}

void MainWindow::rescanFile(const QString& path)
{
    const Catalog* catalog = &m_catalog;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString folder = watcher->result();
        watcher->deleteLater();
        if (!folder.isEmpty())
            startScan({folder}, {path}, tr("Rescanning %1").arg(QFileInfo(path).fileName()));
    });
    watcher->setFuture(QtConcurrent::run([catalog, path] {
        for (const WorkspaceRecord& w : CatalogStore(*catalog).workspaces())
            if (path.startsWith(w.path + QLatin1Char('/')))
                return w.path;
        return QString();
    }));
}

void MainWindow::rebuildWorkspaceMenus()
{
    m_recentMenu->clear();
    const QStringList recent = preferences::kRecentWorkspaces.value();
    for (const QString& folder : recent)
        m_recentMenu->addAction(folder, this, [this, folder] { openWorkspace(folder); });
    m_recentMenu->setEnabled(!recent.isEmpty());

    const Catalog* catalog = &m_catalog;
    auto* watcher = new QFutureWatcher<QVector<WorkspaceRecord>>(this);
    connect(watcher, &QFutureWatcher<QVector<WorkspaceRecord>>::finished, this, [this, watcher] {
        const auto workspaces = watcher->result();
        watcher->deleteLater();
        m_removeMenu->clear();
        for (const WorkspaceRecord& w : workspaces)
            m_removeMenu->addAction(
                w.path, this, [this, id = w.id, name = w.name] { removeWorkspace(id, name); });
        m_removeMenu->setEnabled(!workspaces.isEmpty());
    });
    watcher->setFuture(
        QtConcurrent::run([catalog] { return CatalogStore(*catalog).workspaces(); }));
}

void MainWindow::removeWorkspace(qint64 id, const QString& name)
{
    const auto answer = QMessageBox::question(
        this, tr("Remove workspace"),
        tr("Remove the workspace %1 from the catalog? Its files on disk are not touched.")
            .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    const Catalog* catalog = &m_catalog;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty())
            qCritical("%s", qPrintable(error));
        refresh();
        rebuildWorkspaceMenus();
    });
    watcher->setFuture(QtConcurrent::run([catalog, id] {
        QString error;
        CatalogStore(*catalog).removeWorkspace(id, &error);
        return error;
    }));
}

void MainWindow::addRecent(const QString& folder)
{
    QStringList recent = preferences::kRecentWorkspaces.value();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > 10)
        recent.removeLast();
    preferences::kRecentWorkspaces.setValue(recent);
    rebuildWorkspaceMenus();
}

void MainWindow::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MainWindow::refresh()
{
    if (m_refreshWatcher.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    const Catalog* catalog = &m_catalog;
    m_refreshWatcher.setFuture(QtConcurrent::run([catalog] {
        Snapshot s;
        s.datasets = DatasetRow::loadAll(*catalog);
        s.issues = IssueRow::loadAll(*catalog);
        s.workspaces = int(CatalogStore(*catalog).workspaces().size());
        return s;
    }));
}

void MainWindow::applySnapshot(const Snapshot& snapshot)
{
    const qint64 selected = m_pendingSelection ? m_pendingSelection : m_browser->currentDatasetId();
    m_datasets->setRows(snapshot.datasets);
    m_issues->setRows(snapshot.issues);
    if (m_pages->currentWidget() == m_review)
        m_review->reload();
    else if (m_pages->currentWidget() == m_bundles)
        m_bundles->reload();
    // One workspace needs no workspace column; with several it tells them apart.
    if (snapshot.workspaces != m_workspaceCount) {
        m_workspaceCount = snapshot.workspaces;
        m_browser->view()->setColumnHidden(DatasetTableModel::Workspace, m_workspaceCount <= 1);
    }
    if (snapshot.workspaces > 0 || m_jobs.runningCount() > 0)
        m_datasetsStack->setCurrentWidget(m_splitter);
    else
        m_datasetsStack->setCurrentIndex(0);
    if (selected > 0 && m_browser->currentDatasetId() != selected &&
        m_datasets->indexOf(selected).isValid()) {
        m_browser->selectDataset(selected);
        m_pendingSelection = 0;
    }
    const int errors = m_issues->count(QStringLiteral("error"));
    const int warnings = m_issues->count(QStringLiteral("warning"));
    m_catalogLabel->setText(tr("%n dataset(s)", "", int(snapshot.datasets.size())) +
                            QStringLiteral(" · ") + tr("%n workspace(s)", "", snapshot.workspaces) +
                            QStringLiteral(" · ") + tr("%n error(s)", "", errors) +
                            QStringLiteral(", ") + tr("%n warning(s)", "", warnings));
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("issuesDock")))
        dock->setWindowTitle(errors + warnings > 0 ? tr("Issues (%1)").arg(errors + warnings)
                                                   : tr("Issues"));
    Q_EMIT refreshed();
}

void MainWindow::updateJobStatus()
{
    const double fraction = m_jobs.overallFraction();
    const bool running = fraction >= 0;
    m_jobLabel->setVisible(running);
    m_jobProgress->setVisible(running);
    m_jobCancel->setVisible(running);
    if (running) {
        m_jobLabel->setText(m_jobs.summary());
        m_jobProgress->setValue(int(fraction * 1000));
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Steward"),
        tr("<h3>Steward %1</h3><p>A workstation for sharing genomic data responsibly: "
           "catalog, review consent and de-identification, bundle and transfer.</p>"
           "<p>Built on Qt %2, htslib %3 and SQLite.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QString::fromLatin1(hts_version())));
}

void MainWindow::restoreUiState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray());
    m_browser->restoreState(
        settings.value(QStringLiteral("MainWindow/datasetColumns")).toByteArray());
    m_pendingSelection = settings.value(QStringLiteral("MainWindow/selectedDataset")).toLongLong();
    showPage(Page(qBound(0, settings.value(QStringLiteral("MainWindow/page")).toInt(),
                         int(RepositoriesPage))));
}

void MainWindow::saveUiState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("MainWindow/datasetColumns"), m_browser->saveState());
    settings.setValue(QStringLiteral("MainWindow/selectedDataset"), m_browser->currentDatasetId());
    settings.setValue(QStringLiteral("MainWindow/page"), m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveUiState();
    m_jobs.cancelAll();
    m_jobs.waitForAll();
    event->accept();
}

} // namespace steward
