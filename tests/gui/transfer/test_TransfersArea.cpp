// Drives the Transfers and Repositories pages of the real MainWindow as a steward would: the
// local outbox is there on first run, a folder repository is added and tested in its dialog,
// an S3 repository keeps its secret out of the catalog, an SFTP repository refuses to save
// without a host key, a folder is pushed (slowly, under a speed limit) and delivered
// byte-identical with its manifest while progress, speed and time left are shown and never
// run backwards or past 100%, a paused transfer resumes where it stopped, a cancelled one
// leaves no part file, and a repository whose folder is missing pauses its transfer with
// the reason on a banner.

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include "models/catalog/Catalog.h"
#include "models/common/JobManager.h"
#include "models/transfer/RepositoryStore.h"
#include "models/transfer/SecretStore.h"
#include "models/transfer/TransferEngine.h"
#include "models/transfer/TransferManager.h"
#include "models/transfer/TransferQueueModel.h"
#include "models/transfer/TransferStore.h"
#include "widgets/MainWindow.h"
#include "widgets/transfer/RepositoriesArea.h"
#include "widgets/transfer/RepositoryDialog.h"
#include "widgets/transfer/TransfersArea.h"

using namespace steward;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

bool writeRandom(const QString& path, qint64 size, quint32 seed)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(seed);
    QByteArray block(int(qMin<qint64>(size, kMiB)), Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        const int n = int(qMin<qint64>(left, block.size()));
        random.fillRange(reinterpret_cast<quint32*>(block.data()), n / 4);
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

QStringList partFiles(const QString& root)
{
    QStringList found;
    QDirIterator it(root, {QStringLiteral("*.steward-part")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

/** What a user saw of one transfer while it ran: every value the model showed. */
struct Observed
{
    QVector<double> percents;
    QVector<qint64> done;
    QStringList progressTexts;
    bool sawSpeed = false;
    bool sawEta = false;
    QString summaryWhileRunning;
    QVector<qint64> signalled; // the manager's own progress reports
    QVector<qint64> etas;      // seconds left while sending, as shown
};

} // namespace

class TestTransfersArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void defaultOutboxExists();
    void addFolderRepositoryInTheDialog();
    void secretStaysOutOfTheCatalog();
    void sftpNeedsAHostKeyCheckedByTheUser();
    void pushDeliversByteIdenticalFiles();
    void pauseThenResumeContinues();
    void cancelLeavesNoPartFile();
    void missingFolderPausesWithAClearError();
    void modelsPassTheTester();

private:
    RepositoryDialog* openAddDialog();
    QString makeSource(const QString& name, qint64 bigSize);
    /** Watches a transfer in the model and the manager, into m_seen, until the next call. */
    void observe(qint64 id);
    void stopObserving();
    TransferState stateOf(qint64 id) const;
    qint64 repositoryId(const QString& name) const;
    qint64 push(const QString& folder, qint64 repository);
    void verifyDelivered(const QString& source, const QString& destination);

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<MainWindow> m_window;
    TransfersArea* m_transfers = nullptr;
    RepositoriesArea* m_repositories = nullptr;
    QList<QMetaObject::Connection> m_observers;
    Observed m_seen;
    QString m_labShare;
};

void TestTransfersArea::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // The outbox goes to the application-data folder: a temporary one here.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    qputenv("STEWARD_SECRETS_FILE",
            QFile::encodeName(m_dir.filePath(QStringLiteral("secrets.enc"))));
    qputenv("STEWARD_SECRETS_PASSPHRASE", "correct horse battery staple");
    QString error;
    m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY2(m_catalog->open(&error), qPrintable(error));
    m_jobs = std::make_unique<JobManager>();
    m_window = std::make_unique<MainWindow>(*m_catalog, *m_jobs);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_transfers = m_window->transfersArea();
    m_repositories = m_window->repositoriesArea();
    QVERIFY(m_transfers && m_repositories && m_window->transferManager());
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    new QAbstractItemModelTester(m_transfers->model(), mode, this);
    new QAbstractItemModelTester(m_transfers->view()->model(), mode, this);
    new QAbstractItemModelTester(m_repositories->model(), mode, this);
    m_labShare = m_dir.filePath(QStringLiteral("lab-share"));
    QVERIFY(QDir().mkpath(m_labShare));
}

