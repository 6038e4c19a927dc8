// Drives the real MainWindow as a user would: open the demo workspace, wait for the scan,
// browse a VCF and a BAM, check what the detail views and plots show against the
// statistics, sort and filter the browser, jump from an issue, cancel a running scan.

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

#include "models/catalog/Catalog.h"
#include "models/catalog/DatasetTableModel.h"
#include "models/common/JobManager.h"
#include "models/common/LogModel.h"
#include "models/formats/AlignmentStatistics.h"
#include "models/formats/DemoWorkspace.h"
#include "models/formats/HtsEnvironment.h"
#include "models/formats/VariantStatistics.h"
#include "tests/common/TestData.h"
#include "widgets/MainWindow.h"
#include "widgets/catalog/DatasetBrowser.h"
#include "widgets/catalog/DatasetDetailView.h"
#include "widgets/catalog/StatisticsPlots.h"
#include "widgets/common/PlotPanel.h"

using namespace steward;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstStartOffersTheDemo();
    void scanFillsTheBrowserAndIssues();
    void variantDetailMatchesTheStatistics();
    void alignmentDetailMatchesTheStatistics();
    void sortAndFilter();
    void doubleClickOnAnIssueSelectsItsDataset();
    void plotsExport();
    void runningScanCanBeCancelled();

private:
    qint64 datasetNamed(const QString& name) const;
    /** The first dataset in a workspace folder with a format ("alignments", "bam"). */
    QString datasetIn(const QString& folder, const QString& format) const;
    void selectAndWait(const QString& name);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<MainWindow> m_window;
    QList<QAbstractItemModelTester*> m_testers;
};

void TestMainWindow::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // The default outbox goes to the test's folder, not the user's application data.
    QSettings().setValue(QStringLiteral("Transfers/outboxFolder"),
                         m_dir.filePath(QStringLiteral("outbox")));
    HtsEnvironment::configureOffline(m_dir.filePath(QStringLiteral("ref-cache")));
    m_demo = m_dir.filePath(QStringLiteral("demo"));
    QString error;
    QVERIFY2(DemoWorkspace::generate(m_demo, &error), qPrintable(error));
    m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY2(m_catalog->open(&error), qPrintable(error));
    m_jobs = std::make_unique<JobManager>();
    m_window = std::make_unique<MainWindow>(*m_catalog, *m_jobs);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers << new QAbstractItemModelTester(m_window->datasetModel(), mode, this)
              << new QAbstractItemModelTester(m_window->browser()->proxy(), mode, this)
              << new QAbstractItemModelTester(m_window->issuesModel(), mode, this)
              << new QAbstractItemModelTester(&m_window->jobs(), mode, this)
              << new QAbstractItemModelTester(m_window->logModel(), mode, this);
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_jobs.reset();
    m_catalog.reset();
}

qint64 TestMainWindow::datasetNamed(const QString& name) const
{
    DatasetTableModel* model = m_window->datasetModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, DatasetTableModel::Name).data().toString() == name)
            return model->index(row, 0).data(DatasetTableModel::IdRole).toLongLong();
    return 0;
}

QString TestMainWindow::datasetIn(const QString& folder, const QString& format) const
{
    DatasetTableModel* model = m_window->datasetModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const DatasetRow* r = model->recordAt(model->index(row, 0));
        if (r->folder == folder && r->format == format)
            return r->name;
    }
    return QString();
}

void TestMainWindow::selectAndWait(const QString& name)
{
    const qint64 id = datasetNamed(name);
    QVERIFY2(id > 0, qPrintable(name));
    QSignalSpy loaded(m_window->detail(), &DatasetDetailView::loaded);
    m_window->browser()->selectDataset(id);
    QTRY_VERIFY(m_window->detail()->datasetId() == id);
}

void TestMainWindow::firstStartOffersTheDemo()
{
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("datasetsStack"));
    QVERIFY(stack);
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcome"));
    bool offersDemo = false;
    for (QPushButton* b : stack->currentWidget()->findChildren<QPushButton*>())
        offersDemo |= b->text().contains(QLatin1String("demo"));
    QVERIFY(offersDemo);
    // One rail entry per page, in the order of the pages.
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->count(), int(MainWindow::RepositoriesPage) + 1);
    QCOMPARE(navigation->item(MainWindow::VariantsPage)->text(), QStringLiteral("Variants"));
    QCOMPARE(navigation->item(MainWindow::ReviewPage)->text(), QStringLiteral("Review"));
    // The later areas say what will appear there.
    m_window->showPage(MainWindow::TransfersPage);
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("transfersPage"));
    m_window->showPage(MainWindow::DatasetsPage);
}

