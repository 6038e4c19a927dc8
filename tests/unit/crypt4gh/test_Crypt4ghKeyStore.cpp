// The Crypt4GH address book and the user's key pairs in the catalog: duplicates refused with
// the existing name, every change audited, no secret in SQLite (a remembered passphrase goes
// to the secrets store), and the address-book model under QAbstractItemModelTester.

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/crypt4gh/Crypt4ghKeyFile.h"
#include "models/crypt4gh/Crypt4ghKeyStore.h"
#include "models/crypt4gh/RecipientKeyModel.h"
#include "models/transfer/SecretStore.h"

using namespace steward;

class TestCrypt4ghKeyStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;

    QByteArray catalogBytes() const
    {
        QFile f(m_catalog->path());
        f.open(QIODevice::ReadOnly);
        QByteArray all = f.readAll();
        QFile wal(m_catalog->path() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            all += wal.readAll();
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("STEWARD_NO_KEYCHAIN", "1");
        qputenv("STEWARD_SECRETS_FILE", m_dir.filePath(QStringLiteral("secrets.enc")).toUtf8());
        qputenv("STEWARD_SECRETS_PASSPHRASE", "test passphrase");
        m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QString error;
        QVERIFY2(m_catalog->open(&error), qPrintable(error));
    }

    void addressBookRefusesDuplicates()
    {
        Crypt4ghKeyStore store(*m_catalog);
        const Crypt4ghKeyPair alice = Crypt4ghKeyPair::generate();
        Crypt4ghRecipient r;
        r.name = QStringLiteral("Alice (EGA)");
        r.publicKey = alice.publicKey();
        r.comment = QStringLiteral("from the helpdesk");
        QString error;
        QVERIFY2(store.addRecipient(r, &error), qPrintable(error));
        QVERIFY(r.id > 0);
        QCOMPARE(r.fingerprint, Crypt4ghKeyPair::fingerprint(alice.publicKey()));

        Crypt4ghRecipient sameKey;
        sameKey.name = QStringLiteral("Other name");
        sameKey.publicKey = alice.publicKey();
        QVERIFY(!store.addRecipient(sameKey, &error));
        QVERIFY2(error.contains(QStringLiteral("already in the address book as Alice (EGA)")),
                 qPrintable(error));
        Crypt4ghRecipient sameName;
        sameName.name = QStringLiteral("alice (ega)");
        sameName.publicKey = Crypt4ghKeyPair::generate().publicKey();
        QVERIFY(!store.addRecipient(sameName, &error));
        QVERIFY2(error.contains(QStringLiteral("already has a recipient named")),
                 qPrintable(error));

        const auto found = store.findRecipient(r.fingerprint);
        QVERIFY(found);
        QCOMPARE(found->publicKey, alice.publicKey());
        QCOMPARE(store.findRecipient(QStringLiteral("Alice (EGA)"))->id, r.id);
        QVERIFY(store.removeRecipient(r.id, &error));
        QVERIFY(!store.findRecipient(r.fingerprint));

        const QVector<AuditEntry> entries = AuditLog(*m_catalog).entries();
        QStringList actions;
        for (const AuditEntry& e : entries)
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("crypt4gh.recipient.add")));
        QVERIFY(actions.contains(QStringLiteral("crypt4gh.recipient.remove")));
        QVERIFY(AuditLog(*m_catalog).verify().ok);
    }

    void ownKeysKeepNoSecretInTheCatalog()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("me"));
        const Crypt4ghKeyPair pair = Crypt4ghKeyPair::generate();
        const QString passphrase = QStringLiteral("a long passphrase 42");
        QString error;
        QVERIFY(Crypt4ghKeyFile::writeKeyPair(pair, prefix + ".pub", prefix + ".sec", passphrase,
                                              &error));
        Crypt4ghKeyStore store(*m_catalog);
        Crypt4ghOwnKey key;
        key.name = QStringLiteral("My workstation");
        key.publicKey = pair.publicKey();
        key.secretKeyPath = prefix + ".sec";
        key.publicKeyPath = prefix + ".pub";
        key.kdf = QStringLiteral("scrypt");
        QVERIFY2(store.addOwnKey(key, &error), qPrintable(error));
        QVERIFY(!store.addOwnKey(key, &error));

        SecretStore secrets;
        QString recalled;
        bool notFound = false;
        QVERIFY(!store.recallPassphrase(key, secrets, &recalled, &error, &notFound));
        QVERIFY(notFound);
        QVERIFY2(store.rememberPassphrase(key, passphrase, secrets, &error), qPrintable(error));
        key = *store.findOwnKey(key.fingerprint);
        QVERIFY(key.passphraseRemembered);
        QVERIFY2(store.recallPassphrase(key, secrets, &recalled, &error), qPrintable(error));
        QCOMPARE(recalled, passphrase);

        // Neither the secret key nor the passphrase is anywhere in the catalog's bytes.
        const QByteArray bytes = catalogBytes();
        QVERIFY(bytes.contains(pair.publicKey().toBase64()));
        QVERIFY(!bytes.contains(pair.secretKey()));
        QVERIFY(!bytes.contains(pair.secretKey().toBase64()));
        QVERIFY(!bytes.contains(passphrase.toUtf8()));

        QVERIFY(store.removeOwnKey(key.id, &error, &secrets));
        QVERIFY(!store.findOwnKey(key.name));
        QVERIFY(!secrets.read(Crypt4ghKeyStore::secretKeyFor(key.fingerprint), &recalled, &error,
                              &notFound));
        QVERIFY(notFound);
        QVERIFY(QFileInfo::exists(prefix + ".sec")); // the key file is the user's
    }

    void modelFollowsTheAddressBook()
    {
        RecipientKeyModel model(*m_catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(RecipientKeyModel::ColumnCount));
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QString error;
        for (const char* name : {"Zoe", "bob", "Carol"}) {
            const QByteArray text =
                Crypt4ghKeyFile::encodePublicKey(Crypt4ghKeyPair::generate().publicKey());
            QVERIFY2(model.addRecipient(QString::fromLatin1(name), text, QString(), &error),
                     qPrintable(error));
        }
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.rowCount(), before + 3);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, RecipientKeyModel::Name).data().toString();
        QCOMPARE(names, (QStringList{"bob", "Carol", "Zoe"}));
        const QModelIndex bob = model.index(0, RecipientKeyModel::Fingerprint);
        QVERIFY(bob.data().toString().startsWith(QStringLiteral("SHA256:")));
        QCOMPARE(bob.data(RecipientKeyModel::PublicKeyRole).toByteArray().size(), 32);
        const qint64 id = bob.data(RecipientKeyModel::IdRole).toLongLong();
        QCOMPARE(model.indexOf(id), 0);
        QCOMPARE(model.recordAt(bob)->name, QStringLiteral("bob"));

        QVERIFY(!model.addRecipient(QStringLiteral("bad"), "not a key", QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("not a Crypt4GH public key")), qPrintable(error));
        QCOMPARE(model.rowCount(), before + 3);

        QVERIFY(model.removeRecipient(id, &error));
        QCOMPARE(model.rowCount(), before + 2);
        QCOMPARE(model.indexOf(id), -1);
        RecipientKeyModel again(*m_catalog);
        QCOMPARE(again.rowCount(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestCrypt4ghKeyStore)
#include "test_Crypt4ghKeyStore.moc"
