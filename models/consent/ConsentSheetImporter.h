#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

#include "models/consent/ConsentRecord.h"

namespace steward {

class Catalog;
class DuoTermTable;

/** A located problem in a consent sheet: file, line, column and what is wrong. */
struct SheetProblem
{
    enum class Severity
    {
        Warning,
        Error
    };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based, 0 for the file as a whole
    QString column; // header name, may be empty
    QString message;

    /** "samplesheet.csv:12: column consent: Unknown DUO code 'XYZ'." (translated) */
    QString toString() const;
};

/**
 * Reads consent from sidecars: CSV/TSV sample sheets (header row with sample_id and consent;
 * optional consent_date, expiry, withdrawn, document, dataset; other columns kept as
 * attributes) and GA4GH Phenopacket JSON carrying Beacon-style dataUseConditions. Every row
 * is checked and every problem located; an import with any error writes nothing.
 */
class ConsentSheetImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentSheetImporter)

public:
    struct Result
    {
        QString path;
        QString sha256;
        QVector<ConsentRecord> records;
        QVector<SheetProblem> problems;
        bool imported = false;

        int errors() const;
        int warnings() const;
    };

    /** Parses and validates the file on its own. */
    static Result read(const QString& path, const DuoTermTable& terms);
    /** Warnings against the catalog: samples no file contains, unknown datasets, and samples
     * of the named datasets that have no consent. */
    static void crossCheck(const Catalog& catalog, Result* result);
    /** read + crossCheck, then imports in one transaction when there is no error. */
    static Result importFile(const Catalog& catalog, const QString& path);
};

} // namespace steward
