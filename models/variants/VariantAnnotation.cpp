#include "models/variants/VariantAnnotation.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "models/variants/AnnotationFields.h"

namespace steward {

namespace {

using Source = AnnotationSchema::Source;
using Transcript = VariantAnnotation::Transcript;

std::string_view fieldOf(std::string_view entry, int index)
{
    return index < 0 ? std::string_view() : AnnotationFields::field(entry, index);
}

std::string_view infoString(bcf1_t* record, int id)
{
    if (id < 0)
        return {};
    const bcf_info_t* info = bcf_get_info_id(record, id);
    if (!info || info->type != BCF_BT_CHAR || info->len <= 0)
        return {};
    const char* p = reinterpret_cast<const char*>(info->vptr);
    return std::string_view(p, strnlen(p, size_t(info->len)));
}

/** SnpEff 3's "Effect(Impact|...|Exon)" entries as "Effect|Impact|...|Exon". */
QByteArray flattenLegacyEffects(std::string_view value)
{
    QByteArray out;
    out.reserve(qsizetype(value.size()));
    std::vector<std::string_view> entries;
    AnnotationFields::splitEntries(value, &entries);
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i)
            out += ',';
        std::string_view e = entries[i];
        const size_t open = e.find('(');
        if (open == std::string_view::npos) {
            out.append(e.data(), qsizetype(e.size()));
            continue;
        }
        out.append(e.data(), qsizetype(open));
        out += '|';
        std::string_view inner = e.substr(open + 1);
        if (!inner.empty() && inner.back() == ')')
            inner.remove_suffix(1);
        out.append(inner.data(), qsizetype(inner.size()));
    }
    return out;
}

bool parseDouble(std::string_view text, double* value)
{
    // from_chars takes neither a leading '+' nor spaces; annotators write neither.
    const char* end = text.data() + text.size();
    const auto r = std::from_chars(text.data(), end, *value);
    return r.ec == std::errc() && r.ptr == end && std::isfinite(*value);
}

/** The largest of the '&'-separated numbers in @p field; NaN when there is none. */
double largestValue(std::string_view field)
{
    double best = std::numeric_limits<double>::quiet_NaN();
    size_t start = 0;
    while (start <= field.size()) {
        const size_t end = std::min(field.find('&', start), field.size());
        double v;
        if (parseDouble(field.substr(start, end - start), &v) && !(v <= best))
            best = v;
        start = end + 1;
    }
    return best;
}

/** The record's alleles in the forms annotators write them, computed once per record. */
struct RecordAlleles
{
    int count = 0;                      // ALT alleles
    std::vector<std::string_view> alts; // as in the VCF
    std::vector<std::string> vep;       // as VEP writes them
    std::string_view ref;

    explicit RecordAlleles(bcf1_t* record)
    {
        count = std::max(0, int(record->n_allele) - 1);
        if (record->n_allele > 0)
            ref = record->d.allele[0];
        for (int i = 1; i < int(record->n_allele); ++i)
            alts.emplace_back(record->d.allele[i]);
        vep = vepForms();
    }

    std::vector<std::string> vepForms() const
    {
        std::vector<std::string> forms(alts.begin(), alts.end());
        // VEP (Parser/VCF.pm): an indel record is one where an ALT differs from REF in
        // length; when REF and every ALT but '*' share their first base, it is dropped.
        bool indel = false;
        for (std::string_view a : alts)
            indel = indel || a.size() != ref.size() || (!a.empty() && (a[0] == 'D' || a[0] == 'I'));
        if (!indel || ref.empty())
            return forms;
        for (std::string_view a : alts)
            if (a.find('*') == std::string_view::npos && (a.empty() || a[0] != ref[0]))
                return forms;
        for (std::string& f : forms) {
            if (f.find('*') != std::string::npos)
                continue;
            f = f.size() > 1 ? f.substr(1) : std::string("-");
        }
        return forms;
    }

