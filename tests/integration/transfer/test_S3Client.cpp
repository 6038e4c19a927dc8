// S3Client against a real Ceph RADOS Gateway on 127.0.0.1 (tests/fixtures/servers.sh): a
// multipart upload read back by Steward and by rclone, unfinished uploads listed and
// aborted, the server's refusals (small parts, wrong keys, missing bucket, corrupt data)
// classified as a user needs them, cancellation, and a server restart in the middle of a part.

#include <QtTest>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "models/common/Digest.h"
#include "models/transfer/S3Client.h"
#include "tests/common/TestServers.h"

using namespace steward;
using Kind = RemoteResult::Kind;

namespace {

constexpr qint64 kMiB = 1 << 20;

QByteArray describe(const RemoteResult& r)
{
    return (RemoteResult::kindName(r.kind) +
            QStringLiteral(" (HTTP %1 %2): ").arg(r.httpStatus).arg(r.remoteCode) + r.message)
        .toUtf8();
}

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const RemoteResult result_ = (expr);                                                       \
        QVERIFY2(result_.ok(), describe(result_).constData());                                     \
    } while (false)

QByteArray sliceOf(const QString& path, qint64 offset, qint64 length)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return QByteArray();
    return f.read(length);
}

bool writeRandomFile(const QString& path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(seed);
    QByteArray block(kMiB, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        random.fillRange(reinterpret_cast<quint32*>(block.data()), int(block.size() / 4));
        const qint64 n = qMin<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return f.flush();
}

} // namespace

class TestS3Client final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void objectUrls_data();
    void objectUrls();
    void hashRangeMatchesTheSlice();
    void bucketAndClock();
    void multipartUploadRoundTrip();
    void independentClientReadsTheObjectBack();
    void unfinishedUploadsAreListedUntilAborted();
    void smallNonLastPartIsEntityTooSmall();
    void wrongKeysAreAuth();
    void missingBucketIsNotFound();
    void corruptDigestIsRejectedAndNotStored_data();
    void corruptDigestIsRejectedAndNotStored();
    void smallObjectsListReadDelete();
    void missingObjectLeavesNoDownloadedFile();
    void cancelFromProgressStopsQuickly();
    void serverRestartMidPartIsRetryable();

private:
    RequestControl control() const
    {
        RequestControl c;
        c.connectTimeoutSeconds = 10;
        c.stallSeconds = 20;
        return c;
    }
    /** Hashes a range of the big file and uploads it as one part; fills `part`. */
    RemoteResult uploadRange(S3Client& client, const QString& key, const QString& uploadId,
                             int number, qint64 offset, qint64 length, S3Client::Part* part,
                             const RequestControl& control);
    /** The three parts of the big file: 5 MiB, 5 MiB and the rest. */
    QVector<QPair<qint64, qint64>> bigParts() const
    {
        return {{0, 5 * kMiB}, {5 * kMiB, 5 * kMiB}, {10 * kMiB, m_bigSize - 10 * kMiB}};
    }

    TestServer m_s3{TestServer::S3};
    S3Config m_config;
    QTemporaryDir m_tmp;
    QString m_bigFile;
    qint64 m_bigSize = 13 * kMiB + 12345;
    QByteArray m_bigSha256;
    QByteArray m_bigMd5;
    QString m_completedKey; // set by multipartUploadRoundTrip
};

void TestS3Client::initTestCase()
{
    QString why;
    if (m_s3.shouldSkip(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_tmp.isValid());
    QElapsedTimer timer;
    timer.start();
    if (!m_s3.start())
        QFAIL(qPrintable(m_s3.error()));
    qInfo("radosgw started in %lld ms", timer.elapsed());
    m_config.endpoint = m_s3.value(QStringLiteral("ENDPOINT"));
    m_config.region = m_s3.value(QStringLiteral("REGION"));
    m_config.bucket = m_s3.value(QStringLiteral("BUCKET"));
    m_config.accessKey = m_s3.value(QStringLiteral("ACCESS_KEY"));
    m_config.secretKey = m_s3.value(QStringLiteral("SECRET_KEY"));
    QVERIFY(!m_config.endpoint.isEmpty() && !m_config.secretKey.isEmpty());

    m_bigFile = m_tmp.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(m_bigFile, m_bigSize, 20261124));
    QString error;
    QVERIFY2(S3Client::hashRange(m_bigFile, 0, m_bigSize, &m_bigSha256, &m_bigMd5, nullptr, &error),
             qPrintable(error));
}