void TestTransfersArea::cleanupTestCase()
{
    stopObserving();
    m_window.reset();
    m_jobs.reset();
    m_catalog.reset();
}

TransferState TestTransfersArea::stateOf(qint64 id) const
{
    const TransferQueueModel* model = m_transfers->model();
    const TransferRecord* r = model->recordAt(model->index(model->indexOf(id), 0));
    return r ? r->state : TransferState::Queued;
}

qint64 TestTransfersArea::repositoryId(const QString& name) const
{
    const std::optional<Repository> r = RepositoryStore(*m_catalog).repository(name);
    return r ? r->id : 0;
}

QString TestTransfersArea::makeSource(const QString& name, qint64 bigSize)
{
    const QString root = m_dir.filePath(QStringLiteral("sources/") + name);
    const quint32 seed = quint32(qHash(name));
    if (!writeRandom(root + QStringLiteral("/README.txt"), 700, seed) ||
        !writeRandom(root + QStringLiteral("/calls/sample.vcf.gz"), 1 * kMiB + 123, seed + 1) ||
        !writeRandom(root + QStringLiteral("/reads.cram"), bigSize, seed + 2))
        return QString();
    return root;
}

qint64 TestTransfersArea::push(const QString& folder, qint64 repository)
{
    QSignalSpy pushed(m_transfers, &TransfersArea::pushed);
    QSignalSpy failed(m_transfers, &TransfersArea::pushFailed);
    m_transfers->pushFolder(folder, repository);
    if (!QTest::qWaitFor([&] { return pushed.count() + failed.count() > 0; }, 20000))
        return 0;
    if (!failed.isEmpty()) {
        qWarning("push failed: %s", qPrintable(failed.first().first().toString()));
        return 0;
    }
    const qint64 id = pushed.first().first().toLongLong();
    if (!QTest::qWaitFor([&] { return m_transfers->model()->indexOf(id) >= 0; }, 10000))
        return 0;
    return id;
}

void TestTransfersArea::stopObserving()
{
    for (const QMetaObject::Connection& c : std::as_const(m_observers))
        disconnect(c);
    m_observers.clear();
}

void TestTransfersArea::observe(qint64 id)
{
    stopObserving();
    m_seen = Observed();
    Observed* seen = &m_seen;
    TransferQueueModel* model = m_transfers->model();
    const auto sample = [this, model, id, seen] {
        const int row = model->indexOf(id);
        if (row < 0)
            return;
        const QModelIndex index = model->index(row, 0);
        seen->percents << index.data(TransferQueueModel::PercentRole).toDouble();
        seen->done << index.data(TransferQueueModel::DoneRole).toLongLong();
        seen->progressTexts << model->index(row, TransferQueueModel::Progress).data().toString();
        if (index.data(TransferQueueModel::StateRole).toInt() == int(TransferState::Running)) {
            if (!model->index(row, TransferQueueModel::Speed).data().toString().isEmpty())
                seen->sawSpeed = true;
            if (!model->index(row, TransferQueueModel::Eta).data().toString().isEmpty())
                seen->sawEta = true;
            const qint64 eta = index.data(TransferQueueModel::EtaRole).toLongLong();
            if (eta >= 0)
                seen->etas << eta;
            if (seen->summaryWhileRunning.isEmpty() && seen->sawEta)
                seen->summaryWhileRunning = m_transfers->summaryText();
        }
    };
    m_observers << connect(model, &QAbstractItemModel::dataChanged, this, sample);
    m_observers << connect(
        m_window->transferManager(), &TransferManager::progress, this,
        [id, seen](qint64 transfer, qint64 done, qint64, double, const QString&) {
            if (transfer == id)
                seen->signalled << done;
        });
}

