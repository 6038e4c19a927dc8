#include "widgets/catalog/DatasetBrowser.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include "models/catalog/DatasetTableModel.h"

namespace steward {
namespace {

/** Colours the name by the dataset's worst problem, so broken files stand out. */
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString status = index.data(DatasetTableModel::StatusRole).toString();
        if (index.column() == DatasetTableModel::Problems ||
            index.column() == DatasetTableModel::Name) {
            if (status == QLatin1String("error"))
                option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
            else if (status == QLatin1String("warning") &&
                     index.column() == DatasetTableModel::Problems)
                option->palette.setColor(QPalette::Text, QColor(0xb2, 0x6a, 0x00));
        }
    }
};

} // namespace

DatasetBrowser::DatasetBrowser(DatasetTableModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new DatasetProxyModel(this)),
      m_find(new QLineEdit(this)), m_format(new QComboBox(this)), m_status(new QComboBox(this)),
      m_count(new QLabel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("datasetBrowser"));
    m_proxy->setSourceModel(model);

    m_find->setObjectName(QStringLiteral("datasetFind"));
    m_find->setPlaceholderText(tr("Find datasets by name, folder or format"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('n')) * 24);
    m_format->setObjectName(QStringLiteral("formatFilter"));
    m_format->addItem(tr("All formats"), QString());
    m_format->addItem(tr("Variants (VCF, BCF)"), QStringLiteral("vcf,bcf"));
    m_format->addItem(tr("Alignments (SAM, BAM, CRAM)"), QStringLiteral("sam,bam,cram"));
    m_format->addItem(tr("References (FASTA)"), QStringLiteral("fasta"));
    m_format->addItem(tr("Clinical sidecars"), QStringLiteral("phenopacket,ped,samplesheet"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("With problems"), QStringLiteral("warning,error"));
    m_status->addItem(tr("With errors"), QStringLiteral("error"));
    m_status->addItem(tr("Without problems"), QStringLiteral("ok"));

    m_view->setObjectName(QStringLiteral("datasetTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DatasetTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {14, 7, 6, 6, 8, 4, 6, 5, 7, 7, 7};
    const QFontMetrics header(m_view->horizontalHeader()->font());
    for (int c = 0; c < DatasetTableModel::ColumnCount; ++c) {
        const QString title = model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_view->setColumnWidth(c, qMax(widths[c] * em, header.horizontalAdvance(title) + 28));
    }
    // A column chooser on the header.
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                QMenu menu(this);
                for (int c = 1; c < DatasetTableModel::ColumnCount; ++c) {
                    QAction* a = menu.addAction(
                        m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                    a->setCheckable(true);
                    a->setChecked(!m_view->isColumnHidden(c));
                    connect(a, &QAction::toggled, this,
                            [this, c](bool shown) { m_view->setColumnHidden(c, !shown); });
                }
                menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
            });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_find, 3);
    filters->addWidget(m_format, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_find, &QLineEdit::textChanged, this, &DatasetBrowser::updateFilter);
    connect(m_format, &QComboBox::currentIndexChanged, this, &DatasetBrowser::updateFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DatasetBrowser::updateFilter);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DatasetBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DatasetBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DatasetBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DatasetBrowser::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT datasetSelected(current.data(DatasetTableModel::IdRole).toLongLong());
            });
    connect(m_view, &QTableView::customContextMenuRequested, this, &DatasetBrowser::showMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(DatasetTableModel::KindRole).toString() == QLatin1String("variants"))
            Q_EMIT browseVariantsRequested(index.data(DatasetTableModel::PathRole).toString());
    });
    updateCount();
}

void DatasetBrowser::updateFilter()
{
    DatasetFilter filter;
    filter.setText(m_find->text());
    const auto toSet = [](const QString& csv) {
        QSet<QString> set;
        for (const QString& s : csv.split(QLatin1Char(','), Qt::SkipEmptyParts))
            set.insert(s);
        return set;
    };
    filter.setFormats(toSet(m_format->currentData().toString()));
    filter.setStatuses(toSet(m_status->currentData().toString()));
    m_proxy->setFilter(filter);
    updateCount();
}

void DatasetBrowser::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n dataset(s)", "", all)
                                  : tr("%1 of %2 datasets").arg(shown).arg(all));
}

qint64 DatasetBrowser::currentDatasetId() const
{
    return m_view->currentIndex().data(DatasetTableModel::IdRole).toLongLong();
}

void DatasetBrowser::selectDataset(qint64 id)
{
    const QModelIndex source = m_model->indexOf(id);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        // Hidden by a filter: clear the filters so the user sees what was asked for.
        m_find->clear();
        m_format->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void DatasetBrowser::showMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString path = index.data(DatasetTableModel::PathRole).toString();
    QMenu menu(this);
    if (index.data(DatasetTableModel::KindRole).toString() == QLatin1String("variants")) {
        menu.addAction(tr("Browse variants"), this,
                       [this, path] { Q_EMIT browseVariantsRequested(path); });
        menu.addSeparator();
    }
    menu.addAction(tr("Rescan"), this, [this, path] { Q_EMIT rescanRequested(path); });
    menu.addAction(tr("Show in file manager"), this, [path] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    menu.addAction(tr("Copy path"), this, [path] { QApplication::clipboard()->setText(path); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QByteArray DatasetBrowser::saveState() const
{
    return m_view->horizontalHeader()->saveState();
}

void DatasetBrowser::restoreState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace steward
