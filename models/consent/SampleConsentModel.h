#pragma once

#include <QAbstractTableModel>

#include "models/consent/DatasetConsent.h"

namespace steward {

/** The consent view's table: each sample of a dataset with its codes and match result. */
class SampleConsentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleConsentModel)

public:
    enum Column
    {
        Sample,
        Consent,
        Given,
        Status,
        Decision,
        Reason,
        Source,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        IdRole,      // the consent record's id, 0 when none
        SampleRole,  // the sample id ("" for the dataset-level row)
        DecisionRole // APPROVE | NEEDS_REVIEW | DENY | EXCLUDED
    };

    explicit SampleConsentModel(QObject* parent = nullptr);

    void setMatch(const DatasetMatch& match);
    const DatasetMatch& match() const { return m_match; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const SampleMatch* recordAt(const QModelIndex& index) const;
    int indexOf(const QString& sampleId) const;

private:
    QVariant displayValue(const SampleMatch& s, int column) const;
    DatasetMatch m_match;
};

} // namespace steward
