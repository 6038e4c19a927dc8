#include "models/deid/SidecarRules.h"

#include <algorithm>

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace steward {
namespace {

const QRegularExpression& isoPattern()
{
    // 1987-03-14, 1987-03-14T10:17:36.000000100Z, 1987-03-14 10:17, +02:00 offsets.
    static const QRegularExpression p(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                       "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                       "(?:Z|[+-]\\d{2}:?\\d{2})?)?$"));
    return p;
}
const QRegularExpression& ymdSlashPattern()
{
    static const QRegularExpression p(QStringLiteral("^(\\d{4})/(\\d{1,2})/(\\d{1,2})$"));
    return p;
}
const QRegularExpression& numericPattern()
{
    static const QRegularExpression p(QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})$"));
    return p;
}
const QRegularExpression& dayMonthNamePattern()
{
    static const QRegularExpression p(
        QStringLiteral("^(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ -](\\d{4})$"));
    return p;
}
const QRegularExpression& monthNameDayPattern()
{
    static const QRegularExpression p(
        QStringLiteral("^([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})$"));
    return p;
}
const QRegularExpression& yearMonthPattern()
{
    static const QRegularExpression p(QStringLiteral("^(\\d{4})[-/](\\d{1,2})$"));
    return p;
}
const QRegularExpression& compactPattern()
{
    static const QRegularExpression p(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    return p;
}

int monthNumber(const QString& name)
{
    static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.toLower();
    if (lower.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i)
        if (lower.startsWith(QLatin1String(kMonths[i])))
            return i + 1;
    return 0;
}

/** A date value as read, with what is needed to write a shifted one in the same shape. */
struct ParsedDate
{
    enum class Shape
    {
        Iso,
        YmdSlash,
        Numeric,
        DayMonthName,
        MonthNameDay,
        YearMonth,
        Compact
    };
    QDate date;
    Shape shape = Shape::Iso;
    bool hasTime = false;
    bool dayFirst = false;
    QChar separator;
};

bool parse(const QString& input, SidecarRules::DateOrder order, bool compact, ParsedDate* out)
{
    const QString text = input.trimmed();
    QRegularExpressionMatch m = isoPattern().match(text);
    if (m.hasMatch()) {
        out->shape = ParsedDate::Shape::Iso;
        out->date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        out->hasTime = !m.captured(4).isEmpty();
        return out->date.isValid();
    }
    m = ymdSlashPattern().match(text);
    if (m.hasMatch()) {
        out->shape = ParsedDate::Shape::YmdSlash;
        out->date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return out->date.isValid();
    }
    m = numericPattern().match(text);
    if (m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        const int year = m.captured(4).toInt();
        out->shape = ParsedDate::Shape::Numeric;
        out->separator = m.captured(2).at(0);
        // Dotted dates are day-first in every country that writes them.
        out->dayFirst = order == SidecarRules::DateOrder::DayFirst || a > 12 ||
                        out->separator == QLatin1Char('.');
        if (b > 12 && order != SidecarRules::DateOrder::DayFirst)
            out->dayFirst = false;
        out->date = out->dayFirst ? QDate(year, b, a) : QDate(year, a, b);
        return out->date.isValid();
    }
    m = dayMonthNamePattern().match(text);
    if (m.hasMatch()) {
        out->shape = ParsedDate::Shape::DayMonthName;
        out->date = QDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
        return out->date.isValid();
    }
    m = monthNameDayPattern().match(text);
    if (m.hasMatch()) {
        out->shape = ParsedDate::Shape::MonthNameDay;
        out->date = QDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt());
        return out->date.isValid();
    }
    m = yearMonthPattern().match(text);
    if (m.hasMatch()) {
        out->shape = ParsedDate::Shape::YearMonth;
        out->separator = text.at(4);
        out->date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return out->date.isValid();
    }
    if (compact) {
        m = compactPattern().match(text);
        if (m.hasMatch()) {
            out->shape = ParsedDate::Shape::Compact;
            out->date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            return out->date.isValid() && out->date.year() >= 1800 && out->date.year() <= 2200;
        }
    }
    return false;
}

QString format(const ParsedDate& p, const QDate& d, SidecarRules::DateStyle style)
{
    const QString year = QString::number(d.year()).rightJustified(4, QLatin1Char('0'));
    const QString month = QString::number(d.month()).rightJustified(2, QLatin1Char('0'));
    const QString day = QString::number(d.day()).rightJustified(2, QLatin1Char('0'));
    switch (p.shape) {
    case ParsedDate::Shape::Iso: {
        const QString date = year + QLatin1Char('-') + month + QLatin1Char('-') + day;
        // The time of day is identifying too (a time of birth): it is not carried over.
        return style == SidecarRules::DateStyle::Timestamp && p.hasTime
                   ? date + QStringLiteral("T00:00:00Z")
                   : date;
    }
    case ParsedDate::Shape::YmdSlash:
        return year + QLatin1Char('/') + month + QLatin1Char('/') + day;
    case ParsedDate::Shape::Numeric:
        return p.dayFirst ? day + p.separator + month + p.separator + year
                          : month + p.separator + day + p.separator + year;
    case ParsedDate::Shape::DayMonthName:
    case ParsedDate::Shape::MonthNameDay:
        return year + QLatin1Char('-') + month + QLatin1Char('-') + day;
    case ParsedDate::Shape::YearMonth:
        return year + p.separator + month;
    case ParsedDate::Shape::Compact:
        return year + month + day;
    }
    return year;
}

} // namespace

