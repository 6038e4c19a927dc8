// ChecksumCache: a file is read once; the cache answers while size, mtime and inode are
// unchanged (proved by changing the bytes behind its back and getting the old answer), and a
// modified, touched or replaced (new inode) file is read again.

#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

#include "models/bundle/ChecksumCache.h"
#include "models/catalog/Catalog.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

/** Sets the file's modification time (and access time) to exactly `ns`. */
bool setMtime(const QString& path, qint64 ns)
{
    struct timespec times[2];
    times[0].tv_sec = times[1].tv_sec = time_t(ns / 1000000000);
    times[0].tv_nsec = times[1].tv_nsec = long(ns % 1000000000);
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

/** Rewrites the bytes in place (same inode, same size) and puts the old mtime back. */
bool rewriteKeepingStamp(const QString& path, const QByteArray& bytes)
{
    ChecksumCache::Stamp s;
    if (!ChecksumCache::stamp(path, &s, nullptr))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return setMtime(path, s.mtimeNs);
}

} // namespace

class TestChecksumCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_catalog.reset(new Catalog(m_dir->filePath(QStringLiteral("catalog.sqlite"))));
        QString error;
        QVERIFY2(m_catalog->open(&error), qPrintable(error));
        m_file = m_dir->filePath(QStringLiteral("sample one.vcf"));
        QVERIFY(writeText(m_file, "##fileformat=VCFv4.2\nchr1\t100\n"));
    }
    void cleanup()
    {
        m_catalog.reset();
        m_dir.reset();
    }

    void hashedOnce()
    {
        ChecksumCache cache(*m_catalog);
        QVERIFY(!cache.cached(m_file));
        FileChecksums first;
        QString error;
        QVERIFY2(cache.checksums(m_file, &first, &error), qPrintable(error));
        QCOMPARE(cache.filesHashed(), qint64(1));
        QCOMPARE(first, FileChecksums::ofData("##fileformat=VCFv4.2\nchr1\t100\n"));

        // The same bytes' length, inode and mtime but other content: the cache does not read
        // the file, so it still answers with the first checksums.
        QVERIFY(rewriteKeepingStamp(m_file, "##fileformat=VCFv4.3\nchr2\t200\n"));
        FileChecksums second;
        QVERIFY2(cache.checksums(m_file, &second, &error), qPrintable(error));
        QCOMPARE(cache.filesHashed(), qint64(1));
        QCOMPARE(cache.cacheHits(), qint64(1));
        QCOMPARE(second, first);
        QCOMPARE(*cache.cached(m_file), first);

        // Another ChecksumCache on the same catalog (another run of Steward) reuses it too, and
        // so does a path through a symbolic link (keyed by the canonical path).
        ChecksumCache again(*m_catalog);
        const QString link = m_dir->filePath(QStringLiteral("link.vcf"));
        QVERIFY(QFile::link(m_file, link));
        QVERIFY(again.checksums(link, &second, &error));
        QCOMPARE(again.filesHashed(), qint64(0));
        QCOMPARE(second, first);
    }

    void changesAreHashedAgain_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("modified (new size)") << QStringLiteral("append");
        QTest::newRow("touched (same bytes, new mtime)") << QStringLiteral("touch");
        QTest::newRow("replaced (new inode, same size and mtime)") << QStringLiteral("replace");
        QTest::newRow("rewritten in place (same size, new mtime)") << QStringLiteral("rewrite");
    }
    void changesAreHashedAgain()
    {
        QFETCH(QString, change);
        ChecksumCache cache(*m_catalog);
        FileChecksums before;
        QString error;
        QVERIFY2(cache.checksums(m_file, &before, &error), qPrintable(error));
        ChecksumCache::Stamp stamp;
        QVERIFY(ChecksumCache::stamp(m_file, &stamp, &error));

        QByteArray expected = "##fileformat=VCFv4.2\nchr1\t100\n";
        if (change == QLatin1String("append")) {
            QFile f(m_file);
            QVERIFY(f.open(QIODevice::Append));
            f.write("chr1\t200\n");
            expected += "chr1\t200\n";
            f.close();
            QVERIFY(setMtime(m_file, stamp.mtimeNs)); // size alone must be enough
        } else if (change == QLatin1String("touch")) {
            QVERIFY(setMtime(m_file, stamp.mtimeNs + 1)); // one nanosecond later
        } else if (change == QLatin1String("replace")) {
            const QString other = m_dir->filePath(QStringLiteral("new.vcf"));
            expected = "##fileformat=VCFv4.2\nchrX\t100\n";
            QVERIFY(writeText(other, expected));
            QVERIFY(setMtime(other, stamp.mtimeNs));
            QVERIFY(::rename(QFile::encodeName(other).constData(),
                             QFile::encodeName(m_file).constData()) == 0);
            ChecksumCache::Stamp replaced;
            QVERIFY(ChecksumCache::stamp(m_file, &replaced, &error));
            QCOMPARE(replaced.size, stamp.size);
            QCOMPARE(replaced.mtimeNs, stamp.mtimeNs);
            QVERIFY(replaced.inode != stamp.inode);
        } else {
            expected = "##fileformat=VCFv4.2\nchrY\t100\n";
            QVERIFY(rewriteKeepingStamp(m_file, expected));
            QVERIFY(setMtime(m_file, stamp.mtimeNs + 1000000000));
        }
        QVERIFY(!cache.cached(m_file));
        FileChecksums after;
        QVERIFY2(cache.checksums(m_file, &after, &error), qPrintable(error));
        QCOMPARE(cache.filesHashed(), qint64(2));
        QCOMPARE(after, FileChecksums::ofData(expected));
        if (change != QLatin1String("touch"))
            QVERIFY(after.sha256 != before.sha256);
        // And the new version is cached in turn.
        QVERIFY2(cache.checksums(m_file, &after, &error), qPrintable(error));
        QCOMPARE(cache.filesHashed(), qint64(2));
    }

    void storeRefusesAStaleStamp()
    {
        ChecksumCache cache(*m_catalog);
        ChecksumCache::Stamp s;
        QString error;
        QVERIFY(ChecksumCache::stamp(m_file, &s, &error));
        const FileChecksums c = FileChecksums::ofData("##fileformat=VCFv4.2\nchr1\t100\n");
        QVERIFY(setMtime(m_file, s.mtimeNs + 5));
        QVERIFY(cache.store(s, c, &error));
        QVERIFY(!cache.cached(m_file)); // changed after the stamp: nothing kept
        QVERIFY(ChecksumCache::stamp(m_file, &s, &error));
        QVERIFY(cache.store(s, c, &error));
        QCOMPARE(*cache.cached(m_file), c);
        QVERIFY(cache.forget(m_file));
        QVERIFY(!cache.cached(m_file));
    }

    void errorsNameTheFile()
    {
        ChecksumCache cache(*m_catalog);
        FileChecksums c;
        QString error;
        const QString missing = m_dir->filePath(QStringLiteral("gone.bam"));
        QVERIFY(!cache.checksums(missing, &c, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
        QVERIFY(!cache.checksums(m_dir->path(), &c, &error));
        QVERIFY2(error.contains(m_dir->path()), qPrintable(error));
    }

    void concurrentThreads()
    {
        // Several threads hash and store through their own catalog connections.
        QStringList files;
        for (int i = 0; i < 8; ++i) {
            files << m_dir->filePath(QStringLiteral("f%1.txt").arg(i));
            QVERIFY(writeText(files.last(), QByteArray::number(i).repeated(1000 + i)));
        }
        ChecksumCache cache(*m_catalog);
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (const QString& f : std::as_const(files)) {
                    FileChecksums c;
                    QString e;
                    if (!cache.checksums(f, &c, &e) || c.size != QFileInfo(f).size())
                        ++failures;
                }
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        for (const QString& f : std::as_const(files))
            QVERIFY(cache.cached(f));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestChecksumCache)
#include "test_ChecksumCache.moc"
