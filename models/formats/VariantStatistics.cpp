#include "models/formats/VariantStatistics.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMap>

#include <cmath>

namespace steward {

namespace {

// The SN keys exactly as `bcftools stats` prints them (without the trailing colon).
const QString kSamples = QStringLiteral("number of samples");
const QString kRecords = QStringLiteral("number of records");
const QString kNoAlts = QStringLiteral("number of no-ALTs");
const QString kSnps = QStringLiteral("number of SNPs");
const QString kMnps = QStringLiteral("number of MNPs");
const QString kIndels = QStringLiteral("number of indels");
const QString kOthers = QStringLiteral("number of others");
const QString kMultiallelic = QStringLiteral("number of multiallelic sites");
const QString kMultiallelicSnp = QStringLiteral("number of multiallelic SNP sites");
// The TSTV columns.
const QString kTs = QStringLiteral("ts");
const QString kTv = QStringLiteral("tv");
const QString kTsTv = QStringLiteral("ts/tv");
const QString kTsFirst = QStringLiteral("ts (1st ALT)");
const QString kTvFirst = QStringLiteral("tv (1st ALT)");
const QString kTsTvFirst = QStringLiteral("ts/tv (1st ALT)");

/** bcftools prints `tv ? (float)ts/tv : 0` with "%.2f". */
QString ratioText(qint64 ts, qint64 tv)
{
    const double ratio = tv ? double(float(ts) / float(tv)) : 0.0;
    return QString::asprintf("%.2f", ratio);
}

qint64 integer(const QJsonObject& o, const QString& key)
{
    return o.value(key).toInteger();
}

QJsonObject binJson(const VariantStatistics::Bin& b, const QString& valueKey, bool nullNegative)
{
    QJsonObject o;
    o.insert(valueKey, nullNegative && b.value < 0 ? QJsonValue() : QJsonValue(b.value));
    o.insert(QStringLiteral("snps"), b.count);
    o.insert(QStringLiteral("transitions"), b.transitions);
    o.insert(QStringLiteral("transversions"), b.transversions);
    o.insert(QStringLiteral("indels"), b.indels);
    return o;
}

VariantStatistics::Bin binFromJson(const QJsonObject& o, const QString& valueKey)
{
    VariantStatistics::Bin b;
    const QJsonValue v = o.value(valueKey);
    b.value = v.isNull() ? -1.0 : v.toDouble();
    b.count = integer(o, QStringLiteral("snps"));
    b.transitions = integer(o, QStringLiteral("transitions"));
    b.transversions = integer(o, QStringLiteral("transversions"));
    b.indels = integer(o, QStringLiteral("indels"));
    return b;
}

bool sameBins(const QVector<VariantStatistics::Bin>& a, const QVector<VariantStatistics::Bin>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].value != b[i].value || a[i].count != b[i].count ||
            a[i].transitions != b[i].transitions || a[i].transversions != b[i].transversions ||
            a[i].indels != b[i].indels)
            return false;
    }
    return true;
}

/**
 * bcftools keeps QUAL in 0.1-wide bins: tens of thousands of them on a real file. The JSON
 * (and so the catalog) keeps bins that widen with the value (1 below 100, 10 below 1,000,
 * 100 below 10,000, 1,000 above) as [lower edge, snps, ts, tv, indels] rows, with null for
 * the records without QUAL: a few hundred rows at most instead of megabytes.
 */
double qualBinEdge(double q)
{
    const double width = q < 100 ? 1 : q < 1000 ? 10 : q < 10000 ? 100 : 1000;
    return std::floor(q / width) * width;
}

QJsonArray qualJson(const QVector<VariantStatistics::Bin>& bins)
{
    QMap<double, VariantStatistics::Bin> merged;
    for (const VariantStatistics::Bin& b : bins) {
        const double key = b.value < 0 ? -1.0 : qualBinEdge(b.value);
        VariantStatistics::Bin& m = merged[key];
        m.value = key;
        m.count += b.count;
        m.transitions += b.transitions;
        m.transversions += b.transversions;
        m.indels += b.indels;
    }
    QJsonArray rows;
    for (const VariantStatistics::Bin& b : std::as_const(merged))
        rows.append(QJsonArray{b.value < 0 ? QJsonValue() : QJsonValue(b.value), b.count,
                               b.transitions, b.transversions, b.indels});
    return rows;
}

