// SftpClient against a real OpenSSH sshd on 127.0.0.1 (tests/fixtures/servers.sh): uploads,
// resume by append (after a cancel and after a server restart), rename onto an existing
// file, folders, listings, ranged reads, and the refusals a user must see (wrong password,
// wrong or missing host key). Every upload is checked byte for byte on the server's disk and
// read back by an independent client (the curl command line).

#include <atomic>
#include <future>
#include <thread>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include "models/transfer/SftpClient.h"
#include "tests/common/TestServers.h"

using namespace steward;

namespace {

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray fileSha256(const QString& path, qint64 length = -1)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 left = length < 0 ? f.size() : length;
    while (left > 0) {
        const QByteArray chunk = f.read(qMin<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            return QByteArray();
        hash.addData(chunk);
        left -= chunk.size();
    }
    return hash.result();
}

QString kindOf(const RemoteResult& r)
{
    return RemoteResult::kindName(r.kind) + QStringLiteral(": ") + r.message;
}

} // namespace

class TestSftpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void probeHostKeyMatchesServer();
    void missingFingerprintIsRefused();
    void wrongFingerprintIsRefused();
    void wrongPasswordIsAuth();
    void passwordLoginWorks();
    void sizeOfMissingFileIsMinusOne();
    void uploadCancelResumeRename();
    void appendChecksRemoteSize();
    void renameReplacesExistingTarget();
    void mkdirsAndList();
    void permissionDenied();
    void removeFile();
    void rangedReads();
    void cancelFlagStopsAtOnce();
    void fullDiskIsSpace();
    void serverRestartMidUploadThenResume();

private:
    SftpConfig config() const;
    QString onDisk(const QString& name) const;
    QByteArray readBackWithCurl(const QString& name);
    QString makeFile(const QString& name, qint64 size);

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_tmp;
    QString m_source; // ~20 MB of random bytes
    QByteArray m_sourceSha;
};

void TestSftpClient::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_server = std::make_unique<TestServer>(TestServer::Sftp);
    QString message;
    if (m_server->shouldSkip(&message))
        QSKIP(qPrintable(message));
    if (!m_server->start())
        QFAIL(qPrintable(m_server->error()));
    QVERIFY(!m_server->value(QStringLiteral("HOSTKEY_FINGERPRINT")).isEmpty());
    m_source = makeFile(QStringLiteral("source.bin"), 20 * 1000 * 1000 + 12345);
    m_sourceSha = fileSha256(m_source);
    QCOMPARE(m_sourceSha.size(), 32);
}

void TestSftpClient::cleanupTestCase()
{
    m_server.reset();
}

SftpConfig TestSftpClient::config() const
{
    SftpConfig c;
    c.host = m_server->value(QStringLiteral("HOST"));
    c.port = m_server->value(QStringLiteral("PORT")).toInt();
    c.user = m_server->value(QStringLiteral("USER"));
    c.privateKeyPath = m_server->value(QStringLiteral("KEY"));
    c.hostKeyFingerprint = m_server->value(QStringLiteral("HOSTKEY_FINGERPRINT"));
    c.remoteFolder = m_server->value(QStringLiteral("REMOTE_DIR"));
    return c;
}

QString TestSftpClient::onDisk(const QString& name) const
{
    return QDir(m_server->value(QStringLiteral("LOCAL_DIR"))).filePath(name);
}

QString TestSftpClient::makeFile(const QString& name, qint64 size)
{
    const QString path = m_tmp.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    QRandomGenerator rng(quint32(qHash(name)));
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(left, block.size());
        f.write(block.constData(), n);
        left -= n;
    }
    return path;
}

/** The remote file as the curl command line (a separate process and session) reads it. */
QByteArray TestSftpClient::readBackWithCurl(const QString& name)
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        qWarning("curl is not installed: cannot cross-check with an independent client");
        return QByteArray();
    }
    const QString out = m_tmp.filePath(QStringLiteral("curl-readback.bin"));
    QFile::remove(out);
    QProcess p;
    p.start(curl,
            {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--key"),
             m_server->value(QStringLiteral("KEY")), QStringLiteral("--pubkey"),
             m_server->value(QStringLiteral("PUBKEY")), QStringLiteral("--hostpubsha256"),
             m_server->value(QStringLiteral("HOSTKEY_SHA256_B64")), QStringLiteral("-u"),
             m_server->value(QStringLiteral("USER")) + QLatin1Char(':'), QStringLiteral("-o"), out,
             m_server->value(QStringLiteral("URL")) +
                 QString::fromUtf8(QUrl::toPercentEncoding(name))});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("curl failed: %s", p.readAllStandardError().constData());
        return QByteArray();
    }
    return fileSha256(out);
}