    int matchAlt(std::string_view text) const
    {
        for (int i = 0; i < count; ++i)
            if (alts[size_t(i)] == text)
                return i + 1;
        return 0;
    }
    int matchVep(std::string_view text) const
    {
        for (int i = 0; i < count; ++i)
            if (vep[size_t(i)] == text)
                return i + 1;
        return 0;
    }
};

/** The ALT allele (1-based) an entry describes, or 0 when it names none of the record's. */
int matchAllele(std::string_view entry, const AnnotationSchema::Layout& layout,
                const RecordAlleles& alleles)
{
    if (alleles.count == 1)
        return 1;
    if (alleles.count == 0)
        return 0;
    if (layout.alleleNumber >= 0) {
        const std::string_view number = fieldOf(entry, layout.alleleNumber);
        int n = 0;
        const auto r = std::from_chars(number.data(), number.data() + number.size(), n);
        if (r.ec == std::errc() && n >= 1 && n <= alleles.count)
            return n;
    }
    if (layout.allele >= 0) {
        const std::string_view allele = fieldOf(entry, layout.allele);
        int match = layout.source == Source::Vep ? alleles.matchVep(allele) : 0;
        if (!match)
            match = alleles.matchAlt(allele);
        if (!match)
            match = alleles.matchVep(allele);
        // SnpEff on cancer samples writes "ALT-REF" for an ALT seen against another ALT.
        if (!match && layout.source == Source::SnpEff) {
            const size_t dash = allele.find('-');
            if (dash != std::string_view::npos && dash > 0)
                match = alleles.matchAlt(allele.substr(0, dash));
        }
        if (match)
            return match;
    }
    // bcftools csq has no allele field; its dna_change ends in ">ALT" ("877831T>C").
    if (layout.dnaChange >= 0 && layout.source == Source::BcftoolsCsq) {
        const std::string_view change = fieldOf(entry, layout.dnaChange);
        const size_t arrow = change.rfind('>');
        if (arrow != std::string_view::npos)
            return alleles.matchAlt(change.substr(arrow + 1));
    }
    return 0;
}

bool moreSevere(const Transcript& a, const Transcript& b)
{
    if (a.rank() != b.rank())
        return a.rank() < b.rank();
    return a.isCanonical() && !b.isCanonical();
}

void updateFrequency(VariantAnnotation::Allele* allele, double value, const QString& source)
{
    if (std::isnan(value) || !(std::isnan(allele->frequency) || value > allele->frequency))
        return;
    allele->frequency = value;
    allele->frequencySource = source;
}

/** The numbers of INFO @p id (Float, or String "0.01,0.2"); missing values are NaN. */
std::vector<double> infoNumbers(bcf1_t* record, int id)
{
    std::vector<double> values;
    const bcf_info_t* info = bcf_get_info_id(record, id);
    if (!info || info->len <= 0)
        return values;
    if (info->type == BCF_BT_FLOAT) {
        for (int i = 0; i < info->len; ++i) {
            float f;
            std::memcpy(&f, info->vptr + 4 * i, 4);
            if (bcf_float_is_vector_end(f))
                break;
            values.push_back(bcf_float_is_missing(f) ? std::numeric_limits<double>::quiet_NaN()
                                                     : double(f));
        }
    } else if (info->type == BCF_BT_CHAR) {
        const std::string_view text = infoString(record, id);
        size_t start = 0;
        while (start <= text.size()) {
            const size_t end = std::min(text.find(',', start), text.size());
            double v = std::numeric_limits<double>::quiet_NaN();
            if (!parseDouble(text.substr(start, end - start), &v))
                v = std::numeric_limits<double>::quiet_NaN();
            values.push_back(v);
            start = end + 1;
        }
    }
    return values;
}

} // namespace

std::string_view VariantAnnotation::Transcript::entry() const
{
    return std::string_view(m_data.constData() + m_begin, size_t(m_length));
}

std::string_view VariantAnnotation::Transcript::raw(int field) const
{
    return fieldOf(entry(), field);
}

