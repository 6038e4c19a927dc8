// ClinVar fields in the words a clinician reads: significance (incl. old numeric codes and
// conflicting terms), review stars, conditions and the other ClinVar tags, on small VCFs
// written here with values worked out by hand.

#include <cmath>

#include <QtTest>

#include "models/variants/AnnotationSchema.h"
#include "models/variants/ClinVarAnnotation.h"
#include "models/variants/VariantAnnotation.h"
#include "tests/common/SmallVcf.h"

using namespace steward;
using namespace steward::test;
using Category = ClinVarAnnotation::Category;

class TestClinVarAnnotation : public QObject
{
    Q_OBJECT

private:
    SmallVcfFiles m_vcfs;
    Vcf read(const QByteArray& text) { return m_vcfs.read(text); }

private Q_SLOTS:
    void clinVar_data();
    void clinVar();
    void clinVarOtherFields();
    void clinVarNormalisation();
};

void TestClinVarAnnotation::clinVar_data()
{
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QStringList>("significances");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("stars");
    QTest::addColumn<QString>("reviewStatus");

    QTest::newRow("pathogenic, multiple submitters")
        << QByteArray("CLNSIG=Pathogenic;CLNREVSTAT=criteria_provided,_multiple_submitters,_no_"
                      "conflicts")
        << QStringList{"Pathogenic"} << int(Category::Pathogenic) << 2
        << QStringLiteral("criteria provided, multiple submitters, no conflicts");
    QTest::newRow("likely pathogenic, single submitter")
        << QByteArray("CLNSIG=Likely_pathogenic;CLNREVSTAT=criteria_provided,_single_submitter")
        << QStringList{"Likely pathogenic"} << int(Category::LikelyPathogenic) << 1
        << QStringLiteral("criteria provided, single submitter");
    QTest::newRow("P/LP, expert panel")
        << QByteArray("CLNSIG=Pathogenic/Likely_pathogenic;CLNREVSTAT=reviewed_by_expert_panel")
        << QStringList{"Pathogenic/Likely pathogenic"} << int(Category::PathogenicLikelyPathogenic)
        << 3 << QStringLiteral("reviewed by expert panel");
    QTest::newRow("conflicting")
        << QByteArray("CLNSIG=Conflicting_interpretations_of_pathogenicity;"
                      "CLNREVSTAT=criteria_provided,_conflicting_interpretations")
        << QStringList{"Conflicting interpretations of pathogenicity"} << int(Category::Conflicting)
        << 1 << QStringLiteral("criteria provided, conflicting interpretations");
    QTest::newRow("conflicting classifications (2024 wording)")
        << QByteArray("CLNSIG=Conflicting_classifications_of_pathogenicity;"
                      "CLNREVSTAT=criteria_provided,_conflicting_classifications")
        << QStringList{"Conflicting classifications of pathogenicity"} << int(Category::Conflicting)
        << 1 << QStringLiteral("criteria provided, conflicting classifications");
    QTest::newRow("B/LB, practice guideline")
        << QByteArray("CLNSIG=Benign/Likely_benign;CLNREVSTAT=practice_guideline")
        << QStringList{"Benign/Likely benign"} << int(Category::BenignLikelyBenign) << 4
        << QStringLiteral("practice guideline");
    QTest::newRow("VUS, no criteria")
        << QByteArray("CLNSIG=Uncertain_significance;CLNREVSTAT=no_assertion_criteria_provided")
        << QStringList{"Uncertain significance"} << int(Category::Uncertain) << 0
        << QStringLiteral("no assertion criteria provided");
    QTest::newRow("pathogenic with a secondary term")
        << QByteArray("CLNSIG=Pathogenic|risk_factor;CLNREVSTAT=criteria_provided,_single_"
                      "submitter")
        << QStringList{"Pathogenic", "risk factor"} << int(Category::Pathogenic) << 1
        << QStringLiteral("criteria provided, single submitter");
    QTest::newRow("low penetrance is one term") << QByteArray("CLNSIG=Pathogenic,_low_penetrance")
                                                << QStringList{"Pathogenic, low penetrance"}
                                                << int(Category::Pathogenic) << -1 << QString();
    QTest::newRow("not provided") << QByteArray(
                                         "CLNSIG=not_provided;CLNREVSTAT=no_assertion_provided")
                                  << QStringList{"not provided"} << int(Category::Other) << 0
                                  << QStringLiteral("no assertion provided");
    QTest::newRow("drug response")
        << QByteArray("CLNSIG=drug_response") << QStringList{"drug response"}
        << int(Category::Other) << -1 << QString();
    QTest::newRow("VEP's lower-case spelling")
        << QByteArray("CLNSIG=likely_pathogenic") << QStringList{"Likely pathogenic"}
        << int(Category::LikelyPathogenic) << -1 << QString();
    // Old ClinVar (2015-2016): numeric codes, explained in this file's header, several values.
    QTest::newRow("old numeric, two assertions")
        << QByteArray("CLNSIG=5|2;CLNREVSTAT=no_criteria|mult")
        << QStringList{"Pathogenic", "Benign"} << int(Category::Conflicting) << 2
        << QStringLiteral("no assertion criteria provided; criteria provided, multiple "
                          "submitters, no conflicts");
    QTest::newRow("old numeric, comma-separated")
        << QByteArray("CLNSIG=5,255,5;CLNREVSTAT=single,conf,single")
        << QStringList{"Pathogenic", "other"} << int(Category::Pathogenic) << 1
        << QStringLiteral("criteria provided, single submitter; criteria provided, conflicting "
                          "interpretations");
    QTest::newRow("old numeric, P and LP")
        << QByteArray("CLNSIG=5,4;CLNREVSTAT=exp") << QStringList{"Pathogenic", "Likely pathogenic"}
        << int(Category::PathogenicLikelyPathogenic) << 3
        << QStringLiteral("reviewed by expert panel");
    QTest::newRow("unknown review status")
        << QByteArray("CLNSIG=Benign;CLNREVSTAT=something_new") << QStringList{"Benign"}
        << int(Category::Benign) << -1 << QStringLiteral("something new");
    QTest::newRow("none") << QByteArray("DP=3") << QStringList{} << int(Category::None) << -1
                          << QString();
}

