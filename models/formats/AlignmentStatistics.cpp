#include "models/formats/AlignmentStatistics.h"

#include <cstdio>
#include <iterator>
#include <limits>

#include <QJsonArray>
#include <QJsonValue>

namespace steward {

namespace {

using Counter = std::array<qint64, 2> AlignmentStatistics::Flagstat::*;

/** One flagstat line: its member, its JSON key, and the denominator of its percentage. */
struct FlagstatRow
{
    Counter counter;
    const char* jsonKey;
    const char* textLabel;          // as the default output names it
    Counter percentOf;              // nullptr: no percentage
    const char* tsvLabel = nullptr; // where -O tsv words it differently
};

// The order samtools 1.16 prints them in, in every output format.
const FlagstatRow kRows[] = {
    {&AlignmentStatistics::Flagstat::total, "total", "in total (QC-passed reads + QC-failed reads)",
     nullptr, "total (QC-passed reads + QC-failed reads)"},
    {&AlignmentStatistics::Flagstat::primary, "primary", "primary", nullptr},
    {&AlignmentStatistics::Flagstat::secondary, "secondary", "secondary", nullptr},
    {&AlignmentStatistics::Flagstat::supplementary, "supplementary", "supplementary", nullptr},
    {&AlignmentStatistics::Flagstat::duplicates, "duplicates", "duplicates", nullptr},
    {&AlignmentStatistics::Flagstat::primaryDuplicates, "primary duplicates", "primary duplicates",
     nullptr},
    {&AlignmentStatistics::Flagstat::mapped, "mapped", "mapped",
     &AlignmentStatistics::Flagstat::total},
    {&AlignmentStatistics::Flagstat::primaryMapped, "primary mapped", "primary mapped",
     &AlignmentStatistics::Flagstat::primary},
    {&AlignmentStatistics::Flagstat::paired, "paired in sequencing", "paired in sequencing",
     nullptr},
    {&AlignmentStatistics::Flagstat::read1, "read1", "read1", nullptr},
    {&AlignmentStatistics::Flagstat::read2, "read2", "read2", nullptr},
    {&AlignmentStatistics::Flagstat::properlyPaired, "properly paired", "properly paired",
     &AlignmentStatistics::Flagstat::paired},
    {&AlignmentStatistics::Flagstat::withItselfAndMateMapped, "with itself and mate mapped",
     "with itself and mate mapped", nullptr},
    {&AlignmentStatistics::Flagstat::singletons, "singletons", "singletons",
     &AlignmentStatistics::Flagstat::paired},
    {&AlignmentStatistics::Flagstat::mateOnDifferentChr, "with mate mapped to a different chr",
     "with mate mapped to a different chr", nullptr},
    {&AlignmentStatistics::Flagstat::mateOnDifferentChrMapq5,
     "with mate mapped to a different chr (mapQ >= 5)",
     "with mate mapped to a different chr (mapQ>=5)", nullptr},
};

const char kPassed[] = "QC-passed reads";
const char kFailed[] = "QC-failed reads";

QString number(qint64 n)
{
    return QString::number(n);
}

QJsonArray sparseHistogram(const QVector<qint64>& bins)
{
    QJsonArray out;
    for (qsizetype i = 0; i < bins.size(); ++i) {
        if (bins[i])
            out.append(QJsonArray{double(i), double(bins[i])});
    }
    return out;
}

QVector<qint64> denseHistogram(const QJsonArray& pairs, qsizetype minimumSize)
{
    QVector<qint64> bins(minimumSize, 0);
    for (const QJsonValue& v : pairs) {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2)
            continue;
        const qint64 index = qint64(pair[0].toDouble(-1));
        // An absurd index would make a huge vector: a read longer than 2^31 does not exist.
        if (index < 0 || index > std::numeric_limits<int>::max())
            continue;
        if (index >= bins.size())
            bins.resize(index + 1, 0);
        bins[index] = qint64(pair[1].toDouble());
    }
    return bins;
}

} // namespace

QString AlignmentStatistics::percent(qint64 n, qint64 total)
{
    if (total == 0)
        return QString();
    // samtools: (float)n / total * 100.0 -- a float quotient widened to double, then "%.2f".
    const float quotient = float(n) / float(total);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", double(quotient) * 100.0);
    return QString::fromLatin1(buffer);
}

QJsonObject AlignmentStatistics::flagstatJson() const
{
    QJsonObject result;
    for (int w = 0; w < 2; ++w) {
        QJsonObject group;
        for (const FlagstatRow& row : kRows) {
            group.insert(QLatin1String(row.jsonKey), double((flagstat.*row.counter)[w]));
            if (row.percentOf) {
                const QString p = percent((flagstat.*row.counter)[w], (flagstat.*row.percentOf)[w]);
                group.insert(QLatin1String(row.jsonKey) + QStringLiteral(" %"),
                             p.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.toDouble()));
            }
        }
        result.insert(QLatin1String(w == 0 ? kPassed : kFailed), group);
    }
    return result;
}

QString AlignmentStatistics::flagstatJsonText() const
{
    // samtools writes this with printf, including the space before each line end.
    QString out = QStringLiteral("{\n");
    for (int w = 0; w < 2; ++w) {
        out += QStringLiteral(" \"%1\": { \n").arg(QLatin1String(w == 0 ? kPassed : kFailed));
        const int last = int(std::size(kRows)) - 1;
        for (int i = 0; i <= last; ++i) {
            const FlagstatRow& row = kRows[i];
            const QString end = i == last ? QStringLiteral(" \n") : QStringLiteral(", \n");
            out += QStringLiteral("  \"%1\": %2")
                       .arg(QLatin1String(row.jsonKey), number((flagstat.*row.counter)[w]));
            if (row.percentOf) {
                const QString p = percent((flagstat.*row.counter)[w], (flagstat.*row.percentOf)[w]);
                out +=
                    QStringLiteral(", \n  \"%1 %\": %2")
                        .arg(QLatin1String(row.jsonKey), p.isEmpty() ? QStringLiteral("null") : p);
            }
            out += end;
        }
        out += w == 0 ? QStringLiteral(" },\n") : QStringLiteral(" }\n");
    }
    out += QStringLiteral("}\n");
    return out;
}

