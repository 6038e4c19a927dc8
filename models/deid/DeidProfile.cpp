#include "models/deid/DeidProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "models/common/Digest.h"

namespace steward {
namespace {

const QString kFormat = QStringLiteral("steward-deid-profile");

/** Walks a JSON object, refusing keys it does not know and values of the wrong type. */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(DeidProfile)

public:
    Reader(const QJsonObject& object, QString path, QString source)
        : m_object(object), m_path(std::move(path)), m_source(std::move(source))
    {}

    bool checkKeys(const QStringList& known, QString* error) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!known.contains(it.key())) {
                *error = tr("%1: unknown key \"%2\" (known keys: %3)")
                             .arg(where(it.key()), it.key(), known.join(QStringLiteral(", ")));
                return false;
            }
        return true;
    }
    bool string(const QString& key, QString* out, QString* error, bool required = false) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return !required || fail(key, tr("is missing"), error);
        if (!v.isString())
            return fail(key, tr("must be a string"), error);
        *out = v.toString();
        return true;
    }
    bool integer(const QString& key, int min, int max, int* out, QString* error) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(int(d)) || d < min || d > max)
            return fail(key, tr("must be a whole number from %1 to %2").arg(min).arg(max), error);
        *out = int(d);
        return true;
    }
    bool boolean(const QString& key, bool* out, QString* error) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(key, tr("must be true or false"), error);
        *out = v.toBool();
        return true;
    }
    bool strings(const QString& key, QStringList* out, QString* error,
                 const QRegularExpression& pattern = QRegularExpression()) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(key, tr("must be a list of strings"), error);
        out->clear();
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                return fail(key, tr("must be a list of non-empty strings"), error);
            if (pattern.isValid() && !pattern.pattern().isEmpty() &&
                !pattern.match(item.toString()).hasMatch())
                return fail(key, tr("has an invalid entry \"%1\"").arg(item.toString()), error);
            out->append(item.toString());
        }
        return true;
    }
    template <typename E>
    bool choice(const QString& key, const QList<QPair<QString, E>>& options, E* out,
                QString* error) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return true;
        QStringList names;
        for (const auto& o : options) {
            names << o.first;
            if (v.toString() == o.first) {
                *out = o.second;
                return true;
            }
        }
        return fail(key, tr("must be one of %1").arg(names.join(QStringLiteral(", "))), error);
    }
    bool child(const QString& key, Reader* out, QString* error) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isObject())
            return fail(key, tr("must be an object"), error);
        *out = Reader(v.toObject(), m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key,
                      m_source);
        return true;
    }

private:
    QString where(const QString& key) const
    {
        const QString path = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
        return tr("Profile %1, key %2").arg(m_source, path);
    }
    bool fail(const QString& key, const QString& problem, QString* error) const
    {
        *error = QStringLiteral("%1 %2").arg(where(key), problem);
        return false;
    }

    QJsonObject m_object;
    QString m_path;
    QString m_source;
};

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

const QList<QPair<QString, DeidProfile::ReadNamePolicy>>& readNameOptions()
{
    static const QList<QPair<QString, DeidProfile::ReadNamePolicy>> options = {
        {QStringLiteral("keep"), DeidProfile::ReadNamePolicy::Keep},
        {QStringLiteral("counter"), DeidProfile::ReadNamePolicy::Counter},
        {QStringLiteral("keyed-hash"), DeidProfile::ReadNamePolicy::KeyedHash}};
    return options;
}

const QList<QPair<QString, DeidProfile::DatePolicy>>& dateOptions()
{
    static const QList<QPair<QString, DeidProfile::DatePolicy>> options = {
        {QStringLiteral("keep"), DeidProfile::DatePolicy::Keep},
        {QStringLiteral("year"), DeidProfile::DatePolicy::YearOnly},
        {QStringLiteral("shift"), DeidProfile::DatePolicy::Shift}};
    return options;
}

} // namespace

QString DeidProfile::readNamePolicyName(ReadNamePolicy p)
{
    for (const auto& o : readNameOptions())
        if (o.second == p)
            return o.first;
    return QString();
}

QString DeidProfile::datePolicyName(DatePolicy p)
{
    for (const auto& o : dateOptions())
        if (o.second == p)
            return o.first;
    return QString();
}

