#include "models/consent/Consent.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>

#include "models/consent/DiseaseHierarchy.h"
#include "models/consent/DuoTermTable.h"
#include "models/consent/RegionCodes.h"

namespace steward {
namespace {

/** One `;`-separated item of the CONSENT text, before it is read. */
struct Item
{
    QString text;            // trimmed
    int column = 0;          // 1-based column of its first character
    bool unclosed = false;   // a '(' without its ')'
    bool strayClose = false; // a ')' without its '('
};

Item makeItem(const QString& text, int start, int end, bool strayClose, bool unclosed)
{
    const QString raw = text.mid(start, end - start);
    int lead = 0;
    while (lead < raw.size() && raw.at(lead).isSpace())
        ++lead;
    Item item;
    item.text = raw.trimmed();
    item.column = start + (item.text.isEmpty() ? 0 : lead) + 1;
    item.strayClose = strayClose;
    item.unclosed = unclosed;
    return item;
}

/** Splits at the semicolons outside parentheses, so a project name may hold one. */
QVector<Item> splitItems(const QString& text)
{
    QVector<Item> items;
    int depth = 0;
    int start = 0;
    bool stray = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('(')) {
            ++depth;
        } else if (ch == QLatin1Char(')')) {
            if (depth == 0)
                stray = true;
            else
                --depth;
        } else if (ch == QLatin1Char(';') && depth == 0) {
            items.append(makeItem(text, start, i, stray, false));
            start = i + 1;
            stray = false;
        }
    }
    items.append(makeItem(text, start, int(text.size()), stray, depth > 0));
    return items;
}

bool isIsoDate(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return re.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

bool takesList(DuoTerm::Parameter p)
{
    return p == DuoTerm::Parameter::Diseases || p == DuoTerm::Parameter::Regions ||
           p == DuoTerm::Parameter::Date || p == DuoTerm::Parameter::MonthsOrDate;
}

/** Reads one code's parameters; returns false (with problems added) when they are wrong. */
class ParameterReader
{
    Q_DECLARE_TR_FUNCTIONS(Consent)

public:
    ParameterReader(const QString& code, int column, QVector<ConsentProblem>* problems)
        : m_code(code), m_column(column), m_problems(problems)
    {}

    bool read(DuoTerm::Parameter type, bool hasParameters, const QStringList& given,
              QStringList* out)
    {
        switch (type) {
        case DuoTerm::Parameter::None:
            if (hasParameters)
                return error(tr("%1 takes no parameters; write %1 alone.").arg(m_code));
            return true;
        case DuoTerm::Parameter::Diseases:
            if (given.isEmpty())
                return error(
                    tr("%1 needs at least one disease id, such as %1(MONDO:0005148).").arg(m_code));
            for (const QString& id : given) {
                if (!DiseaseHierarchy::isWellFormedId(id))
                    return error(tr("'%1' is not a disease id; %2 takes MONDO ids such as "
                                    "MONDO:0005148 or DOID ids such as DOID:9352.")
                                     .arg(id, m_code));
                out->append(DiseaseHierarchy::normalizedId(id));
            }
            return true;
        case DuoTerm::Parameter::Regions:
            if (given.isEmpty())
                return error(
                    tr("%1 needs at least one country or region code, such as %1(DE) or %1(EU).")
                        .arg(m_code));
            for (const QString& region : given) {
                const QString canonical = RegionCodes::canonical(region);
                if (canonical.isEmpty())
                    return error(tr("Unknown region '%1' in %2; use an ISO 3166-1 alpha-2 "
                                    "country code such as DE, or EU, EEA, EUR or WORLD.")
                                     .arg(region, m_code));
                out->append(canonical);
            }
            return true;
        case DuoTerm::Parameter::Date:
            if (given.isEmpty())
                return error(
                    tr("%1 needs a date written YYYY-MM-DD, such as %1(2026-12-31).").arg(m_code));
            if (given.size() > 1)
                return tooMany(given.size());
            if (!isIsoDate(given.first()))
                return error(tr("'%1' is not a valid date for %2; write it YYYY-MM-DD, such as "
                                "2026-12-31.")
                                 .arg(given.first(), m_code));
            out->append(given.first());
            return true;
        case DuoTerm::Parameter::MonthsOrDate:
            return readMonthsOrDate(given, out);
        case DuoTerm::Parameter::Project:
            return readText(given, tr("%1 needs a project name, such as %1(Atlas).").arg(m_code),
                            out);
        case DuoTerm::Parameter::Institution:
            return readText(
                given,
                tr("%1 needs an institution name, such as %1(University of Oslo).").arg(m_code),
                out);
        case DuoTerm::Parameter::ResearchType:
            return readText(
                given, tr("%1 needs a research type, such as %1(cancer genomics).").arg(m_code),
                out);
        case DuoTerm::Parameter::Collaborator:
            *out = given; // optional
            return true;
        }
        return true;
    }

private:
    bool readMonthsOrDate(const QStringList& given, QStringList* out)
    {
        if (given.isEmpty())
            return error(tr("%1 needs a number of months, such as %1(24), or an end date, such "
                            "as %1(2027-06-30).")
                             .arg(m_code));
        if (given.size() > 1)
            return tooMany(given.size());
        const QString value = given.first();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
        if (digits.match(value).hasMatch() && value.toInt() > 0) {
            out->append(QString::number(value.toInt()));
            return true;
        }
        if (isIsoDate(value)) {
            out->append(value);
            return true;
        }
        return error(tr("'%1' is neither a positive number of months nor a date for %2; write "
                        "%2(24) or %2(2027-06-30).")
                         .arg(value, m_code));
    }

    bool readText(const QStringList& given, const QString& missing, QStringList* out)
    {
        if (given.isEmpty() || given.first().isEmpty())
            return error(missing);
        out->append(given.first());
        return true;
    }

    bool tooMany(int count)
    {
        return error(tr("%1 takes one value but has %n.", nullptr, count).arg(m_code));
    }

    bool error(const QString& message)
    {
        if (m_problems)
            m_problems->append({ConsentProblem::Severity::Error, m_column, message});
        return false;
    }

    QString m_code;
    int m_column;
    QVector<ConsentProblem>* m_problems;
};

/** A code that was read and checked, with where it stood. */
struct ReadCode
{
    ConsentCode code;
    int column = 0;
    DuoTerm::Kind kind = DuoTerm::Kind::Other;
};

} // namespace

