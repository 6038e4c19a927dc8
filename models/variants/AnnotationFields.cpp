#include "models/variants/AnnotationFields.h"

namespace steward {

namespace {

QString unquoted(QString text)
{
    text = text.trimmed();
    while (text.size() >= 2 && ((text.startsWith(u'"') && text.endsWith(u'"')) ||
                                (text.startsWith(u'\'') && text.endsWith(u'\''))))
        text = text.mid(1, text.size() - 2).trimmed();
    return text;
}

/** The part of a compound SnpEff name before " / ", lower case ("cdna.pos"). */
QString shortName(const QString& name)
{
    const int slash = name.indexOf(u'/');
    return (slash < 0 ? name : name.left(slash)).trimmed().toLower();
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/** The character a VEP escape at @p p stands for, or 0 when @p p holds none. */
char escapedChar(std::string_view text, size_t p)
{
    if (p + 2 >= text.size() || text[p] != '%')
        return 0;
    const int high = hexDigit(text[p + 1]);
    const int low = hexDigit(text[p + 2]);
    if (high < 0 || low < 0)
        return 0;
    const char c = char(high * 16 + low);
    return c == ';' || c == '=' || c == ',' ? c : 0;
}

} // namespace

AnnotationFields AnnotationFields::fromDescription(const QString& description)
{
    QString list;
    const int format = description.lastIndexOf(QLatin1String("Format:"), -1, Qt::CaseInsensitive);
    if (format >= 0) {
        list = description.mid(format + 7);
    } else {
        const QLatin1String snpEff("Functional annotations:");
        const int at = description.indexOf(snpEff, 0, Qt::CaseInsensitive);
        if (at < 0)
            return {};
        list = description.mid(at + snpEff.size());
    }
    list = unquoted(list);
    const QStringList parts = list.split(u'|');
    if (parts.size() < 2)
        return {};
    AnnotationFields fields;
    for (const QString& part : parts)
        fields.m_names.append(unquoted(part));
    return fields;
}

AnnotationFields AnnotationFields::fromHeader(const bcf_hdr_t* header, const QString& tag)
{
    if (!header)
        return {};
    const QByteArray id = tag.toUtf8();
    bcf_hrec_t* hrec = bcf_hdr_get_hrec(header, BCF_HL_INFO, "ID", id.constData(), nullptr);
    if (!hrec)
        return {};
    const int key = bcf_hrec_find_key(hrec, "Description");
    if (key < 0 || !hrec->vals[key])
        return {};
    QString description = QString::fromUtf8(hrec->vals[key]);
    if (description.size() >= 2 && description.startsWith(u'"') && description.endsWith(u'"'))
        description = description.mid(1, description.size() - 2); // htslib keeps the quotes
    return fromDescription(description);
}

int AnnotationFields::indexOf(const QString& name) const
{
    int index = int(m_names.indexOf(name));
    if (index >= 0)
        return index;
    for (int i = 0; i < size(); ++i)
        if (m_names[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    const QString wanted = name.trimmed().toLower();
    for (int i = 0; i < size(); ++i)
        if (m_names[i].contains(u'/') && shortName(m_names[i]) == wanted)
            return i;
    return -1;
}

void AnnotationFields::splitEntries(std::string_view value, std::vector<std::string_view>* entries)
{
    entries->clear();
    size_t begin = 0;
    while (begin <= value.size()) {
        size_t end = value.find(',', begin);
        if (end == std::string_view::npos)
            end = value.size();
        entries->push_back(value.substr(begin, end - begin));
        begin = end + 1;
    }
}

std::string_view AnnotationFields::field(std::string_view entry, int index)
{
    size_t begin = 0;
    for (int i = 0; i < index; ++i) {
        const size_t bar = entry.find('|', begin);
        if (bar == std::string_view::npos)
            return {};
        begin = bar + 1;
    }
    size_t end = entry.find('|', begin);
    if (end == std::string_view::npos)
        end = entry.size();
    return entry.substr(begin, end - begin);
}

void AnnotationFields::values(std::string_view field, std::vector<std::string_view>* values)
{
    values->clear();
    size_t begin = 0;
    while (begin <= field.size()) {
        size_t end = field.find('&', begin);
        if (end == std::string_view::npos)
            end = field.size();
        values->push_back(field.substr(begin, end - begin));
        begin = end + 1;
    }
}

bool AnnotationFields::hasEscape(std::string_view value)
{
    for (size_t p = value.find('%'); p != std::string_view::npos; p = value.find('%', p + 1))
        if (escapedChar(value, p))
            return true;
    return false;
}

void AnnotationFields::unescape(std::string_view value, std::string* out)
{
    for (size_t p = 0; p < value.size(); ++p) {
        const char c = value[p] == '%' ? escapedChar(value, p) : 0;
        if (c) {
            out->push_back(c);
            p += 2;
        } else {
            out->push_back(value[p]);
        }
    }
}

QString AnnotationFields::display(std::string_view field)
{
    std::string text;
    std::vector<std::string_view> parts;
    values(field, &parts);
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i)
            text += ", ";
        unescape(parts[i], &text);
    }
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QList<QStringList> AnnotationFields::entries(std::string_view value) const
{
    QList<QStringList> result;
    std::vector<std::string_view> parts;
    splitEntries(value, &parts);
    for (const std::string_view entry : parts) {
        QStringList fields;
        for (int i = 0; i < size(); ++i)
            fields.append(display(field(entry, i)));
        result.append(fields);
    }
    return result;
}

} // namespace steward
