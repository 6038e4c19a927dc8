#include "models/deid/VcfHeaderPlan.h"

#include <cstring>
#include <map>

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QVector>

#include "models/formats/HtsHandles.h"

namespace steward {
namespace {

/** One attribute of a structured header line, the value as written (quotes included). */
struct Attribute
{
    QString key;
    QString value;
};

bool parseStructured(const QString& inner, QVector<Attribute>* out)
{
    int i = 0;
    const int n = inner.size();
    while (i < n) {
        const int eq = inner.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            return false;
        Attribute a{inner.mid(i, eq - i).trimmed(), QString()};
        int j = eq + 1;
        if (j < n && inner[j] == QLatin1Char('"')) {
            ++j;
            while (j < n && inner[j] != QLatin1Char('"'))
                j += inner[j] == QLatin1Char('\\') ? 2 : 1;
            if (j >= n)
                return false;
            ++j;
        } else {
            while (j < n && inner[j] != QLatin1Char(','))
                ++j;
        }
        a.value = inner.mid(eq + 1, j - eq - 1);
        out->append(a);
        if (j < n && inner[j] != QLatin1Char(','))
            return false;
        i = j + 1;
    }
    return true;
}

QString attributeValue(const QVector<Attribute>& attrs, const QString& key)
{
    for (const Attribute& a : attrs)
        if (a.key == key)
            return a.value;
    return QString();
}

} // namespace

bool VcfHeaderPlan::build(const QString& headerText, const DeidTransformParams& p,
                          VcfHeaderPlan* plan, QStringList* changes, QString* error)
{
    const DeidProfile::Vcf& vcf = p.profile.vcf;
    const QString file = QFileInfo(p.input).fileName();
    const QStringList dictionaryKeys{QStringLiteral("INFO"), QStringLiteral("FORMAT"),
                                     QStringLiteral("FILTER"), QStringLiteral("contig")};
    QStringList out;
    std::map<QString, int> dropped; // key -> lines
    QHash<QString, int> attributesRemoved;
    QSet<QString> declaredInfo, declaredFormat;
    int scrubbed = 0;
    bool sawChrom = false;
    const auto scrub = [&](const QString& s) { return p.scrubText ? p.scrubText(s) : s; };
    const QStringList lines = headerText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("#CHROM"))) {
            sawChrom = true;
            QStringList cols = line.split(QLatin1Char('\t'));
            QStringList kept = cols.mid(0, qMin(9, int(cols.size())));
            QHash<QString, QString> seen; // output name -> input name
            int renamed = 0, droppedSamples = 0;
            for (int i = 9; i < cols.size(); ++i) {
                const QString& name = cols[i];
                plan->inputSamples << name;
                if (p.dropSamples.contains(name)) {
                    ++droppedSamples;
                    continue;
                }
                const QString to = p.pseudonyms.value(name, name);
                if (to != name)
                    ++renamed;
                if (seen.contains(to)) {
                    *error = tr("Two samples of %1 would both be named %2 in the output "
                                "(%3 and %4); choose different pseudonyms")
                                 .arg(file, to, seen.value(to), name);
                    return false;
                }
                seen.insert(to, name);
                plan->keptInputSamples << name;
                plan->outputSamples << to;
                kept << to;
            }
            if (kept.size() == 9 && plan->outputSamples.isEmpty() && cols.size() > 9)
                kept.removeLast(); // no samples left: no FORMAT column either
            out << kept.join(QLatin1Char('\t'));
            if (renamed)
                changes->append(renamed == 1 ? tr("Renamed 1 sample")
                                             : tr("Renamed %1 samples").arg(renamed));
            if (droppedSamples)
                changes->append(droppedSamples == 1 ? tr("Dropped 1 sample")
                                                    : tr("Dropped %1 samples").arg(droppedSamples));
            continue;
        }
        if (!line.startsWith(QLatin1String("##")))
            continue; // stray lines of a damaged header; htslib would refuse them anyway
        const int eq = line.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? line.mid(2) : line.mid(2, eq - 2);
        const QString value = eq < 0 ? QString() : line.mid(eq + 1);
        if (key == QLatin1String("fileformat")) {
            out << line;
            continue;
        }
        const bool structured =
            value.startsWith(QLatin1Char('<')) && value.endsWith(QLatin1Char('>'));
        QVector<Attribute> attrs;
        if (structured && !parseStructured(value.mid(1, value.size() - 2), &attrs)) {
            *error = tr("%1: cannot parse the header line %2").arg(file, line.left(200));
            return false;
        }
        const QString id = attributeValue(attrs, QStringLiteral("ID"));
        if (key == QLatin1String("INFO"))
            declaredInfo.insert(id);
        if (key == QLatin1String("FORMAT"))
            declaredFormat.insert(id);
        if (!vcf.keepHeaderKeys.contains(key)) {
            if (dictionaryKeys.contains(key)) {
                *error = tr("Profile %1 drops the ##%2 lines of %3, which its records need; "
                            "add %2 to vcf.keepHeaderKeys")
                             .arg(p.profile.name, key, file);
                return false;
            }
            ++dropped[key];
            continue;
        }
        if ((key == QLatin1String("INFO") && vcf.removeInfo.contains(id)) ||
            (key == QLatin1String("FORMAT") && vcf.removeFormat.contains(id)))
            continue;
        if (!structured) {
            const QString s = vcf.scrubDescriptions ? scrub(value) : value;
            scrubbed += s != value;
            out << QStringLiteral("##%1=%2").arg(key, s);
            continue;
        }
        if (key == QLatin1String("SAMPLE") && p.dropSamples.contains(id)) {
            ++dropped[key];
            continue;
        }
        QStringList parts;
        bool changed = false;
        for (Attribute& a : attrs) {
            if (key == QLatin1String("contig") && a.key != QLatin1String("ID") &&
                a.key != QLatin1String("IDX") && !vcf.contigAttributes.contains(a.key)) {
                ++attributesRemoved[a.key];
                continue;
            }
            if (key == QLatin1String("SAMPLE") && a.key == QLatin1String("ID"))
                a.value = p.pseudonyms.value(a.value, a.value);
            if (key == QLatin1String("PEDIGREE") && p.pseudonyms.contains(a.value))
                a.value = p.pseudonyms.value(a.value);
            if (vcf.scrubDescriptions && a.key == QLatin1String("Description") &&
                a.value.size() >= 2 && a.value.startsWith(QLatin1Char('"'))) {
                const QString inner = a.value.mid(1, a.value.size() - 2);
                QString s = scrub(inner);
                if (s != inner) {
                    changed = true;
                    s.replace(QLatin1Char('"'), QLatin1String("\\\""));
                    a.value = QLatin1Char('"') + s + QLatin1Char('"');
                }
            }
            parts << a.key + QLatin1Char('=') + a.value;
        }
        scrubbed += changed;
        out << QStringLiteral("##%1=<%2>").arg(key, parts.join(QLatin1Char(',')));
    }
    if (!sawChrom) {
        *error = tr("%1 has no #CHROM header line").arg(file);
        return false;
    }
    for (const QString& f : vcf.removeInfo) {
        if (!declaredInfo.contains(f)) {
            *error = tr("Profile %1 removes INFO field %2, which %3 does not declare")
                         .arg(p.profile.name, f, file);
            return false;
        }
    }
    for (const QString& f : vcf.removeFormat) {
        if (!declaredFormat.contains(f)) {
            *error = tr("Profile %1 removes FORMAT field %2, which %3 does not declare")
                         .arg(p.profile.name, f, file);
            return false;
        }
    }
    // The #CHROM line's sentences go last, after the line-level ones, so collect them first.
    QStringList lineChanges;
    for (const auto& [key, count] : dropped)
        lineChanges << (count == 1 ? tr("Dropped 1 ##%1 line").arg(key)
                                   : tr("Dropped %1 ##%2 lines").arg(count).arg(key));
    for (auto it = attributesRemoved.cbegin(); it != attributesRemoved.cend(); ++it)
        lineChanges << (it.value() == 1
                            ? tr("Removed the %1 attribute from 1 ##contig line").arg(it.key())
                            : tr("Removed the %1 attribute from %2 ##contig lines")
                                  .arg(it.key())
                                  .arg(it.value()));
    for (const QString& f : vcf.removeInfo)
        lineChanges << tr("Removed INFO/%1").arg(f);
    for (const QString& f : vcf.removeFormat)
        lineChanges << tr("Removed FORMAT/%1").arg(f);
    if (scrubbed)
        lineChanges << (scrubbed == 1
                            ? tr("Scrubbed identifying text in 1 header line")
                            : tr("Scrubbed identifying text in %1 header lines").arg(scrubbed));
    *changes = lineChanges + *changes;
    plan->text = out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return true;
}

/** True when both BCF headers give every INFO/FORMAT/FILTER id and contig the same index. */
bool VcfHeaderPlan::sameDictionary(const QString& before, const QString& after)
{
    BcfHeaderPtr a(bcf_hdr_init("r")), b(bcf_hdr_init("r"));
    if (!a || !b || bcf_hdr_parse(a.get(), before.toUtf8().data()) != 0 ||
        bcf_hdr_parse(b.get(), after.toUtf8().data()) != 0)
        return false;
    if (bcf_hdr_nsamples(a.get()) != bcf_hdr_nsamples(b.get()))
        return false;
    for (int t : {BCF_DT_ID, BCF_DT_CTG}) {
        if (a->n[t] != b->n[t])
            return false;
        for (int i = 0; i < a->n[t]; ++i) {
            const char* ka = a->id[t][i].key;
            const char* kb = b->id[t][i].key;
            if (!ka != !kb || (ka && std::strcmp(ka, kb) != 0))
                return false;
            if (t == BCF_DT_ID && ka)
                for (int h = 0; h < 3; ++h)
                    if (!a->id[t][i].val->hrec[h] != !b->id[t][i].val->hrec[h])
                        return false;
        }
    }
    return true;
}

} // namespace steward
