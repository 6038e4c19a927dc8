#pragma once

#include <QTableView>

namespace steward {

/** A table whose selection copies to the clipboard as tab-separated text (Ctrl+C, menu). */
class CopyableTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyableTableView)

public:
    explicit CopyableTableView(QWidget* parent = nullptr);
    /** The selected cells as TSV (with a header row); all rows when nothing is selected. */
    QString selectionAsText() const;
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace steward
