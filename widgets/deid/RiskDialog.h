#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include "models/deid/RiskReport.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace steward {

class PlotPanel;

/**
 * Re-identification risk of a tabular sidecar: choose the quasi-identifiers (ages banded, ZIP
 * codes cut and dates reduced to years where the column name says so; the spec line can be
 * edited) and a sensitive attribute, then read k-anonymity, the records in classes smaller
 * than k, l-diversity and a chart of class sizes, with a warning below k.
 */
class RiskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskDialog)

public:
    /** tables: the dataset's CSV/TSV/PED sidecars offered first. */
    explicit RiskDialog(const QStringList& tables, QWidget* parent = nullptr);
    ~RiskDialog() override;

    void setFile(const QString& path);
    /** Sets the quasi-identifier spec ("age:band10,sex,zip:3"), the sensitive column and k,
     * then computes in the background; computed() follows. */
    void compute(const QString& spec, const QString& sensitive, int k);
    const RiskReport& report() const { return m_report; }
    PlotPanel* chart() const { return m_chart; }

Q_SIGNALS:
    void computed(bool ok);

private:
    void chooseFile();
    void loadColumns();
    void showColumns();
    void updateSpec();
    void checkSpecColumns();
    void startCompute();
    void showResult();

    QComboBox* m_file;
    QListWidget* m_columns;
    QLineEdit* m_spec;
    QComboBox* m_sensitive;
    QSpinBox* m_k;
    QPushButton* m_compute;
    QLabel* m_summary;
    QLabel* m_warning;
    PlotPanel* m_chart;
    QTableWidget* m_risky;
    RiskReport m_report;
    QString m_error;
    QFutureWatcher<QPair<bool, QPair<RiskReport, QString>>> m_watcher;
    struct Columns
    {
        QString path;
        QStringList header;
        int records = 0;
        QString error;
    };
    QFutureWatcher<Columns> m_columnWatcher;
    bool m_columnsShown = false;
    QString m_pendingSpec; // compute() asked for while the columns were being read
    QString m_pendingSensitive;
};

} // namespace steward
