#pragma once

#include <atomic>
#include <memory>

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "models/bundle/BundleSealer.h"
#include "widgets/bundle/BundleDetailPane.h"
#include "widgets/bundle/BundleEditor.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace steward {

class BundleListModel;
class Catalog;
class KeyManagerDialog;

/**
 * The Bundles area: every bundle (drafts, sealed, delivered) with its state, size and
 * identifier, the selected bundle's files and latest verification, and the actions on it: make
 * or edit a draft (BundleEditor), seal it (BundleSealer in the background, with progress and
 * cancel), verify the bag (BagValidator in the background), make a new version of a sealed
 * one, discard a draft, show the bag's folder, and manage the Crypt4GH keys.
 */
class BundlesArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundlesArea)

public:
    explicit BundlesArea(const Catalog& catalog, QWidget* parent = nullptr);
    ~BundlesArea() override;

    /** Re-reads the bundles (a small catalog read), keeping the selection. */
    void reload();

    BundleListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    BundleDetailPane* detail() const { return m_detail; }
    /** The editor currently open, if any. */
    BundleEditor* editor() const { return m_editor; }
    qint64 selectedBundle() const;
    void selectBundle(qint64 id);

    /** Opens the editor for a new draft (window-modal) and returns it. */
    BundleEditor* newBundle();
    /** Opens the editor on a draft; nullptr when it is not a draft. */
    BundleEditor* editDraft(qint64 id);
    /** Seals a draft in the background; sealFinished() follows. */
    void seal(qint64 id);
    /** Verifies a sealed bundle's bag in the background; verifyFinished() follows. */
    void verify(qint64 id);
    /** Makes the next version of a sealed bundle as a draft and selects it. */
    bool newVersion(qint64 id);
    /** Discards a draft (no confirmation; the button asks first). */
    bool discardDraft(qint64 id);
    /** Opens the key manager (window-modal) and returns it. */
    KeyManagerDialog* manageKeys();
    void cancel();
    bool isBusy() const;
    /** The latest verification of a bundle in this session, nullptr when none. */
    const BundleDetailPane::Verification* verification(qint64 id) const;

Q_SIGNALS:
    void sealFinished(bool ok, qint64 bundleId);
    void verifyFinished(bool valid, qint64 bundleId);
    /** A bundle was made, changed, sealed or discarded. */
    void changed();

private:
    struct Progress;

    void currentChanged();
    void updateActions();
    void startProgress(const QString& text);
    void pollProgress();
    void stopProgress();
    void sealDone();
    void verifyDone();
    void editorClosed(BundleEditor* editor, int result);
    void confirmDiscard();
    void showInFolder();
    void showMessage(const QString& text, bool error);

    const Catalog& m_catalog;
    BundleListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_stack;
    QTableView* m_view;
    BundleDetailPane* m_detail;
    QLabel* m_message;
    QWidget* m_progressRow;
    QLabel* m_step;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_edit;
    QPushButton* m_seal;
    QPushButton* m_verify;
    QPushButton* m_newVersion;
    QPushButton* m_discard;
    QPushButton* m_showFolder;
    QPointer<BundleEditor> m_editor;
    std::shared_ptr<Progress> m_progressState;
    QTimer m_progressTimer;
    qint64 m_busyBundle = 0;
    QHash<qint64, BundleDetailPane::Verification> m_verifications;
    QFutureWatcher<BundleSealer::Result> m_sealWatcher;
    QFutureWatcher<BundleDetailPane::Verification> m_verifyWatcher;
};

} // namespace steward
