#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace steward {

/**
 * A participant's (or a whole dataset's) recorded consent: the DUO codes in CONSENT syntax,
 * when it was given, until when, whether it was withdrawn, and the signed document it rests
 * on. dataset "" applies to the sample in every dataset; sampleId "" is the dataset-level
 * consent.
 */
struct ConsentRecord
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRecord)

public:
    qint64 id = 0;
    QString dataset;
    QString sampleId;
    QString consent; // canonical CONSENT text
    QDate consentDate;
    QDate expiry;
    bool withdrawn = false;
    QDate withdrawnDate;
    QString documentPath;
    QString documentSha256;
    QJsonObject attributes; // the sample sheet's other columns
    QString source;         // "samplesheet.csv:12", "manual"
    QDateTime updatedAt;

    /** Withdrawn, or expired on the given day: the sample must not be shared. */
    bool isExcluded(const QDate& on) const;
    /** Translated: "Consent withdrawn on 2024-02-01." / "Consent expired on 2025-12-31." */
    QString exclusionReason(const QDate& on) const;
    /** The facts that decide a match, for change detection: consent|date|expiry|withdrawn. */
    QString fingerprint() const;
    /** For the audit log. */
    QJsonObject toJson() const;
    bool sameContent(const ConsentRecord& o) const;
};

} // namespace steward
