#include "models/review/IssuesModel.h"

#include <QFileInfo>
#include <QSqlQuery>

#include "models/catalog/Catalog.h"
#include "models/consent/ConsentStore.h"
#include "models/consent/DatasetConsent.h"
#include "models/deid/PhiFinding.h"

namespace steward {

QVector<IssueRow> IssueRow::loadAll(const Catalog& catalog)
{
    QVector<IssueRow> rows;
    QSqlQuery q(catalog.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT p.id, f.id, f.dataset_id, p.severity, p.code, f.path, f.rel_path, p.location, "
        "p.message FROM problems p JOIN files f ON f.id = p.file_id "
        "ORDER BY CASE p.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, "
        "f.rel_path, p.id"));
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    // Problems of whole workspaces (unreachable, unreadable subfolders) come first.
    QVector<IssueRow> workspaceRows;
    q.exec(QStringLiteral("SELECT p.id, p.severity, p.code, w.path, w.name, p.location, p.message "
                          "FROM workspace_problems p JOIN workspaces w ON w.id = p.workspace_id "
                          "ORDER BY w.name, p.id"));
    while (q.next()) {
        const QString location = q.value(5).toString();
        workspaceRows.push_back({-q.value(0).toLongLong(), 0, 0, q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString(),
                                 location.isEmpty()
                                     ? q.value(4).toString()
                                     : q.value(4).toString() + QLatin1Char('/') + location,
                                 QString(), q.value(6).toString()});
    }
    // Consent: samples without consent and samples excluded by withdrawal or expiry.
    QVector<IssueRow> consentRows;
    const QVector<ConsentRecord> records = ConsentStore(catalog).records();
    const QDate today = QDate::currentDate();
    qint64 nextId = -1000000000;
    for (const DatasetConsent::Dataset& d : DatasetConsent::datasets(catalog)) {
        const DatasetConsent::Coverage c = DatasetConsent::coverage(d, records, today);
        if (!c.missing.isEmpty())
            consentRows.push_back(
                {nextId--, 0, d.id, QStringLiteral("warning"), QStringLiteral("consent.missing"),
                 d.path, d.name, QString(),
                 IssuesModel::tr(
                     "%n sample(s) (has|have) no consent on record and cannot be shared: "
                     "%1.",
                     nullptr, int(c.missing.size()))
                     .arg(c.missing.join(QStringLiteral(", ")))});
        for (auto it = c.excluded.cbegin(); it != c.excluded.cend(); ++it)
            consentRows.push_back(
                {nextId--, 0, d.id, QStringLiteral("info"), QStringLiteral("consent.excluded"),
                 d.path, d.name, it.key(),
                 IssuesModel::tr("Sample %1 is excluded from everything shared. %2")
                     .arg(it.key(), it.value())});
    }
    return workspaceRows + rows + consentRows + deidRows(catalog);
}

QVector<IssueRow> IssueRow::deidRows(const Catalog& catalog)
{
    // What the newest de-identification run of each dataset left unresolved, and runs that
    // failed: the steward fixes the profile and runs again before the part can be approved.
    QVector<IssueRow> out;
    QSqlQuery q(catalog.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT r.id, r.dataset_path, r.state, r.error, r.profile_name, "
        "(SELECT d.id FROM datasets d WHERE d.primary_path = r.dataset_path), "
        "fi.id, fi.file, fi.line, fi.record, fi.field, fi.class, fi.severity, fi.text "
        "FROM deid_runs r LEFT JOIN deid_findings fi ON fi.run_id = r.id AND fi.resolved = 0 "
        "WHERE r.dataset_path <> '' AND r.id = (SELECT MAX(r2.id) FROM deid_runs r2 "
        "WHERE r2.dataset_path = r.dataset_path) "
        "ORDER BY r.dataset_path, CASE fi.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 "
        "ELSE 2 END, fi.id"));
    qint64 lastRun = 0;
    while (q.next()) {
        const qint64 runId = q.value(0).toLongLong();
        const QString dataset = q.value(1).toString();
        const qint64 datasetId = q.value(5).toLongLong();
        if (runId != lastRun && q.value(2).toString() == QLatin1String("failed"))
            out.push_back({-2000000000 - runId, 0, datasetId, QStringLiteral("error"),
                           QStringLiteral("deid.failed"), dataset, QFileInfo(dataset).fileName(),
                           QString(),
                           IssuesModel::tr("De-identification with profile %1 failed: %2")
                               .arg(q.value(4).toString(), q.value(3).toString())});
        lastRun = runId;
        if (q.value(6).isNull())
            continue;
        PhiFinding f;
        f.file = q.value(7).toString();
        f.line = q.value(8).toInt();
        f.record = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
        f.field = q.value(10).toString();
        PhiFinding::classFromName(q.value(11).toString(), &f.phiClass);
        PhiFinding::severityFromName(q.value(12).toString(), &f.severity);
        const QString severity = f.severity == PhiSeverity::High     ? QStringLiteral("error")
                                 : f.severity == PhiSeverity::Medium ? QStringLiteral("warning")
                                                                     : QStringLiteral("info");
        out.push_back({-3000000000 - q.value(6).toLongLong(), 0, datasetId, severity,
                       QStringLiteral("deid.") + PhiFinding::className(f.phiClass), dataset,
                       QFileInfo(f.file).fileName(), f.location(),
                       IssuesModel::tr("%1 left by profile %2: \u201c%3\u201d")
                           .arg(PhiFinding::classLabel(f.phiClass), q.value(4).toString(),
                                q.value(13).toString())});
    }
    return out;
}

IssuesModel::IssuesModel(QObject* parent) : QAbstractTableModel(parent) {}

void IssuesModel::setRows(QVector<IssueRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int IssuesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int IssuesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const IssueRow* IssuesModel::recordAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

int IssuesModel::count(const QString& severity) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&severity](const IssueRow& r) { return r.severity == severity; }));
}

QVariant IssuesModel::displayValue(const IssueRow& row, int column) const
{
    switch (column) {
    case Severity:
        if (row.severity == QLatin1String("error"))
            return tr("Error");
        if (row.severity == QLatin1String("warning"))
            return tr("Warning");
        return tr("Info");
    case File:
        return row.relPath;
    case Location:
        return row.location;
    case Message:
        return row.message;
    default:
        return QVariant();
    }
}

QVariant IssuesModel::data(const QModelIndex& index, int role) const
{
    const IssueRow* row = recordAt(index);
    if (!row)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, index.column());
    case Qt::ToolTipRole:
        return index.column() == File ? row->path : row->message;
    case SortRole:
        if (index.column() == Severity)
            return row->severity == QLatin1String("error")     ? 0
                   : row->severity == QLatin1String("warning") ? 1
                                                               : 2;
        return displayValue(*row, index.column()).toString().toLower();
    case IdRole:
        return row->id;
    case DatasetIdRole:
        return row->datasetId;
    case SeverityRole:
        return row->severity;
    case PathRole:
        return row->path;
    case CodeRole:
        return row->code;
    case LocationRole:
        return row->location;
    default:
        return QVariant();
    }
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case File:
        return tr("File");
    case Location:
        return tr("Where");
    case Message:
        return tr("Problem");
    default:
        return QVariant();
    }
}

} // namespace steward
