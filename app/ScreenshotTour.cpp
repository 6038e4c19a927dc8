#include "app/ScreenshotTour.h"

#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QCheckBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include "models/catalog/Catalog.h"
#include "models/catalog/DatasetTableModel.h"
#include "models/common/JobManager.h"
#include "models/formats/DemoWorkspace.h"
#include "widgets/MainWindow.h"
#include "widgets/catalog/DatasetBrowser.h"
#include "widgets/catalog/DatasetDetailView.h"
#include "widgets/common/PreferencesDialog.h"
#include "widgets/common/Theme.h"
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
        m_window->showPage(MainWindow::DatasetsPage);
        auto* dialog = new PreferencesDialog(m_window.get());
        dialog->show();
        QTimer::singleShot(300, this, [this, dialog] {
            save(dialog, QStringLiteral("11-preferences"));
            dialog->deleteLater();
            Theme::apply(QStringLiteral("dark"));
            after(400);
        });
    };
    m_steps << [this] {
        save(m_window.get(), QStringLiteral("12-dark-theme"));
        Theme::apply(QStringLiteral("light"));
        after(0);
    };
    next();
    return QApplication::exec();
}

} // namespace steward
