#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include "models/consent/ConsentRecord.h"
#include "models/consent/DuoTermTable.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace steward {

/**
 * Edits one consent record: the DUO codes (checked as they are typed), the dates, withdrawal
 * and the consent document (its SHA-256 is computed off the GUI thread).
 */
class ConsentEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentEditDialog)

public:
    /** datasetName: offered as the record's scope besides "every dataset". */
    ConsentEditDialog(const DuoTermTable& terms, const ConsentRecord& record,
                      const QString& datasetName, QWidget* parent = nullptr);
    ~ConsentEditDialog() override;

    ConsentRecord record() const;

private:
    void validate();
    void chooseDocument();

    DuoTermTable m_terms;
    ConsentRecord m_record;
    QLineEdit* m_sample;
    QComboBox* m_scope;
    QLineEdit* m_codes;
    QLabel* m_codesCheck;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
    QCheckBox* m_hasExpiry;
    QDateEdit* m_expiry;
    QCheckBox* m_withdrawn;
    QDateEdit* m_withdrawnDate;
    QLineEdit* m_document;
    QLabel* m_documentHash;
    QDialogButtonBox* m_buttons;
    QFutureWatcher<QString> m_hashWatcher;
    bool m_hashing = false;
};

} // namespace steward