QString AlignmentStatistics::flagstatText() const
{
    QString out;
    for (const FlagstatRow& row : kRows) {
        const auto& c = flagstat.*row.counter;
        out += number(c[0]) + QStringLiteral(" + ") + number(c[1]) + QLatin1Char(' ') +
               QLatin1String(row.textLabel);
        if (row.percentOf) {
            const auto& d = flagstat.*row.percentOf;
            const QString p0 = percent(c[0], d[0]);
            const QString p1 = percent(c[1], d[1]);
            out += QStringLiteral(" (%1 : %2)")
                       .arg(p0.isEmpty() ? QStringLiteral("N/A") : p0 + QLatin1Char('%'),
                            p1.isEmpty() ? QStringLiteral("N/A") : p1 + QLatin1Char('%'));
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString AlignmentStatistics::flagstatTsv() const
{
    QString out;
    for (const FlagstatRow& row : kRows) {
        const auto& c = flagstat.*row.counter;
        out += number(c[0]) + QLatin1Char('\t') + number(c[1]) + QLatin1Char('\t') +
               QLatin1String(row.tsvLabel ? row.tsvLabel : row.textLabel) + QLatin1Char('\n');
        if (row.percentOf) {
            const auto& d = flagstat.*row.percentOf;
            const QString p0 = percent(c[0], d[0]);
            const QString p1 = percent(c[1], d[1]);
            out += (p0.isEmpty() ? QStringLiteral("N/A") : p0 + QLatin1Char('%')) +
                   QLatin1Char('\t') +
                   (p1.isEmpty() ? QStringLiteral("N/A") : p1 + QLatin1Char('%')) +
                   QLatin1Char('\t') + QLatin1String(row.textLabel) + QStringLiteral(" %\n");
        }
    }
    return out;
}

QString AlignmentStatistics::idxstatsText() const
{
    QString out;
    for (const Contig& c : contigs) {
        out += c.name + QLatin1Char('\t') + number(c.length) + QLatin1Char('\t') +
               number(c.mapped) + QLatin1Char('\t') + number(c.unmapped) + QLatin1Char('\n');
    }
    return out;
}

QJsonObject AlignmentStatistics::toJson() const
{
    QJsonArray contigArray;
    for (const Contig& c : contigs) {
        contigArray.append(QJsonObject{{QStringLiteral("name"), c.name},
                                       {QStringLiteral("length"), double(c.length)},
                                       {QStringLiteral("mapped"), double(c.mapped)},
                                       {QStringLiteral("unmapped"), double(c.unmapped)}});
    }
    return QJsonObject{
        {QStringLiteral("flagstat"), flagstatJson()},
        {QStringLiteral("contigs"), contigArray},
        {QStringLiteral("mapq"), sparseHistogram(mapqHistogram)},
        {QStringLiteral("mapq_bins"), double(mapqHistogram.size())},
        {QStringLiteral("read_lengths"), sparseHistogram(readLengthHistogram)},
        {QStringLiteral("read_length_bins"), double(readLengthHistogram.size())},
        {QStringLiteral("read_groups"), QJsonArray::fromStringList(readGroups)},
        {QStringLiteral("samples"), QJsonArray::fromStringList(samples)},
    };
}

AlignmentStatistics AlignmentStatistics::fromJson(const QJsonObject& json)
{
    AlignmentStatistics s;
    const QJsonObject fs = json.value(QStringLiteral("flagstat")).toObject();
    for (int w = 0; w < 2; ++w) {
        const QJsonObject group = fs.value(QLatin1String(w == 0 ? kPassed : kFailed)).toObject();
        for (const FlagstatRow& row : kRows)
            (s.flagstat.*row.counter)[w] =
                qint64(group.value(QLatin1String(row.jsonKey)).toDouble());
    }
    const QJsonArray contigArray = json.value(QStringLiteral("contigs")).toArray();
    for (const QJsonValue& v : contigArray) {
        const QJsonObject o = v.toObject();
        s.contigs.append(Contig{o.value(QStringLiteral("name")).toString(),
                                qint64(o.value(QStringLiteral("length")).toDouble()),
                                qint64(o.value(QStringLiteral("mapped")).toDouble()),
                                qint64(o.value(QStringLiteral("unmapped")).toDouble())});
    }
    // The sizes are stored so that trailing empty bins survive the round trip.
    const auto bins = [&json](const char* key) {
        const double n = json.value(QLatin1String(key)).toDouble(0);
        return n > 0 && n <= std::numeric_limits<int>::max() ? qsizetype(n) : qsizetype(0);
    };
    s.mapqHistogram =
        denseHistogram(json.value(QStringLiteral("mapq")).toArray(), bins("mapq_bins"));
    s.readLengthHistogram = denseHistogram(json.value(QStringLiteral("read_lengths")).toArray(),
                                           bins("read_length_bins"));
    for (const QJsonValue& v : json.value(QStringLiteral("read_groups")).toArray())
        s.readGroups.append(v.toString());
    for (const QJsonValue& v : json.value(QStringLiteral("samples")).toArray())
        s.samples.append(v.toString());
    return s;
}

} // namespace steward
