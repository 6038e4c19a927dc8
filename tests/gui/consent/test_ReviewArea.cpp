// Drives the Review area of the real MainWindow as a steward would: import the demo's consent
// sheet, declare a destination in its dialog, read each sample's match, see an approval
// refused, approve with a comment, edit a consent (undo and redo) and watch the approval
// fall back to pending, and check the audit log's verified state.

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/common/JobManager.h"
#include "models/consent/ConsentStore.h"
#include "models/consent/SampleConsentModel.h"
#include "models/formats/DemoWorkspace.h"
#include "models/formats/HtsEnvironment.h"
#include "models/review/IssuesModel.h"
#include "models/review/ReviewQueueModel.h"
#include "models/review/ReviewStore.h"
#include "widgets/MainWindow.h"
#include "widgets/consent/ConsentEditDialog.h"
#include "widgets/consent/ConsentView.h"
#include "widgets/consent/ReviewArea.h"

using namespace steward;

class TestReviewArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyUntilADestinationIsDeclared();
    void importShowsCountsAndLocatedErrors();
    void declareADestinationInTheDialog();
    void samplesShowTheirMatch();
    void approvalOfADeniedDatasetIsRefused();
    void approveWithAComment();
    void consentEditInvalidatesAndUndoes();
    void issueJumpsToTheSample();
    void auditLogIsVerified();
    void importADuoRelease();

private:
    int rowOf(const QString& dataset, const QString& destination) const;
    void selectItem(const QString& dataset, const QString& destination);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<MainWindow> m_window;
    ReviewArea* m_review = nullptr;
};

void TestReviewArea::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // The default outbox goes to the test's folder, not the user's application data.
    QSettings().setValue(QStringLiteral("Transfers/outboxFolder"),
                         m_dir.filePath(QStringLiteral("outbox")));
    QSettings().setValue(QStringLiteral("Review/reviewerName"), QStringLiteral("Jane Steward"));
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
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    QVERIFY(m_window->openWorkspace(m_demo) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    m_review = m_window->reviewArea();
    QVERIFY(m_review);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    new QAbstractItemModelTester(m_review->queue(), mode, this);
    new QAbstractItemModelTester(m_review->consentView()->model(), mode, this);
    m_window->showPage(MainWindow::ReviewPage);
}

void TestReviewArea::cleanupTestCase()
{
    m_window.reset();
    m_jobs.reset();
    m_catalog.reset();
}

int TestReviewArea::rowOf(const QString& dataset, const QString& destination) const
{
    QAbstractItemModel* model = m_review->queueView()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, ReviewQueueModel::Dataset).data().toString() == dataset &&
            model->index(r, ReviewQueueModel::Destination).data().toString() == destination)
            return r;
    }
    return -1;
}

void TestReviewArea::selectItem(const QString& dataset, const QString& destination)
{
    const int row = rowOf(dataset, destination);
    QVERIFY2(row >= 0, qPrintable(dataset));
    m_review->queueView()->selectRow(row);
    const qint64 id =
        m_review->queueView()->model()->index(row, 0).data(ReviewQueueModel::IdRole).toLongLong();
    QTRY_COMPARE(m_review->consentView()->itemId(), id);
}

void TestReviewArea::emptyUntilADestinationIsDeclared()
{
    auto* stack = m_review->findChild<QStackedWidget*>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("reviewEmpty"));
    QCOMPARE(m_review->queue()->rowCount(), 0);
}

void TestReviewArea::importShowsCountsAndLocatedErrors()
{
    // A sheet with a mistake: nothing is imported and the line is named.
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("sample_id,consent\nMRN0012345,GRU\nMRN0012388,DS\n");
    f.close();
    QSignalSpy done(m_review, &ReviewArea::importFinished);
    m_review->importConsent(bad);
    QTRY_COMPARE(done.count(), 1);
    auto* banner = m_review->findChild<QLabel*>(QStringLiteral("reviewBanner"));
    auto* problems = m_review->findChild<QListWidget*>(QStringLiteral("importProblems"));
    QVERIFY(banner->text().startsWith(QLatin1String("Nothing was imported")));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->item(0)->text().startsWith(QLatin1String("bad.csv:3: column consent:")),
             qPrintable(problems->item(0)->text()));
    QCOMPARE(ConsentStore(*m_catalog).records().size(), 0);

    m_review->importConsent(QDir(m_demo).filePath(QStringLiteral("clinical/samplesheet.csv")));
    QTRY_COMPARE(done.count(), 2);
    // (Without the application's English plural forms the test reads "record(s)".)
    QVERIFY2(banner->text().startsWith(QLatin1String("Imported 15 consent record")),
             qPrintable(banner->text()));
    QCOMPARE(ConsentStore(*m_catalog).records().size(), 15);
}

