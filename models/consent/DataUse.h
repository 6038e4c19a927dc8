#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace steward {

/**
 * The use a destination (a remote repository or a recipient) declares for the data it
 * receives, in the PURPOSE syntax of the command line: `;`-separated `key` or `key=value`
 * items, e.g. `primary=disease;disease=MONDO:0005148;region=DE;irb;publication`.
 */
struct DataUse
{
    Q_DECLARE_TR_FUNCTIONS(DataUse)

public:
    enum class Primary
    {
        GeneralResearch,    // gru
        HealthMedical,      // hmb
        Disease,            // disease (with disease ids)
        PopulationAncestry, // poa
        Methods,            // methods
        ClinicalCare        // clinical
    };

    Primary primary = Primary::GeneralResearch;
    QStringList diseases; // MONDO/DOID ids
    bool forProfit = false;
    bool commercial = false;
    QString region;              // ISO 3166-1 alpha-2 country code or region code (EU, EEA...)
    bool ethicsApproval = false; // irb
    QString project;
    QString institution;
    bool collaboration = false;
    bool publication = false;
    bool returnData = false;
    QDate date;             // when the use takes place; today when not given
    bool dateGiven = false; // date= was written; a declaration without one is matched on the day

    /**
     * Parses the PURPOSE syntax. Unknown keys, a missing primary purpose, bad dates, disease
     * research without disease ids: false with a message naming the item.
     */
    static bool parse(const QString& text, DataUse* use, QString* error);
    /** Canonical PURPOSE text (keys in a fixed order; the date only when it was given). */
    QString toString() const;
    /** One translated sentence: "Disease research (MONDO:0005148) by a for-profit ..." */
    QString describe() const;

    static QString primaryKey(Primary primary); // "gru", "hmb", ...
    static bool primaryFromKey(const QString& key, Primary* primary);
    static QString primaryLabel(Primary primary); // translated
};

} // namespace steward
