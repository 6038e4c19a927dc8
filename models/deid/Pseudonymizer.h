#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace steward {

/**
 * Keyed, stable pseudonyms: HMAC-SHA-256 with the workstation's pseudonymisation key
 * (PseudonymKey), truncated and written in Crockford base 32 ("S-7K2Q9X4M"). The same
 * identifier gets the same pseudonym in every file and run on this workstation, and nobody
 * without the key can reverse or recompute it. Each use has its own domain tag so a sample
 * pseudonym never equals a read-name hash of the same text. Thread-safe (const, no state
 * beyond the key).
 */
class Pseudonymizer final
{
public:
    Pseudonymizer(QByteArray key, QString samplePrefix = QStringLiteral("S-"), int length = 8);

    /** A sample or individual identifier (VCF column, @RG SM, sidecar ids). */
    QString sample(const QString& id) const;
    /** A family identifier (PED column 1, Phenopacket family ids): prefix "F-". */
    QString family(const QString& id) const;
    /** A read name: 16 base-32 characters, so mates (same name) stay paired. */
    QByteArray readName(const QByteArray& name) const;
    /** A per-individual date shift in [-maxDays, maxDays], never 0. */
    int dateShiftDays(const QString& individual, int maxDays) const;

    /** HMAC-SHA-256(key, domain || 0x00 || message): 32 bytes. */
    QByteArray mac(const char* domain, const QByteArray& message) const;
    /** The first `length` Crockford base-32 characters of bytes (at most 51). */
    static QString base32(const QByteArray& bytes, int length);

    int length() const { return m_length; }
    QString samplePrefix() const { return m_prefix; }

private:
    QByteArray m_key;
    QString m_prefix;
    int m_length;
};

} // namespace steward