void TestSftpClient::probeHostKeyMatchesServer()
{
    QString fingerprint;
    QString type;
    const RemoteResult r = SftpClient::probeHostKey(RequestControl(), config().host, config().port,
                                                    &fingerprint, &type);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(fingerprint, m_server->value(QStringLiteral("HOSTKEY_FINGERPRINT")));
    QCOMPARE(type, QStringLiteral("ssh-ed25519"));
    // The probe never logs in: the server saw no authentication attempt from it.
    QFile log(m_server->value(QStringLiteral("LOG")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains("steward-host-key-probe"));

    // Nothing listens there: Offline, quickly.
    QElapsedTimer timer;
    timer.start();
    const RemoteResult closed = SftpClient::probeHostKey(
        RequestControl(), QStringLiteral("127.0.0.1"), 1, &fingerprint, &type);
    QCOMPARE(closed.kind, RemoteResult::Kind::Offline);
    QVERIFY(fingerprint.isEmpty());
    QVERIFY(timer.elapsed() < 10000);
}

void TestSftpClient::missingFingerprintIsRefused()
{
    SftpConfig c = config();
    c.hostKeyFingerprint.clear();
    SftpClient client(c);
    const QString name = QStringLiteral("nofp.bin");
    const RemoteResult r = client.upload(RequestControl(), m_source, 0, name, false);
    QCOMPARE(r.kind, RemoteResult::Kind::HostKey);
    QVERIFY2(r.message.contains(QStringLiteral("127.0.0.1:%1").arg(c.port)), qPrintable(r.message));
    qInfo("%s", qPrintable(r.message));
    QVERIFY(!QFile::exists(onDisk(name)));

    c.hostKeyFingerprint = QStringLiteral("MD5:00:11:22");
    SftpClient garbled(c);
    qint64 size = 0;
    QCOMPARE(garbled.size(RequestControl(), name, &size).kind, RemoteResult::Kind::HostKey);
}

void TestSftpClient::wrongFingerprintIsRefused()
{
    SftpConfig c = config();
    const QByteArray other = QCryptographicHash::hash("another key", QCryptographicHash::Sha256);
    c.hostKeyFingerprint = QStringLiteral("SHA256:") +
                           QString::fromLatin1(other.toBase64(QByteArray::OmitTrailingEquals));
    c.password = m_server->value(QStringLiteral("PASSWORD")); // would log in, were it asked
    SftpClient client(c);
    const QString name = QStringLiteral("wrongfp.bin");
    const RemoteResult r = client.upload(RequestControl(), m_source, 0, name, false);
    QCOMPARE(r.kind, RemoteResult::Kind::HostKey);
    qInfo("%s", qPrintable(r.message));
    QVERIFY2(r.message.contains(c.hostKeyFingerprint), qPrintable(r.message));
    QVERIFY2(r.message.contains(m_server->value(QStringLiteral("HOSTKEY_FINGERPRINT"))),
             qPrintable(r.message));
    QVERIFY(!r.message.contains(c.password));
    QVERIFY(!QFile::exists(onDisk(name)));
    // The same key, written without the prefix and padded, is accepted.
    c.hostKeyFingerprint = m_server->value(QStringLiteral("HOSTKEY_SHA256_B64"));
    SftpClient padded(c);
    qint64 size = 0;
    const RemoteResult ok = padded.size(RequestControl(), name, &size);
    QVERIFY2(ok.ok(), qPrintable(kindOf(ok)));
    QCOMPARE(size, qint64(-1));
}

void TestSftpClient::wrongPasswordIsAuth()
{
    SftpConfig c = config();
    c.privateKeyPath.clear();
    c.password = QStringLiteral("not-the-password-%1").arg(QRandomGenerator::global()->generate());
    SftpClient client(c);
    const QString name = QStringLiteral("wrongpw.bin");
    const RemoteResult r = client.upload(RequestControl(), m_source, 0, name, false);
    QCOMPARE(r.kind, RemoteResult::Kind::Auth);
    qInfo("%s", qPrintable(r.message));
    QVERIFY2(r.message.contains(c.user), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("127.0.0.1:%1").arg(c.port)), qPrintable(r.message));
    QVERIFY(!r.message.contains(c.password));
    QVERIFY(!QFile::exists(onDisk(name)));

    // A key the server does not know is refused the same way.
    SftpConfig k = config();
    const QString otherKey = m_tmp.filePath(QStringLiteral("other_ed25519"));
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey});
    QVERIFY(keygen.waitForFinished(30000));
    QCOMPARE(keygen.exitCode(), 0);
    k.privateKeyPath = otherKey;
    SftpClient wrongKey(k);
    qint64 size = 0;
    QCOMPARE(wrongKey.size(RequestControl(), name, &size).kind, RemoteResult::Kind::Auth);
}