QVector<VariantStatistics::Bin> qualFromJson(const QJsonArray& rows)
{
    QVector<VariantStatistics::Bin> bins;
    for (const QJsonValue& v : rows) {
        const QJsonArray row = v.toArray();
        VariantStatistics::Bin b;
        b.value = row.at(0).isNull() ? -1.0 : row.at(0).toDouble();
        b.count = row.at(1).toInteger();
        b.transitions = row.at(2).toInteger();
        b.transversions = row.at(3).toInteger();
        b.indels = row.at(4).toInteger();
        bins.push_back(b);
    }
    return bins;
}

} // namespace

QString VariantStatistics::tsTvText() const
{
    return ratioText(transitions, transversions);
}

QString VariantStatistics::tsTvFirstAltText() const
{
    return ratioText(transitionsFirstAlt, transversionsFirstAlt);
}

QJsonObject VariantStatistics::toJson() const
{
    QJsonObject summary;
    summary.insert(kSamples, samples);
    summary.insert(kRecords, records);
    summary.insert(kNoAlts, noAlts);
    summary.insert(kSnps, snps);
    summary.insert(kMnps, mnps);
    summary.insert(kIndels, indels);
    summary.insert(kOthers, others);
    summary.insert(kMultiallelic, multiallelicSites);
    summary.insert(kMultiallelicSnp, multiallelicSnpSites);
    summary.insert(kTs, transitions);
    summary.insert(kTv, transversions);
    summary.insert(kTsTv, tsTv());
    summary.insert(kTsFirst, transitionsFirstAlt);
    summary.insert(kTvFirst, transversionsFirstAlt);
    summary.insert(kTsTvFirst, transversionsFirstAlt
                                   ? double(transitionsFirstAlt) / transversionsFirstAlt
                                   : 0.0);

    QJsonArray contigArray;
    // Only contigs with records: some assemblies declare 100,000 contigs in the header, and the
    // catalog's contig table already lists them all.
    for (const Contig& c : contigs) {
        if (c.records == 0)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("length"), c.length < 0 ? QJsonValue() : QJsonValue(c.length));
        o.insert(QStringLiteral("records"), c.records);
        contigArray.append(o);
    }

    const QJsonArray qual = qualJson(qualHistogram);
    QJsonArray af;
    for (const Bin& b : alleleFrequency)
        af.append(binJson(b, QStringLiteral("frequency"), false));
    QJsonArray idd;
    for (const Bin& b : indelLengths) {
        QJsonObject o;
        o.insert(QStringLiteral("length"), b.value);
        o.insert(QStringLiteral("count"), b.count);
        idd.append(o);
    }

    QJsonArray psc;
    for (const SampleCounts& s : perSample) {
        QJsonObject o;
        o.insert(QStringLiteral("sample"), s.name);
        o.insert(QStringLiteral("hom_ref"), s.homRef);
        o.insert(QStringLiteral("het"), s.het);
        o.insert(QStringLiteral("hom_alt"), s.homAlt);
        o.insert(QStringLiteral("missing"), s.missing);
        o.insert(QStringLiteral("hap_ref"), s.hapRef);
        o.insert(QStringLiteral("hap_alt"), s.hapAlt);
        o.insert(QStringLiteral("transitions"), s.transitions);
        o.insert(QStringLiteral("transversions"), s.transversions);
        o.insert(QStringLiteral("indels"), s.indels);
        o.insert(QStringLiteral("singletons"), s.singletons);
        psc.append(o);
    }

    QJsonObject json;
    json.insert(QStringLiteral("summary"), summary);
    json.insert(QStringLiteral("contigs"), contigArray);
    json.insert(QStringLiteral("qual"), qual);
    json.insert(QStringLiteral("allele_frequency"), af);
    json.insert(QStringLiteral("indel_lengths"), idd);
    json.insert(QStringLiteral("per_sample"), psc);
    return json;
}

