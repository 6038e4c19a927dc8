#include "models/variants/AnnotationSchema.h"

#include <initializer_list>

#include <QRegularExpression>

namespace steward {

struct AnnotationSchema::Data
{
    std::vector<std::shared_ptr<const Layout>> layouts;
    ClinVarTags clinVar;
    std::vector<FrequencyTag> frequencyTags;
    QStringList problems;
};

namespace {

// INFO tags that hold a population allele frequency, as gnomAD, ExAC, ESP, 1000 Genomes and the
// annotators that copy them (ClinVar's VCF, SnpSift, vcfanno configs in wide use) name them.
// The cohort's own INFO/AF is not one of them.
const char* const kFrequencyTags[] = {
    "gnomAD_AF",        "gnomADe_AF",        "gnomADg_AF", "gnomAD_exome_AF", "gnomAD_genome_AF",
    "gnomAD_exomes_AF", "gnomAD_genomes_AF", "GNOMAD_AF",  "GNOMADAF",        "gnomAD_popmax_AF",
    "AF_EXAC",          "ExAC_AF",           "EXAC_AF",    "EXACAF",          "AF_ESP",
    "ESP_AF",           "ESP6500_AF",        "AF_TGP",     "1000G_AF",        "1000GAF",
    "TOPMED_AF",        "SWEGENAF",
};

// VEP sub-fields with a population allele frequency (--af, --af_gnomade, --af_gnomadg,
// --max_af, --af_esp, --af_exac), preferred first when two give the same value.
const char* const kFrequencyFields[] = {
    "MAX_AF",  "gnomADe_AF", "gnomADg_AF", "gnomAD_AF", "gnomAD_exomes_AF", "gnomAD_genomes_AF",
    "ExAC_AF", "AF",         "AA_AF",      "EA_AF",
};

QString hrecValue(const bcf_hrec_t* hrec, const char* key)
{
    return AnnotationSchema::headerValue(hrec, key);
}

/** The first of @p names that is a sub-field, or -1; never one of @p taken. */
int findField(const AnnotationFields& fields, std::initializer_list<const char*> names,
              std::initializer_list<int> taken = {})
{
    for (const char* name : names) {
        const int i = fields.indexOf(QLatin1String(name));
        if (i < 0)
            continue;
        bool used = false;
        for (int t : taken)
            used = used || t == i;
        if (!used)
            return i;
    }
    return -1;
}

void findRoles(AnnotationSchema::Layout* l)
{
    const AnnotationFields& f = l->fields;
    l->allele = findField(f, {"Allele"});
    l->alleleNumber = findField(f, {"ALLELE_NUM"});
    l->consequence = findField(f, {"Consequence", "Annotation", "Effect"});
    l->impact = findField(f, {"IMPACT", "Annotation_Impact", "Effect_Impact"});
    l->symbol = findField(f, {"SYMBOL", "Gene_Name", "gene"});
    // bcftools' "gene" is a symbol; a case-blind match of "Gene" must not take it again.
    l->geneId = findField(f, {"Gene", "Gene_ID"}, {l->symbol});
    l->featureType = findField(f, {"Feature_type", "Feature_Type"});
    l->feature =
        findField(f, {"Feature", "Feature_ID", "transcript", "Transcript_ID"}, {l->featureType});
    l->biotype = findField(f, {"BIOTYPE", "Transcript_BioType", "biotype", "Gene_BioType"});
    l->exon = findField(f, {"EXON", "Rank", "Exon_Rank", "Exon"});
    l->intron = findField(f, {"INTRON"}, {l->exon});
    l->hgvsc = findField(f, {"HGVSc", "HGVS.c"});
    l->hgvsp = findField(f, {"HGVSp", "HGVS.p"});
    l->dnaChange = findField(f, {"dna_change", "Codon_Change"});
    l->proteinChange = findField(f, {"amino_acid_change", "Amino_Acid_change"});
    l->canonical = findField(f, {"CANONICAL"});
    l->maneSelect = findField(f, {"MANE_SELECT", "MANE"});
    if (l->source == AnnotationSchema::Source::Vep) {
        for (const char* name : kFrequencyFields) {
            // Exact names only: "AF" must not pick up "af" from some plugin.
            const int i = f.names().indexOf(QLatin1String(name));
            if (i >= 0)
                l->frequencyFields.push_back(i);
        }
    }
}

bool mentions(const QString& description, const char* what)
{
    return description.contains(QLatin1String(what), Qt::CaseInsensitive);
}

/** Which annotator wrote INFO/@p tag, judged by its name and Description; false if none. */
bool annotationSource(const QString& tag, const QString& description,
                      AnnotationSchema::Source* source)
{
    using Source = AnnotationSchema::Source;
    const bool vep = mentions(description, "Ensembl VEP");
    const bool csq = mentions(description, "bcftools/csq") || mentions(description, "bcftools csq");
    if (tag == QLatin1String("BCSQ") || (tag == QLatin1String("CSQ") && csq)) {
        *source = Source::BcftoolsCsq;
        return true;
    }
    if (tag == QLatin1String("CSQ") || (vep && mentions(description, "Format:"))) {
        *source = Source::Vep;
        return true;
    }
    if (tag == QLatin1String("ANN")) {
        *source = Source::SnpEff;
        return true;
    }
    if (tag == QLatin1String("EFF")) {
        *source = Source::SnpEffLegacy;
        return true;
    }
    return false;
}

/** "0 - Uncertain significance, 1 - not provided, ..." -> {"0": "Uncertain significance"}. */
QHash<QString, QString> significanceLegend(const QString& description)
{
    QHash<QString, QString> codes;
    static const QRegularExpression pair(QStringLiteral("(?:^|,)\\s*(\\d+)\\s+-\\s+([^,]+)"));
    auto it = pair.globalMatch(description);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        codes.insert(m.captured(1), m.captured(2).trimmed());
    }
    return codes.size() >= 2 ? codes : QHash<QString, QString>();
}

} // namespace