void TestSftpClient::passwordLoginWorks()
{
    SftpConfig c = config();
    c.privateKeyPath.clear();
    c.password = m_server->value(QStringLiteral("PASSWORD"));
    SftpClient client(c);
    const QString small = makeFile(QStringLiteral("small.bin"), 4096);
    RemoteResult r = client.upload(RequestControl(), small, 0, QStringLiteral("pw.bin"), false);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(fileSha256(onDisk(QStringLiteral("pw.bin"))), fileSha256(small));
}

void TestSftpClient::sizeOfMissingFileIsMinusOne()
{
    SftpClient client(config());
    qint64 size = 42;
    RemoteResult r = client.size(RequestControl(), QStringLiteral("no/such/file.bin"), &size);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(size, qint64(-1));
    // An empty file exists with size 0.
    QFile empty(onDisk(QStringLiteral("empty.bin")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    r = client.size(RequestControl(), QStringLiteral("empty.bin"), &size);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(size, qint64(0));
    // ".." never leaves the remote folder.
    r = client.size(RequestControl(), QStringLiteral("../etc/passwd"), &size);
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);
}

void TestSftpClient::uploadCancelResumeRename()
{
    SftpClient client(config());
    const QString temp = QStringLiteral("bundle one.bin.part");
    const QString final = QStringLiteral("bundle one.bin");
    const qint64 total = QFileInfo(m_source).size();

    // Cancel after about 8 MB: the server keeps a prefix of the file.
    std::atomic_bool cancel{false};
    RequestControl control;
    control.cancel = &cancel;
    qint64 lastSent = 0;
    control.progress = [&](qint64 sent, qint64) {
        lastSent = sent;
        if (sent > 8 * 1000 * 1000)
            cancel = true;
    };
    RemoteResult r = client.upload(control, m_source, 0, temp, false);
    QCOMPARE(r.kind, RemoteResult::Kind::Cancelled);
    QVERIFY(lastSent > 8 * 1000 * 1000);

    qint64 partial = -1;
    r = client.size(RequestControl(), temp, &partial);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY2(partial > 0 && partial < total, qPrintable(QString::number(partial)));
    QCOMPARE(QFileInfo(onDisk(temp)).size(), partial);

    // The partial file's prefix is what was sent.
    QByteArray prefix;
    r = client.prefixSha256(RequestControl(), temp, partial, &prefix);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(prefix, fileSha256(m_source, partial));
    // A prefix longer than the file is refused, not hashed short.
    r = client.prefixSha256(RequestControl(), temp, partial + 1, &prefix);
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);

    // Resume: append the rest; progress counts only what this call sent.
    qint64 resumedSent = 0;
    RequestControl resume;
    resume.progress = [&](qint64 sent, qint64) { resumedSent = sent; };
    r = client.upload(resume, m_source, partial, temp, true);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(resumedSent, total - partial);

    qint64 size = -1;
    r = client.size(RequestControl(), temp, &size);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(size, total);
    QCOMPARE(fileSha256(onDisk(temp)), m_sourceSha);

    r = client.rename(RequestControl(), temp, final);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(!QFile::exists(onDisk(temp)));
    r = client.size(RequestControl(), temp, &size);
    QVERIFY(r.ok());
    QCOMPARE(size, qint64(-1));
    QCOMPARE(fileSha256(onDisk(final)), m_sourceSha);
    QCOMPARE(readBackWithCurl(final), m_sourceSha);

    QByteArray whole;
    r = client.prefixSha256(RequestControl(), final, total, &whole);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(whole, m_sourceSha);
}

