// Drives the Bundles area of the real MainWindow on the demo cohort as a steward would once the
// Review area is done (consent imported, cf-study declared, the trio's consent approved and its
// safe-harbor de-identification approved): the empty state offers a new bundle; the editor
// lists the trio's files and refuses the cohort with the reason, and offers sealing only once
// the cohort is unchecked; sealing in the background shows a sealed bundle whose identifier is
// the SHA-256 of its tag manifest and whose files are listed; Verify finds the bag valid, then
// invalid naming the payload file changed by one byte; New version makes a draft v2, which can
// be edited and discarded; the key manager adds alice's public key (and refuses a bad one
// inline) and generates a protected key pair; a bundle encrypted for alice carries .c4gh files.

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "models/bundle/BundleListModel.h"
#include "models/bundle/BundlePlanner.h"
#include "models/bundle/BundleStore.h"
#include "models/catalog/Catalog.h"
#include "models/common/JobManager.h"
#include "models/consent/ConsentSheetImporter.h"
#include "models/crypt4gh/RecipientKeyModel.h"
#include "models/formats/DemoWorkspace.h"
#include "models/formats/HtsEnvironment.h"
#include "models/review/DeidReview.h"
#include "models/review/ReviewQueueModel.h"
#include "models/review/ReviewStore.h"
#include "models/transfer/RepositoryStore.h"
#include "tests/common/TestData.h"
#include "widgets/MainWindow.h"
#include "widgets/bundle/BundleDetailPane.h"
#include "widgets/bundle/BundleEditor.h"
#include "widgets/bundle/BundlesArea.h"
#include "widgets/bundle/KeyManagerDialog.h"
#include "widgets/bundle/KeyPairDialog.h"
#include "widgets/consent/ReviewArea.h"
#include "widgets/deid/DeidView.h"

using namespace steward;

namespace {

const QString kDestination = QStringLiteral("cf-study");
const QString kPurpose = QStringLiteral("primary=disease;disease=MONDO:0009061");

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QStringList columnTexts(const QTableWidget* table, int column)
{
    QStringList texts;
    for (int r = 0; r < table->rowCount(); ++r)
        texts << table->item(r, column)->text();
    return texts;
}

QStringList listTexts(const QListWidget* list)
{
    QStringList texts;
    for (int r = 0; r < list->count(); ++r)
        texts << list->item(r)->text();
    return texts;
}

} // namespace

class TestBundlesArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStateOffersANewBundle();
    void editorShowsFilesAndRefusals();
    void sealingShowsTheIdentifierAndFiles();
    void verifyFindsTheBagValid();
    void verifyNamesAChangedFile();
    void newVersionMakesADraft();
    void draftCanBeEditedAndDiscarded();
    void keyManagerAddsRecipientsAndKeyPairs();
    void encryptedBundleCarriesC4ghFiles();

private:
    void save(QWidget* w, const QString& name);
    BundleEditor* openEditor();
    bool waitForPlan(BundleEditor* editor);
    const BundleRecord* record(qint64 id) const;

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<MainWindow> m_window;
    BundlesArea* m_area = nullptr;
    qint64 m_sealed = 0;
};

void TestBundlesArea::save(QWidget* w, const QString& name)
{
    const QString folder = qEnvironmentVariable("STEWARD_TEST_SCREENSHOTS");
    if (!folder.isEmpty())
        w->grab().save(QDir(folder).filePath(name));
}

const BundleRecord* TestBundlesArea::record(qint64 id) const
{
    BundleListModel* model = m_area->model();
    return model->recordAt(model->index(model->indexOf(id), 0));
}

BundleEditor* TestBundlesArea::openEditor()
{
    m_area->findChild<QPushButton*>(QStringLiteral("newBundle"))->click();
    BundleEditor* editor = m_area->editor();
    if (editor && !QTest::qWaitForWindowExposed(editor))
        return nullptr;
    return editor;
}

bool TestBundlesArea::waitForPlan(BundleEditor* editor)
{
    // The plan is recomputed off the GUI thread a moment after each change.
    QTest::qWait(1);
    const QDeadlineTimer deadline(30000);
    while (editor->isPlanning() && !deadline.hasExpired())
        QTest::qWait(20);
    return !editor->isPlanning();
}

