#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include "models/audit/AuditLog.h"
#include "models/consent/ConsentSheetImporter.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace steward {

class Catalog;
class ConsentView;
class DeidView;
class ReviewQueueModel;

/**
 * The Review area: the queue of review items (dataset x destination) with filters, the
 * consent and de-identification views of the selected item, consent import, destination
 * declarations, the DUO release in use and the audit log's verified state.
 */
class ReviewArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewArea)

public:
    ReviewArea(const Catalog& catalog, QUndoStack* undo, QWidget* parent = nullptr);
    ~ReviewArea() override;

    /** Re-reads items, destinations and the audit state. */
    void reload();
    /** Imports a consent sheet or Phenopacket in the background; importFinished() follows. */
    void importConsent(const QString& path);
    /** Reads, compares and stores a duo.owl/duo.csv release in the background. */
    void importDuoRelease(const QString& path);
    /** Selects the first item of a dataset (and a sample in it), for jumps from Issues. */
    void showDataset(const QString& datasetPath, const QString& sampleId = QString());

    ReviewQueueModel* queue() const { return m_queue; }
    ConsentView* consentView() const { return m_consent; }
    DeidView* deidView() const { return m_deid; }
    /** Shows the consent (0) or de-identification (1) part of the selected item. */
    void showPart(int part);
    QTableView* queueView() const { return m_view; }

Q_SIGNALS:
    void changed();
    void importFinished(const steward::ConsentSheetImporter::Result& result);
    void auditVerified(const steward::AuditLog::Verification& verification);
    void duoImported(bool ok);

private:
    void applyFilter();
    void chooseConsentFile();
    void declareDestination();
    void chooseDuoRelease();
    void verifyAudit();
    void exportAudit();
    void changeReviewer();
    void currentChanged();
    void showImportResult(const ConsentSheetImporter::Result& result);

    const Catalog& m_catalog;
    ReviewQueueModel* m_queue;
    QStackedWidget* m_stack;
    QComboBox* m_state;
    QComboBox* m_destination;
    QLineEdit* m_reviewer;
    QTableView* m_view;
    ConsentView* m_consent;
    QTabWidget* m_parts;
    DeidView* m_deid;
    QLabel* m_banner;
    QListWidget* m_problems;
    QLabel* m_duo;
    QLabel* m_audit;
    QLabel* m_me;
    QFutureWatcher<ConsentSheetImporter::Result> m_importWatcher;
    QFutureWatcher<AuditLog::Verification> m_auditWatcher;
};

} // namespace steward
