#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace steward {

class Catalog;

/**
 * The workstation's pseudonym mapping. The pseudonymisation key (32 random bytes) lives in the
 * OS keychain, or the passphrase-protected secrets file where no keychain runs, and never
 * leaves the workstation. The mapping pseudonym -> original is kept in the catalog with each
 * original sealed (ChaCha20-Poly1305) under a key derived from it, so the catalog file alone
 * reveals nothing; it leaves only as a passphrase-encrypted export for the data controller.
 */
class PseudonymStore final
{
    Q_DECLARE_TR_FUNCTIONS(PseudonymStore)

public:
    struct Entry
    {
        QString kind; // sample | family
        QString pseudonym;
        QString original;
        qint64 firstRunId = 0;
        QDateTime createdAt;
    };

    /** The workstation's key, created on first use. Blocks on the keychain: not on the GUI
     * thread. A secrets file that exists but does not unlock is an error (a new key would
     * silently change every pseudonym). */
    static bool workstationKey(QByteArray* key, QString* error,
                               const std::function<QString(bool)>& askPassphrase = {});
    /** The keychain entry's name, for messages. */
    static QString secretName();

    PseudonymStore(const Catalog& catalog, QByteArray key);

    /**
     * Checks original -> pseudonym pairs: two originals with the same pseudonym, in the batch
     * or against the stored mapping, are a collision (the error names both pseudonyms' kinds and
     * says to lengthen the profile's pseudonyms). Does not write.
     */
    bool check(const QString& kind, const QHash<QString, QString>& mapping, QString* error) const;
    /** Stores new pairs (inside the caller's transaction when one is open). */
    bool record(const QString& kind, const QHash<QString, QString>& mapping, qint64 runId,
                QString* error);
    /** Decrypts the mapping; sorted by kind, pseudonym. */
    bool entries(QVector<Entry>* entries, QString* error) const;

    /** Writes the whole mapping as a passphrase-encrypted JSON file (temporary name, renamed). */
    bool exportEncrypted(const QString& path, const QString& passphrase, QString* error) const;
    /** Reads an export (the data controller's side). */
    static bool readExport(const QString& path, const QString& passphrase, QVector<Entry>* entries,
                           QString* error);

private:
    QString originalMac(const QString& kind, const QString& original) const;
    const Catalog& m_catalog;
    QByteArray m_key;
    QByteArray m_sealKey;
};

} // namespace steward