QJsonObject DeidProfile::toJson() const
{
    QJsonObject json{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), version},
        {QStringLiteral("description"), description},
        {QStringLiteral("vcf"),
         QJsonObject{{QStringLiteral("keepHeaderKeys"), toArray(vcf.keepHeaderKeys)},
                     {QStringLiteral("contigAttributes"), toArray(vcf.contigAttributes)},
                     {QStringLiteral("removeInfo"), toArray(vcf.removeInfo)},
                     {QStringLiteral("removeFormat"), toArray(vcf.removeFormat)},
                     {QStringLiteral("scrubDescriptions"), vcf.scrubDescriptions}}},
        {QStringLiteral("sam"),
         QJsonObject{{QStringLiteral("keepRecordTypes"), toArray(sam.keepRecordTypes)},
                     {QStringLiteral("sqAttributes"), toArray(sam.sqAttributes)},
                     {QStringLiteral("rgAttributes"), toArray(sam.rgAttributes)},
                     {QStringLiteral("renameReadGroups"), sam.renameReadGroups},
                     {QStringLiteral("stripTags"), toArray(sam.stripTags)},
                     {QStringLiteral("readNames"), readNamePolicyName(sam.readNames)}}},
        {QStringLiteral("samples"),
         QJsonObject{{QStringLiteral("pseudonymize"), samples.pseudonymize},
                     {QStringLiteral("prefix"), samples.prefix},
                     {QStringLiteral("length"), samples.length}}},
        {QStringLiteral("sidecars"),
         QJsonObject{{QStringLiteral("dates"), datePolicyName(sidecars.dates)},
                     {QStringLiteral("shiftMaxDays"), sidecars.shiftMaxDays},
                     {QStringLiteral("agesOver89"), sidecars.agesOver89},
                     {QStringLiteral("zipDigits"), sidecars.zipDigits},
                     {QStringLiteral("dropFreeText"), sidecars.dropFreeText},
                     {QStringLiteral("dropFields"), toArray(sidecars.dropFields)}}},
    };
    if (vcf.byteIdentityCheck) { // written only when set: older profiles keep their hash
        QJsonObject v = json.value(QStringLiteral("vcf")).toObject();
        v.insert(QStringLiteral("headerOnlyCheck"), QStringLiteral("bytes"));
        json.insert(QStringLiteral("vcf"), v);
    }
    return json;
}

bool DeidProfile::fromJson(const QJsonObject& json, const QString& source, DeidProfile* profile,
                           QString* error)
{
    DeidProfile p;
    p.source = source;
    const Reader root(json, QString(), source);
    QString format;
    int formatVersion = 0;
    if (!root.checkKeys(
            {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("name"),
             QStringLiteral("version"), QStringLiteral("description"), QStringLiteral("vcf"),
             QStringLiteral("sam"), QStringLiteral("samples"), QStringLiteral("sidecars")},
            error) ||
        !root.string(QStringLiteral("format"), &format, error, true) ||
        !root.integer(QStringLiteral("formatVersion"), 1, 1000, &formatVersion, error) ||
        !root.string(QStringLiteral("name"), &p.name, error, true) ||
        !root.integer(QStringLiteral("version"), 1, 1000000, &p.version, error) ||
        !root.string(QStringLiteral("description"), &p.description, error))
        return false;
    if (format != kFormat) {
        *error = tr("Profile %1 is not a Steward de-identification profile (format \"%2\", "
                    "expected \"%3\")")
                     .arg(source, format, kFormat);
        return false;
    }
    if (formatVersion != kFormatVersion) {
        *error = tr("Profile %1 has format version %2; this Steward reads version %3")
                     .arg(source)
                     .arg(formatVersion)
                     .arg(kFormatVersion);
        return false;
    }
    if (p.name.trimmed().isEmpty()) {
        *error = tr("Profile %1 has an empty name").arg(source);
        return false;
    }

    static const QRegularExpression headerKey(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    static const QRegularExpression samType(QStringLiteral("^(HD|SQ|RG|PG|CO)$"));
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z][A-Za-z0-9]$"));
    static const QRegularExpression fieldId(QStringLiteral("^[A-Za-z_][0-9A-Za-z_.]*$"));

    Reader vcf(QJsonObject(), QString(), source);
    QString check;
    if (!root.child(QStringLiteral("vcf"), &vcf, error) ||
        !vcf.checkKeys({QStringLiteral("keepHeaderKeys"), QStringLiteral("contigAttributes"),
                        QStringLiteral("removeInfo"), QStringLiteral("removeFormat"),
                        QStringLiteral("scrubDescriptions"), QStringLiteral("headerOnlyCheck")},
                       error) ||
        !vcf.strings(QStringLiteral("keepHeaderKeys"), &p.vcf.keepHeaderKeys, error, headerKey) ||
        !vcf.strings(QStringLiteral("contigAttributes"), &p.vcf.contigAttributes, error,
                     headerKey) ||
        !vcf.strings(QStringLiteral("removeInfo"), &p.vcf.removeInfo, error, fieldId) ||
        !vcf.strings(QStringLiteral("removeFormat"), &p.vcf.removeFormat, error, fieldId) ||
        !vcf.boolean(QStringLiteral("scrubDescriptions"), &p.vcf.scrubDescriptions, error) ||
        !vcf.string(QStringLiteral("headerOnlyCheck"), &check, error))
        return false;
    if (!check.isEmpty() && check != QLatin1String("decode") && check != QLatin1String("bytes")) {
        *error = tr("Profile %1, key vcf.headerOnlyCheck: \"%2\" is not \"decode\" or \"bytes\"")
                     .arg(source, check);
        return false;
    }
    p.vcf.byteIdentityCheck = check == QLatin1String("bytes");
    if (p.vcf.removeFormat.contains(QStringLiteral("GT"))) {
        *error = tr("Profile %1, key vcf.removeFormat: GT cannot be removed (the genotypes are "
                    "what the validation digest protects)")
                     .arg(source);
        return false;
    }

    Reader sam(QJsonObject(), QString(), source);
    if (!root.child(QStringLiteral("sam"), &sam, error) ||
        !sam.checkKeys({QStringLiteral("keepRecordTypes"), QStringLiteral("sqAttributes"),
                        QStringLiteral("rgAttributes"), QStringLiteral("renameReadGroups"),
                        QStringLiteral("stripTags"), QStringLiteral("readNames")},
                       error) ||
        !sam.strings(QStringLiteral("keepRecordTypes"), &p.sam.keepRecordTypes, error, samType) ||
        !sam.strings(QStringLiteral("sqAttributes"), &p.sam.sqAttributes, error, twoLetters) ||
        !sam.strings(QStringLiteral("rgAttributes"), &p.sam.rgAttributes, error, twoLetters) ||
        !sam.boolean(QStringLiteral("renameReadGroups"), &p.sam.renameReadGroups, error) ||
        !sam.strings(QStringLiteral("stripTags"), &p.sam.stripTags, error, twoLetters) ||
        !sam.choice(QStringLiteral("readNames"), readNameOptions(), &p.sam.readNames, error))
        return false;
    for (const QString& keep : {QStringLiteral("HD"), QStringLiteral("SQ")})
        if (!p.sam.keepRecordTypes.contains(keep))
            p.sam.keepRecordTypes.append(keep); // structural: reads refer to @SQ by index

    Reader samples(QJsonObject(), QString(), source);
    if (!root.child(QStringLiteral("samples"), &samples, error) ||
        !samples.checkKeys(
            {QStringLiteral("pseudonymize"), QStringLiteral("prefix"), QStringLiteral("length")},
            error) ||
        !samples.boolean(QStringLiteral("pseudonymize"), &p.samples.pseudonymize, error) ||
        !samples.string(QStringLiteral("prefix"), &p.samples.prefix, error) ||
        !samples.integer(QStringLiteral("length"), 1, 26, &p.samples.length, error))
        return false;
    static const QRegularExpression prefix(QStringLiteral("^[A-Za-z0-9_\\-]{0,16}$"));
    if (!prefix.match(p.samples.prefix).hasMatch()) {
        *error = tr("Profile %1, key samples.prefix must be up to 16 letters, digits, '-' or "
                    "'_'")
                     .arg(source);
        return false;
    }

    Reader side(QJsonObject(), QString(), source);
    if (!root.child(QStringLiteral("sidecars"), &side, error) ||
        !side.checkKeys({QStringLiteral("dates"), QStringLiteral("shiftMaxDays"),
                         QStringLiteral("agesOver89"), QStringLiteral("zipDigits"),
                         QStringLiteral("dropFreeText"), QStringLiteral("dropFields")},
                        error) ||
        !side.choice(QStringLiteral("dates"), dateOptions(), &p.sidecars.dates, error) ||
        !side.integer(QStringLiteral("shiftMaxDays"), 1, 3650, &p.sidecars.shiftMaxDays, error) ||
        !side.boolean(QStringLiteral("agesOver89"), &p.sidecars.agesOver89, error) ||
        !side.integer(QStringLiteral("zipDigits"), -1, 5, &p.sidecars.zipDigits, error) ||
        !side.boolean(QStringLiteral("dropFreeText"), &p.sidecars.dropFreeText, error) ||
        !side.strings(QStringLiteral("dropFields"), &p.sidecars.dropFields, error))
        return false;

    p.sha256 =
        QString::fromLatin1(Digest::hash(Digest::Algorithm::Sha256,
                                         QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact))
                                .toHex());
    *profile = p;
    return true;
}

