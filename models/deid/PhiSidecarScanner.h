#pragma once

#include <QString>

namespace steward {

class PhiCollector;

/** The PHI scanner's clinical sidecars: Phenopacket (or any) JSON, PED pedigrees and CSV/TSV
 * tables, each read whole (they are small; larger than 64 MB is refused). */
class PhiSidecarScanner final
{
public:
    static bool scanJson(const QString& path, PhiCollector& c, QString* error);
    static bool scanPed(const QString& path, PhiCollector& c, QString* error);
    static bool scanTable(const QString& path, PhiCollector& c, QString* error);
};

} // namespace steward
