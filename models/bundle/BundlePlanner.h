#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "models/consent/DatasetConsent.h"

namespace steward {

class Catalog;

/**
 * Decides what a bundle for one destination may carry. For each chosen dataset: its review for
 * that destination must be approved (consent and de-identification), its consent match must
 * still be APPROVE, and the files shipped are the de-identified outputs of the approved run
 * (never an original that has a derivative) with their rebuilt indexes and the rewritten
 * sidecars. Everything refused or left out comes with the reason, for the editor and the CLI.
 */
class BundlePlanner final
{
    Q_DECLARE_TR_FUNCTIONS(BundlePlanner)

public:
    struct File
    {
        QString datasetPath;
        QString datasetName;
        QString sourcePath; // the de-identified file
        QString bagPath;    // relative to data/: "<dataset>/<file name>"
        QString role;       // data | index | sidecar
        qint64 size = 0;
        QString expectedSha256; // recorded by the de-identification run; empty for indexes
    };
    /** A dataset or a file that will not be shipped, and why (translated). */
    struct Refusal
    {
        QString datasetPath;
        QString datasetName;
        QString file; // empty when the whole dataset is refused
        QString code; // review | consent | deid | missing | changed | withdrawn | not-derived
        QString reason;
    };
    /** What the provenance of a shipped dataset records. */
    struct Provenance
    {
        QString datasetPath;
        QString datasetName; // as in the catalog: may be a sample id, never written to a bag
        QString publicName;  // the dataset's folder in the bag, named after de-identified data
        qint64 deidRunId = 0;
        QString profileName;
        QString profileSha256;
        QString deidFinishedAt;
        QString deidActor;
        QJsonObject inputSha256ByOutput; // output path -> input sha256 (never the input path)
        QString consentReviewer;
        QString consentDecidedAt;
        QString deidReviewer;
        QString deidDecidedAt;
        QStringList consentCodes; // canonical CONSENT texts of the included samples
        int samples = 0;
        int withdrawnRemoved = 0;
    };
    struct Plan
    {
        QString destination;
        qint64 repositoryId = 0;
        QString destinationDataUse;
        QVector<File> files;
        QVector<Refusal> refusals;
        QVector<Provenance> provenance;
        QString error; // a catalog problem or an unknown destination: nothing can be planned

        bool ok() const { return error.isEmpty(); }
        /** Every chosen dataset ships: no dataset-level refusal. */
        bool complete() const;
        qint64 bytes() const;
        QStringList shippedDatasets() const;
    };

    explicit BundlePlanner(const Catalog& catalog);

    /** datasets: primary paths, ids, file names or names (as on the command line). */
    Plan plan(const QString& destination, const QStringList& datasets) const;

    /** A file name without its genomic or sidecar extension: the folder a dataset gets. */
    static QString folderName(const QString& datasetName);

private:
    void planDataset(const DatasetConsent::Dataset& dataset, Plan* plan) const;
    const Catalog& m_catalog;
};

} // namespace steward
