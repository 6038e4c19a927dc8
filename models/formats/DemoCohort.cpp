#include "models/formats/DemoCohort.h"

#include <QString>

#include "models/formats/SyntheticAnnotation.h"

namespace steward {

namespace {

/** A JSON writer that keeps keys in the order written (QJsonObject sorts them). */
class JsonText final
{
public:
    JsonText& begin(const char* key = nullptr) { return open(key, '{'); }
    JsonText& beginArray(const char* key = nullptr) { return open(key, '['); }
    JsonText& end()
    {
        const char bracket = m_stack.back() == '{' ? '}' : ']';
        const bool empty = m_first.back();
        m_stack.pop_back();
        m_first.pop_back();
        if (!empty)
            newline();
        m_text += bracket;
        if (m_stack.empty())
            m_text += '\n';
        return *this;
    }
    JsonText& field(const char* key, const QString& value)
    {
        prefix(key);
        m_text += quoted(value);
        return *this;
    }
    JsonText& field(const char* key, const char* value)
    {
        return field(key, QString::fromUtf8(value));
    }
    JsonText& field(const char* key, qint64 value)
    {
        prefix(key);
        m_text += QByteArray::number(value);
        return *this;
    }
    JsonText& flag(const char* key, bool value)
    {
        prefix(key);
        m_text += value ? "true" : "false";
        return *this;
    }
    JsonText& item(const QString& value)
    {
        prefix(nullptr);
        m_text += quoted(value);
        return *this;
    }
    /** {"id": .., "label": ..} */
    JsonText& term(const char* key, const char* id, const char* label)
    {
        return begin(key).field("id", id).field("label", label).end();
    }
    const QByteArray& text() const { return m_text; }

private:
    JsonText& open(const char* key, char bracket)
    {
        prefix(key);
        m_text += bracket;
        m_stack.push_back(bracket);
        m_first.push_back(true);
        return *this;
    }
    void prefix(const char* key)
    {
        if (!m_stack.empty()) {
            if (!m_first.back())
                m_text += ',';
            m_first.back() = false;
            newline();
        }
        if (key)
            m_text += quoted(QString::fromUtf8(key)) + ": ";
    }
    void newline()
    {
        m_text += '\n';
        m_text += QByteArray(int(m_stack.size()) * 2, ' ');
    }
    static QByteArray quoted(const QString& value)
    {
        QByteArray out = "\"";
        for (const char c : value.toUtf8()) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                out += c;
            }
        }
        return out + '"';
    }

    QByteArray m_text;
    std::vector<char> m_stack;
    std::vector<bool> m_first;
};

} // namespace

const std::vector<DemoCohort::Finding>& DemoCohort::findings()
{
    // Approximate GRCh38 positions; values illustrative, not for clinical use.
    static const std::vector<Finding> list = {
        {"CFTR", "chr7", 117559590, "ATCT", "A", "rs113993960", 6000, "inframe_deletion",
         "c.1521_1523del", "p.Phe508del", "Pathogenic", "reviewed_by_expert_panel", 29500},
        {"BRCA1", "chr17", 43124027, "ACT", "A", "rs80357914", 300, "frameshift_variant",
         "c.68_69del", "p.Glu23ValfsTer17", "Pathogenic", "reviewed_by_expert_panel", 32076},
        {"BRCA2", "chr13", 32340300, "GT", "G", "rs80359550", 150, "frameshift_variant",
         "c.5946del", "p.Ser1982ArgfsTer22", "Pathogenic", "reviewed_by_expert_panel", 66920},
        {"TP53", "chr17", 7675088, "C", "T", "rs28934578", 40, "missense_variant", "c.524G>A",
         "p.Arg175His", "Pathogenic", "reviewed_by_expert_panel", 27395},
        {"MLH1", "chr3", 37001058, "G", "A", "", 20, "missense_variant", "c.199G>A", "p.Gly67Arg",
         "Pathogenic", "criteria_provided,_multiple_submitters,_no_conflicts", 104781},
        {"LDLR", "chr19", 11116926, "G", "A", "", 60, "missense_variant", "c.1646G>A",
         "p.Gly549Asp", "Pathogenic", "criteria_provided,_multiple_submitters,_no_conflicts",
         226374},
        {"FBN1", "chr15", 48411123, "A", "G", "", 10, "missense_variant", "c.7754T>C",
         "p.Ile2585Thr", "Likely_pathogenic", "criteria_provided,_single_submitter", 418207},
        {"DMD", "chrX", 32364060, "G", "A", "", 10, "stop_gained", "c.5530C>T", "p.Arg1844Ter",
         "Pathogenic", "criteria_provided,_multiple_submitters,_no_conflicts", 95312},
        {"MSH2", "chr2", 47414421, "A", "T", "", 10, "splice_region_variant&intron_variant",
         "c.942+3A>T", "", "Pathogenic", "reviewed_by_expert_panel", 105614},
        {"SCN1A", "chr2", 166009785, "G", "A", "", 10, "missense_variant", "c.2836C>T",
         "p.Arg946Cys", "Pathogenic", "criteria_provided,_single_submitter", 189033},
    };
    return list;
}

