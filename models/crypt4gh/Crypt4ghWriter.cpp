#include "models/crypt4gh/Crypt4ghWriter.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include "models/crypt4gh/ChaCha20Poly1305.h"
#include "models/crypt4gh/Crypt4ghOutput.h"
#include "models/crypt4gh/Crypt4ghHeader.h"
#include "models/crypt4gh/SegmentPipeline.h"
#include "models/common/SecretBox.h"

namespace steward {

bool Crypt4ghWriter::encrypt(QIODevice& in, QIODevice& out, const Options& options,
                             const QString& origin, QString* error, Stats* stats, qint64 totalBytes)
{
    Stats local;
    Stats& s = stats ? *stats : local;
    s = Stats();
    QVector<QByteArray> recipients;
    for (const QByteArray& r : options.recipients) {
        if (r.size() != Crypt4ghKeyPair::kKeySize) {
            *error = tr("A recipient public key is %1 bytes; X25519 keys are 32.").arg(r.size());
            return false;
        }
        if (!recipients.contains(r))
            recipients.append(r);
    }
    if (recipients.isEmpty()) {
        *error = tr("No recipient: name at least one recipient's public key to encrypt %1 for.")
                     .arg(origin);
        return false;
    }
    const Crypt4ghKeyPair writer =
        options.sender.isValid() ? options.sender : Crypt4ghKeyPair::generate();
    QByteArray dataKey = SecretBox::randomBytes(32);
    const QByteArray header = Crypt4ghHeader::build(
        dataKey, recipients, writer, error, options.withEditList ? &options.editList : nullptr);
    if (header.isEmpty()) {
        OPENSSL_cleanse(dataKey.data(), size_t(dataKey.size()));
        return false;
    }
    s.writerPublicKey = writer.publicKey();
    s.headerBytes = header.size();
    if (out.write(header) != header.size()) {
        OPENSSL_cleanse(dataKey.data(), size_t(dataKey.size()));
        *error = tr("Cannot write the encrypted file: %1").arg(out.errorString());
        return false;
    }
    s.encryptedBytes = header.size();

    bool ended = false;
    QString readError;
    const auto read = [&](SegmentPipeline::Batch& b, int capacity) {
        // Segments lie back to back in the buffer: fill it with as few reads as possible.
        const qint64 want = qint64(capacity) * kSegmentSize;
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
        b.count = int((got + kSegmentSize - 1) / kSegmentSize); // no empty trailing segment
        for (int i = 0; i < b.count; ++i)
            b.inputSize[i] = int(qMin<qint64>(kSegmentSize, got - qint64(i) * kSegmentSize));
        b.last = ended;
        s.plaintextBytes += got;
        if (options.progress)
            options.progress(s.plaintextBytes, totalBytes);
        return true;
    };
    const char* key = dataKey.constData();
    const auto transform = [key](SegmentPipeline::Batch& b, int from, int to) {
        ChaCha20Poly1305 cipher;
        QByteArray nonces(12 * (to - from), Qt::Uninitialized);
        const bool random =
            RAND_bytes(reinterpret_cast<unsigned char*>(nonces.data()), int(nonces.size())) == 1;
        for (int i = from; i < to; ++i) {
            char* dest = b.output.data() + qint64(i) * kEncryptedSegmentSize;
            memcpy(dest, nonces.constData() + 12 * (i - from), 12);
            const bool ok =
                random && cipher.seal(key, dest, b.input.constData() + qint64(i) * kSegmentSize,
                                      b.inputSize[i], dest + 12);
            b.outputSize[i] = ok ? b.inputSize[i] + 28 : -1;
        }
    };
    QString writeError;
    const auto write = [&](const SegmentPipeline::Batch& b) {
        for (int i = 0; i < b.count; ++i) {
            if (b.outputSize[i] < 0) {
                writeError =
                    tr("OpenSSL could not encrypt segment %1.").arg(b.firstSegment + i + 1);
                return false;
            }
        }
        // Full segments lie back to back in the buffer: one write for the batch.
        const qint64 size = qint64(b.count - 1) * kEncryptedSegmentSize + b.outputSize[b.count - 1];
        if (out.write(b.output.constData(), size) != size) {
            writeError = tr("Cannot write the encrypted file: %1").arg(out.errorString());
            return false;
        }
        s.encryptedBytes += size;
        s.segments += b.count;
        return true;
    };
    SegmentPipeline pipeline(options.threads, options.segmentsPerThread, kSegmentSize,
                             kEncryptedSegmentSize);
    const SegmentPipeline::Outcome outcome = pipeline.run(read, transform, write, options.cancel);
    OPENSSL_cleanse(dataKey.data(), size_t(dataKey.size()));
    switch (outcome) {
    case SegmentPipeline::Outcome::Done:
        return true;
    case SegmentPipeline::Outcome::Cancelled:
        s.cancelled = true;
        *error = tr("Encryption of %1 was cancelled.").arg(origin);
        return false;
    case SegmentPipeline::Outcome::Failed:
        break;
    }
    *error = !readError.isEmpty() ? readError : writeError;
    return false;
}

bool Crypt4ghWriter::encryptFile(const QString& input, const QString& output,
                                 const Options& options, QString* error, Stats* stats)
{
    QFile in(input);
    Crypt4ghOutput out(output);
    if (!out.open(in, error))
        return false;
    Stats local;
    Stats& s = stats ? *stats : local;
    if (!encrypt(in, out.device(), options, input, error, &s, in.size()))
        return false;
    return out.commit(error);
}

} // namespace steward