void TestSftpClient::appendChecksRemoteSize()
{
    SftpClient client(config());
    const QString name = QStringLiteral("mismatch.bin");
    const QString small = makeFile(QStringLiteral("mismatch-local.bin"), 100000);
    RemoteResult r = client.upload(RequestControl(), small, 0, name, false);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    const QByteArray before = fileSha256(onDisk(name));
    // The remote holds 100000 bytes: appending from 50000 would duplicate data.
    r = client.upload(RequestControl(), m_source, 50000, name, true);
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);
    QCOMPARE(r.remoteCode, QStringLiteral("size-mismatch"));
    QCOMPARE(fileSha256(onDisk(name)), before);
    // An offset without append is refused too.
    r = client.upload(RequestControl(), m_source, 100000, name, false);
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);
    QCOMPARE(fileSha256(onDisk(name)), before);
    // A second writer during an append (as when the server still drains a cut session's
    // writes) is caught by the size check after the upload.
    const QString big = makeFile(QStringLiteral("second-writer.bin"), 6 * 1000 * 1000);
    r = client.upload(RequestControl(), big, 0, QStringLiteral("second-writer.bin"), false);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    RequestControl racing;
    bool wrote = false;
    racing.progress = [&](qint64 sent, qint64) {
        if (wrote || sent < 1000000)
            return;
        QFile other(onDisk(QStringLiteral("second-writer.bin")));
        wrote = other.open(QIODevice::Append) && other.write(QByteArray(4096, 'x')) == 4096;
    };
    r = client.upload(racing, m_source, 6 * 1000 * 1000, QStringLiteral("second-writer.bin"), true);
    QVERIFY(wrote);
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);
    QCOMPARE(r.remoteCode, QStringLiteral("size-mismatch"));
    // A plain upload truncates and replaces.
    const QString smaller = makeFile(QStringLiteral("smaller.bin"), 777);
    r = client.upload(RequestControl(), smaller, 0, name, false);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(fileSha256(onDisk(name)), fileSha256(smaller));
    // A missing local file is a Fatal error naming it, not a cancel.
    r = client.upload(RequestControl(), m_tmp.filePath(QStringLiteral("gone.bin")), 0, name, false);
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);
    QVERIFY(r.message.contains(QStringLiteral("gone.bin")));
}

void TestSftpClient::renameReplacesExistingTarget()
{
    SftpClient client(config());
    const QString final = QStringLiteral("re \"pushed\".bin");
    const QString first = makeFile(QStringLiteral("first.bin"), 3000);
    const QString second = makeFile(QStringLiteral("second.bin"), 5000);
    RemoteResult r =
        client.upload(RequestControl(), first, 0, final + QStringLiteral(".part"), false);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    r = client.rename(RequestControl(), final + QStringLiteral(".part"), final);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(fileSha256(onDisk(final)), fileSha256(first));

    r = client.upload(RequestControl(), second, 0, final + QStringLiteral(".part"), false);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    r = client.rename(RequestControl(), final + QStringLiteral(".part"), final);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(fileSha256(onDisk(final)), fileSha256(second));
    QVERIFY(!QFile::exists(onDisk(final + QStringLiteral(".part"))));

    // A missing source never costs the existing target.
    r = client.rename(RequestControl(), QStringLiteral("no-such.part"), final);
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
    QCOMPARE(fileSha256(onDisk(final)), fileSha256(second));
}

