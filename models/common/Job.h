#pragma once

#include <atomic>

#include <QElapsedTimer>
#include <QObject>
#include <QRunnable>

namespace steward {

/**
 * Base of long-running work that runs on a QThreadPool: reports progress, can be
 * cancelled, and reports failure as a message a user can act on. Subclasses declare
 * their own typed finished(Result) signal.
 */
class Job : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    explicit Job(QObject* parent = nullptr);
    ~Job() override;

    /** Asks the job to stop at the next safe point; thread-safe. */
    void requestCancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }
    const std::atomic_bool& cancelFlag() const { return m_cancel; }

    /** Runs the job, then emits ended(); what a thread pool calls. */
    void execute();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void failed(const QString& message);
    /** Always the last signal, after finished() or failed(). */
    void ended(bool cancelled);

protected:
    /** Emits progressChanged at most every 50 ms, and always for the final value. */
    void reportProgress(qint64 done, qint64 total);

private:
    std::atomic_bool m_cancel{false};
    QElapsedTimer m_sinceProgress;
};

} // namespace steward
