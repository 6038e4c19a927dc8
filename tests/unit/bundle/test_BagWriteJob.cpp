// BagWriteJob and BagValidateJob on a QThreadPool, as the bundle editor runs them: progress
// signals, finished with the result, failed with a message naming the destination, cancel.

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include "models/bundle/BagValidateJob.h"
#include "models/bundle/BagWriteJob.h"
#include "models/bundle/ChecksumCache.h"
#include "models/catalog/Catalog.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

class TestBagWriteJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BagWriter::Result>();
        qRegisterMetaType<BagValidator::Result>();
        QVERIFY(m_dir.isValid());
        m_catalog.reset(new Catalog(m_dir.filePath(QStringLiteral("catalog.sqlite"))));
        QString error;
        QVERIFY2(m_catalog->open(&error), qPrintable(error));
        QVERIFY(writeText(m_dir.filePath(QStringLiteral("in/a.vcf")), smallVcf(500)));
    }

    void writeThenValidate()
    {
        BagWriteJob::Params p;
        p.destination = m_dir.filePath(QStringLiteral("bag"));
        p.payload << BagWriter::PayloadEntry::file(m_dir.filePath(QStringLiteral("in/a.vcf")),
                                                   QStringLiteral("a.vcf"))
                  << BagWriter::PayloadEntry::bytes("{}", QStringLiteral("ro-crate-metadata.json"));
        BagWriteJob write(m_catalog.get(), p);
        QSignalSpy progress(&write, &Job::progressChanged);
        QSignalSpy finished(&write, &BagWriteJob::finished);
        QSignalSpy ended(&write, &Job::ended);
        QThreadPool::globalInstance()->start([&] { write.execute(); });
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!progress.isEmpty());
        const auto written = finished.first().first().value<BagWriter::Result>();
        QCOMPARE(written.payloadFiles, 2);
        // The job thread's catalog connection stored the source's checksums.
        QVERIFY(ChecksumCache(*m_catalog).cached(m_dir.filePath(QStringLiteral("in/a.vcf"))));

        BagValidateJob validate({written.path, 2, false});
        QSignalSpy validated(&validate, &BagValidateJob::finished);
        QSignalSpy validateEnded(&validate, &Job::ended);
        QThreadPool::globalInstance()->start([&] { validate.execute(); });
        QTRY_COMPARE(validateEnded.size(), 1);
        QCOMPARE(validated.size(), 1);
        QVERIFY(validated.first().first().value<BagValidator::Result>().valid);

        // The same destination again: failed(), naming it.
        BagWriteJob again(m_catalog.get(), p);
        QSignalSpy failed(&again, &Job::failed);
        again.execute();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(p.destination));
    }

    void cancelled()
    {
        BagWriteJob::Params p;
        p.destination = m_dir.filePath(QStringLiteral("cancelled"));
        p.payload << BagWriter::PayloadEntry::file(m_dir.filePath(QStringLiteral("in/a.vcf")),
                                                   QStringLiteral("a.vcf"));
        BagWriteJob job(nullptr, p);
        QSignalSpy ended(&job, &Job::ended);
        job.requestCancel();
        job.execute();
        QCOMPARE(ended.size(), 1);
        QVERIFY(ended.first().first().toBool());
        QVERIFY(!QFileInfo::exists(p.destination));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

QTEST_GUILESS_MAIN(TestBagWriteJob)
#include "test_BagWriteJob.moc"