void TestSftpClient::mkdirsAndList()
{
    SftpClient client(config());
    RemoteResult r = client.mkdirs(RequestControl(), QStringLiteral("deep/er/est folder"));
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(QFileInfo(onDisk(QStringLiteral("deep/er/est folder"))).isDir());
    r = client.mkdirs(RequestControl(), QStringLiteral("deep/er/est folder")); // exists: fine
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    r = client.mkdirs(RequestControl(), QStringLiteral("deep/er"));
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));

    const QString a = makeFile(QStringLiteral("list-a.bin"), 1234);
    const QString b = makeFile(QStringLiteral("list-b.bin"), 0);
    const QString folder = QStringLiteral("deep/er/est folder");
    QVERIFY(
        client.upload(RequestControl(), a, 0, folder + QStringLiteral("/a b  c.bin"), false).ok());
    QVERIFY(client.upload(RequestControl(), b, 0, folder + QStringLiteral("/ü.txt"), false).ok());
    QVERIFY(client.mkdirs(RequestControl(), folder + QStringLiteral("/sub")).ok());

    QVector<SftpClient::Entry> entries;
    r = client.list(RequestControl(), folder, &entries);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(entries.size(), 3);
    QMap<QString, SftpClient::Entry> byName;
    for (const SftpClient::Entry& e : std::as_const(entries))
        byName.insert(e.name, e);
    QVERIFY2(byName.contains(QStringLiteral("a b  c.bin")), qPrintable(byName.keys().join('|')));
    QCOMPARE(byName.value(QStringLiteral("a b  c.bin")).size, qint64(1234));
    QVERIFY(!byName.value(QStringLiteral("a b  c.bin")).isDir);
    QCOMPARE(byName.value(QStringLiteral("ü.txt")).size, qint64(0));
    QVERIFY(byName.value(QStringLiteral("sub")).isDir);

    r = client.list(RequestControl(), QStringLiteral("no/such/folder"), &entries);
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
    QVERIFY(entries.isEmpty());

    // A file in the way of a folder is an error, not a silent success.
    QVERIFY(client.upload(RequestControl(), a, 0, QStringLiteral("blocker"), false).ok());
    r = client.mkdirs(RequestControl(), QStringLiteral("blocker/inside"));
    QVERIFY(!r.ok());
}

void TestSftpClient::permissionDenied()
{
    // The chroot's root belongs to root: the test user may not write there.
    SftpClient client(config());
    RemoteResult r = client.mkdirs(RequestControl(), QStringLiteral("/forbidden/deeper"));
    QCOMPARE(r.kind, RemoteResult::Kind::Permission);
    qInfo("%s", qPrintable(r.message));
    QVERIFY2(r.message.contains(config().user), qPrintable(r.message));
    const QString small = makeFile(QStringLiteral("perm.bin"), 10);
    r = client.upload(RequestControl(), small, 0, QStringLiteral("/perm.bin"), false);
    QCOMPARE(r.kind, RemoteResult::Kind::Permission);
    // Uploading into a missing folder names what is missing.
    r = client.upload(RequestControl(), small, 0, QStringLiteral("missing-folder/x.bin"), false);
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
    qInfo("%s", qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("missing-folder/x.bin")), qPrintable(r.message));
}

void TestSftpClient::removeFile()
{
    SftpClient client(config());
    const QString small = makeFile(QStringLiteral("remove.bin"), 10);
    QVERIFY(client.upload(RequestControl(), small, 0, QStringLiteral("remove me.bin"), false).ok());
    QVERIFY(QFile::exists(onDisk(QStringLiteral("remove me.bin"))));
    RemoteResult r = client.remove(RequestControl(), QStringLiteral("remove me.bin"));
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(!QFile::exists(onDisk(QStringLiteral("remove me.bin"))));
    r = client.remove(RequestControl(), QStringLiteral("remove me.bin"));
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
}

void TestSftpClient::rangedReads()
{
    SftpClient client(config());
    const QString name = QStringLiteral("ranged.bin");
    const QString local = makeFile(QStringLiteral("ranged-local.bin"), 3 * 1000 * 1000 + 7);
    QVERIFY(client.upload(RequestControl(), local, 0, name, false).ok());
    QFile f(local);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();

    QByteArray data;
    RemoteResult r = client.download(RequestControl(), name, &data, 1000, 5000);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(data, all.mid(1000, 5000));
    r = client.download(RequestControl(), name, &data);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(sha256(data), sha256(all));
    r = client.download(RequestControl(), name, &data, all.size() - 10, 100); // past the end
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(data, all.right(10));
    r = client.download(RequestControl(), name, &data, all.size(), 100);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(data.isEmpty());
    r = client.download(RequestControl(), QStringLiteral("nope.bin"), &data, 0, 10);
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);

    const QString target = m_tmp.filePath(QStringLiteral("downloaded.bin"));
    QByteArray digest;
    r = client.downloadToFile(RequestControl(), name, target, &digest);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(digest, sha256(all));
    QCOMPARE(fileSha256(target), sha256(all));
    // A failed download leaves an existing local file alone.
    r = client.downloadToFile(RequestControl(), QStringLiteral("nope.bin"), target, &digest);
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
    QCOMPARE(fileSha256(target), sha256(all));
}

