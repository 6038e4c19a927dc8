#pragma once

#include <QMetaType>
#include <QVector>

#include "models/common/Job.h"
#include "models/crypt4gh/Crypt4ghKeyPair.h"

namespace steward {

/**
 * Encrypts a file for recipients, or decrypts one with the user's secret keys, on a thread
 * pool with progress and cancel: the GUI's way to Crypt4ghWriter/Crypt4ghReader. The output is
 * written to a temporary name and renamed when complete; a failure or cancel leaves nothing
 * under its name. Keys are unlocked before the job starts (passphrases are asked on the GUI
 * thread).
 */
class Crypt4ghJob final : public Job
{
    Q_OBJECT

public:
    enum class Operation
    {
        Encrypt,
        Decrypt
    };
    struct Params
    {
        Operation operation = Operation::Encrypt;
        QString input;
        QString output;
        QVector<QByteArray> recipients; // encrypt: raw public keys
        Crypt4ghKeyPair sender;         // encrypt: optional; else an ephemeral pair
        QVector<Crypt4ghKeyPair> keys;  // decrypt: the reader's secret keys
        int threads = 0;                // 0: one per core
    };
    struct Result
    {
        Operation operation = Operation::Encrypt;
        QString input;
        QString output;
        qint64 bytesRead = 0;
        qint64 bytesWritten = 0;
        qint64 segments = 0;
        QString key; // decrypt: the key that opened the file
    };

    explicit Crypt4ghJob(Params params, QObject* parent = nullptr);
    void run() override;
    const Params& params() const { return m_params; }

Q_SIGNALS:
    void finished(const steward::Crypt4ghJob::Result& result);

private:
    Params m_params;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::Crypt4ghJob::Result)