void TestBundlesArea::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("Transfers/outboxFolder"),
                         m_dir.filePath(QStringLiteral("outbox")));
    QSettings().setValue(QStringLiteral("Deid/derivedFolder"),
                         m_dir.filePath(QStringLiteral("derived")));
    QSettings().setValue(QStringLiteral("Bundles/folder"), m_dir.filePath(QStringLiteral("bags")));
    QSettings().setValue(QStringLiteral("Bundles/sourceOrganization"),
                         QStringLiteral("Steward test clinic"));
    QSettings().setValue(QStringLiteral("Review/reviewerName"), QStringLiteral("Jane Steward"));
    qputenv("STEWARD_SECRETS_FILE", m_dir.filePath(QStringLiteral("secrets.enc")).toUtf8());
    qputenv("STEWARD_SECRETS_PASSPHRASE", "test passphrase");
    HtsEnvironment::configureOffline(m_dir.filePath(QStringLiteral("ref-cache")));
    m_demo = m_dir.filePath(QStringLiteral("demo"));
    QString error;
    QVERIFY2(DemoWorkspace::generate(m_demo, &error), qPrintable(error));
    m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY2(m_catalog->open(&error), qPrintable(error));
    m_jobs = std::make_unique<JobManager>();
    m_window = std::make_unique<MainWindow>(*m_catalog, *m_jobs);
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy finished(m_window.get(), &MainWindow::scanFinished);
    QVERIFY(m_window->openWorkspace(m_demo) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

    // What the steward did in the Review area: consent imported, the destination declared...
    const ConsentSheetImporter::Result imported = ConsentSheetImporter::importFile(
        *m_catalog, QDir(m_demo).filePath(QStringLiteral("clinical/samplesheet.csv")));
    QVERIFY2(imported.imported, qPrintable(imported.problems.value(0).toString()));
    qint64 repositoryId = 0;
    QVERIFY2(RepositoryStore(*m_catalog).declare(kDestination, kPurpose, &error, &repositoryId),
             qPrintable(error));
    ReviewStore reviews(*m_catalog);
    QVERIFY2(reviews.refresh(&error), qPrintable(error));

    // ...the trio de-identified with safe-harbor in the background, as DeidView runs it...
    ReviewArea* review = m_window->reviewArea();
    m_window->showPage(MainWindow::ReviewPage);
    review->reload();
    QAbstractItemModel* queue = review->queueView()->model();
    int row = -1;
    for (int r = 0; r < queue->rowCount(); ++r)
        if (queue->index(r, ReviewQueueModel::Dataset).data().toString() ==
                QLatin1String("trio.vcf.gz") &&
            queue->index(r, ReviewQueueModel::Destination).data().toString() == kDestination)
            row = r;
    QVERIFY(row >= 0);
    review->queueView()->selectRow(row);
    DeidView* deid = review->deidView();
    QTRY_VERIFY(deid->itemId() > 0);
    const qint64 itemId = deid->itemId();
    QSignalSpy ran(deid, &DeidView::runFinished);
    deid->runProfile(QStringLiteral("safe-harbor"));
    QTRY_COMPARE_WITH_TIMEOUT(ran.count(), 1, 120000);
    QVERIFY(ran.first().first().toBool());

    // ...and both parts of its review approved.
    QVERIFY2(DeidReview(*m_catalog).decide(itemId, DeidReview::Action::Approve, QString(), &error),
             qPrintable(error));
    QVERIFY2(reviews.decide(itemId, ReviewAction::Approve, QString(), &error), qPrintable(error));
    const BundlePlanner::Plan plan =
        BundlePlanner(*m_catalog).plan(kDestination, {QStringLiteral("trio.vcf.gz")});
    QVERIFY2(plan.ok() && plan.complete() && !plan.files.isEmpty(),
             qPrintable(plan.error + plan.refusals.value(0).reason));

    m_area = m_window->bundlesArea();
    QVERIFY(m_area);
    new QAbstractItemModelTester(m_area->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_window->showPage(MainWindow::BundlesPage);
    QVERIFY(m_area->isVisible());
}

void TestBundlesArea::cleanupTestCase()
{
    m_window.reset();
    m_jobs.reset();
    m_catalog.reset();
}

void TestBundlesArea::emptyStateOffersANewBundle()
{
    auto* empty = m_area->findChild<QWidget*>(QStringLiteral("bundlesEmpty"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!m_area->view()->isVisible());
    QCOMPARE(m_area->model()->rowCount(), 0);
    const QStringList texts = [empty] {
        QStringList l;
        for (const QLabel* label : empty->findChildren<QLabel*>())
            l << label->text();
        return l;
    }();
    QVERIFY2(texts.contains(QStringLiteral("No bundles yet")), qPrintable(texts.join('|')));
    // Nothing selected: only New bundle and Keys are offered.
    for (const char* name : {"editBundle", "sealBundle", "verifyBundle", "newBundleVersion",
                             "discardBundle", "showBundleFolder"})
        QVERIFY2(!m_area->findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);

    empty->findChild<QPushButton*>(QStringLiteral("emptyNewBundle"))->click();
    BundleEditor* editor = m_area->editor();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    // Nothing chosen yet: nothing can be saved or sealed.
    QVERIFY(!editor->findChild<QPushButton*>(QStringLiteral("bundleSave"))->isEnabled());
    QVERIFY(!editor->findChild<QPushButton*>(QStringLiteral("bundleEditorSeal"))->isEnabled());
    editor->reject();
    QTRY_VERIFY(!m_area->editor());
    QCOMPARE(m_area->model()->rowCount(), 0);
}

void TestBundlesArea::editorShowsFilesAndRefusals()
{
    BundleEditor* editor = openEditor();
    QVERIFY(editor);
    QVERIFY(editor->setDestination(kDestination));
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("bundleName"))->text(), kDestination);
    QVERIFY(editor->setDatasetChecked(QStringLiteral("trio.vcf.gz"), true));
    QVERIFY(editor->setDatasetChecked(QStringLiteral("cohort.vcf.gz"), true));
    editor->findChild<QPlainTextEdit*>(QStringLiteral("bundleDescription"))
        ->setPlainText(QStringLiteral("Trio for the CF registry study."));
    QVERIFY(waitForPlan(editor));

    auto* files = editor->findChild<QTableWidget*>(QStringLiteral("bundlePlanFiles"));
    const QStringList paths = columnTexts(files, 0);
    QVERIFY2(paths.size() >= 2, qPrintable(paths.join(' ')));
    for (const QString& p : paths)
        QVERIFY2(p.startsWith(QLatin1String("data/trio/")), qPrintable(p));
    QVERIFY2(paths.filter(QRegularExpression(QStringLiteral("\\.vcf\\.gz$"))).size() == 1,
             qPrintable(paths.join(' ')));
    QVERIFY2(columnTexts(files, 2).contains(QStringLiteral("index")),
             qPrintable(columnTexts(files, 2).join(' ')));

    // The cohort is refused, visibly, with the reason naming its review.
    auto* refusals = editor->findChild<QListWidget*>(QStringLiteral("bundleRefusals"));
    const QStringList reasons = listTexts(refusals);
    const QStringList cohort =
        reasons.filter(QStringLiteral("cohort.vcf.gz cannot ship to cf-study"));
    QVERIFY2(cohort.size() == 1, qPrintable(reasons.join('\n')));
    QVERIFY2(cohort.first().contains(QLatin1String("The consent review for cf-study is pending, "
                                                   "not approved.")),
             qPrintable(cohort.first()));
    QVERIFY2(cohort.first().contains(QLatin1String("The consent match for cf-study is DENY")),
             qPrintable(cohort.first()));
    QVERIFY2(reasons.filter(QStringLiteral("trio")).isEmpty(), qPrintable(reasons.join('\n')));
    QVERIFY(!refusals->item(reasons.indexOf(cohort.first()))->icon().isNull());
    QVERIFY(editor->findChild<QLabel*>(QStringLiteral("bundlePlanStatus"))
                ->text()
                .contains(QLatin1String("cannot ship")));
    // No recipient: a warning says the files leave unencrypted.
    QVERIFY(editor->findChild<QLabel*>(QStringLiteral("bundleEncryption"))
                ->text()
                .contains(QLatin1String("unencrypted")));
    auto* seal = editor->findChild<QPushButton*>(QStringLiteral("bundleEditorSeal"));
    QVERIFY(!seal->isEnabled());
    QVERIFY(editor->findChild<QPushButton*>(QStringLiteral("bundleSave"))->isEnabled());
    save(editor, QStringLiteral("21-bundle-editor.png"));

    // Without the cohort the plan is complete and sealing is offered.
    QVERIFY(editor->setDatasetChecked(QStringLiteral("cohort.vcf.gz"), false));
    QVERIFY(!seal->isEnabled()); // until the new plan is in
    QVERIFY(waitForPlan(editor));
    QVERIFY(editor->plan().complete());
    QVERIFY(listTexts(refusals).filter(QStringLiteral("cannot ship")).isEmpty());
    QVERIFY(seal->isEnabled());
}

