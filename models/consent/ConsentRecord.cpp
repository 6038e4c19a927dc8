#include "models/consent/ConsentRecord.h"

namespace steward {
namespace {

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

bool ConsentRecord::isExcluded(const QDate& on) const
{
    return withdrawn || (expiry.isValid() && on > expiry);
}

QString ConsentRecord::exclusionReason(const QDate& on) const
{
    if (withdrawn) {
        return withdrawnDate.isValid() ? tr("Consent withdrawn on %1.").arg(isoDate(withdrawnDate))
                                       : tr("Consent withdrawn.");
    }
    if (expiry.isValid() && on > expiry)
        return tr("Consent expired on %1.").arg(isoDate(expiry));
    return QString();
}

QString ConsentRecord::fingerprint() const
{
    return QStringList{consent, isoDate(consentDate), isoDate(expiry),
                       withdrawn ? QStringLiteral("withdrawn") : QString(), documentSha256}
        .join(QLatin1Char('|'));
}

QJsonObject ConsentRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("sample_id"), sampleId}, {QStringLiteral("consent"), consent}};
    if (!dataset.isEmpty())
        o.insert(QStringLiteral("dataset"), dataset);
    if (consentDate.isValid())
        o.insert(QStringLiteral("consent_date"), isoDate(consentDate));
    if (expiry.isValid())
        o.insert(QStringLiteral("expiry"), isoDate(expiry));
    if (withdrawn)
        o.insert(QStringLiteral("withdrawn"),
                 withdrawnDate.isValid() ? isoDate(withdrawnDate) : QStringLiteral("yes"));
    if (!documentPath.isEmpty()) {
        o.insert(QStringLiteral("document"), documentPath);
        o.insert(QStringLiteral("document_sha256"), documentSha256);
    }
    if (!attributes.isEmpty())
        o.insert(QStringLiteral("attributes"), attributes);
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    return o;
}

bool ConsentRecord::sameContent(const ConsentRecord& o) const
{
    return dataset == o.dataset && sampleId == o.sampleId && consent == o.consent &&
           consentDate == o.consentDate && expiry == o.expiry && withdrawn == o.withdrawn &&
           withdrawnDate == o.withdrawnDate && documentPath == o.documentPath &&
           documentSha256 == o.documentSha256 && attributes == o.attributes;
}

} // namespace steward
