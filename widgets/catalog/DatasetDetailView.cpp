#include "widgets/catalog/DatasetDetailView.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/consent/ConsentStore.h"
#include "models/consent/DatasetConsent.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/CatalogStore.h"
#include "models/formats/AlignmentStatistics.h"
#include "models/formats/VariantStatistics.h"
#include "widgets/catalog/HeaderHighlighter.h"
#include "widgets/catalog/StatisticsPlots.h"
#include "widgets/common/CopyableTableView.h"

namespace steward {
namespace {

QStandardItem* numberItem(qint64 value)
{
    auto* item = new QStandardItem(value < 0 ? QString() : QLocale().toString(value));
    item->setData(value, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem* textItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setData(text.toLower(), Qt::UserRole);
    return item;
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral(
               "<tr><td style='padding-right:18px;color:palette(mid)'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QString();
    return QStringLiteral(" (%1 %)").arg(
        QLocale().toString(100.0 * double(part) / double(whole), 'f', 2));
}

} // namespace

DatasetDetailView::DatasetDetailView(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_overview(new QTextBrowser(this)), m_headerSearch(new QLineEdit(this)),
      m_headerMatches(new QLabel(this)), m_header(new QPlainTextEdit(this)),
      m_highlighter(new HeaderHighlighter(m_header->document())),
      m_samplesModel(new QStandardItemModel(this)), m_contigsModel(new QStandardItemModel(this)),
      m_filesModel(new QStandardItemModel(this)), m_samples(new CopyableTableView(this)),
      m_contigs(new CopyableTableView(this)), m_files(new CopyableTableView(this)),
      m_plots(new StatisticsPlots(this))
{
    setObjectName(QStringLiteral("datasetDetail"));
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);

    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setOpenLinks(false);
    m_overview->setFrameShape(QFrame::NoFrame);

    auto* headerPage = new QWidget(this);
    m_headerSearch->setObjectName(QStringLiteral("headerSearch"));
    m_headerSearch->setPlaceholderText(tr("Find in header (Enter for the next match)"));
    m_headerSearch->setClearButtonEnabled(true);
    m_header->setObjectName(QStringLiteral("headerText"));
    m_header->setReadOnly(true);
    m_header->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_header->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_headerSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_header->moveCursor(QTextCursor::Start);
        findInHeader(text);
    });
    connect(m_headerSearch, &QLineEdit::returnPressed, this,
            [this] { findInHeader(m_headerSearch->text()); });
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_headerSearch, 1);
    searchRow->addWidget(m_headerMatches);
    auto* headerLayout = new QVBoxLayout(headerPage);
    headerLayout->setContentsMargins(0, 4, 0, 0);
    headerLayout->addLayout(searchRow);
    headerLayout->addWidget(m_header, 1);

