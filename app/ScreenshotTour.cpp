#include "app/ScreenshotTour.h"

#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QCheckBox>
#include <QFile>
#include <QRandomGenerator>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTimer>

#include "models/catalog/Catalog.h"
#include "models/catalog/DatasetTableModel.h"
#include "models/common/JobManager.h"
#include "models/consent/ConsentSheetImporter.h"
#include "models/formats/DemoWorkspace.h"
#include "models/review/ReviewStore.h"
#include "models/transfer/RepositoryStore.h"
#include "models/transfer/TransferManager.h"
#include "models/transfer/TransferQueueModel.h"
#include "widgets/MainWindow.h"
#include "widgets/catalog/DatasetBrowser.h"
#include "widgets/catalog/DatasetDetailView.h"
#include "widgets/common/PreferencesDialog.h"
#include "widgets/common/Theme.h"
#include "widgets/consent/ReviewArea.h"
#include "widgets/transfer/RepositoriesArea.h"
#include "widgets/transfer/RepositoryDialog.h"
#include "widgets/transfer/TransfersArea.h"
#include "widgets/variants/VariantBrowser.h"
#include "models/variants/VariantTableModel.h"

namespace steward {

ScreenshotTour::ScreenshotTour(const QString& folder) : m_folder(QDir(folder).absolutePath())
{
    // The tour must not touch the user's settings or catalog.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_temp.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_temp.filePath(QStringLiteral("settings")));
}

ScreenshotTour::~ScreenshotTour()
{
    m_window.reset();
    m_jobs.reset();
    m_catalog.reset();
}

void ScreenshotTour::after(int ms)
{
    QTimer::singleShot(ms, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (m_steps.isEmpty()) {
        std::printf("Saved %lld screenshots in %s\n", static_cast<long long>(m_saved.size()),
                    qPrintable(m_folder));
        QApplication::exit(m_failures ? 1 : 0);
        return;
    }
    m_steps.takeFirst()();
}

void ScreenshotTour::save(QWidget* widget, const QString& name)
{
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (widget->grab().save(path)) {
        m_saved << path;
    } else {
        std::fprintf(stderr, "Could not write %s\n", qPrintable(path));
        ++m_failures;
    }
}

void ScreenshotTour::selectDataset(const QString& relativePath, int tab)
{
    DatasetTableModel* model = m_window->datasetModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const DatasetRow* r = model->recordAt(index);
        if (r->path.endsWith(QLatin1Char('/') + relativePath)) {
            const qint64 id = index.data(DatasetTableModel::IdRole).toLongLong();
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(m_window->detail(), &DatasetDetailView::loaded, this,
                                  [this, connection, tab] {
                                      disconnect(*connection);
                                      m_window->detail()->tabs()->setCurrentIndex(tab);
                                      after(300);
                                  });
            m_window->browser()->selectDataset(id);
            return;
        }
    }
    std::fprintf(stderr, "The demo workspace has no dataset %s\n", qPrintable(relativePath));
    ++m_failures;
    after(0);
}

int ScreenshotTour::run()
{
    if (!QDir().mkpath(m_folder)) {
        std::fprintf(stderr, "Cannot create %s\n", qPrintable(m_folder));
        return 1;
    }
    m_workspace = m_temp.filePath(QStringLiteral("demo-workspace"));
    QString error;
    if (!DemoWorkspace::generate(m_workspace, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    m_catalog = std::make_unique<Catalog>(m_temp.filePath(QStringLiteral("catalog.sqlite")));
    if (!m_catalog->open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    m_jobs = std::make_unique<JobManager>();
    // The first-run outbox goes to the tour's folder, not the user's application data.
    transfersettings::kOutboxFolder.setValue(m_temp.filePath(QStringLiteral("outbox")));
    m_window = std::make_unique<MainWindow>(*m_catalog, *m_jobs);
    m_window->resize(1440, 900);
    m_window->show();

    m_steps << [this] { after(300); };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("01-welcome"));
        connect(m_window.get(), &MainWindow::scanFinished, this, [this] { after(800); });
        m_window->openWorkspace(m_workspace);
    };
    m_steps << [this] {
        selectDataset(QStringLiteral("cohort/cohort.vcf.gz"), DatasetDetailView::Overview);
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("02-datasets-overview"));
        m_window->detail()->tabs()->setCurrentIndex(DatasetDetailView::Plots);
        after(300);
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("03-variant-plots"));
        m_window->detail()->tabs()->setCurrentIndex(DatasetDetailView::Header);
        m_window->detail()->findInHeader(QStringLiteral("CSQ"));
        after(300);
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("04-header"));
        m_window->detail()->tabs()->setCurrentIndex(DatasetDetailView::Samples);
        after(300);
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("05-samples"));
        for (const QString& file : DemoWorkspace::files())
            if (file.startsWith(QLatin1String("alignments/")) &&
                file.endsWith(QLatin1String(".bam")))
                return selectDataset(file, DatasetDetailView::Plots);
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("06-alignment-plots"));
        if (auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("issuesDock")))
            dock->raise();
        m_window->browser()->findBox()->setText(QStringLiteral("problems"));
        after(400);
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("07-problems-and-issues"));
        m_window->browser()->findBox()->clear();
        VariantBrowser* variants = m_window->variantBrowser();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(variants->model(), &VariantTableModel::indexFinished, this, [this, connection] {
                disconnect(*connection);
                after(600);
            });
        m_window->browseVariants(
            QDir(m_workspace).filePath(QStringLiteral("cohort/cohort.vcf.gz")));
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("08-variants"));
        VariantBrowser* variants = m_window->variantBrowser();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(variants, &VariantBrowser::filterFinished, this, [this, connection, variants] {
                disconnect(*connection);
                // Show a record in the detail pane: the first frameshift, if the filter found one.
                VariantTableModel* model = variants->model();
                QTimer::singleShot(400, this, [this, variants, model] {
                    for (int row = 0; row < model->rowCount(); ++row) {
                        if (model->index(row, VariantTableModel::Consequence)
                                .data()
                                .toString()
                                .contains(QLatin1String("frameshift"))) {
                            variants->view()->setCurrentIndex(
                                model->index(row, VariantTableModel::Gene));
                            break;
                        }
                    }
                    after(900);
                });
            });
        variants->findChild<QLineEdit*>(QStringLiteral("geneList"))
            ->setText(QStringLiteral("BRCA1 BRCA2 TP53 MLH1 CFTR"));
        variants->findChild<QCheckBox*>(QStringLiteral("patientView"))->setChecked(true);
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("09-patient-view"));
        m_window->showPage(MainWindow::ReviewPage);
        after(300);
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("10-review-empty"));
        // A steward's first review: the demo's consent sheet and two destinations.
        ConsentSheetImporter::importFile(
            *m_catalog, QDir(m_workspace).filePath(QStringLiteral("clinical/samplesheet.csv")));
        QString error;
        RepositoryStore repositories(*m_catalog);
        repositories.declare(QStringLiteral("CF registry"),
                             QStringLiteral("primary=disease;disease=MONDO:0009061;region=DE;irb"),
                             &error);
        repositories.declare(QStringLiteral("Pharma partner"),
                             QStringLiteral("primary=hmb;for-profit;commercial;region=US"), &error);
        ReviewStore reviews(*m_catalog);
        reviews.refresh(&error);
        for (const ReviewItem& item : reviews.items()) {
            if (item.datasetName == QLatin1String("trio.vcf.gz") &&
                item.repositoryName == QLatin1String("CF registry")) {
                reviews.decide(item.id, ReviewAction::StartReview, QString(), &error);
                reviews.decide(item.id, ReviewAction::Approve,
                               QStringLiteral("HMB consent covers cystic fibrosis research."),
                               &error);
            }
        }
        m_window->refresh();
        m_window->reviewArea()->reload();
        m_window->reviewArea()->showDataset(
            QDir(m_workspace).filePath(QStringLiteral("cohort/cohort.vcf.gz")),
            QStringLiteral("MRN0012388"));
        after(500);
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("11-review-consent"));
        m_window->showPage(MainWindow::DatasetsPage);
        auto* dialog = new PreferencesDialog(m_window.get());
        dialog->show();
        QTimer::singleShot(300, this, [this, dialog] {
            save(dialog, QStringLiteral("12-preferences"));
            dialog->deleteLater();
            Theme::apply(QStringLiteral("dark"));
            after(400);
        });
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("13-dark-theme"));
        Theme::apply(QStringLiteral("light"));
        // Transfers: the clinical folder delivered to the local outbox at full speed...
        m_window->showPage(MainWindow::TransfersPage);
        TransfersArea* transfers = m_window->transfersArea();
        transfers->findChild<QDoubleSpinBox*>(QStringLiteral("speedLimit"))->setValue(0);
        const qint64 outbox =
            RepositoryStore(*m_catalog).repository(RepositoryStore::defaultOutboxName())->id;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(transfers->model(), &TransferQueueModel::transferStateChanged, this,
                              [this, connection](qint64, TransferState, TransferState s) {
                                  if (s != TransferState::Delivered)
                                      return;
                                  disconnect(*connection);
                                  after(200);
                              });
        transfers->pushFolder(QDir(m_workspace).filePath(QStringLiteral("clinical")), outbox);
    };
    m_steps << [this] {
        // ...then a sequencing run under a 10 MB/s limit, and the cohort queued and paused.
        TransfersArea* transfers = m_window->transfersArea();
        transfers->findChild<QDoubleSpinBox*>(QStringLiteral("speedLimit"))->setValue(10);
        const QString run = m_temp.filePath(QStringLiteral("sequencing-run-0427"));
        QDir().mkpath(run + QStringLiteral("/qc"));
        const auto write = [](const QString& path, qint64 size) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return;
            QRandomGenerator random(42);
            QByteArray block(1 << 20, Qt::Uninitialized);
            for (qint64 left = size; left > 0; left -= block.size()) {
                random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
                f.write(block.constData(), qMin<qint64>(left, block.size()));
            }
        };
        write(run + QStringLiteral("/NA12878.cram"), qint64(96) << 20);
        write(run + QStringLiteral("/NA12878.cram.crai"), 180 << 10);
        write(run + QStringLiteral("/qc/multiqc_report.html"), 1400 << 10);
        const qint64 outbox =
            RepositoryStore(*m_catalog).repository(RepositoryStore::defaultOutboxName())->id;
        auto pushed = std::make_shared<int>(0);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(transfers, &TransfersArea::pushed, this, [this, pushed, connection](qint64 id) {
                if (++*pushed < 2)
                    return;
                disconnect(*connection);
                m_window->transferManager()->pause(id);
                after(4000);
            });
        transfers->pushFolder(run, outbox);
        QTimer::singleShot(300, this, [this, transfers, outbox] {
            transfers->pushFolder(QDir(m_workspace).filePath(QStringLiteral("cohort")), outbox);
        });
    };
    m_steps << [this] {
        TransfersArea* transfers = m_window->transfersArea();
        // The running transfer expanded to its files.
        QAbstractItemModel* model = transfers->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(TransferQueueModel::StateRole).toInt() == int(TransferState::Running))
                transfers->view()->expand(index);
        }
        after(300);
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("14-transfers"));
        m_window->transferManager()->pauseAll();
        // Repositories: the outbox, an S3 inbox and the destinations declared in Review.
        Repository s3;
        s3.name = QStringLiteral("Institutional S3");
        s3.kind = QStringLiteral("s3");
        s3.settings =
            QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("https://s3.example.org")},
                        {QStringLiteral("region"), QStringLiteral("eu-central-1")},
                        {QStringLiteral("bucket"), QStringLiteral("genomics-inbox")},
                        {QStringLiteral("prefix"), QStringLiteral("steward")},
                        {QStringLiteral("path_style"), true},
                        {QStringLiteral("access_key"), QStringLiteral("AKIAEXAMPLE")},
                        {QStringLiteral("checksum_headers"), true}};
        s3.dataUse = QStringLiteral("primary=hmb;region=EU;irb;publication");
        QString error;
        RepositoryStore(*m_catalog).save(s3, &error);
        m_window->showPage(MainWindow::RepositoriesPage);
        m_window->repositoriesArea()->reload();
        m_window->repositoriesArea()->selectRepository(s3.id);
        after(1500); // the paused transfer stops at its next block
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("15-repositories"));
        // Adding an SFTP inbox: the host key must come from the administrator.
        RepositoryDialog* dialog = m_window->repositoriesArea()->addRepository();
        dialog->findChild<QLineEdit*>(QStringLiteral("repositoryName"))
            ->setText(QStringLiteral("EGA inbox"));
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("repositoryKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("sftp")));
        dialog->findChild<QLineEdit*>(QStringLiteral("sftpHost"))
            ->setText(QStringLiteral("inbox.ega-archive.org"));
        dialog->findChild<QLineEdit*>(QStringLiteral("sftpUser"))
            ->setText(QStringLiteral("ega-box-1234"));
        dialog->findChild<QLineEdit*>(QStringLiteral("sftpPath"))->setText(QStringLiteral("inbox"));
        auto* primary = dialog->findChild<QComboBox*>(QStringLiteral("dataUsePrimary"));
        primary->setCurrentIndex(primary->findData(QStringLiteral("disease")));
        dialog->findChild<QLineEdit*>(QStringLiteral("dataUseDiseases"))
            ->setText(QStringLiteral("MONDO:0009061"));
        dialog->findChild<QLineEdit*>(QStringLiteral("dataUseRegion"))
            ->setText(QStringLiteral("EU"));
        QTimer::singleShot(400, this, [this, dialog] {
            save(dialog, QStringLiteral("16-repository-dialog"));
            dialog->reject();
            m_window->showPage(MainWindow::DatasetsPage);
            after(0);
        });
    };
    next();
    return QApplication::exec();
}

} // namespace steward
