#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "models/crypt4gh/Crypt4ghKeyPair.h"

class QIODevice;

namespace steward {

/**
 * Decrypts a Crypt4GH stream: reads the header with the reader's secret keys (any one may
 * open it), then authenticates and decrypts the segments on several threads, writing them in
 * order and applying the data edit list. Errors say which key was tried, where the header is
 * cut, and which segment fails its MAC check.
 */
class Crypt4ghReader final
{
    Q_DECLARE_TR_FUNCTIONS(Crypt4ghReader)

public:
    struct Options
    {
        /** The reader's secret keys; each is tried on every header packet. */
        QVector<Crypt4ghKeyPair> keys;
        int threads = 1;
        // 4 MiB of plaintext per thread and batch: fewer hand-offs; measured 0.87 of OpenSSL per
        // thread against 0.81 with 2 MiB (bench/bundle/crypt4gh.sh, 1 GiB, quiet machine).
        int segmentsPerThread = 64;
        /** Encrypted bytes read so far, and the total (-1 when unknown). */
        std::function<void(qint64 done, qint64 total)> progress;
        const std::atomic_bool* cancel = nullptr;
    };
    struct Stats
    {
        qint64 headerBytes = 0;
        qint64 segments = 0;
        qint64 plaintextBytes = 0; // written, after the edit list
        bool editList = false;
        QString key;                // the key that opened the header
        QByteArray writerPublicKey; // the sender's (or ephemeral) public key
        bool cancelled = false;
    };

    /** Decrypts in into out (both open); origin names the input in errors. */
    static bool decrypt(QIODevice& in, QIODevice& out, const Options& options,
                        const QString& origin, QString* error, Stats* stats = nullptr,
                        qint64 totalBytes = -1);
    /** Decrypts a file; the output is written to a temporary name and renamed when complete. */
    static bool decryptFile(const QString& input, const QString& output, const Options& options,
                            QString* error, Stats* stats = nullptr);
};

} // namespace steward
