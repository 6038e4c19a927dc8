#include "models/consent/ConsentStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/review/ReviewStore.h"

namespace steward {
namespace {

const char* kColumns = "id, dataset, sample_id, consent, consent_date, expiry, withdrawn, "
                       "withdrawn_date, document_path, document_sha256, attributes, source, "
                       "updated_at";

ConsentRecord fromQuery(const QSqlQuery& q)
{
    ConsentRecord r;
    r.id = q.value(0).toLongLong();
    r.dataset = q.value(1).toString();
    r.sampleId = q.value(2).toString();
    r.consent = q.value(3).toString();
    r.consentDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.expiry = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.withdrawn = q.value(6).toBool();
    r.withdrawnDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.documentPath = q.value(8).toString();
    r.documentSha256 = q.value(9).toString();
    r.attributes = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    r.source = q.value(11).toString();
    r.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    return r;
}

/** Key columns are NOT NULL: an absent dataset or sample is the empty string. */
QString keyValue(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant dateValue(const QDate& d)
{
    return nullableText(d.isValid() ? d.toString(Qt::ISODate) : QString());
}

QString subjectOf(const ConsentRecord& r)
{
    if (r.sampleId.isEmpty())
        return QStringLiteral("dataset:") + r.dataset;
    return r.dataset.isEmpty() ? QStringLiteral("sample:") + r.sampleId
                               : QStringLiteral("sample:%1@%2").arg(r.sampleId, r.dataset);
}

} // namespace

ConsentStore::ConsentStore(const Catalog& catalog) : m_catalog(catalog) {}

QVector<ConsentRecord> ConsentStore::records() const
{
    QVector<ConsentRecord> list;
    QSqlQuery q(m_catalog.database());
    q.exec(QStringLiteral("SELECT %1 FROM consent_records ORDER BY dataset, sample_id")
               .arg(QLatin1String(kColumns)));
    while (q.next())
        list.push_back(fromQuery(q));
    return list;
}

std::optional<ConsentRecord> ConsentStore::record(qint64 id) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM consent_records WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<ConsentRecord> ConsentStore::find(const QString& dataset,
                                                const QString& sampleId) const
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT %1 FROM consent_records WHERE dataset = ? AND sample_id = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(keyValue(dataset));
    q.addBindValue(keyValue(sampleId));
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool ConsentStore::write(const ConsentRecord& r, qint64* id, QString* error)
{
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral(
        "INSERT INTO consent_records (dataset, sample_id, consent, consent_date, expiry, "
        "withdrawn, withdrawn_date, document_path, document_sha256, attributes, source, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (dataset, sample_id) DO UPDATE SET consent = excluded.consent, "
        "consent_date = excluded.consent_date, expiry = excluded.expiry, "
        "withdrawn = excluded.withdrawn, withdrawn_date = excluded.withdrawn_date, "
        "document_path = excluded.document_path, document_sha256 = excluded.document_sha256, "
        "attributes = excluded.attributes, source = excluded.source, "
        "updated_at = excluded.updated_at"));
    q.addBindValue(keyValue(r.dataset));
    q.addBindValue(keyValue(r.sampleId));
    q.addBindValue(r.consent);
    q.addBindValue(dateValue(r.consentDate));
    q.addBindValue(dateValue(r.expiry));
    q.addBindValue(r.withdrawn ? 1 : 0);
    q.addBindValue(dateValue(r.withdrawnDate));
    q.addBindValue(nullableText(r.documentPath));
    q.addBindValue(nullableText(r.documentSha256));
    q.addBindValue(nullableText(
        r.attributes.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(r.attributes).toJson(QJsonDocument::Compact))));
    q.addBindValue(r.source.isEmpty() ? QStringLiteral("manual") : r.source);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!execQuery(q, error))
        return false;
    if (id) {
        const std::optional<ConsentRecord> stored = find(r.dataset, r.sampleId);
        *id = stored ? stored->id : 0;
    }
    return true;
}