SidecarRules::SidecarRules(const DeidTransformParams& params) : m_params(params)
{
    for (const QString& f : params.profile.sidecars.dropFields)
        m_dropFieldKeys.insert(key(f));
}

// --- identifiers ---

QString SidecarRules::individual(const QString& id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("0") || trimmed == QLatin1String("-9"))
        return id;
    learnId(trimmed);
    auto it = m_params.pseudonyms.constFind(trimmed);
    QString out;
    if (it != m_params.pseudonyms.constEnd())
        out = it.value();
    else if (m_params.profile.samples.pseudonymize && m_params.pseudonymizer)
        out = m_params.pseudonymizer->sample(trimmed);
    else
        return id;
    if (out != id)
        ++counts.pseudonymised;
    return out;
}

QString SidecarRules::family(const QString& id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("0") || !m_params.pseudonymizer ||
        !m_params.profile.samples.pseudonymize)
        return id;
    ++counts.families;
    return m_params.pseudonymizer->family(trimmed);
}

bool SidecarRules::isDropped(const QString& id) const
{
    return !id.trimmed().isEmpty() && m_params.dropSamples.contains(id.trimmed());
}

void SidecarRules::learnId(const QString& id)
{
    // Very short ids ("1", "A") would replace parts of unrelated words.
    if (id.size() < 3 || m_known.contains(id))
        return;
    m_known.insert(id);
    m_knownDirty = true;
}

void SidecarRules::learnFamily(const QString& id)
{
    if (id.size() < 3 || m_knownFamilies.contains(id))
        return;
    m_knownFamilies.insert(id);
    m_knownDirty = true;
}

