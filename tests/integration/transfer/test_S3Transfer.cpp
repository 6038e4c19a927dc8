// Pushes bundles to a real S3 implementation (Ceph RADOS Gateway on 127.0.0.1, started by
// the fixture) through the real `steward` binary, and reads them back with rclone: delivery,
// SIGKILL at random moments then a resume that keeps the completed parts, cancel aborting the
// multipart upload (ListMultipartUploads is empty), wrong credentials pausing with a clear
// message, a bucket over its quota pausing with the reason and resuming once it is raised,
// and a server restart in the middle of a transfer.

#include <csignal>
#include <random>

#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "models/common/Digest.h"
#include "models/transfer/S3Client.h"
#include "tests/common/StewardProcess.h"
#include "tests/common/TestServers.h"

using namespace steward;

namespace {} // namespace

class TestS3Transfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void pushIsDeliveredAndReadsBackIdentical();
    void killAndResumeKeepsCompletedParts();
    void cancelAbortsTheMultipartUpload();
    void wrongSecretPausesWithAClearMessage();
    void quotaExceededPausesThenResumes();
    void serverRestartMidTransfer();

private:
    StewardRun steward(const QStringList& args, const QByteArray& input = QByteArray())
    {
        return m_steward->run(args, input);
    }
    QProcess* startSteward(const QStringList& args) { return m_steward->start(args, this); }
    void addRepository(const QString& name, const QString& prefix, const QString& secret);
    void makeSource(const QString& folder, qint64 bigBytes);
    void readBackWithRclone(const QString& source, const QString& prefix);
    QVector<S3Client::Upload> unfinishedUploads(const QString& prefix);
    qint64 sentBytes() const { return m_steward->sentBytes(); }
    QString state(qint64 id) const { return m_steward->transferState(id); }
    int recordedParts() const
    {
        return m_steward->query(QStringLiteral("SELECT COUNT(*) FROM transfer_parts")).toInt();
    }

    std::unique_ptr<TestServer> m_s3;
    S3Config m_config;
    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_catalog;
    std::unique_ptr<StewardProcess> m_steward;
    int m_run = 0;
    QString m_prefix;
};

void TestS3Transfer::initTestCase()
{
    m_s3 = std::make_unique<TestServer>(TestServer::S3);
    QString message;
    if (m_s3->shouldSkip(&message))
        QSKIP(qPrintable(message));
    QVERIFY2(m_s3->start(), qPrintable(m_s3->error()));
    m_config.endpoint = m_s3->value(QStringLiteral("ENDPOINT"));
    m_config.region = m_s3->value(QStringLiteral("REGION"));
    m_config.bucket = m_s3->value(QStringLiteral("BUCKET"));
    m_config.accessKey = m_s3->value(QStringLiteral("ACCESS_KEY"));
    m_config.secretKey = m_s3->value(QStringLiteral("SECRET_KEY"));
}

void TestS3Transfer::cleanupTestCase()
{
    m_s3.reset();
}

void TestS3Transfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = m_dir->filePath(QStringLiteral("catalog.sqlite"));
    m_steward =
        std::make_unique<StewardProcess>(m_catalog, m_dir->filePath(QStringLiteral("secrets")));
    m_prefix = QStringLiteral("run%1").arg(++m_run);
    m_config.bucket = m_s3->value(QStringLiteral("BUCKET"));
}

void TestS3Transfer::addRepository(const QString& name, const QString& prefix,
                                   const QString& secret)
{
    const StewardRun add = steward(
        {QStringLiteral("repo"), QStringLiteral("add"), name, QStringLiteral("--kind"),
         QStringLiteral("s3"), QStringLiteral("--endpoint"), m_config.endpoint,
         QStringLiteral("--region"), m_config.region, QStringLiteral("--bucket"), m_config.bucket,
         QStringLiteral("--prefix"), prefix, QStringLiteral("--path-style"),
         QStringLiteral("--access-key"), m_config.accessKey, QStringLiteral("--part-size"),
         QStringLiteral("8"), QStringLiteral("--secret-stdin")},
        secret.toUtf8() + '\n');
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    // The secret is not in the catalog.
    QFile catalog(m_catalog);
    QVERIFY(catalog.open(QIODevice::ReadOnly));
    QVERIFY(!catalog.readAll().contains(secret.toUtf8()));
}