const std::vector<DemoCohort::Person>& DemoCohort::people()
{
    // One person per block reads better than one field per line.
    // clang-format off
    static const std::vector<Person> list = {
        {"MRN0012345", Sex::Male, "1987-06-02", 36, "DS(MONDO:0009061)", "2021-02-11", "cohort",
         false, "RGH-448-20931", "MONDO:0009061", "cystic fibrosis",
         {{"HP:0006528", "Chronic lung disease", false},
          {"HP:0001738", "Exocrine pancreatic insufficiency", false},
          {"HP:0002110", "Bronchiectasis", false},
          {"HP:0001508", "Failure to thrive", true}},
         0},
        {"MRN0012388", Sex::Female, "1979-11-23", 44, "DS(MONDO:0007254)", "2020-09-30", "cohort",
         false, "RGH-448-21877", "OMIM:604370",
         "Breast-ovarian cancer, familial, susceptibility to, 1",
         {{"HP:0003002", "Breast carcinoma", false}, {"HP:0100615", "Ovarian neoplasm", true}},
         1},
        {"MRN0013502", Sex::Female, "1984-04-09", 39, "HMB", "2021-05-17", "cohort", false,
         "RGH-448-22316", "OMIM:612555", "Breast-ovarian cancer, familial, susceptibility to, 2",
         {{"HP:0003002", "Breast carcinoma", false}, {"HP:0100615", "Ovarian neoplasm", false}},
         2},
        {"MRN0014417", Sex::Female, "1995-08-14", 28, "GRU", "2019-12-03", "cohort", false,
         "RGH-448-19004", "OMIM:151623", "Li-Fraumeni syndrome",
         {{"HP:0100242", "Sarcoma", false}, {"HP:0003002", "Breast carcinoma", false}},
         3},
        {"MRN0015063", Sex::Male, "1968-02-27", 55, "HMB;NPU", "2020-01-22", "cohort", false,
         "RGH-448-17655", "OMIM:609310", "Lynch syndrome 2",
         {{"HP:0003003", "Colon cancer", false}},
         4},
        {"MRN0015990", Sex::Female, "1972-10-05", 51, "GRU;IRB", "2022-03-08", "cohort", false,
         "RGH-448-24410", "OMIM:143890", "Hypercholesterolemia, familial, 1",
         {{"HP:0003124", "Hypercholesterolemia", false}, {"HP:0001114", "Xanthelasma", false}},
         5},
        {"MRN0016234", Sex::Male, "2001-01-19", 22, "HMB;NCU;PUB", "2021-11-29", "cohort", false,
         "RGH-448-23108", "OMIM:154700", "Marfan syndrome",
         {{"HP:0001166", "Arachnodactyly", false},
          {"HP:0001083", "Ectopia lentis", false},
          {"HP:0002616", "Aortic root aneurysm", false}},
         6},
        {"MRN0017118", Sex::Male, "2015-07-30", 8, "DS(MONDO:0010679)", "2022-06-14", "cohort",
         false, "RGH-448-25061", "OMIM:310200", "Duchenne muscular dystrophy",
         {{"HP:0003560", "Muscular dystrophy", false},
          {"HP:0003236", "Elevated circulating creatine kinase concentration", false},
          {"HP:0003707", "Calf muscular pseudohypertrophy", false}},
         7},
        {"MRN0018846", Sex::Female, "1958-12-02", 65, "GRU", "2018-07-19", "cohort", true,
         "RGH-448-15532", "OMIM:120435", "Lynch syndrome 1",
         {{"HP:0003003", "Colon cancer", false}, {"HP:0010784", "Uterine neoplasm", false}},
         8},
        {"MRN0019020", Sex::Male, "1990-05-25", 33, "NRES", "2019-03-14", "cohort", false,
         "RGH-448-18120", nullptr, nullptr, {}, -1},
        {"MRN0019377", Sex::Female, "1983-09-11", 40, "GRU", "2020-06-02", "cohort", false,
         "RGH-448-20377", nullptr, nullptr, {}, -1},
        {"MRN0020051", Sex::Male, "1976-03-30", 47, "HMB", "2021-08-23", "cohort", false,
         "RGH-448-23954", nullptr, nullptr, {}, -1},
        // The trio: proband, father, mother.
        {"MRN0031001", Sex::Male, "2019-10-08", 4, "HMB", "2023-01-16", "trio", false,
         "RGH-448-27713", "OMIM:607208", "Dravet syndrome",
         {{"HP:0001250", "Seizure", false}, {"HP:0001263", "Global developmental delay", false}},
         9},
        {"MRN0031002", Sex::Male, "1986-04-21", 37, "HMB", "2023-01-16", "trio", false,
         "RGH-448-27714", nullptr, nullptr, {}, -1},
        {"MRN0031003", Sex::Female, "1988-12-13", 35, "HMB", "2023-01-16", "trio", false,
         "RGH-448-27715", nullptr, nullptr, {}, -1},
    };
    // clang-format on
    return list;
}

