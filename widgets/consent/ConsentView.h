#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace steward {

class Catalog;
class SampleConsentModel;

/**
 * The consent of one dataset for one destination: each sample's DUO codes and match result
 * with the reason, editing of consent records (undoable), the reviewer's decision with a
 * comment, and the history of decisions.
 */
class ConsentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentView)

public:
    ConsentView(const Catalog& catalog, QUndoStack* undo, QWidget* parent = nullptr);

    /** Shows a review item; 0 clears the view. */
    void showItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    void reload();
    SampleConsentModel* model() const { return m_model; }
    /** Selects a sample's row, for jumps from the Issues dock. */
    void selectSample(const QString& sampleId);

Q_SIGNALS:
    /** After a decision or a consent edit, so the queue and the datasets refresh. */
    void changed();

private:
    void decide(int action);
    void editConsent();
    void removeConsent();
    void showMessage(const QString& text, bool error);

    const Catalog& m_catalog;
    QUndoStack* m_undo;
    qint64 m_itemId = 0;
    SampleConsentModel* m_model;
    QLabel* m_title;
    QLabel* m_decision;
    QLabel* m_purpose;
    QLabel* m_invalidated;
    QTableView* m_samples;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPlainTextEdit* m_comment;
    QLabel* m_message;
    QList<QPushButton*> m_actions;
    QListWidget* m_history;
    QLabel* m_reasons;
};

} // namespace steward
