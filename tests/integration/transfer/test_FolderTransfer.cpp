// Pushes folders to a folder repository through the real `steward` binary: delivery and
// verification, SIGKILL at random moments followed by a resume that completes byte-identical
// without re-sending what was done, a source changed after queueing, a missing destination
// that pauses (not fails) the transfer, a repository changed while queued, and cancel.

#include <csignal>
#include <random>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "models/common/Digest.h"
#include "tests/common/StewardProcess.h"

namespace {

QString sha256(const QString& path)
{
    QString error;
    return steward::Digest::fileHex(steward::Digest::Algorithm::Sha256, path, &error);
}

} // namespace

class TestFolderTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pushDeliversAndVerifies();
    void killAndResumeCompletesWithoutResending();
    void changedSourceFailsClearly();
    void missingDestinationPausesThenResumes();
    void fullDestinationPausesWithTheReason();
    void repositoryChangedWhileQueued();
    void cancelLeavesNoPartialFile();

private:
    StewardRun steward(const QStringList& args) { return m_steward->run(args); }
    QProcess* startSteward(const QStringList& args) { return m_steward->start(args, this); }
    void makeSource(const QString& folder, qint64 bigBytes);
    void compareTrees(const QString& source, const QString& copy);
    qint64 sentBytes(qint64) const { return m_steward->sentBytes(); }
    QString state(qint64 transferId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_catalog;
    std::unique_ptr<StewardProcess> m_steward;
    QString m_outbox;
};

void TestFolderTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = m_dir->filePath(QStringLiteral("catalog.sqlite"));
    m_steward =
        std::make_unique<StewardProcess>(m_catalog, m_dir->filePath(QStringLiteral("secrets")));
    m_outbox = m_dir->filePath(QStringLiteral("outbox"));
    QDir().mkpath(m_outbox);
    const StewardRun add = steward({QStringLiteral("repo"), QStringLiteral("add"),
                                    QStringLiteral("outbox"), QStringLiteral("--kind"),
                                    QStringLiteral("folder"), QStringLiteral("--path"), m_outbox});
    QCOMPARE(add.exitCode, 0);
}

void TestFolderTransfer::makeSource(const QString& folder, qint64 bigBytes)
{
    QDir().mkpath(folder + QStringLiteral("/data/nested"));
    QVERIFY(
        writeRandomFile(folder + QStringLiteral("/data/big.bin"), bigBytes, quint64(bigBytes) + 0));
    QVERIFY(writeRandomFile(folder + QStringLiteral("/data/nested/small.bin"), 3 * 1024 * 1024 + 17,
                            quint64(bigBytes) + 1));
    QVERIFY(writeRandomFile(folder + QStringLiteral("/bagit.txt"), 55, quint64(bigBytes) + 2));
}