void TestSftpClient::cancelFlagStopsAtOnce()
{
    SftpClient client(config());
    std::atomic_bool cancel{true};
    RequestControl control;
    control.cancel = &cancel;
    QElapsedTimer timer;
    timer.start();
    RemoteResult r = client.upload(control, m_source, 0, QStringLiteral("cancelled.bin"), false);
    QCOMPARE(r.kind, RemoteResult::Kind::Cancelled);
    qint64 size = 0;
    QCOMPARE(client.size(control, QStringLiteral("cancelled.bin"), &size).kind,
             RemoteResult::Kind::Cancelled);
    QByteArray data;
    QCOMPARE(client.download(control, QStringLiteral("x"), &data).kind,
             RemoteResult::Kind::Cancelled);
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!QFile::exists(onDisk(QStringLiteral("cancelled.bin"))));
}

void TestSftpClient::fullDiskIsSpace()
{
    // A 2 MiB tmpfs inside the upload folder. The fixture needs root, so mounting works
    // wherever the server starts, except in a container without CAP_SYS_ADMIN.
    const QString small = onDisk(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(small));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=2m,mode=1777"), QStringLiteral("tmpfs"), small});
    if (!mount.waitForFinished(30000) || mount.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs to fill (%1): the full-disk "
                                        "case is not tested here")
                             .arg(QString::fromUtf8(mount.readAllStandardError()).trimmed())));
    struct Unmount
    {
        QString path;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
    } unmount{small};

    SftpClient client(config());
    qint64 free = -1;
    RemoteResult r = client.freeSpace(RequestControl(), QStringLiteral("small"), &free);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(free, qint64(2) << 20);
    r = client.upload(RequestControl(), m_source, 0, QStringLiteral("small/full.bin"), false);
    QCOMPARE(r.kind, RemoteResult::Kind::Space);
    qInfo("%s", qPrintable(r.message));
    r = client.freeSpace(RequestControl(), QStringLiteral("small"), &free);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(free, qint64(0));
    // The client still works for the rest of the server.
    r = client.freeSpace(RequestControl(), QString(), &free);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(free > (qint64(1) << 20));
}

void TestSftpClient::serverRestartMidUploadThenResume()
{
    SftpClient client(config());
    const QString name = QStringLiteral("restart.bin.part");
    const qint64 total = QFileInfo(m_source).size();

    // Slow the upload down so the restart lands in its middle.
    std::atomic<qint64> sent{0};
    RequestControl control;
    control.maxSendBytesPerSecond = 4 * 1000 * 1000;
    control.stallSeconds = 10;
    control.progress = [&](qint64 s, qint64) { sent = s; };
    auto upload = std::async(std::launch::async,
                             [&] { return client.upload(control, m_source, 0, name, false); });
    QElapsedTimer timer;
    timer.start();
    while (sent < 3 * 1000 * 1000 && timer.elapsed() < 30000 &&
           upload.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) {
    }
    QVERIFY2(sent >= 3 * 1000 * 1000, "the upload did not get going");
    QVERIFY(m_server->restart());
    timer.restart();
    if (upload.wait_for(std::chrono::seconds(60)) != std::future_status::ready)
        QFAIL("the upload hangs after a server restart"); // (std::async's destructor waits)
    const RemoteResult cut = upload.get();
    qInfo("upload cut after %lld ms: %s", timer.elapsed(), qPrintable(kindOf(cut)));
    QVERIFY2(cut.retryable(), qPrintable(kindOf(cut)));
    QVERIFY2(sent < total, "the upload finished before the restart");

    // Resume as the engine does: size, prefix check, append.
    qint64 partial = -1;
    RemoteResult r = client.size(RequestControl(), name, &partial);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(partial >= 0 && partial < total);
    QByteArray prefix;
    r = client.prefixSha256(RequestControl(), name, partial, &prefix);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(prefix, fileSha256(m_source, partial));
    r = client.upload(RequestControl(), m_source, partial, name, true);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(QFileInfo(onDisk(name)).size(), total);
    QCOMPARE(fileSha256(onDisk(name)), m_sourceSha);
    QCOMPARE(readBackWithCurl(name), m_sourceSha);
}

QTEST_GUILESS_MAIN(TestSftpClient)
#include "test_SftpClient.moc"