void TestS3Transfer::makeSource(const QString& folder, qint64 bigBytes)
{
    QDir().mkpath(folder + QStringLiteral("/data"));
    QVERIFY(
        writeRandomFile(folder + QStringLiteral("/data/big.bin"), bigBytes, quint64(bigBytes) + 0));
    QVERIFY(writeRandomFile(folder + QStringLiteral("/data/small.vcf.gz"), 1234567,
                            quint64(bigBytes) + 1));
    QVERIFY(writeRandomFile(folder + QStringLiteral("/bagit.txt"), 55, quint64(bigBytes) + 2));
}

void TestS3Transfer::readBackWithRclone(const QString& source, const QString& prefix)
{
    const QString rclone = QStandardPaths::findExecutable(QStringLiteral("rclone"));
    if (rclone.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("rclone is not installed: cmake/deps-servers.sh installs it");
        QSKIP("rclone is not installed: run `bash cmake/deps-servers.sh` to cross-check");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AWS_CA_BUNDLE")); // rclone 1.60 fails while it is set
    env.insert(QStringLiteral("RCLONE_CONFIG"), m_tmp.filePath(QStringLiteral("rclone.conf")));
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_TYPE"), QStringLiteral("s3"));
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_PROVIDER"), QStringLiteral("Ceph"));
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_ENDPOINT"), m_config.endpoint);
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_REGION"), m_config.region);
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_ACCESS_KEY_ID"), m_config.accessKey);
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_SECRET_ACCESS_KEY"), m_config.secretKey);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(source).relativeFilePath(path);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(rclone, {QStringLiteral("cat"),
                         QStringLiteral("stw:%1/%2/%3/%4")
                             .arg(m_config.bucket, prefix, QFileInfo(source).fileName(), rel)});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QString error;
        QCOMPARE(QString::fromLatin1(
                     Digest::hash(Digest::Algorithm::Sha256, p.readAllStandardOutput()).toHex()),
                 Digest::fileHex(Digest::Algorithm::Sha256, path, &error));
        ++files;
    }
    QVERIFY(files == 3);
}

QVector<S3Client::Upload> TestS3Transfer::unfinishedUploads(const QString& prefix)
{
    S3Client client(m_config);
    QVector<S3Client::Upload> uploads;
    RequestControl control;
    const RemoteResult r = client.listMultipartUploads(control, prefix, &uploads);
    if (!r.ok())
        qWarning("%s", qPrintable(r.message));
    return uploads;
}

void TestS3Transfer::pushIsDeliveredAndReadsBackIdentical()
{
    addRepository(QStringLiteral("rgw"), m_prefix, m_config.secretKey);
    const StewardRun test =
        steward({QStringLiteral("repo"), QStringLiteral("test"), QStringLiteral("rgw")});
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
    QVERIFY(test.out.contains(QLatin1String("writable")));
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, 37 * (1 << 20) + 4321); // 5 parts of 8 MiB
    const StewardRun push = steward({QStringLiteral("push"), source, QStringLiteral("--to"),
                                     QStringLiteral("rgw"), QStringLiteral("--wait")});
    QVERIFY2(push.exitCode == 0, qPrintable(push.err));
    QCOMPARE(state(1), QStringLiteral("delivered"));
    QCOMPARE(recordedParts(), 5);
    readBackWithRclone(source, m_prefix);
    QVERIFY(unfinishedUploads(m_prefix).isEmpty());
    // The manifest read back from the bucket lists every file with its SHA-256.
    S3Client client(m_config);
    QByteArray manifest;
    RequestControl control;
    QVERIFY(client
                .getObject(control,
                           m_prefix + QStringLiteral("/bundle/steward-manifest-sha256.txt"),
                           &manifest)
                .ok());
    QCOMPARE(manifest.count('\n'), 3);
    QString error;
    QVERIFY(manifest.contains(
        Digest::fileHex(Digest::Algorithm::Sha256, source + QStringLiteral("/data/big.bin"), &error)
            .toLatin1() +
        "  data/big.bin"));
}