Consent Consent::parse(const QString& text, const DuoTermTable& terms,
                       QVector<ConsentProblem>* problems)
{
    QVector<ConsentProblem> found;
    auto add = [&found](ConsentProblem::Severity severity, int column, const QString& message) {
        found.append({severity, column, message});
    };
    const auto Error = ConsentProblem::Severity::Error;
    const auto Warning = ConsentProblem::Severity::Warning;

    QVector<ReadCode> codes;
    // "No permission" only when every item was identified: an unknown code may be the
    // permission, and a second message about it would mislead.
    bool permissionSeen = false;
    bool unidentified = false;
    if (text.trimmed().isEmpty()) {
        add(Error, 1, tr("The consent is empty; give one permission such as GRU or HMB."));
    } else {
        const QVector<Item> items = splitItems(text);
        for (const Item& item : items) {
            if (item.text.isEmpty()) {
                add(Error, item.column, tr("The consent has an empty item; remove the extra ';'."));
                unidentified = true;
                continue;
            }
            const int open = int(item.text.indexOf(QLatin1Char('(')));
            QString codeText = open < 0 ? item.text : item.text.left(open).trimmed();
            if (item.strayClose) {
                add(Error, item.column,
                    tr("'%1' has a ')' without a matching '('.").arg(item.text));
                unidentified = true;
                continue;
            }
            if (item.unclosed) {
                add(Error, item.column,
                    tr("The parenthesis after %1 is not closed; add ')'.").arg(codeText));
                unidentified = true;
                continue;
            }

            bool hasParameters = false;
            QString parameterText;
            QString legacy; // the item in the older CODE:PARAMETERS form
            if (open >= 0) {
                int depth = 0;
                int close = -1;
                for (int i = open; i < item.text.size() && close < 0; ++i) {
                    if (item.text.at(i) == QLatin1Char('('))
                        ++depth;
                    else if (item.text.at(i) == QLatin1Char(')') && --depth == 0)
                        close = i;
                }
                const QString trailing = item.text.mid(close + 1).trimmed();
                if (!trailing.isEmpty()) {
                    add(Error, item.column,
                        tr("Unexpected text '%1' after the parameters of %2; separate codes "
                           "with ';'.")
                            .arg(trailing, codeText));
                    unidentified = true;
                    continue;
                }
                hasParameters = true;
                parameterText = item.text.mid(open + 1, close - open - 1).trimmed();
            } else if (codeText.contains(QLatin1Char(':')) &&
                       terms.byCodeIncludingObsolete(
                           codeText.left(codeText.indexOf(QLatin1Char(':'))).trimmed())) {
                // The demo data's older form, DS:MONDO:0009061.
                const int colon = int(codeText.indexOf(QLatin1Char(':')));
                parameterText = codeText.mid(colon + 1).trimmed();
                legacy = codeText;
                codeText = codeText.left(colon).trimmed();
                hasParameters = true;
            }

            const QString code = codeText.toUpper();
            const DuoTerm* term = terms.byCode(code);
            if (!term) {
                const DuoTerm* old = terms.byCodeIncludingObsolete(code);
                if (old && old->obsolete) {
                    const DuoTerm* replacement =
                        old->replacedBy.isEmpty() ? nullptr : terms.byId(old->replacedBy);
                    if (replacement)
                        add(Error, item.column,
                            tr("The DUO code %1 is obsolete; use %2 instead.")
                                .arg(code, replacement->code));
                    else
                        add(Error, item.column,
                            tr("The DUO code %1 is obsolete and has no direct replacement; "
                               "choose a current code.")
                                .arg(code));
                } else {
                    add(Error, item.column, tr("Unknown DUO code '%1'.").arg(codeText));
                }
                unidentified = true;
                continue;
            }
            if (term->kind == DuoTerm::Kind::Other) {
                add(Error, item.column,
                    tr("%1 is a DUO class, not a permission or a modifier; it cannot be used in "
                       "a consent.")
                        .arg(code));
                unidentified = true;
                continue;
            }

            if (term->kind == DuoTerm::Kind::Permission)
                permissionSeen = true;
            QStringList given;
            if (takesList(term->parameter)) {
                if (!parameterText.isEmpty())
                    given = parameterText.split(QLatin1Char(','));
                for (QString& g : given)
                    g = g.trimmed();
                if (given.contains(QString())) {
                    add(Error, item.column,
                        tr("%1 has an empty parameter; remove the extra ','.").arg(code));
                    continue;
                }
            } else if (!parameterText.isEmpty()) {
                given.append(parameterText);
            }

            ReadCode read;
            read.code.code = code;
            read.column = item.column;
            read.kind = term->kind;
            ParameterReader reader(code, item.column, &found);
            if (!reader.read(term->parameter, hasParameters, given, &read.code.parameters))
                continue;
            if (!legacy.isEmpty()) {
                const QString current = code + QLatin1Char('(') +
                                        read.code.parameters.join(QLatin1Char(',')) +
                                        QLatin1Char(')');
                add(Warning, item.column,
                    tr("%1 is an older form; write %2.").arg(legacy, current));
            }

            const auto same = std::find_if(codes.cbegin(), codes.cend(),
                                           [&](const ReadCode& c) { return c.code.code == code; });
            if (same != codes.cend()) {
                add(Error, item.column, tr("%1 appears twice; keep one.").arg(code));
                continue;
            }
            if (read.kind == DuoTerm::Kind::Permission) {
                const auto other =
                    std::find_if(codes.cbegin(), codes.cend(), [](const ReadCode& c) {
                        return c.kind == DuoTerm::Kind::Permission;
                    });
                if (other != codes.cend()) {
                    add(Error, item.column,
                        tr("The consent has two permissions, %1 and %2; keep exactly one.")
                            .arg(other->code.code, code));
                    continue;
                }
            }
            codes.append(read);
        }

        const auto find = [&codes](const char* code) -> const ReadCode* {
            for (const ReadCode& c : codes) {
                if (c.code.code == QLatin1String(code))
                    return &c;
            }
            return nullptr;
        };
        if (!permissionSeen && !unidentified) {
            add(Error, 1,
                tr("The consent has no permission; add one of NRES, GRU, HMB, DS or POA."));
        }
        const ReadCode* poa = find("POA");
        const ReadCode* npoa = find("NPOA");
        if (poa && npoa) {
            add(Error, std::max(poa->column, npoa->column),
                tr("POA allows only population origins or ancestry research and NPOA forbids it; "
                   "keep one of them."));
        }
        if (find("NPUNCU")) {
            for (const char* narrower : {"NPU", "NCU"}) {
                if (const ReadCode* c = find(narrower)) {
                    add(Warning, c->column,
                        tr("%1 is redundant: NPUNCU already limits use to not-for-profit, "
                           "non-commercial use.")
                            .arg(c->code.code));
                }
            }
        }
    }

    std::stable_sort(
        found.begin(), found.end(),
        [](const ConsentProblem& a, const ConsentProblem& b) { return a.column < b.column; });
    const bool failed = std::any_of(found.cbegin(), found.cend(), [](const ConsentProblem& p) {
        return p.severity == ConsentProblem::Severity::Error;
    });
    if (problems)
        *problems = found;
    if (failed)
        return Consent();

    Consent consent;
    for (const ReadCode& c : std::as_const(codes)) {
        if (c.kind == DuoTerm::Kind::Permission)
            consent.m_permission = c.code;
        else
            consent.m_modifiers.append(c.code);
    }
    return consent;
}

bool Consent::has(const QString& code) const
{
    const QString upper = code.trimmed().toUpper();
    if (upper.isEmpty())
        return false;
    if (m_permission.code == upper)
        return true;
    return std::any_of(m_modifiers.cbegin(), m_modifiers.cend(),
                       [&upper](const ConsentCode& c) { return c.code == upper; });
}

QStringList Consent::parameters(const QString& code) const
{
    const QString upper = code.trimmed().toUpper();
    if (upper.isEmpty())
        return {};
    if (m_permission.code == upper)
        return m_permission.parameters;
    for (const ConsentCode& c : m_modifiers) {
        if (c.code == upper)
            return c.parameters;
    }
    return {};
}

QString Consent::toString() const
{
    const auto write = [](const ConsentCode& c) {
        if (c.parameters.isEmpty())
            return c.code;
        return c.code + QLatin1Char('(') + c.parameters.join(QLatin1Char(',')) + QLatin1Char(')');
    };
    QStringList parts;
    if (!m_permission.code.isEmpty())
        parts.append(write(m_permission));
    for (const ConsentCode& c : m_modifiers)
        parts.append(write(c));
    return parts.join(QLatin1Char(';'));
}

} // namespace steward
