#include "models/common/LogModel.h"

#include <QMetaObject>

namespace steward {

LogModel::LogModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_entries = Logger::instance().entries();
    connect(&Logger::instance(), &Logger::logged, this, &LogModel::append, Qt::QueuedConnection);
}

void LogModel::append(const LogEntry& entry)
{
    m_pending.push_back(entry);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &LogModel::flush, Qt::QueuedConnection);
    }
}

void LogModel::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    beginInsertRows(QModelIndex(), m_entries.size(), m_entries.size() + m_pending.size() - 1);
    m_entries += m_pending;
    m_pending.clear();
    endInsertRows();
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_entries.size();
}

int LogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LogModel::severityLevel(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    default:
        return 3;
    }
}

QString LogModel::severityName(QtMsgType type)
{
    switch (severityLevel(type)) {
    case 0:
        return tr("Debug");
    case 1:
        return tr("Info");
    case 2:
        return tr("Warning");
    default:
        return tr("Error");
    }
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const LogEntry& e = m_entries.at(index.row());
    if (role == SeverityRole)
        return severityLevel(e.type);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case Time:
        return role == SortRole ? QVariant(e.time)
                                : QVariant(e.time.toString(QStringLiteral("HH:mm:ss")));
    case Severity:
        return role == SortRole ? QVariant(severityLevel(e.type)) : QVariant(severityName(e.type));
    case Message:
        return e.message;
    default:
        return QVariant();
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Severity:
        return tr("Severity");
    case Message:
        return tr("Message");
    default:
        return QVariant();
    }
}

void LogFilterModel::setMinimumLevel(int level)
{
    m_level = level;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(LogModel::SeverityRole).toInt() >= m_level;
}

} // namespace steward
