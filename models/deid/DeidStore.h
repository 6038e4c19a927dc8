#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVector>

#include "models/deid/DeidRunner.h"
#include "models/deid/PhiFinding.h"

namespace steward {

class Catalog;

/** A recorded de-identification run, as the review shows it. */
struct DeidRunRecord
{
    qint64 id = 0;
    QString datasetPath;
    QString profileName;
    QString profileSha256;
    QString outDir;
    QString actor;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString state; // validated | failed | cancelled
    QString error;
    int findings = 0;
    int unresolvedHigh = 0;
};

/** One output of a recorded run. */
struct DeidOutputRecord
{
    QString inputPath;
    QString inputSha256;
    QString outputPath;
    QString outputSha256;
    QString indexPath;
    QString method;
    qint64 recordsIn = 0;
    qint64 recordsOut = 0;
    QString digestIn;
    QString digestOut;
    bool validated = false;
    QString error;
    QString headerBefore;
    QString headerAfter;
    QStringList changes;
};

/**
 * De-identification runs in the catalog: saving a run (its outputs, findings and new
 * pseudonyms, with an audit entry, in one transaction) and reading them back for the review,
 * the bundle editor (which derived file stands for which original) and the command line.
 */
class DeidStore final
{
    Q_DECLARE_TR_FUNCTIONS(DeidStore)

public:
    explicit DeidStore(const Catalog& catalog);

    bool saveRun(const DeidRunner::Params& params, DeidRunner::Result* result, QString* error);

    QVector<DeidRunRecord> runs(const QString& datasetPath = QString()) const;
    std::optional<DeidRunRecord> run(qint64 id) const;
    /** The newest run of a dataset, whatever its state. */
    std::optional<DeidRunRecord> latestRun(const QString& datasetPath) const;
    QVector<DeidOutputRecord> outputs(qint64 runId) const;
    PhiFindings findings(qint64 runId) const;

    /** The files a dataset's run transforms: its data files and sidecars (indexes are rebuilt,
     * references are not shared). */
    QStringList datasetInputs(const QString& datasetPath) const;

    /** The validated output that stands for an original in the dataset's newest validated
     * run, or empty. Bundles ship this instead of the original. */
    QString derivedFor(const QString& datasetPath, const QString& inputPath) const;

private:
    const Catalog& m_catalog;
};

} // namespace steward
