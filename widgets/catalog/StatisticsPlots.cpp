#include "widgets/catalog/StatisticsPlots.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

#include "models/formats/AlignmentStatistics.h"
#include "models/formats/VariantStatistics.h"
#include "widgets/common/PlotPanel.h"

namespace steward {

StatisticsPlots::StatisticsPlots(QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout), m_message(new QLabel(this)),
      m_flagstat(new QTableWidget(this))
{
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_flagstat->setObjectName(QStringLiteral("flagstatTable"));
    m_flagstat->setColumnCount(3);
    m_flagstat->setHorizontalHeaderLabels({tr("Flagstat"), tr("QC-passed"), tr("QC-failed")});
    m_flagstat->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_flagstat->verticalHeader()->setVisible(false);
    m_flagstat->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flagstat->setMinimumHeight(300);
    m_flagstat->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

void StatisticsPlots::clear()
{
    for (PlotPanel* p : std::as_const(m_panels))
        delete p;
    m_panels.clear();
    m_flagstat->setVisible(false);
    m_flagstat->setRowCount(0);
    m_grid->removeWidget(m_flagstat);
    m_message->clear();
    m_message->setVisible(false);
}

PlotPanel* StatisticsPlots::addPanel(const QString& title)
{
    auto* panel = new PlotPanel(title, this);
    m_grid->addWidget(panel, m_panels.size(), 0);
    m_panels << panel;
    return panel;
}

PlotPanel* StatisticsPlots::panel(const QString& title) const
{
    for (PlotPanel* p : m_panels)
        if (p->title() == title)
            return p;
    return nullptr;
}

void StatisticsPlots::showStatistics(const QString& kind, const QJsonObject& statistics)
{
    clear();
    if (kind == QLatin1String("variants"))
        showVariants(statistics);
    else if (kind == QLatin1String("alignments"))
        showAlignments(statistics);
    else {
        m_message->setText(tr("There are no statistics to plot for this file: only VCF, BCF, SAM, "
                              "BAM and CRAM files that could be read have them."));
        m_message->setVisible(true);
    }
}

void StatisticsPlots::showVariants(const QJsonObject& json)
{
    const VariantStatistics s = VariantStatistics::fromJson(json);
    const QString count = tr("Count");

    PlotPanel* qual = addPanel(tr("QUAL distribution"));
    QVector<double> keys, values;
    qint64 missingQual = 0;
    double maxQual = 0;
    for (const auto& b : s.qualHistogram) {
        if (b.value < 0)
            missingQual += b.count + b.indels;
        else
            maxQual = qMax(maxQual, b.value);
    }
    // bcftools keeps 0.1-wide bins; a readable histogram has at most kQualBins bars.
    const double width = qMax(1.0, std::ceil((maxQual + 0.1) / kQualBins));
    QMap<double, double> bins;
    for (const auto& b : s.qualHistogram)
        if (b.value >= 0)
            bins[std::floor(b.value / width) * width] += double(b.count + b.indels);
    for (auto it = bins.cbegin(); it != bins.cend(); ++it) {
        keys << it.key() + width / 2;
        values << it.value();
    }
    if (keys.isEmpty())
        qual->setEmptyMessage(tr("No record has a QUAL value."));
    else
        qual->setBars(keys, values, tr("QUAL"), tr("Records"), width * 0.9);
    if (missingQual > 0)
        qual->setNote(
            tr("%1 records have no QUAL (not plotted).").arg(QLocale().toString(missingQual)));

    PlotPanel* af = addPanel(tr("Allele-frequency spectrum"));
    keys.clear();
    values.clear();
    for (const auto& b : s.alleleFrequency) {
        keys << b.value;
        values << double(b.count + b.indels);
    }
    if (keys.isEmpty())
        af->setEmptyMessage(tr("No allele frequencies: the file has no AC/AN and no genotypes."));
    else
        af->setBars(keys, values, tr("Non-reference allele frequency"), tr("Alleles"), 0.008);

    PlotPanel* tstv = addPanel(tr("Transitions and transversions"));
    tstv->setCategoryBars({tr("Transitions"), tr("Transversions")},
                          {{count, {double(s.transitions), double(s.transversions)}, QColor()}},
                          QString(), tr("SNP alleles"));
    tstv->setNote(tr("Ts/Tv %1 (about 2.0-2.1 is expected for whole genomes, about 3.0 for exomes)")
                      .arg(s.tsTvText()));

    PlotPanel* indel = addPanel(tr("Indel length distribution"));
    keys.clear();
    values.clear();
    for (const auto& b : s.indelLengths) {
        keys << b.value;
        values << double(b.count);
    }
    if (keys.isEmpty())
        indel->setEmptyMessage(tr("The file has no indels."));
    else
        indel->setBars(keys, values, tr("Length (deletions negative)"), tr("Indels"), 0.8);

    PlotPanel* contigs = addPanel(tr("Records per contig"));
    QStringList names;
    QVector<double> records;
    for (const auto& c : s.contigs) {
        if (c.records <= 0)
            continue;
        names << c.name;
        records << double(c.records);
    }
    if (names.isEmpty())
        contigs->setEmptyMessage(tr("The file has no records."));
    else
        contigs->setCategoryBars(names, {{tr("Records"), records, QColor()}}, tr("Contig"),
                                 tr("Records"));

    PlotPanel* samples = addPanel(tr("Genotypes per sample"));
    if (s.perSample.isEmpty()) {
        samples->setEmptyMessage(s.samples == 0 ? tr("The file has no samples.")
                                                : tr("Per-sample counts were not computed."));
    } else {
        QStringList sampleNames;
        QVector<double> homRef, het, homAlt, missing;
        for (const auto& p : s.perSample) {
            sampleNames << p.name;
            homRef << double(p.homRef);
            het << double(p.het);
            homAlt << double(p.homAlt);
            missing << double(p.missing);
        }
        samples->setCategoryBars(sampleNames,
                                 {{tr("Hom-ref"), homRef, QColor(0xa0, 0xb4, 0xc8)},
                                  {tr("Het"), het, QColor(0xe0, 0x8a, 0x2c)},
                                  {tr("Hom-alt"), homAlt, QColor(0xb5, 0x4a, 0x4a)},
                                  {tr("Missing"), missing, QColor(0x88, 0x88, 0x88)}},
                                 tr("Sample"), tr("Sites"));
    }
}

void StatisticsPlots::showAlignments(const QJsonObject& json)
{
    const AlignmentStatistics s = AlignmentStatistics::fromJson(json);

    PlotPanel* mapq = addPanel(tr("MAPQ distribution"));
    QVector<double> keys, values;
    for (int q = 0; q < s.mapqHistogram.size(); ++q) {
        if (s.mapqHistogram[q] > 0) {
            keys << q;
            values << double(s.mapqHistogram[q]);
        }
    }
    if (keys.isEmpty())
        mapq->setEmptyMessage(tr("The file has no reads."));
    else
        mapq->setBars(keys, values, tr("Mapping quality"), tr("Reads"), 0.8);

    PlotPanel* lengths = addPanel(tr("Read length distribution"));
    keys.clear();
    values.clear();
    for (int l = 0; l < s.readLengthHistogram.size(); ++l) {
        if (s.readLengthHistogram[l] > 0) {
            keys << l;
            values << double(s.readLengthHistogram[l]);
        }
    }
    if (keys.isEmpty())
        lengths->setEmptyMessage(tr("The file has no reads."));
    else
        lengths->setBars(keys, values, tr("Read length"), tr("Reads"), 0.8);

    PlotPanel* contigs = addPanel(tr("Reads per contig"));
    QStringList names;
    QVector<double> mapped, unmapped;
    for (const auto& c : s.contigs) {
        if (c.mapped + c.unmapped <= 0)
            continue;
        names << c.name;
        mapped << double(c.mapped);
        unmapped << double(c.unmapped);
    }
    if (names.isEmpty())
        contigs->setEmptyMessage(tr("The file has no reads."));
    else
        contigs->setCategoryBars(names,
                                 {{tr("Mapped"), mapped, QColor()},
                                  {tr("Unmapped"), unmapped, QColor(0x88, 0x88, 0x88)}},
                                 tr("Contig"), tr("Reads"));

    // The flagstat lines, as samtools prints them.
    const QStringList lines = s.flagstatText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m_flagstat->setRowCount(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        const int plus = line.indexOf(QLatin1String(" + "));
        const int space = line.indexOf(QLatin1Char(' '), plus + 3);
        const QString passed = line.left(plus);
        const QString failed = line.mid(plus + 3, space - plus - 3);
        m_flagstat->setItem(i, 0, new QTableWidgetItem(line.mid(space + 1)));
        auto* p = new QTableWidgetItem(passed);
        p->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* f = new QTableWidgetItem(failed);
        f->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_flagstat->setItem(i, 1, p);
        m_flagstat->setItem(i, 2, f);
    }
    m_flagstat->resizeColumnToContents(1);
    m_flagstat->resizeColumnToContents(2);
    m_grid->addWidget(m_flagstat, m_panels.size(), 0);
    m_flagstat->setVisible(true);
}

} // namespace steward
