#include "models/consent/DatasetConsent.h"

#include <QJsonArray>
#include <QSqlQuery>

#include "models/catalog/Catalog.h"
#include "models/consent/DuoTermTable.h"

namespace steward {
namespace {

QString viaName(ConsentStore::Resolution::Via via)
{
    switch (via) {
    case ConsentStore::Resolution::Via::DatasetSample:
        return QStringLiteral("dataset-sample");
    case ConsentStore::Resolution::Via::Sample:
        return QStringLiteral("sample");
    case ConsentStore::Resolution::Via::OtherDataset:
        return QStringLiteral("other-dataset");
    case ConsentStore::Resolution::Via::Dataset:
        return QStringLiteral("dataset");
    case ConsentStore::Resolution::Via::None:
        break;
    }
    return QStringLiteral("none");
}

MatchResult single(MatchDecision decision, const QString& rule, const QString& sentence)
{
    MatchResult r;
    r.decision = decision;
    r.reasons.push_back({decision, rule, QString(), sentence});
    return r;
}

} // namespace

QJsonObject SampleMatch::toJson() const
{
    QJsonObject o{{QStringLiteral("sample"), sampleId},
                  {QStringLiteral("consent_via"), viaName(consent.via)}};
    if (consent.record)
        o.insert(QStringLiteral("consent"), consent.record->consent);
    if (excluded) {
        o.insert(QStringLiteral("excluded"), exclusionReason);
    } else {
        const QJsonObject r = result.toJson();
        for (auto it = r.begin(); it != r.end(); ++it)
            o.insert(it.key(), it.value());
    }
    return o;
}

QStringList DatasetMatch::deniedSamples() const
{
    QStringList list;
    for (const SampleMatch& s : samples) {
        if (!s.excluded && s.result.decision == MatchDecision::Deny)
            list << (s.sampleId.isEmpty() ? datasetName : s.sampleId);
    }
    return list;
}

QJsonObject DatasetMatch::toJson() const
{
    QJsonArray list;
    for (const SampleMatch& s : samples)
        list.append(s.toJson());
    return {{QStringLiteral("dataset"), datasetName},
            {QStringLiteral("path"), datasetPath},
            {QStringLiteral("decision"), MatchResult::decisionName(decision)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("included"), included},
            {QStringLiteral("excluded"), excluded},
            {QStringLiteral("samples"), list}};
}

QVector<DatasetConsent::Dataset> DatasetConsent::datasets(const Catalog& catalog)
{
    QVector<Dataset> list;
    QHash<qint64, int> at;
    QSqlQuery q(catalog.database());
    q.exec(QStringLiteral("SELECT id, name, primary_path, kind FROM datasets ORDER BY name, id"));
    while (q.next()) {
        Dataset d;
        d.id = q.value(0).toLongLong();
        d.name = q.value(1).toString();
        d.path = q.value(2).toString();
        d.kind = q.value(3).toString();
        at.insert(d.id, int(list.size()));
        list.push_back(d);
    }
    // Samples of the data files only: sidecars list people of other datasets too.
    q.exec(QStringLiteral("SELECT f.dataset_id, s.name FROM samples s JOIN files f ON f.id = "
                          "s.file_id WHERE f.role = 'data' AND f.dataset_id IS NOT NULL "
                          "ORDER BY f.dataset_id, f.id, s.position"));
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it == at.cend())
            continue;
        QStringList& samples = list[*it].samples;
        const QString name = q.value(1).toString();
        if (!samples.contains(name))
            samples << name;
    }
    return list;
}

std::optional<DatasetConsent::Dataset> DatasetConsent::find(const Catalog& catalog,
                                                            const QString& key, QString* error)
{
    const QVector<Dataset> all = datasets(catalog);
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    QVector<Dataset> hits;
    for (const Dataset& d : all) {
        if ((isNumber && d.id == id) || d.path == key) {
            return d;
        }
        if (d.name == key || d.name.section(QLatin1Char('.'), 0, 0) == key)
            hits.push_back(d);
    }
    if (hits.size() == 1)
        return hits.first();
    if (error) {
        if (hits.isEmpty()) {
            *error = tr("No dataset named '%1' in the catalog; scan its folder first.").arg(key);
        } else {
            QStringList paths;
            for (const Dataset& d : std::as_const(hits))
                paths << d.path;
            *error = tr("'%1' names %2 datasets; give the path of one: %3")
                         .arg(key)
                         .arg(hits.size())
                         .arg(paths.join(QStringLiteral(", ")));
        }
    }
    return std::nullopt;
}

QHash<QString, QString> DatasetConsent::excludedSamples(const QVector<ConsentRecord>& records,
                                                        const QDate& on)
{
    QHash<QString, QString> excluded;
    for (const ConsentRecord& r : records) {
        if (!r.sampleId.isEmpty() && r.isExcluded(on))
            excluded.insert(r.sampleId, r.exclusionReason(on));
    }
    return excluded;
}