void TestTransfersArea::verifyDelivered(const QString& source, const QString& destination)
{
    // Every file arrived with the same bytes, and the manifest lists each one's SHA-256.
    QFile manifestFile(destination + QLatin1Char('/') +
                       QLatin1String(TransferEngine::kManifestName));
    QVERIFY2(manifestFile.open(QIODevice::ReadOnly), qPrintable(manifestFile.fileName()));
    const QStringList lines =
        QString::fromUtf8(manifestFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(source).relativeFilePath(path);
        const QString copy = destination + QLatin1Char('/') + rel;
        QVERIFY2(QFileInfo::exists(copy), qPrintable(copy));
        QCOMPARE(QFileInfo(copy).size(), QFileInfo(path).size());
        const QByteArray digest = sha256Of(path);
        QCOMPARE(sha256Of(copy), digest);
        QVERIFY2(lines.contains(QString::fromLatin1(digest) + QStringLiteral("  ") + rel),
                 qPrintable(rel));
        ++files;
    }
    QCOMPARE(lines.size(), files);
    QVERIFY2(partFiles(destination).isEmpty(), qPrintable(partFiles(destination).join(' ')));
}

RepositoryDialog* TestTransfersArea::openAddDialog()
{
    m_window->showPage(MainWindow::RepositoriesPage);
    auto* add = m_repositories->findChild<QPushButton*>(QStringLiteral("addRepository"));
    if (!add)
        return nullptr;
    add->click();
    RepositoryDialog* dialog = nullptr;
    (void)QTest::qWaitFor([&] {
        for (RepositoryDialog* d : m_repositories->findChildren<RepositoryDialog*>())
            if (d->isVisible())
                dialog = d;
        return dialog != nullptr;
    });
    return dialog;
}

void TestTransfersArea::defaultOutboxExists()
{
    const QString expected = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                 .filePath(QStringLiteral("outbox"));
    QVERIFY2(expected.startsWith(m_dir.path()), qPrintable(expected));
    const QVector<Repository> all = RepositoryStore(*m_catalog).repositories();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, QStringLiteral("Local outbox"));
    QCOMPARE(all.first().kind, QStringLiteral("folder"));
    QCOMPARE(all.first().settings.value(QStringLiteral("path")).toString(),
             QDir::cleanPath(expected));
    QVERIFY(all.first().dataUse.isEmpty()); // declares no use: nothing is reviewed against it
    QVERIFY(QFileInfo(expected).isDir());

    // Seen on the Repositories page; the Transfers page starts empty with its button.
    m_window->showPage(MainWindow::RepositoriesPage);
    QCOMPARE(m_repositories->model()->rowCount(), 1);
    QCOMPARE(m_repositories->model()->index(0, RepositoriesArea::Name).data().toString(),
             QStringLiteral("Local outbox"));
    QCOMPARE(m_repositories->model()->index(0, RepositoriesArea::Where).data().toString(),
             QDir::cleanPath(expected));
    m_window->showPage(MainWindow::TransfersPage);
    auto* stack = m_transfers->findChild<QStackedWidget*>();
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("transfersEmpty"));
    QVERIFY(m_transfers->summaryText().isEmpty());
}

