#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include "models/consent/ConsentMatcher.h"
#include "models/consent/ConsentStore.h"

namespace steward {

class Catalog;
class DuoTermTable;

/** The consent decision for one sample of a dataset (or the dataset itself). */
struct SampleMatch
{
    QString sampleId; // empty: the dataset-level consent
    ConsentStore::Resolution consent;
    bool excluded = false; // withdrawn or expired: removed from anything shared
    QString exclusionReason;
    MatchResult result; // for included samples

    QJsonObject toJson() const;
};

/** A dataset's consent checked against one destination's declared data use. */
struct DatasetMatch
{
    Q_DECLARE_TR_FUNCTIONS(DatasetMatch)

public:
    QString datasetName;
    QString datasetPath;
    QVector<SampleMatch> samples;
    MatchDecision decision = MatchDecision::NeedsReview;
    QString reason; // translated: why the dataset as a whole got its decision
    int included = 0;
    int excluded = 0;

    /** The included samples whose decision is DENY. */
    QStringList deniedSamples() const;
    QJsonObject toJson() const;
};

/**
 * Evaluates the consent of datasets in the catalog: which samples each contains (from its
 * data files), which consent record governs each, who is excluded, and the matcher's
 * decision for a destination.
 */
class DatasetConsent final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetConsent)

public:
    struct Dataset
    {
        qint64 id = 0;
        QString name;
        QString path;        // the primary file
        QString kind;        // variants | alignments | reference | sidecar
        QStringList samples; // in file order, from the dataset's data files
    };

    static QVector<Dataset> datasets(const Catalog& catalog);
    /** By id, primary path, file name or name without extensions; error when ambiguous. */
    static std::optional<Dataset> find(const Catalog& catalog, const QString& key, QString* error);

    static DatasetMatch evaluate(const Dataset& dataset, const QVector<ConsentRecord>& records,
                                 const DataUse& use, const DuoTermTable& terms);
    /** How completely a dataset's samples are covered by consent, for lists and issues. */
    struct Coverage
    {
        QStringList missing;              // samples with no consent record
        QHash<QString, QString> excluded; // sample -> reason (withdrawn/expired)
        int consented = 0;                // samples with a usable record
        /** Translated: "All 12 samples consented", "2 without consent, 1 excluded". */
        QString summary() const;
    };
    static Coverage coverage(const Dataset& dataset, const QVector<ConsentRecord>& records,
                             const QDate& on);

    /** The samples excluded everywhere (withdrawn or expired consent) on a day, with reasons. */
    static QHash<QString, QString> excludedSamples(const QVector<ConsentRecord>& records,
                                                   const QDate& on);
};

} // namespace steward
