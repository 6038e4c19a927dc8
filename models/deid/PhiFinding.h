#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace steward {

/** The kinds of identifying text the scanner looks for (HIPAA Safe Harbor classes that can
 * appear in files, plus the sample identifiers themselves). */
enum class PhiClass
{
    SampleId,   // a sample/individual identifier (VCF column, @RG SM, sidecar id)
    PersonName, // person-name heuristics
    Identifier, // MRN-like and other long identifiers, SSN, account/plan numbers
    Date,       // a date more precise than a year
    Age,        // an age over 89
    Email,
    Phone,
    Url,
    IpAddress,
    UserPath, // a file path inside a user's home folder (/home/<u>, /Users/<u>, C:\Users\<u>)
    Hostname,
    ZipCode,
    DeviceSerial, // instrument, run and flowcell identifiers (read names, @RG PU)
    FreeText,     // a free-text field that may hold any of the above (@CO, DS, notes)
    Provenance    // tool provenance lines (command lines, @PG) that carry paths and dates
};

enum class PhiSeverity
{
    Low,    // unlikely to identify alone (a hostname, a year-level date)
    Medium, // identifying with other data (ZIP, run dates, instrument serials)
    High    // identifies a person directly (names, MRNs, emails, full dates of birth)
};

/**
 * One piece of possibly identifying text in a file: where it is, what it looks like, how bad it
 * is and what a profile should do about it. Findings feed the Issues dock (code
 * "deid.<class>") and the dataset's review item.
 */
struct PhiFinding
{
    Q_DECLARE_TR_FUNCTIONS(PhiFinding)

public:
    QString file;       // absolute path
    int line = 0;       // 1-based header or text line, 0 when not line-based
    qint64 record = -1; // 0-based record (variant, read, table row) when in the body, else -1
    QString field; // "##reference", "@RG SM", "read name", "INFO/Description", "date_of_birth",
                   // column name
    PhiClass phiClass = PhiClass::FreeText;
    PhiSeverity severity = PhiSeverity::Medium;
    QString text;          // the matched text (may itself be identifying; stays on the workstation)
    QString action;        // suggested action, translated: "Pseudonymise", "Drop the line", ...
    bool resolved = false; // set by a de-identification run: absent from the output

    /** "line 12, ##reference" / "read 1,204, RG tag" / "row 3, date_of_birth": for messages. */
    QString location() const;
    QJsonObject toJson() const;

    static QString className(PhiClass c); // stable: sample-id, person-name, ...
    static bool classFromName(const QString& name, PhiClass* c);
    static QString classLabel(PhiClass c);      // translated
    static QString severityName(PhiSeverity s); // low | medium | high
    static bool severityFromName(const QString& name, PhiSeverity* s);
    static QString severityLabel(PhiSeverity s); // translated
};

using PhiFindings = QVector<PhiFinding>;

} // namespace steward