void TestTransfersArea::addFolderRepositoryInTheDialog()
{
    RepositoryDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("repositoryName"))
        ->setText(QStringLiteral("Lab share"));
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("repositoryKind"));
    // Every kind the command line knows is offered.
    for (const char* k : {"folder", "sftp", "s3", "webdav"})
        QVERIFY2(kind->findData(QLatin1String(k)) >= 0, k);
    kind->setCurrentIndex(kind->findData(QStringLiteral("folder")));
    auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("folderPath"));
    QVERIFY(path->isVisible());
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("repositorySecret"))->isVisible());
    auto* primary = dialog->findChild<QComboBox*>(QStringLiteral("dataUsePrimary"));
    primary->setCurrentIndex(primary->findData(QStringLiteral("hmb")));

    // A folder that is not there: the test says so, inline.
    path->setText(m_dir.filePath(QStringLiteral("no-such-drive")));
    QSignalSpy tested(dialog, &RepositoryDialog::testFinished);
    dialog->findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
    QTRY_COMPARE(tested.count(), 1);
    QCOMPARE(tested.first().at(0).toBool(), false);
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("testResult"));
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QLatin1String("does not exist")), qPrintable(result->text()));

    // The real folder works.
    path->setText(m_labShare);
    dialog->findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
    QTRY_COMPARE(tested.count(), 2);
    QVERIFY2(tested.last().at(0).toBool(), qPrintable(tested.last().at(1).toString()));
    QVERIFY2(result->text().contains(QLatin1String("works")) &&
                 result->text().contains(QLatin1String("free")),
             qPrintable(result->text()));
    QVERIFY(!QFileInfo::exists(m_labShare + QStringLiteral("/.steward-write-test")));

    QSignalSpy saved(dialog, &RepositoryDialog::saved);
    QPointer<RepositoryDialog> guard(dialog);
    dialog->findChild<QPushButton*>(QStringLiteral("saveRepository"))->click();
    QTRY_COMPARE(saved.count(), 1);
    QTRY_VERIFY(!guard || !guard->isVisible());

    const std::optional<Repository> r =
        RepositoryStore(*m_catalog).repository(QStringLiteral("Lab share"));
    QVERIFY(r);
    QCOMPARE(r->kind, QStringLiteral("folder"));
    QCOMPARE(r->settings.value(QStringLiteral("path")).toString(), m_labShare);
    QVERIFY2(r->dataUse.startsWith(QLatin1String("primary=hmb")), qPrintable(r->dataUse));
    QCOMPARE(m_repositories->model()->rowCount(), 2);
    QCOMPARE(m_repositories->selectedRepository(), r->id);

    // The saved repository tests from the list too.
    QSignalSpy listTested(m_repositories, &RepositoriesArea::tested);
    m_repositories->findChild<QPushButton*>(QStringLiteral("testRepository"))->click();
    QTRY_COMPARE(listTested.count(), 1);
    QVERIFY(listTested.first().at(1).toBool());
    QVERIFY2(m_repositories->bannerText().contains(QLatin1String("works")),
             qPrintable(m_repositories->bannerText()));
}