void TestS3Client::cleanupTestCase()
{
    m_s3.stop();
}

RemoteResult TestS3Client::uploadRange(S3Client& client, const QString& key,
                                       const QString& uploadId, int number, qint64 offset,
                                       qint64 length, S3Client::Part* part,
                                       const RequestControl& control)
{
    QByteArray sha256, md5;
    QString error;
    if (!S3Client::hashRange(m_bigFile, offset, length, &sha256, &md5, nullptr, &error))
        return RemoteResult::failure(Kind::Fatal, error);
    part->number = number;
    part->size = length;
    part->sha256 = sha256;
    return client.uploadPart(control, key, uploadId, number, m_bigFile, offset, length, sha256, md5,
                             &part->etag);
}

// ---------------------------------------------------------------- no server needed

void TestS3Client::objectUrls_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("pathStyle");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("url");
    QTest::newRow("path style, '/' kept, space and plus encoded")
        << "http://127.0.0.1:7480/" << true << "dir/a b+c.txt"
        << "http://127.0.0.1:7480/bkt/dir/a%20b%2Bc.txt";
    QTest::newRow("unreserved kept") << "http://h:1" << true << "a-b_c.d~e"
                                     << "http://h:1/bkt/a-b_c.d~e";
    QTest::newRow("UTF-8 and reserved encoded") << "http://h:1" << true << "é/x=1&y?#%"
                                                << "http://h:1/bkt/%C3%A9/x%3D1%26y%3F%23%25";
    QTest::newRow("dot segments sent as they are") << "http://h:1" << true << "a/../b/./c"
                                                   << "http://h:1/bkt/a/../b/./c";
    QTest::newRow("bucket only") << "http://127.0.0.1:7480" << true << ""
                                 << "http://127.0.0.1:7480/bkt";
    QTest::newRow("virtual host") << "https://s3.example.org" << false << "dir/f.bin"
                                  << "https://bkt.s3.example.org/dir/f.bin";
    QTest::newRow("virtual host bucket") << "https://s3.example.org:9000" << false << ""
                                         << "https://bkt.s3.example.org:9000/";
    QTest::newRow("endpoint with a path") << "https://h:9000/s3/" << true << "k"
                                          << "https://h:9000/s3/bkt/k";
}

void TestS3Client::objectUrls()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, pathStyle);
    QFETCH(QString, key);
    QFETCH(QString, url);
    S3Config config;
    config.endpoint = endpoint;
    config.bucket = QStringLiteral("bkt");
    config.pathStyle = pathStyle;
    config.secretKey = QStringLiteral("s3cr3t/+=");
    const S3Client client(config);
    QCOMPARE(client.objectUrl(key), url);
    QVERIFY(!client.objectUrl(key).contains(config.secretKey));
}

