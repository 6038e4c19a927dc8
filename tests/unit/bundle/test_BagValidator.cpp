// BagValidator on hand-made bags: progress reaches the total, cancel stops with the bag not
// valid, fetch.txt entries not fetched make the bag incomplete (naming the file), a 1.0
// manifest decodes %0A/%25, a malformed checksum is refused naming the line, a symbolic link
// out of the bag is refused, and a quick completeness-only look hashes nothing.

#include <QTemporaryDir>
#include <QtTest>

#include "models/bundle/BagValidator.h"
#include "models/bundle/FileChecksums.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

/** A minimal BagIt 1.0 bag: the files given (path under the bag -> bytes), sha256 manifest. */
bool makeBag(const QString& root, const QMap<QString, QByteArray>& payload,
             const QByteArray& extraManifest = QByteArray())
{
    QByteArray manifest;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (!writeText(root + QLatin1Char('/') + it.key(), it.value()))
            return false;
        QString listed = it.key();
        listed.replace(QLatin1Char('%'), QLatin1String("%25"))
            .replace(QLatin1Char('\n'), QLatin1String("%0A"));
        manifest +=
            FileChecksums::ofData(it.value()).sha256.toLatin1() + "  " + listed.toUtf8() + '\n';
    }
    return writeText(root + QStringLiteral("/bagit.txt"),
                     "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n") &&
           writeText(root + QStringLiteral("/manifest-sha256.txt"), manifest + extraManifest);
}

bool errorNames(const BagValidator::Result& r, const QString& file, int line = -1)
{
    for (const auto& p : r.errors)
        if (p.file == file && (line < 0 || p.line == line))
            return true;
    return false;
}

QString dump(const BagValidator::Result& r)
{
    QStringList l;
    for (const auto& p : r.errors)
        l << p.toString();
    return l.join(QLatin1Char('\n'));
}

} // namespace

class TestBagValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_bag = m_dir->filePath(QStringLiteral("bag"));
    }

    void progressAndCancel()
    {
        QMap<QString, QByteArray> files;
        for (int i = 0; i < 20; ++i)
            files.insert(QStringLiteral("data/f%1.txt").arg(i), QByteArray(100000 + i, 'a' + i));
        QVERIFY(makeBag(m_bag, files));
        qint64 last = 0;
        qint64 total = 0;
        BagValidator::Options o;
        o.threads = 2;
        o.progress = [&](qint64 done, qint64 t) {
            QVERIFY(done >= last);
            last = done;
            total = t;
        };
        BagValidator::Result r = BagValidator::validate(m_bag, o);
        QVERIFY2(r.valid, qPrintable(dump(r)));
        QCOMPARE(r.filesVerified, qint64(20)); // no tag manifest: payload only
        QCOMPARE(last, total);
        QVERIFY(total > 2000000);

        std::atomic_bool cancel{false};
        o.cancel = &cancel;
        o.progress = [&](qint64, qint64) { cancel.store(true); };
        r = BagValidator::validate(m_bag, o);
        QVERIFY(r.cancelled);
        QVERIFY(!r.valid);
        QVERIFY(r.filesVerified < 20);
    }

    void unfetchedFilesMakeTheBagIncomplete()
    {
        QVERIFY(makeBag(m_bag, {{QStringLiteral("data/here.txt"), "here"}},
                        FileChecksums::ofData("remote").sha256.toLatin1() + "  data/remote.txt\n"));
        QVERIFY(writeText(m_bag + QStringLiteral("/fetch.txt"),
                          "https://example.org/remote.txt 6 data/remote.txt\n"));
        BagValidator::Result r = BagValidator::validate(m_bag);
        QVERIFY(!r.valid);
        QVERIFY(!r.complete);
        QVERIFY2(errorNames(r, QStringLiteral("manifest-sha256.txt"), 2), qPrintable(dump(r)));
        QVERIFY(r.errors.first().message.contains(QStringLiteral("fetch.txt")));

        // Once fetched, the bag is complete and valid.
        QVERIFY(writeText(m_bag + QStringLiteral("/data/remote.txt"), "remote"));
        r = BagValidator::validate(m_bag);
        QVERIFY2(r.valid, qPrintable(dump(r)));
    }

    void percentEncodedNames()
    {
        QVERIFY(makeBag(m_bag, {{QStringLiteral("data/100% sure.txt"), "a"},
                                {QStringLiteral("data/two\nlines.txt"), "b"}}));
        const BagValidator::Result r = BagValidator::validate(m_bag);
        QVERIFY2(r.valid, qPrintable(dump(r)));
        QCOMPARE(r.payloadFiles, qint64(2));
    }

    void malformedLinesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("too short") << QByteArray("abcdef  data/x.txt");
        QTest::newRow("not hex") << (QByteArray(63, 'a') + "g  data/x.txt");
        QTest::newRow("no path") << QByteArray(64, 'a');
        QTest::newRow("outside data/") << (QByteArray(64, 'a') + "  bagit.txt");
        QTest::newRow("absolute") << (QByteArray(64, 'a') + "  /etc/passwd");
    }
    void malformedLinesNameTheLine()
    {
        QFETCH(QByteArray, line);
        QVERIFY(makeBag(m_bag, {{QStringLiteral("data/x.txt"), "x"}}, line + '\n'));
        const BagValidator::Result r = BagValidator::validate(m_bag);
        QVERIFY(!r.valid);
        QVERIFY2(errorNames(r, QStringLiteral("manifest-sha256.txt"), 2), qPrintable(dump(r)));
    }

    void symbolicLinkOutOfTheBag()
    {
        QVERIFY(writeText(m_dir->filePath(QStringLiteral("secret.txt")), "secret"));
        QVERIFY(makeBag(m_bag, {{QStringLiteral("data/x.txt"), "x"}},
                        FileChecksums::ofData("secret").sha256.toLatin1() + "  data/link.txt\n"));
        QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("secret.txt")),
                            m_bag + QStringLiteral("/data/link.txt")));
        const BagValidator::Result r = BagValidator::validate(m_bag);
        QVERIFY(!r.valid);
        QVERIFY2(errorNames(r, QStringLiteral("data/link.txt")), qPrintable(dump(r)));
    }

    void completenessOnlyHashesNothing()
    {
        QVERIFY(makeBag(m_bag, {{QStringLiteral("data/x.txt"), "x"}}));
        QVERIFY(writeText(m_bag + QStringLiteral("/data/x.txt"), "y")); // wrong checksum now
        BagValidator::Options o;
        o.completenessOnly = true;
        BagValidator::Result r = BagValidator::validate(m_bag, o);
        QVERIFY(r.complete);
        QVERIFY(!r.valid); // not verified, so not called valid
        QCOMPARE(r.filesVerified, qint64(0));
        r = BagValidator::validate(m_bag);
        QVERIFY(r.complete && !r.valid);
        QVERIFY2(errorNames(r, QStringLiteral("manifest-sha256.txt"), 1), qPrintable(dump(r)));
    }

    void notABag()
    {
        QVERIFY(QDir().mkpath(m_bag));
        BagValidator::Result r = BagValidator::validate(m_bag);
        QVERIFY(!r.valid);
        QVERIFY(errorNames(r, QStringLiteral("bagit.txt")));
        QVERIFY(errorNames(r, QStringLiteral("data")));
        r = BagValidator::validate(m_dir->filePath(QStringLiteral("nothing")));
        QVERIFY(!r.valid);
        QVERIFY(r.errors.first().message.contains(QStringLiteral("nothing")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bag;
};

QTEST_APPLESS_MAIN(TestBagValidator)
#include "test_BagValidator.moc"