void TestTransfersArea::secretStaysOutOfTheCatalog()
{
    const QString secret = QStringLiteral("wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY");
    RepositoryDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("repositoryName"))
        ->setText(QStringLiteral("Object store"));
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("repositoryKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("s3")));
    auto* secretEdit = dialog->findChild<QLineEdit*>(QStringLiteral("repositorySecret"));
    QVERIFY(secretEdit->isVisible());
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);

    // Incomplete settings are named before anything is saved.
    QSignalSpy saved(dialog, &RepositoryDialog::saved);
    dialog->findChild<QPushButton*>(QStringLiteral("saveRepository"))->click();
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("repositoryError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("endpoint")), qPrintable(error->text()));
    QCOMPARE(saved.count(), 0);

    dialog->findChild<QLineEdit*>(QStringLiteral("s3Endpoint"))
        ->setText(QStringLiteral("http://127.0.0.1:9"));
    dialog->findChild<QLineEdit*>(QStringLiteral("s3Bucket"))->setText(QStringLiteral("inbox"));
    dialog->findChild<QLineEdit*>(QStringLiteral("s3AccessKey"))
        ->setText(QStringLiteral("AKIAEXAMPLE"));
    secretEdit->setText(secret);

    // A certificate authority file that holds no certificate is named before anything is saved.
    const QString notPem = QDir(m_dir.path()).filePath(QStringLiteral("not-a-ca.pem"));
    {
        QFile f(notPem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate\n");
    }
    auto* caFile = dialog->findChild<QLineEdit*>(QStringLiteral("s3CaFile"));
    QVERIFY(caFile && caFile->isVisible());
    caFile->setText(notPem);
    dialog->findChild<QPushButton*>(QStringLiteral("saveRepository"))->click();
    QTRY_VERIFY2(error->text().contains(QLatin1String("holds no PEM certificate")),
                 qPrintable(error->text()));
    QCOMPARE(saved.count(), 0);
    caFile->clear();

    // Nothing listens there: the test fails with a message, not a hang or a crash.
    QSignalSpy tested(dialog, &RepositoryDialog::testFinished);
    dialog->findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 60000);
    QCOMPARE(tested.first().at(0).toBool(), false);
    QVERIFY(!tested.first().at(1).toString().isEmpty());

    QPointer<RepositoryDialog> guard(dialog);
    dialog->findChild<QPushButton*>(QStringLiteral("saveRepository"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QTRY_VERIFY(!guard || !guard->isVisible());

    const std::optional<Repository> r =
        RepositoryStore(*m_catalog).repository(QStringLiteral("Object store"));
    QVERIFY(r);
    QCOMPARE(r->settings.value(QStringLiteral("access_key")).toString(),
             QStringLiteral("AKIAEXAMPLE"));
    QCOMPARE(r->settings.value(QStringLiteral("checksum_headers")).toBool(), true);
    // In the secrets file, and nowhere in the catalog's files.
    SecretStore store;
    QString stored;
    QString readError;
    QVERIFY2(
        store.read(SecretStore::repositoryKey(QStringLiteral("Object store")), &stored, &readError),
        qPrintable(readError));
    QCOMPARE(stored, secret);
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(m_catalog->path() + suffix);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
    }
    QFile secrets(SecretStore::filePath());
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(!secrets.readAll().contains(secret.toUtf8()));
}

void TestTransfersArea::sftpNeedsAHostKeyCheckedByTheUser()
{
    RepositoryDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("repositoryName"))
        ->setText(QStringLiteral("EGA inbox"));
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("repositoryKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("sftp")));
    auto* hint = dialog->findChild<QLabel*>(QStringLiteral("sftpFingerprintHint"));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QLatin1String("Required")));
    dialog->findChild<QLineEdit*>(QStringLiteral("sftpHost"))->setText(QStringLiteral("127.0.0.1"));
    dialog->findChild<QSpinBox*>(QStringLiteral("sftpPort"))->setValue(1);
    dialog->findChild<QLineEdit*>(QStringLiteral("sftpUser"))->setText(QStringLiteral("ega-box-1"));

    QSignalSpy saved(dialog, &RepositoryDialog::saved);
    dialog->findChild<QPushButton*>(QStringLiteral("saveRepository"))->click();
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("repositoryError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("host key fingerprint")),
             qPrintable(error->text()));
    QCOMPARE(saved.count(), 0);

    // Fetching from a port where nothing listens reports it and trusts nothing.
    auto* fingerprint = dialog->findChild<QLineEdit*>(QStringLiteral("sftpFingerprint"));
    QSignalSpy fetched(dialog, &RepositoryDialog::hostKeyFetched);
    dialog->findChild<QPushButton*>(QStringLiteral("fetchHostKey"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 30000);
    QCOMPARE(fetched.first().at(0).toBool(), false);
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("acceptHostKey"))->isVisible());
    QVERIFY(fingerprint->text().isEmpty());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("hostKeyResult"))->isVisible());

    // A fingerprint in the wrong form is refused with how to get the right one.
    fingerprint->setText(QStringLiteral("ab:cd:ef"));
    QVERIFY(!hint->isVisible());
    dialog->findChild<QPushButton*>(QStringLiteral("saveRepository"))->click();
    QTRY_VERIFY(error->text().contains(QLatin1String("SHA256:")));
    QCOMPARE(saved.count(), 0);
    dialog->reject();
    QVERIFY(!RepositoryStore(*m_catalog).repository(QStringLiteral("EGA inbox")));
}