void TestMainWindow::scanFillsTheBrowserAndIssues()
{
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    QVERIFY(m_window->openWorkspace(m_demo) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto summary = finished.first().first().value<ScanSummary>();
    QVERIFY(summary.filesScanned > 10);
    QTRY_VERIFY(datasetNamed(QStringLiteral("cohort.vcf.gz")) > 0);
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("datasetsStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("datasetSplitter"));
    // The demo's deliberately broken files show up as issues.
    QTRY_VERIFY(m_window->issuesModel()->count(QStringLiteral("error")) >= 1);
    QVERIFY(m_window->issuesModel()->count(QStringLiteral("warning")) >= 2);
    // The job is listed as done, and the status bar no longer shows progress.
    QTRY_VERIFY(m_jobs->runningCount() == 0);
    QVERIFY(
        m_jobs->index(0, JobManager::State).data().toString().startsWith(QLatin1String("Done")));
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("jobProgress"))->isVisible());
}

void TestMainWindow::variantDetailMatchesTheStatistics()
{
    selectAndWait(QStringLiteral("cohort.vcf.gz"));
    DatasetDetailView* detail = m_window->detail();
    const FileRecord& file = detail->detail().primary;
    QCOMPARE(file.statisticsKind, QStringLiteral("variants"));
    const VariantStatistics s = VariantStatistics::fromJson(file.statistics);
    QVERIFY(s.records > 1000);

    auto* overview = detail->findChild<QTextBrowser*>(QStringLiteral("overview"));
    QVERIFY(overview->toPlainText().contains(QLocale().toString(s.records)));
    QVERIFY(overview->toPlainText().contains(s.tsTvText()));

    auto* header = detail->findChild<QPlainTextEdit*>(QStringLiteral("headerText"));
    QVERIFY(header->toPlainText().startsWith(QLatin1String("##fileformat=VCF")));
    QVERIFY(detail->findInHeader(QStringLiteral("##INFO=<ID=CSQ")) == 1);

    auto* samples = detail->findChild<QTableView*>(QStringLiteral("samplesTable"));
    QCOMPARE(samples->model()->rowCount(), int(s.perSample.size()));
    QCOMPARE(samples->model()->rowCount(), int(s.samples));

    auto* contigs = detail->findChild<QTableView*>(QStringLiteral("contigsTable"));
    QCOMPARE(contigs->model()->rowCount(), int(file.contigs.size())); // every header contig
    QVERIFY(file.contigs.size() >= s.contigs.size());

    StatisticsPlots* plots = detail->plots();
    QCOMPARE(plots->panels().size(), 6);
    // QUAL bins are merged for display; every record with a QUAL is still counted.
    qint64 withQual = 0;
    for (const auto& b : s.qualHistogram)
        withQual += b.value >= 0 ? b.count + b.indels : 0;
    PlotPanel* qual = plots->panel(QStringLiteral("QUAL distribution"));
    QVERIFY(qual->pointCount() > 5 && qual->pointCount() <= StatisticsPlots::kQualBins);
    QCOMPARE(qint64(qual->totalValue()), withQual);
    QCOMPARE(plots->panel(QStringLiteral("Allele-frequency spectrum"))->pointCount(),
             int(s.alleleFrequency.size()));
    QCOMPARE(plots->panel(QStringLiteral("Transitions and transversions"))->pointCount(), 2);
    QCOMPARE(plots->panel(QStringLiteral("Indel length distribution"))->pointCount(),
             int(s.indelLengths.size()));
    int contigsWithRecords = 0;
    for (const auto& c : s.contigs)
        contigsWithRecords += c.records > 0 ? 1 : 0;
    QCOMPARE(plots->panel(QStringLiteral("Records per contig"))->pointCount(), contigsWithRecords);
    QCOMPARE(plots->panel(QStringLiteral("Genotypes per sample"))->pointCount(),
             4 * int(s.perSample.size()));
}

void TestMainWindow::alignmentDetailMatchesTheStatistics()
{
    selectAndWait(datasetIn(QStringLiteral("alignments"), QStringLiteral("bam")));
    DatasetDetailView* detail = m_window->detail();
    const FileRecord& file = detail->detail().primary;
    QCOMPARE(file.statisticsKind, QStringLiteral("alignments"));
    const AlignmentStatistics s = AlignmentStatistics::fromJson(file.statistics);
    int mapqBins = 0, lengthBins = 0, contigs = 0;
    for (qint64 c : s.mapqHistogram)
        mapqBins += c > 0 ? 1 : 0;
    for (qint64 c : s.readLengthHistogram)
        lengthBins += c > 0 ? 1 : 0;
    for (const auto& c : s.contigs)
        contigs += c.mapped + c.unmapped > 0 ? 1 : 0;
    StatisticsPlots* plots = detail->plots();
    QVERIFY(mapqBins > 0);
    QCOMPARE(plots->panel(QStringLiteral("MAPQ distribution"))->pointCount(), mapqBins);
    QCOMPARE(plots->panel(QStringLiteral("Read length distribution"))->pointCount(), lengthBins);
    QCOMPARE(plots->panel(QStringLiteral("Reads per contig"))->pointCount(), 2 * contigs);
    QTableWidget* flagstat = plots->flagstatTable();
    QCOMPARE(flagstat->rowCount(), 16);
    QCOMPARE(flagstat->item(0, 1)->text().toLongLong(), s.flagstat.total[0]);
    QVERIFY(flagstat->item(0, 0)->text().contains(QLatin1String("in total")));
    auto* samples = detail->findChild<QTableView*>(QStringLiteral("samplesTable"));
    QCOMPARE(samples->model()->rowCount(), int(s.samples.size()));
}

