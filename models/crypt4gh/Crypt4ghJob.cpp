#include "models/crypt4gh/Crypt4ghJob.h"

#include <QFileInfo>
#include <QThread>

#include "models/crypt4gh/Crypt4ghReader.h"
#include "models/crypt4gh/Crypt4ghWriter.h"

namespace steward {

Crypt4ghJob::Crypt4ghJob(Params params, QObject* parent) : Job(parent), m_params(std::move(params))
{
    qRegisterMetaType<steward::Crypt4ghJob::Result>();
    if (m_params.threads <= 0)
        m_params.threads = qMax(1, QThread::idealThreadCount());
}

void Crypt4ghJob::run()
{
    Result result;
    result.operation = m_params.operation;
    result.input = m_params.input;
    result.output = m_params.output;
    const auto progress = [this](qint64 done, qint64 total) { reportProgress(done, total); };
    QString error;
    bool ok = false;
    bool cancelled = false;
    if (m_params.operation == Operation::Encrypt) {
        Crypt4ghWriter::Options options;
        options.recipients = m_params.recipients;
        options.sender = m_params.sender;
        options.threads = m_params.threads;
        options.progress = progress;
        options.cancel = &cancelFlag();
        Crypt4ghWriter::Stats stats;
        ok = Crypt4ghWriter::encryptFile(m_params.input, m_params.output, options, &error, &stats);
        cancelled = stats.cancelled;
        result.bytesRead = stats.plaintextBytes;
        result.bytesWritten = stats.encryptedBytes;
        result.segments = stats.segments;
    } else {
        Crypt4ghReader::Options options;
        options.keys = m_params.keys;
        options.threads = m_params.threads;
        options.progress = progress;
        options.cancel = &cancelFlag();
        Crypt4ghReader::Stats stats;
        ok = Crypt4ghReader::decryptFile(m_params.input, m_params.output, options, &error, &stats);
        cancelled = stats.cancelled;
        result.bytesRead = QFileInfo(m_params.input).size();
        result.bytesWritten = stats.plaintextBytes;
        result.segments = stats.segments;
        result.key = stats.key;
    }
    if (ok)
        Q_EMIT finished(result);
    else if (!cancelled) // a cancel is reported by ended(true), not as a failure
        Q_EMIT failed(error);
}

} // namespace steward
