#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include "models/bundle/BundlePlanner.h"
#include "models/bundle/BundleRecord.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace steward {

class Catalog;

/**
 * Creates or edits a draft bundle: its name, destination, description, the datasets it
 * carries and the Crypt4GH recipients it is encrypted for. Whenever the choice changes the
 * bundle is planned again off the GUI thread, and the editor shows the files that would ship
 * and every dataset or file refused with the reason. Saving writes the draft; sealing is
 * offered only when every chosen dataset can ship.
 */
class BundleEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleEditor)

public:
    /** bundleId 0: a new draft. */
    BundleEditor(const Catalog& catalog, qint64 bundleId, QWidget* parent = nullptr);
    ~BundleEditor() override;

    /** The draft's id once saved (or when editing one), else 0. */
    qint64 bundleId() const { return m_bundleId; }
    /** The dialog was closed with "Save and seal". */
    bool sealRequested() const { return m_sealRequested; }
    /** The newest plan shown; stale while isPlanning(). */
    const BundlePlanner::Plan& plan() const { return m_plan; }
    /** The choice changed and its plan is not shown yet. */
    bool isPlanning() const { return m_planStale; }

    /** Selects a destination by name; false when there is none of that name. */
    bool setDestination(const QString& name);
    /** Checks or unchecks a dataset by name ("trio.vcf.gz") or path; false when absent. */
    bool setDatasetChecked(const QString& nameOrPath, bool checked);
    /** Checks or unchecks a recipient by name; false when absent. */
    bool setRecipientChecked(const QString& name, bool checked);
    void setBundleName(const QString& name);

Q_SIGNALS:
    /** After each plan has been shown. */
    void planned();
    void saved(qint64 bundleId);

private:
    void loadChoices(const BundleRecord* draft);
    void loadRecipients(const QVector<BundleRecipient>& checked);
    void schedulePlan();
    void startPlan();
    void showPlan();
    void updateButtons();
    void updateEncryptionNote();
    void updateNameHint();
    void manageKeys();
    bool save();
    void showMessage(const QString& text, bool error);
    QStringList checkedDatasets() const;
    QVector<BundleRecipient> checkedRecipients() const;

    const Catalog& m_catalog;
    qint64 m_bundleId;
    bool m_sealRequested = false;
    bool m_nameEdited = false;
    QLineEdit* m_name;
    QLabel* m_nameHint;
    QComboBox* m_destination;
    QPlainTextEdit* m_description;
    QListWidget* m_datasets;
    QListWidget* m_recipients;
    QLabel* m_encryption;
    QLabel* m_planStatus;
    QTableWidget* m_files;
    QListWidget* m_refusals;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_seal;
    BundlePlanner::Plan m_plan;
    bool m_planStale = true;
    bool m_planAgain = false;
    QTimer m_planTimer;
    QFutureWatcher<BundlePlanner::Plan> m_planWatcher;
};

} // namespace steward