void TestS3Client::hashRangeMatchesTheSlice()
{
    const qint64 offset = 5 * kMiB + 3;
    const qint64 length = 2 * kMiB + 7; // spans three 1 MiB reads, none aligned
    QByteArray sha256, md5;
    QString error;
    QVERIFY2(S3Client::hashRange(m_bigFile, offset, length, &sha256, &md5, nullptr, &error),
             qPrintable(error));
    const QByteArray slice = sliceOf(m_bigFile, offset, length);
    QCOMPARE(slice.size(), length);
    QCOMPARE(sha256.toHex(), Digest::hash(Digest::Algorithm::Sha256, slice).toHex());
    QCOMPARE(md5.toHex(), Digest::hash(Digest::Algorithm::Md5, slice).toHex());

    // A range past the end of the file (it shrank since it was planned) is an error.
    QVERIFY(!S3Client::hashRange(m_bigFile, m_bigSize - 10, 11, &sha256, &md5, nullptr, &error));
    QVERIFY2(error.contains(m_bigFile), qPrintable(error));
    // So is a cancelled hash.
    std::atomic_bool cancel{true};
    QVERIFY(!S3Client::hashRange(m_bigFile, 0, m_bigSize, &sha256, &md5, &cancel, &error));
}

// ---------------------------------------------------------------- against radosgw

void TestS3Client::bucketAndClock()
{
    S3Client client(m_config);
    VERIFY_OK(client.headBucket(control()));
    QDateTime server;
    VERIFY_OK(client.serverDate(control(), &server));
    QVERIFY(server.isValid());
    // Same machine: the Date header must agree with our clock to within a few seconds.
    QVERIFY2(qAbs(server.secsTo(QDateTime::currentDateTimeUtc())) < 10,
             qPrintable(server.toString(Qt::ISODate)));
}

void TestS3Client::multipartUploadRoundTrip()
{
    S3Client client(m_config);
    const QString key = QStringLiteral("bundles/run 1/big+file é.bin");
    const QString shaHex = QString::fromLatin1(m_bigSha256.toHex());
    QElapsedTimer timer;
    timer.start();

    QString uploadId;
    VERIFY_OK(client.createMultipartUpload(control(), key, &uploadId,
                                           {{QStringLiteral("sha256"), shaHex}}));
    QVERIFY(!uploadId.isEmpty());

    const auto ranges = bigParts();
    QVector<S3Client::Part> sent(3);
    for (int i = 0; i < 2; ++i)
        VERIFY_OK(uploadRange(client, key, uploadId, i + 1, ranges[i].first, ranges[i].second,
                              &sent[i], control()));

    // After two parts the server lists exactly those (one per page, to exercise paging).
    client.setPageSize(1);
    QVector<S3Client::Part> listed;
    VERIFY_OK(client.listParts(control(), key, uploadId, &listed));
    client.setPageSize(1000);
    QCOMPARE(listed.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(listed[i].number, i + 1);
        QCOMPARE(listed[i].size, 5 * kMiB);
        QVERIFY(!sent[i].etag.isEmpty());
        QCOMPARE(listed[i].etag, sent[i].etag);
        // RGW's part ETag is the part's MD5: the part it stored is the part we hashed.
        QCOMPARE(listed[i].etag.toLatin1(),
                 Digest::hash(Digest::Algorithm::Md5,
                              sliceOf(m_bigFile, ranges[i].first, ranges[i].second))
                     .toHex());
    }

    VERIFY_OK(uploadRange(client, key, uploadId, 3, ranges[2].first, ranges[2].second, &sent[2],
                          control()));
    QString etag;
    VERIFY_OK(client.completeMultipartUpload(control(), key, uploadId, sent, &etag));
    qInfo("13 MiB multipart upload in %lld ms; CompleteMultipartUpload ETag: \"%s\"",
          timer.elapsed(), qPrintable(etag));

    S3Client::ObjectInfo info;
    VERIFY_OK(client.headObject(control(), key, &info));
    QCOMPARE(info.size, m_bigSize);
    QVERIFY(info.etag.endsWith(QLatin1String("-3"))); // a multipart ETag, not an MD5
    QCOMPARE(info.metadata.value(QStringLiteral("sha256")), shaHex);
    QVERIFY(info.lastModified.isValid());

    timer.restart();
    const QString copy = m_tmp.filePath(QStringLiteral("copy.bin"));
    QByteArray streamedSha;
    VERIFY_OK(client.getObjectToFile(control(), key, copy, &streamedSha));
    qInfo("13 MiB download in %lld ms", timer.elapsed());
    QCOMPARE(QFileInfo(copy).size(), m_bigSize);
    QCOMPARE(streamedSha.toHex(), m_bigSha256.toHex());
    QString error;
    QCOMPARE(Digest::fileHex(Digest::Algorithm::Sha256, copy, &error), shaHex);

    // Range reads across a part boundary and to the end.
    QByteArray bytes;
    VERIFY_OK(client.getObject(control(), key, &bytes, 5 * kMiB - 100, 300));
    QCOMPARE(bytes, sliceOf(m_bigFile, 5 * kMiB - 100, 300));
    VERIFY_OK(client.getObject(control(), key, &bytes, m_bigSize - 1000));
    QCOMPARE(bytes, sliceOf(m_bigFile, m_bigSize - 1000, 1000));

    QVector<S3Client::ObjectInfo> objects;
    VERIFY_OK(client.listObjects(control(), QStringLiteral("bundles/"), &objects));
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects[0].key, key);
    QCOMPARE(objects[0].size, m_bigSize);

    // Completed: no longer an unfinished upload.
    QVector<S3Client::Upload> uploads;
    VERIFY_OK(client.listMultipartUploads(control(), QStringLiteral("bundles/"), &uploads));
    QVERIFY(uploads.isEmpty());
    m_completedKey = key;
}

