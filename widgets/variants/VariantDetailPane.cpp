#include "widgets/variants/VariantDetailPane.h"
#include "widgets/variants/VariantDetailPaneModels.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "models/variants/SampleGenotype.h"
#include "models/variants/VariantRecordDetail.h"
#include "widgets/common/CopyableTableView.h"
#include "widgets/common/EmptyState.h"

namespace steward {

using Detail = VariantRecordDetail;
using Impact = Consequence::Impact;

namespace {

enum Page
{
    EmptyPage,
    LoadingPage,
    ContentPage,
    ErrorPage,
};

/** "★★☆☆" for 2 of 4 ClinVar review stars; empty when unknown. */
QString starText(int stars)
{
    if (stars < 0)
        return QString();
    return QString(stars, QChar(0x2605)) + QString(4 - std::min(stars, 4), QChar(0x2606));
}

/** A consequence term as words for the summary: "frameshift_variant" -> "frameshift variant". */
QString termWords(QString term)
{
    return term.replace(QLatin1Char('_'), QLatin1Char(' '));
}

/** A frequency without an exponent, to 3 significant digits: 1e-05 -> "0.00001". */
QString frequencyText(double value)
{
    if (value <= 0 || value >= 1)
        return QLocale::c().toString(value, 'g', 3);
    const int decimals = std::clamp(2 - int(std::floor(std::log10(value))), 1, 12);
    QString text = QLocale::c().toString(value, 'f', decimals);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

/** CLNSIG in words, saying so when its terms conflict ("Pathogenic; Benign (conflicting)"). */
QString significanceWords(const ClinVarAnnotation& clinVar)
{
    QString text = clinVar.significanceText();
    if (clinVar.category() == ClinVarAnnotation::Category::Conflicting &&
        clinVar.significances().size() > 1)
        text += QLatin1Char(' ') + VariantDetailPane::tr("(conflicting)");
    return text;
}

/** The zygosity of a GT as written ("0/1" -> "het"), in SampleGenotype's words. */
QString zygosityOf(const QString& genotype)
{
    using Zygosity = SampleGenotype::Zygosity;
    static const QRegularExpression separator(QStringLiteral("[/|]"));
    const QStringList alleles = genotype.split(separator);
    Zygosity z = Zygosity::Missing;
    if (!genotype.isEmpty() && !alleles.contains(QStringLiteral("."))) {
        if (alleles.size() == 1)
            z = alleles[0] == QLatin1String("0") ? Zygosity::HomRef : Zygosity::Hemizygous;
        else if (alleles.count(alleles[0]) == alleles.size())
            z = alleles[0] == QLatin1String("0") ? Zygosity::HomRef : Zygosity::HomAlt;
        else
            z = Zygosity::Het;
    }
    return SampleGenotype::zygosityLabel(z);
}

/** True when a GT as written calls an ALT allele ("0/1", "2|0", "1"; not "0/0" or "./."). */
bool carriesAlt(QStringView genotype)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= genotype.size(); ++i) {
        if (i < genotype.size() && genotype[i] != QLatin1Char('/') &&
            genotype[i] != QLatin1Char('|'))
            continue;
        const QStringView allele = genotype.mid(start, i - start);
        if (!allele.isEmpty() && allele != QLatin1String("0") && allele != QLatin1String("."))
            return true;
        start = i + 1;
    }
    return false;
}

/**
 * Numbers sort as numbers, text case-blind, and missing values ('.' or empty) last, so that
 * DP, GQ or an allele frequency column sorts the way a reader expects. Optionally keeps only
 * the rows whose genotype column calls an ALT allele.
 */
class DetailSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /** Keeps only carriers by the GT in @p column; -1 keeps every row. */
    void setCarrierColumn(int column)
    {
        if (column == m_carrierColumn)
            return;
        m_carrierColumn = column;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_carrierColumn >= 0 &&
            !carriesAlt(sourceModel()->index(row, m_carrierColumn, parent).data().toString()))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QString a = left.data(Qt::DisplayRole).toString();
        const QString b = right.data(Qt::DisplayRole).toString();
        const bool aMissing = a.isEmpty() || a == QLatin1String(".");
        const bool bMissing = b.isEmpty() || b == QLatin1String(".");
        if (aMissing || bMissing)
            return !aMissing && bMissing;
        bool aNumber = false, bNumber = false;
        const double x = a.toDouble(&aNumber);
        const double y = b.toDouble(&bNumber);
        if (aNumber && bNumber)
            return x < y;
        if (aNumber != bNumber)
            return aNumber;
        return a.compare(b, Qt::CaseInsensitive) < 0;
    }

