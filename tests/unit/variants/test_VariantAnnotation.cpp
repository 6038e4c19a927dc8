// Decoding of VEP CSQ, SnpEff ANN/EFF and bcftools BCSQ on small VCFs written here: the
// consequence order, the schema read from the header, transcripts worst first, alleles.
// Every expected value is worked out by hand from the record text shown next to it.

#include <cmath>

#include <QtTest>

#include "models/variants/AnnotationSchema.h"
#include "models/variants/Consequence.h"
#include "models/variants/VariantAnnotation.h"
#include "tests/common/SmallVcf.h"

using namespace steward;
using namespace steward::test;
using Impact = Consequence::Impact;
using Source = AnnotationSchema::Source;

class TestVariantAnnotation : public QObject
{
    Q_OBJECT

private:
    SmallVcfFiles m_vcfs;
    Vcf read(const QByteArray& text) { return m_vcfs.read(text); }

private Q_SLOTS:
    void consequenceOrder();
    void consequenceAliasesAndUnknownTerms();
    void schemaReadsOrderFromHeader();
    void schemaWithoutFormatIsAClearError();
    void vepTranscriptsWorstFirst();
    void vepAllelesOfMultiallelicRecords();
    void snpEffAnn();
    void snpEffLegacyEff();
    void bcftoolsCsq();
};

void TestVariantAnnotation::consequenceOrder()
{
    const std::vector<Consequence::Term>& terms = Consequence::terms();
    QCOMPARE(int(terms.size()), 41);
    // Ensembl's head and tail of the list, in order.
    const char* const expected[] = {"transcript_ablation",  "splice_acceptor_variant",
                                    "splice_donor_variant", "stop_gained",
                                    "frameshift_variant",   "stop_lost",
                                    "start_lost",           "transcript_amplification"};
    for (int i = 0; i < 8; ++i)
        QCOMPARE(QLatin1String(terms[size_t(i)].name), QLatin1String(expected[i]));
    QCOMPARE(QLatin1String(terms[39].name), QLatin1String("intergenic_variant"));
    QCOMPARE(QLatin1String(terms.back().name), QLatin1String("sequence_variant"));
    QCOMPARE(QLatin1String(terms[3].accession), QLatin1String("SO:0001587"));

    // Ranks strictly increase down the list.
    for (size_t i = 1; i < terms.size(); ++i)
        QVERIFY2(Consequence::rank(terms[i - 1].name) < Consequence::rank(terms[i].name),
                 terms[i].name);
    QVERIFY(Consequence::rank("stop_gained") < Consequence::rank("missense_variant"));
    QVERIFY(Consequence::rank("missense_variant") < Consequence::rank("splice_region_variant"));
    QVERIFY(Consequence::rank("splice_region_variant") < Consequence::rank("synonymous_variant"));
    QVERIFY(Consequence::rank("synonymous_variant") < Consequence::rank("intron_variant"));
    QVERIFY(Consequence::rank("intron_variant") < Consequence::rank("upstream_gene_variant"));
    QVERIFY(Consequence::rank("upstream_gene_variant") < Consequence::rank("intergenic_variant"));

    QCOMPARE(Consequence::impactOf("stop_gained"), Impact::High);
    QCOMPARE(Consequence::impactOf("missense_variant"), Impact::Moderate);
    QCOMPARE(Consequence::impactOf("synonymous_variant"), Impact::Low);
    QCOMPARE(Consequence::impactOf("intron_variant"), Impact::Modifier);
    QCOMPARE(Consequence::parseImpact("moderate"), Impact::Moderate);
    QCOMPARE(Consequence::parseImpact("?"), Impact::Unknown);
    QCOMPARE(Consequence::impactKeyword(Impact::High), QStringLiteral("HIGH"));

    // "a&b": the most severe of the two, whichever comes first.
    QCOMPARE(Consequence::worstRank("intron_variant&splice_region_variant"),
             Consequence::rank("splice_region_variant"));
    QCOMPARE(QString::fromStdString(std::string(
                 Consequence::worstTerm("splice_region_variant&stop_gained&intron_variant"))),
             QStringLiteral("stop_gained"));
}

