#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace steward {

/**
 * Measures the responsiveness of the thread it lives on (the GUI thread): a fine timer
 * notices when it fires late and logs every stall longer than the threshold
 * (STEWARD_STALL_MS), so a frozen window is measured rather than guessed.
 */
class StallMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMonitor)

public:
    explicit StallMonitor(int thresholdMs, QObject* parent = nullptr);

    /** From STEWARD_STALL_MS; nullptr when unset or not a positive number. */
    static StallMonitor* fromEnvironment(QObject* parent);

    int thresholdMs() const { return m_threshold; }
    int stalls() const { return m_stalls; }
    qint64 longestStallMs() const { return m_longest; }

Q_SIGNALS:
    void stalled(qint64 milliseconds);

private:
    void tick();

    static constexpr int kIntervalMs = 10;
    int m_threshold;
    int m_stalls = 0;
    qint64 m_longest = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace steward