void TestClinVarAnnotation::clinVar()
{
    QFETCH(QByteArray, info);
    QFETCH(QStringList, significances);
    QFETCH(int, category);
    QFETCH(int, stars);
    QFETCH(QString, reviewStatus);

    const Vcf vcf = read(
        "##fileformat=VCFv4.2\n##contig=<ID=1>\n"
        "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
        "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"Variant Clinical Significance, 0 - "
        "Uncertain significance, 1 - not provided, 2 - Benign, 3 - Likely benign, 4 - Likely "
        "pathogenic, 5 - Pathogenic, 6 - drug response, 7 - histocompatibility, 255 - other\">\n"
        "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"Review status\">\n" +
        kColumns + site(100, "G", "A", info));
    QCOMPARE(int(vcf.records.size()), 1);
    const AnnotationSchema schema = AnnotationSchema::fromHeader(vcf.header.get());
    QCOMPARE(schema.clinVar().significanceCodes.value(QStringLiteral("255")),
             QStringLiteral("other"));
    const ClinVarAnnotation c = VariantAnnotation::decode(vcf.record(0), schema).clinVar();
    QCOMPARE(c.significances(), significances);
    QCOMPARE(int(c.category()), category);
    QCOMPARE(c.stars(), stars);
    QCOMPARE(c.reviewStatus(), reviewStatus);
    QCOMPARE(c.isPresent(), !significances.isEmpty());
    QCOMPARE(c.isPathogenicOrLikely(), category == int(Category::Pathogenic) ||
                                           category == int(Category::LikelyPathogenic) ||
                                           category == int(Category::PathogenicLikelyPathogenic));
}