void TestVariantAnnotation::consequenceAliasesAndUnknownTerms()
{
    // bcftools csq, SnpEff and SnpEff 3 names rank as the Ensembl term they mean.
    QCOMPARE(Consequence::rank("missense"), Consequence::rank("missense_variant"));
    QCOMPARE(Consequence::rank("*missense"), Consequence::rank("missense_variant"));
    QCOMPARE(Consequence::rank("NON_SYNONYMOUS_CODING"), Consequence::rank("missense_variant"));
    QCOMPARE(Consequence::rank("disruptive_inframe_deletion"),
             Consequence::rank("inframe_deletion"));
    QCOMPARE(Consequence::rank("intergenic_region"), Consequence::rank("intergenic_variant"));
    QCOMPARE(Consequence::rank("5_prime_utr"), Consequence::rank("5_prime_UTR_variant"));
    QCOMPARE(Consequence::ensemblTerm("frameshift"), QStringLiteral("frameshift_variant"));
    QCOMPARE(Consequence::ensemblTerm("gene_fusion"), QString());

    // Unknown terms rank after the known terms of the impact the annotator gave them.
    const int highUnknown = Consequence::rank("gene_fusion", Impact::High);
    QVERIFY(highUnknown > Consequence::rank("feature_truncation"));
    QVERIFY(highUnknown < Consequence::rank("inframe_insertion"));
    const int lowUnknown = Consequence::rank("sequence_feature", Impact::Low);
    QVERIFY(lowUnknown > Consequence::rank("synonymous_variant"));
    QVERIFY(lowUnknown < Consequence::rank("coding_sequence_variant"));
    QVERIFY(Consequence::rank("no_such_term") > Consequence::rank("sequence_variant"));
    QCOMPARE(Consequence::rank("no_such_term"), Consequence::unknownRank());
}

