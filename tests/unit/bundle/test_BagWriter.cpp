// BagWriter: a bag it writes (odd names included: spaces, %, a line feed) validates with
// BagValidator, and every tampering is caught naming the file: a changed byte, an added file,
// a removed file, a manifest line with a bad checksum, a ../ path. A writer killed mid-copy
// (a child process, SIGKILL) leaves nothing under the bag's name and the next write cleans up;
// an existing destination is refused; unsafe or colliding payload paths are refused.

#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <thread>

#include "models/bundle/BagValidator.h"
#include "models/bundle/BagWriter.h"
#include "models/bundle/ChecksumCache.h"
#include "models/catalog/Catalog.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeSized(const QString& path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk(1 << 20, 'x');
    for (qint64 left = size; left > 0; left -= chunk.size())
        if (f.write(chunk.constData(), qMin<qint64>(left, chunk.size())) < 0)
            return false;
    return true;
}

bool anyProblemMentions(const BagValidator::Result& r, const QString& text)
{
    for (const auto& p : r.errors)
        if (p.toString().contains(text))
            return true;
    return false;
}

QString problems(const BagValidator::Result& r)
{
    QStringList l;
    for (const auto& p : r.errors)
        l << p.toString();
    return l.join(QLatin1Char('\n'));
}

/** The child process of killedWriterLeavesNothing: writes a bag and stalls mid-copy. */
int childWrite(const QString& destination, const QString& source)
{
    BagWriter::Params p;
    p.destination = destination;
    p.payload << BagWriter::PayloadEntry::file(source, QStringLiteral("big.bin"));
    BagWriter writer;
    BagWriter::Result r;
    QString error;
    bool announced = false;
    writer.write(p, &r, &error, nullptr, [&](qint64, qint64) {
        if (!announced) {
            announced = true;
            std::printf("copying\n");
            std::fflush(stdout);
            std::this_thread::sleep_for(std::chrono::seconds(30)); // a very slow disk
        }
    });
    return 0;
}

} // namespace

class TestBagWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_sources = m_dir->filePath(QStringLiteral("sources"));
        QVERIFY(writeText(m_sources + QStringLiteral("/a.vcf"), smallVcf(20)));
        QVERIFY(writeText(m_sources + QStringLiteral("/b.sam"), smallSam(30)));
        QVERIFY(writeSized(m_sources + QStringLiteral("/big.bin"), (qint64(9) << 20) + 5));
    }
    void cleanup() { m_dir.reset(); }

    void writtenBagValidates()
    {
        const QString bagPath = m_dir->filePath(QStringLiteral("bag one"));
        BagWriter::Result r;
        QString error;
        QVERIFY2(writeBag(bagPath, &r, &error), qPrintable(error));
        QCOMPARE(r.path, bagPath);
        QCOMPARE(r.payloadFiles, 6);
        QCOMPARE(r.bagSha256,
                 FileChecksums::ofData(readAll(bagPath + QStringLiteral("/tagmanifest-sha256.txt")))
                     .sha256);
        QCOMPARE(r.checksums.value(QStringLiteral("data/vcf/a.vcf")).sha256,
                 FileChecksums::ofData(smallVcf(20)).sha256);
        QCOMPARE(readAll(bagPath + QStringLiteral("/bagit.txt")),
                 QByteArray("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        const QByteArray info = readAll(bagPath + QStringLiteral("/bag-info.txt"));
        QVERIFY(info.contains("Source-Organization: Example Hospital\n"));
        QVERIFY(info.contains("External-Description: Two samples\n  second line\n"));
        QVERIFY(info.contains("Bagging-Date: 2026-01-02\n"));
        QVERIFY(info.contains("Payload-Oxum: " + QByteArray::number(r.payloadBytes) + ".6\n"));
        QVERIFY(info.contains("Steward-Bundle-Id: b-1\n"));
        const QByteArray manifest = readAll(bagPath + QStringLiteral("/manifest-sha256.txt"));
        QVERIFY(manifest.contains("  data/odd/100%25 done.txt\n"));
        QVERIFY(manifest.contains("  data/odd/line%0Afeed.txt\n"));
        QVERIFY(manifest.contains("  data/odd/with space.txt\n"));
        QVERIFY(QFileInfo::exists(bagPath + QStringLiteral("/data/odd/line\nfeed.txt")));
        const QByteArray tagManifest = readAll(bagPath + QStringLiteral("/tagmanifest-sha512.txt"));
        for (const char* tag : {"bagit.txt", "bag-info.txt", "manifest-sha256.txt",
                                "manifest-sha512.txt", "steward/review.json"})
            QVERIFY2(tagManifest.contains(QByteArray("  ") + tag + '\n'), tag);
        QVERIFY(!tagManifest.contains("tagmanifest"));

        const BagValidator::Result v = BagValidator::validate(bagPath);
        QVERIFY2(v.valid, qPrintable(problems(v)));
        QVERIFY(v.warnings.isEmpty());
        QCOMPARE(v.payloadFiles, qint64(6));
        QCOMPARE(v.payloadAlgorithms, (QStringList{"sha256", "sha512"}));
        QCOMPARE(v.tagAlgorithms, (QStringList{"sha256", "sha512"}));
        // Nothing is left beside the bag.
        QCOMPARE(
            QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            (QStringList{"bag one", "sources"}));
    }

    void tamperingIsCaught_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("one byte changed") << "byte"
                                          << "data/vcf/a.vcf";
        QTest::newRow("file added") << "add"
                                    << "data/extra.txt";
        QTest::newRow("file removed") << "remove"
                                      << "data/b.sam";
        QTest::newRow("manifest line with a bad hash") << "badhash"
                                                       << "manifest-sha256.txt:";
        QTest::newRow("../ path in a manifest") << "escape"
                                                << "manifest-sha512.txt:";
        QTest::newRow("tag file changed") << "tag"
                                          << "steward/review.json";
    }
    void tamperingIsCaught()
    {
        QFETCH(QString, change);
        QFETCH(QString, named);
        const QString bagPath = m_dir->filePath(QStringLiteral("bag"));
        BagWriter::Result r;
        QString error;
        QVERIFY2(writeBag(bagPath, &r, &error), qPrintable(error));
        QVERIFY(BagValidator::validate(bagPath).valid);
        const QDir bag(bagPath);
        const auto append = [&](const QString& file, const QByteArray& text) {
            QFile f(bag.filePath(file));
            return f.open(QIODevice::Append) && f.write(text) == text.size();
        };
        if (change == QLatin1String("byte")) {
            QFile f(bag.filePath(QStringLiteral("data/vcf/a.vcf")));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(40);
            char c = 0;
            f.getChar(&c);
            f.seek(40);
            f.putChar(char(c ^ 1));
        } else if (change == QLatin1String("add")) {
            QVERIFY(writeText(bag.filePath(QStringLiteral("data/extra.txt")), "x"));
        } else if (change == QLatin1String("remove")) {
            QVERIFY(QFile::remove(bag.filePath(QStringLiteral("data/b.sam"))));
        } else if (change == QLatin1String("badhash")) {
            QVERIFY(append(QStringLiteral("manifest-sha256.txt"), "xyz123  data/vcf/a.vcf\n"));
        } else if (change == QLatin1String("escape")) {
            QVERIFY(append(QStringLiteral("manifest-sha512.txt"),
                           QByteArray(128, 'a') + "  data/../../sources/a.vcf\n"));
        } else {
            QVERIFY(append(QStringLiteral("steward/review.json"), " "));
        }
        const BagValidator::Result v = BagValidator::validate(bagPath);
        QVERIFY(!v.valid);
        QVERIFY2(anyProblemMentions(v, named), qPrintable(problems(v)));
    }

    void killedWriterLeavesNothing()
    {
        const QString bagPath = m_dir->filePath(QStringLiteral("killed"));
        QProcess child;
        child.start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child-write"), bagPath, m_sources + QStringLiteral("/big.bin")});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(30000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("copying"));
        QVERIFY(::kill(pid_t(child.processId()), SIGKILL) == 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QVERIFY(!QFileInfo::exists(bagPath));
        const QStringList partial = QDir(m_dir->path())
                                        .entryList({QStringLiteral(".killed.steward-partial-*")},
                                                   QDir::Dirs | QDir::Hidden);
        QCOMPARE(partial.size(), 1); // the half-built bag, under a hidden name

        // The next write to the same destination succeeds and removes the dead writer's folder.
        BagWriter::Result r;
        QString error;
        QVERIFY2(writeBag(bagPath, &r, &error), qPrintable(error));
        QVERIFY(BagValidator::validate(bagPath).valid);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(partial.first())));
    }

    void existingDestinationRefused()
    {
        const QString bagPath = m_dir->filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(bagPath)); // even an empty folder is not replaced
        BagWriter::Result r;
        QString error;
        QVERIFY(!writeBag(bagPath, &r, &error));
        QVERIFY2(error.contains(bagPath) && error.contains(QStringLiteral("already exists")),
                 qPrintable(error));
        QVERIFY(QDir(bagPath).isEmpty());
        QVERIFY(writeText(m_dir->filePath(QStringLiteral("file")), "keep"));
        QVERIFY(!writeBag(m_dir->filePath(QStringLiteral("file")), &r, &error));
        QCOMPARE(readAll(m_dir->filePath(QStringLiteral("file"))), QByteArray("keep"));
    }

    void cancelRemovesEverything()
    {
        const QString bagPath = m_dir->filePath(QStringLiteral("cancelled"));
        std::atomic_bool cancel{false};
        BagWriter::Params p;
        p.destination = bagPath;
        p.payload << BagWriter::PayloadEntry::file(m_sources + QStringLiteral("/big.bin"),
                                                   QStringLiteral("big.bin"));
        BagWriter writer;
        BagWriter::Result r;
        QString error;
        QVERIFY(!writer.write(p, &r, &error, &cancel, [&](qint64 done, qint64) {
            if (done > 0)
                cancel.store(true);
        }));
        QVERIFY2(error.contains(QStringLiteral("Stopped")), qPrintable(error));
        QCOMPARE(
            QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            (QStringList{"sources"}));
    }

    void unsafePayloadRefused_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("..") << QStringList{"../escape.txt"};
        QTest::newRow(".. inside") << QStringList{"a/../../b.txt"};
        QTest::newRow("absolute") << QStringList{"/etc/passwd"};
        QTest::newRow("drive letter") << QStringList{"C:/x.txt"};
        QTest::newRow("backslash") << QStringList{"a\\b.txt"};
        QTest::newRow("empty segment") << QStringList{"a//b.txt"};
        QTest::newRow("duplicate") << QStringList{"a.txt", "a.txt"};
        QTest::newRow("case-folded duplicate") << QStringList{"Sample.vcf", "sample.VCF"};
        QTest::newRow("file and folder") << QStringList{"a", "a/b.txt"};
    }
    void unsafePayloadRefused()
    {
        QFETCH(QStringList, paths);
        QList<BagWriter::PayloadEntry> payload;
        for (const QString& p : paths)
            payload << BagWriter::PayloadEntry::bytes("x", p);
        QVERIFY(!BagWriter::checkPayload(payload).isEmpty());
        BagWriter::Params params;
        params.destination = m_dir->filePath(QStringLiteral("unsafe"));
        params.payload = payload;
        BagWriter::Result r;
        QString error;
        QVERIFY(!BagWriter().write(params, &r, &error));
        QVERIFY2(error.contains(paths.last()) || error.contains(paths.first()), qPrintable(error));
        QVERIFY(!QFileInfo::exists(params.destination));
    }

    void usesTheChecksumCache()
    {
        Catalog catalog(m_dir->filePath(QStringLiteral("catalog.sqlite")));
        QString error;
        QVERIFY2(catalog.open(&error), qPrintable(error));
        ChecksumCache cache(catalog);
        const QString big = m_sources + QStringLiteral("/big.bin");
        FileChecksums known;
        QVERIFY(cache.checksums(big, &known, &error));
        BagWriter writer(&cache);
        BagWriter::Params p;
        p.destination = m_dir->filePath(QStringLiteral("cached"));
        p.payload << BagWriter::PayloadEntry::file(big, QStringLiteral("big.bin"))
                  << BagWriter::PayloadEntry::file(m_sources + QStringLiteral("/a.vcf"),
                                                   QStringLiteral("a.vcf"));
        BagWriter::Result r;
        QVERIFY2(writer.write(p, &r, &error), qPrintable(error));
        QCOMPARE(r.checksums.value(QStringLiteral("data/big.bin")), known);
        QCOMPARE(cache.cacheHits(), qint64(1));
        // The source hashed while copied is now cached too.
        QVERIFY(cache.cached(m_sources + QStringLiteral("/a.vcf")));
        QVERIFY(BagValidator::validate(p.destination).valid);
    }