private:
    int m_carrierColumn = -1;
};

} // namespace

// ---- The pane -----------------------------------------------------------------------------

struct VariantDetailPane::LoadResult
{
    std::shared_ptr<const Detail> detail;
    QString error;
    bool ok = false;
};

VariantDetailPane::VariantDetailPane(QWidget* parent)
    : QWidget(parent), m_pages(new QStackedWidget(this)),
      m_empty(new EmptyState(tr("No variant selected"),
                             tr("Select a variant in the table to see all of its fields here: "
                                "the INFO fields with what they mean, every transcript of its "
                                "annotations, the genotypes of every sample, and ClinVar."),
                             this)),
      m_loadingLabel(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("variantDetailPane"));
    m_pool.setMaxThreadCount(1);
    m_empty->setObjectName(QStringLiteral("detailEmptyState"));

    m_loadingLabel->setObjectName(QStringLiteral("detailLoading"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setForegroundRole(QPalette::PlaceholderText);

    m_error->setObjectName(QStringLiteral("detailError"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setContentsMargins(24, 24, 24, 24);

    buildContent();
    m_pages->insertWidget(EmptyPage, m_empty);
    m_pages->insertWidget(LoadingPage, m_loadingLabel);
    m_pages->insertWidget(ContentPage, m_content);
    m_pages->insertWidget(ErrorPage, m_error);
    m_pages->setCurrentIndex(EmptyPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

VariantDetailPane::~VariantDetailPane()
{
    cancelRunning();
    m_pool.waitForDone();
}

void VariantDetailPane::buildContent()
{
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("detailContent"));

    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_facts = new QLabel(m_content);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);

    m_warning = new QLabel(m_content);
    m_warning->setObjectName(QStringLiteral("detailWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: rgba(240, 160, 30, 60); "
                                            "padding: 4px; border-radius: 3px; }"));
    m_warning->hide();

    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_status, 0, Qt::AlignRight | Qt::AlignVCenter);

    // INFO.
    m_infoModel = new InfoModel(this);
    m_infoProxy = new DetailSortProxy(this);
    m_infoProxy->setSourceModel(m_infoModel);
    m_infoView = new CopyableTableView(m_content);
    m_infoView->setObjectName(QStringLiteral("detailInfoTable"));
    m_infoView->setModel(m_infoProxy);
    m_infoView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_infoView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('n'));
    m_infoView->setColumnWidth(InfoModel::Field, 18 * em);
    m_infoView->setColumnWidth(InfoModel::Value, 28 * em);
    m_infoView->setColumnWidth(InfoModel::Number, 7 * em);
    m_infoView->setColumnWidth(InfoModel::Type, 8 * em);

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    auto* infoFilter = new QLineEdit(m_content);
    infoFilter->setObjectName(QStringLiteral("detailInfoFilter"));
    infoFilter->setPlaceholderText(tr("Find field or description"));
    infoFilter->setClearButtonEnabled(true);
    infoFilter->setMaximumWidth(260);
    m_infoProxy->setFilterKeyColumn(-1);
    m_infoProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(infoFilter, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_infoProxy->setFilterFixedString(text); });
    auto* infoPage = new QWidget(m_content);
    auto* infoTop = new QHBoxLayout;
    auto* infoHint = new QLabel(tr("Hover a Number for its meaning; values as written in the "
                                   "file."),
                                infoPage);
    infoHint->setForegroundRole(QPalette::PlaceholderText);
    infoTop->addWidget(infoHint, 1);
    infoTop->addWidget(infoFilter);
    auto* infoLayout = new QVBoxLayout(infoPage);
    infoLayout->setContentsMargins(0, 4, 0, 0);
    infoLayout->addLayout(infoTop);
    infoLayout->addWidget(m_infoView, 1);
    m_tabs->addTab(infoPage, tr("INFO"));
    m_tabs->addTab(buildTranscriptsTab(), tr("Transcripts"));
    m_tabs->addTab(buildSamplesTab(), tr("Samples"));
    auto* clinVarScroll = new QScrollArea(m_content);
    clinVarScroll->setObjectName(QStringLiteral("detailClinVar"));
    clinVarScroll->setWidgetResizable(true);
    clinVarScroll->setFrameShape(QFrame::NoFrame);
    m_clinVarPage = new QWidget(clinVarScroll);
    new QFormLayout(m_clinVarPage);
    clinVarScroll->setWidget(m_clinVarPage);
    m_tabs->addTab(clinVarScroll, tr("ClinVar"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_tabs->widget(tab) == m_samplesView->parentWidget())
            revealSample();
    });

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(2);
    layout->addLayout(titleRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_facts);
    layout->addWidget(m_warning);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);
}

