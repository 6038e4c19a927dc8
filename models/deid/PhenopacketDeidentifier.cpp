#include "models/deid/PhenopacketDeidentifier.h"

#include <QJsonArray>
#include <QSet>

#include "models/deid/SidecarRules.h"

namespace steward {
namespace {

/** An ontology class: {"id": "HP:0001250", "label": "Seizure"}. */
bool isOntologyTerm(const QJsonObject& o)
{
    const QJsonValue id = o.value(QLatin1String("id"));
    return id.isString() && id.toString().contains(QLatin1Char(':')) &&
           o.value(QLatin1String("label")).isString();
}

QString termEntry(const QString& key, const QJsonObject& o)
{
    return key + QLatin1Char('=') + o.value(QLatin1String("id")).toString() + QLatin1Char('|') +
           o.value(QLatin1String("label")).toString();
}

/** Enumerations and descriptors that de-identification never changes. */
bool isClinicalKey(const QString& key)
{
    static const QSet<QString> keys{QStringLiteral("sex"),
                                    QStringLiteral("karyotypicsex"),
                                    QStringLiteral("progressstatus"),
                                    QStringLiteral("interpretationstatus"),
                                    QStringLiteral("acmgpathogenicityclassification"),
                                    QStringLiteral("therapeuticactionability"),
                                    QStringLiteral("affectedstatus"),
                                    QStringLiteral("status"),
                                    QStringLiteral("syntax"),
                                    QStringLiteral("value"),
                                    QStringLiteral("symbol"),
                                    QStringLiteral("valueid"),
                                    QStringLiteral("genomeassembly"),
                                    QStringLiteral("fileformat"),
                                    QStringLiteral("moleculecontext"),
                                    QStringLiteral("phenopacketschemaversion")};
    return keys.contains(SidecarRules::key(key));
}

QString scalarEntry(const QString& key, const QJsonValue& v)
{
    if (v.isBool())
        return key + (v.toBool() ? QStringLiteral("=true") : QStringLiteral("=false"));
    if (v.isDouble())
        return key + QLatin1Char('=') + QString::number(v.toDouble(), 'g', 17);
    return key + QLatin1Char('=') + v.toString();
}

bool recordsScalar(const QString& key, const QJsonValue& v)
{
    return v.isBool() || v.isDouble() || (v.isString() && isClinicalKey(key));
}

void collect(const QString& key, const QJsonValue& v, QStringList* out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (isOntologyTerm(o))
            *out << termEntry(key, o);
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.key(), it.value(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue& e : a)
            collect(key, e, out);
    } else if (recordsScalar(key, v)) {
        *out << scalarEntry(key, v);
    }
}

qint64 subjects(const QJsonValue& v, bool underSubjectKey)
{
    qint64 n = 0;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (underSubjectKey && o.value(QLatin1String("id")).isString())
            ++n;
        for (auto it = o.begin(); it != o.end(); ++it)
            n += subjects(it.value(), it.key() == QLatin1String("subject"));
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue& e : a)
            n += subjects(e, false);
    }
    return n;
}

QString stringAt(const QJsonObject& o, const char* camel, const char* snake)
{
    const QJsonValue v = o.value(QLatin1String(camel));
    return v.isString() ? v.toString() : o.value(QLatin1String(snake)).toString();
}

} // namespace

bool PhenopacketDeidentifier::isPhenopacketDocument(const QJsonObject& o)
{
    for (const char* key : {"subject", "proband", "members", "phenotypicFeatures",
                            "phenotypic_features", "metaData", "meta_data", "pedigree"})
        if (o.contains(QLatin1String(key)))
            return true;
    return false;
}

QStringList PhenopacketDeidentifier::clinicalContentOf(const QJsonObject& document)
{
    QStringList out;
    collect(QString(), document, &out);
    return out;
}

qint64 PhenopacketDeidentifier::countSubjects(const QJsonObject& document)
{
    return subjects(document, false);
}

QString PhenopacketDeidentifier::owner(const QJsonObject& element)
{
    const QString subject =
        element.value(QLatin1String("subject")).toObject().value(QLatin1String("id")).toString();
    if (!subject.isEmpty())
        return subject;
    const QString individual = stringAt(element, "individualId", "individual_id");
    if (!individual.isEmpty())
        return individual;
    return stringAt(element, "subjectOrBiosampleId", "subject_or_biosample_id");
}