void TestFolderTransfer::compareTrees(const QString& source, const QString& copy)
{
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(source).relativeFilePath(path);
        const QString other = QDir(copy).filePath(rel);
        QVERIFY2(QFile::exists(other), qPrintable(rel));
        QCOMPARE(sha256(other), sha256(path));
        ++files;
    }
    QVERIFY(files > 0);
    // The manifest lists every file with its SHA-256, as sha256sum -c expects.
    QFile manifest(QDir(copy).filePath(QStringLiteral("steward-manifest-sha256.txt")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QCOMPARE(manifest.readAll().count('\n'), files);
    // No partial file under any name.
    QDirIterator parts(copy, {QStringLiteral("*.steward-part")}, QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY(!parts.hasNext());
}

QString TestFolderTransfer::state(qint64 transferId)
{
    const StewardRun list = steward({QStringLiteral("queue"), QStringLiteral("list")});
    for (const QString& line : list.out.split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() > 1 && f[0].toLongLong() == transferId)
            return f[1];
    }
    return QString();
}

void TestFolderTransfer::pushDeliversAndVerifies()
{
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, 40 << 20);
    const StewardRun push = steward({QStringLiteral("push"), source, QStringLiteral("--to"),
                                     QStringLiteral("outbox"), QStringLiteral("--wait")});
    QVERIFY2(push.exitCode == 0, qPrintable(push.err));
    QVERIFY(push.out.contains(QLatin1String("Delivered")));
    compareTrees(source, m_outbox + QStringLiteral("/bundle"));
    QCOMPARE(state(1), QStringLiteral("delivered"));
    // Nothing was sent twice.
    QCOMPARE(sentBytes(1), qint64(40 << 20) + 3 * 1024 * 1024 + 17 + 55);
    const StewardRun verify = steward({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 0);
}

void TestFolderTransfer::killAndResumeCompletesWithoutResending()
{
    const qint64 big = 96 << 20;
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, big);
    const qint64 total = big + 3 * 1024 * 1024 + 17 + 55;
    std::mt19937 random(7);
    std::uniform_int_distribution<int> when(300, 1500);
    // At 32 MB/s the push takes about 3 s: kill it four times at random moments.
    QProcess* p = startSteward({QStringLiteral("push"), source, QStringLiteral("--to"),
                                QStringLiteral("outbox"), QStringLiteral("--wait"),
                                QStringLiteral("--bwlimit"), QStringLiteral("32")});
    int kills = 0;
    for (int round = 0; round < 4; ++round) {
        QTest::qWait(when(random));
        if (p->state() == QProcess::NotRunning)
            break;
        ::kill(pid_t(p->processId()), SIGKILL);
        p->waitForFinished();
        ++kills;
        QCOMPARE(p->exitStatus(), QProcess::CrashExit);
        // The queue survived: the transfer is still there, not delivered.
        QVERIFY(!state(1).isEmpty());
        QVERIFY(!QFile::exists(m_outbox + QStringLiteral("/bundle/steward-manifest-sha256.txt")));
        delete p;
        p = startSteward({QStringLiteral("queue"), QStringLiteral("resume"),
                          QStringLiteral("--wait"), QStringLiteral("--bwlimit"),
                          QStringLiteral("32")});
    }
    QVERIFY(StewardProcess::finished(p, 120000));
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    delete p;
    QVERIFY2(kills >= 3, "the transfer was killed at least three times");
    QCOMPARE(state(1), QStringLiteral("delivered"));
    compareTrees(source, m_outbox + QStringLiteral("/bundle"));
    // Each resume continued from the part file instead of starting the file again. The
    // count of bytes sent is checkpointed every 250 ms, so a kill loses at most 8 MB of it
    // (at 32 MB/s); starting over would add the whole progress of the killed run.
    const qint64 sent = sentBytes(1);
    QVERIFY2(sent > total - kills * (8 << 20), qPrintable(QString::number(sent)));
    QVERIFY2(sent < total + (8 << 20),
             qPrintable(QStringLiteral("sent %1 of %2").arg(sent).arg(total)));
}

void TestFolderTransfer::changedSourceFailsClearly()
{
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, 1 << 20);
    const StewardRun queued =
        steward({QStringLiteral("push"), source, QStringLiteral("--to"), QStringLiteral("outbox")});
    QCOMPARE(queued.exitCode, 3); // queued, not finished
    QFile f(source + QStringLiteral("/data/nested/small.bin"));
    QVERIFY(f.open(QIODevice::Append));
    f.write("changed");
    f.close();
    const StewardRun resume =
        steward({QStringLiteral("queue"), QStringLiteral("resume"), QStringLiteral("--wait")});
    QCOMPARE(resume.exitCode, 1);
    QCOMPARE(state(1), QStringLiteral("failed"));
    const StewardRun list = steward({QStringLiteral("queue"), QStringLiteral("list")});
    QVERIFY2(list.out.contains(QLatin1String("small.bin changed")), qPrintable(list.out));
    QVERIFY(!QFile::exists(m_outbox + QStringLiteral("/bundle/steward-manifest-sha256.txt")));
}

void TestFolderTransfer::missingDestinationPausesThenResumes()
{
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, 2 << 20);
    // A repository on a drive that is not mounted: its root does not exist.
    const QString absent = m_dir->filePath(QStringLiteral("unmounted/drive"));
    QCOMPARE(steward({QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("usb"),
                      QStringLiteral("--kind"), QStringLiteral("folder"), QStringLiteral("--path"),
                      absent})
                 .exitCode,
             0);
    const StewardRun test =
        steward({QStringLiteral("repo"), QStringLiteral("test"), QStringLiteral("usb")});
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.err.contains(QLatin1String("does not exist")), qPrintable(test.err));
    // FolderBackend creates missing subfolders but not a missing root: make the root a file.
    QDir().mkpath(m_dir->filePath(QStringLiteral("unmounted")));
    QFile blocker(absent);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const StewardRun push = steward({QStringLiteral("push"), source, QStringLiteral("--to"),
                                     QStringLiteral("usb"), QStringLiteral("--wait")});
    QCOMPARE(push.exitCode, 3); // paused: needs the user, nothing lost
    QCOMPARE(state(1), QStringLiteral("paused"));
    QFile::remove(absent);
    QDir().mkpath(absent);
    const StewardRun resume = steward({QStringLiteral("queue"), QStringLiteral("resume"),
                                       QStringLiteral("1"), QStringLiteral("--wait")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err));
    compareTrees(source, absent + QStringLiteral("/bundle"));
}