void TestReviewArea::declareADestinationInTheDialog()
{
    auto* declare = m_review->findChild<QPushButton*>(QStringLiteral("declareDestination"));
    QVERIFY(declare);
    declare->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_review->findChild<QDialog*>(
                     QStringLiteral("declareDestinationDialog"))) != nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("destinationName"))
        ->setText(QStringLiteral("CF registry"));
    auto* primary = dialog->findChild<QComboBox*>(QStringLiteral("dataUsePrimary"));
    primary->setCurrentIndex(primary->findData(QStringLiteral("disease")));
    dialog->findChild<QLineEdit*>(QStringLiteral("dataUseDiseases"))
        ->setText(QStringLiteral("MONDO:0009061"));
    dialog->findChild<QLineEdit*>(QStringLiteral("dataUseRegion"))->setText(QStringLiteral("de"));
    dialog->findChild<QCheckBox*>(QStringLiteral("dataUseIrb"))->setChecked(true);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(
        !m_review->findChild<QDialog*>(QStringLiteral("declareDestinationDialog")) ||
        !m_review->findChild<QDialog*>(QStringLiteral("declareDestinationDialog"))->isVisible());
    auto* stack = m_review->findChild<QStackedWidget*>();
    QTRY_COMPARE(stack->currentIndex(), 1);
    // One item per dataset for the new destination, all pending.
    QVERIFY(rowOf(QStringLiteral("cohort.vcf.gz"), QStringLiteral("CF registry")) >= 0);
    QVERIFY(rowOf(QStringLiteral("trio.vcf.gz"), QStringLiteral("CF registry")) >= 0);
    for (int r = 0; r < m_review->queue()->rowCount(); ++r)
        QCOMPARE(m_review->queue()->index(r, ReviewQueueModel::State).data().toString(),
                 QStringLiteral("Pending"));
}

void TestReviewArea::samplesShowTheirMatch()
{
    selectItem(QStringLiteral("cohort.vcf.gz"), QStringLiteral("CF registry"));
    SampleConsentModel* model = m_review->consentView()->model();
    QCOMPARE(model->rowCount(), 12);
    const auto decisionOf = [model](const QString& sample) {
        const int row = model->indexOf(sample);
        return row < 0 ? QString()
                       : model->index(row, SampleConsentModel::Decision).data().toString();
    };
    // The cystic-fibrosis consent matches, the breast-cancer one does not, the withdrawn
    // participant is excluded.
    QCOMPARE(decisionOf(QStringLiteral("MRN0012345")), QStringLiteral("Approve"));
    QCOMPARE(decisionOf(QStringLiteral("MRN0012388")), QStringLiteral("Deny"));
    QCOMPARE(decisionOf(QStringLiteral("MRN0018846")), QStringLiteral("Excluded"));
    const int denied = model->indexOf(QStringLiteral("MRN0012388"));
    QVERIFY(model->index(denied, SampleConsentModel::Reason)
                .data()
                .toString()
                .contains(QLatin1String("MONDO:0007254")));
    auto* decision = m_review->consentView()->findChild<QLabel*>(QStringLiteral("consentDecision"));
    QVERIFY2(decision->text().contains(QLatin1String("Deny")), qPrintable(decision->text()));
}

void TestReviewArea::approvalOfADeniedDatasetIsRefused()
{
    selectItem(QStringLiteral("cohort.vcf.gz"), QStringLiteral("CF registry"));
    ConsentView* view = m_review->consentView();
    view->findChild<QPlainTextEdit*>(QStringLiteral("reviewComment"))
        ->setPlainText(QStringLiteral("Looks fine"));
    view->findChild<QPushButton*>(QStringLiteral("approveReview"))->click();
    auto* message = view->findChild<QLabel*>(QStringLiteral("reviewMessage"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QLatin1String("Approval refused")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QLatin1String("MRN0012388")));
    QCOMPARE(m_review->queue()
                 ->index(m_review->queue()->indexOf(view->itemId()), ReviewQueueModel::State)
                 .data()
                 .toString(),
             QStringLiteral("Pending"));
}

