#include "models/consent/DiseaseHierarchy.h"

#include <utility>

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace steward {
namespace {

// Ids and labels as MONDO and the Disease Ontology publish them; a parent may be a farther
// ancestor than the direct one where the classes between are not needed. Only links that hold
// in the ontologies are listed: a missing link makes a case NEEDS REVIEW or DENY, a wrong one
// would approve what the participant did not consent to.
QVector<DiseaseHierarchy::Entry> builtInEntries()
{
    const QString disease = QStringLiteral("MONDO:0000001");
    const QString cancer = QStringLiteral("MONDO:0004992");
    const QString diabetes = QStringLiteral("MONDO:0005015");
    const QString nervous = QStringLiteral("MONDO:0005071");
    const QString neurodegenerative = QStringLiteral("MONDO:0005559");
    const QString muscularDystrophy = QStringLiteral("MONDO:0020121");
    const QString doDisease = QStringLiteral("DOID:4");
    const QString doCancer = QStringLiteral("DOID:162");
    const QString doDiabetes = QStringLiteral("DOID:9351");

    return {
        {disease, QStringLiteral("disease"), {}, {}},
        {cancer, QStringLiteral("cancer"), {disease}, {}},
        {QStringLiteral("MONDO:0007254"), QStringLiteral("breast cancer"), {cancer}, {}},
        {diabetes, QStringLiteral("diabetes mellitus"), {disease}, {}},
        {QStringLiteral("MONDO:0005147"),
         QStringLiteral("type 1 diabetes mellitus"),
         {diabetes},
         {}},
        {QStringLiteral("MONDO:0005148"),
         QStringLiteral("type 2 diabetes mellitus"),
         {diabetes},
         {}},
        {nervous, QStringLiteral("nervous system disorder"), {disease}, {}},
        {neurodegenerative, QStringLiteral("neurodegenerative disease"), {nervous}, {}},
        {QStringLiteral("MONDO:0004975"),
         QStringLiteral("Alzheimer disease"),
         {neurodegenerative},
         {}},
        {QStringLiteral("MONDO:0005180"),
         QStringLiteral("Parkinson disease"),
         {neurodegenerative},
         {}},
        {QStringLiteral("MONDO:0007739"),
         QStringLiteral("Huntington disease"),
         {neurodegenerative},
         {}},
        {muscularDystrophy, QStringLiteral("muscular dystrophy"), {disease}, {}},
        {QStringLiteral("MONDO:0010679"),
         QStringLiteral("Duchenne muscular dystrophy"),
         {muscularDystrophy},
         {}},
        {QStringLiteral("MONDO:0010311"),
         QStringLiteral("Becker muscular dystrophy"),
         {muscularDystrophy},
         {}},
        {QStringLiteral("MONDO:0009061"), QStringLiteral("cystic fibrosis"), {disease}, {}},
        {QStringLiteral("MONDO:0004979"), QStringLiteral("asthma"), {disease}, {}},
        {QStringLiteral("MONDO:0004994"), QStringLiteral("cardiomyopathy"), {disease}, {}},
        {QStringLiteral("MONDO:0100096"), QStringLiteral("COVID-19"), {disease}, {}},

        {doDisease, QStringLiteral("disease"), {}, disease},
        {doCancer, QStringLiteral("cancer"), {doDisease}, {}},
        {QStringLiteral("DOID:1612"), QStringLiteral("breast cancer"), {doCancer}, {}},
        {doDiabetes, QStringLiteral("diabetes mellitus"), {doDisease}, {}},
        {QStringLiteral("DOID:9352"),
         QStringLiteral("type 2 diabetes mellitus"),
         {doDiabetes},
         QStringLiteral("MONDO:0005148")},
        {QStringLiteral("DOID:1485"), QStringLiteral("cystic fibrosis"), {doDisease}, {}},
    };
}

} // namespace

DiseaseHierarchy::DiseaseHierarchy(const QVector<Entry>& entries)
{
    for (const Entry& e : entries)
        m_entries.insert(e.id, e);
    // sameAs holds both ways.
    for (const Entry& e : entries) {
        if (!e.sameAs.isEmpty() && m_entries.contains(e.sameAs))
            m_entries[e.sameAs].sameAs = e.id;
    }
}

const DiseaseHierarchy& DiseaseHierarchy::builtIn()
{
    static const DiseaseHierarchy hierarchy(builtInEntries());
    return hierarchy;
}

bool DiseaseHierarchy::isWellFormedId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^(MONDO:[0-9]{7}|DOID:[0-9]+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(id.trimmed()).hasMatch();
}

QString DiseaseHierarchy::normalizedId(const QString& id)
{
    const QString t = id.trimmed();
    const int colon = t.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return t;
    return t.left(colon).toUpper() + t.mid(colon);
}

QString DiseaseHierarchy::ontologyOf(const QString& id)
{
    if (!isWellFormedId(id))
        return QString();
    const QString n = normalizedId(id);
    return n.left(n.indexOf(QLatin1Char(':')));
}

bool DiseaseHierarchy::knows(const QString& id) const
{
    return m_entries.contains(normalizedId(id));
}

QStringList DiseaseHierarchy::ancestorsAndSelf(const QString& id) const
{
    QStringList order{normalizedId(id)};
    QSet<QString> seen{order.first()};
    for (int i = 0; i < order.size(); ++i) {
        const auto it = m_entries.constFind(order.at(i));
        if (it == m_entries.constEnd())
            continue;
        QStringList next = it->parents;
        if (!it->sameAs.isEmpty())
            next.append(it->sameAs);
        for (const QString& n : std::as_const(next)) {
            if (!seen.contains(n)) {
                seen.insert(n);
                order.append(n);
            }
        }
    }
    return order;
}

bool DiseaseHierarchy::isA(const QString& id, const QString& ancestor) const
{
    return ancestorsAndSelf(id).contains(normalizedId(ancestor));
}

bool DiseaseHierarchy::comparable(const QString& a, const QString& b) const
{
    if (!knows(a) || !knows(b))
        return false;
    return ontologyOf(a) == ontologyOf(b) || isA(a, b) || isA(b, a);
}

QString DiseaseHierarchy::label(const QString& id) const
{
    return m_entries.value(normalizedId(id)).label;
}

QString DiseaseHierarchy::describe(const QString& id) const
{
    const QString n = normalizedId(id);
    const QString l = label(n);
    return l.isEmpty() ? n : tr("%1 (%2)", "disease id and its label").arg(n, l);
}

QString DiseaseHierarchy::describeList(const QStringList& ids) const
{
    QStringList described;
    for (const QString& id : ids)
        described.append(describe(id));
    return QLocale().createSeparatedList(described);
}

} // namespace steward
