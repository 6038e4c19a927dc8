#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;
class QPushButton;

namespace steward {

/** A friendly empty area: a title, a sentence on what will appear here, and actions. */
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QString& title, const QString& text, QWidget* parent = nullptr);
    QPushButton* addButton(const QString& text);

private:
    QVBoxLayout* m_buttons;
};

} // namespace steward
