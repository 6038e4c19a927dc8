#pragma once

#include <QMetaType>
#include <QVector>

#include "models/common/Job.h"
#include "models/variants/VariantQuery.h"

namespace steward {

/**
 * Runs a VariantQuery in the background and hands over the ordinals of the matching
 * records in batches as they are found, so the table fills while the file is read.
 */
class VariantFilterJob final : public Job
{
    Q_OBJECT

public:
    struct Result
    {
        qint64 recordsRead = 0;
        qint64 recordsMatched = 0;
        bool cancelled = false;
    };

    explicit VariantFilterJob(VariantQuery::Params params, QObject* parent = nullptr);
    void run() override;
    /** The 0-based position in the expression of a parse error, or -1. */
    int errorPosition() const { return m_errorPosition; }
    const VariantQuery::Params& params() const { return m_params; }

Q_SIGNALS:
    void matchesFound(const QVector<qint64>& ordinals);
    void finished(const steward::VariantFilterJob::Result& result);

private:
    VariantQuery::Params m_params;
    int m_errorPosition = -1;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::VariantFilterJob::Result)