void TestTransfersArea::pushDeliversByteIdenticalFiles()
{
    const QString source = makeSource(QStringLiteral("run-0427"), 30 * kMiB);
    QVERIFY(!source.isEmpty());
    m_window->showPage(MainWindow::TransfersPage);
    // Slow enough to watch: 10 MB/s over all files.
    m_transfers->findChild<QDoubleSpinBox*>(QStringLiteral("speedLimit"))->setValue(10);
    QCOMPARE(m_window->transferManager()->bandwidthLimit(), 10 * kMiB);

    // Through the dialog, as a user would.
    m_transfers->findChild<QAction*>(QStringLiteral("actionPushFolder"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_transfers->findChild<QDialog*>(QStringLiteral("pushDialog"))));
    dialog->findChild<QLineEdit*>(QStringLiteral("pushFolder"))->setText(source);
    auto* repository = dialog->findChild<QComboBox*>(QStringLiteral("pushRepository"));
    const int lab = repository->findData(repositoryId(QStringLiteral("Lab share")));
    QVERIFY(lab >= 0);
    repository->setCurrentIndex(lab);
    QSignalSpy pushed(m_transfers, &TransfersArea::pushed);
    QSignalSpy notified(m_transfers, &TransfersArea::notified);
    dialog->findChild<QPushButton*>(QStringLiteral("pushConfirm"))->click();
    QTRY_COMPARE(pushed.count(), 1);
    const qint64 id = pushed.first().first().toLongLong();
    observe(id);
    const Observed& seen = m_seen;
    QTRY_VERIFY(m_transfers->model()->indexOf(id) >= 0);
    QTRY_COMPARE(m_transfers->selectedTransfer(), id);
    auto* stack = m_transfers->findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget(), m_transfers->view());

    QTRY_COMPARE_WITH_TIMEOUT(int(stateOf(id)), int(TransferState::Delivered), 90000);
    stopObserving();

    // What the user saw: steady progress up to exactly 100%, speed and time left shown.
    QVERIFY(!seen.percents.isEmpty());
    for (int i = 0; i < seen.percents.size(); ++i) {
        QVERIFY2(seen.percents[i] <= 100.0, qPrintable(QString::number(seen.percents[i])));
        if (i > 0) {
            QVERIFY2(seen.percents[i] >= seen.percents[i - 1], qPrintable(QString::number(i)));
            QVERIFY(seen.done[i] >= seen.done[i - 1]);
        }
        QVERIFY(QString(seen.progressTexts[i]).remove(QLatin1Char(0x25)).toInt() <= 100);
    }
    QVERIFY2(seen.percents.size() > 5, "progress was reported only a few times");
    QVERIFY2(seen.sawSpeed, "no speed was shown while sending");
    QVERIFY2(seen.sawEta, "no time left was shown while sending");
    // Time left counts down steadily: no jumps back up.
    for (int i = 1; i < seen.etas.size(); ++i)
        QVERIFY2(seen.etas[i] <= seen.etas[i - 1] + 2,
                 qPrintable(QStringLiteral("time left went from %1 s to %2 s")
                                .arg(seen.etas[i - 1])
                                .arg(seen.etas[i])));
    QVERIFY2(seen.summaryWhileRunning.contains(QLatin1String("1 transfer")) &&
                 seen.summaryWhileRunning.contains(QLatin1String("/s")) &&
                 seen.summaryWhileRunning.contains(QLatin1String("left")),
             qPrintable(seen.summaryWhileRunning));
    const int row = m_transfers->model()->indexOf(id);
    const QModelIndex index = m_transfers->model()->index(row, 0);
    QCOMPARE(m_transfers->model()->index(row, TransferQueueModel::Progress).data().toString(),
             QStringLiteral("100%"));
    QVERIFY(m_transfers->model()->index(row, TransferQueueModel::Eta).data().toString().isEmpty());
    QCOMPARE(index.data().toString(), QStringLiteral("run-0427"));

    // Expanding the transfer lists its files, each verified.
    QCOMPARE(m_transfers->model()->rowCount(index), 3);
    QTRY_VERIFY(
        m_transfers->model()->index(0, TransferQueueModel::State, index).data().toString() ==
        QStringLiteral("Verified"));
    for (int f = 0; f < 3; ++f)
        QCOMPARE(m_transfers->model()->index(f, TransferQueueModel::State, index).data().toString(),
                 QStringLiteral("Verified"));
    m_transfers->view()->expand(m_transfers->view()->model()->index(0, 0));

    verifyDelivered(source, m_labShare + QStringLiteral("/run-0427"));
    QTRY_VERIFY(!notified.isEmpty());
    QVERIFY2(notified.last().first().toString().contains(QLatin1String("delivered")),
             qPrintable(notified.last().first().toString()));
    QVERIFY(m_transfers->bannerText().isEmpty());
    QTRY_VERIFY(m_transfers->summaryText().isEmpty());
}

