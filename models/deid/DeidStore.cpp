#include "models/deid/DeidStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/deid/PseudonymStore.h"
#include "models/review/DeidReview.h"

namespace steward {
namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const char* const kRunColumns =
    "SELECT r.id, r.dataset_path, r.profile_name, r.profile_sha256, r.out_dir, r.actor, "
    "r.started_at, r.finished_at, r.state, r.error, "
    "(SELECT COUNT(*) FROM deid_findings f WHERE f.run_id = r.id), "
    "(SELECT COUNT(*) FROM deid_findings f WHERE f.run_id = r.id AND f.severity = 'high' "
    "AND f.resolved = 0) FROM deid_runs r ";

DeidRunRecord runFrom(const QSqlQuery& q)
{
    DeidRunRecord r;
    r.id = q.value(0).toLongLong();
    r.datasetPath = q.value(1).toString();
    r.profileName = q.value(2).toString();
    r.profileSha256 = q.value(3).toString();
    r.outDir = q.value(4).toString();
    r.actor = q.value(5).toString();
    r.startedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.state = q.value(8).toString();
    r.error = q.value(9).toString();
    r.findings = q.value(10).toInt();
    r.unresolvedHigh = q.value(11).toInt();
    return r;
}

} // namespace

DeidStore::DeidStore(const Catalog& catalog) : m_catalog(catalog) {}