void TestReviewArea::approveWithAComment()
{
    // The trio consented to HMB: disease research on cystic fibrosis is allowed.
    selectItem(QStringLiteral("trio.vcf.gz"), QStringLiteral("CF registry"));
    ConsentView* view = m_review->consentView();
    view->findChild<QPushButton*>(QStringLiteral("startReview"))->click();
    view->findChild<QPlainTextEdit*>(QStringLiteral("reviewComment"))
        ->setPlainText(QStringLiteral("HMB consent covers CF research"));
    view->findChild<QPushButton*>(QStringLiteral("approveReview"))->click();
    const qint64 id = view->itemId();
    QTRY_COMPARE(ReviewStore(*m_catalog).item(id)->state, ReviewState::Approved);
    const QVector<ReviewDecision> decisions = ReviewStore(*m_catalog).decisions(id);
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions.last().reviewer, QStringLiteral("Jane Steward"));
    QCOMPARE(decisions.last().comment, QStringLiteral("HMB consent covers CF research"));
    QVERIFY(!decisions.last().osUser.isEmpty());
    const int row = rowOf(QStringLiteral("trio.vcf.gz"), QStringLiteral("CF registry"));
    QCOMPARE(m_review->queueView()->model()->index(row, ReviewQueueModel::State).data().toString(),
             QStringLiteral("Approved"));
    auto* history = view->findChild<QListWidget*>(QStringLiteral("reviewHistory"));
    QVERIFY(history->item(0)->text().contains(QLatin1String("Jane Steward")));
    // Filtering the queue by state shows just this item.
    auto* state = m_review->findChild<QComboBox*>(QStringLiteral("reviewStateFilter"));
    state->setCurrentIndex(state->findData(QStringLiteral("approved")));
    QCOMPARE(m_review->queue()->rowCount(), 1);
    state->setCurrentIndex(0);
    QVERIFY(m_review->queue()->rowCount() > 1);
}

void TestReviewArea::consentEditInvalidatesAndUndoes()
{
    selectItem(QStringLiteral("trio.vcf.gz"), QStringLiteral("CF registry"));
    ConsentView* view = m_review->consentView();
    auto* table = view->findChild<QTableView*>(QStringLiteral("consentSamples"));
    const int source = view->model()->indexOf(QStringLiteral("MRN0031002"));
    QVERIFY(source >= 0);
    auto* proxy = static_cast<QSortFilterProxyModel*>(table->model());
    table->setCurrentIndex(proxy->mapFromSource(view->model()->index(source, 0)));
    view->findChild<QPushButton*>(QStringLiteral("editConsent"))->click();
    ConsentEditDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = view->findChild<ConsentEditDialog*>()) != nullptr);
    auto* codes = dialog->findChild<QLineEdit*>(QStringLiteral("consentCodes"));
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    // Invalid codes keep OK disabled and say why.
    codes->setText(QStringLiteral("HMB;POA"));
    QVERIFY(!ok->isEnabled());
    codes->setText(QStringLiteral("DS(MONDO:0007254)"));
    QVERIFY(ok->isEnabled());
    ok->click();

    const qint64 id = view->itemId();
    QTRY_COMPARE(ReviewStore(*m_catalog).item(id)->state, ReviewState::Pending);
    QVERIFY(
        ReviewStore(*m_catalog).item(id)->invalidatedReason.contains(QLatin1String("MRN0031002")));
    auto* notice = view->findChild<QLabel*>(QStringLiteral("consentInvalidated"));
    QTRY_VERIFY(notice->isVisible());
    const int row = view->model()->indexOf(QStringLiteral("MRN0031002"));
    QCOMPARE(view->model()->index(row, SampleConsentModel::Decision).data().toString(),
             QStringLiteral("Deny"));

    // Undo restores the consent (the approval stays withdrawn: it must be given again).
    QUndoStack* undo = m_window->undoStack();
    QVERIFY(undo->canUndo());
    undo->undo();
    QCOMPARE(ConsentStore(*m_catalog)
                 .find(QStringLiteral("trio"), QStringLiteral("MRN0031002"))
                 ->consent,
             QStringLiteral("HMB"));
    QTRY_COMPARE(view->model()
                     ->index(view->model()->indexOf(QStringLiteral("MRN0031002")),
                             SampleConsentModel::Decision)
                     .data()
                     .toString(),
                 QStringLiteral("Approve"));
    undo->redo();
    QCOMPARE(ConsentStore(*m_catalog)
                 .find(QStringLiteral("trio"), QStringLiteral("MRN0031002"))
                 ->consent,
             QStringLiteral("DS(MONDO:0007254)"));
    undo->undo();
}

