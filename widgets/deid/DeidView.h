#pragma once

#include <atomic>
#include <memory>

#include <QFutureWatcher>
#include <QWidget>

#include "models/deid/DeidRunner.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace steward {

class Catalog;
class HeaderDiffView;
class PhiFindingsModel;

/**
 * The de-identification of one dataset for one review item: choose and run a profile in the
 * background, then read what it found (resolved or not), the header before and after side by
 * side, the validation of every output (record counts and content digests), and, on request,
 * the sample-to-pseudonym table. The item's de-identification part is approved or rejected
 * here; approval is refused while a high-severity finding is unresolved.
 */
class DeidView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeidView)

public:
    DeidView(const Catalog& catalog, QWidget* parent = nullptr);
    ~DeidView() override;

    /** Shows a review item's dataset; 0 clears the view. */
    void showItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    /** Re-reads the newest run from the catalog. */
    void reload();
    /** Runs a shipped profile by name, or a profile file, in the background. */
    void runProfile(const QString& nameOrPath);
    bool isRunning() const { return m_watcher.isRunning(); }

    PhiFindingsModel* findings() const { return m_findings; }
    HeaderDiffView* headerDiff() const { return m_diff; }

Q_SIGNALS:
    void runFinished(bool ok);
    /** After a run or a decision, so the queue refreshes. */
    void changed();
    void pseudonymsShown(int rows);

private:
    void startRun();
    void cancelRun();
    void runDone();
    void decide(int action);
    void showPseudonyms();
    void showRisk();
    void showMessage(const QString& text, bool error);

    const Catalog& m_catalog;
    qint64 m_itemId = 0;
    QString m_datasetPath;
    QString m_datasetName;
    QLabel* m_title;
    QComboBox* m_profile;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_message;
    QTabWidget* m_tabs;
    PhiFindingsModel* m_findings;
    QTableView* m_findingsView;
    HeaderDiffView* m_diff;
    QTableWidget* m_validation;
    QTableWidget* m_pseudonyms;
    QPushButton* m_showPseudonyms;
    QPushButton* m_risk;
    QLineEdit* m_comment;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_reopen;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<DeidRunner::Result> m_watcher;
};

} // namespace steward