bool PhenopacketDeidentifier::transform(const QJsonObject& in, QJsonObject* out, QString* error)
{
    if (!isPhenopacketDocument(in)) {
        *error = tr("it is JSON but not a GA4GH Phenopacket, Family or Cohort, so Steward cannot "
                    "tell which of its fields identify people; leave it out or convert it");
        return false;
    }
    const QString subject = owner(in);
    if (m_rules.isDropped(subject)) {
        *error = tr("the phenopacket's subject %1 withdrew or is excluded from this "
                    "destination; leave the file out rather than de-identify it")
                     .arg(subject);
        return false;
    }
    const QString proband = owner(in.value(QLatin1String("proband")).toObject());
    if (m_rules.isDropped(proband)) {
        *error = tr("the family's proband %1 withdrew or is excluded from this destination; "
                    "leave the file out rather than de-identify it")
                     .arg(proband);
        return false;
    }
    if (in.contains(QLatin1String("proband")))
        m_rules.learnFamily(in.value(QLatin1String("id")).toString());
    learnIds(in);
    Context ctx;
    ctx.individual = subject;
    const bool family = in.contains(QLatin1String("proband"));
    *out = object(in, family ? IdRole::Family : IdRole::Document, ctx);
    return true;
}

void PhenopacketDeidentifier::learnIds(const QJsonValue& value)
{
    static const QSet<QString> idKeys{QStringLiteral("individualid"),
                                      QStringLiteral("subjectorbiosampleid"),
                                      QStringLiteral("paternalid"), QStringLiteral("maternalid")};
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (const QJsonValue& e : a)
            learnIds(e);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = SidecarRules::key(it.key());
        if (idKeys.contains(k) && it.value().isString()) {
            m_rules.learnId(it.value().toString());
        } else if (k == QLatin1String("familyid") && it.value().isString()) {
            m_rules.learnFamily(it.value().toString());
        } else if (k == QLatin1String("subject")) {
            m_rules.learnId(it.value().toObject().value(QLatin1String("id")).toString());
        } else if (k == QLatin1String("biosamples")) {
            const QJsonArray a = it.value().toArray();
            for (const QJsonValue& b : a)
                m_rules.learnId(b.toObject().value(QLatin1String("id")).toString());
        } else if (k == QLatin1String("individualtofileidentifiers") ||
                   k == QLatin1String("individualtosampleidentifiers")) {
            const QJsonObject map = it.value().toObject();
            for (auto m = map.begin(); m != map.end(); ++m) {
                m_rules.learnId(m.key());
                m_rules.learnId(m.value().toString());
            }
        }
        learnIds(it.value());
    }
}

