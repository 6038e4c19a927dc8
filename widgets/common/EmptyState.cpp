#include "widgets/common/EmptyState.h"

#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace steward {

EmptyState::EmptyState(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent), m_buttons(new QVBoxLayout)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    auto* body = new QLabel(text, this);
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);
    body->setForegroundRole(QPalette::PlaceholderText);

    // Wrapped labels need a width to wrap in: a fixed-width column, centred.
    auto* content = new QWidget(this);
    content->setFixedWidth(560);
    auto* column = new QVBoxLayout(content);
    column->addWidget(heading);
    column->addSpacing(8);
    column->addWidget(body);
    column->addSpacing(16);
    column->addLayout(m_buttons);
    m_buttons->setAlignment(Qt::AlignHCenter);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
}

QPushButton* EmptyState::addButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    button->setMinimumWidth(260);
    m_buttons->addWidget(button, 0, Qt::AlignHCenter);
    return button;
}

} // namespace steward
