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

    static QString kindName(Kind kind);                // "permission", "modifier", "other"
    static Kind kindFromName(const QString& name);     // inverse; Other when unknown
    static QString parameterName(Parameter parameter); // "none", "diseases", ...
    static Parameter parameterFromName(const QString& name);
};

} // namespace steward
