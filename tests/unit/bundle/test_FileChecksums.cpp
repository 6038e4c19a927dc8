// FileChecksums: SHA-256, SHA-512 and MD5 in one read agree with `openssl dgst` and `sha256sum`
// on every size that matters to the ring of 4 MiB blocks (empty, one byte, each side of a block
// boundary, many blocks, 100 MB), stop when cancelled, and name the file they cannot read.

#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include "models/bundle/FileChecksums.h"
#include "models/bundle/MultiDigest.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

constexpr qint64 kBlock = qint64(4) << 20;

/** Deterministic, incompressible-looking bytes (an xorshift stream). */
bool writeGenerated(const QString& path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    quint64 state = 0x9E3779B97F4A7C15ull ^ quint64(size);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        const qint64 n = qMin<qint64>(left, chunk.size());
        auto* words = reinterpret_cast<quint64*>(chunk.data());
        for (qint64 i = 0; i < (n + 7) / 8; ++i) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            words[i] = state;
        }
        if (f.write(chunk.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

/** The hex digest printed by `openssl dgst -<alg> -r FILE`. */
QString opensslHex(const QString& algorithm, const QString& path)
{
    const ToolResult r =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("dgst"), QLatin1Char('-') + algorithm, QStringLiteral("-r"), path});
    return r.exitCode == 0 ? QString::fromLatin1(r.out.split(' ').value(0)).trimmed() : QString();
}

} // namespace