QWidget* VariantDetailPane::buildTranscriptsTab()
{
    auto* page = new QWidget(this);
    m_worstFirst = new QCheckBox(tr("Most severe first"), page);
    m_worstFirst->setObjectName(QStringLiteral("detailWorstFirst"));
    m_worstFirst->setChecked(true);
    m_worstFirst->setToolTip(tr("Order transcripts by their most severe consequence (Ensembl's "
                                "order), the canonical transcript first among equals; clear "
                                "it for the order in the file"));
    connect(m_worstFirst, &QCheckBox::toggled, this, &VariantDetailPane::setWorstFirst);
    auto* legend = new QLabel(tr("<b>Bold</b>: canonical transcript (VEP CANONICAL or MANE "
                                 "Select). Tinted: high (red) or moderate (orange) impact."),
                              page);
    legend->setForegroundRole(QPalette::PlaceholderText);
    m_transcriptNote = new QLabel(page);
    m_transcriptNote->setObjectName(QStringLiteral("detailTranscriptNote"));
    m_transcriptNote->setWordWrap(true);
    m_transcriptNote->hide();

    m_transcriptTables = new QWidget(page);
    m_transcriptTables->setObjectName(QStringLiteral("detailTranscriptTables"));
    m_transcriptLayout = new QVBoxLayout(m_transcriptTables);
    m_transcriptLayout->setContentsMargins(0, 0, 0, 0);

    m_transcriptControls = new QWidget(page);
    auto* top = new QHBoxLayout(m_transcriptControls);
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_worstFirst);
    top->addSpacing(12);
    top->addWidget(legend, 1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_transcriptControls);
    layout->addWidget(m_transcriptNote);
    layout->addWidget(m_transcriptTables, 1);
    return page;
}

QWidget* VariantDetailPane::buildSamplesTab()
{
    auto* page = new QWidget(this);
    m_samplesNote = new QLabel(page);
    m_samplesNote->setObjectName(QStringLiteral("detailSamplesNote"));
    m_sampleFilter = new QLineEdit(page);
    m_sampleFilter->setObjectName(QStringLiteral("detailSampleFilter"));
    m_sampleFilter->setPlaceholderText(tr("Find sample"));
    m_sampleFilter->setClearButtonEnabled(true);
    m_sampleFilter->setMaximumWidth(260);
    m_carriersOnly = new QCheckBox(tr("Carriers only"), page);
    m_carriersOnly->setObjectName(QStringLiteral("detailCarriersOnly"));
    m_carriersOnly->setToolTip(tr("Only the samples whose genotype has an ALT allele"));
    connect(m_carriersOnly, &QCheckBox::toggled, this, &VariantDetailPane::updateCarrierFilter);

    m_sampleModel = new SampleModel(this);
    m_sampleProxy = new DetailSortProxy(this);
    m_sampleProxy->setSourceModel(m_sampleModel);
    m_sampleProxy->setFilterKeyColumn(0);
    m_sampleProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_sampleFilter, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_sampleProxy->setFilterFixedString(text); });
    m_samplesView = new CopyableTableView(page);
    m_samplesView->setObjectName(QStringLiteral("detailSamplesTable"));
    m_samplesView->setModel(m_sampleProxy);
    m_samplesView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_samplesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Thousands of rows: fixed heights so that nothing is measured per row.
    m_samplesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto* top = new QHBoxLayout;
    top->addWidget(m_samplesNote, 1);
    top->addWidget(m_carriersOnly);
    top->addWidget(m_sampleFilter);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_samplesView, 1);
    return page;
}

