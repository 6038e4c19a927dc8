#include "models/consent/DataUse.h"

#include <QRegularExpression>
#include <QSet>

#include "models/consent/DiseaseHierarchy.h"
#include "models/consent/RegionCodes.h"

namespace steward {
namespace {

const char* const kKeys[] = {"primary",       "disease",     "for-profit",  "commercial",
                             "region",        "irb",         "project",     "institution",
                             "collaboration", "publication", "return-data", "date"};

bool isFlag(const QString& key)
{
    static const QSet<QString> flags{QStringLiteral("for-profit"),  QStringLiteral("commercial"),
                                     QStringLiteral("irb"),         QStringLiteral("collaboration"),
                                     QStringLiteral("publication"), QStringLiteral("return-data")};
    return flags.contains(key);
}

bool isKnownKey(const QString& key)
{
    for (const char* k : kKeys) {
        if (key == QLatin1String(k))
            return true;
    }
    return false;
}

/** A valid item for a key that takes a value, for error messages. */
QString example(const QString& key)
{
    if (key == QLatin1String("primary"))
        return QStringLiteral("primary=hmb");
    if (key == QLatin1String("disease"))
        return QStringLiteral("disease=MONDO:0005148");
    if (key == QLatin1String("region"))
        return QStringLiteral("region=DE");
    if (key == QLatin1String("institution"))
        return QStringLiteral("institution=University of Oslo");
    if (key == QLatin1String("date"))
        return QStringLiteral("date=2026-01-31");
    return QStringLiteral("project=Atlas");
}

} // namespace

bool DataUse::parse(const QString& text, DataUse* use, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (text.trimmed().isEmpty())
        return fail(tr("The purpose is empty; start it with primary= and one of gru, hmb, "
                       "disease, poa, methods or clinical."));

    DataUse result;
    result.date = QDate::currentDate();
    bool hasPrimary = false;
    QSet<QString> seen;
    const QStringList items = text.split(QLatin1Char(';'));
    for (int i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).trimmed();
        if (item.isEmpty())
            return fail(tr("Item %1 of the purpose is empty; remove the extra ';'.").arg(i + 1));
        const int equals = int(item.indexOf(QLatin1Char('=')));
        const bool hasValue = equals >= 0;
        const QString key = (hasValue ? item.left(equals) : item).trimmed().toLower();
        const QString value = hasValue ? item.mid(equals + 1).trimmed() : QString();

        if (!isKnownKey(key))
            return fail(tr("Unknown item '%1' in the purpose; use primary, disease, for-profit, "
                           "commercial, region, irb, project, institution, collaboration, "
                           "publication, return-data or date.")
                            .arg(item));
        if (seen.contains(key))
            return fail(tr("'%1' appears twice in the purpose; keep one.").arg(key));
        seen.insert(key);

        if (isFlag(key)) {
            if (hasValue)
                return fail(
                    tr("'%1' is a flag and takes no value; write %2 alone.").arg(item, key));
            if (key == QLatin1String("for-profit"))
                result.forProfit = true;
            else if (key == QLatin1String("commercial"))
                result.commercial = true;
            else if (key == QLatin1String("irb"))
                result.ethicsApproval = true;
            else if (key == QLatin1String("collaboration"))
                result.collaboration = true;
            else if (key == QLatin1String("publication"))
                result.publication = true;
            else
                result.returnData = true;
            continue;
        }

        if (value.isEmpty())
            return fail(
                tr("'%1' in the purpose needs a value, such as %2.").arg(item, example(key)));

        if (key == QLatin1String("primary")) {
            if (!primaryFromKey(value, &result.primary))
                return fail(tr("Unknown primary purpose in '%1'; use gru, hmb, disease, poa, "
                               "methods or clinical.")
                                .arg(item));
            hasPrimary = true;
        } else if (key == QLatin1String("disease")) {
            const QStringList ids = value.split(QLatin1Char(','));
            for (const QString& id : ids) {
                if (!DiseaseHierarchy::isWellFormedId(id))
                    return fail(tr("'%1' in '%2' is not a disease id; use MONDO ids such as "
                                   "MONDO:0005148 or DOID ids such as DOID:9352.")
                                    .arg(id.trimmed(), item));
                const QString normalized = DiseaseHierarchy::normalizedId(id);
                if (!result.diseases.contains(normalized))
                    result.diseases.append(normalized);
            }
        } else if (key == QLatin1String("region")) {
            result.region = RegionCodes::canonical(value);
            if (result.region.isEmpty())
                return fail(tr("Unknown region in '%1'; use an ISO 3166-1 alpha-2 country code "
                               "such as DE, or EU, EEA, EUR or WORLD.")
                                .arg(item));
        } else if (key == QLatin1String("project")) {
            result.project = value;
        } else if (key == QLatin1String("institution")) {
            result.institution = value;
        } else if (key == QLatin1String("date")) {
            static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
            result.date = QDate::fromString(value, Qt::ISODate);
            result.dateGiven = true;
            if (!iso.match(value).hasMatch() || !result.date.isValid())
                return fail(
                    tr("'%1' is not a valid date; write it YYYY-MM-DD, such as date=2026-01-31.")
                        .arg(item));
        }
    }

