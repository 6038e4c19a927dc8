#pragma once

#include <QStyledItemDelegate>

namespace steward {

/**
 * Colours a cell by a consent decision read from a model role (APPROVE green, NEEDS_REVIEW
 * amber, DENY red, EXCLUDED grey), on the columns given.
 */
class DecisionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDelegate)

public:
    DecisionDelegate(int role, QList<int> columns, QObject* parent = nullptr);

    static QColor colour(const QString& decision);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_role;
    QList<int> m_columns;
};

} // namespace steward