void TestS3Client::independentClientReadsTheObjectBack()
{
    QVERIFY2(!m_completedKey.isEmpty(), "multipartUploadRoundTrip did not complete its upload");
    const QString rclone = QStandardPaths::findExecutable(QStringLiteral("rclone"));
    if (rclone.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("rclone is not installed: cmake/deps-servers.sh installs it");
        QSKIP("rclone is not installed: run `bash cmake/deps-servers.sh` to cross-check with it");
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AWS_CA_BUNDLE")); // rclone 1.60 fails while it is set
    env.insert(QStringLiteral("RCLONE_CONFIG"), m_tmp.filePath(QStringLiteral("rclone.conf")));
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_TYPE"), QStringLiteral("s3"));
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_PROVIDER"), QStringLiteral("Ceph"));
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_ENDPOINT"), m_config.endpoint);
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_REGION"), m_config.region);
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_ACCESS_KEY_ID"), m_config.accessKey);
    env.insert(QStringLiteral("RCLONE_CONFIG_STW_SECRET_ACCESS_KEY"), m_config.secretKey);
    p.setProcessEnvironment(env);
    p.start(rclone, {QStringLiteral("cat"),
                     QStringLiteral("stw:%1/%2").arg(m_config.bucket, m_completedKey)});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             p.readAllStandardError().constData());
    const QByteArray data = p.readAllStandardOutput();
    QCOMPARE(qint64(data.size()), m_bigSize);
    QCOMPARE(Digest::hash(Digest::Algorithm::Sha256, data).toHex(), m_bigSha256.toHex());
}

