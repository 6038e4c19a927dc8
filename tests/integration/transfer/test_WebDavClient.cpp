// WebDavClient against a real nginx WebDAV server on 127.0.0.1 (tests/fixtures/servers.sh):
// PUT to a temporary name and MOVE into place, Overwrite: F, nested MKCOL, listings, ranged
// reads, and the failures a user must see (wrong password, missing paths, a server restart
// in the middle of an upload). Every upload is checked byte for byte on the server's disk and
// read back by an independent client (the curl command line).

#include <atomic>
#include <future>
#include <thread>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "models/transfer/WebDavClient.h"
#include "tests/common/TestServers.h"

using namespace steward;

namespace {

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return QByteArray();
    return hash.result();
}

QString kindOf(const RemoteResult& r)
{
    return RemoteResult::kindName(r.kind) + QStringLiteral(": ") + r.message;
}

/**
 * An HTTP server on a thread of its own that ignores Range, as some servers and proxies do,
 * and answers every GET with 200 and the whole body: the client must cut out the range
 * itself instead of returning the start of the file.
 */
class RangeIgnoringServer final
{
public:
    explicit RangeIgnoringServer(QByteArray body) : m_body(std::move(body))
    {
        std::promise<quint16> port;
        auto ready = port.get_future();
        m_thread = std::thread([this, &port] { run(&port); });
        m_port = ready.get();
    }
    ~RangeIgnoringServer()
    {
        m_stop = true;
        m_thread.join();
    }
    quint16 port() const { return m_port; }
    int requests() const { return m_requests; }

private:
    void run(std::promise<quint16>* port)
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        port->set_value(server.serverPort());
        while (!m_stop) {
            if (!server.waitForNewConnection(100))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            QByteArray request;
            while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(5000))
                request += socket->readAll();
            ++m_requests;
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " +
                          QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n");
            socket->write(m_body);
            while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(5000)) {
            }
            socket->disconnectFromHost();
        }
    }

    QByteArray m_body;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_int m_requests{0};
    quint16 m_port = 0;
};

} // namespace

class TestWebDavClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void uploadMoveAndVerify();
    void moveWithoutOverwriteKeepsTarget();
    void mkcolNested();
    void listFolder();
    void rangedReads();
    void rangeIgnoredByServer();
    void wrongPasswordIsAuth();
    void missingPathsAreNotFound();
    void removeFile();
    void refusedPaths();
    void cancelFlagStopsAtOnce();
    void serverRestartMidUploadThenReupload();

private:
    WebDavConfig config() const;
    QString onDisk(const QString& path) const;
    QByteArray readBackWithCurl(const QString& path);
    QString makeFile(const QString& name, qint64 size);

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_tmp;
    QString m_source; // ~20 MB of random bytes
    QByteArray m_sourceSha;
};

void TestWebDavClient::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_server = std::make_unique<TestServer>(TestServer::WebDav);
    QString message;
    if (m_server->shouldSkip(&message))
        QSKIP(qPrintable(message));
    if (!m_server->start())
        QFAIL(qPrintable(m_server->error()));
    m_source = makeFile(QStringLiteral("source.bin"), 20 * 1000 * 1000 + 4321);
    m_sourceSha = fileSha256(m_source);
    QCOMPARE(m_sourceSha.size(), 32);
}

void TestWebDavClient::cleanupTestCase()
{
    m_server.reset();
}

WebDavConfig TestWebDavClient::config() const
{
    WebDavConfig c;
    c.url = m_server->value(QStringLiteral("URL"));
    c.user = m_server->value(QStringLiteral("USER"));
    c.password = m_server->value(QStringLiteral("PASSWORD"));
    return c;
}

QString TestWebDavClient::onDisk(const QString& path) const
{
    return QDir(m_server->value(QStringLiteral("DATA_DIR"))).filePath(path);
}

QString TestWebDavClient::makeFile(const QString& name, qint64 size)
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

