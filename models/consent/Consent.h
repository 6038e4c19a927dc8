#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace steward {

class DuoTermTable;

/** One DUO code of a consent with its parameters: DS(MONDO:0005148,MONDO:0004975). */
struct ConsentCode
{
    QString code; // upper case: DS, GS, NPU
    QStringList parameters;

    bool operator==(const ConsentCode& o) const
    {
        return code == o.code && parameters == o.parameters;
    }
};

/** A problem found while reading a CONSENT text; column is 1-based within the text. */
struct ConsentProblem
{
    enum class Severity
    {
        Warning,
        Error
    };
    Severity severity = Severity::Error;
    int column = 0;
    QString message; // a sentence a steward understands, naming the code
};

/**
 * What one participant (or a whole dataset) consented to, in DUO codes: exactly one
 * permission (NRES, GRU, HMB, DS, POA) and any modifiers. Written and read in the CONSENT
 * syntax of the command line: `DS(MONDO:0005148,MONDO:0004975);NPU;GS(EU);TS(2027-06-30)`.
 */
class Consent final
{
    Q_DECLARE_TR_FUNCTIONS(Consent)

public:
    /**
     * Parses and validates against the term table: unknown and obsolete codes, a missing or
     * second permission, missing or malformed parameters (DS without a disease, GS without a
     * region, TS without months or a date, bad disease ids), parameters on codes that take
     * none, duplicate modifiers and contradictions (POA with NPOA; NPUNCU with NPU/NCU is a
     * warning). The result is valid when no Error was found.
     */
    static Consent parse(const QString& text, const DuoTermTable& terms,
                         QVector<ConsentProblem>* problems);

    bool isValid() const { return !m_permission.code.isEmpty(); }
    const ConsentCode& permission() const { return m_permission; }
    const QVector<ConsentCode>& modifiers() const { return m_modifiers; }
    bool has(const QString& code) const;
    /** Parameters of the code (permission or modifier), empty when absent. */
    QStringList parameters(const QString& code) const;

    /** Canonical text: permission first, modifiers in input order, no spaces. */
    QString toString() const;

    void setPermission(const ConsentCode& permission) { m_permission = permission; }
    void setModifiers(const QVector<ConsentCode>& modifiers) { m_modifiers = modifiers; }

    bool operator==(const Consent& o) const
    {
        return m_permission == o.m_permission && m_modifiers == o.m_modifiers;
    }

private:
    ConsentCode m_permission;
    QVector<ConsentCode> m_modifiers;
};

} // namespace steward
