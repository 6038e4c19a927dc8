#include "models/crypt4gh/SegmentPipeline.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace steward {

SegmentPipeline::SegmentPipeline(int threads, int segmentsPerThread, int inputStride,
                                 int outputStride)
    : m_threads(qBound(1, threads, 64)), m_capacity(m_threads * qBound(1, segmentsPerThread, 256)),
      m_inputStride(inputStride), m_outputStride(outputStride), m_pool(new QThreadPool)
{
    m_pool->setMaxThreadCount(m_threads);
    m_pool->setExpiryTimeout(-1);
}

SegmentPipeline::~SegmentPipeline()
{
    m_pool->waitForDone();
}

SegmentPipeline::Outcome SegmentPipeline::run(const Reader& read, const Transform& transform,
                                              const Writer& write, const std::atomic_bool* cancel)
{
    Batch batches[2];
    for (Batch& b : batches) {
        b.input.resize(qint64(m_capacity) * m_inputStride);
        b.output.resize(qint64(m_capacity) * m_outputStride);
        b.inputSize.resize(m_capacity);
        b.outputSize.resize(m_capacity);
    }
    QVector<QFuture<void>> running;
    const auto start = [&](Batch& b) {
        running.clear();
        const int per = (b.count + m_threads - 1) / m_threads;
        for (int from = 0; from < b.count; from += per) {
            const int to = qMin(b.count, from + per);
            running.append(QtConcurrent::run(
                m_pool.get(), [&transform, &b, from, to]() { transform(b, from, to); }));
        }
    };
    const auto finish = [&]() {
        for (QFuture<void>& f : running)
            f.waitForFinished();
        running.clear();
    };
    const auto cancelled = [cancel]() { return cancel && cancel->load(); };

    Batch* current = &batches[0];
    Batch* next = &batches[1];
    current->firstSegment = 0;
    if (!read(*current, m_capacity))
        return Outcome::Failed;
    if (current->count == 0)
        return Outcome::Done;
    start(*current);
    for (;;) {
        // While the current batch is transformed: read the next one.
        next->firstSegment = current->firstSegment + current->count;
        next->count = 0;
        const bool readOk = current->last || read(*next, m_capacity);
        if (current->last)
            next->count = 0;
        finish();
        if (!readOk)
            return Outcome::Failed;
        if (cancelled())
            return Outcome::Cancelled;
        if (next->count > 0)
            start(*next);
        // While the next batch is transformed: write the current one.
        const bool written = write(*current);
        if (!written || next->count == 0) {
            finish();
            return written ? Outcome::Done : Outcome::Failed;
        }
        std::swap(current, next);
    }
}

} // namespace steward
