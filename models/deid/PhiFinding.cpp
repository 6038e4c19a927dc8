#include "models/deid/PhiFinding.h"

#include <QLocale>

namespace steward {
namespace {

struct ClassName
{
    PhiClass c;
    const char* name;
};

const ClassName kClasses[] = {
    {PhiClass::SampleId, "sample-id"},
    {PhiClass::PersonName, "person-name"},
    {PhiClass::Identifier, "identifier"},
    {PhiClass::Date, "date"},
    {PhiClass::Age, "age"},
    {PhiClass::Email, "email"},
    {PhiClass::Phone, "phone"},
    {PhiClass::Url, "url"},
    {PhiClass::IpAddress, "ip-address"},
    {PhiClass::UserPath, "user-path"},
    {PhiClass::Hostname, "hostname"},
    {PhiClass::ZipCode, "zip-code"},
    {PhiClass::DeviceSerial, "device-serial"},
    {PhiClass::FreeText, "free-text"},
    {PhiClass::Provenance, "provenance"},
};

} // namespace

QString PhiFinding::location() const
{
    const QLocale locale;
    QStringList parts;
    if (record >= 0)
        parts << tr("record %1").arg(locale.toString(record + 1));
    else if (line > 0)
        parts << tr("line %1").arg(locale.toString(line));
    if (!field.isEmpty())
        parts << field;
    return parts.join(QStringLiteral(", "));
}

QJsonObject PhiFinding::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("class"), className(phiClass)},
                  {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("field"), field},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("resolved"), resolved}};
    if (line > 0)
        o.insert(QStringLiteral("line"), line);
    if (record >= 0)
        o.insert(QStringLiteral("record"), double(record));
    return o;
}

QString PhiFinding::className(PhiClass c)
{
    for (const auto& n : kClasses)
        if (n.c == c)
            return QString::fromLatin1(n.name);
    return QString();
}

bool PhiFinding::classFromName(const QString& name, PhiClass* c)
{
    for (const auto& n : kClasses)
        if (name == QLatin1String(n.name)) {
            *c = n.c;
            return true;
        }
    return false;
}

QString PhiFinding::classLabel(PhiClass c)
{
    switch (c) {
    case PhiClass::SampleId:
        return tr("Sample identifier");
    case PhiClass::PersonName:
        return tr("Person name");
    case PhiClass::Identifier:
        return tr("Record or account number");
    case PhiClass::Date:
        return tr("Date");
    case PhiClass::Age:
        return tr("Age over 89");
    case PhiClass::Email:
        return tr("Email address");
    case PhiClass::Phone:
        return tr("Phone number");
    case PhiClass::Url:
        return tr("URL");
    case PhiClass::IpAddress:
        return tr("IP address");
    case PhiClass::UserPath:
        return tr("Path in a user folder");
    case PhiClass::Hostname:
        return tr("Host name");
    case PhiClass::ZipCode:
        return tr("ZIP code");
    case PhiClass::DeviceSerial:
        return tr("Instrument or flowcell identifier");
    case PhiClass::FreeText:
        return tr("Free text");
    case PhiClass::Provenance:
        return tr("Tool provenance");
    }
    return QString();
}

QString PhiFinding::severityName(PhiSeverity s)
{
    switch (s) {
    case PhiSeverity::Low:
        return QStringLiteral("low");
    case PhiSeverity::Medium:
        return QStringLiteral("medium");
    case PhiSeverity::High:
        return QStringLiteral("high");
    }
    return QString();
}

bool PhiFinding::severityFromName(const QString& name, PhiSeverity* s)
{
    for (PhiSeverity v : {PhiSeverity::Low, PhiSeverity::Medium, PhiSeverity::High})
        if (severityName(v) == name) {
            *s = v;
            return true;
        }
    return false;
}

QString PhiFinding::severityLabel(PhiSeverity s)
{
    switch (s) {
    case PhiSeverity::Low:
        return tr("Low");
    case PhiSeverity::Medium:
        return tr("Medium");
    case PhiSeverity::High:
        return tr("High");
    }
    return QString();
}

} // namespace steward
