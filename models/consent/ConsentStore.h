#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

#include "models/consent/ConsentRecord.h"

namespace steward {

class Catalog;

/**
 * Consent records in the catalog. Every write is one transaction together with its audit
 * entry, and is followed by a refresh of the review items, so an approval never outlives
 * the consent it rested on.
 */
class ConsentStore final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentStore)

public:
    explicit ConsentStore(const Catalog& catalog);

    QVector<ConsentRecord> records() const;
    std::optional<ConsentRecord> record(qint64 id) const;
    std::optional<ConsentRecord> find(const QString& dataset, const QString& sampleId) const;

    /** Inserts, or replaces the record with the same dataset and sample. */
    bool save(const ConsentRecord& record, QString* error, qint64* id = nullptr);
    bool remove(qint64 id, QString* error);
    /** All records in one transaction with one audit entry (details given by the caller). */
    bool importRecords(const QVector<ConsentRecord>& records, const QJsonObject& auditDetails,
                       QString* error);

    /** How a sample's consent in a dataset was found. */
    struct Resolution
    {
        std::optional<ConsentRecord> record;
        enum class Via
        {
            None,
            DatasetSample, // a record for this sample in this dataset
            Sample,        // a record for this sample in every dataset
            OtherDataset,  // the sample's only record, recorded for another dataset
            Dataset        // the dataset-level record
        } via = Via::None;
    };
    /**
     * The consent that governs a sample (empty sampleId: the dataset itself) in a dataset:
     * a withdrawn record of the sample in any dataset (withdrawal excludes the person
     * everywhere), else its own record for the dataset, else its record for every dataset, else its
     * only record (consent belongs to the person), else the dataset-level record.
     */
    static Resolution resolve(const QVector<ConsentRecord>& all, const QString& datasetName,
                              const QString& datasetPath, const QString& sampleId);
    /** A record's dataset scope names this dataset: its name, name without extensions, or path. */
    static bool scopeMatches(const QString& scope, const QString& datasetName,
                             const QString& datasetPath);

private:
    bool write(const ConsentRecord& record, qint64* id, QString* error);
    const Catalog& m_catalog;
};

} // namespace steward
