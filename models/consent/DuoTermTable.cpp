#include "models/consent/DuoTermTable.h"

#include <utility>

#include <QSqlQuery>
#include <QVariant>

#include "models/catalog/Catalog.h"

namespace steward {
namespace {

/** "duo_0000042" and "duo:0000042" both name DUO:0000042. */
QString normalisedId(const QString& id)
{
    QString n = id.trimmed().toUpper();
    if (n.startsWith(QLatin1String("DUO_")))
        n[3] = QLatin1Char(':');
    return n;
}

DuoTerm term(const char* id, const char* code, DuoTerm::Kind kind, DuoTerm::Parameter parameter,
             const QString& label, bool obsolete = false, const char* replacedBy = "")
{
    DuoTerm t;
    t.id = QLatin1String(id);
    t.code = QLatin1String(code);
    t.kind = kind;
    t.parameter = parameter;
    t.label = label;
    t.obsolete = obsolete;
    t.replacedBy = QLatin1String(replacedBy);
    return t;
}

} // namespace

DuoTermTable::DuoTermTable(QString release, QVector<DuoTerm> terms)
    : m_release(std::move(release)), m_terms(std::move(terms))
{}

const DuoTermTable& DuoTermTable::builtIn()
{
    // Built on first use, after Application has installed its translators. Ids, codes,
    // kinds and parameters are DUO's (release 2021-02-23); the labels are Steward's own.
    static const DuoTermTable table = [] {
        using K = DuoTerm::Kind;
        using P = DuoTerm::Parameter;
        const QVector<DuoTerm> terms{
            // Permissions: exactly one per consent.
            term("DUO:0000004", "NRES", K::Permission, P::None, tr("Unrestricted use")),
            term("DUO:0000042", "GRU", K::Permission, P::None, tr("Any research purpose")),
            term("DUO:0000006", "HMB", K::Permission, P::None, tr("Medical and health research")),
            term("DUO:0000007", "DS", K::Permission, P::Diseases,
                 tr("Research on the named diseases")),
            term("DUO:0000011", "POA", K::Permission, P::None, tr("Ancestry studies only")),
            // Modifiers: zero or more.
            term("DUO:0000012", "RS", K::Modifier, P::ResearchType,
                 tr("Named research types only")),
            term("DUO:0000015", "NMDS", K::Modifier, P::None,
                 tr("Methods development not allowed")),
            term("DUO:0000016", "GSO", K::Modifier, P::None,
                 tr("Only studies involving genotypes")),
            term("DUO:0000018", "NPUNCU", K::Modifier, P::None,
                 tr("Non-profit bodies and non-commercial purposes only")),
            term("DUO:0000045", "NPU", K::Modifier, P::None,
                 tr("Users at non-profit organisations only")),
            term("DUO:0000046", "NCU", K::Modifier, P::None, tr("No commercial purposes")),
            term("DUO:0000019", "PUB", K::Modifier, P::None, tr("Results must be published")),
            term("DUO:0000020", "COL", K::Modifier, P::Collaborator,
                 tr("Must collaborate with the study team")),
            term("DUO:0000021", "IRB", K::Modifier, P::None,
                 tr("Ethics committee approval needed")),
            term("DUO:0000022", "GS", K::Modifier, P::Regions, tr("Named regions only")),
            term("DUO:0000024", "MOR", K::Modifier, P::Date,
                 tr("No publication before a set date")),
            term("DUO:0000025", "TS", K::Modifier, P::MonthsOrDate,
                 tr("Use ends after a set time")),
            term("DUO:0000026", "US", K::Modifier, P::None, tr("Approved users only")),
            term("DUO:0000027", "PS", K::Modifier, P::Project, tr("Approved project only")),
            term("DUO:0000028", "IS", K::Modifier, P::Institution, tr("Approved institution only")),
            term("DUO:0000029", "RTN", K::Modifier, P::None,
                 tr("Derived data goes back to the source")),
            term("DUO:0000043", "CC", K::Modifier, P::None, tr("Clinical care allowed")),
            term("DUO:0000044", "NPOA", K::Modifier, P::None, tr("No ancestry research")),
            // Obsolete: recognised so old consent text gets a clear message, never accepted.
            // The release files put them under oboInOwl:ObsoleteClass, hence Other.
            term("DUO:0000002", "", K::Other, P::None, tr("Primary consent category (obsolete)"),
                 true),
            term("DUO:0000003", "", K::Other, P::None, tr("Secondary consent category (obsolete)"),
                 true),
            term("DUO:0000005", "GRU-CC", K::Other, P::None,
                 tr("General research and clinical care (obsolete)"), true, "DUO:0000042"),
            term("DUO:0000014", "RU", K::Other, P::None,
                 tr("Research only, no clinical care (obsolete)"), true),
        };
        return DuoTermTable(tr("DUO 2021-02-23 (built in)"), terms);
    }();
    return table;
}

DuoTermTable DuoTermTable::current(const Catalog& catalog)
{
    QSqlDatabase db = catalog.database();
    if (!db.isOpen())
        return builtIn();
    QSqlQuery q(db);
    // Only the newest import is in force; ids grow with each import.
    if (!q.exec(QStringLiteral(
            "SELECT id, name, source_path FROM duo_releases ORDER BY id DESC LIMIT 1")) ||
        !q.next())
        return builtIn();
    const qint64 releaseId = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    const QString sourcePath = q.value(2).toString();

    QSqlQuery t(db);
    t.prepare(QStringLiteral("SELECT id, code, kind, parameter, label, obsolete, replaced_by "
                             "FROM duo_terms WHERE release_id = ? ORDER BY id"));
    t.addBindValue(releaseId);
    if (!t.exec())
        return builtIn();
    const DuoTermTable& known = builtIn();
    QVector<DuoTerm> terms;
    while (t.next()) {
        DuoTerm term;
        term.id = t.value(0).toString();
        term.code = t.value(1).toString();
        term.kind = DuoTerm::kindFromName(t.value(2).toString());
        // The release files carry no parameter types: Steward's own table decides, so a
        // correction there reaches imported releases too.
        const DuoTerm* builtInTerm = known.byId(term.id);
        term.parameter = builtInTerm ? builtInTerm->parameter
                                     : DuoTerm::parameterFromName(t.value(3).toString());
        term.label = t.value(4).toString();
        term.obsolete = t.value(5).toInt() != 0;
        term.replacedBy = t.value(6).toString();
        terms.push_back(term);
    }
    if (terms.isEmpty())
        return builtIn();
    return DuoTermTable(tr("DUO %1 (imported from %2)").arg(name, sourcePath), terms);
}

const DuoTerm* DuoTermTable::byCode(const QString& code) const
{
    const QString c = code.trimmed();
    if (c.isEmpty())
        return nullptr;
    for (const DuoTerm& t : m_terms) {
        if (!t.obsolete && t.code.compare(c, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const DuoTerm* DuoTermTable::byId(const QString& id) const
{
    const QString n = normalisedId(id);
    if (n.isEmpty())
        return nullptr;
    for (const DuoTerm& t : m_terms) {
        if (t.id.compare(n, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const DuoTerm* DuoTermTable::byCodeIncludingObsolete(const QString& code) const
{
    if (const DuoTerm* t = byCode(code))
        return t;
    const QString c = code.trimmed();
    if (c.isEmpty())
        return nullptr;
    for (const DuoTerm& t : m_terms) {
        if (t.code.compare(c, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

} // namespace steward
