#include "models/deid/PhiFindingsModel.h"

#include <QFileInfo>

namespace steward {

PhiFindingsModel::PhiFindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PhiFindingsModel::setFindings(const PhiFindings& findings)
{
    beginResetModel();
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const PhiFinding& a, const PhiFinding& b) {
                         if (a.resolved != b.resolved)
                             return !a.resolved;
                         return int(a.severity) > int(b.severity);
                     });
    endResetModel();
}

const PhiFinding* PhiFindingsModel::recordAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return nullptr;
    return &m_findings.at(index.row());
}

int PhiFindingsModel::unresolved(PhiSeverity atLeast) const
{
    int n = 0;
    for (const PhiFinding& f : m_findings)
        if (!f.resolved && int(f.severity) >= int(atLeast))
            ++n;
    return n;
}

int PhiFindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int PhiFindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhiFindingsModel::displayValue(const PhiFinding& f, int column) const
{
    switch (column) {
    case Status:
        return f.resolved ? tr("Resolved") : tr("Open");
    case Severity:
        return PhiFinding::severityLabel(f.severity);
    case Class:
        return PhiFinding::classLabel(f.phiClass);
    case File:
        return QFileInfo(f.file).fileName();
    case Location:
        return f.location();
    case Text:
        return f.text;
    case Action:
        return f.action;
    }
    return QVariant();
}

QVariant PhiFindingsModel::sortValue(const PhiFinding& f, int column) const
{
    switch (column) {
    case Status:
        return f.resolved ? 1 : 0;
    case Severity:
        return -int(f.severity);
    case Location:
        return f.record >= 0 ? f.record : qint64(f.line);
    default:
        return displayValue(f, column);
    }
}

QVariant PhiFindingsModel::data(const QModelIndex& index, int role) const
{
    const PhiFinding* f = recordAt(index);
    if (!f || index.column() >= ColumnCount)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*f, index.column());
    case Qt::ToolTipRole:
        return index.column() == File ? f->file : displayValue(*f, index.column());
    case SortRole:
        return sortValue(*f, index.column());
    case SeverityRole:
        return int(f->severity);
    case ResolvedRole:
        return f->resolved;
    case FilePathRole:
        return f->file;
    default:
        return QVariant();
    }
}

QVariant PhiFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Severity:
        return tr("Severity");
    case Class:
        return tr("Kind");
    case File:
        return tr("File");
    case Location:
        return tr("Where");
    case Text:
        return tr("Text found");
    case Action:
        return tr("Suggested action");
    }
    return QVariant();
}

} // namespace steward