qint64 VariantDetailPane::shownOrdinal() const
{
    return m_detail ? m_detail->ordinal : -1;
}

void VariantDetailPane::cancelRunning()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void VariantDetailPane::showRecord(const QString& path, qint64 ordinal, int sampleIndex,
                                   qint64 virtualOffset, qint64 firstOrdinalOfBlock)
{
    // The record on screen again (another sample picked): no read needed.
    if (!m_loading && m_detail && m_detail->path == path && m_detail->ordinal == ordinal &&
        m_pages->currentIndex() == ContentPage) {
        setSample(sampleIndex);
        return;
    }
    cancelRunning();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    m_sample = sampleIndex;
    m_loading = true;

    const QString loadingText = tr("Loading record %1…").arg(QLocale().toString(ordinal + 1));
    m_status->setText(loadingText);
    m_loadingLabel->setText(loadingText);
    if (m_pages->currentIndex() != ContentPage)
        m_pages->setCurrentIndex(LoadingPage);

    auto* watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request, or clear(), superseded this one
        finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [path, ordinal, virtualOffset, firstOrdinalOfBlock, cancel]() -> LoadResult {
            LoadResult result;
            if (cancel->load())
                return result; // superseded before it started
            auto detail = std::make_shared<Detail>();
            result.ok = Detail::load(path, ordinal, detail.get(), &result.error, virtualOffset,
                                     firstOrdinalOfBlock, cancel.get());
            if (result.ok)
                result.detail = std::move(detail);
            return result;
        }));
}

void VariantDetailPane::finished(const LoadResult& result)
{
    m_loading = false;
    m_cancel.reset();
    m_status->clear();
    if (!result.ok) {
        showError(result.error);
        return;
    }
    showDetail(result.detail);
}

void VariantDetailPane::showError(const QString& message)
{
    m_detail.reset();
    m_infoModel->setDetail(nullptr);
    m_sampleModel->setDetail(nullptr, -1);
    m_error->setText(tr("This variant cannot be shown.") + QStringLiteral("\n\n") + message);
    m_pages->setCurrentIndex(ErrorPage);
    Q_EMIT loadFailed(message);
}

void VariantDetailPane::clear()
{
    ++m_generation;
    cancelRunning();
    m_loading = false;
    m_detail.reset();
    m_infoModel->setDetail(nullptr);
    m_sampleModel->setDetail(nullptr, -1);
    m_status->clear();
    m_pages->setCurrentIndex(EmptyPage);
}

