#include "widgets/variants/VariantBrowser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QStyledItemDelegate>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QDir>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <htslib/vcf.h>

#include "models/common/JobManager.h"
#include "models/variants/VariantCacheCopy.h"
#include "models/variants/VariantExportJob.h"
#include "models/variants/VariantTableModel.h"
#include "widgets/variants/VariantDetailPane.h"

namespace steward {
namespace {

/** An explicit "chr:start-end" (not a bare name, which may be a gene); end 0 otherwise. */
VariantQuickFilters::Interval regionInterval(const QString& text)
{
    VariantQuickFilters::Interval interval;
    bool contigOnly = true;
    if (!VariantQuickFilters::parseRegion(text, &interval, &contigOnly) || contigOnly)
        return {};
    return interval;
}

/** A malformed record stays in the table, in red; its tooltip says what is wrong. */
class ErrorRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(VariantTableModel::ErrorRole).toString().isEmpty())
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    }
};

} // namespace

VariantBrowser::VariantBrowser(JobManager& jobs, const Catalog* catalog, QWidget* parent)
    : QWidget(parent), m_jobs(jobs), m_model(new VariantTableModel(this)),
      m_view(new QTableView(this)), m_detail(new VariantDetailPane(this))
{
    m_model->setCatalog(catalog);
    setObjectName(QStringLiteral("variantBrowser"));
    buildControls();
    m_view->setObjectName(QStringLiteral("variantTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new ErrorRowDelegate(m_view));
    auto* copy = new QAction(tr("Copy rows"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedRowsText()); });
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Widths in characters, for what each column usually holds.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('n'));
    const int widths[] = {6, 11, 12, 8, 8, 9, 9, 9, 22, 10, 18, 18, 24, 7, 26, 12, 7, 10, 6, 13, 6};
    static_assert(sizeof(widths) / sizeof(widths[0]) == VariantTableModel::ColumnCount,
                  "a width per column");
    for (int c = 0; c < VariantTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c] * em + 12);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &VariantBrowser::showHeaderMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this,
            [this] { saveColumns(); });
    connect(m_model, &VariantTableModel::opened, this, &VariantBrowser::fileOpened);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const qint64 ordinal = current.data(VariantTableModel::OrdinalRole).toLongLong();
                if (!current.isValid() || ordinal < 0)
                    return;
                qint64 offset = -1, first = -1;
                m_model->blockLocation(ordinal, &offset, &first);
                m_detail->showRecord(m_model->path(), ordinal, m_sample->currentData().toInt(),
                                     offset, first);
            });
    connect(m_model, &VariantTableModel::indexProgress, this, &VariantBrowser::updateStatus);
    connect(m_model, &VariantTableModel::indexFinished, this, &VariantBrowser::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &VariantBrowser::updateStatus);
    connect(m_model, &VariantTableModel::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
}

VariantBrowser::~VariantBrowser()
{
    if (m_filterJob)
        m_jobs.cancel(m_filterJobId);
}