class TestFileChecksums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!haveTool(QStringLiteral("openssl")) || !haveTool(QStringLiteral("sha256sum")))
            QSKIP("openssl and sha256sum are needed as the reference (apt-get install openssl "
                  "coreutils)");
    }

    void matchesReferenceTools_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("1 byte") << qint64(1);
        QTest::newRow("63 bytes") << qint64(63);
        QTest::newRow("64 bytes (one SHA-256 block)") << qint64(64);
        QTest::newRow("1 MiB") << (qint64(1) << 20);
        QTest::newRow("block - 1") << kBlock - 1;
        QTest::newRow("block") << kBlock;
        QTest::newRow("block + 1") << kBlock + 1;
        QTest::newRow("3 blocks + 7") << 3 * kBlock + 7;
        QTest::newRow("5 blocks (more than the ring)") << 5 * kBlock;
        QTest::newRow("100 MB") << qint64(100) * 1000 * 1000;
    }

    void matchesReferenceTools()
    {
        QFETCH(qint64, size);
        const QString path = m_dir.filePath(QStringLiteral("f-%1.bin").arg(size));
        QVERIFY(writeGenerated(path, size));

        FileChecksums c;
        QString error;
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        const bool ok =
            FileChecksums::compute(path, &c, &error, nullptr, [&](qint64 done, qint64 total) {
                QVERIFY(done > lastDone);
                QVERIFY(done <= total);
                lastDone = done;
                lastTotal = total;
            });
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(c.size, size);
        if (size > 0) {
            QCOMPARE(lastDone, size);
            QCOMPARE(lastTotal, size);
        }
        QCOMPARE(c.sha256, opensslHex(QStringLiteral("sha256"), path));
        QCOMPARE(c.sha512, opensslHex(QStringLiteral("sha512"), path));
        QCOMPARE(c.md5, opensslHex(QStringLiteral("md5"), path));
        const ToolResult s = runTool(QStringLiteral("sha256sum"), {path});
        QCOMPARE(c.sha256, QString::fromLatin1(s.out.left(64)));

        // Each digest alone (one lane) gives the same answer as all three side by side.
        FileChecksums only;
        QVERIFY(FileChecksums::compute(path, &only, &error, nullptr, {}, FileChecksums::Md5));
        QCOMPARE(only.md5, c.md5);
        QVERIFY(only.sha256.isEmpty() && only.sha512.isEmpty());
        if (size <= kBlock)
            QCOMPARE(FileChecksums::ofData(readAll(path)), c);
    }

    void sinkReceivesEveryByteInOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("sink.bin"));
        QVERIFY(writeGenerated(path, 2 * kBlock + 12345));
        QByteArray copied;
        FileChecksums c;
        QString error;
        QVERIFY2(FileChecksums::compute(path, &c, &error, nullptr, {}, FileChecksums::All,
                                        [&](const char* data, qint64 n, QString*) {
                                            copied.append(data, n);
                                            return true;
                                        }),
                 qPrintable(error));
        QCOMPARE(copied, readAll(path));
        QCOMPARE(FileChecksums::ofData(copied), c);

        // A failing sink stops the read with its message.
        QVERIFY(!FileChecksums::compute(path, &c, &error, nullptr, {}, FileChecksums::All,
                                        [](const char*, qint64, QString* e) {
                                            *e = QStringLiteral("disk full");
                                            return false;
                                        }));
        QCOMPARE(error, QStringLiteral("disk full"));
    }

    void cancelStops()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.bin"));
        QVERIFY(writeGenerated(path, 8 * kBlock));
        std::atomic_bool cancel{false};
        qint64 seen = 0;
        FileChecksums c;
        QString error;
        const bool ok = FileChecksums::compute(path, &c, &error, &cancel, [&](qint64 done, qint64) {
            seen = done;
            if (done >= 2 * kBlock)
                cancel.store(true);
        });
        QVERIFY(!ok);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(seen < 8 * kBlock);

        cancel.store(true);
        QVERIFY(!FileChecksums::compute(path, &c, &error, &cancel));
    }

    void unreadableFilesNameTheFile()
    {
        FileChecksums c;
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("no such file.bin"));
        QVERIFY(!FileChecksums::compute(missing, &c, &error));
        QVERIFY2(error.contains(missing) && error.contains(QStringLiteral("No such file")),
                 qPrintable(error));

        QVERIFY(!FileChecksums::compute(m_dir.path(), &c, &error));
        QVERIFY2(error.contains(m_dir.path()) && error.contains(QStringLiteral("folder")),
                 qPrintable(error));

        // Opens but fails to read (the first page of the address space is never mapped): the
        // read error path, which even root meets.
        const QString unreadable = QStringLiteral("/proc/self/mem");
        if (QFileInfo::exists(unreadable)) {
            QVERIFY(!FileChecksums::compute(unreadable, &c, &error));
            QVERIFY2(error.contains(unreadable) && error.contains(QStringLiteral("error")),
                     qPrintable(error));
        }

        const QString locked = m_dir.filePath(QStringLiteral("locked.bin"));
        QVERIFY(writeText(locked, "secret"));
        QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0) == 0);
        QFile probe(locked);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running as root: a file without read permission is still readable");
        QVERIFY(!FileChecksums::compute(locked, &c, &error));
        QVERIFY2(error.contains(locked) && error.contains(QStringLiteral("Permission denied")),
                 qPrintable(error));
    }

    void otherAlgorithmsForForeignBags()
    {
        const QString path = m_dir.filePath(QStringLiteral("algs.bin"));
        QVERIFY(writeGenerated(path, kBlock + 3));
        MultiDigest::Result r;
        QString error;
        const QStringList algs{QStringLiteral("sha1"), QStringLiteral("sha224"),
                               QStringLiteral("sha384"), QStringLiteral("md5")};
        QVERIFY2(MultiDigest::file(path, algs, &r, &error), qPrintable(error));
        for (const QString& a : algs)
            QCOMPARE(r.hex.value(a), opensslHex(a, path));
        QCOMPARE(MultiDigest::digestSize(QStringLiteral("sha1")), 20);
        QVERIFY(!MultiDigest::isSupported(QStringLiteral("nosuchhash")));
        QVERIFY(!MultiDigest::file(path, {QStringLiteral("nosuchhash")}, &r, &error));
        QVERIFY2(error.contains(QStringLiteral("nosuchhash")), qPrintable(error));
    }

private:
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

QTEST_APPLESS_MAIN(TestFileChecksums)
#include "test_FileChecksums.moc"
