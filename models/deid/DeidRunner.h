#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include "models/deid/DeidProfile.h"
#include "models/deid/DeidTransform.h"
#include "models/deid/PhiFinding.h"

namespace steward {

class Catalog;

/**
 * One de-identification run over a dataset's files (or files named on the command line):
 * scans every input for identifying text, gives every sample one pseudonym for all files,
 * removes consent-excluded samples, runs the VCF/BCF, BAM/CRAM and sidecar transforms into the
 * output folder (temporary names, renamed when validated), re-scans the outputs to tell which
 * findings the profile resolved, and, with a catalog, records the run, its outputs, findings
 * and pseudonyms and appends an audit entry with the profile's hash and every input's and
 * output's SHA-256. Runs on the calling thread; DeidJob wraps it for the GUI.
 */
class DeidRunner final
{
    Q_DECLARE_TR_FUNCTIONS(DeidRunner)

public:
    struct Params
    {
        QStringList inputs;  // data files and sidecars; indexes are rebuilt, not copied
        QString datasetPath; // the dataset's primary file; empty for files given directly
        DeidProfile profile;
        QString outDir;
        /** Samples removed whatever the profile says (withdrawn/expired consent) -> reason. */
        QHash<QString, QString> excludedSamples;
        QByteArray key;      // the workstation's pseudonymisation key (PseudonymStore)
        QString catalogPath; // record the run there when set
        int threads = 2;
        QString referenceFasta;       // CRAM: the reference, when given
        QStringList referenceFolders; // CRAM: references are searched here otherwise
        const std::atomic_bool* cancel = nullptr;
        /** Overall progress in permille and the file being worked on. */
        std::function<void(int permille, const QString& file)> progress;
    };

    struct FileOutcome
    {
        QString input;
        QString format; // vcf, bcf, bam, cram, sam, phenopacket, ped, samplesheet, ...
        QString inputSha256;
        QString outputSha256;
        DeidTransformResult result;
        QString skipped; // translated reason when the file was not transformed (index, reference)
        QJsonObject toJson() const;
    };

    struct Result
    {
        bool ok = false; // every transformed file written and validated
        QString error;   // the first problem, naming the file
        qint64 runId = 0;
        QString profileName;
        QString profileSha256;
        QVector<FileOutcome> files;
        PhiFindings findings; // of the inputs, `resolved` set from the outputs' re-scan
        QHash<QString, QString> pseudonyms; // original -> pseudonym (samples)
        QHash<QString, QString> familyPseudonyms;
        QStringList droppedSamples;

        int unresolved(PhiSeverity atLeast) const;
        QJsonObject toJson(bool includeMapping) const;
    };

    static Result run(const Params& params);

    /** Where a file's output goes: the input's name with every sample id replaced by its
     * pseudonym (names like MRN0048213.vcf.gz identify too). */
    static QString outputName(const QString& input, const QHash<QString, QString>& pseudonyms);
    /** Steward's folder for derived files when none is chosen: <app data>/derived. */
    static QString defaultDerivedFolder();
};

} // namespace steward