/** The remote file as the curl command line (another process and connection) reads it. */
QByteArray TestWebDavClient::readBackWithCurl(const QString& path)
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        qWarning("curl is not installed: cannot cross-check with an independent client");
        return QByteArray();
    }
    const QString out = m_tmp.filePath(QStringLiteral("curl-readback.bin"));
    QFile::remove(out);
    QStringList encoded;
    for (const QString& part : path.split(QLatin1Char('/')))
        encoded.append(QString::fromUtf8(QUrl::toPercentEncoding(part)));
    QProcess p;
    // The password goes in on stdin (a curl config), not on the command line.
    p.start(curl, {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("-K"),
                   QStringLiteral("-"), QStringLiteral("-o"), out,
                   m_server->value(QStringLiteral("URL")) + encoded.join(QLatin1Char('/'))});
    p.write(QStringLiteral("user = \"%1:%2\"\n")
                .arg(m_server->value(QStringLiteral("USER")),
                     m_server->value(QStringLiteral("PASSWORD")))
                .toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("curl failed: %s", p.readAllStandardError().constData());
        return QByteArray();
    }
    return fileSha256(out);
}

void TestWebDavClient::uploadMoveAndVerify()
{
    WebDavClient client(config());
    QVERIFY(client.mkcol(RequestControl(), QStringLiteral("bundle")).ok());
    const QString part = QStringLiteral("bundle/sample one.vcf.gz.part");
    const QString final = QStringLiteral("bundle/sample one.vcf.gz");
    const qint64 total = QFileInfo(m_source).size();

    qint64 lastSent = 0;
    RequestControl control;
    control.progress = [&](qint64 sent, qint64) { lastSent = sent; };
    RemoteResult r = client.upload(control, m_source, part);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(lastSent, total);

    qint64 size = -1;
    r = client.size(RequestControl(), part, &size);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(size, total);

    r = client.move(RequestControl(), part, final, false);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    r = client.size(RequestControl(), part, &size);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(size, qint64(-1));
    QVERIFY(!QFile::exists(onDisk(part)));
    r = client.size(RequestControl(), final, &size);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(size, total);
    QCOMPARE(fileSha256(onDisk(final)), m_sourceSha);
    QCOMPARE(readBackWithCurl(final), m_sourceSha);

    // An empty file has size 0, not "absent".
    const QString empty = makeFile(QStringLiteral("empty.bin"), 0);
    QVERIFY(client.upload(RequestControl(), empty, QStringLiteral("bundle/empty.bin")).ok());
    r = client.size(RequestControl(), QStringLiteral("bundle/empty.bin"), &size);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(size, qint64(0));
    // A collection is not a file.
    r = client.size(RequestControl(), QStringLiteral("bundle"), &size);
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);
}

void TestWebDavClient::moveWithoutOverwriteKeepsTarget()
{
    WebDavClient client(config());
    const QString first = makeFile(QStringLiteral("first.bin"), 3000);
    const QString second = makeFile(QStringLiteral("second.bin"), 5000);
    QVERIFY(client.upload(RequestControl(), first, QStringLiteral("ow/x.bin")).ok());
    QVERIFY(client.upload(RequestControl(), second, QStringLiteral("ow/x.bin.part")).ok());

    RemoteResult r = client.move(RequestControl(), QStringLiteral("ow/x.bin.part"),
                                 QStringLiteral("ow/x.bin"), false);
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);
    QCOMPARE(r.httpStatus, 412);
    QCOMPARE(r.remoteCode, QStringLiteral("exists"));
    qInfo("%s", qPrintable(r.message));
    QCOMPARE(fileSha256(onDisk(QStringLiteral("ow/x.bin"))), fileSha256(first));
    QCOMPARE(fileSha256(onDisk(QStringLiteral("ow/x.bin.part"))), fileSha256(second));

    r = client.move(RequestControl(), QStringLiteral("ow/x.bin.part"), QStringLiteral("ow/x.bin"),
                    true);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(fileSha256(onDisk(QStringLiteral("ow/x.bin"))), fileSha256(second));
    QVERIFY(!QFile::exists(onDisk(QStringLiteral("ow/x.bin.part"))));
}

