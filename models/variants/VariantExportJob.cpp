#include "models/variants/VariantExportJob.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include "models/variants/VariantQuery.h"
#include "models/variants/VariantTableModel.h"

namespace steward {

VariantExportJob::VariantExportJob(Params params, QObject* parent)
    : Job(parent), m_params(std::move(params))
{}

QString VariantExportJob::csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void VariantExportJob::run()
{
    // QSaveFile writes to a temporary name and renames on commit: a cancelled or failed
    // export never leaves a partial file under the chosen name.
    QSaveFile file(m_params.output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        Q_EMIT failed(tr("Cannot write %1: %2").arg(m_params.output, file.errorString()));
        return;
    }
    QTextStream out(&file);
    const QChar separator = m_params.csv ? QLatin1Char(',') : QLatin1Char('\t');
    auto field = [this](QString text) {
        if (m_params.csv)
            return csvField(text);
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    };
    QStringList header;
    for (int c : m_params.columns)
        header << field(VariantTableModel::columnKey(c).toUpper());
    out << header.join(separator) << '\n';

    if (!m_params.allRows && m_params.rows.isEmpty()) {
        // Nothing shown: the header alone (an empty ordinal list would mean every record).
        out.flush();
        if (!file.commit()) {
            Q_EMIT failed(tr("Cannot write %1: %2").arg(m_params.output, file.errorString()));
            return;
        }
        Q_EMIT finished(m_params.output, 0);
        return;
    }
    VariantQuery::Params q;
    q.path = m_params.path;
    q.sample = m_params.sample;
    q.decodeRows = true;
    q.ordinals = m_params.rows; // only the shown records are decoded
    VariantQuery query;
    QString error;
    if (!query.open(q, &error)) {
        file.cancelWriting();
        Q_EMIT failed(error);
        return;
    }
    qint64 written = 0;
    const qint64 wanted = m_params.allRows ? -1 : m_params.rows.size();
    const auto visit = [&](qint64 ordinal, const VariantRow& row) {
        QStringList fields;
        for (int c : m_params.columns)
            fields << field(c == VariantTableModel::ClinVarStars && row.clinVarStars >= 0
                                ? QString::number(row.clinVarStars)
                                : VariantTableModel::cellText(row, c));
        out << fields.join(separator) << '\n';
        ++written;
        return !isCancelRequested();
    };
    const auto progress = [this](qint64 done, qint64 total) { reportProgress(done, total); };
    if (!query.run(&cancelFlag(), visit, progress, &error)) {
        file.cancelWriting();
        Q_EMIT failed(error);
        return;
    }
    if (isCancelRequested()) {
        file.cancelWriting();
        return;
    }
    out.flush();
    if (wanted >= 0 && written != wanted) {
        file.cancelWriting();
        Q_EMIT failed(
            tr("%1 changed while it was exported: %2 of %3 rows were found. Nothing was written.")
                .arg(QFileInfo(m_params.path).fileName())
                .arg(written)
                .arg(wanted));
        return;
    }
    if (!file.commit()) {
        Q_EMIT failed(tr("Cannot write %1: %2").arg(m_params.output, file.errorString()));
        return;
    }
    Q_EMIT finished(m_params.output, written);
}

} // namespace steward
