#pragma once

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QVector>

namespace steward {

/** One line of Steward's log. */
struct LogEntry
{
    QDateTime time;
    QtMsgType type = QtInfoMsg;
    QString category;
    QString message;
};

/**
 * The central logger: receives every qDebug/qInfo/qWarning/qCritical of the process
 * (from any thread), keeps the last entries, and hands them to the Log dock. Secrets are
 * never logged by callers; the logger does not try to filter them.
 */
class Logger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Logger)

public:
    static Logger& instance();
    /** Installs the Qt message handler (messages still reach stderr). */
    static void install();

    QVector<LogEntry> entries() const;
    void append(const LogEntry& entry);

Q_SIGNALS:
    /** Emitted from the thread that logged; connect queued. */
    void logged(const steward::LogEntry& entry);

private:
    Logger();
    static constexpr int kMaxEntries = 5000;
    mutable QMutex m_mutex;
    QVector<LogEntry> m_entries;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::LogEntry)
