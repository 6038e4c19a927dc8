#include "models/common/Logger.h"

#include <cstdio>

namespace steward {
namespace {

QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Logger::instance().append({QDateTime::currentDateTime(), type,
                               QString::fromLatin1(context.category ? context.category : "default"),
                               message});
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

Logger::Logger()
{
    qRegisterMetaType<steward::LogEntry>();
}

Logger& Logger::instance()
{
    static Logger logger;
    return logger;
}

void Logger::install()
{
    instance();
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        g_previous = previous;
}

QVector<LogEntry> Logger::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void Logger::append(const LogEntry& entry)
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.push_back(entry);
        if (m_entries.size() > kMaxEntries)
            m_entries.remove(0, m_entries.size() - kMaxEntries);
    }
    Q_EMIT logged(entry);
}

} // namespace steward
