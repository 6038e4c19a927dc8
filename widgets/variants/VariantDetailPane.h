#pragma once

#include <atomic>
#include <memory>

#include <QStringList>
#include <QThreadPool>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace steward {

class CopyableTableView;
class EmptyState;
struct VariantRecordDetail;

/**
 * Everything about the variant selected in the variant browser, under its table: a summary
 * line (locus, gene, most severe consequence, ClinVar with review stars, the selected
 * sample's call) over tabs for every INFO field with its header description, every
 * transcript of each annotation tag, every sample's FORMAT values and the ClinVar fields.
 *
 * The record is read on a worker thread (VariantRecordDetail::load); a newer request
 * supersedes one still running, whose result is dropped.
 */
class VariantDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariantDetailPane)

public:
    explicit VariantDetailPane(QWidget* parent = nullptr);
    ~VariantDetailPane() override;

    /**
     * Shows record @p ordinal (0-based) of @p path, highlighting sample @p sampleIndex
     * (-1: none). @p virtualOffset and @p firstOrdinalOfBlock, when the caller has them from
     * the table's row index, let the read start near the record instead of at the file's start.
     */
    void showRecord(const QString& path, qint64 ordinal, int sampleIndex, qint64 virtualOffset = -1,
                    qint64 firstOrdinalOfBlock = -1);
    /** Highlights another sample without reading the record again (-1: none). */
    void setSample(int sampleIndex);
    /** Back to the empty state (no selection); a running read is dropped. */
    void clear();

    bool isLoading() const { return m_loading; }
    /** The record shown, or null (empty state, error). */
    const VariantRecordDetail* detail() const { return m_detail.get(); }
    /** The ordinal of the record shown; -1 when none. */
    qint64 shownOrdinal() const;

Q_SIGNALS:
    /** A requested record is on screen. */
    void recordShown(qint64 ordinal);
    /** The latest request could not be read; @p message is what the pane shows. */
    void loadFailed(const QString& message);

private:
    struct LoadResult;
    class InfoModel;
    class TranscriptModel;
    class SampleModel;
    struct TranscriptView
    {
        QWidget* box = nullptr;
        CopyableTableView* view = nullptr;
        TranscriptModel* model = nullptr;
        QSortFilterProxyModel* proxy = nullptr;
        QLabel* title = nullptr;
    };

    void buildContent();
    QWidget* buildTranscriptsTab();
    QWidget* buildSamplesTab();
    void finished(const LoadResult& result);
    void showDetail(std::shared_ptr<const VariantRecordDetail> detail);
    void showError(const QString& message);
    void updateHeader();
    void updateTranscripts();
    void updateClinVar();
    void setWorstFirst(bool on);
    void updateCarrierFilter();
    void revealSample();
    void cancelRunning();

    QStackedWidget* m_pages;
    EmptyState* m_empty;
    QLabel* m_loadingLabel;
    QLabel* m_error;
    QWidget* m_content = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;

    CopyableTableView* m_infoView = nullptr;
    InfoModel* m_infoModel = nullptr;
    QSortFilterProxyModel* m_infoProxy = nullptr;

    QWidget* m_transcriptControls = nullptr;
    QCheckBox* m_worstFirst = nullptr;
    QLabel* m_transcriptNote = nullptr;
    QWidget* m_transcriptTables = nullptr;
    QVBoxLayout* m_transcriptLayout = nullptr;
    QList<TranscriptView> m_transcriptViews;

    QLabel* m_samplesNote = nullptr;
    QLineEdit* m_sampleFilter = nullptr;
    QCheckBox* m_carriersOnly = nullptr;
    CopyableTableView* m_samplesView = nullptr;
    SampleModel* m_sampleModel = nullptr;
    QSortFilterProxyModel* m_sampleProxy = nullptr;
    QStringList m_sampleKeys; // the FORMAT keys the sample columns were sized for

    QWidget* m_clinVarPage = nullptr;

    std::shared_ptr<const VariantRecordDetail> m_detail;
    int m_sample = -1;
    bool m_loading = false;
    quint64 m_generation = 0; // bumps on every request; an older result is dropped
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool; // one thread: reads run one at a time, superseded ones stop early
};

} // namespace steward
