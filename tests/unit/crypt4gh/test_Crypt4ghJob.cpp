// The Crypt4GH job the GUI runs: progress up to the file size, finished with the output,
// failed with the reader's message, and a cancel that leaves no output and no failure.

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include "models/crypt4gh/Crypt4ghJob.h"

using namespace steward;

class TestCrypt4ghJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Crypt4ghKeyPair m_reader = Crypt4ghKeyPair::generate();
    QString m_input;

    void runJob(Crypt4ghJob* job)
    {
        QSignalSpy ended(job, &Job::ended);
        QThreadPool::globalInstance()->start([job]() { job->execute(); });
        // The spy records from the pool thread at once: a job that fails fast has ended before
        // wait() would start waiting for a new signal.
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_input = m_dir.filePath(QStringLiteral("reads.bin"));
        QFile f(m_input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < block.size(); ++i)
            block[i] = char(i * 131 + (i >> 9));
        for (int i = 0; i < 20; ++i)
            f.write(block);
    }

    void encryptThenDecrypt()
    {
        Crypt4ghJob::Params p;
        p.input = m_input;
        p.output = m_dir.filePath(QStringLiteral("reads.bin.c4gh"));
        p.recipients = {m_reader.publicKey()};
        p.threads = 2;
        Crypt4ghJob encrypt(p);
        QSignalSpy progress(&encrypt, &Job::progressChanged);
        QSignalSpy finished(&encrypt, &Crypt4ghJob::finished);
        QSignalSpy failed(&encrypt, &Job::failed);
        runJob(&encrypt);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<Crypt4ghJob::Result>();
        QCOMPARE(result.bytesRead, qint64(20 << 20));
        QCOMPARE(result.segments, 320);
        QCOMPARE(result.bytesWritten, QFileInfo(p.output).size());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(20 << 20));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(20 << 20));

        Crypt4ghJob::Params d;
        d.operation = Crypt4ghJob::Operation::Decrypt;
        d.input = p.output;
        d.output = m_dir.filePath(QStringLiteral("reads.out"));
        d.keys = {m_reader};
        Crypt4ghJob decrypt(d);
        QSignalSpy decrypted(&decrypt, &Crypt4ghJob::finished);
        runJob(&decrypt);
        QCOMPARE(decrypted.size(), 1);
        QFile a(m_input);
        QFile b(d.output);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll() == b.readAll());
    }

    void wrongKeyFails()
    {
        Crypt4ghJob::Params d;
        d.operation = Crypt4ghJob::Operation::Decrypt;
        d.input = m_dir.filePath(QStringLiteral("reads.bin.c4gh"));
        d.output = m_dir.filePath(QStringLiteral("wrong.out"));
        d.keys = {Crypt4ghKeyPair::generate()};
        Crypt4ghJob job(d);
        QSignalSpy failed(&job, &Job::failed);
        runJob(&job);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no header packet")));
        QVERIFY(!QFileInfo::exists(d.output));
    }

    void cancelLeavesNothing()
    {
        Crypt4ghJob::Params p;
        p.input = m_input;
        p.output = m_dir.filePath(QStringLiteral("cancelled.c4gh"));
        p.recipients = {m_reader.publicKey()};
        p.threads = 1;
        Crypt4ghJob job(p);
        job.requestCancel();
        QSignalSpy failed(&job, &Job::failed);
        QSignalSpy finished(&job, &Crypt4ghJob::finished);
        QSignalSpy ended(&job, &Job::ended);
        runJob(&job);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(ended.first().first().toBool(), true);
        QVERIFY(!QFileInfo::exists(p.output));
    }
};

QTEST_GUILESS_MAIN(TestCrypt4ghJob)
#include "test_Crypt4ghJob.moc"
