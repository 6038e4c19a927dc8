#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace steward {

struct DeidOutputRecord;

/**
 * A file's header before and after de-identification, side by side: lines that were dropped
 * or rewritten are marked red on the left, lines that are new or rewritten green on the right,
 * and the two panes scroll together.
 */
class HeaderDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderDiffView)

public:
    explicit HeaderDiffView(QWidget* parent = nullptr);

    void setOutputs(const QVector<DeidOutputRecord>& outputs);
    /** Lines marked as removed (left) and added (right) in the file shown. */
    int removedLines() const { return m_removed; }
    int addedLines() const { return m_added; }
    QPlainTextEdit* before() const { return m_before; }
    QPlainTextEdit* after() const { return m_after; }

private:
    void showFile(int index);

    QComboBox* m_file;
    QLabel* m_summary;
    QPlainTextEdit* m_before;
    QPlainTextEdit* m_after;
    QVector<QPair<QString, QString>> m_headers; // before, after
    int m_removed = 0;
    int m_added = 0;
};

} // namespace steward
