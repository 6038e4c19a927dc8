#pragma once

#include <QByteArray>
#include <QString>

namespace steward {

/**
 * Small questions put to a VCF/BCF file through its index with htslib: what the index finds
 * first on a reference, and how many records it counts. Used to check an index that was not
 * built by reading the file (a carried-over one) against the file itself.
 */
class HtsIndexProbe final
{
public:
    /** The first record on reference `name` through `index`, as text (VCF) or raw bytes with
     * its position (BCF); empty when none or when the file or index cannot be read. */
    static QByteArray firstRecord(const QString& file, const QString& index, const char* name,
                                  bool bcfFile);
    /** The records the index counts (placed, unplaced and without coordinates), or -1. */
    static qint64 records(const QString& file, const QString& index);
};

} // namespace steward