    if (!hasPrimary)
        return fail(tr("The purpose has no primary purpose; add primary= and one of gru, hmb, "
                       "disease, poa, methods or clinical."));
    if (result.primary == Primary::Disease && result.diseases.isEmpty())
        return fail(tr("Disease research needs the diseases it studies; add disease= with their "
                       "ids, such as disease=MONDO:0005148."));
    if (!result.diseases.isEmpty() && result.primary != Primary::Disease &&
        result.primary != Primary::Methods)
        return fail(tr("'disease=%1' is allowed only with primary=disease or primary=methods.")
                        .arg(result.diseases.join(QLatin1Char(','))));

    if (use)
        *use = result;
    return true;
}

QString DataUse::toString() const
{
    QStringList items{QStringLiteral("primary=") + primaryKey(primary)};
    if (!diseases.isEmpty())
        items.append(QStringLiteral("disease=") + diseases.join(QLatin1Char(',')));
    if (forProfit)
        items.append(QStringLiteral("for-profit"));
    if (commercial)
        items.append(QStringLiteral("commercial"));
    if (!region.isEmpty())
        items.append(QStringLiteral("region=") + region);
    if (ethicsApproval)
        items.append(QStringLiteral("irb"));
    if (!project.isEmpty())
        items.append(QStringLiteral("project=") + project);
    if (!institution.isEmpty())
        items.append(QStringLiteral("institution=") + institution);
    if (collaboration)
        items.append(QStringLiteral("collaboration"));
    if (publication)
        items.append(QStringLiteral("publication"));
    if (returnData)
        items.append(QStringLiteral("return-data"));
    // A declaration stays the same from day to day: the date only when one was given.
    if (dateGiven && date.isValid())
        items.append(QStringLiteral("date=") + date.toString(Qt::ISODate));
    return items.join(QLatin1Char(';'));
}

QString DataUse::describe() const
{
    const DiseaseHierarchy& hierarchy = DiseaseHierarchy::builtIn();
    QStringList sentences;
    switch (primary) {
    case Primary::GeneralResearch:
        sentences.append(tr("General research."));
        break;
    case Primary::HealthMedical:
        sentences.append(tr("Health, medical or biomedical research."));
        break;
    case Primary::Disease:
        sentences.append(tr("Research on %1.").arg(hierarchy.describeList(diseases)));
        break;
    case Primary::PopulationAncestry:
        sentences.append(tr("Population origins or ancestry research."));
        break;
    case Primary::Methods:
        sentences.append(
            diseases.isEmpty()
                ? tr("Methods development.")
                : tr("Methods development for %1.").arg(hierarchy.describeList(diseases)));
        break;
    case Primary::ClinicalCare:
        sentences.append(tr("Clinical care."));
        break;
    }
    if (forProfit)
        sentences.append(tr("The user is a for-profit organisation."));
    if (commercial)
        sentences.append(tr("The use is commercial."));
    if (!region.isEmpty())
        sentences.append(tr("The data will be used in %1.").arg(region));
    if (ethicsApproval)
        sentences.append(tr("Ethics approval is held."));
    if (!project.isEmpty())
        sentences.append(tr("The project is %1.").arg(project));
    if (!institution.isEmpty())
        sentences.append(tr("The institution is %1.").arg(institution));
    if (collaboration)
        sentences.append(tr("The user will collaborate with the data's providers."));
    if (publication)
        sentences.append(tr("The results will be published."));
    if (returnData)
        sentences.append(tr("Derived data will be returned to the resource."));
    if (dateGiven && date.isValid())
        sentences.append(tr("The use takes place on %1.").arg(date.toString(Qt::ISODate)));
    return sentences.join(QLatin1Char(' '));
}

QString DataUse::primaryKey(Primary primary)
{
    switch (primary) {
    case Primary::GeneralResearch:
        return QStringLiteral("gru");
    case Primary::HealthMedical:
        return QStringLiteral("hmb");
    case Primary::Disease:
        return QStringLiteral("disease");
    case Primary::PopulationAncestry:
        return QStringLiteral("poa");
    case Primary::Methods:
        return QStringLiteral("methods");
    case Primary::ClinicalCare:
        return QStringLiteral("clinical");
    }
    return QString();
}

bool DataUse::primaryFromKey(const QString& key, Primary* primary)
{
    const QString k = key.trimmed().toLower();
    for (Primary p : {Primary::GeneralResearch, Primary::HealthMedical, Primary::Disease,
                      Primary::PopulationAncestry, Primary::Methods, Primary::ClinicalCare}) {
        if (primaryKey(p) == k) {
            if (primary)
                *primary = p;
            return true;
        }
    }
    return false;
}

QString DataUse::primaryLabel(Primary primary)
{
    switch (primary) {
    case Primary::GeneralResearch:
        return tr("General research");
    case Primary::HealthMedical:
        return tr("Health, medical or biomedical research");
    case Primary::Disease:
        return tr("Disease research");
    case Primary::PopulationAncestry:
        return tr("Population origins or ancestry research");
    case Primary::Methods:
        return tr("Methods development");
    case Primary::ClinicalCare:
        return tr("Clinical care");
    }
    return QString();
}

} // namespace steward
