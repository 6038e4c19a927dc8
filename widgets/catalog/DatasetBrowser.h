#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace steward {

class DatasetProxyModel;
class DatasetTableModel;

/**
 * The dataset list: a find box that filters as you type, format and status filters, a
 * sortable table over the catalog, and a context menu (rescan, show in folder, copy path).
 */
class DatasetBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetBrowser)

public:
    DatasetBrowser(DatasetTableModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QLineEdit* findBox() const { return m_find; }
    DatasetProxyModel* proxy() const { return m_proxy; }
    qint64 currentDatasetId() const;
    void selectDataset(qint64 id);
    /** Restores/saves column widths and sort. */
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    void datasetSelected(qint64 id);
    void rescanRequested(const QString& path);
    /** Double-click or menu on a VCF/BCF dataset. */
    void browseVariantsRequested(const QString& path);

private:
    void updateFilter();
    void updateCount();
    void showMenu(const QPoint& pos);

    DatasetTableModel* m_model;
    DatasetProxyModel* m_proxy;
    QLineEdit* m_find;
    QComboBox* m_format;
    QComboBox* m_status;
    QLabel* m_count;
    QTableView* m_view;
};

} // namespace steward