QString VariantAnnotation::Transcript::text(int field) const
{
    return field < 0 ? QString() : AnnotationFields::display(raw(field));
}

QStringList VariantAnnotation::Transcript::values(int field) const
{
    QStringList list;
    if (field < 0)
        return list;
    std::vector<std::string_view> parts;
    AnnotationFields::values(raw(field), &parts);
    for (std::string_view p : parts) {
        std::string out;
        AnnotationFields::unescape(p, &out);
        list << QString::fromUtf8(out.data(), qsizetype(out.size()));
    }
    return list;
}

QStringList VariantAnnotation::Transcript::consequences() const
{
    QStringList terms = values(m_layout->consequence);
    terms.removeAll(QString());
    std::stable_sort(terms.begin(), terms.end(), [this](const QString& a, const QString& b) {
        return Consequence::rank(a.toStdString(), m_impact) <
               Consequence::rank(b.toStdString(), m_impact);
    });
    return terms;
}

QString VariantAnnotation::Transcript::worstConsequence() const
{
    const std::string_view term = Consequence::worstTerm(raw(m_layout->consequence), m_impact);
    return QString::fromUtf8(term.data(), qsizetype(term.size()));
}

QString VariantAnnotation::Transcript::hgvscShort() const
{
    const QString hgvs = hgvsc();
    return withoutSequencePrefix(hgvs.isEmpty() ? text(m_layout->dnaChange) : hgvs);
}

QString VariantAnnotation::Transcript::hgvspShort() const
{
    const QString hgvs = hgvsp();
    return withoutSequencePrefix(hgvs.isEmpty() ? text(m_layout->proteinChange) : hgvs);
}

QString VariantAnnotation::withoutSequencePrefix(const QString& hgvs)
{
    // "ENST00000357654.9:c.5266dup": the part after the reference sequence and ':' starts
    // with one of HGVS's coordinate types and a '.'.
    const int colon = hgvs.indexOf(QLatin1Char(':'));
    if (colon > 0 && colon + 2 < hgvs.size() && hgvs[colon + 2] == QLatin1Char('.') &&
        QStringLiteral("cgmnopr").contains(hgvs[colon + 1]))
        return hgvs.mid(colon + 1);
    return hgvs;
}

QStringList VariantAnnotation::vepAlleles(bcf1_t* record)
{
    QStringList list;
    if (!record)
        return list;
    bcf_unpack(record, BCF_UN_STR);
    const RecordAlleles alleles(record);
    for (const std::string& f : alleles.vep)
        list << QString::fromStdString(f);
    return list;
}

