#include "models/common/StallMonitor.h"

#include <QLoggingCategory>

namespace steward {

Q_LOGGING_CATEGORY(lcStall, "steward.stall")

StallMonitor::StallMonitor(int thresholdMs, QObject* parent)
    : QObject(parent), m_threshold(thresholdMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
    m_clock.start();
    m_timer.start();
}

StallMonitor* StallMonitor::fromEnvironment(QObject* parent)
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("STEWARD_STALL_MS", &ok);
    if (!ok || ms <= 0)
        return nullptr;
    return new StallMonitor(ms, parent);
}

void StallMonitor::tick()
{
    const qint64 since = m_clock.restart();
    const qint64 late = since - kIntervalMs;
    if (late > m_threshold) {
        ++m_stalls;
        m_longest = qMax(m_longest, late);
        qCWarning(lcStall, "The event loop stalled for %lld ms (threshold %d ms).",
                  static_cast<long long>(late), m_threshold);
        Q_EMIT stalled(late);
    }
}

} // namespace steward
