// The pseudonym mapping: the workstation key is created once and kept in the secrets store
// (never in the catalog), originals are sealed in the catalog (the file does not contain them),
// a second original for a stored pseudonym is a collision, and the export opens only with its
// passphrase.

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "models/catalog/Catalog.h"
#include "models/deid/PseudonymStore.h"
#include "models/deid/Pseudonymizer.h"

using namespace steward;

class TestPseudonymStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("STEWARD_NO_KEYCHAIN", "1");
        qputenv("STEWARD_SECRETS_FILE", m_dir.filePath(QStringLiteral("secrets.enc")).toUtf8());
        qputenv("STEWARD_SECRETS_PASSPHRASE", "test passphrase");
    }

    void keyIsCreatedOnceAndKept()
    {
        QByteArray first;
        QByteArray second;
        QString error;
        QVERIFY2(PseudonymStore::workstationKey(&first, &error), qPrintable(error));
        QCOMPARE(first.size(), 32);
        QVERIFY2(PseudonymStore::workstationKey(&second, &error), qPrintable(error));
        QCOMPARE(second, first);
        QFile secrets(m_dir.filePath(QStringLiteral("secrets.enc")));
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        const QByteArray bytes = secrets.readAll();
        QVERIFY(!bytes.contains(first.toBase64())); // encrypted at rest

        // A wrong passphrase must not silently make a new key (every pseudonym would change).
        qputenv("STEWARD_SECRETS_PASSPHRASE", "wrong");
        QByteArray third;
        QVERIFY(!PseudonymStore::workstationKey(&third, &error));
        QVERIFY2(error.contains(QStringLiteral("secrets.enc")), qPrintable(error));
        qputenv("STEWARD_SECRETS_PASSPHRASE", "test passphrase");
    }

    void mappingIsSealedAndCollisionsRefused()
    {
        QByteArray key;
        QString error;
        QVERIFY(PseudonymStore::workstationKey(&key, &error));
        const QString path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            Catalog catalog(path);
            QVERIFY2(catalog.open(&error), qPrintable(error));
            PseudonymStore store(catalog, key);
            const Pseudonymizer p(key);
            QHash<QString, QString> mapping{
                {QStringLiteral("MRN0048213"), p.sample(QStringLiteral("MRN0048213"))},
                {QStringLiteral("Margaret Whitfield"),
                 p.sample(QStringLiteral("Margaret Whitfield"))}};
            QVERIFY2(store.record(QStringLiteral("sample"), mapping, 1, &error), qPrintable(error));
            // Recording the same pairs again is fine (stable pseudonyms).
            QVERIFY2(store.record(QStringLiteral("sample"), mapping, 2, &error), qPrintable(error));
            QVector<PseudonymStore::Entry> entries;
            QVERIFY2(store.entries(&entries, &error), qPrintable(error));
            QCOMPARE(entries.size(), 2);
            QSet<QString> originals;
            for (const auto& e : entries) {
                originals.insert(e.original);
                QCOMPARE(e.pseudonym, mapping.value(e.original));
                QCOMPARE(e.firstRunId, 1);
            }
            QCOMPARE(originals, QSet<QString>({QStringLiteral("MRN0048213"),
                                               QStringLiteral("Margaret Whitfield")}));

            // Another original for a stored pseudonym: refused, naming both.
            const QHash<QString, QString> clash{
                {QStringLiteral("JohnSmith"), mapping.value(QStringLiteral("MRN0048213"))}};
            QVERIFY(!store.check(QStringLiteral("sample"), clash, &error));
            QVERIFY2(error.contains(QStringLiteral("collision")) &&
                         error.contains(QStringLiteral("JohnSmith")),
                     qPrintable(error));
            // Two originals to one pseudonym within a batch.
            const QHash<QString, QString> batch{{QStringLiteral("A1"), QStringLiteral("S-X")},
                                                {QStringLiteral("B2"), QStringLiteral("S-X")}};
            QVERIFY(!store.record(QStringLiteral("sample"), batch, 3, &error));
            QVERIFY2(error.contains(QStringLiteral("S-X")), qPrintable(error));
            // The same pseudonym text as a family id is a different namespace.
            QVERIFY(store.check(QStringLiteral("family"), clash, &error));

            // Another key cannot read the mapping.
            PseudonymStore foreign(catalog, QByteArray(32, 'z'));
            QVERIFY(!foreign.entries(&entries, &error));
            QVERIFY2(error.contains(QStringLiteral("does not decrypt")), qPrintable(error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("MRN0048213"));
        QVERIFY(!bytes.contains("Margaret Whitfield"));
        QVERIFY(!bytes.contains(key));
    }

    void exportOpensOnlyWithPassphrase()
    {
        QByteArray key;
        QString error;
        QVERIFY(PseudonymStore::workstationKey(&key, &error));
        Catalog catalog(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(catalog.open(&error));
        const PseudonymStore store(catalog, key);
        const QString out = m_dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(!store.exportEncrypted(out, QStringLiteral("short"), &error));
        QVERIFY(!QFile::exists(out));
        QVERIFY2(store.exportEncrypted(out, QStringLiteral("for the data controller"), &error),
                 qPrintable(error));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("MRN0048213"));
        QVector<PseudonymStore::Entry> entries;
        QVERIFY(!PseudonymStore::readExport(out, QStringLiteral("guess"), &entries, &error));
        QVERIFY2(error.contains(QStringLiteral("passphrase")), qPrintable(error));
        QVERIFY2(PseudonymStore::readExport(out, QStringLiteral("for the data controller"),
                                            &entries, &error),
                 qPrintable(error));
        QCOMPARE(entries.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPseudonymStore)
#include "test_PseudonymStore.moc"
