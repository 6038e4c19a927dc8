#include "models/crypt4gh/Crypt4ghReader.h"

#include <limits>

#include <openssl/crypto.h>

#include <QFile>
#include <QIODevice>

#include "models/crypt4gh/ChaCha20Poly1305.h"
#include "models/crypt4gh/Crypt4ghHeader.h"
#include "models/crypt4gh/Crypt4ghOutput.h"
#include "models/crypt4gh/Crypt4ghWriter.h"
#include "models/crypt4gh/SegmentPipeline.h"

namespace steward {
namespace {

constexpr int kPlainSize = Crypt4ghWriter::kSegmentSize;
constexpr int kCipherSize = Crypt4ghWriter::kEncryptedSegmentSize;
constexpr int kOverhead = kCipherSize - kPlainSize;
constexpr int kMacFailed = -1;
constexpr int kTooShort = -2;

/** Applies skip / keep lengths to the plaintext stream. */
class EditList
{
public:
    EditList(bool active, const QVector<quint64>& lengths) : m_active(active), m_lengths(lengths)
    {
        if (active && !lengths.isEmpty())
            m_left = lengths.first();
    }

    bool isActive() const { return m_active; }

    /** Plaintext bytes needed from the file; max when the rest of the file is kept. */
    quint64 neededBytes() const
    {
        if (!m_active || m_lengths.size() % 2 == 1)
            return std::numeric_limits<quint64>::max();
        quint64 sum = 0;
        for (quint64 l : m_lengths)
            sum += l;
        return sum;
    }