void TestClinVarAnnotation::clinVarOtherFields()
{
    const Vcf vcf = read(
        "##fileformat=VCFv4.1\n##contig=<ID=17>\n"
        "##INFO=<ID=ALLELEID,Number=1,Type=Integer,Description=\"the ClinVar Allele ID\">\n"
        "##INFO=<ID=CLNDN,Number=.,Type=String,Description=\"disease name\">\n"
        "##INFO=<ID=CLNDISDB,Number=.,Type=String,Description=\"disease ids\">\n"
        "##INFO=<ID=CLNHGVS,Number=.,Type=String,Description=\"HGVS\">\n"
        "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"review status\">\n"
        "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"significance\">\n"
        "##INFO=<ID=CLNSIGCONF,Number=.,Type=String,Description=\"conflicting\">\n"
        "##INFO=<ID=CLNVC,Number=1,Type=String,Description=\"Variant type\">\n"
        "##INFO=<ID=GENEINFO,Number=1,Type=String,Description=\"genes\">\n"
        "##INFO=<ID=MC,Number=.,Type=String,Description=\"molecular consequence\">\n"
        "##INFO=<ID=ORIGIN,Number=.,Type=String,Description=\"origin\">\n"
        "##INFO=<ID=RS,Number=.,Type=String,Description=\"dbSNP ID\">\n" +
        kColumns +
        row({"17", "43045712", "12345", "C", "T", ".", ".",
             "ALLELEID=17662;CLNDN=Hereditary_breast_ovarian_cancer_syndrome|Breast-ovarian_"
             "cancer,_familial_1|not_provided;CLNDISDB=MONDO:MONDO:0011450,MedGen:C2676676|"
             "MedGen:CN517202;CLNHGVS=NC_000017.11:g.43045712C>T;"
             "CLNREVSTAT=criteria_provided,_conflicting_interpretations;"
             "CLNSIG=Conflicting_interpretations_of_pathogenicity;"
             "CLNSIGCONF=Pathogenic(1)|Uncertain_significance(2);CLNVC=single_nucleotide_variant;"
             "GENEINFO=BRCA1:672|NBR2:10230;MC=SO:0001587|nonsense,SO:0001583|missense_variant;"
             "ORIGIN=33;RS=80357906"}));
    QCOMPARE(int(vcf.records.size()), 1);
    const AnnotationSchema schema = AnnotationSchema::fromHeader(vcf.header.get());
    const ClinVarAnnotation c = ClinVarAnnotation::decode(vcf.record(0), schema);
    QVERIFY(c.isPresent());
    QCOMPARE(c.category(), Category::Conflicting);
    QCOMPARE(c.stars(), 1);
    QCOMPARE(c.conditions(), (QStringList{"Hereditary breast ovarian cancer syndrome",
                                          "Breast-ovarian cancer, familial 1", "not provided"}));
    QCOMPARE(c.conditionText(), QStringLiteral("Hereditary breast ovarian cancer syndrome; "
                                               "Breast-ovarian cancer, familial 1; not provided"));
    QCOMPARE(c.diseaseDatabaseIds(),
             (QStringList{"MONDO:MONDO:0011450", "MedGen:C2676676", "MedGen:CN517202"}));
    QCOMPARE(c.conflictingClassifications(),
             (QStringList{"Pathogenic (1)", "Uncertain significance (2)"}));
    QCOMPARE(c.genes(), (QStringList{"BRCA1", "NBR2"}));
    QCOMPARE(c.alleleId(), QStringLiteral("17662"));
    QCOMPARE(c.rsIds(), QStringList{"rs80357906"});
    QCOMPARE(c.hgvs(), QStringLiteral("NC_000017.11:g.43045712C>T"));
    QCOMPARE(c.variantType(), QStringLiteral("single nucleotide variant"));
    QCOMPARE(c.molecularConsequences(), (QStringList{"nonsense", "missense_variant"}));
    QCOMPARE(c.origin(), 33);
    QCOMPARE(c.originLabels(), (QStringList{"germline", "de novo"}));
}

void TestClinVarAnnotation::clinVarNormalisation()
{
    // ClinVar's 2015-2017 table, for a header that does not explain the codes.
    QCOMPARE(ClinVarAnnotation::normaliseSignificance(u"5"), QStringLiteral("Pathogenic"));
    QCOMPARE(ClinVarAnnotation::normaliseSignificance(u"3"), QStringLiteral("Likely benign"));
    QCOMPARE(ClinVarAnnotation::normaliseSignificance(u"255"), QStringLiteral("other"));
    QCOMPARE(ClinVarAnnotation::normaliseSignificance(u"42"), QStringLiteral("42"));
    QCOMPARE(ClinVarAnnotation::normaliseSignificance(u"pathogenic/likely_pathogenic"),
             QStringLiteral("Pathogenic/Likely pathogenic"));
    QCOMPARE(ClinVarAnnotation::normaliseSignificance(u"Some_new_term"),
             QStringLiteral("Some new term"));
    QCOMPARE(ClinVarAnnotation::splitValues(u"a|b,c,_d|.||"), (QStringList{"a", "b", "c,_d"}));
    QCOMPARE(ClinVarAnnotation::starsFor(u"practice_guideline"), 4);
    QCOMPARE(ClinVarAnnotation::starsFor(u"no_classification_for_the_single_variant"), 0);
    QVERIFY(ClinVarAnnotation::pathogenicityOrder(Category::Pathogenic) >
            ClinVarAnnotation::pathogenicityOrder(Category::LikelyPathogenic));
    QVERIFY(ClinVarAnnotation::pathogenicityOrder(Category::Uncertain) >
            ClinVarAnnotation::pathogenicityOrder(Category::Benign));
}

QTEST_APPLESS_MAIN(TestClinVarAnnotation)
#include "test_ClinVarAnnotation.moc"
