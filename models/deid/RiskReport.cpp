#include "models/deid/RiskReport.h"

#include <algorithm>
#include <cmath>

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include "models/common/DelimitedTable.h"
#include "models/deid/SidecarRules.h"

namespace steward {
namespace {

/** An age in years from 45, 45.5, "45y", "45 years", "P45Y6M"; -1 when none. */
double ageOf(const QString& text)
{
    static const QRegularExpression number(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(?:y|yr|yrs|year|years)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression duration(QStringLiteral("^\\s*P(\\d+)Y"));
    QRegularExpressionMatch m = duration.match(text);
    if (m.hasMatch())
        return m.captured(1).toDouble();
    m = number.match(text);
    return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
}

} // namespace

QString RiskReport::blank()
{
    return tr("(blank)");
}

QString RiskReport::keySeparator()
{
    return QStringLiteral(" | ");
}

bool RiskReport::QuasiIdentifier::parse(const QString& spec, QuasiIdentifier* out, QString* error)
{
    *out = QuasiIdentifier();
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        out->column = spec.trimmed();
        return true;
    }
    out->column = spec.left(colon).trimmed();
    const QString g = spec.mid(colon + 1).trimmed().toLower();
    static const QRegularExpression band(QStringLiteral("^band(\\d*)$"));
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    const QRegularExpressionMatch m = band.match(g);
    if (m.hasMatch()) {
        out->generalisation = Generalisation::AgeBand;
        out->parameter = m.captured(1).isEmpty() ? 10 : m.captured(1).toInt();
    } else if (digits.match(g).hasMatch()) {
        out->generalisation = Generalisation::Prefix;
        out->parameter = g.toInt();
    } else if (g == QLatin1String("year")) {
        out->generalisation = Generalisation::Year;
    } else {
        *error = tr("\"%1\" is not a generalisation Steward knows: use %2:band or %2:bandN "
                    "(ages in bands of N years), %2:N (keep N leading characters, for ZIP "
                    "codes) or %2:year (dates).")
                     .arg(spec, out->column);
        return false;
    }
    if (out->generalisation != Generalisation::Year && out->parameter < 1) {
        *error = tr("\"%1\": the number must be 1 or more.").arg(spec);
        return false;
    }
    return true;
}

QString RiskReport::QuasiIdentifier::apply(const QString& value) const
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return blank();
    switch (generalisation) {
    case Generalisation::None:
        return v;
    case Generalisation::AgeBand: {
        if (v == QLatin1String("90+"))
            return v;
        const double age = ageOf(v);
        if (age < 0)
            return v;
        if (age >= 90)
            return QStringLiteral("90+");
        const int low = int(std::floor(age / parameter)) * parameter;
        const int high = std::min(low + parameter - 1, 89);
        return low == high ? QString::number(low) : QStringLiteral("%1-%2").arg(low).arg(high);
    }
    case Generalisation::Prefix: {
        QString out;
        for (const QChar c : v) {
            if (out.size() >= parameter)
                break;
            if (c.isLetterOrNumber())
                out += c;
        }
        return out;
    }
    case Generalisation::Year: {
        static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
        if (yearOnly.match(v).hasMatch())
            return v;
        const QDate d = SidecarRules::parseDate(v);
        return d.isValid() ? QString::number(d.year()) : v;
    }
    }
    return v;
}

bool RiskReport::compute(const QString& path, const QStringList& quasiIdentifiers,
                         const QString& sensitive, int k, RiskReport* out, QString* error)
{
    DelimitedTable::Kind kind;
    if (!DelimitedTable::kindFor(path, &kind)) {
        *error = tr("%1 is not a table the risk report reads (.csv, .tsv or .ped).").arg(path);
        return false;
    }
    DelimitedTable table;
    if (!DelimitedTable::read(path, kind, &table, error))
        return false;
    return compute(table, path, quasiIdentifiers, sensitive, k, out, error);
}

