#include "models/consent/DuoTerm.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace steward {

bool DuoTerm::isId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^DUO:\\d{7}$"));
    return pattern.match(id).hasMatch();
}

bool DuoTerm::labelSaysObsolete(const QString& label)
{
    return label.trimmed().startsWith(QLatin1String("obsolete"), Qt::CaseInsensitive);
}
namespace {

// The names stored in the catalog (duo_terms.kind, duo_terms.parameter) and printed by
// `steward duo list --json`: stable identifiers, never translated.
constexpr std::array<std::pair<DuoTerm::Kind, const char*>, 3> kKindNames{{
    {DuoTerm::Kind::Permission, "permission"},
    {DuoTerm::Kind::Modifier, "modifier"},
    {DuoTerm::Kind::Other, "other"},
}};

constexpr std::array<std::pair<DuoTerm::Parameter, const char*>, 9> kParameterNames{{
    {DuoTerm::Parameter::None, "none"},
    {DuoTerm::Parameter::Diseases, "diseases"},
    {DuoTerm::Parameter::ResearchType, "research_type"},
    {DuoTerm::Parameter::Collaborator, "collaborator"},
    {DuoTerm::Parameter::Regions, "regions"},
    {DuoTerm::Parameter::Date, "date"},
    {DuoTerm::Parameter::MonthsOrDate, "months_or_date"},
    {DuoTerm::Parameter::Project, "project"},
    {DuoTerm::Parameter::Institution, "institution"},
}};

} // namespace

QString DuoTerm::kindName(Kind kind)
{
    for (const auto& [k, name] : kKindNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return QStringLiteral("other");
}

DuoTerm::Kind DuoTerm::kindFromName(const QString& name)
{
    const QString n = name.trimmed();
    for (const auto& [k, text] : kKindNames) {
        if (n.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return k;
    }
    return Kind::Other;
}

QString DuoTerm::parameterName(Parameter parameter)
{
    for (const auto& [p, name] : kParameterNames) {
        if (p == parameter)
            return QLatin1String(name);
    }
    return QStringLiteral("none");
}

DuoTerm::Parameter DuoTerm::parameterFromName(const QString& name)
{
    const QString n = name.trimmed();
    for (const auto& [p, text] : kParameterNames) {
        if (n.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return p;
    }
    return Parameter::None;
}

} // namespace steward