void TestTransfersArea::pauseThenResumeContinues()
{
    const QString source = makeSource(QStringLiteral("run-0428"), 30 * kMiB);
    QVERIFY(!source.isEmpty());
    const qint64 id = push(source, repositoryId(QStringLiteral("Lab share")));
    QVERIFY(id > 0);
    observe(id);
    const Observed& seen = m_seen;
    TransferQueueModel* model = m_transfers->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->percent(id) > 25.0, 60000);
    QCOMPARE(int(stateOf(id)), int(TransferState::Running));

    m_transfers->selectTransfer(id);
    auto* pause = m_transfers->findChild<QAction*>(QStringLiteral("actionPauseTransfer"));
    QVERIFY(pause->isEnabled());
    pause->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(int(stateOf(id)), int(TransferState::Paused), 20000);
    // Paused by the user: no alarm.
    QVERIFY(m_transfers->bannerText().isEmpty());
    const qint64 shownAtPause = model->shownDone(id);
    const std::optional<TransferRecord> atPause = TransferStore(*m_catalog).transfer(id);
    QVERIFY(atPause);
    QVERIFY2(atPause->doneBytes > 0, "the pause kept no progress");
    QVERIFY(atPause->doneBytes < atPause->totalBytes);
    QVERIFY(!QFileInfo::exists(m_labShare + QStringLiteral("/run-0428/reads.cram")));
    // Stays paused.
    QTest::qWait(1500);
    QCOMPARE(int(stateOf(id)), int(TransferState::Paused));
    QCOMPARE(model->shownDone(id), shownAtPause);

    const int reportsBefore = int(seen.signalled.size());
    auto* resume = m_transfers->findChild<QAction*>(QStringLiteral("actionResumeTransfer"));
    QTRY_VERIFY(resume->isEnabled());
    resume->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(int(stateOf(id)), int(TransferState::Delivered), 90000);
    stopObserving();

    // After the resume the transfer went on from where it was, never from zero.
    const QVector<qint64> after = seen.signalled.mid(reportsBefore);
    QVERIFY2(!after.isEmpty(), "no progress was reported after the resume");
    const qint64 lowest = *std::min_element(after.cbegin(), after.cend());
    QVERIFY2(lowest >= atPause->doneBytes,
             qPrintable(QStringLiteral("resumed at %1 after pausing at %2")
                            .arg(lowest)
                            .arg(atPause->doneBytes)));
    for (int i = 1; i < seen.done.size(); ++i)
        QVERIFY2(seen.done[i] >= seen.done[i - 1], qPrintable(QString::number(i)));
    for (const double p : std::as_const(seen.percents))
        QVERIFY(p <= 100.0);
    // Not re-sent: the bytes written over all attempts stay close to the file sizes.
    qint64 sent = 0;
    for (const TransferFileRecord& f : TransferStore(*m_catalog).files(id))
        sent += f.sentBytes;
    QVERIFY2(sent < atPause->totalBytes + atPause->totalBytes / 4,
             qPrintable(QStringLiteral("%1 bytes sent for %2").arg(sent).arg(atPause->totalBytes)));
    verifyDelivered(source, m_labShare + QStringLiteral("/run-0428"));
}

void TestTransfersArea::cancelLeavesNoPartFile()
{
    const QString source = makeSource(QStringLiteral("run-0429"), 30 * kMiB);
    QVERIFY(!source.isEmpty());
    const qint64 id = push(source, repositoryId(QStringLiteral("Lab share")));
    QVERIFY(id > 0);
    TransferQueueModel* model = m_transfers->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->percent(id) > 15.0, 60000);
    const QString destination = m_labShare + QStringLiteral("/run-0429");
    QVERIFY2(!partFiles(destination).isEmpty(), "no part file while sending");

    m_transfers->selectTransfer(id);
    auto* cancel = m_transfers->findChild<QAction*>(QStringLiteral("actionCancelTransfer"));
    QVERIFY(cancel->isEnabled());
    cancel->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(int(stateOf(id)), int(TransferState::Cancelled), 20000);
    QTRY_VERIFY2(partFiles(destination).isEmpty(), qPrintable(partFiles(destination).join(' ')));
    QVERIFY(!QFileInfo::exists(destination + QStringLiteral("/reads.cram")));
    QVERIFY(!QFileInfo::exists(destination + QLatin1Char('/') +
                               QLatin1String(TransferEngine::kManifestName)));
    // Cancelled is final here: Retry offers to start again, Cancel and Pause do not apply.
    QTRY_VERIFY(!cancel->isEnabled());
    QVERIFY(!m_transfers->findChild<QAction*>(QStringLiteral("actionPauseTransfer"))->isEnabled());
    QVERIFY(m_transfers->findChild<QAction*>(QStringLiteral("actionRetryTransfer"))->isEnabled());
}