private:
    bool writeBag(const QString& destination, BagWriter::Result* r, QString* error)
    {
        BagWriter::Params p;
        p.destination = destination;
        p.payload << BagWriter::PayloadEntry::file(m_sources + QStringLiteral("/a.vcf"),
                                                   QStringLiteral("vcf/a.vcf"))
                  << BagWriter::PayloadEntry::file(m_sources + QStringLiteral("/b.sam"),
                                                   QStringLiteral("b.sam"))
                  << BagWriter::PayloadEntry::file(m_sources + QStringLiteral("/big.bin"),
                                                   QStringLiteral("big.bin"))
                  << BagWriter::PayloadEntry::bytes("{}", QStringLiteral("odd/with space.txt"))
                  << BagWriter::PayloadEntry::bytes("%", QStringLiteral("odd/100% done.txt"))
                  << BagWriter::PayloadEntry::bytes("lf", QStringLiteral("odd/line\nfeed.txt"));
        p.tagFiles << BagWriter::TagFile{QStringLiteral("steward/review.json"), "{\"ok\":1}"};
        p.info.sourceOrganization = QStringLiteral("Example Hospital");
        p.info.contactName = QStringLiteral("Data Steward");
        p.info.externalDescription = QStringLiteral("Two samples\nsecond line");
        p.info.baggingDate = QDate(2026, 1, 2);
        p.info.extraFields << qMakePair(QStringLiteral("Steward-Bundle-Id"), QStringLiteral("b-1"));
        return BagWriter().write(p, r, error);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sources;
};

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--child-write") == 0)
        return childWrite(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    QCoreApplication app(argc, argv);
    TestBagWriter test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_BagWriter.moc"