void VariantBrowser::buildControls()
{
    m_file = new QLabel(tr("No file open"), this);
    QFont bold = m_file->font();
    bold.setBold(true);
    m_file->setFont(bold);
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("goToRegion"));
    m_region->setPlaceholderText(tr("Go to chr:start-end, a contig or a gene"));
    m_region->setClearButtonEnabled(true);
    m_region->setMinimumWidth(260);
    m_sample = new QComboBox(this);
    m_sample->setObjectName(QStringLiteral("sampleChooser"));
    m_sample->setMinimumContentsLength(16);
    m_patient = new QCheckBox(tr("Patient view"), this);
    m_patient->setObjectName(QStringLiteral("patientView"));
    m_patient->setToolTip(
        tr("Only the variants the selected sample carries, genotype columns first"));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportVariants"));
    exportButton->setToolTip(tr("Save the rows and columns shown as TSV or CSV"));

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("filterMode"));
    m_mode->addItem(tr("Include"), false);
    m_mode->addItem(tr("Exclude"), true);
    m_expression = new QLineEdit(this);
    m_expression->setObjectName(QStringLiteral("filterExpression"));
    m_expression->setPlaceholderText(tr(
        "bcftools expression, e.g. QUAL>=30 && FILTER=\"PASS\" && INFO/AF<0.01 (Enter to apply)"));
    m_expression->setClearButtonEnabled(true);
    m_expression->setToolTip(
        tr("As bcftools view -i/-e. Per-sample tests: '&' means in the same sample, '&&' in any "
           "samples; in patient view they look at the selected sample only."));
    auto* apply = new QPushButton(tr("Apply"), this);
    apply->setObjectName(QStringLiteral("applyFilter"));

    m_pass = new QCheckBox(tr("PASS only"), this);
    m_pass->setObjectName(QStringLiteral("passOnly"));
    m_impact = new QComboBox(this);
    m_impact->setObjectName(QStringLiteral("minimumImpact"));
    m_impact->addItem(tr("Any impact"), 0);
    m_impact->addItem(tr("Impact ≥ MODERATE"), 3);
    m_impact->addItem(tr("Impact HIGH"), 4);
    m_clinVar = new QCheckBox(tr("ClinVar pathogenic/likely pathogenic"), this);
    m_clinVar->setObjectName(QStringLiteral("clinVarPathogenic"));
    m_rare = new QCheckBox(tr("Rare: population AF <"), this);
    m_rare->setObjectName(QStringLiteral("rare"));
    m_rareThreshold = new QDoubleSpinBox(this);
    m_rareThreshold->setDecimals(4);
    m_rareThreshold->setRange(0.0001, 1.0);
    m_rareThreshold->setSingleStep(0.001);
    m_rareThreshold->setValue(0.01);
    m_genes = new QLineEdit(this);
    m_genes->setObjectName(QStringLiteral("geneList"));
    m_genes->setPlaceholderText(tr("Genes, e.g. BRCA1 BRCA2 TP53"));
    m_bed = new QPushButton(tr("Regions (BED)…"), this);
    m_bed->setObjectName(QStringLiteral("bedRegions"));
    auto* clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("variantStatus"));
    m_copyBanner = new QWidget(this);
    m_copyBanner->setObjectName(QStringLiteral("indexedCopyBanner"));
    m_copyText = new QLabel(m_copyBanner);
    m_copyText->setWordWrap(true);
    auto* makeCopy = new QPushButton(tr("Make an indexed copy"), m_copyBanner);
    makeCopy->setObjectName(QStringLiteral("makeIndexedCopy"));
    auto* bannerLayout = new QHBoxLayout(m_copyBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_copyText, 1);
    bannerLayout->addWidget(makeCopy);
    m_copyBanner->setVisible(false);
    connect(makeCopy, &QPushButton::clicked, this, &VariantBrowser::makeIndexedCopy);

    auto* row1 = new QHBoxLayout;
    row1->addWidget(m_file, 1);
    row1->addWidget(m_region);
    row1->addWidget(new QLabel(tr("Sample:"), this));
    row1->addWidget(m_sample);
    row1->addWidget(m_patient);
    row1->addWidget(exportButton);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(m_mode);
    row2->addWidget(m_expression, 1);
    row2->addWidget(apply);
    auto* row3 = new QHBoxLayout;
    row3->addWidget(m_pass);
    row3->addWidget(m_impact);
    row3->addWidget(m_clinVar);
    row3->addWidget(m_rare);
    row3->addWidget(m_rareThreshold);
    row3->addWidget(m_genes, 1);
    row3->addWidget(m_bed);
    row3->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addLayout(row3);
    layout->addWidget(m_error);
    layout->addWidget(m_copyBanner);
    // The table above, the selected record's details below.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("variantSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_sample, &QComboBox::currentIndexChanged, this,
            [this](int) { setSample(m_sample->currentData().toInt()); });
    connect(m_patient, &QCheckBox::toggled, this, &VariantBrowser::setPatientView);
    connect(m_region, &QLineEdit::returnPressed, this, &VariantBrowser::goToRegion);
    connect(m_region, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && m_model->hasSubset() && !m_filtering)
            applyFilter(); // back to the filters' rows
    });
    connect(m_model, &VariantTableModel::regionShown, this,
            [this](const QString& region, int records) {
                m_lastResult = tr("%n record(s) in %1", "", records).arg(region);
                updateStatus();
            });
    connect(m_model, &VariantTableModel::fileChanged, this, [this](const QString& path) {
        m_error->setText(
            tr("%1 changed on disk; it was opened again.").arg(QFileInfo(path).fileName()));
        m_error->setVisible(true);
    });
    connect(exportButton, &QPushButton::clicked, this, &VariantBrowser::chooseExport);
    connect(apply, &QPushButton::clicked, this, &VariantBrowser::applyFilter);
    connect(m_expression, &QLineEdit::returnPressed, this, &VariantBrowser::applyFilter);
    connect(m_genes, &QLineEdit::returnPressed, this, &VariantBrowser::applyFilter);
    for (QCheckBox* box : {m_pass, m_clinVar, m_rare})
        connect(box, &QCheckBox::toggled, this, &VariantBrowser::applyFilter);
    connect(m_impact, &QComboBox::currentIndexChanged, this, &VariantBrowser::applyFilter);
    connect(m_rareThreshold, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_rare->isChecked())
            applyFilter();
    });
    connect(m_bed, &QPushButton::clicked, this, &VariantBrowser::chooseBed);
    connect(clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker a(m_pass), b(m_impact), c(m_clinVar), d(m_rare);
        m_pass->setChecked(false);
        m_impact->setCurrentIndex(0);
        m_clinVar->setChecked(false);
        m_rare->setChecked(false);
        m_expression->clear();
        m_genes->clear();
        m_bedPath.clear();
        m_bed->setText(tr("Regions (BED)…"));
        applyFilter();
    });
}

