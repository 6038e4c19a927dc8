#include "models/consent/RegionCodes.h"

namespace steward {
namespace {

// ISO 3166-1 alpha-2, the 249 officially assigned codes.
const char* const kCountries =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ "
    "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
    "DE DJ DK DM DO DZ "
    "EC EE EG EH ER ES ET "
    "FI FJ FK FM FO FR "
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY "
    "HK HM HN HR HT HU "
    "ID IE IL IM IN IO IQ IR IS IT "
    "JE JM JO JP "
    "KE KG KH KI KM KN KP KR KW KY KZ "
    "LA LB LC LI LK LR LS LT LU LV LY "
    "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ "
    "NA NC NE NF NG NI NL NO NP NR NU NZ "
    "OM "
    "PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
    "QA "
    "RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ "
    "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ "
    "UA UG UM US UY UZ "
    "VA VC VE VG VI VN VU "
    "WF WS "
    "YE YT "
    "ZA ZM ZW";

// The 27 member states, with the territories that are part of the Union under their own ISO
// codes: Åland and the outermost regions (French Guiana, Guadeloupe, Martinique, Réunion,
// Mayotte, Saint Martin).
const char* const kEu = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT "
                        "RO SK SI ES SE AX GF GP MQ RE YT MF";
// The EEA adds Iceland, Liechtenstein and Norway to the EU.
const char* const kEeaExtra = "IS LI NO";
// UN M49 Europe; the EEA is added to it below so that EU and EEA lie inside Europe (Cyprus and
// the outermost regions are elsewhere in M49).
const char* const kEurope = "BY BG CZ HU PL MD RO RU SK UA "
                            "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB "
                            "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES "
                            "AT BE FR DE LI LU MC NL CH";

QSet<QString> codeSet(const char* list)
{
    const QStringList codes = QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(codes.begin(), codes.end());
}

struct Tables
{
    QSet<QString> world = codeSet(kCountries);
    QSet<QString> eu = codeSet(kEu);
    QSet<QString> eea = eu + codeSet(kEeaExtra);
    QSet<QString> europe = codeSet(kEurope) + eea;
};

const Tables& tables()
{
    static const Tables t;
    return t;
}

} // namespace

QString RegionCodes::canonical(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper == QLatin1String("EUROPE"))
        return QStringLiteral("EUR");
    if (groupCodes().contains(upper) || tables().world.contains(upper))
        return upper;
    return QString();
}

bool RegionCodes::isCountry(const QString& code)
{
    return tables().world.contains(code.trimmed().toUpper());
}

QStringList RegionCodes::groupCodes()
{
    return {QStringLiteral("EU"), QStringLiteral("EEA"), QStringLiteral("EUR"),
            QStringLiteral("WORLD")};
}

QSet<QString> RegionCodes::countries(const QString& code)
{
    const QString c = canonical(code);
    const Tables& t = tables();
    if (c == QLatin1String("EU"))
        return t.eu;
    if (c == QLatin1String("EEA"))
        return t.eea;
    if (c == QLatin1String("EUR"))
        return t.europe;
    if (c == QLatin1String("WORLD"))
        return t.world;
    if (c.isEmpty())
        return {};
    return {c};
}

RegionCodes::Overlap RegionCodes::overlap(const QString& region, const QStringList& allowed)
{
    const QSet<QString> wanted = countries(region);
    if (wanted.isEmpty())
        return Overlap::Unknown;
    QSet<QString> permitted;
    for (const QString& a : allowed)
        permitted += countries(a);
    const QSet<QString> common = wanted & permitted;
    if (common.size() == wanted.size())
        return Overlap::Inside;
    return common.isEmpty() ? Overlap::Outside : Overlap::Partly;
}

} // namespace steward
