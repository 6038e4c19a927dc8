// A 50 MB file through the file API: single- and multi-threaded encryption both decrypt (with
// one or two threads) to the same bytes, checked by SHA-256, with the documented size.

#include <QTemporaryDir>
#include <QtTest>

#include "models/common/Digest.h"
#include "models/crypt4gh/Crypt4ghReader.h"
#include "models/crypt4gh/Crypt4ghWriter.h"
#include "tests/common/StewardProcess.h"

using namespace steward;

class TestCrypt4ghLargeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiftyMegabytes()
    {
        QTemporaryDir dir;
        const qint64 size = 50 * 1000 * 1000 + 3;
        const QString input = dir.filePath(QStringLiteral("large.bin"));
        QVERIFY(writeRandomFile(input, size, 2024));
        QString error;
        const QString expected = Digest::fileHex(Digest::Algorithm::Sha256, input, &error);
        const Crypt4ghKeyPair reader = Crypt4ghKeyPair::generate();
        const qint64 segments = (size + 65535) / 65536;
        for (int writeThreads : {1, 2}) {
            const QString encrypted =
                dir.filePath(QStringLiteral("large.%1.c4gh").arg(writeThreads));
            Crypt4ghWriter::Options w;
            w.recipients = {reader.publicKey()};
            w.threads = writeThreads;
            QVERIFY2(Crypt4ghWriter::encryptFile(input, encrypted, w, &error), qPrintable(error));
            QCOMPARE(QFileInfo(encrypted).size(), 124 + size + 28 * segments);
            for (int readThreads : {1, 2}) {
                const QString output = dir.filePath(QStringLiteral("large.out"));
                QFile::remove(output);
                Crypt4ghReader::Options r;
                r.keys = {reader};
                r.threads = readThreads;
                Crypt4ghReader::Stats stats;
                QVERIFY2(Crypt4ghReader::decryptFile(encrypted, output, r, &error, &stats),
                         qPrintable(error));
                QCOMPARE(stats.segments, segments);
                QCOMPARE(Digest::fileHex(Digest::Algorithm::Sha256, output, &error), expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCrypt4ghLargeFile)
#include "test_Crypt4ghLargeFile.moc"