void TestVariantAnnotation::schemaReadsOrderFromHeader()
{
    // A VEP layout in an unusual order, SnpEff's quoted list, bcftools csq, and EFF.
    const Vcf vcf = read(
        "##fileformat=VCFv4.2\n##contig=<ID=1>\n"
        "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl "
        "VEP. Format: SYMBOL|Consequence|Feature|Allele|IMPACT|HGVSp|HGVSc|MAX_AF|AF\">\n"
        "##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional annotations: 'Allele | "
        "Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | "
        "Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / cDNA.length | CDS.pos / "
        "CDS.length | AA.pos / AA.length | Distance | ERRORS / WARNINGS / INFO' \">\n"
        "##INFO=<ID=BCSQ,Number=.,Type=String,Description=\"Haplotype-aware consequence "
        "annotation from BCFtools/csq, see http://samtools.github.io/bcftools/howtos/"
        "csq-calling.html for details. Format: "
        "Consequence|gene|transcript|biotype|strand|amino_acid_change|dna_change\">\n"
        "##INFO=<ID=EFF,Number=.,Type=String,Description=\"Predicted effects for this "
        "variant.Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | "
        "Amino_Acid_change| Amino_Acid_length | Gene_Name | Gene_BioType | Coding | Transcript "
        "| Exon [ | ERRORS | WARNINGS ] )' \">\n"
        "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"Clinical significance\">\n"
        "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"Review status\">\n"
        "##INFO=<ID=gnomAD_AF,Number=A,Type=Float,Description=\"gnomAD\">\n"
        "##INFO=<ID=AF_EXAC,Number=1,Type=Float,Description=\"ExAC\">\n"
        "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Cohort allele frequency\">\n" +
        kColumns);
    QVERIFY(vcf.header);
    QString error;
    const AnnotationSchema schema = AnnotationSchema::fromHeader(vcf.header.get(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(int(schema.layouts().size()), 4);

    const auto vep = schema.layout(Source::Vep);
    QVERIFY(vep);
    QCOMPARE(vep->tag, QStringLiteral("CSQ"));
    QCOMPARE(vep->fieldCount(), 9);
    QCOMPARE(vep->symbol, 0);
    QCOMPARE(vep->consequence, 1);
    QCOMPARE(vep->feature, 2);
    QCOMPARE(vep->allele, 3);
    QCOMPARE(vep->impact, 4);
    QCOMPARE(vep->hgvsp, 5);
    QCOMPARE(vep->hgvsc, 6);
    QCOMPARE(vep->canonical, -1);
    QCOMPARE(vep->frequencyFields, (std::vector<int>{7, 8})); // MAX_AF before AF

    const auto ann = schema.layout(Source::SnpEff);
    QVERIFY(ann);
    QCOMPARE(ann->fieldCount(), 16);
    QCOMPARE(ann->fieldName(1), QStringLiteral("Annotation"));
    QCOMPARE(ann->consequence, 1);
    QCOMPARE(ann->impact, 2);
    QCOMPARE(ann->symbol, 3);
    QCOMPARE(ann->geneId, 4);
    QCOMPARE(ann->feature, 6);
    QCOMPARE(ann->hgvsc, 9);
    QCOMPARE(ann->hgvsp, 10);
    QVERIFY(ann->frequencyFields.empty());

    const auto bcsq = schema.layout(Source::BcftoolsCsq);
    QVERIFY(bcsq);
    QCOMPARE(bcsq->fieldCount(), 7);
    QCOMPARE(bcsq->consequence, 0);
    QCOMPARE(bcsq->symbol, 1);
    QCOMPARE(bcsq->geneId, -1); // "gene" is the symbol, not an id
    QCOMPARE(bcsq->feature, 2);
    QCOMPARE(bcsq->proteinChange, 5);
    QCOMPARE(bcsq->dnaChange, 6);

    const auto eff = schema.layout(Source::SnpEffLegacy);
    QVERIFY(eff);
    QCOMPARE(eff->fields.names(),
             (QStringList{"Effect", "Effect_Impact", "Functional_Class", "Codon_Change",
                          "Amino_Acid_change", "Amino_Acid_length", "Gene_Name", "Gene_BioType",
                          "Coding", "Transcript", "Exon", "ERRORS", "WARNINGS"}));
    QCOMPARE(eff->consequence, 0);
    QCOMPARE(eff->impact, 1);
    QCOMPARE(eff->feature, 9);

    QVERIFY(schema.clinVar().any());
    QVERIFY(schema.clinVar().clnsig >= 0);
    QVERIFY(schema.clinVar().clnrevstat >= 0);
    QCOMPARE(schema.clinVar().clndn, -1);
    QStringList frequencyTags;
    for (const auto& t : schema.frequencyTags())
        frequencyTags << t.name + (t.perAllele ? QStringLiteral("/A") : QString());
    // The cohort's own INFO/AF is not a population frequency.
    QCOMPARE(frequencyTags, (QStringList{"gnomAD_AF/A", "AF_EXAC"}));
}

void TestVariantAnnotation::schemaWithoutFormatIsAClearError()
{
    const Vcf vcf =
        read("##fileformat=VCFv4.2\n##contig=<ID=1>\n"
             "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from "
             "Ensembl VEP\">\n"
             "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"Clinical significance\">\n" +
             kColumns + site(100, "G", "A", "CSQ=A|missense_variant|MODERATE;CLNSIG=Pathogenic"));
    QVERIFY(vcf.header);
    QCOMPARE(int(vcf.records.size()), 1);
    QString error;
    const AnnotationSchema schema = AnnotationSchema::fromHeader(vcf.header.get(), &error);
    QVERIFY(!schema.hasAnnotations());
    QCOMPARE(schema.problems().size(), 1);
    QCOMPARE(error, schema.problems().first());
    QVERIFY2(error.contains(QLatin1String("INFO/CSQ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Format:")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Ensembl VEP")), qPrintable(error));

    // The record still decodes: no transcripts, but its ClinVar field.
    const VariantAnnotation a = VariantAnnotation::decode(vcf.record(0), schema);
    QCOMPARE(int(a.alleles().size()), 1);
    QVERIFY(a.alleles()[0].transcripts.empty());
    QVERIFY(!a.worst());
    QCOMPARE(a.clinVar().significances(), QStringList{"Pathogenic"});

    // No header at all.
    QString noHeader;
    const AnnotationSchema none = AnnotationSchema::fromHeader(nullptr, &noHeader);
    QVERIFY(!none.hasAnnotations());
    QVERIFY(!noHeader.isEmpty());
    QVERIFY(!VariantAnnotation::decode(nullptr, none).worst());
}

void TestVariantAnnotation::vepTranscriptsWorstFirst()
{
    const QByteArray header =
        "##fileformat=VCFv4.2\n##contig=<ID=1>\n"
        "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl "
        "VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|"
        "INTRON|HGVSc|HGVSp|CANONICAL|DOMAINS|gnomADe_AF|MAX_AF\">\n"
        "##INFO=<ID=gnomAD_AF,Number=A,Type=Float,Description=\"gnomAD\">\n";
    // Four transcripts of one SNV, in this order in the file:
    //  0 ENST1 intron&non_coding (MODIFIER)
    //  1 ENST2 missense&splice_region (MODERATE), two DOMAINS joined by '&'
    //  2 ENST3 stop_gained (HIGH), canonical
    //  3 ENST4 missense (MODERATE), canonical, DOMAINS with %3B %3D %2C, HGVSp with %3D
    const QByteArray csq =
        "CSQ=A|intron_variant&non_coding_transcript_variant|MODIFIER|GENE1|ENSG1|Transcript|ENST1|"
        "lncRNA||2/3|ENST1.1:n.100-5G>A||||0.001|0.002,"
        "A|missense_variant&splice_region_variant|MODERATE|GENE2|ENSG2|Transcript|ENST2|"
        "protein_coding|3/10||ENST2.4:c.350G>A|ENSP2.1:p.Arg117His||Pfam:PF1&Prosite:PS2|0.001|"
        "0.002&0.004,"
        "A|stop_gained|HIGH|GENE2|ENSG2|Transcript|ENST3|protein_coding|3/9||ENST3.1:c.349C>T|"
        "ENSP3.1:p.Gln117Ter|YES||0.003|,"
        "A|missense_variant|MODERATE|GENE2|ENSG2|Transcript|ENST4|protein_coding|3/10||"
        "ENST4.2:c.350G>A|ENSP4.1:p.Leu117%3D|YES|desc%3Bwith%3Dchars%2Cx||";
    const Vcf vcf = read(header + kColumns + site(100, "G", "A", csq + ";gnomAD_AF=0.0005"));
    QCOMPARE(int(vcf.records.size()), 1);
    const AnnotationSchema schema = AnnotationSchema::fromHeader(vcf.header.get());
    const VariantAnnotation a = VariantAnnotation::decode(vcf.record(0), schema);

    QCOMPARE(int(a.alleles().size()), 1);
    const VariantAnnotation::Allele& allele = a.alleles()[0];
    QCOMPARE(allele.index, 1);
    QCOMPARE(allele.alt, QStringLiteral("A"));
    QCOMPARE(int(allele.transcripts.size()), 4);
    QStringList order;
    for (const auto& t : allele.transcripts)
        order << t.feature();
    // stop_gained; then the two missense, the canonical one first; intron last.
    QCOMPARE(order, (QStringList{"ENST3", "ENST4", "ENST2", "ENST1"}));
    QVERIFY(a.unassigned().empty());

    const VariantAnnotation::Transcript* worst = a.worst();
    QVERIFY(worst);
    QCOMPARE(worst->feature(), QStringLiteral("ENST3"));
    QCOMPARE(worst->worstConsequence(), QStringLiteral("stop_gained"));
    QCOMPARE(worst->impact(), Impact::High);
    QVERIFY(worst->isCanonical());
    QCOMPARE(worst->gene(), QStringLiteral("GENE2"));
    QCOMPARE(worst->geneId(), QStringLiteral("ENSG2"));
    QCOMPARE(worst->biotype(), QStringLiteral("protein_coding"));
    QCOMPARE(worst->exon(), QStringLiteral("3/9"));
    QCOMPARE(worst->hgvsc(), QStringLiteral("ENST3.1:c.349C>T"));
    QCOMPARE(worst->hgvscShort(), QStringLiteral("c.349C>T"));
    QCOMPARE(worst->hgvsp(), QStringLiteral("ENSP3.1:p.Gln117Ter"));
    QCOMPARE(worst->hgvspShort(), QStringLiteral("p.Gln117Ter"));
    QCOMPARE(worst->entryIndex(), 2);
    QCOMPARE(worst->allele(), 1);
    QCOMPARE(worst->fieldCount(), 16);

    const VariantAnnotation::Transcript& enst4 = allele.transcripts[1];
    QCOMPARE(enst4.text(QStringLiteral("DOMAINS")), QStringLiteral("desc;with=chars,x"));
    QCOMPARE(enst4.raw(13), std::string_view("desc%3Bwith%3Dchars%2Cx"));
    QCOMPARE(enst4.hgvsp(), QStringLiteral("ENSP4.1:p.Leu117="));
    QCOMPARE(enst4.hgvspShort(), QStringLiteral("p.Leu117="));

    const VariantAnnotation::Transcript& enst2 = allele.transcripts[2];
    QCOMPARE(enst2.consequences(), (QStringList{"missense_variant", "splice_region_variant"}));
    QCOMPARE(enst2.worstConsequence(), QStringLiteral("missense_variant"));
    QCOMPARE(enst2.impact(), Impact::Moderate);
    QVERIFY(!enst2.isCanonical());
    QCOMPARE(enst2.values(13), (QStringList{"Pfam:PF1", "Prosite:PS2"}));
    QCOMPARE(enst2.text(13), QStringLiteral("Pfam:PF1, Prosite:PS2"));
    QCOMPARE(enst2.text(QStringLiteral("no such field")), QString());

    const VariantAnnotation::Transcript& enst1 = allele.transcripts[3];
    QCOMPARE(enst1.consequences(),
             (QStringList{"intron_variant", "non_coding_transcript_variant"}));
    QCOMPARE(enst1.impact(), Impact::Modifier);
    QCOMPARE(enst1.hgvspShort(), QString());
    QCOMPARE(enst1.text(QStringLiteral("INTRON")), QStringLiteral("2/3"));

    // Population AF: INFO/gnomAD_AF 0.0005, CSQ gnomADe_AF up to 0.003, CSQ MAX_AF "0.002&0.004".
    QCOMPARE(allele.frequency, 0.004);
    QCOMPARE(allele.frequencySource, QStringLiteral("CSQ/MAX_AF"));
    QString source;
    QCOMPARE(a.maxFrequency(&source), 0.004);
    QCOMPARE(source, QStringLiteral("CSQ/MAX_AF"));

    // File order, as bcftools +split-vep -d lists them.
    QStringList fileOrder;
    for (const auto* t : a.transcriptsInFileOrder())
        fileOrder << t->feature();
    QCOMPARE(fileOrder, (QStringList{"ENST1", "ENST2", "ENST3", "ENST4"}));
}

void TestVariantAnnotation::vepAllelesOfMultiallelicRecords()
{
    const QByteArray header =
        "##fileformat=VCFv4.2\n##contig=<ID=1>\n"
        "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl "
        "VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Feature\">\n"
        "##INFO=<ID=gnomAD_AF,Number=A,Type=Float,Description=\"gnomAD\">\n";
    const Vcf vcf =
        read(header + kColumns +
             // GT>GTT,G: a shared first base, so VEP writes "TT" and "-".
             site(200, "GT", "GTT,G",
                  "CSQ=TT|upstream_gene_variant|MODIFIER|G1|T1,-|frameshift_variant|HIGH|G1|T2,"
                  "-|intron_variant|MODIFIER|G1|T3;gnomAD_AF=0.01,.") +
             // C>CA,T: first bases differ, so VEP writes the ALT alleles as they are.
             site(300, "C", "CA,T",
                  "CSQ=T|missense_variant|MODERATE|G2|T4,CA|frameshift_variant|HIGH|G2|T5,"
                  "GG|stop_gained|HIGH|G2|T6"));
    QCOMPARE(int(vcf.records.size()), 2);
    QCOMPARE(VariantAnnotation::vepAlleles(vcf.record(0)), (QStringList{"TT", "-"}));
    QCOMPARE(VariantAnnotation::vepAlleles(vcf.record(1)), (QStringList{"CA", "T"}));

    const AnnotationSchema schema = AnnotationSchema::fromHeader(vcf.header.get());
    const VariantAnnotation first = VariantAnnotation::decode(vcf.record(0), schema);
    QCOMPARE(int(first.alleles().size()), 2);
    QCOMPARE(int(first.allele(1)->transcripts.size()), 1);
    QCOMPARE(first.allele(1)->transcripts[0].feature(), QStringLiteral("T1"));
    QCOMPARE(int(first.allele(2)->transcripts.size()), 2);
    QCOMPARE(first.allele(2)->transcripts[0].feature(), QStringLiteral("T2"));
    QCOMPARE(first.allele(2)->transcripts[0].allele(), 2);
    QCOMPARE(first.allele(2)->worst()->worstConsequence(), QStringLiteral("frameshift_variant"));
    QCOMPARE(first.allele(1)->frequency, double(0.01f));
    QCOMPARE(first.allele(1)->frequencySource, QStringLiteral("gnomAD_AF"));
    QVERIFY(std::isnan(first.allele(2)->frequency)); // "." for the second ALT
    QVERIFY(!first.allele(3));
    QVERIFY(!first.allele(0));

    const VariantAnnotation second = VariantAnnotation::decode(vcf.record(1), schema);
    QCOMPARE(second.allele(1)->worst()->feature(), QStringLiteral("T5"));
    QCOMPARE(second.allele(2)->worst()->feature(), QStringLiteral("T4"));
    // "GG" is neither ALT: kept, but not given to either allele.
    QCOMPARE(int(second.unassigned().size()), 1);
    QCOMPARE(second.unassigned()[0].feature(), QStringLiteral("T6"));
    QCOMPARE(second.unassigned()[0].allele(), 0);
    QCOMPARE(second.worst()->feature(), QStringLiteral("T6")); // stop_gained is the worst
}

void TestVariantAnnotation::snpEffAnn()
{
    const Vcf vcf = read(
        "##fileformat=VCFv4.2\n##contig=<ID=1>\n"
        "##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional annotations: 'Allele | "
        "Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | "
        "Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / cDNA.length | CDS.pos / "
        "CDS.length | AA.pos / AA.length | Distance | ERRORS / WARNINGS / INFO' \">\n" +
        kColumns +
        site(100, "G", "A,T",
             "ANN=A|upstream_gene_variant|MODIFIER|G2|ENSG2|transcript|T1|protein_coding||"
             "c.-248G>A|||||3328|,"
             "A|missense_variant|MODERATE|TRMT2A|ENSG99|transcript|T2|protein_coding|12/12|"
             "c.1885C>T|p.Pro629Ser|2201/2473|1885/1932|629/643||,"
             "T|intergenic_region|MODIFIER|G2-G3|G2-G3|intergenic_region|G2-G3|||n.100G>T||||||,"
             "T-A|stop_gained|HIGH|TRMT2A|ENSG99|transcript|T2|protein_coding|12/12|c.1885C>A|"
             "p.Pro629*||||||"));
    QCOMPARE(int(vcf.records.size()), 1);
    const AnnotationSchema schema = AnnotationSchema::fromHeader(vcf.header.get());
    const VariantAnnotation a = VariantAnnotation::decode(vcf.record(0), schema);
    const VariantAnnotation::Transcript* w1 = a.allele(1)->worst();
    QVERIFY(w1);
    QCOMPARE(w1->source(), Source::SnpEff);
    QCOMPARE(w1->feature(), QStringLiteral("T2"));
    QCOMPARE(w1->gene(), QStringLiteral("TRMT2A"));
    QCOMPARE(w1->geneId(), QStringLiteral("ENSG99"));
    QCOMPARE(w1->impact(), Impact::Moderate);
    QCOMPARE(w1->hgvscShort(), QStringLiteral("c.1885C>T"));
    QCOMPARE(w1->hgvspShort(), QStringLiteral("p.Pro629Ser"));
    QCOMPARE(w1->text(QStringLiteral("CDS.pos")), QStringLiteral("1885/1932"));
    // SnpEff's cancer form "T-A" (ALT T against ALT A) belongs to ALT T.
    QCOMPARE(int(a.allele(2)->transcripts.size()), 2);
    QCOMPARE(a.allele(2)->worst()->worstConsequence(), QStringLiteral("stop_gained"));
    QCOMPARE(a.allele(2)->transcripts[1].worstConsequence(), QStringLiteral("intergenic_region"));
    QCOMPARE(a.worst()->worstConsequence(), QStringLiteral("stop_gained"));
}

void TestVariantAnnotation::snpEffLegacyEff()
{
    const Vcf vcf = read(
        "##fileformat=VCFv4.2\n##contig=<ID=1>\n"
        "##INFO=<ID=EFF,Number=.,Type=String,Description=\"Predicted effects for this "
        "variant.Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | "
        "Amino_Acid_change| Amino_Acid_length | Gene_Name | Gene_BioType | Coding | Transcript "
        "| Exon [ | ERRORS | WARNINGS ] )' \">\n" +
        kColumns +
        site(100, "G", "A",
             "EFF=DOWNSTREAM(MODIFIER||||85|FAM138A|protein_coding|CODING|ENST00000417324|),"
             "NON_SYNONYMOUS_CODING(MODERATE|MISSENSE|Gca/Aca|A34T|130|GENE|protein_coding|"
             "CODING|ENST2|2)"));
    const AnnotationSchema schema = AnnotationSchema::fromHeader(vcf.header.get());
    const VariantAnnotation a = VariantAnnotation::decode(vcf.record(0), schema);
    QCOMPARE(int(a.allele(1)->transcripts.size()), 2);
    const VariantAnnotation::Transcript* w = a.worst();
    QCOMPARE(w->source(), Source::SnpEffLegacy);
    QCOMPARE(w->worstConsequence(), QStringLiteral("NON_SYNONYMOUS_CODING"));
    QCOMPARE(w->rank(), Consequence::rank("missense_variant"));
    QCOMPARE(w->gene(), QStringLiteral("GENE"));
    QCOMPARE(w->feature(), QStringLiteral("ENST2"));
    QCOMPARE(w->exon(), QStringLiteral("2"));
    QCOMPARE(w->hgvspShort(), QStringLiteral("A34T"));
    QCOMPARE(a.allele(1)->transcripts[1].text(QStringLiteral("Amino_Acid_length")),
             QStringLiteral("85"));
}

void TestVariantAnnotation::bcftoolsCsq()
{
    const Vcf vcf =
        read("##fileformat=VCFv4.2\n##contig=<ID=1>\n"
             "##INFO=<ID=BCSQ,Number=.,Type=String,Description=\"Haplotype-aware consequence "
             "annotation from BCFtools/csq. Format: "
             "Consequence|gene|transcript|biotype|strand|amino_acid_change|dna_change\">\n" +
             kColumns +
             site(877831, "T", "C",
                  "BCSQ=intron|SAMD11|ENST00000420190|protein_coding|+,missense&inframe_altering|"
                  "SAMD11|ENST00000342066|protein_coding|+|117R>117H|877831T>C") +
             site(900000, "G", "A,C",
                  "BCSQ=synonymous|GENE|ENST1|protein_coding|-|10L|900000G>C,"
                  "stop_gained|GENE|ENST1|protein_coding|-|11Q>11*|900000G>A,"
                  "@899990,intron|GENE|ENST2|protein_coding|-"));
    QCOMPARE(int(vcf.records.size()), 2);
    const AnnotationSchema schema = AnnotationSchema::fromHeader(vcf.header.get());

    const VariantAnnotation a = VariantAnnotation::decode(vcf.record(0), schema);
    const VariantAnnotation::Transcript* w = a.worst();
    QCOMPARE(w->source(), Source::BcftoolsCsq);
    QCOMPARE(w->feature(), QStringLiteral("ENST00000342066"));
    QCOMPARE(w->gene(), QStringLiteral("SAMD11"));
    QCOMPARE(w->worstConsequence(), QStringLiteral("missense"));
    QCOMPARE(w->impact(), Impact::Moderate); // no IMPACT field: Ensembl's for missense_variant
    QCOMPARE(w->hgvspShort(), QStringLiteral("117R>117H"));
    QCOMPARE(w->hgvscShort(), QStringLiteral("877831T>C"));
    QCOMPARE(a.allele(1)->transcripts[1].impact(), Impact::Modifier);

    // Multi-allelic: dna_change names the ALT; entries without one are not guessed.
    const VariantAnnotation b = VariantAnnotation::decode(vcf.record(1), schema);
    QCOMPARE(b.allele(1)->worst()->worstConsequence(), QStringLiteral("stop_gained"));
    QCOMPARE(b.allele(2)->worst()->worstConsequence(), QStringLiteral("synonymous"));
    QCOMPARE(int(b.unassigned().size()), 2);
    QCOMPARE(b.worst()->worstConsequence(), QStringLiteral("stop_gained"));
}

QTEST_APPLESS_MAIN(TestVariantAnnotation)
#include "test_VariantAnnotation.moc"