void TestWebDavClient::mkcolNested()
{
    WebDavClient client(config());
    RemoteResult r = client.mkcol(RequestControl(), QStringLiteral("a/b c/d"));
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(QFileInfo(onDisk(QStringLiteral("a/b c/d"))).isDir());
    r = client.mkcol(RequestControl(), QStringLiteral("a/b c/d")); // exists: fine
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    r = client.mkcol(RequestControl(), QStringLiteral("a/b c/d/e")); // only the last is missing
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(QFileInfo(onDisk(QStringLiteral("a/b c/d/e"))).isDir());

    // A file in the way of a folder is an error, not a silent success.
    const QString small = makeFile(QStringLiteral("blocker.bin"), 10);
    QVERIFY(client.upload(RequestControl(), small, QStringLiteral("blocker")).ok());
    r = client.mkcol(RequestControl(), QStringLiteral("blocker/inside"));
    QVERIFY2(!r.ok(), "MKCOL under a file succeeded");
    qInfo("%s", qPrintable(kindOf(r)));
    QVERIFY(!QFileInfo(onDisk(QStringLiteral("blocker/inside"))).exists());
}

void TestWebDavClient::listFolder()
{
    WebDavClient client(config());
    const QString a = makeFile(QStringLiteral("list-a.bin"), 1234);
    const QString b = makeFile(QStringLiteral("list-b.bin"), 0);
    const QString folder = QStringLiteral("list me/sub#1");
    QVERIFY(client.mkcol(RequestControl(), folder + QStringLiteral("/inner")).ok());
    QVERIFY(client.upload(RequestControl(), a, folder + QStringLiteral("/a b%20c.bin")).ok());
    QVERIFY(client.upload(RequestControl(), b, folder + QStringLiteral("/ü.txt")).ok());
    QVERIFY(QFile::exists(onDisk(folder + QStringLiteral("/a b%20c.bin"))));

    QVector<WebDavClient::Entry> entries;
    RemoteResult r = client.list(RequestControl(), folder, &entries);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QMap<QString, WebDavClient::Entry> byName;
    for (const WebDavClient::Entry& e : std::as_const(entries))
        byName.insert(e.name, e);
    QCOMPARE(entries.size(), 3);
    QVERIFY2(byName.contains(QStringLiteral("a b%20c.bin")), qPrintable(byName.keys().join('|')));
    QCOMPARE(byName.value(QStringLiteral("a b%20c.bin")).size, qint64(1234));
    QVERIFY(!byName.value(QStringLiteral("a b%20c.bin")).isDir);
    QCOMPARE(byName.value(QStringLiteral("ü.txt")).size, qint64(0));
    QVERIFY(byName.value(QStringLiteral("inner")).isDir);

    r = client.list(RequestControl(), QStringLiteral("no/such/folder"), &entries);
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
    QVERIFY(entries.isEmpty());
}

void TestWebDavClient::rangedReads()
{
    WebDavClient client(config());
    const QString local = makeFile(QStringLiteral("ranged.bin"), 3 * 1000 * 1000 + 7);
    QVERIFY(client.upload(RequestControl(), local, QStringLiteral("ranged.bin")).ok());
    QFile f(local);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();

    QByteArray data;
    RemoteResult r =
        client.download(RequestControl(), QStringLiteral("ranged.bin"), &data, 1000, 5000);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(data, all.mid(1000, 5000));
    r = client.download(RequestControl(), QStringLiteral("ranged.bin"), &data, 2000000);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(data, all.mid(2000000));
    r = client.download(RequestControl(), QStringLiteral("ranged.bin"), &data);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(sha256(data), sha256(all));
    r = client.download(RequestControl(), QStringLiteral("ranged.bin"), &data, all.size() - 10,
                        100);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(data, all.right(10));
    r = client.download(RequestControl(), QStringLiteral("ranged.bin"), &data, all.size(), 100);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(data.isEmpty());

    const QString target = m_tmp.filePath(QStringLiteral("downloaded.bin"));
    QByteArray digest;
    r = client.downloadToFile(RequestControl(), QStringLiteral("ranged.bin"), target, &digest);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(digest, sha256(all));
    QCOMPARE(fileSha256(target), sha256(all));
    // A failed download leaves an existing local file alone (no 404 page written into it).
    r = client.downloadToFile(RequestControl(), QStringLiteral("nope.bin"), target, &digest);
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
    QCOMPARE(fileSha256(target), sha256(all));
}

