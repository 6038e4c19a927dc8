#include "models/variants/VariantQuickFilters.h"

#include <cmath>
#include <limits>

#include <QFile>
#include <QRegularExpression>

#include "models/variants/ClinVarAnnotation.h"

namespace steward {

bool VariantQuickFilters::isEmpty() const
{
    return !passOnly && minimumImpact == 0 && !clinVarPathogenic &&
           maximumPopulationFrequency < 0 && genes.isEmpty() && regions.isEmpty() && !carriersOnly;
}

bool VariantQuickFilters::accepts(const VariantRow& row) const
{
    if (passOnly && row.filter != QLatin1String("PASS"))
        return false;
    if (minimumImpact > 0 && row.impactLevel < minimumImpact)
        return false;
    if (clinVarPathogenic) {
        using C = ClinVarAnnotation::Category;
        const C category = C(row.clinVarCategory);
        if (category != C::Pathogenic && category != C::LikelyPathogenic &&
            category != C::PathogenicLikelyPathogenic)
            return false;
    }
    if (maximumPopulationFrequency >= 0 && !std::isnan(row.populationFrequency) &&
        row.populationFrequency >= maximumPopulationFrequency)
        return false;
    if (!genes.isEmpty()) {
        bool any = false;
        for (const QString& g : row.genes)
            any |= genes.contains(g.toUpper());
        if (!any)
            return false;
    }
    if (!regions.isEmpty()) {
        const qint64 start = row.pos - 1;
        const qint64 end = start + qMax<qint64>(1, row.ref.size());
        bool inside = false;
        for (const Interval& i : regions)
            inside |= i.chrom == row.chrom && start < i.end && end > i.start;
        if (!inside)
            return false;
    }
    if (carriersOnly && !row.carrier)
        return false;
    return true;
}

QString VariantQuickFilters::summary() const
{
    QStringList parts;
    if (carriersOnly)
        parts << tr("carriers only");
    if (passOnly)
        parts << tr("PASS");
    if (minimumImpact >= 4)
        parts << tr("impact HIGH");
    else if (minimumImpact == 3)
        parts << tr("impact at least MODERATE");
    if (clinVarPathogenic)
        parts << tr("ClinVar pathogenic/likely pathogenic");
    if (maximumPopulationFrequency >= 0)
        parts << tr("population AF below %1").arg(maximumPopulationFrequency);
    if (!genes.isEmpty())
        parts << tr("%n gene(s)", "", int(genes.size()));
    if (!regions.isEmpty())
        parts << tr("%n region(s)", "", int(regions.size()));
    return parts.join(QStringLiteral(", "));
}

QSet<QString> VariantQuickFilters::parseGenes(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QSet<QString> set;
    for (const QString& g : text.split(separators, Qt::SkipEmptyParts))
        set.insert(g.toUpper());
    return set;
}

bool VariantQuickFilters::parseRegion(const QString& text, Interval* interval, bool* contigOnly)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([^:\\s]+)(?::([0-9,]+)(?:-([0-9,]+))?)?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const auto number = [](QString digits) { return digits.remove(QLatin1Char(',')).toLongLong(); };
    interval->chrom = match.captured(1);
    if (match.captured(2).isEmpty()) {
        interval->start = 0;
        interval->end = std::numeric_limits<qint64>::max();
    } else {
        const qint64 start = number(match.captured(2));
        interval->start = qMax<qint64>(0, start - 1);
        interval->end = match.captured(3).isEmpty() ? start : number(match.captured(3));
    }
    if (contigOnly)
        *contigOnly = match.captured(2).isEmpty();
    return true;
}

bool VariantQuickFilters::loadBed(const QString& path, QVector<Interval>* intervals, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, f.errorString());
        return false;
    }
    intervals->clear();
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith('#') || line.startsWith("track") ||
            line.startsWith("browser"))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        bool okStart = false, okEnd = false;
        const qint64 start = fields.value(1).toLongLong(&okStart);
        const qint64 end = fields.value(2).toLongLong(&okEnd);
        if (fields.size() < 3 || !okStart || !okEnd || start < 0 || end < start) {
            *error =
                tr("%1, line %2: a BED line needs a contig, a start and an end (tab-separated, "
                   "0-based, end not before start).")
                    .arg(path)
                    .arg(lineNo);
            return false;
        }
        intervals->push_back({QString::fromUtf8(fields[0]), start, end});
    }
    if (intervals->isEmpty()) {
        *error = tr("%1 has no regions.").arg(path);
        return false;
    }
    return true;
}

} // namespace steward
