#pragma once

#include <QWidget>

#include "models/consent/DataUse.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace steward {

/** Edits a destination's declared data use: primary purpose, diseases, flags, region... */
class DataUseEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataUseEditor)

public:
    explicit DataUseEditor(QWidget* parent = nullptr);

    void setDataUse(const DataUse& use);
    /** False with a message naming the field when the entries do not make a valid use. */
    bool dataUse(DataUse* use, QString* error) const;

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_primary;
    QLineEdit* m_diseases;
    QLineEdit* m_region;
    QLineEdit* m_project;
    QLineEdit* m_institution;
    QCheckBox* m_forProfit;
    QCheckBox* m_commercial;
    QCheckBox* m_irb;
    QCheckBox* m_collaboration;
    QCheckBox* m_publication;
    QCheckBox* m_returnData;
};

} // namespace steward