void TestS3Client::unfinishedUploadsAreListedUntilAborted()
{
    S3Client client(m_config);
    client.setPageSize(1); // two uploads: two pages
    const QString keyA = QStringLiteral("unfinished/a.bin");
    const QString keyB = QStringLiteral("unfinished/b.bin");
    QString idA, idB;
    VERIFY_OK(client.createMultipartUpload(control(), keyA, &idA));
    VERIFY_OK(client.createMultipartUpload(control(), keyB, &idB));
    S3Client::Part part;
    VERIFY_OK(uploadRange(client, keyA, idA, 1, 0, kMiB, &part, control()));

    QVector<S3Client::Upload> uploads;
    VERIFY_OK(client.listMultipartUploads(control(), QStringLiteral("unfinished/"), &uploads));
    QCOMPARE(uploads.size(), 2);
    QCOMPARE(uploads[0].key, keyA);
    QCOMPARE(uploads[0].uploadId, idA);
    QCOMPARE(uploads[1].key, keyB);
    QCOMPARE(uploads[1].uploadId, idB);
    QVERIFY(uploads[0].initiated.isValid());
    // Another prefix does not see them.
    VERIFY_OK(client.listMultipartUploads(control(), QStringLiteral("unfinished/c"), &uploads));
    QVERIFY(uploads.isEmpty());

    VERIFY_OK(client.abortMultipartUpload(control(), keyA, idA));
    VERIFY_OK(client.listMultipartUploads(control(), QStringLiteral("unfinished/"), &uploads));
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads[0].uploadId, idB);

    // The aborted upload is gone: its parts cannot be listed or added to.
    QVector<S3Client::Part> parts;
    RemoteResult r = client.listParts(control(), keyA, idA, &parts);
    QVERIFY2(r.kind == Kind::NotFound, describe(r).constData());
    QCOMPARE(r.remoteCode, QStringLiteral("NoSuchUpload"));
    QVERIFY2(r.message.contains(keyA), qPrintable(r.message));
    r = uploadRange(client, keyA, idA, 2, 0, kMiB, &part, control());
    QVERIFY2(r.kind == Kind::NotFound, describe(r).constData());
    QCOMPARE(r.remoteCode, QStringLiteral("NoSuchUpload"));
    r = client.completeMultipartUpload(control(), keyA, idA, {part});
    QVERIFY2(r.kind == Kind::NotFound, describe(r).constData());
    QCOMPARE(r.remoteCode, QStringLiteral("NoSuchUpload"));

    VERIFY_OK(client.abortMultipartUpload(control(), keyB, idB));
    VERIFY_OK(client.listMultipartUploads(control(), QStringLiteral("unfinished/"), &uploads));
    QVERIFY(uploads.isEmpty());
}

void TestS3Client::smallNonLastPartIsEntityTooSmall()
{
    S3Client client(m_config);
    const QString key = QStringLiteral("small-parts/x.bin");
    QString uploadId;
    VERIFY_OK(client.createMultipartUpload(control(), key, &uploadId));
    QVector<S3Client::Part> parts(2);
    VERIFY_OK(uploadRange(client, key, uploadId, 1, 0, kMiB, &parts[0], control()));
    VERIFY_OK(uploadRange(client, key, uploadId, 2, kMiB, kMiB, &parts[1], control()));
    const RemoteResult r = client.completeMultipartUpload(control(), key, uploadId, parts);
    QVERIFY2(r.kind == Kind::Fatal, describe(r).constData());
    QCOMPARE(r.remoteCode, QStringLiteral("EntityTooSmall"));
    QVERIFY2(r.message.contains(QLatin1String("5 MiB")) && r.message.contains(key) &&
                 r.message.contains(m_config.endpoint),
             qPrintable(r.message));
    S3Client::ObjectInfo info;
    QCOMPARE(client.headObject(control(), key, &info).kind, Kind::NotFound);
    VERIFY_OK(client.abortMultipartUpload(control(), key, uploadId));
}

