#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QGridLayout;
class QTableWidget;
class QLabel;

namespace steward {

class PlotPanel;

/**
 * The plots of one file's statistics, from the catalog: for variants the QUAL
 * distribution, allele-frequency spectrum, Ts/Tv, indel lengths, records per contig and
 * per-sample genotype counts; for alignments MAPQ, read lengths, reads per contig and the
 * flagstat table.
 */
class StatisticsPlots final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsPlots)

public:
    explicit StatisticsPlots(QWidget* parent = nullptr);

    /** kind: "variants" or "alignments"; anything else shows an explanation. */
    void showStatistics(const QString& kind, const QJsonObject& statistics);
    QList<PlotPanel*> panels() const { return m_panels; }
    PlotPanel* panel(const QString& title) const;
    QTableWidget* flagstatTable() const { return m_flagstat; }
    /** The QUAL histogram is shown in at most this many bars. */
    static constexpr int kQualBins = 60;

private:
    void clear();
    PlotPanel* addPanel(const QString& title);
    void showVariants(const QJsonObject& statistics);
    void showAlignments(const QJsonObject& statistics);

    QGridLayout* m_grid;
    QLabel* m_message;
    QTableWidget* m_flagstat;
    QList<PlotPanel*> m_panels;
};

} // namespace steward
