#pragma once

#include <QHash>
#include <QSet>

#include <QFutureWatcher>
#include <QWidget>

#include "models/catalog/FileRecord.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTabWidget;
class QTextBrowser;

namespace steward {

class Catalog;
class CopyableTableView;
class HeaderHighlighter;
class StatisticsPlots;

/** Everything the catalog knows about one dataset, loaded off the GUI thread. */
struct DatasetDetail
{
    qint64 datasetId = 0;
    FileRecord primary;
    QVector<FileRecord> files;
    /** Each sample's consent as the review sees it: codes, or why it is excluded. */
    QHash<QString, QString> consent;
    QSet<QString> excluded;
};

/**
 * The selected dataset: an overview card, the searchable header, samples and contigs
 * tables, the plots of its statistics, and its files with their problems.
 */
class DatasetDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetDetailView)

public:
    enum Tab
    {
        Overview,
        Header,
        Samples,
        Contigs,
        Plots,
        Files
    };

    explicit DatasetDetailView(const Catalog& catalog, QWidget* parent = nullptr);
    ~DatasetDetailView() override;

    void showDataset(qint64 datasetId);
    void clear();
    qint64 datasetId() const { return m_detail.datasetId; }
    const DatasetDetail& detail() const { return m_detail; }

    QTabWidget* tabs() const { return m_tabs; }
    StatisticsPlots* plots() const { return m_plots; }
    /** Moves the cursor to the next header match; returns the number of matches. */
    int findInHeader(const QString& text);

Q_SIGNALS:
    void loaded(qint64 datasetId);

private:
    void apply(const DatasetDetail& detail);
    QString overviewHtml(const DatasetDetail& detail) const;
    void fillSamples(const DatasetDetail& detail);
    void fillContigs(const DatasetDetail& detail);
    void fillFiles(const DatasetDetail& detail);

    const Catalog& m_catalog;
    DatasetDetail m_detail;
    QFutureWatcher<DatasetDetail> m_watcher;
    qint64 m_requested = 0;

    QLabel* m_title;
    QTabWidget* m_tabs;
    QTextBrowser* m_overview;
    QLineEdit* m_headerSearch;
    QLabel* m_headerMatches;
    QPlainTextEdit* m_header;
    HeaderHighlighter* m_highlighter;
    QStandardItemModel* m_samplesModel;
    QStandardItemModel* m_contigsModel;
    QStandardItemModel* m_filesModel;
    CopyableTableView* m_samples;
    CopyableTableView* m_contigs;
    CopyableTableView* m_files;
    StatisticsPlots* m_plots;
};

} // namespace steward
