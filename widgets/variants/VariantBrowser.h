#pragma once

#include <QPointer>
#include <QWidget>

#include "models/variants/VariantFilterJob.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace steward {

class Catalog;
class JobManager;
class VariantDetailPane;
class VariantTableModel;

/**
 * A clinician's variant table over one VCF/BCF of any size: pick a sample (patient view
 * shows only the records it carries, genotype columns first), filter with a bcftools-style
 * expression and one-click filters (matches appear as they are found), inspect a record,
 * and export what is shown.
 */
class VariantBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariantBrowser)

public:
    /** @param catalog where row indexes are cached (may be null). */
    explicit VariantBrowser(JobManager& jobs, const Catalog* catalog = nullptr,
                            QWidget* parent = nullptr);
    ~VariantBrowser() override;

    /** Opens a VCF/BCF in the background; opened() follows, or an error is shown. */
    void openFile(const QString& path);
    QString path() const;
    VariantTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    VariantDetailPane* detailPane() const { return m_detail; }

    /** Starts the filter from the current controls (cancels one that runs). */
    void applyFilter();
    /** The selected rows' visible columns as TSV with a header line (what Copy puts on the
     * clipboard). */
    QString selectedRowsText() const;
    /** Writes the shown rows and columns; .csv or .tsv by the file's suffix. Returns the job id. */
    int exportShown(const QString& output);

    /** Where indexed copies of unseekable files are made (never beside the user's file). */
    static QString cacheFolder();

Q_SIGNALS:
    void opened(const QString& path);
    void filterFinished(const steward::VariantFilterJob::Result& result);
    void exportFinished(const QString& output, qint64 rows);

private:
    void buildControls();
    void goToRegion();
    void makeIndexedCopy();
    void fileOpened(const QString& path);
    void setSample(int index);
    void setPatientView(bool on);
    void chooseBed();
    void chooseExport();
    void updateStatus();
    void showHeaderMenu(const QPoint& pos);
    void restoreColumns();
    void saveColumns() const;
    QString columnSettingsKey() const;

    JobManager& m_jobs;
    VariantTableModel* m_model;
    QTableView* m_view;
    VariantDetailPane* m_detail;
    QLabel* m_file;
    QLineEdit* m_region;
    QComboBox* m_sample;
    QCheckBox* m_patient;
    QComboBox* m_mode;
    QLineEdit* m_expression;
    QLabel* m_error;
    QCheckBox* m_pass;
    QComboBox* m_impact;
    QCheckBox* m_clinVar;
    QCheckBox* m_rare;
    QDoubleSpinBox* m_rareThreshold;
    QLineEdit* m_genes;
    QPushButton* m_bed;
    QLabel* m_status;
    QWidget* m_copyBanner;
    QLabel* m_copyText;
    QString m_originalPath; // when an indexed copy from the cache is shown
    QString m_bedPath;
    QString m_annotationKind;
    QPointer<VariantFilterJob> m_filterJob;
    int m_filterJobId = 0;
    qint64 m_matched = 0;
    bool m_filtering = false;
    QString m_lastResult;
};

} // namespace steward