bool DeidStore::saveRun(const DeidRunner::Params& params, DeidRunner::Result* result,
                        QString* error)
{
    const QString actor = AuditLog::currentActor();
    const QString finished = catalogTimestamp();
    const bool wasCancelled = params.cancel && params.cancel->load();
    SqlTransaction tx(m_catalog.database());
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral(
        "INSERT INTO deid_runs (dataset_path, profile_name, profile_sha256, profile_json, "
        "out_dir, actor, started_at, finished_at, state, error) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(params.datasetPath.isEmpty() ? QStringLiteral("") : params.datasetPath);
    q.addBindValue(params.profile.name);
    q.addBindValue(params.profile.sha256);
    q.addBindValue(compact(params.profile.toJson()));
    q.addBindValue(params.outDir);
    q.addBindValue(actor);
    q.addBindValue(finished);
    q.addBindValue(finished);
    q.addBindValue(result->ok     ? QStringLiteral("validated")
                   : wasCancelled ? QStringLiteral("cancelled")
                                  : QStringLiteral("failed"));
    q.addBindValue(nullableText(result->error));
    if (!execQuery(q, error))
        return false;
    const qint64 runId = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral(
        "INSERT INTO deid_outputs (run_id, input_path, input_sha256, output_path, output_sha256, "
        "index_path, method, records_in, records_out, digest_in, digest_out, validated, error, "
        "header_before, header_after, changes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QJsonArray inputs;
    QJsonArray outputs;
    for (const DeidRunner::FileOutcome& f : result->files) {
        const DeidTransformResult& t = f.result;
        q.addBindValue(runId);
        q.addBindValue(f.input);
        q.addBindValue(nullableText(f.inputSha256));
        q.addBindValue(nullableText(t.ok ? t.output : QString()));
        q.addBindValue(nullableText(f.outputSha256));
        q.addBindValue(nullableText(t.index));
        q.addBindValue(nullableText(f.skipped.isEmpty() ? t.method : QStringLiteral("skipped")));
        q.addBindValue(t.recordsIn);
        q.addBindValue(t.recordsOut);
        q.addBindValue(nullableText(t.digestIn));
        q.addBindValue(nullableText(t.digestOut));
        q.addBindValue(t.validated() ? 1 : 0);
        q.addBindValue(nullableText(f.skipped.isEmpty() ? t.error : f.skipped));
        q.addBindValue(nullableText(t.headerBefore));
        q.addBindValue(nullableText(t.headerAfter));
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(t.changes)).toJson(QJsonDocument::Compact)));
        if (!execQuery(q, error))
            return false;
        if (!f.skipped.isEmpty())
            continue;
        inputs.append(QJsonObject{{QStringLiteral("path"), f.input},
                                  {QStringLiteral("sha256"), f.inputSha256}});
        if (t.ok)
            outputs.append(QJsonObject{{QStringLiteral("path"), t.output},
                                       {QStringLiteral("sha256"), f.outputSha256},
                                       {QStringLiteral("method"), t.method},
                                       {QStringLiteral("records"), double(t.recordsOut)},
                                       {QStringLiteral("digest"), t.digestOut}});
    }

    q.prepare(QStringLiteral("INSERT INTO deid_findings (run_id, file, line, record, field, "
                             "class, severity, text, action, resolved) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?)"));
    for (const PhiFinding& f : result->findings) {
        q.addBindValue(runId);
        q.addBindValue(f.file);
        q.addBindValue(f.line > 0 ? QVariant(f.line) : QVariant());
        q.addBindValue(f.record >= 0 ? QVariant(f.record) : QVariant());
        q.addBindValue(f.field);
        q.addBindValue(PhiFinding::className(f.phiClass));
        q.addBindValue(PhiFinding::severityName(f.severity));
        q.addBindValue(f.text);
        q.addBindValue(f.action);
        q.addBindValue(f.resolved ? 1 : 0);
        if (!execQuery(q, error))
            return false;
    }

    if (result->ok) {
        PseudonymStore pseudonyms(m_catalog, params.key);
        if (!pseudonyms.record(QStringLiteral("sample"), result->pseudonyms, runId, error) ||
            !pseudonyms.record(QStringLiteral("family"), result->familyPseudonyms, runId, error))
            return false;
    }

    AuditLog log(m_catalog);
    const QJsonObject details{
        {QStringLiteral("run"), double(runId)},
        {QStringLiteral("profile"), params.profile.name},
        {QStringLiteral("profile_version"), params.profile.version},
        {QStringLiteral("profile_sha256"), params.profile.sha256},
        {QStringLiteral("out_dir"), params.outDir},
        {QStringLiteral("state"),
         result->ok ? QStringLiteral("validated") : QStringLiteral("failed")},
        {QStringLiteral("inputs"), inputs},
        {QStringLiteral("outputs"), outputs},
        {QStringLiteral("findings"), int(result->findings.size())},
        {QStringLiteral("unresolved_high"), result->unresolved(PhiSeverity::High)},
        {QStringLiteral("dropped_samples"), int(result->droppedSamples.size())},
        {QStringLiteral("pseudonyms"), int(result->pseudonyms.size())}};
    const QString subject = params.datasetPath.isEmpty() ? params.inputs.join(QStringLiteral(", "))
                                                         : params.datasetPath;
    if (!log.append(QStringLiteral("deid.run"), subject, details, error, actor))
        return false;
    if (!params.datasetPath.isEmpty()) {
        const int reset = DeidReview::invalidate(m_catalog, params.datasetPath, runId, error);
        if (reset < 0)
            return false;
        if (reset > 0 && !log.append(QStringLiteral("review.deid.invalidate"), params.datasetPath,
                                     QJsonObject{{QStringLiteral("run"), double(runId)},
                                                 {QStringLiteral("items"), reset}},
                                     error, actor))
            return false;
    }
    if (!tx.commit(error))
        return false;
    log.anchor();
    result->runId = runId;
    return true;
}

QVector<DeidRunRecord> DeidStore::runs(const QString& datasetPath) const
{
    QVector<DeidRunRecord> list;
    QSqlQuery q(m_catalog.database());
    q.prepare(QLatin1String(kRunColumns) +
              (datasetPath.isEmpty()
                   ? QStringLiteral("ORDER BY r.id DESC")
                   : QStringLiteral("WHERE r.dataset_path = ? ORDER BY r.id DESC")));
    if (!datasetPath.isEmpty())
        q.addBindValue(datasetPath);
    if (!q.exec())
        return list;
    while (q.next())
        list.push_back(runFrom(q));
    return list;
}