void TestFolderTransfer::fullDestinationPausesWithTheReason()
{
    // The destination cannot take the big file (a full disk; here a 4 MiB file-size limit,
    // as a FAT32 drive refuses files past 4 GiB): the transfer pauses with the system's reason,
    // nothing appears under the file's final name, and it completes once there is room.
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, 8 << 20);
    const StewardRun push = m_steward->runWithFileLimit(
        {QStringLiteral("push"), source, QStringLiteral("--to"), QStringLiteral("outbox"),
         QStringLiteral("--wait")},
        4096);
    QVERIFY2(push.exitCode == 3, qPrintable(push.out + push.err)); // paused, needs the user
    QCOMPARE(state(1), QStringLiteral("paused"));
    QCOMPARE(m_steward->query(QStringLiteral("SELECT error_kind FROM transfers")).toString(),
             QStringLiteral("space"));
    const QString error =
        m_steward->query(QStringLiteral("SELECT error FROM transfers")).toString();
    QVERIFY2(error.contains(QLatin1String("File too large")), qPrintable(error));
    QVERIFY(!QFile::exists(m_outbox + QStringLiteral("/bundle/data/big.bin")));
    const StewardRun resume = steward({QStringLiteral("queue"), QStringLiteral("resume"),
                                       QStringLiteral("1"), QStringLiteral("--wait")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err));
    compareTrees(source, m_outbox + QStringLiteral("/bundle"));
}

void TestFolderTransfer::repositoryChangedWhileQueued()
{
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, 1 << 20);
    QCOMPARE(
        steward({QStringLiteral("push"), source, QStringLiteral("--to"), QStringLiteral("outbox")})
            .exitCode,
        3);
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
    QDir().mkpath(elsewhere);
    QCOMPARE(steward({QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("outbox"),
                      QStringLiteral("--kind"), QStringLiteral("folder"), QStringLiteral("--path"),
                      elsewhere})
                 .exitCode,
             0);
    const StewardRun resume =
        steward({QStringLiteral("queue"), QStringLiteral("resume"), QStringLiteral("--wait")});
    QCOMPARE(resume.exitCode, 3);
    QCOMPARE(state(1), QStringLiteral("paused"));
    const StewardRun list = steward({QStringLiteral("queue"), QStringLiteral("list")});
    QVERIFY2(list.out.contains(QLatin1String("changed after this transfer was queued")),
             qPrintable(list.out));
    // Resuming explicitly accepts the new settings.
    QCOMPARE(steward({QStringLiteral("queue"), QStringLiteral("resume"), QStringLiteral("1"),
                      QStringLiteral("--wait")})
                 .exitCode,
             0);
    compareTrees(source, elsewhere + QStringLiteral("/bundle"));
}

void TestFolderTransfer::cancelLeavesNoPartialFile()
{
    const QString source = m_dir->filePath(QStringLiteral("bundle"));
    makeSource(source, 64 << 20);
    QProcess* p = startSteward({QStringLiteral("push"), source, QStringLiteral("--to"),
                                QStringLiteral("outbox"), QStringLiteral("--wait"),
                                QStringLiteral("--bwlimit"), QStringLiteral("16")});
    // Wait until the big file is partly written, then cancel from another process.
    QTRY_VERIFY_WITH_TIMEOUT(
        QFile::exists(m_outbox + QStringLiteral("/bundle/data/big.bin.steward-part")), 20000);
    const StewardRun cancel =
        steward({QStringLiteral("queue"), QStringLiteral("cancel"), QStringLiteral("1")});
    QCOMPARE(cancel.exitCode, 1);
    QVERIFY(StewardProcess::finished(p, 30000));
    QVERIFY2(p->exitCode() == 1, p->readAllStandardError().constData());
    delete p;
    QCOMPARE(state(1), QStringLiteral("cancelled"));
    QDirIterator parts(m_outbox, {QStringLiteral("*.steward-part")}, QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY2(!parts.hasNext(), parts.hasNext() ? qPrintable(parts.next()) : "");
    QVERIFY(!QFile::exists(m_outbox + QStringLiteral("/bundle/data/big.bin")));
}

QTEST_GUILESS_MAIN(TestFolderTransfer)
#include "test_FolderTransfer.moc"
