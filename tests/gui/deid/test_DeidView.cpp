// Drives the de-identification part of the Review area in the real MainWindow as a steward
// would on the demo cohort: approval is refused before any run, a safe-harbor run in the
// background fills the findings (all high-severity ones resolved), the header before and after
// (the home-folder reference path dropped), the validation table (digests equal) and, on
// request, the pseudonym table; approval is then accepted and audited; the risk dialog reports
// k-anonymity of the clinical sample sheet with its chart.

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/common/JobManager.h"
#include "models/deid/PhiFindingsModel.h"
#include "models/formats/DemoWorkspace.h"
#include "models/formats/HtsEnvironment.h"
#include "models/review/IssuesModel.h"
#include "models/review/ReviewQueueModel.h"
#include "models/review/ReviewStore.h"
#include "models/transfer/RepositoryStore.h"
#include "widgets/MainWindow.h"
#include "widgets/common/PlotPanel.h"
#include "widgets/consent/ReviewArea.h"
#include "widgets/deid/DeidView.h"
#include "widgets/deid/HeaderDiffView.h"
#include "widgets/deid/RiskDialog.h"

using namespace steward;

class TestDeidView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void approvalRefusedBeforeARun();
    void runShowsFindingsDiffAndValidation();
    void pseudonymTableOnRequest();
    void approveIsAudited();
    void issuesDockListsWhatARunLeft();
    void riskDialogReportsK();

private:
    void save(QWidget* w, const QString& name);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<MainWindow> m_window;
    ReviewArea* m_review = nullptr;
    DeidView* m_deid = nullptr;
};

void TestDeidView::save(QWidget* w, const QString& name)
{
    const QString folder = qEnvironmentVariable("STEWARD_TEST_SCREENSHOTS");
    if (!folder.isEmpty())
        w->grab().save(QDir(folder).filePath(name));
}

void TestDeidView::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("Transfers/outboxFolder"),
                         m_dir.filePath(QStringLiteral("outbox")));
    QSettings().setValue(QStringLiteral("Deid/derivedFolder"),
                         m_dir.filePath(QStringLiteral("derived")));
    QSettings().setValue(QStringLiteral("Review/reviewerName"), QStringLiteral("Jane Steward"));
    qputenv("STEWARD_SECRETS_FILE", m_dir.filePath(QStringLiteral("secrets.enc")).toUtf8());
    qputenv("STEWARD_SECRETS_PASSPHRASE", "test passphrase");
    HtsEnvironment::configureOffline(m_dir.filePath(QStringLiteral("ref-cache")));
    m_demo = m_dir.filePath(QStringLiteral("demo"));
    QString error;
    QVERIFY2(DemoWorkspace::generate(m_demo, &error), qPrintable(error));
    m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY2(m_catalog->open(&error), qPrintable(error));
    QVERIFY2(RepositoryStore(*m_catalog)
                 .declare(QStringLiteral("CF registry"),
                          QStringLiteral("primary=disease;"
                                         "disease=MONDO:0009061;region=DE"),
                          &error),
             qPrintable(error));
    m_jobs = std::make_unique<JobManager>();
    m_window = std::make_unique<MainWindow>(*m_catalog, *m_jobs);
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    QVERIFY(m_window->openWorkspace(m_demo) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    m_review = m_window->reviewArea();
    m_deid = m_review->deidView();
    new QAbstractItemModelTester(m_deid->findings(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_window->showPage(MainWindow::ReviewPage);
    QVERIFY(ReviewStore(*m_catalog).refresh(&error));
    m_review->reload();
    QAbstractItemModel* model = m_review->queueView()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ReviewQueueModel::Dataset).data().toString() ==
            QLatin1String("trio.vcf.gz"))
            row = r;
    QVERIFY(row >= 0);
    m_review->queueView()->selectRow(row);
    QTRY_VERIFY(m_deid->itemId() > 0);
    m_review->showPart(1);
}

void TestDeidView::cleanupTestCase()
{
    m_window.reset();
    m_jobs.reset();
    m_catalog.reset();
}

void TestDeidView::approvalRefusedBeforeARun()
{
    auto* approve = m_deid->findChild<QPushButton*>(QStringLiteral("deidApprove"));
    auto* message = m_deid->findChild<QLabel*>(QStringLiteral("deidMessage"));
    QVERIFY(approve->isEnabled());
    approve->click();
    QVERIFY2(message->text().contains(QLatin1String("No de-identification run yet")),
             qPrintable(message->text()));
    QCOMPARE(ReviewStore(*m_catalog).item(m_deid->itemId())->deidState, QStringLiteral("pending"));
    QVERIFY(m_deid->findChild<QLabel*>(QStringLiteral("deidStatus"))
                ->text()
                .contains(QLatin1String("Not de-identified yet")));
}