void TestReviewArea::issueJumpsToTheSample()
{
    QSignalSpy refreshed(m_window.get(), &MainWindow::refreshed);
    m_window->refresh();
    QTRY_VERIFY(refreshed.count() >= 1);
    IssuesModel* issues = m_window->issuesModel();
    int row = -1;
    for (int r = 0; r < issues->rowCount(); ++r) {
        if (issues->index(r, 0).data(IssuesModel::CodeRole).toString() ==
                QLatin1String("consent.excluded") &&
            issues->index(r, 0).data(IssuesModel::LocationRole).toString() ==
                QLatin1String("MRN0018846"))
            row = r;
    }
    QVERIFY2(row >= 0, "the withdrawn participant is an issue");
    m_window->showPage(MainWindow::DatasetsPage);
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("issuesView"));
    auto* proxy = static_cast<QSortFilterProxyModel*>(view->model());
    const QModelIndex at = proxy->mapFromSource(issues->index(row, 1));
    view->scrollTo(at);
    // The mouse path of a double-click is covered by test_MainWindow; here the signal the
    // view emits for it is enough to drive the jump.
    Q_EMIT view->doubleClicked(at);
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget*>(m_review));
    auto* table = m_review->consentView()->findChild<QTableView*>(QStringLiteral("consentSamples"));
    QTRY_VERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().siblingAtColumn(SampleConsentModel::Sample).data().toString(),
             QStringLiteral("MRN0018846"));
}

void TestReviewArea::auditLogIsVerified()
{
    auto* audit = m_review->findChild<QLabel*>(QStringLiteral("auditState"));
    QSignalSpy verified(m_review, &ReviewArea::auditVerified);
    m_review->findChild<QPushButton*>(QStringLiteral("verifyAudit"))->click();
    QTRY_VERIFY(verified.count() >= 1);
    QVERIFY2(audit->text().contains(QLatin1String("chain verified")), qPrintable(audit->text()));
    // Every step above is in the log: imports, the declaration, decisions, edits, undo, redo.
    const QVector<AuditEntry> entries = AuditLog(*m_catalog).entries();
    QStringList actions;
    for (const AuditEntry& e : entries)
        actions << e.action;
    for (const char* a : {"consent.import", "repository.declare", "review.start", "review.approve",
                          "consent.edit", "review.invalidate"})
        QVERIFY2(actions.contains(QLatin1String(a)), a);
}

void TestReviewArea::importADuoRelease()
{
    const QString owl = QStringLiteral(STEWARD_SHARED_DATA "/duo/EBISPOT_DUO/duo.owl");
    if (!QFileInfo::exists(owl))
        QSKIP("../shared/data/duo is absent: the DUO release file is read in place from there");
    auto* release = m_review->findChild<QLabel*>(QStringLiteral("duoRelease"));
    QVERIFY(release->text().contains(QLatin1String("built in")));
    QSignalSpy imported(m_review, &ReviewArea::duoImported);
    m_review->importDuoRelease(owl);
    QTRY_COMPARE(imported.count(), 1);
    QCOMPARE(imported.first().first().toBool(), true);
    auto* banner = m_review->findChild<QLabel*>(QStringLiteral("reviewBanner"));
    QVERIFY2(banner->text().contains(QLatin1String("2021-02-23")), qPrintable(banner->text()));
    QVERIFY2(release->text().contains(QLatin1String("imported")), qPrintable(release->text()));
    // A file that is not a release: a clear error, and the release in use does not change.
    const QString bad = m_dir.filePath(QStringLiteral("not-duo.owl"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not RDF");
    f.close();
    m_review->importDuoRelease(bad);
    QTRY_COMPARE(imported.count(), 2);
    QCOMPARE(imported.last().first().toBool(), false);
    QVERIFY2(banner->text().contains(QLatin1String("not-duo.owl")), qPrintable(banner->text()));
    QVERIFY(release->text().contains(QLatin1String("imported")));
}

QTEST_MAIN(TestReviewArea)
#include "test_ReviewArea.moc"
