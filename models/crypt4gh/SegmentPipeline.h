#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QByteArray>
#include <QVector>

class QThreadPool;

namespace steward {

/**
 * Runs Crypt4GH segments through a cipher on several threads with bounded memory: batches of
 * segments are read, split into one contiguous range per thread, transformed, and written in
 * order. Reading the next batch and writing the previous one overlap with the transform, so one
 * cipher thread plus the calling thread's I/O keeps a core busy with cryptography.
 */
class SegmentPipeline final
{
public:
    struct Batch
    {
        qint64 firstSegment = 0; // index of the batch's first segment in the file
        int count = 0;           // segments in the batch; 0: the input has ended
        bool last = false;       // the input ends after this batch
        QByteArray input;        // segment i at i * inputStride
        QVector<int> inputSize;
        QByteArray output;       // segment i at i * outputStride
        QVector<int> outputSize; // set by the transform; negative values are its error codes
    };
    /** Fills batch (count, last, input, inputSize); false on a read error. */
    using Reader = std::function<bool(Batch& batch, int capacity)>;
    /** Transforms segments [from, to) of the batch; runs on pool threads, concurrently. */
    using Transform = std::function<void(Batch& batch, int from, int to)>;
    /** Writes a transformed batch; false stops the pipeline with a failure. */
    using Writer = std::function<bool(const Batch& batch)>;

    SegmentPipeline(int threads, int segmentsPerThread, int inputStride, int outputStride);
    ~SegmentPipeline();
    SegmentPipeline(const SegmentPipeline&) = delete;
    SegmentPipeline& operator=(const SegmentPipeline&) = delete;

    enum class Outcome
    {
        Done,
        Failed,
        Cancelled
    };
    Outcome run(const Reader& read, const Transform& transform, const Writer& write,
                const std::atomic_bool* cancel);

private:
    int m_threads;
    int m_capacity;
    int m_inputStride;
    int m_outputStride;
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace steward