QByteArray DemoCohort::phenopacket(const Person& person)
{
    const Finding& finding = findings()[size_t(person.finding)];
    const SyntheticAnnotation::Gene* gene = SyntheticAnnotation::knownGene(finding.gene);
    const QByteArray transcript = gene->transcripts.front().id;
    const QByteArray protein = gene->transcripts.front().protein;
    const bool haploid = person.sex == Sex::Male && QByteArray(finding.contig) == "chrX";
    const bool homozygous = QByteArray(finding.gene) == "CFTR";
    const bool omim = QByteArray(person.diseaseId).startsWith("OMIM");
    const QString id = QString::fromLatin1(person.id);

    JsonText j;
    j.begin();
    j.field("id", QStringLiteral("phenopacket.") + id);
    j.begin("subject")
        .field("id", id)
        .beginArray("alternateIds")
        .item(QString::fromLatin1(person.hospitalNumber))
        .end()
        .field("dateOfBirth",
               QString::fromLatin1(person.dateOfBirth) + QStringLiteral("T00:00:00Z"))
        .begin("timeAtLastEncounter")
        .begin("age")
        .field("iso8601duration", QStringLiteral("P%1Y").arg(person.age))
        .end()
        .end()
        .field("sex", person.sex == Sex::Male ? "MALE" : "FEMALE")
        .term("taxonomy", "NCBITaxon:9606", "Homo sapiens")
        .end();
    j.beginArray("phenotypicFeatures");
    for (const Feature& f : person.features) {
        j.begin().term("type", f.id, f.label);
        if (f.excluded)
            j.flag("excluded", true);
        j.end();
    }
    j.end();
    j.beginArray("diseases")
        .begin()
        .term("term", person.diseaseId, person.diseaseLabel)
        .end()
        .end();
    j.beginArray("interpretations").begin();
    j.field("id", QStringLiteral("interpretation.") + id).field("progressStatus", "SOLVED");
    j.begin("diagnosis").term("disease", person.diseaseId, person.diseaseLabel);
    j.beginArray("genomicInterpretations").begin();
    j.field("subjectOrBiosampleId", id).field("interpretationStatus", "CAUSATIVE");
    j.begin("variantInterpretation")
        .field("acmgPathogenicityClassification", QByteArray(finding.significance) == "Pathogenic"
                                                      ? "PATHOGENIC"
                                                      : "LIKELY_PATHOGENIC");
    j.begin("variationDescriptor")
        .field("id", QString::fromLatin1(finding.gene) + QLatin1Char('_') +
                         QString::fromLatin1(finding.hgvsc))
        .begin("geneContext")
        .field("valueId", QStringLiteral("HGNC:%1").arg(gene->hgnc))
        .field("symbol", finding.gene)
        .end();
    j.beginArray("expressions")
        .begin()
        .field("syntax", "hgvs.c")
        .field("value", QString::fromLatin1(transcript + ":" + finding.hgvsc))
        .end();
    if (finding.hgvsp[0])
        j.begin()
            .field("syntax", "hgvs.p")
            .field("value", QString::fromLatin1(protein + ":" + finding.hgvsp))
            .end();
    j.end();
    j.begin("vcfRecord")
        .field("genomeAssembly", "GRCh38")
        .field("chrom", finding.contig)
        .field("pos", finding.pos)
        .field("ref", finding.ref)
        .field("alt", finding.alt)
        .end();
    if (haploid)
        j.term("allelicState", "GENO:0000134", "hemizygous");
    else if (homozygous)
        j.term("allelicState", "GENO:0000136", "homozygous");
    else
        j.term("allelicState", "GENO:0000135", "heterozygous");
    j.end().end().end().end().end().end(); // descriptor, interpretation, gi, list, diagnosis, item
    j.end();                               // interpretations
    const QByteArray vcf = person.dataset == QByteArray("trio")
                               ? QByteArray(kTrioFolder) + "/trio.vcf.gz"
                               : QByteArray(kRunFolder) + "/cohort.vcf.gz";
    j.beginArray("files")
        .begin()
        .field("uri", QString::fromLatin1("file://" + vcf))
        .begin("individualToFileIdentifiers")
        .field(person.id, id)
        .end()
        .begin("fileAttributes")
        .field("genomeAssembly", "GRCh38")
        .field("fileFormat", "VCF")
        .end()
        .end()
        .end();
    j.begin("metaData")
        .field("created", "2024-03-15T09:30:00Z")
        .field("createdBy", "Dr. Jane Doe")
        .field("submittedBy", kHospital);
    j.beginArray("resources");
    j.begin()
        .field("id", "hp")
        .field("name", "human phenotype ontology")
        .field("url", "http://purl.obolibrary.org/obo/hp.owl")
        .field("version", "2024-02-08")
        .field("namespacePrefix", "HP")
        .field("iriPrefix", "http://purl.obolibrary.org/obo/HP_")
        .end();
    if (omim)
        j.begin()
            .field("id", "omim")
            .field("name", "Online Mendelian Inheritance in Man")
            .field("url", "https://www.omim.org")
            .field("version", "2024-03-01")
            .field("namespacePrefix", "OMIM")
            .field("iriPrefix", "https://omim.org/entry/")
            .end();
    else
        j.begin()
            .field("id", "mondo")
            .field("name", "Mondo Disease Ontology")
            .field("url", "http://purl.obolibrary.org/obo/mondo.obo")
            .field("version", "2024-03-04")
            .field("namespacePrefix", "MONDO")
            .field("iriPrefix", "http://purl.obolibrary.org/obo/MONDO_")
            .end();
    j.begin()
        .field("id", "geno")
        .field("name", "Genotype Ontology")
        .field("url", "http://purl.obolibrary.org/obo/geno.owl")
        .field("version", "2023-10-08")
        .field("namespacePrefix", "GENO")
        .field("iriPrefix", "http://purl.obolibrary.org/obo/GENO_")
        .end();
    j.begin()
        .field("id", "hgnc")
        .field("name", "HUGO Gene Nomenclature Committee")
        .field("url", "https://www.genenames.org")
        .field("version", "2024-03-01")
        .field("namespacePrefix", "HGNC")
        .field("iriPrefix", "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/")
        .end();
    j.end();                                          // resources
    j.field("phenopacketSchemaVersion", "2.0").end(); // metaData
    j.end();
    return j.text();
}

QByteArray DemoCohort::sampleSheet()
{
    QByteArray sheet = "sample_id,consent,consent_date,dataset,withdrawn\n";
    for (const Person& person : people()) {
        sheet += QByteArray(person.id) + ',' + person.consent + ',' + person.consentDate + ',' +
                 person.dataset + ',' + (person.withdrawn ? "yes" : "no") + '\n';
    }
    return sheet;
}

QByteArray DemoCohort::ped()
{
    QByteArray ped = "#Family ID\tIndividual ID\tPaternal ID\tMaternal ID\tSex\tPhenotype\n";
    for (int p : {kTrioFather, kTrioMother, kTrioChild}) {
        const Person& person = people()[size_t(p)];
        const bool child = p == kTrioChild;
        ped += QByteArray("FAM0042\t") + person.id + '\t' +
               (child ? people()[kTrioFather].id : "0") + '\t' +
               (child ? people()[kTrioMother].id : "0") + '\t' +
               (person.sex == Sex::Male ? "1" : "2") + '\t' + (child ? "2" : "1") + '\n';
    }
    return ped;
}

} // namespace steward
