#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QVector>

#include "models/common/Logger.h"

namespace steward {

/** The Log dock's rows, fed by the Logger; batches appends so a burst stays cheap. */
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column
    {
        Time,
        Severity,
        Message,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        SeverityRole
    };

    explicit LogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** 0 debug, 1 info, 2 warning, 3 error (critical and fatal). */
    static int severityLevel(QtMsgType type);
    static QString severityName(QtMsgType type);

    void append(const LogEntry& entry);

private:
    void flush();
    QVector<LogEntry> m_entries;
    QVector<LogEntry> m_pending;
    bool m_flushQueued = false;
};

/** Shows log rows at or above a severity level. */
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)

public:
    explicit LogFilterModel(QObject* parent = nullptr) : QSortFilterProxyModel(parent) {}
    void setMinimumLevel(int level);
    int minimumLevel() const { return m_level; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_level = 1;
};

} // namespace steward