void TestS3Transfer::killAndResumeKeepsCompletedParts()
{
    addRepository(QStringLiteral("rgw"), m_prefix, m_config.secretKey);
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    const qint64 big = 120 * (1 << 20);
    makeSource(source, big);
    const qint64 total = big + 1234567 + 55;
    std::mt19937 random(11);
    std::uniform_int_distribution<int> when(700, 2500);
    QProcess* p =
        startSteward({QStringLiteral("push"), source, QStringLiteral("--to"), QStringLiteral("rgw"),
                      QStringLiteral("--wait"), QStringLiteral("--bwlimit"), QStringLiteral("24")});
    int kills = 0;
    for (int round = 0; round < 5; ++round) {
        QTest::qWait(when(random));
        if (p->state() == QProcess::NotRunning)
            break;
        ::kill(pid_t(p->processId()), SIGKILL);
        p->waitForFinished();
        ++kills;
        delete p;
        QVERIFY(state(1) != QLatin1String("delivered"));
        p = startSteward({QStringLiteral("queue"), QStringLiteral("resume"),
                          QStringLiteral("--wait"), QStringLiteral("--bwlimit"),
                          QStringLiteral("24")});
    }
    const bool finished = StewardProcess::finished(p, 180000);
    QVERIFY2(finished && p->exitCode() == 0, p->readAllStandardError().right(3000).constData());
    delete p;
    QVERIFY2(kills >= 4, "killed at least four times");
    QCOMPARE(state(1), QStringLiteral("delivered"));
    readBackWithRclone(source, m_prefix);
    QVERIFY(unfinishedUploads(m_prefix).isEmpty());
    // Completed parts were kept across kills: only parts in flight at a kill (at most four
    // of 8 MiB each) were sent again.
    const qint64 sent = sentBytes();
    QVERIFY2(
        sent < total + kills * 4 * (8 << 20),
        qPrintable(QStringLiteral("sent %1 of %2 with %3 kills").arg(sent).arg(total).arg(kills)));
}

void TestS3Transfer::cancelAbortsTheMultipartUpload()
{
    addRepository(QStringLiteral("rgw"), m_prefix, m_config.secretKey);
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, 80 * (1 << 20));
    QProcess* p =
        startSteward({QStringLiteral("push"), source, QStringLiteral("--to"), QStringLiteral("rgw"),
                      QStringLiteral("--wait"), QStringLiteral("--bwlimit"), QStringLiteral("16")});
    QTRY_VERIFY_WITH_TIMEOUT(recordedParts() >= 1, 30000);
    QVERIFY(!unfinishedUploads(m_prefix).isEmpty());
    const StewardRun cancel =
        steward({QStringLiteral("queue"), QStringLiteral("cancel"), QStringLiteral("1")});
    QCOMPARE(cancel.exitCode, 1);
    QVERIFY(StewardProcess::finished(p, 60000));
    QVERIFY2(p->exitCode() == 1, p->readAllStandardError().constData());
    delete p;
    QCOMPARE(state(1), QStringLiteral("cancelled"));
    QTRY_VERIFY_WITH_TIMEOUT(unfinishedUploads(m_prefix).isEmpty(), 10000);
    S3Client client(m_config);
    S3Client::ObjectInfo info;
    RequestControl control;
    QCOMPARE(
        client.headObject(control, m_prefix + QStringLiteral("/bundle/data/big.bin"), &info).kind,
        RemoteResult::Kind::NotFound);
}

void TestS3Transfer::wrongSecretPausesWithAClearMessage()
{
    addRepository(QStringLiteral("rgw"), m_prefix, QStringLiteral("not-the-secret"));
    const StewardRun test =
        steward({QStringLiteral("repo"), QStringLiteral("test"), QStringLiteral("rgw")});
    QCOMPARE(test.exitCode, 1);
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, 6 << 20);
    const StewardRun push = steward({QStringLiteral("push"), source, QStringLiteral("--to"),
                                     QStringLiteral("rgw"), QStringLiteral("--wait")});
    QCOMPARE(push.exitCode, 3); // paused: the user must fix the credentials
    QCOMPARE(state(1), QStringLiteral("paused"));
    const QString error =
        m_steward->query(QStringLiteral("SELECT error FROM transfers WHERE id = 1")).toString();
    QVERIFY2(error.contains(QLatin1String("secret key")) ||
                 error.contains(QLatin1String("access key")),
             qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("not-the-secret")));
    // Fix the secret and resume: delivered.
    addRepository(QStringLiteral("rgw"), m_prefix, m_config.secretKey);
    const StewardRun resume = steward({QStringLiteral("queue"), QStringLiteral("resume"),
                                       QStringLiteral("1"), QStringLiteral("--wait")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err));
    readBackWithRclone(source, m_prefix);
}

