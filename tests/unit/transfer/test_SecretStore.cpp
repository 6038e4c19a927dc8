// SecretStore without a keychain: on a headless machine (no D-Bus session bus) secrets go to
// the passphrase-protected file at once, instead of waiting for a keychain that cannot answer.

#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include "models/transfer/SecretStore.h"

using namespace steward;

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // As over ssh or on a server: no session bus to reach a secret service on. The
        // keychain is not switched off by STEWARD_NO_KEYCHAIN here: Steward must notice.
        qunsetenv("STEWARD_NO_KEYCHAIN");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
        qputenv("STEWARD_SECRETS_FILE", m_dir.filePath(QStringLiteral("secrets.enc")).toUtf8());
        qputenv("STEWARD_SECRETS_PASSPHRASE", "test passphrase");
    }

    void headlessUsesTheFileWithoutWaiting()
    {
        QElapsedTimer clock;
        clock.start();
        // First asked by several worker threads at once, as the transfer engine's workers do
        // when a push starts.
        std::vector<std::unique_ptr<QThread>> workers;
        std::vector<QString> backends(4);
        for (size_t i = 0; i < backends.size(); ++i)
            workers.emplace_back(QThread::create([&backends, i] {
                QString value, error;
                SecretStore store;
                store.read(SecretStore::repositoryKey(QStringLiteral("none")), &value, &error);
                backends[i] = store.backendName();
            }));
        for (auto& w : workers)
            w->start();
        for (auto& w : workers)
            QVERIFY(w->wait(60000));
        for (const QString& backend : backends)
            QCOMPARE(backend, SecretStore::filePath());
        SecretStore secrets;
        QString error;
        QVERIFY2(secrets.write(SecretStore::repositoryKey(QStringLiteral("inbox")),
                               QStringLiteral("s3cr3t"), &error),
                 qPrintable(error));
        QString value;
        QVERIFY2(secrets.read(SecretStore::repositoryKey(QStringLiteral("inbox")), &value, &error),
                 qPrintable(error));
        QCOMPARE(value, QStringLiteral("s3cr3t"));
        // The secret is in the file, encrypted: not in clear text.
        QFile file(SecretStore::filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cr3t"));
        // Not a benchmark: a keychain probe that waits for an answer takes 5-20 s here.
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_SecretStore.moc"