void VariantDetailPane::showDetail(std::shared_ptr<const VariantRecordDetail> detail)
{
    m_detail = std::move(detail);
    const QLocale locale;
    const QByteArray infoColumns = m_infoView->horizontalHeader()->saveState();
    m_infoModel->setDetail(m_detail);
    m_infoView->horizontalHeader()->restoreState(infoColumns); // the reader's widths
    m_tabs->setTabText(0, tr("INFO (%1)").arg(locale.toString(int(m_detail->info.size()))));

    updateTranscripts();
    m_tabs->setTabText(1, tr("Transcripts (%1)").arg(locale.toString(m_detail->transcriptCount())));

    const int sample = m_sample >= 0 && m_sample < m_detail->sampleCount() ? m_sample : -1;
    m_carriersOnly->setEnabled(m_detail->formatColumn(QStringLiteral("GT")) > 0);
    QStringList keys;
    for (const Detail::FieldDefinition& f : m_detail->format)
        keys << f.key;
    const QByteArray sampleColumns = m_samplesView->horizontalHeader()->saveState();
    m_sampleModel->setDetail(m_detail, sample);
    if (keys == m_sampleKeys) {
        m_samplesView->horizontalHeader()->restoreState(sampleColumns); // the reader's widths
    } else {
        m_sampleKeys = keys;
        const int em = fontMetrics().horizontalAdvance(QLatin1Char('n'));
        m_samplesView->setColumnWidth(0, 14 * em);
        for (int c = 1; c < m_sampleModel->columnCount(); ++c)
            m_samplesView->setColumnWidth(c, 10 * em);
    }
    updateCarrierFilter();
    m_tabs->setTabText(2, tr("Samples (%1)").arg(locale.toString(m_detail->sampleCount())));
    if (m_detail->sampleCount() == 0) {
        m_samplesNote->setText(tr("This file has no samples: it lists sites only."));
    } else {
        const int gt = m_detail->formatColumn(QStringLiteral("GT"));
        QString carriers;
        if (gt > 0) {
            int n = 0;
            for (int s = 0; s < m_detail->sampleCount(); ++s)
                n += carriesAlt(m_detail->samples.text(s, gt)) ? 1 : 0;
            carriers = tr("%Ln carry an ALT allele", nullptr, n);
        }
        m_samplesNote->setText(
            tr("%Ln sample(s)", nullptr, m_detail->sampleCount()) +
            (carriers.isEmpty() ? QString() : QStringLiteral(", ") + carriers) +
            QStringLiteral(". ") +
            tr("FORMAT: %1. Hover a column title for its meaning.")
                .arg(keys.isEmpty() ? tr("none") : keys.join(QStringLiteral(", "))));
    }

    updateClinVar();
    m_tabs->setTabText(3, m_detail->clinVar.isPresent() ? tr("ClinVar") : tr("ClinVar (none)"));

    updateHeader();
    m_pages->setCurrentIndex(ContentPage);
    revealSample();
    Q_EMIT recordShown(m_detail->ordinal);
}

void VariantDetailPane::setSample(int sampleIndex)
{
    m_sample = sampleIndex;
    if (!m_detail)
        return;
    m_sampleModel->setSelected(
        sampleIndex >= 0 && sampleIndex < m_detail->sampleCount() ? sampleIndex : -1);
    updateHeader();
    revealSample();
}