VariantAnnotation VariantAnnotation::decode(bcf1_t* record, const AnnotationSchema& schema)
{
    VariantAnnotation v;
    if (!record)
        return v;
    bcf_unpack(record, BCF_UN_INFO);
    const RecordAlleles alleles(record);
    v.m_alleles.resize(size_t(alleles.count));
    for (int i = 0; i < alleles.count; ++i) {
        v.m_alleles[size_t(i)].index = i + 1;
        const std::string_view alt = alleles.alts[size_t(i)];
        v.m_alleles[size_t(i)].alt = QString::fromUtf8(alt.data(), qsizetype(alt.size()));
    }

    std::vector<std::string_view> entries;
    const auto& layouts = schema.layouts();
    for (int tag = 0; tag < int(layouts.size()); ++tag) {
        const std::shared_ptr<const Layout>& layout = layouts[size_t(tag)];
        const std::string_view value = infoString(record, layout->infoId);
        if (value.empty() || value == ".")
            continue;
        const QByteArray data = layout->source == Source::SnpEffLegacy
                                    ? flattenLegacyEffects(value)
                                    : QByteArray(value.data(), qsizetype(value.size()));
        AnnotationFields::splitEntries(std::string_view(data.constData(), size_t(data.size())),
                                       &entries);
        for (int e = 0; e < int(entries.size()); ++e) {
            const std::string_view entry = entries[size_t(e)];
            if (entry.empty())
                continue;
            Transcript t;
            t.m_layout = layout;
            t.m_data = data;
            t.m_tag = tag;
            t.m_begin = int(entry.data() - data.constData());
            t.m_length = int(entry.size());
            t.m_entry = e;
            const Impact given = layout->impact >= 0
                                     ? Consequence::parseImpact(fieldOf(entry, layout->impact))
                                     : Impact::Unknown;
            const std::string_view terms = fieldOf(entry, layout->consequence);
            t.m_rank = Consequence::worstRank(terms, given);
            t.m_impact = given != Impact::Unknown
                             ? given
                             : Consequence::impactOf(Consequence::worstTerm(terms));
            const std::string_view mane = fieldOf(entry, layout->maneSelect);
            t.m_canonical =
                fieldOf(entry, layout->canonical) == "YES" || (!mane.empty() && mane != ".");
            t.m_allele = matchAllele(entry, *layout, alleles);
            if (t.m_allele > 0)
                v.m_alleles[size_t(t.m_allele - 1)].transcripts.push_back(std::move(t));
            else
                v.m_unassigned.push_back(std::move(t));
        }
    }
    for (Allele& a : v.m_alleles)
        std::stable_sort(a.transcripts.begin(), a.transcripts.end(), moreSevere);
    std::stable_sort(v.m_unassigned.begin(), v.m_unassigned.end(), moreSevere);

    // Population frequencies: INFO tags, then the annotators' sub-fields.
    for (const AnnotationSchema::FrequencyTag& tag : schema.frequencyTags()) {
        const std::vector<double> values = infoNumbers(record, tag.id);
        for (int i = 0; i < alleles.count; ++i) {
            double value = std::numeric_limits<double>::quiet_NaN();
            if ((tag.perAllele || int(values.size()) == alleles.count) && i < int(values.size()))
                value = values[size_t(i)];
            else if (values.size() == 1)
                value = values[0];
            updateFrequency(&v.m_alleles[size_t(i)], value, tag.name);
        }
    }
    for (Allele& a : v.m_alleles) {
        for (const Transcript& t : a.transcripts) {
            for (int field : t.layout().frequencyFields)
                updateFrequency(&a, largestValue(t.raw(field)),
                                t.layout().tag + QLatin1Char('/') + t.layout().fieldName(field));
        }
    }

    v.m_clinVar = ClinVarAnnotation::decode(record, schema);
    return v;
}

const VariantAnnotation::Allele* VariantAnnotation::allele(int index) const
{
    return index >= 1 && index <= int(m_alleles.size()) ? &m_alleles[size_t(index - 1)] : nullptr;
}

const VariantAnnotation::Transcript* VariantAnnotation::worst() const
{
    const Transcript* best = nullptr;
    for (const Allele& a : m_alleles)
        if (a.worst() && (!best || moreSevere(*a.worst(), *best)))
            best = a.worst();
    if (!m_unassigned.empty() && (!best || moreSevere(m_unassigned.front(), *best)))
        best = &m_unassigned.front();
    return best;
}

std::vector<const VariantAnnotation::Transcript*> VariantAnnotation::transcriptsInFileOrder() const
{
    std::vector<const Transcript*> all;
    for (const Allele& a : m_alleles)
        for (const Transcript& t : a.transcripts)
            all.push_back(&t);
    for (const Transcript& t : m_unassigned)
        all.push_back(&t);
    std::sort(all.begin(), all.end(), [](const Transcript* a, const Transcript* b) {
        return a->m_tag != b->m_tag ? a->m_tag < b->m_tag : a->m_entry < b->m_entry;
    });
    return all;
}

double VariantAnnotation::maxFrequency(QString* source) const
{
    double best = std::numeric_limits<double>::quiet_NaN();
    for (const Allele& a : m_alleles) {
        if (std::isnan(a.frequency) || a.frequency <= best)
            continue;
        best = a.frequency;
        if (source)
            *source = a.frequencySource;
    }
    return best;
}

} // namespace steward