void TestMainWindow::sortAndFilter()
{
    DatasetBrowser* browser = m_window->browser();
    QSortFilterProxyModel* proxy = browser->proxy();
    const int all = proxy->rowCount();
    QVERIFY(all >= 8);

    browser->view()->sortByColumn(DatasetTableModel::Records, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const qint64 records = proxy->index(row, DatasetTableModel::Records)
                                   .data(DatasetTableModel::SortRole)
                                   .toLongLong();
        QVERIFY(records <= previous);
        previous = records;
    }

    QTest::keyClicks(browser->findBox(), QStringLiteral("trio"));
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < all);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row, DatasetTableModel::Name)
                    .data()
                    .toString()
                    .contains(QLatin1String("trio")) ||
                proxy->index(row, DatasetTableModel::Folder)
                    .data()
                    .toString()
                    .contains(QLatin1String("trio")));
    browser->findBox()->clear();
    QCOMPARE(proxy->rowCount(), all);

    auto* format = browser->findChild<QComboBox*>(QStringLiteral("formatFilter"));
    format->setCurrentIndex(2); // alignments
    QVERIFY(proxy->rowCount() >= 2);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString f = proxy->index(row, DatasetTableModel::Format).data().toString().toLower();
        QVERIFY2(f.startsWith(QLatin1String("bam")) || f.startsWith(QLatin1String("cram")) ||
                     f.startsWith(QLatin1String("sam")),
                 qPrintable(f));
    }
    format->setCurrentIndex(0);
    auto* status = browser->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(2); // errors
    QVERIFY(proxy->rowCount() >= 1);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(DatasetTableModel::StatusRole).toString(),
                 QStringLiteral("error"));
    status->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), all);
}

void TestMainWindow::doubleClickOnAnIssueSelectsItsDataset()
{
    auto* issues = m_window->findChild<QTableView*>(QStringLiteral("issuesView"));
    QVERIFY(issues);
    int row = -1;
    for (int r = 0; r < issues->model()->rowCount(); ++r)
        if (issues->model()->index(r, 0).data(IssuesModel::DatasetIdRole).toLongLong() > 0) {
            row = r;
            break;
        }
    QVERIFY(row >= 0);
    const QModelIndex index = issues->model()->index(row, IssuesModel::Message);
    const qint64 dataset = index.data(IssuesModel::DatasetIdRole).toLongLong();
    issues->scrollTo(index);
    const QRect rect = issues->visualRect(index);
    QTest::mouseDClick(issues->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->browser()->currentDatasetId(), dataset);
    QTRY_COMPARE(m_window->detail()->datasetId(), dataset);
}

void TestMainWindow::plotsExport()
{
    selectAndWait(QStringLiteral("cohort.vcf.gz"));
    PlotPanel* panel = m_window->detail()->plots()->panel(QStringLiteral("QUAL distribution"));
    QVERIFY(panel);
    for (const char* suffix : {"png", "svg", "pdf"}) {
        const QString path = m_dir.filePath(QStringLiteral("qual.") + QLatin1String(suffix));
        QString error;
        QVERIFY2(panel->exportTo(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    QString error;
    QVERIFY(!panel->exportTo(m_dir.filePath(QStringLiteral("qual.bmp")), &error));
    QVERIFY(error.contains(QLatin1String(".png")));
}

void TestMainWindow::runningScanCanBeCancelled()
{
    // A workspace big enough that the scan is still running when the user cancels.
    const QString big = m_dir.filePath(QStringLiteral("big"));
    const QByteArray vcf = steward::test::smallVcf(150000, 30);
    for (int i = 0; i < 3; ++i)
        QVERIFY(steward::test::writeBgzf(big + QStringLiteral("/part%1.vcf.gz").arg(i), vcf));
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    QVERIFY(m_window->openWorkspace(big) > 0);
    auto* cancel = m_window->findChild<QToolButton*>(QStringLiteral("statusCancel"));
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(finished.first().first().value<ScanSummary>().cancelled);
    QTRY_VERIFY(m_jobs->runningCount() == 0);
    QCOMPARE(m_jobs->index(0, JobManager::State).data().toString(), QStringLiteral("Cancelled"));
    QTRY_VERIFY(!cancel->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "test_MainWindow.moc"