void TestS3Transfer::quotaExceededPausesThenResumes()
{
    // The bucket's quota (3 MiB) is below every part of the big file and above the small
    // files: RGW refuses the parts with 403 QuotaExceeded. The transfer pauses with the
    // reason, no object appears under the big file's name, the multipart upload is kept for
    // the resume, and once the quota is raised the resume completes it.
    m_config.bucket = m_s3->value(QStringLiteral("LIMITED_BUCKET"));
    QVERIFY2(m_s3->limit(3), qPrintable(m_s3->error()));
    addRepository(QStringLiteral("rgw"), m_prefix, m_config.secretKey);
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, (16 << 20) + (7 << 19)); // parts of 8, 8 and 3.5 MiB
    const StewardRun push = steward({QStringLiteral("push"), source, QStringLiteral("--to"),
                                     QStringLiteral("rgw"), QStringLiteral("--wait")});
    QVERIFY2(push.exitCode == 3, qPrintable(push.out + push.err)); // paused, needs the user
    QCOMPARE(state(1), QStringLiteral("paused"));
    QCOMPARE(m_steward->query(QStringLiteral("SELECT error_kind FROM transfers")).toString(),
             QStringLiteral("space"));
    const QString error =
        m_steward->query(QStringLiteral("SELECT error FROM transfers")).toString();
    QVERIFY2(error.contains(QLatin1String("QuotaExceeded")) && error.contains(m_config.bucket) &&
                 error.contains(QLatin1String("larger quota")),
             qPrintable(error));
    const QString key = m_prefix + QStringLiteral("/bundle/data/big.bin");
    S3Client client(m_config);
    S3Client::ObjectInfo info;
    RequestControl control;
    QCOMPARE(client.headObject(control, key, &info).kind, RemoteResult::Kind::NotFound);
    const QVector<S3Client::Upload> kept = unfinishedUploads(m_prefix);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().key, key);
    QCOMPARE(kept.first().uploadId,
             m_steward
                 ->query(QStringLiteral(
                     "SELECT upload_id FROM transfer_files WHERE rel_path = 'data/big.bin'"))
                 .toString());

    QVERIFY2(m_s3->limit(64), qPrintable(m_s3->error()));
    const StewardRun resume = steward({QStringLiteral("queue"), QStringLiteral("resume"),
                                       QStringLiteral("1"), QStringLiteral("--wait")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.out + resume.err));
    QCOMPARE(state(1), QStringLiteral("delivered"));
    readBackWithRclone(source, m_prefix);
    QVERIFY(unfinishedUploads(m_prefix).isEmpty());
}

void TestS3Transfer::serverRestartMidTransfer()
{
    addRepository(QStringLiteral("rgw"), m_prefix, m_config.secretKey);
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, 64 * (1 << 20));
    QProcess* p =
        startSteward({QStringLiteral("push"), source, QStringLiteral("--to"), QStringLiteral("rgw"),
                      QStringLiteral("--wait"), QStringLiteral("--bwlimit"), QStringLiteral("24")});
    QTRY_VERIFY_WITH_TIMEOUT(recordedParts() >= 1, 30000);
    QVERIFY2(m_s3->restart(), qPrintable(m_s3->error()));
    QVERIFY(StewardProcess::finished(p, 180000));
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    delete p;
    QCOMPARE(state(1), QStringLiteral("delivered"));
    readBackWithRclone(source, m_prefix);
}

QTEST_GUILESS_MAIN(TestS3Transfer)
#include "test_S3Transfer.moc"