    /** Calls keep(data, size) for the kept parts of the next size bytes. */
    template <typename Emit>
    bool apply(const char* data, qint64 size, const Emit& keep)
    {
        if (!m_active)
            return keep(data, size);
        while (size > 0) {
            if (m_index >= m_lengths.size()) // after the last entry: keep after a final skip
                return m_lengths.size() % 2 == 1 ? keep(data, size) : true;
            const qint64 n = qint64(qMin<quint64>(m_left, quint64(size)));
            if (m_index % 2 == 1 && n > 0 && !keep(data, n))
                return false;
            data += n;
            size -= n;
            m_left -= quint64(n);
            if (m_left == 0 && ++m_index < m_lengths.size())
                m_left = m_lengths.at(m_index);
        }
        return true;
    }

private:
    bool m_active;
    QVector<quint64> m_lengths;
    int m_index = 0;
    quint64 m_left = 0;
};

} // namespace

bool Crypt4ghReader::decrypt(QIODevice& in, QIODevice& out, const Options& options,
                             const QString& origin, QString* error, Stats* stats, qint64 totalBytes)
{
    Stats local;
    Stats& s = stats ? *stats : local;
    s = Stats();
    Crypt4ghHeader header;
    if (!header.read(in, options.keys, origin, error))
        return false;
    s.headerBytes = header.size();
    s.editList = header.hasEditList();
    s.key = header.readerKey().description();
    s.writerPublicKey = header.writerPublicKey();
    const QVector<QByteArray> keys = header.dataKeys();
    EditList edits(header.hasEditList(), header.editList());
    const quint64 needed = edits.neededBytes();
    const qint64 maxSegments = needed == std::numeric_limits<quint64>::max()
                                   ? std::numeric_limits<qint64>::max()
                                   : qint64((needed + kPlainSize - 1) / kPlainSize);

    qint64 readBytes = header.size();
    qint64 segmentsRead = 0;
    bool ended = false;
    QString readError;
    const auto read = [&](SegmentPipeline::Batch& b, int capacity) {
        // Encrypted segments lie back to back in the file and the buffer: one read per batch
        // (no further than the edit list needs).
        const qint64 segments = qMin<qint64>(capacity, maxSegments - segmentsRead);
        const qint64 want = qMax<qint64>(0, segments) * kCipherSize;
        qint64 got = 0;
        while (got < want && !ended) {
            const qint64 n = in.read(b.input.data() + got, want - got);
            if (n < 0) {
                readError = tr("Cannot read %1: %2").arg(origin, in.errorString());
                return false;
            }
            if (n == 0)
                ended = true;
            got += n;
        }
        if (segments <= 0 || segmentsRead + segments >= maxSegments)
            ended = true; // the edit list keeps nothing further
        b.count = int((got + kCipherSize - 1) / kCipherSize);
        for (int i = 0; i < b.count; ++i)
            b.inputSize[i] = int(qMin<qint64>(kCipherSize, got - qint64(i) * kCipherSize));
        segmentsRead += b.count;
        readBytes += got;
        b.last = ended;
        if (options.progress)
            options.progress(readBytes, totalBytes);
        return true;
    };
    const auto transform = [&keys](SegmentPipeline::Batch& b, int from, int to) {
        ChaCha20Poly1305 cipher;
        int preferred = 0;
        for (int i = from; i < to; ++i) {
            const int size = b.inputSize[i];
            if (size < kOverhead) { // 28 bytes is an empty segment, which Go writes
                b.outputSize[i] = kTooShort;
                continue;
            }
            const char* src = b.input.constData() + qint64(i) * kCipherSize;
            char* dest = b.output.data() + qint64(i) * kPlainSize;
            b.outputSize[i] = kMacFailed;
            // Several data keys are allowed; segments usually share one, so try it first.
            for (int k = 0; k < keys.size(); ++k) {
                const int key = (preferred + k) % int(keys.size());
                if (cipher.open(keys.at(key).constData(), src, src + 12, size - 12, dest)) {
                    b.outputSize[i] = size - kOverhead;
                    preferred = key;
                    break;
                }
            }
        }
    };
    QString writeError;
    const auto keep = [&](const char* data, qint64 size) {
        if (out.write(data, size) != size) {
            writeError = tr("Cannot write the decrypted file: %1").arg(out.errorString());
            return false;
        }
        s.plaintextBytes += size;
        return true;
    };
    const auto write = [&](const SegmentPipeline::Batch& b) {
        int good = 0;
        while (good < b.count && b.outputSize[good] >= 0)
            ++good;
        // Authenticated segments first: without an edit list, in one write (they lie back to
        // back in the buffer, all full but perhaps the last).
        if (!edits.isActive() && good > 0) {
            if (!keep(b.output.constData(), qint64(good - 1) * kPlainSize + b.outputSize[good - 1]))
                return false;
        } else {
            for (int i = 0; i < good; ++i)
                if (!edits.apply(b.output.constData() + qint64(i) * kPlainSize, b.outputSize[i],
                                 keep))
                    return false;
        }
        s.segments += good;
        if (good == b.count)
            return true;
        const qint64 number = b.firstSegment + good + 1;
        const qint64 offset = header.size() + (number - 1) * kCipherSize;
        const int size = b.inputSize[good];
        const bool isLast = b.last && good == b.count - 1;
        if (b.outputSize[good] == kTooShort)
            writeError = tr("%1: truncated body: segment %2 (at byte %3) has only %4 bytes, "
                            "less than its nonce and MAC.")
                             .arg(origin)
                             .arg(number)
                             .arg(offset)
                             .arg(size);
        else if (isLast && size < kCipherSize)
            writeError = tr("%1: MAC check failed at segment %2, the last one (%3 of at most %4 "
                            "bytes, at byte %5): the file is truncated (cut short) or was "
                            "changed.")
                             .arg(origin)
                             .arg(number)
                             .arg(size)
                             .arg(kCipherSize)
                             .arg(offset);
        else
            writeError = tr("%1: MAC check failed at segment %2 (bytes %3 to %4): the file was "
                            "changed or damaged after it was encrypted.")
                             .arg(origin)
                             .arg(number)
                             .arg(offset)
                             .arg(offset + size - 1);
        return false;
    };
    SegmentPipeline pipeline(options.threads, options.segmentsPerThread, kCipherSize, kPlainSize);
    const SegmentPipeline::Outcome outcome = pipeline.run(read, transform, write, options.cancel);
    switch (outcome) {
    case SegmentPipeline::Outcome::Done:
        return true;
    case SegmentPipeline::Outcome::Cancelled:
        s.cancelled = true;
        *error = tr("Decryption of %1 was cancelled.").arg(origin);
        return false;
    case SegmentPipeline::Outcome::Failed:
        break;
    }
    *error = !readError.isEmpty() ? readError : writeError;
    return false;
}

bool Crypt4ghReader::decryptFile(const QString& input, const QString& output,
                                 const Options& options, QString* error, Stats* stats)
{
    QFile in(input);
    Crypt4ghOutput out(output);
    if (!out.open(in, error))
        return false;
    Stats local;
    Stats& s = stats ? *stats : local;
    if (!decrypt(in, out.device(), options, input, error, &s, in.size()))
        return false;
    return out.commit(error);
}

} // namespace steward