void TestWebDavClient::rangeIgnoredByServer()
{
    QByteArray body(3 * 1000 * 1000 + 7, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char& c : body)
        c = char(rng.generate());
    RangeIgnoringServer server(body);
    WebDavConfig c;
    c.url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
    WebDavClient client(c);
    QByteArray data;
    RemoteResult r = client.download(RequestControl(), QStringLiteral("f.bin"), &data, 1000, 5000);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(data, body.mid(1000, 5000));
    r = client.download(RequestControl(), QStringLiteral("f.bin"), &data, 2000000);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(data, body.mid(2000000));
    r = client.download(RequestControl(), QStringLiteral("f.bin"), &data);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(data, body);
    QCOMPARE(server.requests(), 3);
}

void TestWebDavClient::wrongPasswordIsAuth()
{
    WebDavConfig c = config();
    c.password = QStringLiteral("not-the-password-%1").arg(QRandomGenerator::global()->generate());
    WebDavClient client(c);
    RemoteResult r = client.upload(RequestControl(), m_source, QStringLiteral("denied.bin"));
    QCOMPARE(r.kind, RemoteResult::Kind::Auth);
    QCOMPARE(r.httpStatus, 401);
    qInfo("%s", qPrintable(r.message));
    QVERIFY2(r.message.contains(c.user), qPrintable(r.message));
    QVERIFY2(r.message.contains(
                 QStringLiteral("127.0.0.1:%1").arg(m_server->value(QStringLiteral("PORT")))),
             qPrintable(r.message));
    QVERIFY(!r.message.contains(c.password));
    QVERIFY(!QFile::exists(onDisk(QStringLiteral("denied.bin"))));
    qint64 size = 0;
    QCOMPARE(client.size(RequestControl(), QStringLiteral("denied.bin"), &size).kind,
             RemoteResult::Kind::Auth);
    QVector<WebDavClient::Entry> entries;
    QCOMPARE(client.list(RequestControl(), QString(), &entries).kind, RemoteResult::Kind::Auth);

    // Credentials written into the URL are dropped, never sent or shown.
    WebDavConfig inUrl = config();
    inUrl.url.replace(QStringLiteral("http://"),
                      QStringLiteral("http://%1:%2@").arg(inUrl.user, inUrl.password));
    inUrl.user.clear();
    inUrl.password.clear();
    WebDavClient anonymous(inUrl);
    QVERIFY(!anonymous.urlOf(QStringLiteral("x")).contains(config().password));
    r = anonymous.size(RequestControl(), QStringLiteral("x"), &size);
    QCOMPARE(r.kind, RemoteResult::Kind::Auth);
    QVERIFY(!r.message.contains(config().password));
}

void TestWebDavClient::missingPathsAreNotFound()
{
    WebDavClient client(config());
    qint64 size = 0;
    RemoteResult r = client.size(RequestControl(), QStringLiteral("no/such/file.bin"), &size);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(size, qint64(-1));
    QByteArray data;
    r = client.download(RequestControl(), QStringLiteral("no/such/file.bin"), &data);
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
    QCOMPARE(r.httpStatus, 404);
    QVERIFY(data.isEmpty());
    r = client.move(RequestControl(), QStringLiteral("no-such.part"), QStringLiteral("x.bin"),
                    true);
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
    qInfo("%s", qPrintable(r.message));
    // MOVE to a place whose "folder" is a file (nginx creates missing parents, like for PUT).
    const QString small = makeFile(QStringLiteral("move-src.bin"), 10);
    QVERIFY(client.upload(RequestControl(), small, QStringLiteral("move-src.bin")).ok());
    QVERIFY(client.upload(RequestControl(), small, QStringLiteral("a-file")).ok());
    r = client.move(RequestControl(), QStringLiteral("move-src.bin"),
                    QStringLiteral("a-file/x.bin"), true);
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
    QVERIFY(QFile::exists(onDisk(QStringLiteral("move-src.bin"))));
}

