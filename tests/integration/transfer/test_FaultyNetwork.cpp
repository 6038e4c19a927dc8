// Pushes through a fault-injecting TCP proxy of the project's own (tests/common/FaultProxy.h)
// in front of a real nginx WebDAV server: connections reset mid-file, stalled (no byte moves
// until Steward's stall detection aborts the request) and dropped on arrival. The transfer
// must retry each with backoff and arrive byte-identical, with nothing half-written left.

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include "models/common/Digest.h"
#include "tests/common/FaultProxy.h"
#include "tests/common/StewardProcess.h"
#include "tests/common/TestServers.h"

using namespace steward;

class TestFaultyNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void resetsStallsAndDropsAreRetried();
    void aDeadRepositoryWaitsInsteadOfFailing();

private:
    std::unique_ptr<TestServer> m_webdav;
    QTemporaryDir m_dir;
};

void TestFaultyNetwork::initTestCase()
{
    m_webdav = std::make_unique<TestServer>(TestServer::WebDav);
    QString message;
    if (m_webdav->shouldSkip(&message))
        QSKIP(qPrintable(message));
    QVERIFY2(m_webdav->start(), qPrintable(m_webdav->error()));
    qputenv("STEWARD_TRANSFER_STALL_SECONDS", "2");
    qputenv("STEWARD_TRANSFER_BACKOFF_MS", "200");
}

void TestFaultyNetwork::cleanupTestCase()
{
    m_webdav.reset();
}

void TestFaultyNetwork::resetsStallsAndDropsAreRetried()
{
    using Fault = FaultProxy::Fault;
    const quint16 port = quint16(m_webdav->value(QStringLiteral("PORT")).toInt());
    // Reset at 5 MB, stall at 3 MB for 6 s (beyond the 2 s stall limit), drop, reset at 12 MB.
    FaultProxy proxy(
        port, {Fault{Fault::Kind::Reset, 5 << 20, 0}, Fault{Fault::Kind::Stall, 3 << 20, 6000},
               Fault{Fault::Kind::Drop, 0, 0}, Fault{Fault::Kind::Reset, 12 << 20, 0}});
    QVERIFY(proxy.port() > 0);
    StewardProcess steward(m_dir.filePath(QStringLiteral("catalog.sqlite")),
                           m_dir.filePath(QStringLiteral("secrets")));
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(proxy.port());
    const StewardRun add =
        steward.run({QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("flaky"),
                     QStringLiteral("--kind"), QStringLiteral("webdav"), QStringLiteral("--url"),
                     url, QStringLiteral("--user"), m_webdav->value(QStringLiteral("USER")),
                     QStringLiteral("--secret-stdin")},
                    m_webdav->value(QStringLiteral("PASSWORD")).toUtf8() + '\n');
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));

    const QString source = m_dir.filePath(QStringLiteral("faulty-bundle"));
    QDir().mkpath(source + QStringLiteral("/data"));
    QVERIFY(writeRandomFile(source + QStringLiteral("/data/big.bin"), 24 << 20, 99));
    QVERIFY(writeRandomFile(source + QStringLiteral("/bagit.txt"), 55, 98));
    // One file at a time, so the faults hit the big file's uploads in order.
    QProcess* p = steward.start({QStringLiteral("push"), source, QStringLiteral("--to"),
                                 QStringLiteral("flaky"), QStringLiteral("--wait")},
                                this);
    QElapsedTimer clock;
    clock.start();
    while (p->state() != QProcess::NotRunning && clock.elapsed() < 120000)
        QTest::qWait(50); // the proxy runs on this event loop
    QVERIFY2(StewardProcess::finished(p, 1000) && p->exitCode() == 0,
             p->readAllStandardError().right(3000).constData());
    // Which connection carries which request depends on keep-alive; at least the first reset
    // (the upload starts on the first connection) and the drop always happen.
    QVERIFY2(proxy.faultsInjected() >= 2, qPrintable(QString::number(proxy.faultsInjected())));
    QVERIFY(proxy.connections() > proxy.faultsInjected());
    QCOMPARE(steward.transferState(1), QStringLiteral("delivered"));
    const QString stored =
        m_webdav->value(QStringLiteral("DATA_DIR")) + QStringLiteral("/faulty-bundle/data/big.bin");
    QString error;
    QCOMPARE(Digest::fileHex(Digest::Algorithm::Sha256, stored, &error),
             Digest::fileHex(Digest::Algorithm::Sha256, source + QStringLiteral("/data/big.bin"),
                             &error));
    QDirIterator parts(
        m_webdav->value(QStringLiteral("DATA_DIR")) + QStringLiteral("/faulty-bundle"),
        {QStringLiteral("*.steward-part")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(!parts.hasNext());
}

void TestFaultyNetwork::aDeadRepositoryWaitsInsteadOfFailing()
{
    // Nothing listens on the port: the transfer waits for the network (state "waiting"),
    // does not fail, and is still waiting when we stop it; the queue keeps it.
    StewardProcess steward(m_dir.filePath(QStringLiteral("catalog2.sqlite")),
                           m_dir.filePath(QStringLiteral("secrets2")));
    QTcpServer unused;
    QVERIFY(unused.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = unused.serverPort();
    unused.close();
    const StewardRun add =
        steward.run({QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("offline"),
                     QStringLiteral("--kind"), QStringLiteral("webdav"), QStringLiteral("--url"),
                     QStringLiteral("http://127.0.0.1:%1/").arg(deadPort), QStringLiteral("--user"),
                     QStringLiteral("x"), QStringLiteral("--secret-stdin")},
                    QByteArrayLiteral("secret\n"));
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const QString source = m_dir.filePath(QStringLiteral("offline-bundle"));
    QDir().mkpath(source);
    QVERIFY(writeRandomFile(source + QStringLiteral("/a.bin"), 1 << 20, 7));
    QProcess* p = steward.start({QStringLiteral("push"), source, QStringLiteral("--to"),
                                 QStringLiteral("offline"), QStringLiteral("--wait")},
                                this);
    QTRY_COMPARE_WITH_TIMEOUT(steward.transferState(1), QStringLiteral("waiting"), 20000);
    QTest::qWait(1500);
    QCOMPARE(steward.transferState(1), QStringLiteral("waiting"));
    p->kill();
    p->waitForFinished();
    QCOMPARE(steward.transferState(1), QStringLiteral("waiting")); // kept in the queue
    // The next start picks it up again (and waits again: the repository is still down).
    QProcess* again = steward.start(
        {QStringLiteral("queue"), QStringLiteral("resume"), QStringLiteral("--wait")}, this);
    QTRY_VERIFY_WITH_TIMEOUT(
        steward.query(QStringLiteral("SELECT attempts FROM transfers WHERE id = 1")).toInt() >= 2,
        20000);
    QTRY_COMPARE_WITH_TIMEOUT(steward.transferState(1), QStringLiteral("waiting"), 20000);
    again->kill();
    again->waitForFinished();
}

QTEST_GUILESS_MAIN(TestFaultyNetwork)
#include "test_FaultyNetwork.moc"