QString SidecarRules::withIdsReplaced(const QString& text)
{
    if (m_knownDirty || m_knownByLength.isEmpty()) {
        QSet<QString> all = m_known + m_knownFamilies;
        for (auto it = m_params.pseudonyms.constBegin(); it != m_params.pseudonyms.constEnd(); ++it)
            if (it.key().size() >= 3)
                all.insert(it.key());
        m_knownByLength = QStringList(all.cbegin(), all.cend());
        std::sort(m_knownByLength.begin(), m_knownByLength.end(),
                  [](const QString& a, const QString& b) {
                      return a.size() != b.size() ? a.size() > b.size() : a < b;
                  });
        m_knownDirty = false;
    }
    QString out = text;
    for (const QString& id : std::as_const(m_knownByLength)) {
        if (!out.contains(id))
            continue;
        auto it = m_params.pseudonyms.constFind(id);
        QString replacement;
        if (m_knownFamilies.contains(id) && !m_known.contains(id)) {
            if (!m_params.profile.samples.pseudonymize || !m_params.pseudonymizer)
                continue;
            replacement = m_params.pseudonymizer->family(id);
        } else if (it != m_params.pseudonyms.constEnd())
            replacement = it.value();
        else if (m_params.profile.samples.pseudonymize && m_params.pseudonymizer)
            replacement = m_params.pseudonymizer->sample(id);
        else
            continue;
        out.replace(id, replacement);
    }
    return out;
}

QString SidecarRules::documentId(const QString& id)
{
    if (id.isEmpty())
        return id;
    const QString replaced = withIdsReplaced(id);
    if (replaced != id) {
        ++counts.documentIds;
        return replaced;
    }
    if (!m_params.profile.samples.pseudonymize || !m_params.pseudonymizer)
        return id;
    ++counts.documentIds;
    return QStringLiteral("D-") +
           Pseudonymizer::base32(m_params.pseudonymizer->mac("sidecar-document", id.toUtf8()),
                                 m_params.pseudonymizer->length());
}

QString SidecarRules::fileName(const QString& uri)
{
    QString path = uri;
    const QUrl url(uri);
    if (url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1)
        path = url.path().isEmpty() ? url.host() : url.path();
    while (path.endsWith(QLatin1Char('/')) || path.endsWith(QLatin1Char('\\')))
        path.chop(1);
    const qsizetype slash =
        std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    const QString name = withIdsReplaced(path.mid(slash + 1));
    if (name != uri)
        ++counts.uris;
    return name;
}

// --- dates ---

bool SidecarRules::isDate(const QString& text, bool compact)
{
    ParsedDate p;
    return parse(text, DateOrder::Unknown, compact, &p);
}

QDate SidecarRules::parseDate(const QString& text, DateOrder order, bool compact)
{
    ParsedDate p;
    return parse(text, order, compact, &p) ? p.date : QDate();
}