std::optional<DeidRunRecord> DeidStore::run(qint64 id) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QLatin1String(kRunColumns) + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return runFrom(q);
}

std::optional<DeidRunRecord> DeidStore::latestRun(const QString& datasetPath) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QLatin1String(kRunColumns) +
              QStringLiteral("WHERE r.dataset_path = ? ORDER BY r.id DESC LIMIT 1"));
    q.addBindValue(datasetPath);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return runFrom(q);
}

QVector<DeidOutputRecord> DeidStore::outputs(qint64 runId) const
{
    QVector<DeidOutputRecord> list;
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral(
        "SELECT input_path, input_sha256, output_path, output_sha256, index_path, method, "
        "records_in, records_out, digest_in, digest_out, validated, error, header_before, "
        "header_after, changes FROM deid_outputs WHERE run_id = ? ORDER BY id"));
    q.addBindValue(runId);
    if (!q.exec())
        return list;
    while (q.next()) {
        DeidOutputRecord o;
        o.inputPath = q.value(0).toString();
        o.inputSha256 = q.value(1).toString();
        o.outputPath = q.value(2).toString();
        o.outputSha256 = q.value(3).toString();
        o.indexPath = q.value(4).toString();
        o.method = q.value(5).toString();
        o.recordsIn = q.value(6).toLongLong();
        o.recordsOut = q.value(7).toLongLong();
        o.digestIn = q.value(8).toString();
        o.digestOut = q.value(9).toString();
        o.validated = q.value(10).toInt() == 1;
        o.error = q.value(11).toString();
        o.headerBefore = q.value(12).toString();
        o.headerAfter = q.value(13).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(14).toString().toUtf8()).array())
            o.changes << v.toString();
        list.push_back(o);
    }
    return list;
}

PhiFindings DeidStore::findings(qint64 runId) const
{
    PhiFindings list;
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT file, line, record, field, class, severity, text, action, "
                             "resolved FROM deid_findings WHERE run_id = ? ORDER BY id"));
    q.addBindValue(runId);
    if (!q.exec())
        return list;
    while (q.next()) {
        PhiFinding f;
        f.file = q.value(0).toString();
        f.line = q.value(1).isNull() ? 0 : q.value(1).toInt();
        f.record = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
        f.field = q.value(3).toString();
        PhiFinding::classFromName(q.value(4).toString(), &f.phiClass);
        PhiFinding::severityFromName(q.value(5).toString(), &f.severity);
        f.text = q.value(6).toString();
        f.action = q.value(7).toString();
        f.resolved = q.value(8).toInt() == 1;
        list.push_back(f);
    }
    return list;
}

QStringList DeidStore::datasetInputs(const QString& datasetPath) const
{
    QStringList list;
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT f.path FROM files f JOIN datasets d ON d.id = f.dataset_id "
                             "WHERE d.primary_path = ? AND f.role IN ('data', 'sidecar') "
                             "ORDER BY CASE f.role WHEN 'data' THEN 0 ELSE 1 END, f.path"));
    q.addBindValue(datasetPath);
    if (q.exec())
        while (q.next())
            list << q.value(0).toString();
    return list;
}

QString DeidStore::derivedFor(const QString& datasetPath, const QString& inputPath) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral(
        "SELECT o.output_path FROM deid_outputs o JOIN deid_runs r ON r.id = o.run_id "
        "WHERE r.dataset_path = ? AND r.state = 'validated' AND o.input_path = ? "
        "AND o.validated = 1 ORDER BY r.id DESC LIMIT 1"));
    q.addBindValue(datasetPath);
    q.addBindValue(inputPath);
    if (!q.exec() || !q.next())
        return QString();
    return q.value(0).toString();
}

} // namespace steward