void TestBundlesArea::sealingShowsTheIdentifierAndFiles()
{
    BundleEditor* editor = m_area->editor();
    QVERIFY(editor);
    QSignalSpy sealed(m_area, &BundlesArea::sealFinished);
    editor->findChild<QPushButton*>(QStringLiteral("bundleEditorSeal"))->click();
    // The editor closes and sealing runs in the background, with progress and Cancel.
    QVERIFY(m_area->findChild<QProgressBar*>(QStringLiteral("bundleProgress"))->isVisible());
    QVERIFY(m_area->findChild<QPushButton*>(QStringLiteral("bundleCancel"))->isEnabled());
    QVERIFY(!m_area->findChild<QPushButton*>(QStringLiteral("sealBundle"))->isEnabled());
    QTRY_VERIFY(!m_area->editor());
    QTRY_COMPARE_WITH_TIMEOUT(sealed.count(), 1, 120000);
    auto* message = m_area->findChild<QLabel*>(QStringLiteral("bundleMessage"));
    QVERIFY2(sealed.first().at(0).toBool(), qPrintable(message->text()));
    m_sealed = sealed.first().at(1).toLongLong();
    QVERIFY(!m_area->findChild<QProgressBar*>(QStringLiteral("bundleProgress"))->isVisible());

    // The list shows it sealed, and the empty state is gone.
    QVERIFY(m_area->view()->isVisible());
    QCOMPARE(m_area->model()->rowCount(), 1);
    const BundleRecord* b = record(m_sealed);
    QVERIFY(b);
    QCOMPARE(b->state, BundleState::Sealed);
    QCOMPARE(b->name, kDestination);
    QCOMPARE(b->datasets.size(), 1);
    const QModelIndex row = m_area->model()->index(m_area->model()->indexOf(m_sealed), 0);
    QCOMPARE(row.siblingAtColumn(BundleListModel::State).data().toString(),
             QStringLiteral("Sealed"));
    QCOMPARE(row.siblingAtColumn(BundleListModel::Destination).data().toString(), kDestination);
    QVERIFY(!row.siblingAtColumn(BundleListModel::Sealed).data().toString().isEmpty());
    QVERIFY(row.siblingAtColumn(BundleListModel::Size)
                .data()
                .toString()
                .contains(QLatin1String("file")));

    // Its identifier is the SHA-256 of the bag's tag manifest.
    QVERIFY(QFileInfo(b->path).isDir());
    const QString expected =
        sha256Of(QDir(b->path).filePath(QStringLiteral("tagmanifest-sha256.txt")));
    QCOMPARE(expected.size(), 64);
    QCOMPARE(b->identifier, expected);
    QCOMPARE(row.siblingAtColumn(BundleListModel::Identifier).data().toString(), expected.left(12));
    QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
    QVERIFY(m_area->detail()
                ->findChild<QLabel*>(QStringLiteral("bundleFacts"))
                ->text()
                .contains(expected));

    // The detail pane lists the files of the bag.
    QCOMPARE(m_area->selectedBundle(), m_sealed);
    QTableWidget* files = m_area->detail()->files();
    const QStringList paths = columnTexts(files, 0);
    QVERIFY2(
        paths.filter(QRegularExpression(QStringLiteral("^data/trio/trio.*\\.vcf\\.gz$"))).size() ==
            1,
        qPrintable(paths.join(' ')));
    QVERIFY2(paths.contains(QStringLiteral("data/ro-crate-metadata.json")),
             qPrintable(paths.join(' ')));
    for (int r = 0; r < files->rowCount(); ++r) {
        QCOMPARE(files->item(r, 2)->text(), QStringLiteral("No"));
        QCOMPARE(files->item(r, 4)->text(),
                 sha256Of(QDir(b->path).filePath(files->item(r, 0)->text())));
    }
    // Sealed: it can be verified and versioned, not edited or discarded.
    QVERIFY(m_area->findChild<QPushButton*>(QStringLiteral("verifyBundle"))->isEnabled());
    QVERIFY(m_area->findChild<QPushButton*>(QStringLiteral("newBundleVersion"))->isEnabled());
    QVERIFY(m_area->findChild<QPushButton*>(QStringLiteral("showBundleFolder"))->isEnabled());
    QVERIFY(!m_area->findChild<QPushButton*>(QStringLiteral("editBundle"))->isEnabled());
    QVERIFY(!m_area->findChild<QPushButton*>(QStringLiteral("discardBundle"))->isEnabled());
    QVERIFY(!m_area->findChild<QPushButton*>(QStringLiteral("sealBundle"))->isEnabled());
}

