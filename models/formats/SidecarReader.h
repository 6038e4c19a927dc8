#pragma once

#include <QCoreApplication>

#include <QString>
#include <QStringList>

#include "models/formats/FileProblem.h"

namespace steward {

/** What a clinical sidecar says about the samples it describes. */
struct SidecarContent
{
    QStringList samples; // sample / individual / subject ids, in file order
    QString version;     // e.g. Phenopacket schema version
    FileProblems problems;
};

/**
 * Recognises and reads clinical sidecars by content: GA4GH Phenopacket JSON (v1 and v2,
 * single, family or cohort), PED pedigrees, and CSV/TSV samplesheets with a header row.
 */
class SidecarReader final
{
    Q_DECLARE_TR_FUNCTIONS(SidecarReader)

public:
    /** "phenopacket", "ped", "samplesheet", "json" or empty when none of these. */
    static QString sniff(const QString& path);
    static SidecarContent read(const QString& path, const QString& format);

    /** Sidecars larger than this are not parsed whole (they are never that big). */
    static constexpr qint64 kMaxJsonBytes = 64 * 1024 * 1024;
};

} // namespace steward