void TestWebDavClient::removeFile()
{
    WebDavClient client(config());
    const QString small = makeFile(QStringLiteral("remove.bin"), 10);
    QVERIFY(client.upload(RequestControl(), small, QStringLiteral("remove me.bin")).ok());
    QVERIFY(QFile::exists(onDisk(QStringLiteral("remove me.bin"))));
    RemoteResult r = client.remove(RequestControl(), QStringLiteral("remove me.bin"));
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(!QFile::exists(onDisk(QStringLiteral("remove me.bin"))));
    r = client.remove(RequestControl(), QStringLiteral("remove me.bin"));
    QCOMPARE(r.kind, RemoteResult::Kind::NotFound);
}

void TestWebDavClient::refusedPaths()
{
    WebDavClient client(config());
    qint64 size = 0;
    RemoteResult r = client.size(RequestControl(), QStringLiteral("../../etc/passwd"), &size);
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);
    r = client.upload(RequestControl(), m_source, QStringLiteral("a\nb"));
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);
    WebDavConfig ftp = config();
    ftp.url = QStringLiteral("ftp://127.0.0.1/");
    WebDavClient wrongScheme(ftp);
    r = wrongScheme.size(RequestControl(), QStringLiteral("x"), &size);
    QCOMPARE(r.kind, RemoteResult::Kind::Fatal);
    // Nothing listens there: Offline.
    WebDavConfig closed = config();
    closed.url = QStringLiteral("http://127.0.0.1:1/");
    WebDavClient offline(closed);
    r = offline.size(RequestControl(), QStringLiteral("x"), &size);
    QCOMPARE(r.kind, RemoteResult::Kind::Offline);
}

void TestWebDavClient::cancelFlagStopsAtOnce()
{
    WebDavClient client(config());
    std::atomic_bool cancel{true};
    RequestControl control;
    control.cancel = &cancel;
    RemoteResult r = client.upload(control, m_source, QStringLiteral("cancelled.bin"));
    QCOMPARE(r.kind, RemoteResult::Kind::Cancelled);
    QVERIFY(!QFile::exists(onDisk(QStringLiteral("cancelled.bin"))));

    // Cancelled in the middle: nginx never puts a partial body in place.
    std::atomic_bool later{false};
    RequestControl midway;
    midway.cancel = &later;
    midway.maxSendBytesPerSecond = 20 * 1000 * 1000;
    midway.progress = [&](qint64 sent, qint64) {
        if (sent > 5 * 1000 * 1000)
            later = true;
    };
    r = client.upload(midway, m_source, QStringLiteral("cancelled.bin"));
    QCOMPARE(r.kind, RemoteResult::Kind::Cancelled);
    QVERIFY(!QFile::exists(onDisk(QStringLiteral("cancelled.bin"))));
    // The next call on the same client works (a fresh connection).
    qint64 size = 0;
    r = client.size(RequestControl(), QStringLiteral("cancelled.bin"), &size);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QCOMPARE(size, qint64(-1));
}

void TestWebDavClient::serverRestartMidUploadThenReupload()
{
    WebDavClient client(config());
    const QString name = QStringLiteral("restart.bin.part");
    const qint64 total = QFileInfo(m_source).size();

    // Slow the upload down so the restart lands in its middle.
    std::atomic<qint64> sent{0};
    RequestControl control;
    control.maxSendBytesPerSecond = 4 * 1000 * 1000;
    control.stallSeconds = 10;
    control.progress = [&](qint64 s, qint64) { sent = s; };
    auto upload =
        std::async(std::launch::async, [&] { return client.upload(control, m_source, name); });
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
    // No partial file under the name.
    QVERIFY(!QFile::exists(onDisk(name)));

    // WebDAV cannot resume: the engine sends the file again, on the same client.
    RemoteResult r = client.upload(RequestControl(), m_source, name);
    QVERIFY2(r.ok(), qPrintable(kindOf(r)));
    QVERIFY(client.move(RequestControl(), name, QStringLiteral("restart.bin"), false).ok());
    QCOMPARE(fileSha256(onDisk(QStringLiteral("restart.bin"))), m_sourceSha);
    QCOMPARE(readBackWithCurl(QStringLiteral("restart.bin")), m_sourceSha);
}

QTEST_GUILESS_MAIN(TestWebDavClient)
#include "test_WebDavClient.moc"
