#pragma once

#include <QString>

namespace steward {

/** One term of the GA4GH Data Use Ontology: a permission or a modifier of a consent. */
struct DuoTerm
{
    enum class Kind
    {
        Permission, // exactly one per consent (NRES, GRU, HMB, DS, POA)
        Modifier,   // zero or more (NPU, GS, IRB, ...)
        Other       // classes of the ontology that are neither (not usable in a consent)
    };
    /** What a code takes in parentheses in the CONSENT syntax, e.g. DS(MONDO:0005148). */
    enum class Parameter
    {
        None,
        Diseases,     // DS: one or more MONDO/DOID ids
        ResearchType, // RS: a research type
        Collaborator, // COL: optional collaborator
        Regions,      // GS: one or more region or country codes
        Date,         // MOR: YYYY-MM-DD
        MonthsOrDate, // TS: months after the consent date, or an end date
        Project,      // PS
        Institution   // IS
    };

    QString id;   // DUO:0000007
    QString code; // DS
    Kind kind = Kind::Other;
    Parameter parameter = Parameter::None;
    QString label; // short, in Steward's words for built-in terms
    bool obsolete = false;
    QString replacedBy; // DUO id, where the release names one

    /** The ontology's roots: permissions and modifiers descend from these classes. */
    static constexpr QLatin1String kPermissionRoot{"DUO:0000001"};
    static constexpr QLatin1String kModifierRoot{"DUO:0000017"};

    /** DUO:nnnnnnn (seven digits). */
    static bool isId(const QString& id);
    /** Releases mark some retired terms only by a label starting with "obsolete". */
    static bool labelSaysObsolete(const QString& label);

    static QString kindName(Kind kind);                // "permission", "modifier", "other"
    static Kind kindFromName(const QString& name);     // inverse; Other when unknown
    static QString parameterName(Parameter parameter); // "none", "diseases", ...
    static Parameter parameterFromName(const QString& name);
};

} // namespace steward
