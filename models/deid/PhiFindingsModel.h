#pragma once

#include <QAbstractTableModel>

#include "models/deid/PhiFinding.h"

namespace steward {

/** The findings of a de-identification run (or a scan): one row per finding, unresolved and
 * severe first, for the review's findings table. */
class PhiFindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhiFindingsModel)

public:
    enum Column
    {
        Status,
        Severity,
        Class,
        File,
        Location,
        Text,
        Action,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        SeverityRole, // int(PhiSeverity)
        ResolvedRole,
        FilePathRole
    };

    explicit PhiFindingsModel(QObject* parent = nullptr);

    void setFindings(const PhiFindings& findings);
    const PhiFinding* recordAt(const QModelIndex& index) const;
    int unresolved(PhiSeverity atLeast) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant displayValue(const PhiFinding& f, int column) const;
    QVariant sortValue(const PhiFinding& f, int column) const;

    PhiFindings m_findings;
};

} // namespace steward
