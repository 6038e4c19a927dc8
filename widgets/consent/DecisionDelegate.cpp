#include "widgets/consent/DecisionDelegate.h"

#include <QColor>

namespace steward {

DecisionDelegate::DecisionDelegate(int role, QList<int> columns, QObject* parent)
    : QStyledItemDelegate(parent), m_role(role), m_columns(std::move(columns))
{}

QColor DecisionDelegate::colour(const QString& decision)
{
    if (decision == QLatin1String("DENY"))
        return QColor(0xc6, 0x28, 0x28);
    if (decision == QLatin1String("NEEDS_REVIEW"))
        return QColor(0xb2, 0x6a, 0x00);
    if (decision == QLatin1String("APPROVE"))
        return QColor(0x2e, 0x7d, 0x32);
    if (decision == QLatin1String("EXCLUDED"))
        return QColor(0x75, 0x75, 0x75);
    return QColor();
}

void DecisionDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!m_columns.contains(index.column()))
        return;
    const QColor c = colour(index.data(m_role).toString());
    if (c.isValid())
        option->palette.setColor(QPalette::Text, c);
}

} // namespace steward