DatasetConsent::Coverage DatasetConsent::coverage(const Dataset& dataset,
                                                  const QVector<ConsentRecord>& records,
                                                  const QDate& on)
{
    Coverage c;
    for (const QString& sample : dataset.samples) {
        const ConsentStore::Resolution r =
            ConsentStore::resolve(records, dataset.name, dataset.path, sample);
        if (!r.record)
            c.missing << sample;
        else if (r.record->isExcluded(on))
            c.excluded.insert(sample, r.record->exclusionReason(on));
        else
            ++c.consented;
    }
    return c;
}

QString DatasetConsent::Coverage::summary() const
{
    const int total = consented + int(missing.size()) + int(excluded.size());
    if (total == 0)
        return QString();
    if (missing.isEmpty() && excluded.isEmpty())
        return tr("All %n sample(s) consented", nullptr, total);
    QStringList parts;
    if (!missing.isEmpty())
        parts << tr("%n without consent", nullptr, int(missing.size()));
    if (!excluded.isEmpty())
        parts << tr("%n excluded", nullptr, int(excluded.size()));
    return tr("%1 of %2 consented (%3)")
        .arg(consented)
        .arg(total)
        .arg(parts.join(QStringLiteral(", ")));
}

DatasetMatch DatasetConsent::evaluate(const Dataset& dataset, const QVector<ConsentRecord>& records,
                                      const DataUse& use, const DuoTermTable& terms)
{
    DatasetMatch m;
    m.datasetName = dataset.name;
    m.datasetPath = dataset.path;
    const QDate on = use.date.isValid() ? use.date : QDate::currentDate();

    const auto check = [&](const QString& sampleId) {
        SampleMatch s;
        s.sampleId = sampleId;
        s.consent = ConsentStore::resolve(records, dataset.name, dataset.path, sampleId);
        const QString who = sampleId.isEmpty() ? tr("the dataset") : sampleId;
        if (!s.consent.record) {
            s.result = single(MatchDecision::Deny, QStringLiteral("consent.missing"),
                              tr("No consent is recorded for %1 in %2; nothing may be shared "
                                 "without one.")
                                  .arg(who, dataset.name));
            return s;
        }
        const ConsentRecord& record = *s.consent.record;
        if (record.isExcluded(on)) {
            s.excluded = true;
            s.exclusionReason = record.exclusionReason(on);
            return s;
        }
        QVector<ConsentProblem> problems;
        const Consent consent = Consent::parse(record.consent, terms, &problems);
        if (!consent.isValid()) {
            QStringList messages;
            for (const ConsentProblem& p : std::as_const(problems)) {
                if (p.severity == ConsentProblem::Severity::Error)
                    messages << p.message;
            }
            s.result = single(MatchDecision::Deny, QStringLiteral("consent.invalid"),
                              tr("The consent recorded for %1 (%2) cannot be read: %3")
                                  .arg(who, record.consent, messages.join(QLatin1Char(' '))));
            return s;
        }
        s.result = ConsentMatcher::match(consent, use, record.consentDate);
        return s;
    };

    if (dataset.samples.isEmpty()) {
        if (dataset.kind == QLatin1String("reference")) {
            SampleMatch s;
            s.result = single(MatchDecision::Approve, QStringLiteral("dataset.no-participants"),
                              tr("A reference sequence holds no participant's data; no consent "
                                 "is needed."));
            m.samples.push_back(s);
        } else {
            m.samples.push_back(check(QString()));
            if (!m.samples.first().consent.record) {
                m.samples.first().result = single(
                    MatchDecision::NeedsReview, QStringLiteral("dataset.no-samples"),
                    tr("No samples were found in %1 and no dataset-level consent is recorded; "
                       "check what it contains and record its consent.")
                        .arg(dataset.name));
            }
        }
    } else {
        for (const QString& sample : dataset.samples)
            m.samples.push_back(check(sample));
    }

    QVector<MatchDecision> decisions;
    for (const SampleMatch& s : std::as_const(m.samples)) {
        if (s.excluded) {
            ++m.excluded;
        } else {
            ++m.included;
            decisions << s.result.decision;
        }
    }
    if (decisions.isEmpty()) {
        m.decision = MatchDecision::Deny;
        m.reason = tr("Every sample of %1 is excluded (consent withdrawn or expired); nothing "
                      "is left to share.")
                       .arg(dataset.name);
        return m;
    }
    m.decision = ConsentMatcher::combine(decisions);
    int count = 0;
    for (MatchDecision d : std::as_const(decisions))
        count += d == m.decision ? 1 : 0;
    switch (m.decision) {
    case MatchDecision::Approve:
        m.reason =
            tr("The consent of all %n included sample(s) allows this use.", nullptr, m.included);
        break;
    case MatchDecision::NeedsReview:
        m.reason = tr("%n included sample(s) (needs|need) a reviewer's decision; none is denied.",
                      nullptr, count);
        break;
    case MatchDecision::Deny:
        m.reason =
            tr("The consent of %n included sample(s) does not allow this use.", nullptr, count);
        break;
    }
    if (m.excluded > 0)
        m.reason += QLatin1Char(' ') +
                    tr("%n sample(s) (is|are) excluded and will be removed.", nullptr, m.excluded);
    return m;
}

} // namespace steward
