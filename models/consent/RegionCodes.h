#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace steward {

/**
 * The places a consent's GS modifier and a destination's declared region are written in:
 * ISO 3166-1 alpha-2 country codes (DE, GB) and the groups EU, EEA, EUR (Europe, also written
 * EUROPE) and WORLD. Each code stands for a set of countries, so "inside" is set inclusion:
 * DE is inside EU, EU is inside EEA, EEA is inside EUR, everything is inside WORLD.
 */
class RegionCodes final
{
    Q_DECLARE_TR_FUNCTIONS(RegionCodes)

public:
    /** How a declared region relates to the regions a consent allows. */
    enum class Overlap
    {
        Inside,  // every country of the region is allowed
        Partly,  // some are allowed, some are not
        Outside, // none is allowed
        Unknown  // a code Steward does not know
    };

    /** Upper-case code for a known country or region (EUROPE becomes EUR), else empty. */
    static QString canonical(const QString& code);
    static bool isKnown(const QString& code) { return !canonical(code).isEmpty(); }
    static bool isCountry(const QString& code);
    /** The group codes Steward understands besides countries: EU, EEA, EUR, WORLD. */
    static QStringList groupCodes();
    /** The countries a code stands for (a country stands for itself); empty when unknown. */
    static QSet<QString> countries(const QString& code);
    /** Where `region` lies relative to the union of `allowed`. */
    static Overlap overlap(const QString& region, const QStringList& allowed);
};

} // namespace steward