void TestS3Client::wrongKeysAreAuth()
{
    S3Config wrongSecret = m_config;
    wrongSecret.secretKey = QStringLiteral("Wr0ngS3cretKeyForTheTest/+xyz");
    S3Client client(wrongSecret);
    const QString key = QStringLiteral("auth/x.txt");
    S3Client::ObjectInfo info;
    const QVector<RemoteResult> results = {client.headBucket(control()),
                                           client.putBytes(control(), key, "data"),
                                           client.headObject(control(), key, &info)};
    for (const RemoteResult& r : results) {
        QVERIFY2(r.kind == Kind::Auth, describe(r).constData());
        QCOMPARE(r.remoteCode, QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY2(r.message.contains(m_config.endpoint), qPrintable(r.message));
        QVERIFY(!r.message.contains(wrongSecret.secretKey));
        QVERIFY(!r.message.contains(m_config.secretKey));
    }
    // Nothing was stored with the wrong key.
    S3Client good(m_config);
    QCOMPARE(good.headObject(control(), key, &info).kind, Kind::NotFound);

    S3Config wrongAccess = m_config;
    wrongAccess.accessKey = QStringLiteral("STWNOSUCHACCESSKEY00");
    S3Client unknown(wrongAccess);
    const RemoteResult r = unknown.headBucket(control());
    QVERIFY2(r.kind == Kind::Auth, describe(r).constData());
    QCOMPARE(r.remoteCode, QStringLiteral("InvalidAccessKeyId"));
    QVERIFY(!r.message.contains(m_config.secretKey));
}

void TestS3Client::missingBucketIsNotFound()
{
    S3Config config = m_config;
    config.bucket = QStringLiteral("steward-no-such-bucket");
    S3Client client(config);
    S3Client::ObjectInfo info;
    QString uploadId;
    const QVector<RemoteResult> results = {
        client.headBucket(control()), client.putBytes(control(), QStringLiteral("k"), "data"),
        client.headObject(control(), QStringLiteral("k"), &info),
        client.createMultipartUpload(control(), QStringLiteral("k"), &uploadId)};
    for (const RemoteResult& r : results) {
        QVERIFY2(r.kind == Kind::NotFound, describe(r).constData());
        QCOMPARE(r.remoteCode, QStringLiteral("NoSuchBucket"));
        QVERIFY2(r.message.contains(config.bucket), qPrintable(r.message));
    }
}

void TestS3Client::corruptDigestIsRejectedAndNotStored_data()
{
    QTest::addColumn<bool>("multipart");
    QTest::addColumn<bool>("corruptSha256"); // else the MD5
    QTest::addColumn<QString>("code");
    QTest::newRow("PUT, wrong Content-MD5") << false << false << "BadDigest";
    QTest::newRow("PUT, wrong x-amz-content-sha256")
        << false << true << "XAmzContentSHA256Mismatch";
    QTest::newRow("part, wrong Content-MD5") << true << false << "BadDigest";
    QTest::newRow("part, wrong x-amz-content-sha256")
        << true << true << "XAmzContentSHA256Mismatch";
}

void TestS3Client::corruptDigestIsRejectedAndNotStored()
{
    QFETCH(bool, multipart);
    QFETCH(bool, corruptSha256);
    QFETCH(QString, code);
    S3Client client(m_config);
    const QString key = QStringLiteral("corrupt/%1.bin").arg(QTest::currentDataTag());
    const QString path = m_tmp.filePath(QStringLiteral("corrupt.bin"));
    QVERIFY(writeRandomFile(path, 2 * kMiB + 5, 7));
    QByteArray sha256, md5;
    QString error;
    QVERIFY(S3Client::hashRange(path, 0, 2 * kMiB + 5, &sha256, &md5, nullptr, &error));
    // The digest of other data: what a file changed after it was hashed looks like.
    QByteArray& wrong = corruptSha256 ? sha256 : md5;
    wrong[0] = char(wrong[0] ^ 0x5a);

    if (!multipart) {
        const RemoteResult r = client.putObject(control(), key, path, sha256, md5);
        QVERIFY2(r.kind == Kind::Fatal, describe(r).constData());
        QCOMPARE(r.remoteCode, code);
        QVERIFY2(r.message.contains(key), qPrintable(r.message));
        S3Client::ObjectInfo info;
        const RemoteResult head = client.headObject(control(), key, &info);
        QVERIFY2(head.kind == Kind::NotFound, describe(head).constData());
        return;
    }
    QString uploadId;
    VERIFY_OK(client.createMultipartUpload(control(), key, &uploadId));
    QString etag;
    const RemoteResult r =
        client.uploadPart(control(), key, uploadId, 1, path, 0, 2 * kMiB + 5, sha256, md5, &etag);
    QVERIFY2(r.kind == Kind::Fatal, describe(r).constData());
    QCOMPARE(r.remoteCode, code);
    QVector<S3Client::Part> parts;
    VERIFY_OK(client.listParts(control(), key, uploadId, &parts));
    QVERIFY(parts.isEmpty());
    VERIFY_OK(client.abortMultipartUpload(control(), key, uploadId));
}

void TestS3Client::smallObjectsListReadDelete()
{
    S3Client client(m_config);
    const QStringList keys = {QStringLiteral("small/1.txt"), QStringLiteral("small/2.txt"),
                              QStringLiteral("small/3 three.txt")};
    const S3Client::Metadata meta = {{QStringLiteral("note"), QStringLiteral("Zoë, 100% sure")}};
    for (const QString& key : keys)
        VERIFY_OK(client.putBytes(control(), key, key.toUtf8() + " body", meta));

    S3Client::ObjectInfo info;
    VERIFY_OK(client.headObject(control(), keys[2], &info));
    QCOMPARE(info.size, qint64(keys[2].toUtf8().size() + 5));
    QCOMPARE(info.metadata.value(QStringLiteral("note")), meta.value(QStringLiteral("note")));
    QByteArray bytes;
    VERIFY_OK(client.getObject(control(), keys[2], &bytes));
    QCOMPARE(bytes, keys[2].toUtf8() + " body");

    // A small file PUT in one request, streamed.
    const QString path = m_tmp.filePath(QStringLiteral("small.bin"));
    QVERIFY(writeRandomFile(path, 300000, 3));
    QByteArray sha256, md5;
    QString error;
    QVERIFY(S3Client::hashRange(path, 0, 300000, &sha256, &md5, nullptr, &error));
    VERIFY_OK(client.putObject(control(), QStringLiteral("small/file.bin"), path, sha256, md5));
    VERIFY_OK(client.getObject(control(), QStringLiteral("small/file.bin"), &bytes));
    QCOMPARE(Digest::hash(Digest::Algorithm::Sha256, bytes).toHex(), sha256.toHex());

    client.setPageSize(1);
    QVector<S3Client::ObjectInfo> objects;
    VERIFY_OK(client.listObjects(control(), QStringLiteral("small/"), &objects));
    QStringList listed;
    for (const auto& o : objects)
        listed << o.key;
    QCOMPARE(listed, keys + QStringList{QStringLiteral("small/file.bin")});

    VERIFY_OK(client.deleteObject(control(), keys[1]));
    const RemoteResult r = client.getObject(control(), keys[1], &bytes);
    QVERIFY2(r.kind == Kind::NotFound, describe(r).constData());
    QCOMPARE(r.remoteCode, QStringLiteral("NoSuchKey"));
    QVERIFY2(r.message.contains(keys[1]), qPrintable(r.message));
    const RemoteResult head = client.headObject(control(), keys[1], &info);
    QCOMPARE(head.kind, Kind::NotFound);
    QCOMPARE(head.remoteCode, QStringLiteral("NoSuchKey"));
    VERIFY_OK(client.listObjects(control(), QStringLiteral("small/"), &objects));
    QCOMPARE(objects.size(), 3);
    client.setPageSize(1000);
    VERIFY_OK(client.listObjects(control(), QString(), &objects)); // the whole bucket
    QVERIFY(std::any_of(objects.begin(), objects.end(),
                        [&](const S3Client::ObjectInfo& o) { return o.key == keys[0]; }));

    // Without the newer checksum headers (for stores that refuse them) uploads still work.
    S3Config plain = m_config;
    plain.checksumHeaders = false;
    S3Client plainClient(plain);
    VERIFY_OK(plainClient.putBytes(control(), QStringLiteral("small/plain.txt"), "plain"));
    VERIFY_OK(plainClient.getObject(control(), QStringLiteral("small/plain.txt"), &bytes));
    QCOMPARE(bytes, QByteArray("plain"));
}

void TestS3Client::missingObjectLeavesNoDownloadedFile()
{
    S3Client client(m_config);
    const QString path = m_tmp.filePath(QStringLiteral("missing.bin"));
    const RemoteResult r = client.getObjectToFile(control(), QStringLiteral("no/such.bin"), path);
    QVERIFY2(r.kind == Kind::NotFound, describe(r).constData());
    QVERIFY(!QFile::exists(path));
}

void TestS3Client::cancelFromProgressStopsQuickly()
{
    S3Client client(m_config);
    const QString key = QStringLiteral("cancel/big.bin");
    std::atomic_bool cancel{false};
    QElapsedTimer timer;
    qint64 cancelledAt = -1;
    RequestControl c = control();
    c.cancel = &cancel;
    c.maxSendBytesPerSecond = 2 * kMiB; // 13 MiB would take 6.5 s
    c.progress = [&](qint64 sent, qint64) {
        if (sent >= kMiB && !cancel) {
            cancel = true;
            cancelledAt = timer.elapsed();
        }
    };
    timer.start();
    const RemoteResult r = client.putObject(c, key, m_bigFile, m_bigSha256, m_bigMd5);
    const qint64 total = timer.elapsed();
    QVERIFY2(r.kind == Kind::Cancelled, describe(r).constData());
    QVERIFY(cancelledAt >= 0);
    qInfo("cancelled after %lld ms, returned %lld ms later", cancelledAt, total - cancelledAt);
    QVERIFY2(total - cancelledAt < 1500, qPrintable(QString::number(total - cancelledAt)));
    S3Client::ObjectInfo info;
    QCOMPARE(client.headObject(control(), key, &info).kind, Kind::NotFound);
}

void TestS3Client::serverRestartMidPartIsRetryable()
{
    S3Client client(m_config);
    const QString key = QStringLiteral("restart/big.bin");
    QString uploadId;
    VERIFY_OK(client.createMultipartUpload(control(), key, &uploadId));
    const auto ranges = bigParts();
    QVector<S3Client::Part> parts(3);

    bool restarted = false;
    bool restartOk = false;
    RequestControl slow = control();
    slow.maxSendBytesPerSecond = 2 * kMiB; // the 5 MiB part is still being sent at 1 MiB
    slow.progress = [&](qint64 sent, qint64) {
        if (sent >= kMiB && !restarted) {
            restarted = true;
            restartOk = m_s3.restart(); // blocks this request while radosgw restarts
        }
    };
    QElapsedTimer timer;
    timer.start();
    const RemoteResult cut =
        uploadRange(client, key, uploadId, 1, ranges[0].first, ranges[0].second, &parts[0], slow);
    qInfo("part cut by the restart: %s after %lld ms", describe(cut).constData(), timer.elapsed());
    QVERIFY(restarted);
    QVERIFY2(restartOk, qPrintable(m_s3.error()));
    QVERIFY2(cut.retryable(), describe(cut).constData());
    QVERIFY2(timer.elapsed() < 60000, "the cut request hung");

    // The upload survives the restart: retrying the part (and the rest) completes it.
    timer.restart();
    VERIFY_OK(uploadRange(client, key, uploadId, 1, ranges[0].first, ranges[0].second, &parts[0],
                          control()));
    qInfo("retried part succeeded after %lld ms", timer.elapsed());
    for (int i = 1; i < 3; ++i)
        VERIFY_OK(uploadRange(client, key, uploadId, i + 1, ranges[i].first, ranges[i].second,
                              &parts[i], control()));
    VERIFY_OK(client.completeMultipartUpload(control(), key, uploadId, parts));
    const QString copy = m_tmp.filePath(QStringLiteral("restart-copy.bin"));
    QByteArray sha256;
    VERIFY_OK(client.getObjectToFile(control(), key, copy, &sha256));
    QCOMPARE(sha256.toHex(), m_bigSha256.toHex());
}

QTEST_GUILESS_MAIN(TestS3Client)
#include "test_S3Client.moc"
