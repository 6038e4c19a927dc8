#pragma once

#include <QCoreApplication>

#include "models/catalog/FileRecord.h"
#include "models/formats/ReadOptions.h"

namespace steward {

/**
 * Looks at one file: detects its format, finds and checks its index, reads the data in
 * one streaming pass for its statistics, and turns every problem into a FileProblem.
 * Never throws or crashes on bad input; the record always comes back.
 */
class FileInspector final
{
    Q_DECLARE_TR_FUNCTIONS(FileInspector)

public:
    /** @param root the workspace folder (for the relative path). */
    static FileRecord inspect(const QString& path, const QString& root, const ReadOptions& options);

    /** Index files that could belong to a data file of the given format, best first. */
    static QStringList indexCandidates(const QString& path, const QString& format);
};

} // namespace steward
