#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

#include "models/common/Setting.h"
#include "models/transfer/TransferRecord.h"

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QDoubleSpinBox;
class QStackedWidget;
class QSystemTrayIcon;
class QToolButton;
class QTreeView;

namespace steward {

class Catalog;
class TransferManager;
class TransferQueueModel;

namespace transfersettings {
/** Global speed limit in MB/s (1 MB = 1,048,576 bytes), 0 for none. */
inline const Setting<double> kSpeedLimit{"Transfers/speedLimitMBps", 0.0};
/** Folder of the default "Local outbox" repository; empty: outbox in the application data. */
inline const Setting<QString> kOutboxFolder{"Transfers/outboxFolder", {}};
} // namespace transfersettings

/**
 * The Transfers page, laid out like a download manager: push a folder to a repository,
 * pause, resume, retry and cancel transfers (or all of them), a global speed limit, the
 * queue with progress bars that expand to each file, and an inline banner quoting what a
 * stopped transfer needs from the user. It also provides the status-bar summary and
 * notifies when a transfer is delivered or needs attention.
 */
class TransfersArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersArea)

public:
    TransfersArea(const Catalog& catalog, TransferManager& manager, QWidget* parent = nullptr);
    ~TransfersArea() override;

    /** Queues a folder for a repository in the background; pushed() or pushFailed() follows. */
    void pushFolder(const QString& folder, qint64 repositoryId);
    /** Opens the dialog that picks a folder and a repository (folder pre-filled if given). */
    void openPushDialog(const QString& folder = QString());
    /** Selects a transfer's row. */
    void selectTransfer(qint64 id);
    /** The selected transfer, 0 when none. */
    qint64 selectedTransfer() const;

    TransferQueueModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    /** "2 transfers · 45 MB/s · 3 min left", for the main window's status bar. */
    QWidget* summaryWidget() const;
    QString summaryText() const;
    QString bannerText() const;
    /** True when notifications go to the system tray (else the main window shows them). */
    bool usesSystemTray() const;
    /** Re-derives the summary's text and visibility (after the widget moved to a status bar). */
    void updateSummary();

Q_SIGNALS:
    void pushed(qint64 id);
    void pushFailed(const QString& message);
    /** A transfer was delivered or needs attention; the text says which and why. */
    void notified(const QString& text);
    /** The user wants to fix a repository's settings or credentials. */
    void editRepositoryRequested(qint64 repositoryId);
    /** The status-bar summary was clicked. */
    void showRequested();

private:
    void buildActions();
    void updateActions();
    void updateBanner();
    void updateStack();
    void notify(const QString& text);
    void onStateChanged(qint64 id, TransferState before, TransferState after);
    void onAttention(qint64 id);
    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void applySpeedLimit(double megabytesPerSecond);

    const Catalog& m_catalog;
    TransferManager& m_manager;
    TransferQueueModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_stack;
    QTreeView* m_view;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_bannerResume;
    QPushButton* m_bannerEdit;
    QPointer<QToolButton> m_summary; // lives in the main window's status bar
    QDoubleSpinBox* m_speedLimit;
    QAction* m_push = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_retry = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_pauseAll = nullptr;
    QAction* m_resumeAll = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    qint64 m_bannerTransfer = 0;
    QString m_pushError;
    QSet<qint64> m_dismissed;
    int m_pushesRunning = 0;
};

} // namespace steward