void TestBundlesArea::verifyFindsTheBagValid()
{
    QSignalSpy verified(m_area, &BundlesArea::verifyFinished);
    m_area->findChild<QPushButton*>(QStringLiteral("verifyBundle"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 60000);
    QVERIFY(verified.first().at(0).toBool());
    QCOMPARE(verified.first().at(1).toLongLong(), m_sealed);
    const QString text =
        m_area->detail()->findChild<QLabel*>(QStringLiteral("bundleVerification"))->text();
    QVERIFY2(text.contains(QLatin1String("Valid")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("payload file")), qPrintable(text));
    QVERIFY(!m_area->detail()->problems()->isVisible());
    save(m_window.get(), QStringLiteral("20-bundles.png"));
}

void TestBundlesArea::verifyNamesAChangedFile()
{
    const BundleRecord* b = record(m_sealed);
    QVERIFY(b);
    QString target;
    for (const QString& p : columnTexts(m_area->detail()->files(), 0))
        if (p.endsWith(QLatin1String(".vcf.gz")))
            target = p;
    QVERIFY(!target.isEmpty());
    {
        QFile f(QDir(b->path).filePath(target));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = f.size() / 2;
        QVERIFY(f.seek(at));
        char byte = 0;
        QVERIFY(f.getChar(&byte));
        QVERIFY(f.seek(at));
        QVERIFY(f.putChar(char(byte ^ 0x01)));
    }
    QSignalSpy verified(m_area, &BundlesArea::verifyFinished);
    m_area->findChild<QPushButton*>(QStringLiteral("verifyBundle"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 60000);
    QVERIFY(!verified.first().at(0).toBool());
    const QString text =
        m_area->detail()->findChild<QLabel*>(QStringLiteral("bundleVerification"))->text();
    QVERIFY2(text.contains(QLatin1String("Invalid")), qPrintable(text));
    QListWidget* problems = m_area->detail()->problems();
    QVERIFY(problems->isVisible());
    const QStringList lines = listTexts(problems);
    QVERIFY2(!lines.filter(target).isEmpty(), qPrintable(lines.join('\n')));
    auto* message = m_area->findChild<QLabel*>(QStringLiteral("bundleMessage"));
    QVERIFY2(message->text().contains(QLatin1String("not valid")), qPrintable(message->text()));
    // The result stays with the bundle when the selection moves away and back.
    m_area->view()->clearSelection();
    m_area->view()->setCurrentIndex(QModelIndex());
    m_area->selectBundle(m_sealed);
    QVERIFY(!listTexts(m_area->detail()->problems()).filter(target).isEmpty());
}

void TestBundlesArea::newVersionMakesADraft()
{
    m_area->selectBundle(m_sealed);
    m_area->findChild<QPushButton*>(QStringLiteral("newBundleVersion"))->click();
    QTRY_COMPARE(m_area->model()->rowCount(), 2);
    const qint64 draft = m_area->selectedBundle();
    QVERIFY(draft != m_sealed);
    const BundleRecord* b = record(draft);
    QVERIFY(b);
    QCOMPARE(b->state, BundleState::Draft);
    QCOMPARE(b->version, 2);
    QCOMPARE(b->name, kDestination);
    QCOMPARE(b->parentId, m_sealed);
    const QModelIndex row = m_area->model()->index(m_area->model()->indexOf(draft), 0);
    QCOMPARE(row.data().toString(), QStringLiteral("cf-study v2"));
    QCOMPARE(row.siblingAtColumn(BundleListModel::State).data().toString(),
             QStringLiteral("Draft"));
    QVERIFY(row.siblingAtColumn(BundleListModel::Identifier).data().toString().isEmpty());
    // The sealed version is untouched.
    QCOMPARE(record(m_sealed)->state, BundleState::Sealed);
    QVERIFY(m_area->findChild<QPushButton*>(QStringLiteral("editBundle"))->isEnabled());
    QVERIFY(m_area->findChild<QPushButton*>(QStringLiteral("sealBundle"))->isEnabled());
    QVERIFY(!m_area->findChild<QPushButton*>(QStringLiteral("verifyBundle"))->isEnabled());
}

void TestBundlesArea::draftCanBeEditedAndDiscarded()
{
    const qint64 draft = m_area->selectedBundle();
    m_area->findChild<QPushButton*>(QStringLiteral("editBundle"))->click();
    BundleEditor* editor = m_area->editor();
    QVERIFY(editor);
    QCOMPARE(editor->bundleId(), draft);
    QVERIFY(editor->findChild<QLineEdit*>(QStringLiteral("bundleName"))->isReadOnly());
    QVERIFY(waitForPlan(editor));
    QVERIFY(editor->plan().complete());
    QCOMPARE(editor->plan().shippedDatasets().size(), 1);
    editor->findChild<QPlainTextEdit*>(QStringLiteral("bundleDescription"))
        ->setPlainText(QStringLiteral("Second delivery."));
    editor->findChild<QPushButton*>(QStringLiteral("bundleSave"))->click();
    QTRY_VERIFY(!m_area->editor());
    QCOMPARE(BundleStore(*m_catalog).bundle(draft)->description,
             QStringLiteral("Second delivery."));
    QCOMPARE(m_area->selectedBundle(), draft);

    // Sealing cancelled at once leaves the draft a draft and no bag behind.
    QSignalSpy sealed(m_area, &BundlesArea::sealFinished);
    m_area->findChild<QPushButton*>(QStringLiteral("sealBundle"))->click();
    m_area->findChild<QPushButton*>(QStringLiteral("bundleCancel"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(sealed.count(), 1, 60000);
    QVERIFY(!sealed.first().at(0).toBool());
    const QString cancelled = m_area->findChild<QLabel*>(QStringLiteral("bundleMessage"))->text();
    QVERIFY2(cancelled.contains(QLatin1String("Cancelled")), qPrintable(cancelled));
    QCOMPARE(BundleStore(*m_catalog).bundle(draft)->state, BundleState::Draft);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bags/cf-study-v2"))));
    QCOMPARE(m_area->selectedBundle(), draft);

    m_area->findChild<QPushButton*>(QStringLiteral("discardBundle"))->click();
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = m_area->findChild<QMessageBox*>(
                     QStringLiteral("discardBundleQuestion"))) != nullptr);
    question->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_area->model()->rowCount(), 1);
    QVERIFY(!BundleStore(*m_catalog).bundle(draft));
    QVERIFY(m_area->findChild<QLabel*>(QStringLiteral("bundleMessage"))
                ->text()
                .contains(QLatin1String("Discarded the draft cf-study v2")));
}

void TestBundlesArea::keyManagerAddsRecipientsAndKeyPairs()
{
    m_area->findChild<QPushButton*>(QStringLiteral("bundleKeys"))->click();
    KeyManagerDialog* keys = nullptr;
    QTRY_VERIFY((keys = m_area->findChild<KeyManagerDialog*>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(keys));
    new QAbstractItemModelTester(keys->recipients(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, keys);
    auto* message = keys->findChild<QLabel*>(QStringLiteral("keyMessage"));

    // A pasted key that is not one is refused inline, naming the recipient.
    keys->findChild<QLineEdit*>(QStringLiteral("recipientName"))->setText(QStringLiteral("bad"));
    keys->findChild<QPlainTextEdit*>(QStringLiteral("recipientKey"))
        ->setPlainText(QStringLiteral("not a key at all"));
    QVERIFY(!keys->addRecipient());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("bad")), qPrintable(message->text()));
    QCOMPARE(keys->recipients()->rowCount(), 0);
    keys->findChild<QLineEdit*>(QStringLiteral("recipientName"))->clear();
    keys->findChild<QPlainTextEdit*>(QStringLiteral("recipientKey"))->clear();

    // A key pair of one's own, passphrase-protected, its passphrase remembered.
    KeyPairDialog* generator = keys->generateKeyPair();
    QVERIFY(QTest::qWaitForWindowExposed(generator));
    const QString folder = m_dir.filePath(QStringLiteral("keys"));
    generator->findChild<QLineEdit*>(QStringLiteral("keyPairName"))->setText(QStringLiteral("me"));
    generator->findChild<QLineEdit*>(QStringLiteral("keyPairFolder"))->setText(folder);
    generator->findChild<QLineEdit*>(QStringLiteral("keyPairPassphrase"))
        ->setText(QStringLiteral("correct horse"));
    generator->findChild<QLineEdit*>(QStringLiteral("keyPairRepeat"))
        ->setText(QStringLiteral("correct hose"));
    generator->findChild<QPushButton*>(QStringLiteral("keyPairGenerate"))->click();
    QVERIFY(generator->findChild<QLabel*>(QStringLiteral("keyPairMessage"))
                ->text()
                .contains(QLatin1String("differ")));
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("me.sec"))));
    generator->findChild<QLineEdit*>(QStringLiteral("keyPairPassphrase"))
        ->setText(QStringLiteral("correct horse"));
    generator->findChild<QLineEdit*>(QStringLiteral("keyPairRepeat"))
        ->setText(QStringLiteral("correct horse"));
    generator->findChild<QCheckBox*>(QStringLiteral("keyPairRemember"))->setChecked(true);
    QSignalSpy generated(generator, &KeyPairDialog::generated);
    generator->findChild<QPushButton*>(QStringLiteral("keyPairGenerate"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 30000);
    QVERIFY2(generated.first().at(1).toString().isEmpty(),
             qPrintable(generated.first().at(1).toString()));
    const QString secret = QDir(folder).filePath(QStringLiteral("me.sec"));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("me.pub"))));
    QCOMPARE(QFile::permissions(secret) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QTableWidget* own = keys->ownKeys();
    QCOMPARE(own->rowCount(), 1);
    QCOMPARE(own->item(0, 0)->text(), QStringLiteral("me"));
    QCOMPARE(own->item(0, 2)->text(), secret);
    QVERIFY(own->item(0, 3)->text().contains(QLatin1String("scrypt")));
    QVERIFY(own->item(0, 4)->text().startsWith(QLatin1String("Yes")));
    QVERIFY2(message->text().contains(QLatin1String("me.pub")), qPrintable(message->text()));

    // alice's public key from the reference implementation's tests, read in place.
    const QString alice =
        test::sharedData(QStringLiteral("crypt4gh/EGA-archive_crypt4gh/tests/_common/alice.pub"));
    if (alice.isEmpty() || !QFileInfo::exists(alice)) {
        keys->reject();
        QSKIP(qPrintable(QStringLiteral("alice.pub is missing (%1): the Crypt4GH recipient and "
                                        "the encrypted bundle are not tested")
                             .arg(alice.isEmpty() ? test::sharedDataMissingMessage() : alice)));
    }
    keys->showTab(0);
    QSignalSpy loaded(keys, &KeyManagerDialog::publicKeyLoaded);
    keys->loadPublicKeyFile(alice);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(loaded.first().first().toBool());
    QCOMPARE(keys->findChild<QLineEdit*>(QStringLiteral("recipientName"))->text(),
             QStringLiteral("alice"));
    keys->findChild<QLineEdit*>(QStringLiteral("recipientComment"))
        ->setText(QStringLiteral("crypt4gh reference tests"));
    auto* add = keys->findChild<QPushButton*>(QStringLiteral("addRecipient"));
    QVERIFY(add->isEnabled());
    add->click();
    QCOMPARE(keys->recipients()->rowCount(), 1);
    const QModelIndex first = keys->recipients()->index(0, RecipientKeyModel::Name);
    QCOMPARE(first.data().toString(), QStringLiteral("alice"));
    QVERIFY(first.siblingAtColumn(RecipientKeyModel::Fingerprint)
                .data()
                .toString()
                .startsWith(QLatin1String("SHA256:")));
    QVERIFY2(message->text().startsWith(QLatin1String("Added alice")), qPrintable(message->text()));
    save(keys, QStringLiteral("22-key-manager.png"));
    // The same key again is refused, saying under which name it is known.
    keys->findChild<QLineEdit*>(QStringLiteral("recipientName"))->setText(QStringLiteral("alice2"));
    QSignalSpy again(keys, &KeyManagerDialog::publicKeyLoaded);
    keys->loadPublicKeyFile(alice);
    QTRY_COMPARE(again.count(), 1);
    QVERIFY(!keys->addRecipient());
    QVERIFY2(message->text().contains(QLatin1String("alice")), qPrintable(message->text()));
    QCOMPARE(keys->recipients()->rowCount(), 1);

    // bob is added the same way, then removed again.
    keys->findChild<QLineEdit*>(QStringLiteral("recipientName"))->clear();
    QSignalSpy bobLoaded(keys, &KeyManagerDialog::publicKeyLoaded);
    keys->loadPublicKeyFile(QFileInfo(alice).dir().filePath(QStringLiteral("bob.pub")));
    QTRY_COMPARE(bobLoaded.count(), 1);
    QVERIFY(keys->addRecipient());
    QCOMPARE(keys->recipients()->rowCount(), 2);
    auto* table = keys->findChild<QTableView*>(QStringLiteral("recipientTable"));
    auto* remove = keys->findChild<QPushButton*>(QStringLiteral("removeRecipient"));
    QVERIFY(!remove->isEnabled());
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, RecipientKeyModel::Name).data().toString() ==
            QLatin1String("bob"))
            table->selectRow(r);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(keys->recipients()->rowCount(), 1);
    QCOMPARE(keys->recipients()->index(0, RecipientKeyModel::Name).data().toString(),
             QStringLiteral("alice"));
    QVERIFY2(message->text().contains(QLatin1String("Removed bob")), qPrintable(message->text()));
    keys->accept();
}

