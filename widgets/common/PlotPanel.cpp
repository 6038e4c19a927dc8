#include "widgets/common/PlotPanel.h"

#include <qcustomplot.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace steward {
namespace {

const QColor kPalette[] = {QColor(0x3b, 0x6e, 0xa8), QColor(0xe0, 0x8a, 0x2c),
                           QColor(0x4e, 0x9a, 0x5b), QColor(0xb5, 0x4a, 0x4a),
                           QColor(0x7d, 0x5b, 0xa6)};

void styleAxis(QCPAxis* axis, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    axis->setLabelColor(text);
    axis->setTickLabelColor(text);
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->grid()->setPen(QPen(palette.color(QPalette::Mid), 0, Qt::DotLine));
}

} // namespace

PlotPanel::PlotPanel(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_note(new QLabel(this)),
      m_empty(new QLabel(this)), m_export(new QToolButton(this)), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("plot:") + title);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note->setVisible(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save this chart as PNG, SVG or PDF"));
    m_export->setAutoRaise(true);
    connect(m_export, &QToolButton::clicked, this, &PlotPanel::chooseExport);

    m_plot->setMinimumHeight(220);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setBackground(palette().brush(QPalette::Base));
    styleAxis(m_plot->xAxis, palette());
    styleAxis(m_plot->yAxis, palette());
    connect(m_plot, &QCustomPlot::mouseMove, this, &PlotPanel::showTooltip);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_empty, 1);
}

QString PlotPanel::title() const
{
    return m_title->text();
}

void PlotPanel::clear()
{
    m_plot->clearPlottables();
    m_categories.clear();
    m_points = 0;
    m_empty->setVisible(false);
    m_plot->setVisible(true);
    m_export->setEnabled(true);
}

void PlotPanel::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void PlotPanel::setEmptyMessage(const QString& message)
{
    clear();
    m_empty->setText(message);
    m_empty->setVisible(true);
    m_plot->setVisible(false);
    m_export->setEnabled(false);
}

void PlotPanel::setBars(const QVector<double>& keys, const QVector<double>& values,
                        const QString& xTitle, const QString& yTitle, double barWidth)
{
    clear();
    m_xTitle = xTitle;
    auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setName(yTitle);
    // Many narrow bins would vanish below a pixel: draw them a fixed two pixels wide.
    if (keys.size() > 120) {
        bars->setWidthType(QCPBars::wtAbsolute);
        bars->setWidth(2);
    } else {
        bars->setWidth(barWidth);
    }
    bars->setPen(Qt::NoPen);
    bars->setBrush(kPalette[0]);
    bars->setData(keys, values, true);
    m_points = keys.size();
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_plot->xAxis->setLabel(xTitle);
    m_plot->yAxis->setLabel(yTitle);
    m_plot->legend->setVisible(false);
    m_plot->rescaleAxes();
    const QCPRange x = m_plot->xAxis->range();
    m_plot->xAxis->setRange(x.lower - barWidth, x.upper + barWidth);
    m_plot->yAxis->setRangeLower(0);
    m_plot->yAxis->setRangeUpper(m_plot->yAxis->range().upper * 1.08 + 1e-9);
    m_plot->replot();
}

void PlotPanel::setCategoryBars(const QStringList& categories, const QVector<Series>& series,
                                const QString& xTitle, const QString& yTitle)
{
    clear();
    m_xTitle = xTitle;
    m_categories = categories;
    QVector<double> keys(categories.size());
    for (int i = 0; i < keys.size(); ++i)
        keys[i] = i + 1;
    QCPBars* below = nullptr;
    for (int s = 0; s < series.size(); ++s) {
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(series[s].name);
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(series[s].color.isValid() ? series[s].color : kPalette[s % 5]);
        bars->setData(keys, series[s].values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_points += series[s].values.size();
    }
    // Past a few dozen names the labels would overprint: number them; tooltips name them.
    if (categories.size() <= 40) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (int i = 0; i < categories.size(); ++i)
            ticker->addTick(keys[i], categories[i]);
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setTickLabelRotation(categories.size() > 8 ? 60 : 0);
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        m_plot->xAxis->setTickLabelRotation(0);
    }
    m_plot->xAxis->setLabel(xTitle);
    m_plot->yAxis->setLabel(yTitle);
    m_plot->legend->setVisible(series.size() > 1);
    m_plot->legend->setBrush(palette().brush(QPalette::Base));
    m_plot->legend->setTextColor(palette().color(QPalette::WindowText));
    m_plot->rescaleAxes();
    m_plot->xAxis->setRange(0.3, categories.size() + 0.7);
    m_plot->yAxis->setRangeLower(0);
    m_plot->yAxis->setRangeUpper(m_plot->yAxis->range().upper * 1.1 + 1e-9);
    m_plot->replot();
}

int PlotPanel::pointCount() const
{
    return m_points;
}

double PlotPanel::totalValue() const
{
    double total = 0;
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        if (auto* bars = qobject_cast<QCPBars*>(m_plot->plottable(i)))
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                total += it->value;
    return total;
}

void PlotPanel::showTooltip(QMouseEvent* event)
{
    const double key = m_plot->xAxis->pixelToCoord(event->pos().x());
    QStringList lines;
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        auto* bars = qobject_cast<QCPBars*>(m_plot->plottable(i));
        if (!bars || bars->data()->isEmpty())
            continue;
        const double half =
            bars->widthType() == QCPBars::wtAbsolute
                ? qAbs(m_plot->xAxis->pixelToCoord(3) - m_plot->xAxis->pixelToCoord(0))
                : bars->width() / 2;
        auto it = bars->data()->findBegin(key - half, false);
        if (it == bars->data()->constEnd() || qAbs(it->key - key) > half)
            continue;
        const QString where = m_categories.isEmpty() ? QLocale().toString(it->key, 'g', 6)
                                                     : m_categories.value(int(it->key) - 1);
        if (lines.isEmpty())
            lines << QStringLiteral("%1: %2").arg(m_xTitle, where);
        lines << QStringLiteral("%1: %2").arg(bars->name(), QLocale().toString(it->value, 'f', 0));
    }
    if (lines.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')),
                           m_plot);
}

bool PlotPanel::exportTo(const QString& path, QString* error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int w = qMax(m_plot->width(), 800);
    const int h = qMax(m_plot->height(), 500);
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = m_plot->savePng(path, w, h);
    } else if (suffix == QLatin1String("pdf")) {
        ok = m_plot->savePdf(path, w, h);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(QSize(w, h));
        generator.setViewBox(QRect(0, 0, w, h));
        generator.setTitle(title());
        QCPPainter painter;
        if (painter.begin(&generator)) {
            m_plot->toPainter(&painter, w, h);
            ok = painter.end();
        }
    } else {
        if (error)
            *error = tr("Choose a file ending in .png, .svg or .pdf.");
        return false;
    }
    if (!ok && error)
        *error = tr("Could not write %1.").arg(path);
    return ok;
}

void PlotPanel::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), title() + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        qWarning("%s", qPrintable(error));
}

} // namespace steward
