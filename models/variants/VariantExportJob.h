#pragma once

#include <QVector>

#include "models/common/Job.h"

namespace steward {

/**
 * Writes the rows a user sees (the current subset or every record, the visible columns in
 * their order, the selected sample) to TSV or CSV: streamed, written to a temporary name
 * and renamed into place when complete.
 */
class VariantExportJob final : public Job
{
    Q_OBJECT

public:
    struct Params
    {
        QString path;         // the VCF/BCF
        QString output;       // .tsv or .csv
        QVector<qint64> rows; // ascending ordinals; empty with allRows = every record
        bool allRows = false;
        QVector<int> columns; // VariantTableModel::Column values, in output order
        int sample = -1;
        bool csv = false;
    };

    explicit VariantExportJob(Params params, QObject* parent = nullptr);
    void run() override;

    /** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
    static QString csvField(const QString& value);

Q_SIGNALS:
    void finished(const QString& output, qint64 rowsWritten);

private:
    Params m_params;
};

} // namespace steward