bool ConsentStore::save(const ConsentRecord& record, QString* error, qint64* id)
{
    const std::optional<ConsentRecord> before = find(record.dataset, record.sampleId);
    {
        SqlTransaction tx(m_catalog.database());
        if (!write(record, id, error))
            return false;
        QJsonObject details{{QStringLiteral("after"), record.toJson()}};
        if (before)
            details.insert(QStringLiteral("before"), before->toJson());
        AuditLog log(m_catalog);
        if (!log.append(QStringLiteral("consent.edit"), subjectOf(record), details, error))
            return false;
        if (!tx.commit(error))
            return false;
        log.anchor();
    }
    return ReviewStore(m_catalog).refresh(error);
}

bool ConsentStore::remove(qint64 id, QString* error)
{
    const std::optional<ConsentRecord> before = record(id);
    if (!before)
        return true;
    {
        SqlTransaction tx(m_catalog.database());
        QSqlQuery q(m_catalog.database());
        q.prepare(QStringLiteral("DELETE FROM consent_records WHERE id = ?"));
        q.addBindValue(id);
        if (!execQuery(q, error))
            return false;
        AuditLog log(m_catalog);
        if (!log.append(QStringLiteral("consent.remove"), subjectOf(*before),
                        {{QStringLiteral("before"), before->toJson()}}, error))
            return false;
        if (!tx.commit(error))
            return false;
        log.anchor();
    }
    return ReviewStore(m_catalog).refresh(error);
}

bool ConsentStore::importRecords(const QVector<ConsentRecord>& records,
                                 const QJsonObject& auditDetails, QString* error)
{
    {
        SqlTransaction tx(m_catalog.database());
        for (const ConsentRecord& r : records) {
            if (!write(r, nullptr, error))
                return false;
        }
        QJsonObject details = auditDetails;
        details.insert(QStringLiteral("records"), int(records.size()));
        AuditLog log(m_catalog);
        if (!log.append(QStringLiteral("consent.import"),
                        auditDetails.value(QStringLiteral("file")).toString(), details, error))
            return false;
        if (!tx.commit(error))
            return false;
        log.anchor();
    }
    return ReviewStore(m_catalog).refresh(error);
}

bool ConsentStore::scopeMatches(const QString& scope, const QString& datasetName,
                                const QString& datasetPath)
{
    if (scope.isEmpty())
        return true;
    return scope == datasetName || scope == datasetPath ||
           scope == datasetName.section(QLatin1Char('.'), 0, 0);
}

ConsentStore::Resolution ConsentStore::resolve(const QVector<ConsentRecord>& all,
                                               const QString& datasetName,
                                               const QString& datasetPath, const QString& sampleId)
{
    Resolution r;
    // A withdrawal is the person's, whatever dataset it was recorded for: it excludes the
    // sample everywhere it appears.
    if (!sampleId.isEmpty()) {
        for (const ConsentRecord& c : all) {
            if (c.sampleId == sampleId && c.withdrawn) {
                r.record = c;
                r.via = c.dataset.isEmpty() ? Resolution::Via::Sample
                        : scopeMatches(c.dataset, datasetName, datasetPath)
                            ? Resolution::Via::DatasetSample
                            : Resolution::Via::OtherDataset;
                return r;
            }
        }
    }
    const ConsentRecord* any = nullptr;
    const ConsentRecord* everywhere = nullptr;
    const ConsentRecord* datasetLevel = nullptr;
    int anyCount = 0;
    for (const ConsentRecord& c : all) {
        if (!sampleId.isEmpty() && c.sampleId == sampleId) {
            if (!c.dataset.isEmpty() && scopeMatches(c.dataset, datasetName, datasetPath)) {
                r.record = c;
                r.via = Resolution::Via::DatasetSample;
                return r;
            }
            if (c.dataset.isEmpty())
                everywhere = &c;
            any = &c;
            ++anyCount;
        } else if (c.sampleId.isEmpty() && !c.dataset.isEmpty() &&
                   scopeMatches(c.dataset, datasetName, datasetPath)) {
            datasetLevel = &c;
        }
    }
    if (everywhere) {
        r.record = *everywhere;
        r.via = Resolution::Via::Sample;
    } else if (anyCount == 1) {
        r.record = *any;
        r.via = Resolution::Via::OtherDataset;
    } else if (datasetLevel) {
        r.record = *datasetLevel;
        r.via = Resolution::Via::Dataset;
    }
    return r;
}

} // namespace steward