void TestTransfersArea::missingFolderPausesWithAClearError()
{
    // An unplugged drive: the repository's folder is not there.
    m_window->showPage(MainWindow::TransfersPage);
    const QString drive = m_dir.filePath(QStringLiteral("usb-drive"));
    Repository r;
    r.name = QStringLiteral("USB drive");
    r.kind = QStringLiteral("folder");
    r.settings = QJsonObject{{QStringLiteral("path"), drive + QStringLiteral("/inbox")}};
    r.dataUse = QStringLiteral("primary=gru");
    QString error;
    QVERIFY2(RepositoryStore(*m_catalog).save(r, &error), qPrintable(error));
    m_transfers->findChild<QDoubleSpinBox*>(QStringLiteral("speedLimit"))->setValue(0);

    const QString source = makeSource(QStringLiteral("run-0430"), 2 * kMiB);
    QSignalSpy notified(m_transfers, &TransfersArea::notified);
    const qint64 id = push(source, r.id);
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == TransferState::Paused ||
                                 stateOf(id) == TransferState::Failed ||
                                 stateOf(id) == TransferState::Delivered,
                             60000);
    QCOMPARE(int(stateOf(id)), int(TransferState::Paused));
    QVERIFY2(!QFileInfo::exists(drive), "Steward created the missing drive's folder");

    // The banner quotes the transfer's own message; the user is notified.
    const std::optional<TransferRecord> t = TransferStore(*m_catalog).transfer(id);
    QVERIFY(t);
    QVERIFY(!t->errorKind.isEmpty());
    QVERIFY(!t->error.isEmpty());
    QTRY_VERIFY(m_transfers->bannerText().contains(t->error));
    QVERIFY(m_transfers->bannerText().contains(QLatin1String("paused")));
    QVERIFY(m_transfers->findChild<QWidget*>(QStringLiteral("transfersBanner"))->isVisible());
    QTRY_VERIFY(!notified.isEmpty());
    QVERIFY2(notified.last().first().toString().contains(QLatin1String("needs attention")),
             qPrintable(notified.last().first().toString()));
    QVERIFY(m_transfers->summaryText().contains(QLatin1String("attention")));

    // "Edit repository…" opens that repository's dialog on the Repositories page.
    m_transfers->findChild<QPushButton*>(QStringLiteral("bannerEditRepository"))->click();
    RepositoryDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_repositories->findChild<RepositoryDialog*>()) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("repositoryName"))->text(),
             QStringLiteral("USB drive"));
    dialog->reject();
    m_window->showPage(MainWindow::TransfersPage);

    // The drive comes back; Resume on the banner delivers.
    QVERIFY(QDir().mkpath(drive + QStringLiteral("/inbox")));
    m_transfers->findChild<QPushButton*>(QStringLiteral("bannerResume"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(int(stateOf(id)), int(TransferState::Delivered), 60000);
    QTRY_VERIFY(m_transfers->bannerText().isEmpty());
    verifyDelivered(source, drive + QStringLiteral("/inbox/run-0430"));
}

void TestTransfersArea::modelsPassTheTester()
{
    // A fresh tester walks the whole populated tree (transfers and their files) at once.
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    TransferQueueModel* model = m_transfers->model();
    QVERIFY(model->rowCount() >= 4);
    QAbstractItemModelTester tree(model, mode);
    QAbstractItemModelTester proxy(m_transfers->view()->model(), mode);
    QAbstractItemModelTester repositories(m_repositories->model(), mode);
    // A transfer's files are its children; files have none.
    const QModelIndex transfer = model->index(0, 0);
    QVERIFY(model->hasChildren(transfer));
    const QModelIndex file = model->index(0, 0, transfer);
    QCOMPARE(model->parent(file), transfer);
    QVERIFY(!model->hasChildren(file));
    QVERIFY(model->data(file, TransferQueueModel::IsFileRole).toBool());
    // Sorting by progress keeps every transfer and its files.
    m_transfers->view()->sortByColumn(TransferQueueModel::Progress, Qt::DescendingOrder);
    QCOMPARE(m_transfers->view()->model()->rowCount(), model->rowCount());
}

QTEST_MAIN(TestTransfersArea)
#include "test_TransfersArea.moc"
