#include "widgets/common/CopyableTableView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMap>

namespace steward {

CopyableTableView::CopyableTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &CopyableTableView::copySelection);
    addAction(copy);
}

QString CopyableTableView::selectionAsText() const
{
    if (!model())
        return QString();
    QMap<int, QMap<int, QString>> cells;
    const QModelIndexList selected =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (selected.isEmpty()) {
        for (int r = 0; r < model()->rowCount(); ++r)
            for (int c = 0; c < model()->columnCount(); ++c)
                cells[r][c] = model()->index(r, c).data().toString();
    } else {
        for (const QModelIndex& i : selected)
            cells[i.row()][i.column()] = i.data().toString();
    }
    QStringList lines;
    QStringList header;
    if (!cells.isEmpty()) {
        for (int c : cells.first().keys())
            header << model()->headerData(c, Qt::Horizontal).toString();
        lines << header.join(QLatin1Char('\t'));
    }
    for (auto row = cells.cbegin(); row != cells.cend(); ++row)
        lines << QStringList(row.value().values()).join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void CopyableTableView::copySelection() const
{
    QApplication::clipboard()->setText(selectionAsText());
}

void CopyableTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace steward
