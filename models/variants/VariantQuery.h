#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include "models/variants/FilterExpression.h"
#include "models/variants/VariantQuickFilters.h"
#include "models/variants/VariantRow.h"

namespace steward {

class VariantBlockReader;

/**
 * One pass over a VCF/BCF that yields the records passing a bcftools-style expression
 * (-i or -e), the one-click filters, and optionally a region (through the file's .tbi/.csi)
 * or a gene. The same engine serves `steward variants` and the browser's filter job.
 */
class VariantQuery final
{
    Q_DECLARE_TR_FUNCTIONS(VariantQuery)

public:
    struct Params
    {
        QString path;
        QString expression;
        bool exclude = false; // -e instead of -i
        /** The selected sample (genotype columns, carriers, and per-sample tests); -1 none. */
        int sample = -1;
        /** Per-sample tests (FMT/x, GT) look at the selected sample only, not any sample. */
        bool expressionOnSample = false;
        VariantQuickFilters quick;
        /** A BED file whose regions are added to quick.regions (read by open()). */
        QString bedPath;
        /** "chr1:1000-2000", "chr1", or a gene symbol found in the annotations. */
        QString region;
        int threads = 2;
        /** Decode every passing record (columns); else only where the filters need it. */
        bool decodeRows = true;
        /** Only these records (ascending 0-based ordinals); empty = all. Others are not decoded. */
        QVector<qint64> ordinals;
    };

    VariantQuery();
    ~VariantQuery();
    VariantQuery(const VariantQuery&) = delete;
    VariantQuery& operator=(const VariantQuery&) = delete;

    /** Opens the file and compiles the expression; errors name the file or the position. */
    bool open(const Params& params, QString* error, int* errorPosition = nullptr);
    QStringList samples() const;
    /** Resolves a sample by name or 1-based number; -1 when unknown. */
    int sampleIndex(const QString& nameOrNumber) const;

    using Visitor = std::function<bool(qint64 ordinal, const VariantRow& row)>;
    /**
     * Streams the passing records in file order. @p visit gets the record's 0-based ordinal
     * (-1 in region mode, where records are reached through the index) and the decoded row
     * (only ordinal set when decodeRows is off and no filter needed decoding); it returns
     * false to stop. Progress is in bytes of the file.
     */
    bool run(const std::atomic_bool* cancel, const Visitor& visit,
             const std::function<void(qint64 done, qint64 total)>& progress, QString* error);

    qint64 recordsRead() const { return m_recordsRead; }
    qint64 recordsPassed() const { return m_recordsPassed; }

private:
    Params m_params;
    std::unique_ptr<VariantBlockReader> m_reader;
    std::optional<FilterExpression> m_expression;
    QString m_regionQuery; // for the index; empty: whole file
    qint64 m_recordsRead = 0;
    qint64 m_recordsPassed = 0;
};

} // namespace steward