AnnotationSchema::AnnotationSchema() : d(std::make_shared<Data>()) {}

QStringList AnnotationSchema::legacyEffectNames(const QString& description)
{
    const int format = description.lastIndexOf(QLatin1String("Format:"), -1, Qt::CaseInsensitive);
    if (format < 0)
        return {};
    QString list = description.mid(format + 7);
    const int open = list.indexOf(QLatin1Char('('));
    if (open < 0)
        return {};
    list[open] = QLatin1Char('|');
    for (QChar c : {QLatin1Char('\''), QLatin1Char('['), QLatin1Char(']'), QLatin1Char(')')})
        list.remove(c);
    QStringList names;
    const QStringList parts = list.split(QLatin1Char('|'));
    for (const QString& part : parts) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            names << name;
    }
    return names.size() >= 2 ? names : QStringList();
}

AnnotationSchema AnnotationSchema::fromHeader(const bcf_hdr_t* header, QString* error)
{
    auto data = std::make_shared<Data>();
    if (!header) {
        data->problems << tr("The file has no readable VCF header, so it has no annotations.");
    } else {
        for (int i = 0; i < header->nhrec; ++i) {
            const bcf_hrec_t* hrec = header->hrec[i];
            if (hrec->type != BCF_HL_INFO)
                continue;
            const QString tag = hrecValue(hrec, "ID");
            const QString description = hrecValue(hrec, "Description");
            Source source;
            if (tag.isEmpty() || !annotationSource(tag, description, &source))
                continue;
            auto layout = std::make_shared<Layout>();
            layout->source = source;
            layout->tag = tag;
            layout->infoId = bcf_hdr_id2int(header, BCF_DT_ID, tag.toUtf8().constData());
            if (source == Source::SnpEffLegacy) {
                const QStringList names = legacyEffectNames(description);
                if (!names.isEmpty())
                    layout->fields = AnnotationFields::fromDescription(
                        QStringLiteral("Format: ") + names.join(QLatin1Char('|')));
            } else {
                layout->fields = AnnotationFields::fromDescription(description);
            }
            if (layout->infoId < 0 || layout->fields.isEmpty()) {
                data->problems
                    << tr("The header line of INFO/%1 does not list its sub-fields: its "
                          "Description has no \"Format: Allele|Consequence|...\" part, so the "
                          "%2 annotations in this file cannot be split into transcripts and are "
                          "not shown. Annotate the file again with VCF output, or add the list "
                          "to the header line (bcftools annotate -h).")
                           .arg(tag, sourceName(source));
                continue;
            }
            findRoles(layout.get());
            data->layouts.push_back(std::move(layout));
        }

        ClinVarTags& c = data->clinVar;
        const auto infoId = [header](const char* tag) {
            const int id = bcf_hdr_id2int(header, BCF_DT_ID, tag);
            return id >= 0 && bcf_hdr_idinfo_exists(header, BCF_HL_INFO, id) ? id : -1;
        };
        c.clnsig = infoId("CLNSIG");
        c.clnsigconf = infoId("CLNSIGCONF");
        c.clnrevstat = infoId("CLNREVSTAT");
        c.clndn = infoId("CLNDN");
        c.clndisdb = infoId("CLNDISDB");
        c.clnhgvs = infoId("CLNHGVS");
        c.clnvc = infoId("CLNVC");
        c.geneinfo = infoId("GENEINFO");
        c.alleleid = infoId("ALLELEID");
        c.rs = infoId("RS");
        c.mc = infoId("MC");
        c.origin = infoId("ORIGIN");
        if (c.clnsig >= 0) {
            const bcf_hrec_t* hrec = bcf_hdr_get_hrec(header, BCF_HL_INFO, "ID", "CLNSIG", nullptr);
            if (hrec)
                c.significanceCodes = significanceLegend(hrecValue(hrec, "Description"));
        }

        for (const char* name : kFrequencyTags) {
            const int id = infoId(name);
            if (id < 0)
                continue;
            const int type = bcf_hdr_id2type(header, BCF_HL_INFO, id);
            if (type != BCF_HT_REAL && type != BCF_HT_STR)
                continue;
            FrequencyTag t;
            t.name = QLatin1String(name);
            t.id = id;
            t.perAllele = bcf_hdr_id2length(header, BCF_HL_INFO, id) == BCF_VL_A;
            data->frequencyTags.push_back(t);
        }
    }
    if (error)
        *error = data->problems.join(QLatin1Char('\n'));
    AnnotationSchema schema;
    schema.d = std::move(data);
    return schema;
}

