#include "models/catalog/DatasetRow.h"

#include <QFileInfo>
#include <QSqlQuery>

#include "models/catalog/Catalog.h"
#include "models/consent/ConsentStore.h"
#include "models/consent/DatasetConsent.h"

namespace steward {

QVector<DatasetRow> DatasetRow::loadAll(const Catalog& catalog)
{
    QVector<DatasetRow> rows;
    QSqlQuery q(catalog.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT d.id, d.workspace_id, w.name, d.name, d.kind, d.primary_path, f.id, f.rel_path, "
        "f.format, f.compression, f.size, "
        "(SELECT count(*) FROM samples s WHERE s.file_id = f.id), st.records, f.index_status, "
        "f.status, "
        "(SELECT count(*) FROM problems p JOIN files g ON g.id = p.file_id "
        "  WHERE g.dataset_id = d.id AND p.severity = 'error'), "
        "(SELECT count(*) FROM problems p JOIN files g ON g.id = p.file_id "
        "  WHERE g.dataset_id = d.id AND p.severity = 'warning') "
        "FROM datasets d JOIN workspaces w ON w.id = d.workspace_id "
        "JOIN files f ON f.path = d.primary_path "
        "LEFT JOIN statistics st ON st.file_id = f.id ORDER BY w.name, f.rel_path"));
    while (q.next()) {
        DatasetRow r;
        r.id = q.value(0).toLongLong();
        r.workspaceId = q.value(1).toLongLong();
        r.workspaceName = q.value(2).toString();
        r.name = q.value(3).toString();
        r.kind = q.value(4).toString();
        r.path = q.value(5).toString();
        r.fileId = q.value(6).toLongLong();
        const QString rel = q.value(7).toString();
        const int slash = rel.lastIndexOf(QLatin1Char('/'));
        r.folder = slash < 0 ? QString() : rel.left(slash);
        r.format = q.value(8).toString();
        r.compression = q.value(9).toString();
        r.size = q.value(10).toLongLong();
        r.samples = q.value(11).toInt();
        r.records = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
        r.indexStatus = q.value(13).toString();
        r.status = q.value(14).toString();
        r.errors = q.value(15).toInt();
        r.warnings = q.value(16).toInt();
        // A dataset is as bad as its worst file (an index or sidecar can fail too).
        if (r.errors > 0)
            r.status = QStringLiteral("error");
        else if (r.warnings > 0 && r.status == QLatin1String("ok"))
            r.status = QStringLiteral("warning");
        rows.push_back(r);
    }
    // The consent column: how completely each dataset's samples are covered.
    const QVector<DatasetConsent::Dataset> datasets = DatasetConsent::datasets(catalog);
    const QVector<ConsentRecord> records = ConsentStore(catalog).records();
    QHash<qint64, QString> summaries;
    const QDate today = QDate::currentDate();
    for (const DatasetConsent::Dataset& d : datasets)
        summaries.insert(d.id, DatasetConsent::coverage(d, records, today).summary());
    for (DatasetRow& row : rows)
        row.consent = summaries.value(row.id);
    return rows;
}

} // namespace steward
