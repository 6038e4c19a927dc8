// `steward keygen | encrypt | decrypt | keys` through the real binary: a key pair made,
// recorded and used for a round trip; the C4GH_PASSPHRASE warning; a wrong passphrase exits 1
// naming the key; usage errors exit 2; the reference keys and files work from the command line.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/common/StewardProcess.h"
#include "tests/common/TestData.h"

using namespace steward::test;

class TestCryptCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StewardProcess> m_steward;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /** Runs steward with extra environment variables (C4GH_PASSPHRASE). */
    StewardRun run(const QStringList& args, const QMap<QString, QString>& env = {}) const
    {
        QProcess p;
        QProcessEnvironment e = m_steward->environment();
        e.remove(QStringLiteral("C4GH_PASSPHRASE"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(STEWARD_EXECUTABLE),
                QStringList{QStringLiteral("--catalog"), m_steward->catalog()} + args);
        p.closeWriteChannel();
        StewardRun r;
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QByteArray read(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_steward = std::make_unique<StewardProcess>(path(QStringLiteral("catalog.sqlite")),
                                                     path(QStringLiteral("secrets.enc")));
        QVERIFY(writeText(path(QStringLiteral("pass.txt")), "correct horse battery\n"));
        QVERIFY(writeRandomFile(path(QStringLiteral("reads.bam")), 3 * 65536 + 17, 42));
    }

    void keygenEncryptDecryptRoundTrip()
    {
        StewardRun r =
            run({QStringLiteral("keygen"), QStringLiteral("--name"), QStringLiteral("Lab key"),
                 QStringLiteral("--out"), path(QStringLiteral("lab")),
                 QStringLiteral("--passphrase-file"), path(QStringLiteral("pass.txt"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("SHA256:")));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("lab.pub"))));
        QCOMPARE(QFileInfo(path(QStringLiteral("lab.sec"))).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(!read(path(QStringLiteral("lab.sec"))).contains("correct horse"));
        QCOMPARE(m_steward
                     ->query(QStringLiteral("SELECT secret_key_path FROM crypt4gh_own_keys "
                                            "WHERE name = 'Lab key'"))
                     .toString(),
                 path(QStringLiteral("lab.sec")));

        r = run({QStringLiteral("encrypt"), QStringLiteral("--recipient-pk"),
                 path(QStringLiteral("lab.pub")), path(QStringLiteral("reads.bam")),
                 path(QStringLiteral("reads.bam.c4gh"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QFileInfo(path(QStringLiteral("reads.bam.c4gh"))).size(),
                 124 + 3 * 65536 + 17 + 4 * 28);

        // By key-pair name, passphrase from the file.
        r = run({QStringLiteral("decrypt"), QStringLiteral("--sk"), QStringLiteral("Lab key"),
                 path(QStringLiteral("reads.bam.c4gh")), path(QStringLiteral("reads.out")),
                 QStringLiteral("--passphrase-file"), path(QStringLiteral("pass.txt"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("Warning")));
        QVERIFY(read(path(QStringLiteral("reads.out"))) == read(path(QStringLiteral("reads.bam"))));
    }

    void environmentPassphraseWarns()
    {
        const StewardRun r =
            run({QStringLiteral("decrypt"), QStringLiteral("--sk"), path(QStringLiteral("lab.sec")),
                 path(QStringLiteral("reads.bam.c4gh")), path(QStringLiteral("env.out"))},
                {{QStringLiteral("C4GH_PASSPHRASE"), QStringLiteral("correct horse battery")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("C4GH_PASSPHRASE")) &&
                     r.err.contains(QStringLiteral("can leak")),
                 qPrintable(r.err));
        QVERIFY(read(path(QStringLiteral("env.out"))) == read(path(QStringLiteral("reads.bam"))));
    }

    void wrongPassphraseExitsOne()
    {
        const StewardRun r =
            run({QStringLiteral("decrypt"), QStringLiteral("--sk"), path(QStringLiteral("lab.sec")),
                 path(QStringLiteral("reads.bam.c4gh")), path(QStringLiteral("wrong.out"))},
                {{QStringLiteral("C4GH_PASSPHRASE"), QStringLiteral("not it")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("wrong passphrase")), qPrintable(r.err));
        QVERIFY2(r.err.contains(path(QStringLiteral("lab.sec"))), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("wrong.out"))));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("encrypt without recipient")
            << QStringList{QStringLiteral("encrypt"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("decrypt without key")
            << QStringList{QStringLiteral("decrypt"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("keygen without --out") << QStringList{QStringLiteral("keygen")};
        QTest::newRow("keys frobnicate")
            << QStringList{QStringLiteral("keys"), QStringLiteral("frobnicate")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QCOMPARE(run(args).exitCode, 2);
    }

    void addressBookNamesRecipients()
    {
        if (sharedData().isEmpty())
            QSKIP(qPrintable(sharedDataMissingMessage()));
        const QString common =
            sharedData(QStringLiteral("crypt4gh/EGA-archive_crypt4gh/tests/_common/"));
        StewardRun r = run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("alice"),
                            common + QStringLiteral("alice.pub")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("not a key"),
                 common + QStringLiteral("testfile.abcd")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("testfile.abcd")), qPrintable(r.err));
        r = run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(r.out.contains(QStringLiteral("\"alice\"")));
        QVERIFY(r.out.contains(QStringLiteral("Lab key")));

        // For alice (by name) and for oneself (by key-pair name), sent by bob's key.
        r = run({QStringLiteral("encrypt"), QStringLiteral("--recipient-pk"),
                 QStringLiteral("alice"), QStringLiteral("--recipient-pk"),
                 QStringLiteral("Lab key"), QStringLiteral("--sk"),
                 common + QStringLiteral("bob.sec"), common + QStringLiteral("testfile.abcd"),
                 path(QStringLiteral("abcd.c4gh"))},
                {{QStringLiteral("C4GH_PASSPHRASE"), QStringLiteral("bob")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("decrypt"), QStringLiteral("--sk"),
                 common + QStringLiteral("alice.sec"), path(QStringLiteral("abcd.c4gh")),
                 path(QStringLiteral("abcd.out"))},
                {{QStringLiteral("C4GH_PASSPHRASE"), QStringLiteral("alice")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(read(path(QStringLiteral("abcd.out"))) ==
                read(common + QStringLiteral("testfile.abcd")));

        // A file for someone else: the error names the key that was tried.
        r = run({QStringLiteral("decrypt"), QStringLiteral("--sk"),
                 common + QStringLiteral("alice.sec"), path(QStringLiteral("reads.bam.c4gh")),
                 path(QStringLiteral("other.out"))},
                {{QStringLiteral("C4GH_PASSPHRASE"), QStringLiteral("alice")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no header packet decrypts with the key SHA256:")) &&
                     r.err.contains(QStringLiteral("alice.sec")),
                 qPrintable(r.err));

        r = run({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("alice")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("encrypt"), QStringLiteral("--recipient-pk"),
                 QStringLiteral("alice"), common + QStringLiteral("testfile.abcd"),
                 path(QStringLiteral("gone.c4gh"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("gone.c4gh"))));
    }
};

QTEST_GUILESS_MAIN(TestCryptCommands)
#include "test_CryptCommands.moc"