void VariantDetailPane::revealSample()
{
    const int sample = m_sampleModel->selected();
    if (sample < 0)
        return;
    const QModelIndex index = m_sampleProxy->mapFromSource(m_sampleModel->index(sample, 0));
    if (!index.isValid())
        return; // hidden by the sample filter
    m_samplesView->setCurrentIndex(index);
    m_samplesView->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void VariantDetailPane::updateHeader()
{
    const Detail& d = *m_detail;
    m_title->setText(d.locus());
    m_title->setToolTip(tr("Record %1 of %2").arg(QLocale().toString(d.ordinal + 1), d.path));

    // Gene, consequence and ClinVar: what a clinician reads first.
    QStringList summary;
    if (!d.gene.isEmpty())
        summary << QStringLiteral("<i><b>%1</b></i>").arg(d.gene.toHtmlEscaped());
    if (!d.worstConsequence.isEmpty()) {
        QString consequence = termWords(d.worstConsequence).toHtmlEscaped();
        if (d.impact != Impact::Unknown)
            consequence += QStringLiteral(" (%1)").arg(
                tr("%1 impact").arg(Consequence::impactLabel(d.impact)).toHtmlEscaped());
        // As HGVS names are quoted: "ENST00000380152.8:c.5946dup (p.Ser1983fs)".
        QString hgvs = d.hgvsc;
        if (!hgvs.isEmpty() && !d.feature.isEmpty())
            hgvs = d.feature + QLatin1Char(':') + hgvs;
        if (!d.hgvsp.isEmpty())
            hgvs += (hgvs.isEmpty() ? QStringLiteral("%1") : QStringLiteral(" (%1)")).arg(d.hgvsp);
        if (!hgvs.isEmpty())
            consequence += QStringLiteral(" &nbsp;") + hgvs.toHtmlEscaped();
        summary << consequence;
    } else if (d.transcripts.empty()) {
        summary << tr("No transcript annotation").toHtmlEscaped();
    }
    const ClinVarAnnotation& c = d.clinVar;
    if (c.isPresent() && !c.significanceText().isEmpty()) {
        QString clinVar =
            tr("ClinVar: %1")
                .arg(QStringLiteral("<b>%1</b>").arg(significanceWords(c).toHtmlEscaped()));
        if (c.stars() >= 0)
            clinVar += QStringLiteral(" %1 (%2)")
                           .arg(starText(c.stars()),
                                tr("%n of 4 review stars", nullptr, c.stars()).toHtmlEscaped());
        summary << clinVar;
    } else {
        summary << tr("No ClinVar classification").toHtmlEscaped();
    }
    m_summary->setText(summary.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    // The record's own columns and the selected sample's call.
    QStringList facts;
    const auto fact = [&facts](const QString& name, const QString& value) {
        facts << QStringLiteral("%1 <b>%2</b>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    fact(tr("ID"), d.id);
    fact(tr("QUAL"), d.qualText);
    fact(tr("FILTER"), d.filter);
    if (!std::isnan(d.populationFrequency))
        fact(tr("Highest population AF"),
             QStringLiteral("%1 (%2)").arg(frequencyText(d.populationFrequency),
                                           d.populationFrequencySource));
    const int sample = m_sampleModel->selected();
    if (sample >= 0) {
        const int gt = d.formatColumn(QStringLiteral("GT"));
        const int dp = d.formatColumn(QStringLiteral("DP"));
        QString call = tr("no GT");
        if (gt > 0) {
            const QString genotype = d.samples.text(sample, gt);
            call = QStringLiteral("%1 %2").arg(genotype, zygosityOf(genotype));
        }
        if (dp > 0)
            call += QStringLiteral(", ") + tr("DP %1").arg(d.samples.text(sample, dp));
        fact(tr("Sample %1:").arg(d.samples.text(sample, 0)), call);
    }
    m_facts->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    m_warning->setText(d.warning);
    m_warning->setVisible(!d.warning.isEmpty());
}

void VariantDetailPane::updateTranscripts()
{
    const Detail& d = *m_detail;
    // Keep the tables (and the widths a reader set) when the tags are the same as before.
    bool same = int(d.transcripts.size()) == m_transcriptViews.size();
    for (int i = 0; same && i < m_transcriptViews.size(); ++i) {
        const Detail::TranscriptTable* old = m_transcriptViews[i].model->table();
        same = old && old->tag == d.transcripts[size_t(i)].tag &&
               old->fields == d.transcripts[size_t(i)].fields;
    }
    if (!same) {
        // Deleting the layout's widgets deletes the tables (in a splitter or not).
        m_transcriptViews.clear();
        while (QLayoutItem* item = m_transcriptLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        QSplitter* splitter = nullptr;
        if (d.transcripts.size() > 1) {
            splitter = new QSplitter(Qt::Vertical, m_transcriptTables);
            splitter->setChildrenCollapsible(false);
            m_transcriptLayout->addWidget(splitter);
        }
        for (size_t i = 0; i < d.transcripts.size(); ++i) {
            TranscriptView v;
            v.box = new QWidget(m_transcriptTables);
            v.title = new QLabel(v.box);
            v.model = new TranscriptModel(v.box);
            v.proxy = new DetailSortProxy(v.box);
            v.proxy->setSourceModel(v.model);
            v.view = new CopyableTableView(v.box);
            v.view->setObjectName(QStringLiteral("detailTranscripts_") + d.transcripts[i].tag);
            v.view->setModel(v.proxy);
            v.view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
            auto* layout = new QVBoxLayout(v.box);
            layout->setContentsMargins(0, 2, 0, 0);
            layout->setSpacing(2);
            layout->addWidget(v.title);
            layout->addWidget(v.view, 1);
            // A click on a column title sorts by it; "Most severe first" is then off.
            connect(v.view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
                    [this](int section) {
                        if (section >= 0 && m_worstFirst->isChecked()) {
                            const QSignalBlocker block(m_worstFirst);
                            m_worstFirst->setChecked(false);
                            for (const TranscriptView& other : std::as_const(m_transcriptViews))
                                other.model->setWorstFirst(false);
                        }
                    });
            if (splitter)
                splitter->addWidget(v.box);
            else
                m_transcriptLayout->addWidget(v.box);
            m_transcriptViews << v;
        }
    }
    const QLocale locale;
    for (int i = 0; i < m_transcriptViews.size(); ++i) {
        TranscriptView& v = m_transcriptViews[i];
        const Detail::TranscriptTable& t = d.transcripts[size_t(i)];
        v.model->setTable(m_detail, i, m_worstFirst->isChecked());
        if (m_worstFirst->isChecked())
            v.view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        v.title->setText(tr("<b>%1</b> from %2: %Ln transcript(s)", nullptr, int(t.rows.size()))
                             .arg(t.tag.toHtmlEscaped(),
                                  AnnotationSchema::sourceName(t.source).toHtmlEscaped()));
        if (!same) {
            // Sized to the first record's values, at most ~40 characters a column.
            v.view->resizeColumnsToContents();
            const int widest = 40 * fontMetrics().horizontalAdvance(QLatin1Char('n'));
            for (int c = 0; c < v.model->columnCount(); ++c)
                v.view->setColumnWidth(c, std::min(v.view->columnWidth(c), widest));
        }
    }

    QStringList notes;
    if (d.transcripts.empty())
        notes << tr("This record has no per-transcript annotation (VEP CSQ, SnpEff ANN or "
                    "EFF, bcftools csq BCSQ).");
    notes << d.annotationProblems;
    m_transcriptControls->setVisible(!d.transcripts.empty());
    m_transcriptNote->setText(notes.join(QLatin1Char('\n')));
    m_transcriptNote->setVisible(!notes.isEmpty());
}

void VariantDetailPane::updateCarrierFilter()
{
    const int gt = m_detail ? m_detail->formatColumn(QStringLiteral("GT")) : -1;
    static_cast<DetailSortProxy*>(m_sampleProxy)
        ->setCarrierColumn(m_carriersOnly->isChecked() && gt > 0 ? gt : -1);
    revealSample();
}

void VariantDetailPane::setWorstFirst(bool on)
{
    for (const TranscriptView& v : std::as_const(m_transcriptViews)) {
        if (on)
            v.view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        v.model->setWorstFirst(on);
    }
}

void VariantDetailPane::updateClinVar()
{
    // A fresh form each time: the rows differ by record.
    auto* form = static_cast<QFormLayout*>(m_clinVarPage->layout());
    while (form->rowCount() > 0)
        form->removeRow(0); // deletes the row's labels
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setContentsMargins(8, 8, 8, 8);
    const ClinVarAnnotation& c = m_detail->clinVar;
    const auto add = [this, form](const QString& name, const QString& value) {
        if (value.trimmed().isEmpty())
            return;
        auto* label = new QLabel(value, m_clinVarPage);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(name, label);
    };
    if (!c.isPresent()) {
        add(QString(), tr("This record has no ClinVar fields (CLNSIG, CLNREVSTAT, CLNDN, ...)."));
        return;
    }
    add(tr("Clinical significance:"), significanceWords(c));
    if (c.stars() >= 0 || !c.reviewStatus().isEmpty())
        add(tr("Review status:"),
            QStringLiteral("%1  %2").arg(starText(c.stars()), c.reviewStatus()).trimmed());
    add(tr("Submitted classifications:"),
        c.conflictingClassifications().join(QStringLiteral("; ")));
    add(tr("Conditions:"), c.conditionText());
    add(tr("Condition identifiers:"), c.diseaseDatabaseIds().join(QStringLiteral("; ")));
    add(tr("Genes:"), c.genes().join(QStringLiteral(", ")));
    add(tr("Variant type:"), c.variantType());
    add(tr("Molecular consequence:"), c.molecularConsequences().join(QStringLiteral(", ")));
    add(tr("Origin:"), c.originLabels().join(QStringLiteral(", ")));
    add(tr("HGVS:"), c.hgvs());
    add(tr("ClinVar allele ID:"), c.alleleId());
    add(tr("dbSNP:"), c.rsIds().join(QStringLiteral(", ")));
    if (c.rawSignificance() != c.significanceText())
        add(tr("CLNSIG as written:"), c.rawSignificance());
}

} // namespace steward