const std::vector<std::shared_ptr<const AnnotationSchema::Layout>>&
AnnotationSchema::layouts() const
{
    return d->layouts;
}

std::shared_ptr<const AnnotationSchema::Layout> AnnotationSchema::layout(Source source) const
{
    for (const auto& l : d->layouts)
        if (l->source == source)
            return l;
    return nullptr;
}

const AnnotationSchema::ClinVarTags& AnnotationSchema::clinVar() const
{
    return d->clinVar;
}

const std::vector<AnnotationSchema::FrequencyTag>& AnnotationSchema::frequencyTags() const
{
    return d->frequencyTags;
}

const QStringList& AnnotationSchema::problems() const
{
    return d->problems;
}

QString AnnotationSchema::sourceName(Source source)
{
    // Product names: not translated.
    switch (source) {
    case Source::Vep:
        return QStringLiteral("Ensembl VEP");
    case Source::SnpEff:
        return QStringLiteral("SnpEff");
    case Source::SnpEffLegacy:
        return QStringLiteral("SnpEff (EFF)");
    case Source::BcftoolsCsq:
        return QStringLiteral("bcftools csq");
    }
    return QString();
}

QString AnnotationSchema::headerValue(const bcf_hrec_t* hrec, const char* key)
{
    if (!hrec)
        return QString();
    for (int i = 0; i < hrec->nkeys; ++i) {
        if (qstrcmp(hrec->keys[i], key) != 0)
            continue;
        QString v = QString::fromUtf8(hrec->vals[i]);
        if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
            v = v.mid(1, v.size() - 2);
        v.replace(QLatin1String("\\\""), QLatin1String("\""));
        return v;
    }
    return QString();
}

} // namespace steward