bool RiskReport::compute(const DelimitedTable& table, const QString& source,
                         const QStringList& quasiIdentifiers, const QString& sensitive, int k,
                         RiskReport* out, QString* error)
{
    if (k < 1) {
        *error = tr("k must be 1 or more (it is %1).").arg(k);
        return false;
    }
    if (quasiIdentifiers.isEmpty()) {
        *error = tr("Name at least one quasi-identifier column of %1.").arg(source);
        return false;
    }
    const QString available = table.header.join(QStringLiteral(", "));
    QVector<QuasiIdentifier> qis;
    QVector<int> columns;
    for (const QString& spec : quasiIdentifiers) {
        QuasiIdentifier qi;
        if (table.column(spec) >= 0) {
            qi.column = spec; // a column whose name contains ':'
        } else if (!QuasiIdentifier::parse(spec, &qi, error)) {
            return false;
        }
        const int c = table.column(qi.column);
        if (c < 0) {
            *error = tr("%1 has no column \"%2\"; its columns are: %3.")
                         .arg(source, qi.column, available);
            return false;
        }
        qis << qi;
        columns << c;
    }
    int sensitiveColumn = -1;
    if (!sensitive.trimmed().isEmpty()) {
        sensitiveColumn = table.column(sensitive.trimmed());
        if (sensitiveColumn < 0) {
            *error = tr("%1 has no column \"%2\" (the sensitive attribute); its columns are: "
                        "%3.")
                         .arg(source, sensitive.trimmed(), available);
            return false;
        }
        if (columns.contains(sensitiveColumn)) {
            *error = tr("\"%1\" cannot be both a quasi-identifier and the sensitive attribute.")
                         .arg(sensitive.trimmed());
            return false;
        }
    }

    RiskReport r;
    r.quasiIdentifiers = quasiIdentifiers;
    r.sensitive = sensitive.trimmed();
    r.k = k;
    QHash<QString, int> sizes;
    QHash<QString, QSet<QString>> sensitiveValues;
    for (const DelimitedTable::Row& row : table.rows) {
        QStringList values;
        for (int i = 0; i < qis.size(); ++i)
            values << qis.at(i).apply(row.fields.value(columns.at(i)));
        const QString key = values.join(keySeparator());
        ++sizes[key];
        if (sensitiveColumn >= 0) {
            const QString s = row.fields.value(sensitiveColumn).trimmed();
            sensitiveValues[key].insert(s.isEmpty() ? blank() : s);
        }
        ++r.records;
    }
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        r.classSizes.push_back({it.key(), it.value()});
    std::sort(r.classSizes.begin(), r.classSizes.end(),
              [](const QPair<QString, int>& a, const QPair<QString, int>& b) {
                  return a.second != b.second ? a.second < b.second : a.first < b.first;
              });
    r.classes = int(r.classSizes.size());
    r.smallestClass = r.classSizes.isEmpty() ? 0 : r.classSizes.first().second;
    for (const auto& c : std::as_const(r.classSizes)) {
        ++r.sizeHistogram[c.second];
        if (c.second < k) {
            r.recordsAtRisk += c.second;
            r.riskyClasses << c.first;
        }
    }
    if (sensitiveColumn >= 0) {
        r.lDiversity = 0;
        bool first = true;
        for (auto it = sensitiveValues.cbegin(); it != sensitiveValues.cend(); ++it) {
            const int l = int(it.value().size());
            r.lDiversity = first ? l : std::min(r.lDiversity, l);
            first = false;
        }
    }
    *out = r;
    return true;
}

QJsonObject RiskReport::toJson() const
{
    QJsonArray classList;
    for (const auto& c : classSizes)
        classList.append(
            QJsonObject{{QStringLiteral("class"), c.first}, {QStringLiteral("size"), c.second}});
    QJsonObject histogram;
    for (auto it = sizeHistogram.cbegin(); it != sizeHistogram.cend(); ++it)
        histogram.insert(QString::number(it.key()), it.value());
    QJsonObject o{
        {QStringLiteral("quasiIdentifiers"), QJsonArray::fromStringList(quasiIdentifiers)},
        {QStringLiteral("k"), k},
        {QStringLiteral("records"), double(records)},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("smallestClass"), smallestClass},
        {QStringLiteral("recordsAtRisk"), double(recordsAtRisk)},
        {QStringLiteral("belowK"), belowK()},
        {QStringLiteral("highestRisk"), highestRisk()},
        {QStringLiteral("averageRisk"), averageRisk()},
        {QStringLiteral("classSizes"), classList},
        {QStringLiteral("sizeHistogram"), histogram},
        {QStringLiteral("riskyClasses"), QJsonArray::fromStringList(riskyClasses)}};
    if (sensitive.isEmpty()) {
        o.insert(QStringLiteral("sensitive"), QJsonValue::Null);
        o.insert(QStringLiteral("lDiversity"), QJsonValue::Null);
    } else {
        o.insert(QStringLiteral("sensitive"), sensitive);
        o.insert(QStringLiteral("lDiversity"), lDiversity);
    }
    return o;
}

} // namespace steward