QJsonObject PhenopacketDeidentifier::object(const QJsonObject& in, IdRole role, const Context& ctx)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString k = it.key();
        const QString kk = SidecarRules::key(k);
        const QJsonValue v = it.value();

        if (kk == QLatin1String("alternateids") || (!ctx.resources && m_rules.isDropField(k))) {
            ++m_rules.counts.droppedFields[k];
            continue;
        }
        if (ctx.metaData && !ctx.resources &&
            (kk == QLatin1String("createdby") || kk == QLatin1String("submittedby"))) {
            ++m_rules.counts.droppedFields[k];
            continue;
        }
        if (v.isString() && !ctx.resources && SidecarRules::isFreeTextName(k)) {
            if (m_rules.sidecars().dropFreeText) {
                ++m_rules.counts.freeTextDropped;
                continue;
            }
            out.insert(k, m_rules.scrub(m_rules.withIdsReplaced(v.toString())));
            continue;
        }

        if (v.isString()) {
            const QString s = v.toString();
            if (kk == QLatin1String("id") && role != IdRole::None) {
                out.insert(k, role == IdRole::Document     ? m_rules.documentId(s)
                              : role == IdRole::Individual ? m_rules.individual(s)
                                                           : m_rules.family(s));
            } else if (kk == QLatin1String("individualid") ||
                       kk == QLatin1String("subjectorbiosampleid")) {
                out.insert(k, m_rules.individual(s));
            } else if (kk == QLatin1String("paternalid") || kk == QLatin1String("maternalid")) {
                if (m_rules.isDropped(s)) {
                    ++m_rules.counts.parentsCleared;
                    continue;
                }
                out.insert(k, m_rules.individual(s));
            } else if (kk == QLatin1String("familyid")) {
                out.insert(k, m_rules.family(s));
            } else if (kk == QLatin1String("uri")) {
                out.insert(k, m_rules.fileName(s));
            } else if (kk == QLatin1String("iso8601duration") || kk == QLatin1String("age")) {
                out.insert(k, m_rules.age(s, SidecarRules::DateStyle::Timestamp));
            } else {
                out.insert(k, string(k, s, ctx));
            }
            continue;
        }

        if (v.isObject()) {
            // v2 files[].individualToFileIdentifiers, v1 htsFiles[].individualToSampleIdentifiers
            if (kk == QLatin1String("individualtofileidentifiers") ||
                kk == QLatin1String("individualtosampleidentifiers")) {
                out.insert(k, fileIdentifiers(v.toObject()));
                continue;
            }
            const QJsonObject child = v.toObject();
            Context c = ctx;
            IdRole childRole = IdRole::None;
            if (kk == QLatin1String("subject")) {
                childRole = IdRole::Individual;
                if (child.value(QLatin1String("id")).isString())
                    ++m_subjects;
            } else if (kk == QLatin1String("proband")) {
                childRole = IdRole::Document;
                c.individual = owner(child);
            } else if (kk == QLatin1String("metadata")) {
                c.metaData = true;
                c.individual.clear(); // the document's dates, not a person's
            }
            if (isOntologyTerm(child) && !m_rules.isDropField(QStringLiteral("label")) &&
                !m_rules.isDropField(QStringLiteral("id")))
                m_clinical << termEntry(k, child);
            out.insert(k, object(child, childRole, c));
        } else if (v.isArray()) {
            out.insert(k, array(k, v.toArray(), ctx));
        } else {
            if (recordsScalar(k, v))
                m_clinical << scalarEntry(k, v);
            out.insert(k, v);
        }
    }
    return out;
}

QJsonArray PhenopacketDeidentifier::array(const QString& key, const QJsonArray& in,
                                          const Context& ctx)
{
    const QString kk = SidecarRules::key(key);
    Context c = ctx;
    if (kk == QLatin1String("resources") && ctx.metaData)
        c.resources = true;
    IdRole role = IdRole::None;
    if (kk == QLatin1String("biosamples"))
        role = IdRole::Individual;
    else if (kk == QLatin1String("interpretations") || kk == QLatin1String("relatives") ||
             kk == QLatin1String("members"))
        role = IdRole::Document;

    QJsonArray out;
    for (const QJsonValue& e : in) {
        if (e.isObject()) {
            const QJsonObject o = e.toObject();
            const QString own = owner(o);
            const bool droppedSample = role == IdRole::Individual &&
                                       m_rules.isDropped(o.value(QLatin1String("id")).toString());
            if (m_rules.isDropped(own) || droppedSample) {
                ++m_rules.counts.droppedRecords;
                continue;
            }
            Context ec = c;
            if (!own.isEmpty())
                ec.individual = own;
            if (isOntologyTerm(o) && !m_rules.isDropField(QStringLiteral("label")) &&
                !m_rules.isDropField(QStringLiteral("id")))
                m_clinical << termEntry(key, o);
            out.append(object(o, role, ec));
        } else if (e.isArray()) {
            out.append(array(key, e.toArray(), c));
        } else if (e.isString()) {
            out.append(string(key, e.toString(), c));
        } else {
            if (recordsScalar(key, e))
                m_clinical << scalarEntry(key, e);
            out.append(e);
        }
    }
    return out;
}

QJsonValue PhenopacketDeidentifier::string(const QString& key, const QString& value,
                                           const Context& ctx)
{
    if (isClinicalKey(key)) {
        m_clinical << scalarEntry(key, value);
        return value;
    }
    if (!ctx.resources && SidecarRules::isDate(value))
        return m_rules.date(value, ctx.individual, SidecarRules::DateStyle::Timestamp);
    return value;
}

QJsonObject PhenopacketDeidentifier::fileIdentifiers(const QJsonObject& in)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString inFile = it.value().toString();
        if (m_rules.isDropped(it.key()) || m_rules.isDropped(inFile)) {
            ++m_rules.counts.droppedRecords;
            continue;
        }
        out.insert(m_rules.individual(it.key()),
                   it.value().isString() ? QJsonValue(m_rules.individual(inFile)) : it.value());
    }
    return out;
}

} // namespace steward
