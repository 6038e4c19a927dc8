#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QToolButton;

namespace steward {

/**
 * One titled chart: bars or stacked bars over numeric or named categories, with axis
 * titles, a tooltip for the bar under the mouse, wheel zoom and drag pan, and export to
 * PNG, SVG or PDF.
 */
class PlotPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlotPanel)

public:
    struct Series
    {
        QString name;
        QVector<double> values; // one per key
        QColor color;
    };

    explicit PlotPanel(const QString& title, QWidget* parent = nullptr);

    /** Bars at numeric keys (histograms). */
    void setBars(const QVector<double>& keys, const QVector<double>& values, const QString& xTitle,
                 const QString& yTitle, double barWidth = 1.0);
    /** Bars (stacked when several series) over named categories. */
    void setCategoryBars(const QStringList& categories, const QVector<Series>& series,
                         const QString& xTitle, const QString& yTitle);
    /** A line under the title, e.g. "Ts/Tv 2.07". */
    void setNote(const QString& note);
    /** Shown instead of the chart when there is nothing to plot. */
    void setEmptyMessage(const QString& message);

    QString title() const;
    /** Data points over all series (what a test compares with the statistics). */
    int pointCount() const;
    /** The sum of the plotted values over all series. */
    double totalValue() const;
    QCustomPlot* plot() const { return m_plot; }

    /** Writes the chart; the format follows the suffix (.png, .svg, .pdf). */
    bool exportTo(const QString& path, QString* error) const;

private:
    void clear();
    void showTooltip(QMouseEvent* event);
    void chooseExport();

    QLabel* m_title;
    QLabel* m_note;
    QLabel* m_empty;
    QToolButton* m_export;
    QCustomPlot* m_plot;
    QStringList m_categories;
    QString m_xTitle;
    int m_points = 0;
};

} // namespace steward