void TestBundlesArea::encryptedBundleCarriesC4ghFiles()
{
    const QString alice =
        test::sharedData(QStringLiteral("crypt4gh/EGA-archive_crypt4gh/tests/_common/alice.pub"));
    if (alice.isEmpty() || !QFileInfo::exists(alice))
        QSKIP("alice.pub is missing: no recipient to encrypt for (see the key manager test)");
    BundleEditor* editor = openEditor();
    QVERIFY(editor);
    QVERIFY(editor->setDestination(kDestination));
    editor->setBundleName(QStringLiteral("cf-study-encrypted"));
    QVERIFY(editor->setDatasetChecked(QStringLiteral("trio.vcf.gz"), true));
    QVERIFY(editor->setRecipientChecked(QStringLiteral("alice"), true));
    auto* note = editor->findChild<QLabel*>(QStringLiteral("bundleEncryption"));
    QVERIFY2(!note->text().contains(QLatin1String("unencrypted")) &&
                 note->text().contains(QLatin1String("Crypt4GH")),
             qPrintable(note->text()));
    QVERIFY(waitForPlan(editor));
    // The plan names the files as the bag will: encrypted.
    const QStringList planned =
        columnTexts(editor->findChild<QTableWidget*>(QStringLiteral("bundlePlanFiles")), 0);
    QVERIFY(!planned.isEmpty());
    for (const QString& p : planned)
        QVERIFY2(p.endsWith(QLatin1String(".c4gh")), qPrintable(p));
    auto* seal = editor->findChild<QPushButton*>(QStringLiteral("bundleEditorSeal"));
    QVERIFY(seal->isEnabled());
    QSignalSpy sealed(m_area, &BundlesArea::sealFinished);
    seal->click();
    QTRY_COMPARE_WITH_TIMEOUT(sealed.count(), 1, 120000);
    QVERIFY2(sealed.first().at(0).toBool(),
             qPrintable(m_area->findChild<QLabel*>(QStringLiteral("bundleMessage"))->text()));
    const qint64 id = sealed.first().at(1).toLongLong();
    const BundleRecord* b = record(id);
    QVERIFY(b);
    QCOMPARE(b->recipients.size(), 1);
    QCOMPARE(b->recipients.first().name, QStringLiteral("alice"));
    const QModelIndex row = m_area->model()->index(m_area->model()->indexOf(id), 0);
    QCOMPARE(row.siblingAtColumn(BundleListModel::State).data().toString(),
             QStringLiteral("Sealed, encrypted"));
    QCOMPARE(m_area->selectedBundle(), id);
    QTableWidget* files = m_area->detail()->files();
    int encrypted = 0;
    for (int r = 0; r < files->rowCount(); ++r) {
        const QString path = files->item(r, 0)->text();
        if (!path.startsWith(QLatin1String("data/trio/")))
            continue;
        QVERIFY2(path.endsWith(QLatin1String(".c4gh")), qPrintable(path));
        QCOMPARE(files->item(r, 2)->text(), QStringLiteral("Crypt4GH"));
        QFile f(QDir(b->path).filePath(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(8), QByteArray("crypt4gh"));
        ++encrypted;
    }
    QVERIFY(encrypted >= 2);
    QVERIFY(m_area->detail()
                ->findChild<QLabel*>(QStringLiteral("bundleFacts"))
                ->text()
                .contains(QLatin1String("alice")));
    // An encrypted bag verifies like any other.
    QSignalSpy verified(m_area, &BundlesArea::verifyFinished);
    m_area->verify(id);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 60000);
    QVERIFY(verified.first().at(0).toBool());
}

QTEST_MAIN(TestBundlesArea)
#include "test_BundlesArea.moc"