void TestDeidView::runShowsFindingsDiffAndValidation()
{
    QSignalSpy done(m_deid, &DeidView::runFinished);
    m_deid->runProfile(QStringLiteral("safe-harbor"));
    QVERIFY(m_deid->findChild<QProgressBar*>(QStringLiteral("deidProgress"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
    QVERIFY2(done.first().first().toBool(),
             qPrintable(m_deid->findChild<QLabel*>(QStringLiteral("deidMessage"))->text()));
    // The demo trio carries sample ids, a home-folder reference path and command lines.
    PhiFindingsModel* findings = m_deid->findings();
    QVERIFY(findings->rowCount() >= 3);
    QCOMPARE(findings->unresolved(PhiSeverity::High), 0);
    bool sawPath = false;
    for (int r = 0; r < findings->rowCount(); ++r) {
        const PhiFinding* f = findings->recordAt(findings->index(r, 0));
        sawPath |= f->text.contains(QLatin1String("/home/jdoe"));
    }
    QVERIFY(sawPath);
    QVERIFY(m_deid->findChild<QLabel*>(QStringLiteral("deidStatus"))
                ->text()
                .contains(QLatin1String("every high-severity finding resolved")));

    HeaderDiffView* diff = m_deid->headerDiff();
    QVERIFY(diff->removedLines() > 0);
    QVERIFY(diff->before()->toPlainText().contains(QLatin1String("/home/jdoe")));
    QVERIFY(!diff->after()->toPlainText().contains(QLatin1String("/home/jdoe")));
    QVERIFY(diff->after()->toPlainText().contains(QLatin1String("#CHROM")));

    auto* validation = m_deid->findChild<QTableWidget*>(QStringLiteral("deidValidation"));
    QVERIFY(validation->rowCount() >= 1);
    QVERIFY2(validation->item(0, 4)->text().startsWith(QLatin1String("equal")),
             qPrintable(validation->item(0, 4)->text()));
    m_deid->findChild<QTabWidget*>(QStringLiteral("deidTabs"))->setCurrentIndex(1);
    save(m_window.get(), QStringLiteral("17-deid-header-diff.png"));
    m_deid->findChild<QTabWidget*>(QStringLiteral("deidTabs"))->setCurrentIndex(0);
    save(m_window.get(), QStringLiteral("18-deid-findings.png"));
}

void TestDeidView::pseudonymTableOnRequest()
{
    auto* table = m_deid->findChild<QTableWidget*>(QStringLiteral("deidPseudonyms"));
    QVERIFY(!table->isVisible());
    QSignalSpy shown(m_deid, &DeidView::pseudonymsShown);
    m_deid->findChild<QTabWidget*>(QStringLiteral("deidTabs"))->setCurrentIndex(3);
    m_deid->findChild<QPushButton*>(QStringLiteral("deidShowPseudonyms"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
    QVERIFY(shown.first().first().toInt() >= 3);
    QVERIFY(table->isVisible());
    for (int r = 0; r < table->rowCount(); ++r)
        QVERIFY(table->item(r, 1)->text().startsWith(QLatin1String("S-")));
}

void TestDeidView::approveIsAudited()
{
    m_deid->findChild<QPushButton*>(QStringLiteral("deidApprove"))->click();
    QCOMPARE(ReviewStore(*m_catalog).item(m_deid->itemId())->deidState, QStringLiteral("approved"));
    QStringList actions;
    for (const AuditEntry& e : AuditLog(*m_catalog).entries())
        actions << e.action;
    QVERIFY(actions.contains(QStringLiteral("deid.run")));
    QVERIFY(actions.contains(QStringLiteral("review.deid.approve")));
    QVERIFY(AuditLog(*m_catalog).verify().ok);
    // A new run sends the approval back to pending.
    QSignalSpy done(m_deid, &DeidView::runFinished);
    m_deid->runProfile(QStringLiteral("research-minimal"));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
    QCOMPARE(ReviewStore(*m_catalog).item(m_deid->itemId())->deidState, QStringLiteral("pending"));
}

void TestDeidView::issuesDockListsWhatARunLeft()
{
    // A user-defined profile that keeps the sample ids leaves them: they must show in the
    // Issues dock as errors naming the profile.
    QFile base(QStringLiteral(":/profiles/research-minimal.json"));
    QVERIFY(base.open(QIODevice::ReadOnly));
    const QString profile = m_dir.filePath(QStringLiteral("keep-sample-ids.json"));
    QFile custom(profile);
    QVERIFY(custom.open(QIODevice::WriteOnly));
    custom.write(base.readAll()
                     .replace("\"pseudonymize\": true", "\"pseudonymize\": false")
                     .replace("\"name\": \"research-minimal\"", "\"name\": \"keep-sample-ids\""));
    custom.close();
    QSignalSpy kept(m_deid, &DeidView::runFinished);
    m_deid->runProfile(profile);
    QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 1, 120000);

    IssuesModel* issues = m_window->issuesModel();
    auto deidRow = [issues]() -> int {
        for (int r = 0; r < issues->rowCount(); ++r)
            if (issues->index(r, 0).data(IssuesModel::CodeRole).toString() ==
                    QLatin1String("deid.sample-id") &&
                issues->index(r, IssuesModel::Message).data().toString().contains(
                    QLatin1String("MRN0031001")))
                return r;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(deidRow() >= 0, 30000);
    const QModelIndex left = issues->index(deidRow(), 0);
    QCOMPARE(left.data(IssuesModel::SeverityRole).toString(), QStringLiteral("error"));
    QVERIFY(issues->index(left.row(), IssuesModel::Message)
                .data()
                .toString()
                .contains(QLatin1String("keep-sample-ids")));
    QVERIFY(!issues->index(left.row(), IssuesModel::Location).data().toString().isEmpty());
    // Double-clicking it opens the dataset's de-identification part.
    m_window->showPage(MainWindow::DatasetsPage);
    m_review->showPart(0);
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("issuesView"));
    auto* proxy = view->model();
    QModelIndex target;
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (proxy->index(r, 0).data(IssuesModel::IdRole) == left.data(IssuesModel::IdRole))
            target = proxy->index(r, IssuesModel::Message);
    QVERIFY(target.isValid());
    Q_EMIT view->doubleClicked(target);
    QVERIFY(m_review->isVisible());
    QCOMPARE(m_review->findChild<QTabWidget*>(QStringLiteral("reviewParts"))->currentWidget(),
             static_cast<QWidget*>(m_deid));
    // A safe-harbor run resolves it, and the row goes.
    QSignalSpy done(m_deid, &DeidView::runFinished);
    m_deid->runProfile(QStringLiteral("safe-harbor"));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(deidRow() < 0, 30000);
    for (int r = 0; r < issues->rowCount(); ++r)
        if (issues->index(r, 0).data(IssuesModel::CodeRole).toString().startsWith(
                QLatin1String("deid.")))
            QVERIFY(issues->index(r, 0).data(IssuesModel::SeverityRole).toString() !=
                    QLatin1String("error"));
}

void TestDeidView::riskDialogReportsK()
{
    RiskDialog dialog({QDir(m_demo).filePath(QStringLiteral("clinical/samplesheet.csv"))},
                      m_window.get());
    dialog.show();
    QSignalSpy computed(&dialog, &RiskDialog::computed);
    dialog.compute(QStringLiteral("dataset,consent_date:year"), QStringLiteral("consent"), 5);
    QTRY_COMPARE(computed.count(), 1);
    QVERIFY(computed.first().first().toBool());
    const RiskReport& r = dialog.report();
    QCOMPARE(r.records, 15);
    QCOMPARE(r.sensitive, QStringLiteral("consent")); // not lost while the columns loaded
    QVERIFY(r.lDiversity >= 1);
    QVERIFY(r.classes >= 1);
    QVERIFY(dialog.chart()->pointCount() >= 1);
    QCOMPARE(int(dialog.chart()->totalValue()), r.classes);
    // The column list shows the quasi-identifiers in use.
    auto* columns = dialog.findChild<QListWidget*>(QStringLiteral("riskColumns"));
    QCOMPARE(columns->findItems(QStringLiteral("dataset"), Qt::MatchExactly).value(0)->checkState(),
             Qt::Checked);
    QCOMPARE(
        columns->findItems(QStringLiteral("sample_id"), Qt::MatchExactly).value(0)->checkState(),
        Qt::Unchecked);
    save(&dialog, QStringLiteral("19-risk.png"));
}

QTEST_MAIN(TestDeidView)
#include "test_DeidView.moc"