bool DeidProfile::load(const QString& path, DeidProfile* profile, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read profile %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = doc.isNull() ? tr("Profile %1 is not valid JSON at offset %2: %3")
                                    .arg(path)
                                    .arg(parseError.offset)
                                    .arg(parseError.errorString())
                              : tr("Profile %1 must be a JSON object").arg(path);
        return false;
    }
    return fromJson(doc.object(), path, profile, error);
}

QStringList DeidProfile::builtInNames()
{
    return {QStringLiteral("safe-harbor"), QStringLiteral("research-minimal")};
}

bool DeidProfile::resolve(const QString& nameOrPath, DeidProfile* profile, QString* error)
{
    if (builtInNames().contains(nameOrPath)) {
        const bool ok = load(QStringLiteral(":/profiles/%1.json").arg(nameOrPath), profile, error);
        if (ok)
            profile->source = QStringLiteral("builtin:") + nameOrPath;
        return ok;
    }
    if (!QFileInfo::exists(nameOrPath)) {
        *error = tr("No profile named \"%1\" (shipped: %2) and no such file")
                     .arg(nameOrPath, builtInNames().join(QStringLiteral(", ")));
        return false;
    }
    return load(nameOrPath, profile, error);
}

DeidProfile DeidProfile::strictDefault()
{
    DeidProfile p;
    QString error;
    if (!resolve(QStringLiteral("safe-harbor"), &p, &error))
        qFatal("The shipped safe-harbor profile does not load: %s", qPrintable(error));
    return p;
}

} // namespace steward