SidecarRules::DateOrder SidecarRules::guessOrder(const QStringList& cells)
{
    bool dayFirst = false;
    bool monthFirst = false;
    for (const QString& c : cells) {
        const QRegularExpressionMatch m = numericPattern().match(c.trimmed());
        if (!m.hasMatch())
            continue;
        dayFirst |= m.captured(1).toInt() > 12 || m.captured(2) == QLatin1String(".");
        monthFirst |= m.captured(3).toInt() > 12;
    }
    if (dayFirst && !monthFirst)
        return DateOrder::DayFirst;
    if (monthFirst && !dayFirst)
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

QString SidecarRules::date(const QString& text, const QString& individual, DateStyle style,
                           DateOrder order, bool compact)
{
    const DeidProfile::DatePolicy policy = sidecars().dates;
    if (policy == DeidProfile::DatePolicy::Keep || text.trimmed().isEmpty() || isMissing(text))
        return text;
    static const QRegularExpression yearOnly(QStringLiteral("^\\s*\\d{4}\\s*$"));
    if (yearOnly.match(text).hasMatch())
        return text; // nothing finer than the year to remove

    ParsedDate p;
    if (!parse(text, order, compact, &p)) {
        // Not a date this reader knows, in a place dates go: keep only a year it names.
        static const QRegularExpression anyYear(QStringLiteral("\\b(1[89]\\d\\d|2[01]\\d\\d)\\b"));
        const QRegularExpressionMatch m = anyYear.match(text);
        if (policy == DeidProfile::DatePolicy::YearOnly && m.hasMatch() &&
            !anyYear.match(text, m.capturedEnd()).hasMatch()) {
            ++counts.datesYear;
            return m.captured(1);
        }
        ++counts.datesBlanked;
        return QString();
    }
    const bool shift = policy == DeidProfile::DatePolicy::Shift && !individual.trimmed().isEmpty();
    if (policy == DeidProfile::DatePolicy::Shift && !shift)
        ++counts.datesNoIndividual;
    if (!shift) {
        ++counts.datesYear;
        const QString year = QString::number(p.date.year()).rightJustified(4, QLatin1Char('0'));
        // A protobuf Timestamp must stay a full timestamp: 1 January of the year.
        return style == DateStyle::Timestamp && p.hasTime
                   ? year + QStringLiteral("-01-01T00:00:00Z")
                   : year;
    }
    ++counts.datesShifted;
    const int days =
        m_params.pseudonymizer->dateShiftDays(individual.trimmed(), sidecars().shiftMaxDays);
    return format(p, p.date.addDays(days), style);
}

// --- ages, ZIP codes, free text ---

QString SidecarRules::age(const QString& text, DateStyle style)
{
    if (!sidecars().agesOver89)
        return text;
    static const QRegularExpression number(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(?:y|yr|yrs|year|years|years old)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression duration(QStringLiteral("^\\s*P(\\d+)Y"));
    QRegularExpressionMatch m = duration.match(text);
    if (m.hasMatch()) {
        if (m.captured(1).toInt() < 90)
            return text;
        ++counts.ages;
        return style == DateStyle::Timestamp ? QStringLiteral("P90Y") : QStringLiteral("90+");
    }
    m = number.match(text);
    if (!m.hasMatch() || m.captured(1).toDouble() < 90.0)
        return text;
    ++counts.ages;
    return QStringLiteral("90+");
}

QString SidecarRules::zip(const QString& text)
{
    const int digits = sidecars().zipDigits;
    if (digits < 0 || isMissing(text))
        return text;
    QString out;
    for (const QChar c : text) {
        if (out.size() >= digits)
            break;
        if (c.isLetterOrNumber())
            out += c;
    }
    // HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)(B)): a three-digit US ZIP prefix whose area
    // holds 20,000 people or fewer becomes 000. These are the prefixes the Census data the
    // rule points at lists (2000 census, as published by HHS).
    static const QStringList sparse = {
        QStringLiteral("036"), QStringLiteral("059"), QStringLiteral("063"), QStringLiteral("102"),
        QStringLiteral("203"), QStringLiteral("556"), QStringLiteral("692"), QStringLiteral("790"),
        QStringLiteral("821"), QStringLiteral("823"), QStringLiteral("830"), QStringLiteral("831"),
        QStringLiteral("878"), QStringLiteral("879"), QStringLiteral("884"), QStringLiteral("890"),
        QStringLiteral("893")};
    if (digits == 3 && out.size() == 3 && sparse.contains(out)) {
        out = QStringLiteral("000");
        ++counts.sparseZips;
    }
    if (out != text)
        ++counts.zips;
    return out;
}

QString SidecarRules::scrub(const QString& text)
{
    if (!m_params.scrubText || text.isEmpty())
        return text;
    const QString out = m_params.scrubText(text);
    if (out != text)
        ++counts.freeTextScrubbed;
    return out;
}

// --- names ---

QString SidecarRules::key(const QString& name)
{
    QString k;
    k.reserve(name.size());
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            k += c.toLower();
    return k;
}

bool SidecarRules::isDropField(const QString& name) const
{
    return m_dropFieldKeys.contains(key(name));
}

bool SidecarRules::isFreeTextName(const QString& name)
{
    static const QSet<QString> names{
        QStringLiteral("description"),   QStringLiteral("notes"),    QStringLiteral("note"),
        QStringLiteral("comment"),       QStringLiteral("comments"), QStringLiteral("remarks"),
        QStringLiteral("remark"),        QStringLiteral("freetext"), QStringLiteral("narrative"),
        QStringLiteral("clinicalnotes"), QStringLiteral("history"),  QStringLiteral("summary")};
    const QString k = key(name);
    if (names.contains(k))
        return true;
    // clinical_notes, lab_comment, sample_description ...
    const QString lower = name.toLower();
    return lower.endsWith(QLatin1String("notes")) || lower.endsWith(QLatin1String("_note")) ||
           lower.endsWith(QLatin1String("comment")) || lower.endsWith(QLatin1String("comments")) ||
           lower.endsWith(QLatin1String("_description")) ||
           lower.endsWith(QLatin1String("remarks"));
}

bool SidecarRules::isMissing(const QString& text)
{
    static const QSet<QString> tokens{QStringLiteral("na"),
                                      QStringLiteral("n/a"),
                                      QStringLiteral("nan"),
                                      QStringLiteral("null"),
                                      QStringLiteral("none"),
                                      QStringLiteral("unknown"),
                                      QStringLiteral("."),
                                      QStringLiteral("-"),
                                      QStringLiteral("?"),
                                      QStringLiteral("missing"),
                                      QStringLiteral("not available")};
    return tokens.contains(text.trimmed().toLower());
}

// --- counts ---

QStringList SidecarRules::changes() const
{
    QStringList out;
    const Counts& c = counts;
    if (c.pseudonymised)
        out << tr("Replaced %n individual or sample identifier(s) by pseudonyms.", nullptr,
                  c.pseudonymised);
    if (c.families)
        out << tr("Replaced %n family identifier(s) by pseudonyms.", nullptr, c.families);
    if (c.documentIds)
        out << tr("Rewrote %n document identifier(s) that could name a person.", nullptr,
                  c.documentIds);
    if (c.droppedRecords)
        out << tr("Removed %n record(s) of withdrawn or excluded individuals.", nullptr,
                  c.droppedRecords);
    if (c.parentsCleared)
        out << tr("Cleared %n parent reference(s) to removed individuals.", nullptr,
                  c.parentsCleared);
    if (c.datesYear)
        out << tr("Reduced %n date(s) to the year.", nullptr, c.datesYear);
    if (c.datesShifted)
        out << tr("Shifted %n date(s) by each individual's keyed offset (at most %1 days).",
                  nullptr, c.datesShifted)
                   .arg(sidecars().shiftMaxDays);
    if (c.datesNoIndividual)
        out << tr("Reduced %n date(s) to the year because no individual owns them, so they "
                  "cannot be shifted consistently.",
                  nullptr, c.datesNoIndividual);
    if (c.datesBlanked)
        out << tr("Blanked %n value(s) in date fields that could not be read as dates.", nullptr,
                  c.datesBlanked);
    if (c.ages)
        out << tr("Grouped %n age(s) over 89 as 90 or older.", nullptr, c.ages);
    if (c.zips)
        out << tr("Cut %n ZIP or postal code(s) to %1 characters.", nullptr, c.zips)
                   .arg(sidecars().zipDigits);
    if (c.sparseZips)
        out << tr("Replaced %n ZIP prefix(es) of areas with 20,000 people or fewer by 000.",
                  nullptr, c.sparseZips);
    if (c.freeTextDropped)
        out << tr("Dropped %n free-text field(s).", nullptr, c.freeTextDropped);
    if (c.freeTextScrubbed)
        out << tr("Scrubbed identifying text in %n free-text value(s).", nullptr,
                  c.freeTextScrubbed);
    if (c.uris)
        out << tr("Reduced %n file URI(s) to the file name.", nullptr, c.uris);
    for (auto it = c.droppedFields.cbegin(); it != c.droppedFields.cend(); ++it)
        out << tr("Dropped \"%1\" (%n time(s)), a field the profile removes.", nullptr, it.value())
                   .arg(it.key());
    return out;
}

} // namespace steward