QString VariantBrowser::cacheFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("indexed-copies"));
}

void VariantBrowser::makeIndexedCopy()
{
    const QString source = path();
    if (VariantCacheCopy::isUpToDate(source, cacheFolder())) {
        m_originalPath = source;
        openFile(VariantCacheCopy::copyPath(source, cacheFolder()));
        return;
    }
    auto* job = new VariantCacheCopy(source, cacheFolder());
    connect(job, &VariantCacheCopy::finished, this,
            [this](const QString& original, const QString& copy) {
                if (original != path())
                    return;
                m_originalPath = original;
                openFile(copy);
            });
    connect(job, &Job::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
    m_copyBanner->setVisible(false);
    m_jobs.start(job, tr("Making an indexed copy of %1").arg(QFileInfo(source).fileName()));
}

void VariantBrowser::openFile(const QString& path)
{
    if (!path.startsWith(cacheFolder()))
        m_originalPath.clear();
    if (m_filterJob)
        m_jobs.cancel(m_filterJobId);
    saveColumns();
    m_file->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_detail->clear();
    m_error->setVisible(false);
    m_model->open(path);
}

void VariantBrowser::fileOpened(const QString& path)
{
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    {
        const QSignalBlocker block(m_sample);
        m_sample->clear();
        m_sample->addItem(tr("No sample"), -1);
        const QStringList samples = m_model->samples();
        for (int i = 0; i < samples.size(); ++i)
            m_sample->addItem(samples[i], i);
        m_sample->setCurrentIndex(samples.isEmpty() ? 0 : 1);
    }
    m_patient->setEnabled(!m_model->samples().isEmpty());
    if (!m_originalPath.isEmpty())
        m_file->setText(
            tr("%1 (indexed copy in Steward's cache)").arg(QFileInfo(m_originalPath).fileName()));
    m_copyText->setText(tr(
        "This file is not BGZF-compressed, so rows and regions are read from its start. An indexed "
        "copy in Steward's cache folder (your file is not touched) makes jumps instant."));
    m_copyBanner->setVisible(!m_model->isSeekable());
    m_annotationKind = m_model->annotationKind();
    restoreColumns();
    m_matched = 0;
    m_lastResult.clear();
    updateStatus();
    if (m_patient->isChecked() || !m_expression->text().isEmpty())
        applyFilter();
    Q_EMIT opened(path);
}

QString VariantBrowser::path() const
{
    return m_model->path();
}

void VariantBrowser::setSample(int index)
{
    m_model->setSample(index);
    m_detail->setSample(index);
    if (m_patient->isChecked())
        applyFilter();
}

void VariantBrowser::setPatientView(bool on)
{
    QHeaderView* header = m_view->horizontalHeader();
    // Genotype columns first in patient view, back after the site columns otherwise.
    for (int c = VariantTableModel::Genotype; c < VariantTableModel::ColumnCount; ++c) {
        const int target = on ? c - VariantTableModel::Genotype : c;
        header->moveSection(header->visualIndex(c), target);
    }
    if (on && m_sample->currentData().toInt() < 0 && m_sample->count() > 1)
        m_sample->setCurrentIndex(1);
    applyFilter();
}

void VariantBrowser::chooseBed()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Regions to keep"), QString(), tr("BED files (*.bed *.bed.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    m_bedPath = file;
    m_bed->setText(QFileInfo(file).fileName());
    applyFilter();
}

void VariantBrowser::goToRegion()
{
    const QString region = m_region->text().trimmed();
    if (region.isEmpty())
        return;
    if (m_filterJob)
        m_jobs.cancel(m_filterJobId);
    m_error->setVisible(false);
    if (m_model->showRegion(region))
        return;
    if (!m_model->isSeekable() && regionInterval(region).end > 0) {
        applyFilter(); // a file read from its start: the region filters the stream
        return;
    }
    if (!m_model->isIndexComplete()) {
        m_error->setText(tr("The file is still being indexed; try the region again in a moment."));
        m_error->setVisible(true);
        return;
    }
    // Not a contig of the file: a gene symbol, looked up in the annotations.
    m_genes->setText(region);
    applyFilter();
}

void VariantBrowser::applyFilter()
{
    if (m_model->path().isEmpty())
        return;
    if (m_filterJob)
        m_jobs.cancel(m_filterJobId);
    m_error->setVisible(false);

    VariantQuery::Params params;
    params.path = m_model->path();
    params.expression = m_expression->text().trimmed();
    params.exclude = m_mode->currentData().toBool();
    params.sample = m_sample->currentData().toInt();
    params.expressionOnSample = m_patient->isChecked();
    params.threads = qMax(1, QThread::idealThreadCount() - 1);
    params.quick.passOnly = m_pass->isChecked();
    params.quick.minimumImpact = m_impact->currentData().toInt();
    params.quick.clinVarPathogenic = m_clinVar->isChecked();
    params.quick.maximumPopulationFrequency = m_rare->isChecked() ? m_rareThreshold->value() : -1;
    params.quick.genes = VariantQuickFilters::parseGenes(m_genes->text());
    params.quick.carriersOnly = m_patient->isChecked() && params.sample >= 0;
    if (!m_model->isSeekable() && !m_region->text().trimmed().isEmpty()) {
        const VariantQuickFilters::Interval interval = regionInterval(m_region->text());
        if (interval.end > 0)
            params.quick.regions << interval;
    }
    params.bedPath = m_bedPath; // read on the filter job's thread
    if (params.expression.isEmpty() && params.quick.isEmpty() && params.bedPath.isEmpty()) {
        m_filtering = false;
        m_model->clearSubset();
        m_lastResult.clear();
        updateStatus();
        return;
    }
    m_model->setSubset({});
    m_matched = 0;
    m_filtering = true;
    auto* job = new VariantFilterJob(params);
    m_filterJob = job;
    connect(job, &VariantFilterJob::matchesFound, this,
            [this, job](const QVector<qint64>& ordinals) {
                if (job != m_filterJob)
                    return;
                m_model->appendSubset(ordinals);
                m_matched += ordinals.size();
            });
    connect(job, &Job::failed, this, [this, job](const QString& message) {
        if (job != m_filterJob)
            return;
        m_filtering = false;
        const int position = job->errorPosition();
        m_error->setText(position >= 0
                             ? message + QLatin1Char('\n') +
                                   FilterExpression::caretLine(job->params().expression, position)
                             : message);
        m_error->setVisible(true);
        updateStatus();
    });
    connect(job, &VariantFilterJob::finished, this,
            [this, job](const VariantFilterJob::Result& result) {
                if (job != m_filterJob)
                    return;
                m_filtering = false;
                m_lastResult = result.cancelled ? tr("filter cancelled") : QString();
                updateStatus();
                Q_EMIT filterFinished(result);
            });
    QString summary = params.quick.summary();
    if (!params.expression.isEmpty())
        summary =
            params.expression + (summary.isEmpty() ? QString() : QStringLiteral("; ") + summary);
    m_filterJobId =
        m_jobs.start(job, tr("Filtering %1: %2").arg(QFileInfo(params.path).fileName(), summary));
    updateStatus();
}

void VariantBrowser::updateStatus()
{
    const QLocale locale;
    if (m_model->path().isEmpty()) {
        m_status->setText(tr("Open a VCF or BCF from Datasets to browse its variants."));
        return;
    }
    QString text =
        m_model->isIndexComplete()
            ? tr("%1 records").arg(locale.toString(m_model->recordCount()))
            : tr("%1 records so far (indexing…)").arg(locale.toString(m_model->recordCount()));
    if (m_model->hasSubset())
        text = tr("%1 matching of %2").arg(locale.toString(qint64(m_model->rowCount())), text) +
               (m_filtering ? tr(" (filtering…)") : QString());
    if (!m_lastResult.isEmpty())
        text += QStringLiteral(" · ") + m_lastResult;
    m_status->setText(text);
}

void VariantBrowser::chooseExport()
{
    const QString output = QFileDialog::getSaveFileName(
        this, tr("Export variants"), QFileInfo(path()).completeBaseName() + QStringLiteral(".tsv"),
        tr("Tab-separated (*.tsv);;Comma-separated (*.csv)"));
    if (!output.isEmpty())
        exportShown(output);
}

int VariantBrowser::exportShown(const QString& output)
{
    VariantExportJob::Params params;
    params.path = path();
    params.output = output;
    params.csv = output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    params.sample = m_sample->currentData().toInt();
    params.allRows = !m_model->hasSubset();
    if (!params.allRows) {
        params.rows.reserve(m_model->rowCount());
        for (int r = 0; r < m_model->rowCount(); ++r)
            params.rows << m_model->ordinalAt(r);
    }
    // The visible columns in the order the user sees them; CHROM, POS, REF, ALT lead.
    QHeaderView* header = m_view->horizontalHeader();
    params.columns = {VariantTableModel::Chrom, VariantTableModel::Pos, VariantTableModel::Ref,
                      VariantTableModel::Alt};
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (!header->isSectionHidden(c) && !params.columns.contains(c))
            params.columns << c;
    }
    auto* job = new VariantExportJob(params);
    connect(job, &VariantExportJob::finished, this, &VariantBrowser::exportFinished);
    connect(job, &Job::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
    return m_jobs.start(job, tr("Exporting %1").arg(QFileInfo(output).fileName()));
}

QString VariantBrowser::selectedRowsText() const
{
    QHeaderView* header = m_view->horizontalHeader();
    QVector<int> columns;
    QStringList titles;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (!header->isSectionHidden(c)) {
            columns << c;
            titles << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        }
    }
    QStringList lines{titles.join(QLatin1Char('\t'))};
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex& index : rows) {
        const VariantRow* row = m_model->recordAt(index);
        if (!row)
            continue; // not loaded yet: the view has never shown it
        QStringList fields;
        for (int c : columns)
            fields << VariantTableModel::cellText(*row, c);
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void VariantBrowser::showHeaderMenu(const QPoint& pos)
{
    QMenu menu(this);
    for (int c = 0; c < VariantTableModel::ColumnCount; ++c) {
        QAction* a =
            menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool shown) {
            m_view->setColumnHidden(c, !shown);
            saveColumns();
        });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

QString VariantBrowser::columnSettingsKey() const
{
    return QStringLiteral("Variants/columns-") +
           (m_annotationKind.isEmpty() ? QStringLiteral("plain") : m_annotationKind);
}

void VariantBrowser::restoreColumns()
{
    QSettings settings;
    const QByteArray state = settings.value(columnSettingsKey()).toByteArray();
    if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state))
        return;
    // Defaults per kind of file: annotation columns only where the file has annotations.
    const bool annotated = !m_annotationKind.isEmpty();
    for (int c = VariantTableModel::Gene; c <= VariantTableModel::PopulationFrequency; ++c)
        m_view->setColumnHidden(c, !annotated);
    m_view->setColumnHidden(VariantTableModel::Id, annotated);
    for (int c = VariantTableModel::Genotype; c < VariantTableModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, m_model->samples().isEmpty());
}

void VariantBrowser::saveColumns() const
{
    if (m_model->path().isEmpty())
        return;
    QSettings settings;
    settings.setValue(columnSettingsKey(), m_view->horizontalHeader()->saveState());
}

} // namespace steward