    m_samples->setObjectName(QStringLiteral("samplesTable"));
    m_samplesModel->setSortRole(Qt::UserRole);
    m_samples->setModel(m_samplesModel);
    m_contigs->setObjectName(QStringLiteral("contigsTable"));
    m_contigsModel->setSortRole(Qt::UserRole);
    m_contigs->setModel(m_contigsModel);
    m_files->setObjectName(QStringLiteral("filesTable"));
    m_filesModel->setSortRole(Qt::UserRole);
    m_files->setModel(m_filesModel);
    m_files->setWordWrap(true);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("plotsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_plots);
    scroll->setFrameShape(QFrame::NoFrame);

    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(headerPage, tr("Header"));
    m_tabs->addTab(m_samples, tr("Samples"));
    m_tabs->addTab(m_contigs, tr("Contigs"));
    m_tabs->addTab(scroll, tr("Plots"));
    m_tabs->addTab(m_files, tr("Files and problems"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(&m_watcher, &QFutureWatcher<DatasetDetail>::finished, this, [this] {
        const DatasetDetail detail = m_watcher.result();
        if (detail.datasetId == m_requested)
            apply(detail);
    });
    clear();
}

DatasetDetailView::~DatasetDetailView()
{
    m_watcher.waitForFinished();
}

void DatasetDetailView::clear()
{
    m_requested = 0;
    m_detail = DatasetDetail();
    m_title->setText(tr("No dataset selected"));
    m_overview->setHtml(QStringLiteral("<p>%1</p>")
                            .arg(tr("Select a dataset in the list to see its summary, header, "
                                    "samples, contigs and plots.")
                                     .toHtmlEscaped()));
    m_header->clear();
    m_samplesModel->clear();
    m_contigsModel->clear();
    m_filesModel->clear();
    m_plots->showStatistics(QString(), {});
    m_tabs->setEnabled(false);
}

void DatasetDetailView::showDataset(qint64 datasetId)
{
    if (datasetId == m_requested)
        return;
    m_requested = datasetId;
    const Catalog* catalog = &m_catalog;
    m_watcher.setFuture(QtConcurrent::run([catalog, datasetId] {
        DatasetDetail detail;
        detail.datasetId = datasetId;
        CatalogStore store(*catalog);
        if (auto primary = store.datasetPrimaryFile(datasetId))
            detail.primary = *primary;
        detail.files = store.datasetFiles(datasetId);
        // Consent per sample: a withdrawn or expired consent excludes the sample everywhere.
        const QVector<ConsentRecord> records = ConsentStore(*catalog).records();
        const QDate today = QDate::currentDate();
        for (const DatasetConsent::Dataset& d : DatasetConsent::datasets(*catalog)) {
            if (d.id != datasetId)
                continue;
            for (const QString& sample : d.samples) {
                const ConsentStore::Resolution r =
                    ConsentStore::resolve(records, d.name, d.path, sample);
                if (!r.record) {
                    detail.consent.insert(sample, DatasetDetailView::tr("none recorded"));
                } else if (r.record->isExcluded(today)) {
                    detail.excluded.insert(sample);
                    detail.consent.insert(sample, DatasetDetailView::tr("Excluded: %1")
                                                      .arg(r.record->exclusionReason(today)));
                } else {
                    detail.consent.insert(sample, r.record->consent);
                }
            }
        }
        return detail;
    }));
}

void DatasetDetailView::apply(const DatasetDetail& detail)
{
    m_detail = detail;
    m_tabs->setEnabled(true);
    m_title->setText(QFileInfo(detail.primary.path).fileName());
    m_overview->setHtml(overviewHtml(detail));
    m_header->setPlainText(detail.primary.headerText.isEmpty()
                               ? tr("(This file has no header text.)")
                               : detail.primary.headerText);
    findInHeader(m_headerSearch->text());
    fillSamples(detail);
    fillContigs(detail);
    fillFiles(detail);
    m_plots->showStatistics(detail.primary.statisticsKind, detail.primary.statistics);
    Q_EMIT loaded(detail.datasetId);
}

int DatasetDetailView::findInHeader(const QString& text)
{
    m_highlighter->setSearchText(text);
    if (text.isEmpty()) {
        m_headerMatches->clear();
        return 0;
    }
    const int matches = m_header->toPlainText().count(text, Qt::CaseInsensitive);
    m_headerMatches->setText(tr("%n match(es)", "", matches));
    if (matches > 0 && !m_header->find(text)) {
        m_header->moveCursor(QTextCursor::Start);
        m_header->find(text);
    }
    return matches;
}

QString DatasetDetailView::overviewHtml(const DatasetDetail& d) const
{
    const FileRecord& f = d.primary;
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing='3'>");
    html += row(tr("Path"), f.path.toHtmlEscaped());
    const QString version = f.formatVersion.startsWith(f.format, Qt::CaseInsensitive)
                                ? f.formatVersion
                                : QStringLiteral("%1 %2").arg(f.format.toUpper(), f.formatVersion);
    html += row(tr("Format"),
                QStringLiteral("%1 (%2)").arg(version.trimmed().toHtmlEscaped(), f.compression));
    html += row(tr("Size"), locale.formattedDataSize(f.size));
    html += row(tr("Modified"), QDateTime::fromMSecsSinceEpoch(f.mtimeMs).toString(Qt::ISODate));
    if (!f.indexStatus.isEmpty())
        html += row(tr("Index"),
                    f.indexPath.isEmpty()
                        ? f.indexStatus
                        : QStringLiteral("%1 (%2)").arg(
                              QFileInfo(f.indexPath).fileName().toHtmlEscaped(), f.indexStatus));
    if (f.eofOk >= 0)
        html += row(tr("End-of-file marker"),
                    f.eofOk ? tr("present") : tr("missing: the file is truncated"));
    html += QStringLiteral("</table>");

    if (f.statisticsKind == QLatin1String("variants")) {
        const VariantStatistics s = VariantStatistics::fromJson(f.statistics);
        html += QStringLiteral("<h3>%1</h3><table cellspacing='3'>").arg(tr("Variants"));
        html += row(tr("Samples"), locale.toString(s.samples));
        html += row(tr("Records"), locale.toString(s.records));
        html += row(tr("SNPs"), locale.toString(s.snps));
        html += row(tr("Indels"), locale.toString(s.indels));
        html += row(tr("MNPs"), locale.toString(s.mnps));
        html += row(tr("Other variants"), locale.toString(s.others));
        html += row(tr("Multiallelic sites"), locale.toString(s.multiallelicSites));
        html += row(tr("Reference-only records"), locale.toString(s.noAlts));
        html += row(tr("Ts/Tv"), s.tsTvText());
        html += QStringLiteral("</table>");
    } else if (f.statisticsKind == QLatin1String("alignments")) {
        const AlignmentStatistics s = AlignmentStatistics::fromJson(f.statistics);
        const auto& fs = s.flagstat;
        const qint64 total = fs.total[0] + fs.total[1];
        html += QStringLiteral("<h3>%1</h3><table cellspacing='3'>").arg(tr("Alignments"));
        html += row(tr("Reads"), locale.toString(total));
        html += row(tr("QC-failed"), locale.toString(fs.total[1]) + percent(fs.total[1], total));
        html +=
            row(tr("Mapped"), locale.toString(fs.mapped[0]) + percent(fs.mapped[0], fs.total[0]));
        html += row(tr("Properly paired"), locale.toString(fs.properlyPaired[0]) +
                                               percent(fs.properlyPaired[0], fs.paired[0]));
        html += row(tr("Duplicates"),
                    locale.toString(fs.duplicates[0]) + percent(fs.duplicates[0], fs.total[0]));
        html += row(tr("Secondary"), locale.toString(fs.secondary[0]));
        html += row(tr("Supplementary"), locale.toString(fs.supplementary[0]));
        html += row(tr("Read groups"), s.readGroups.join(QStringLiteral(", ")).toHtmlEscaped());
        html += row(tr("Samples"), s.samples.join(QStringLiteral(", ")).toHtmlEscaped());
        html += QStringLiteral("</table>");
    } else if (!f.samples.isEmpty()) {
        html +=
            QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Samples described"), f.samples.join(QStringLiteral(", ")).toHtmlEscaped());
    }

    int errors = 0, warnings = 0;
    QString problems;
    for (const FileRecord& file : d.files) {
        for (const FileProblem& p : file.problems) {
            if (p.severity == FileProblem::Severity::Error)
                ++errors;
            else if (p.severity == FileProblem::Severity::Warning)
                ++warnings;
            problems += QStringLiteral("<li><b>%1</b> %2: %3</li>")
                            .arg(QFileInfo(file.path).fileName().toHtmlEscaped(),
                                 p.location.toHtmlEscaped(), p.message.toHtmlEscaped());
        }
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Problems"));
    if (problems.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("None found."));
    else
        html += QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(tr("%n error(s)", "", errors) + QStringLiteral(", ") +
                             tr("%n warning(s)", "", warnings),
                         problems);
    return html;
}

void DatasetDetailView::fillSamples(const DatasetDetail& d)
{
    m_samplesModel->clear();
    const VariantStatistics s = d.primary.statisticsKind == QLatin1String("variants")
                                    ? VariantStatistics::fromJson(d.primary.statistics)
                                    : VariantStatistics();
    const auto consentItem = [&d](const QString& sample) {
        QStandardItem* item = textItem(d.consent.value(sample));
        if (d.excluded.contains(sample))
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        return item;
    };
    if (!s.perSample.isEmpty()) {
        m_samplesModel->setHorizontalHeaderLabels({tr("#"), tr("Sample"), tr("Hom-ref"), tr("Het"),
                                                   tr("Hom-alt"), tr("Missing"), tr("Consent")});
        for (int i = 0; i < s.perSample.size(); ++i) {
            const auto& p = s.perSample[i];
            m_samplesModel->appendRow({numberItem(i + 1), textItem(p.name), numberItem(p.homRef),
                                       numberItem(p.het), numberItem(p.homAlt),
                                       numberItem(p.missing), consentItem(p.name)});
        }
    } else {
        m_samplesModel->setHorizontalHeaderLabels({tr("#"), tr("Sample"), tr("Consent")});
        for (int i = 0; i < d.primary.samples.size(); ++i)
            m_samplesModel->appendRow({numberItem(i + 1), textItem(d.primary.samples[i]),
                                       consentItem(d.primary.samples[i])});
    }
    m_samples->resizeColumnsToContents();
}

void DatasetDetailView::fillContigs(const DatasetDetail& d)
{
    m_contigsModel->clear();
    const bool alignments = d.primary.statisticsKind == QLatin1String("alignments");
    QStringList labels{tr("Contig"), tr("Length")};
    labels << (alignments ? tr("Mapped reads") : tr("Records"));
    if (alignments)
        labels << tr("Unmapped reads");
    m_contigsModel->setHorizontalHeaderLabels(labels);
    for (const auto& c : d.primary.contigs) {
        QList<QStandardItem*> items{textItem(c.name), numberItem(c.length), numberItem(c.records)};
        if (alignments)
            items << numberItem(c.unmapped);
        m_contigsModel->appendRow(items);
    }
    m_contigs->resizeColumnsToContents();
}

void DatasetDetailView::fillFiles(const DatasetDetail& d)
{
    m_filesModel->clear();
    m_filesModel->setHorizontalHeaderLabels(
        {tr("File"), tr("Role"), tr("Format"), tr("Size"), tr("Status"), tr("Problems")});
    for (const FileRecord& f : d.files) {
        QStringList problems;
        for (const FileProblem& p : f.problems)
            problems << (p.location.isEmpty() ? p.message
                                              : p.location + QStringLiteral(": ") + p.message);
        m_filesModel->appendRow({textItem(f.relPath), textItem(f.role), textItem(f.format),
                                 numberItem(f.size), textItem(f.status),
                                 textItem(problems.join(QLatin1Char('\n')))});
    }
    m_files->resizeColumnsToContents();
    m_files->resizeRowsToContents();
}

} // namespace steward