VariantStatistics VariantStatistics::fromJson(const QJsonObject& json)
{
    VariantStatistics s;
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    s.samples = integer(summary, kSamples);
    s.records = integer(summary, kRecords);
    s.noAlts = integer(summary, kNoAlts);
    s.snps = integer(summary, kSnps);
    s.mnps = integer(summary, kMnps);
    s.indels = integer(summary, kIndels);
    s.others = integer(summary, kOthers);
    s.multiallelicSites = integer(summary, kMultiallelic);
    s.multiallelicSnpSites = integer(summary, kMultiallelicSnp);
    s.transitions = integer(summary, kTs);
    s.transversions = integer(summary, kTv);
    s.transitionsFirstAlt = integer(summary, kTsFirst);
    s.transversionsFirstAlt = integer(summary, kTvFirst);

    const QJsonArray contigArray = json.value(QStringLiteral("contigs")).toArray();
    for (const QJsonValue& v : contigArray) {
        const QJsonObject o = v.toObject();
        Contig c;
        c.name = o.value(QStringLiteral("name")).toString();
        const QJsonValue length = o.value(QStringLiteral("length"));
        c.length = length.isDouble() ? length.toInteger() : -1;
        c.records = integer(o, QStringLiteral("records"));
        s.contigs.push_back(c);
    }
    s.qualHistogram = qualFromJson(json.value(QStringLiteral("qual")).toArray());
    const QJsonArray af = json.value(QStringLiteral("allele_frequency")).toArray();
    for (const QJsonValue& v : af)
        s.alleleFrequency.push_back(binFromJson(v.toObject(), QStringLiteral("frequency")));
    const QJsonArray idd = json.value(QStringLiteral("indel_lengths")).toArray();
    for (const QJsonValue& v : idd) {
        const QJsonObject o = v.toObject();
        Bin b;
        b.value = o.value(QStringLiteral("length")).toDouble();
        b.count = integer(o, QStringLiteral("count"));
        s.indelLengths.push_back(b);
    }
    const QJsonArray psc = json.value(QStringLiteral("per_sample")).toArray();
    for (const QJsonValue& v : psc) {
        const QJsonObject o = v.toObject();
        SampleCounts c;
        c.name = o.value(QStringLiteral("sample")).toString();
        c.homRef = integer(o, QStringLiteral("hom_ref"));
        c.het = integer(o, QStringLiteral("het"));
        c.homAlt = integer(o, QStringLiteral("hom_alt"));
        c.missing = integer(o, QStringLiteral("missing"));
        c.hapRef = integer(o, QStringLiteral("hap_ref"));
        c.hapAlt = integer(o, QStringLiteral("hap_alt"));
        c.transitions = integer(o, QStringLiteral("transitions"));
        c.transversions = integer(o, QStringLiteral("transversions"));
        c.indels = integer(o, QStringLiteral("indels"));
        c.singletons = integer(o, QStringLiteral("singletons"));
        s.perSample.push_back(c);
    }
    return s;
}

bool VariantStatistics::operator==(const VariantStatistics& o) const
{
    if (samples != o.samples || records != o.records || noAlts != o.noAlts || snps != o.snps ||
        mnps != o.mnps || indels != o.indels || others != o.others ||
        multiallelicSites != o.multiallelicSites ||
        multiallelicSnpSites != o.multiallelicSnpSites || transitions != o.transitions ||
        transversions != o.transversions || transitionsFirstAlt != o.transitionsFirstAlt ||
        transversionsFirstAlt != o.transversionsFirstAlt)
        return false;
    if (contigs.size() != o.contigs.size() || perSample.size() != o.perSample.size())
        return false;
    for (int i = 0; i < contigs.size(); ++i) {
        const Contig &a = contigs[i], &b = o.contigs[i];
        if (a.name != b.name || a.length != b.length || a.records != b.records)
            return false;
    }
    for (int i = 0; i < perSample.size(); ++i) {
        const SampleCounts &a = perSample[i], &b = o.perSample[i];
        if (a.name != b.name || a.homRef != b.homRef || a.het != b.het || a.homAlt != b.homAlt ||
            a.missing != b.missing || a.hapRef != b.hapRef || a.hapAlt != b.hapAlt ||
            a.transitions != b.transitions || a.transversions != b.transversions ||
            a.indels != b.indels || a.singletons != b.singletons)
            return false;
    }
    return sameBins(qualHistogram, o.qualHistogram) &&
           sameBins(alleleFrequency, o.alleleFrequency) && sameBins(indelLengths, o.indelLengths);
}

} // namespace steward
