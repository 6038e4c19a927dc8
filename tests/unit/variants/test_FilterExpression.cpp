// FilterExpression: bcftools' -i/-e expression language over a small VCF whose answers were
// taken from bcftools 1.16 (`bcftools view -H -i EXPR`) and checked by hand, plus what Steward
// adds (annotation sub-fields, '!', a Flag alone, the selected sample), parse errors with their
// positions, and concurrent use.

#include <algorithm>

#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <htslib/vcf.h>

#include "models/formats/HtsHandles.h"
#include "models/variants/AnnotationFields.h"
#include "models/variants/FilterExpression.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

// Three samples (A, B, C); POS is the record number.
const char* const kVcf = R"(##fileformat=VCFv4.2
##contig=<ID=chr1,length=1000000>
##contig=<ID=chrX,length=1000000>
##FILTER=<ID=q10,Description="Low quality">
##FILTER=<ID=s50,Description="Few samples">
##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">
##INFO=<ID=AF,Number=A,Type=Float,Description="Allele frequency">
##INFO=<ID=AC,Number=A,Type=Integer,Description="Allele count">
##INFO=<ID=DB,Number=0,Type=Flag,Description="dbSNP">
##INFO=<ID=GENE,Number=.,Type=String,Description="Genes">
##INFO=<ID=S1,Number=1,Type=String,Description="One text">
##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|gnomAD_AF|HGVSp">
##INFO=<ID=ANN,Number=.,Type=String,Description="Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | cDNA.pos / cDNA.length'">
##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
##FORMAT=<ID=GQ,Number=1,Type=Integer,Description="Genotype quality">
##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
##FORMAT=<ID=FT,Number=1,Type=String,Description="Sample filter">
#CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	A	B	C
chr1	1	rs1	A	G	50	PASS	DP=10;AF=0.5;AC=1;DB;GENE=BRCA2,TP53;S1=x;CSQ=G|missense_variant&splice_region_variant|MODERATE|BRCA2|0.001|p.Arg1%3BX,G|synonymous_variant|LOW|BRCA2||	GT:DP:GQ:AD	0/1:5:30:3,2	1/1:20:10:0,20	0/0:.:50:10,0
chr1	2	rs2;rs3	A	G,T	.	q10	AF=0.1,.;AC=.,1;CSQ=G|stop_gained|HIGH|TP53|0.02|,T|intron_variant|MODIFIER|TP53||	GT:DP:GQ	./1:15:40	1/2:.:.	0:3:3
chr1	3	.	AC	A	29.9	q10;s50	DP=.;GENE=.;ANN=A|frameshift_variant|HIGH|BRCA1|12/300,A|upstream_gene_variant|MODIFIER|NBR2|	GT	./.	.	1
chr1	4	.	A	.	100	.	DP=5	GT:DP	0/0:7	0|0:8	./.:9
chr1	5	rs5	A	<DEL>	30	PASS	AF=0.02;S1=y	GT	0/1	0/0	1/1
chr1	6	.	A	C,AT	30	PASS	AF=0.3,0.7;CSQ=C|missense_variant|MODERATE|KRAS|0.5|,AT|frameshift_variant|HIGH|NRAS|0.0001|	GT	1/2	0/0	0|1
chrX	7	rs7	G	A	60	PASS	DP=30;S1=z	GT:FT	1:PASS	0:LowDP	1/1:.
)";

void row(const char* expression, const QList<int>& expected)
{
    QTest::newRow(expression) << QString::fromUtf8(expression) << expected;
}

/** All records of a VCF file, read into memory with its header. */
struct Records
{
    BcfHeaderPtr header;
    std::vector<BcfRecordPtr> records;

    bool load(const QString& path)
    {
        HtsFilePtr fp(hts_open(QFile::encodeName(path).constData(), "r"));
        if (!fp)
            return false;
        header.reset(bcf_hdr_read(fp.get()));
        if (!header)
            return false;
        while (true) {
            BcfRecordPtr record(bcf_init());
            if (bcf_read(fp.get(), header.get(), record.get()) != 0)
                break;
            records.push_back(std::move(record));
        }
        return true;
    }
};

} // namespace

class TestFilterExpression : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void bcftoolsAnswers_data();
    void bcftoolsAnswers();
    void stewardAdditions_data();
    void stewardAdditions();
    void selectedSample_data();
    void selectedSample();
    void parseErrors_data();
    void parseErrors();
    void caretLine();
    void unpackFlags_data();
    void unpackFlags();
    void hintsAboutAnywhere();
    void copiesShareTheProgram();
    void annotationFields();
    void concurrentUse();

private:
    QList<int> passing(const FilterExpression& filter, int sampleIndex = -1);

    QTemporaryDir m_dir;
    Records m_vcf;
};

void TestFilterExpression::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("filter.vcf"));
    QVERIFY(writeText(path, kVcf));
    QVERIFY(m_vcf.load(path));
    QCOMPARE(int(m_vcf.records.size()), 7);
}

QList<int> TestFilterExpression::passing(const FilterExpression& filter, int sampleIndex)
{
    QList<int> positions;
    for (const BcfRecordPtr& record : m_vcf.records)
        if (filter.matches(record.get(), sampleIndex))
            positions.append(int(record->pos + 1));
    return positions;
}

void TestFilterExpression::bcftoolsAnswers_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QList<int>>("expected");
    row(R"(QUAL>30)", {1, 4, 7});
    row(R"(QUAL>=30)", {1, 4, 5, 6, 7});
    row(R"(QUAL<30)", {3});
    row(R"(QUAL<=30)", {3, 5, 6});
    row(R"(QUAL=30)", {5, 6});
    row(R"(QUAL==29.9)", {3});
    row(R"(QUAL!=30)", {1, 2, 3, 4, 7});
    row(R"(QUAL=".")", {2});
    row(R"(QUAL!=".")", {1, 3, 4, 5, 6, 7});
    row(R"(POS>=3 && POS<=5)", {3, 4, 5});
    row(R"(POS=3 || POS=5)", {3, 5});
    row(R"(CHROM="chrX")", {7});
    row(R"(CHROM!="chr1")", {7});
    row(R"(CHROM~"X$")", {7});
    row(R"(INFO/DP>=10)", {1, 7});
    row(R"(INFO/DP<10)", {4});
    row(R"(INFO/DP!=10)", {2, 3, 4, 5, 6, 7});
    row(R"(INFO/DP=".")", {2, 3, 5, 6});
    row(R"(INFO/DP!=".")", {1, 4, 7});
    row(R"(INFO/DP>-1)", {1, 4, 7});
    row(R"(INFO/AF<0.2)", {2, 5});
    row(R"(INFO/AF>0.6)", {6});
    row(R"(INFO/AF=".")", {2, 3, 4, 7});
    row(R"(INFO/AF!=0.5)", {2, 3, 4, 5, 6, 7});
    row(R"(INFO/AC=1)", {1, 2});
    row(R"(DB=1)", {1});
    row(R"(DB=0)", {2, 3, 4, 5, 6, 7});
    row(R"(DB!=1)", {2, 3, 4, 5, 6, 7});
    row(R"(GENE="TP53")", {1});
    row(R"(GENE!="TP53")", {1, 2, 3, 4, 5, 6, 7});
    row(R"(GENE=".")", {2, 3, 4, 5, 6, 7});
    row(R"(GENE~"BR")", {1});
    row(R"(GENE!~"BR")", {1, 2, 3, 4, 5, 6, 7});
    row(R"(GENE~"br/i")", {1});
    row(R"(GENE~"BR\|TP")", {1});
    row(R"(GENE~"^TP53$")", {1});
    row(R"(GENE="BRCA2,X")", {1});
    row(R"(S1="x")", {1});
    row(R"(S1!="x")", {2, 3, 4, 5, 6, 7});
    row(R"(S1~"[xy]")", {1, 5});
    row(R"(ID="rs1")", {1});
    row(R"(ID!="rs1")", {2, 3, 4, 5, 6, 7});
    row(R"(ID~"rs")", {1, 2, 5, 7});
    row(R"(ID!~"rs")", {3, 4, 6});
    row(R"(ID=".")", {3, 4, 6});
    row(R"(ID!=".")", {1, 2, 5, 7});
    row(R"(FILTER="PASS")", {1, 5, 6, 7});
    row(R"(FILTER=".")", {4});
    row(R"(FILTER!="PASS")", {2, 3, 4});
    row(R"(FILTER="q10")", {2});
    row(R"(FILTER~"q10")", {2, 3});
    row(R"(FILTER!~"q10")", {1, 4, 5, 6, 7});
    row(R"(FILTER="q10;s50")", {3});
    row(R"(FILTER="s50;q10")", {3});
    row(R"(FILTER!="q10")", {1, 3, 4, 5, 6, 7});
    row(R"(FILTER~"q10;s50")", {3});
    row(R"(FILTER!~".")", {1, 2, 3, 5, 6, 7});
    row(R"(FILTER~".")", {4});
    row(R"(REF="AC")", {3});
    row(R"(REF!="A")", {3, 7});
    row(R"(ALT=".")", {4});
    row(R"(ALT="T")", {2});
    row(R"(ALT!="T")", {1, 2, 3, 4, 5, 6, 7});
    row(R"(ALT~"<")", {5});
    row(R"(ALT="G,T")", {1, 2});
    row(R"(N_ALT=2)", {2, 6});
    row(R"(N_ALT>=1)", {1, 2, 3, 5, 6, 7});
    row(R"(TYPE="snp")", {1, 2, 7});
    row(R"(TYPE~"snp")", {1, 2, 6, 7});
    row(R"(TYPE="indel")", {3});
    row(R"(TYPE~"indel")", {3, 6});
    row(R"(TYPE="ref")", {4});
    row(R"(TYPE="other")", {5});
    row(R"(TYPE!="snp")", {3, 4, 5, 6});
    row(R"(TYPE="SNPs")", {1, 2, 7});
    row(R"(TYPE!~"snp")", {3, 4, 5});
    row(R"(TYPE="mnp")", {});
    row(R"(GT="het")", {1, 2, 5, 6});
    row(R"(GT="hom")", {1, 4, 5, 6, 7});
    row(R"(GT="hap")", {2, 3, 7});
    row(R"(GT="mis")", {2, 3, 4});
    row(R"(GT="ref")", {1, 2, 4, 5, 6, 7});
    row(R"(GT="alt")", {1, 2, 3, 5, 6, 7});
    row(R"(GT="RR")", {1, 4, 5, 6});
    row(R"(GT="ra")", {1, 5, 6});
    row(R"(GT="aa")", {1, 5, 7});
    row(R"(GT="aA")", {2, 6});
    row(R"(GT="a")", {3, 7});
    row(R"(GT="r")", {2, 7});
    row(R"(GT!="het")", {1, 2, 3, 4, 5, 6, 7});
    row(R"(GT=".")", {3});
    row(R"(GT="0/1")", {1, 5});
    row(R"(GT="0|1")", {6});
    row(R"(GT="1/1,0|1")", {1, 5, 6, 7});
    row(R"(GT~"1")", {1, 2, 3, 5, 6, 7});
    row(R"(GT~"\|")", {1, 2, 3, 4, 5, 6, 7});
    row(R"(GT!~"0")", {1, 2, 3, 4, 5, 6, 7});
    row(R"(GT!="mis")", {1, 2, 3, 4, 5, 6, 7});
    row(R"(GT="HET")", {1, 2, 5, 6});
    row(R"(FMT/GT="het")", {1, 2, 5, 6});
    row(R"(FMT/DP>10)", {1, 2});
    row(R"(FMT/DP=".")", {1, 2, 3, 5, 6, 7});
    row(R"(FMT/DP!=".")", {1, 2, 4});
    row(R"(FMT/DP!=5)", {1, 2, 3, 4, 5, 6, 7});
    row(R"(FMT/DP<=5)", {1, 2});
    row(R"(FMT/GQ>=40)", {1, 2});
    row(R"(FMT/AD>5)", {1});
    row(R"(FMT/AD=".")", {2, 3, 4, 5, 6, 7});
    row(R"(FMT/AD<1)", {1});
    row(R"(FMT/FT="PASS")", {7});
    row(R"(FMT/FT!="PASS")", {1, 2, 3, 4, 5, 6, 7});
    row(R"(FMT/FT=".")", {1, 2, 3, 4, 5, 6, 7});
    row(R"(FMT/FT~"Low")", {7});
    row(R"(FMT/DP>10 & FMT/GQ>20)", {2});
    row(R"(FMT/DP>10 && FMT/GQ>20)", {1, 2});
    row(R"(FMT/DP>10 | FMT/GQ>45)", {1, 2});
    row(R"(FMT/DP>10 || FMT/GQ>45)", {1, 2});
    row(R"(FMT/GQ>20 & QUAL>40)", {1});
    row(R"(QUAL>40 & FMT/GQ>20)", {1});
    row(R"(FMT/DP>10 & FMT/GQ>20 && FMT/GQ<40)", {1, 2});
    row(R"((FMT/DP>10 & FMT/GQ>20) && FMT/GQ<40)", {2});
    row(R"(FMT/DP>10 & (FMT/GQ>20 && FMT/GQ<40))", {1, 2});
    row(R"(GT="het" & FMT/DP>10)", {});
    row(R"(GT="het" && FMT/DP>10)", {1, 2});
    row(R"(GT="alt" & FMT/GQ<20)", {1});
    row(R"(QUAL>10 | QUAL<5 && INFO/DP>0)", {1, 3, 4, 5, 6, 7});
    row(R"(INFO/DP>0 && QUAL<5 | QUAL>10)", {1, 3, 4, 5, 6, 7});
    row(R"(QUAL>10 || FMT/DP>10)", {1, 2, 3, 4, 5, 6, 7});
    row(R"((QUAL>40 || FILTER="q10") && TYPE="snp")", {1, 2, 7});
    row(R"(FMT/DP>INFO/DP)", {1, 4});
    row(R"(FMT/DP>=FMT/GQ)", {1, 2});
    row(R"(INFO/DP<QUAL)", {1, 4, 7});
    row(R"(REF=ALT)", {});
    row(R"("PASS"=FILTER)", {1, 5, 6, 7});
    row(R"(10<INFO/DP)", {7});
    row(R"(30>=QUAL)", {3, 5, 6});
    row(R"(INFO/DP==1e1)", {1});
    row(R"(QUAL>=3e1)", {1, 4, 5, 6, 7});
}

void TestFilterExpression::bcftoolsAnswers()
{
    QFETCH(QString, expression);
    QFETCH(QList<int>, expected);
    QString error;
    const auto filter = FilterExpression::parse(expression, m_vcf.header.get(), &error);
    QVERIFY2(filter, qPrintable(error));
    QCOMPARE(passing(*filter), expected);
}

void TestFilterExpression::stewardAdditions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QList<int>>("expected");
    // A Flag alone, and '!' (what `bcftools view -e` keeps).
    row(R"(INFO/DB)", {1});
    row(R"(DB && QUAL>40)", {1});
    row(R"(!INFO/DB)", {2, 3, 4, 5, 6, 7});
    row(R"(!(QUAL>30))", {2, 3, 5, 6});
    row(R"(!QUAL>30)", {2, 3, 5, 6});
    row(R"(!(GT="het"))", {3, 4, 7});
    row(R"(!!(POS=3))", {3});
    // '!' before a per-sample test: no sample passes it.
    row(R"(!(FMT/DP>10) && QUAL>20)", {3, 4, 5, 6, 7});
    row(R"(!(FMT/DP>10) & FMT/DP<10)", {4});
    // Unquoted '.' as a missing value.
    row(R"(INFO/DP=.)", {2, 3, 5, 6});
    // ID compares each ';'-separated ID (bcftools 1.16 compares "rs2;rs3" whole).
    row(R"(ID="rs3")", {2});
    row(R"(ID!="rs3")", {1, 3, 4, 5, 6, 7});
    row(R"(ID~"^rs3$")", {2});
    // A missing element of an integer vector is missing (bcftools 1.16: 3,4,5,6,7).
    row(R"(INFO/AC=".")", {2, 3, 4, 5, 6, 7});
    // Several variant types at once.
    row(R"(TYPE="snp|indel")", {1, 2, 3, 7});
    row(R"(TYPE!="snp|indel")", {4, 5, 6});
    row(R"(TYPE~"indel|other")", {3, 5, 6});
    // Annotation sub-fields: any transcript entry; '&' in a value separates values.
    row(R"(CSQ/IMPACT="HIGH")", {2, 6});
    row(R"(INFO/CSQ/IMPACT="HIGH")", {2, 6});
    row(R"(CSQ/impact="HIGH")", {2, 6});
    row(R"(!(CSQ/IMPACT="HIGH"))", {1, 3, 4, 5, 7});
    row(R"(CSQ/IMPACT!="MODIFIER")", {1, 2, 3, 4, 5, 6, 7});
    row(R"(CSQ/IMPACT~"^(HIGH|MODERATE)$")", {});
    row(R"(CSQ/IMPACT~"^HIGH$\|^MODERATE$")", {1, 2, 6});
    row(R"(CSQ/Consequence="splice_region_variant")", {1});
    row(R"(CSQ/Consequence="missense_variant")", {1, 6});
    row(R"(CSQ/Consequence~"splice")", {1});
    row(R"(CSQ/HGVSp="p.Arg1;X")", {1});
    row(R"(CSQ/HGVSp~";")", {1});
    row(R"(CSQ/SYMBOL="TP53,KRAS")", {2, 6});
    row(R"(CSQ/gnomAD_AF<0.01)", {1, 6});
    row(R"(CSQ/gnomAD_AF>=0.02)", {2, 6});
    row(R"(CSQ/gnomAD_AF=".")", {1, 2, 3, 4, 5, 7});
    row(R"(CSQ/SYMBOL=".")", {3, 4, 5, 7});
    // '&': in the same entry; '&&': each in some entry.
    row(R"(CSQ/SYMBOL="BRCA2" & CSQ/IMPACT="LOW")", {1});
    row(R"(CSQ/SYMBOL="KRAS" & CSQ/IMPACT="HIGH")", {});
    row(R"(CSQ/SYMBOL="KRAS" && CSQ/IMPACT="HIGH")", {6});
    row(R"(CSQ/SYMBOL="NRAS" & CSQ/gnomAD_AF<0.001)", {6});
    row(R"(CSQ/SYMBOL="KRAS" & CSQ/gnomAD_AF<0.001)", {});
    row(R"(CSQ/IMPACT="HIGH" & FMT/DP>10)", {2});
    row(R"(CSQ/IMPACT="HIGH" & QUAL>=30)", {6});
    row(R"(CSQ/IMPACT="HIGH" | CSQ/IMPACT="LOW")", {1, 2, 6});
    row(R"(ANN/Gene_Name="BRCA1")", {3});
    row(R"(ANN/Annotation_Impact="HIGH")", {3});
    row(R"(ANN/cDNA.pos="12/300")", {3});
    row(R"(ANN/Annotation="upstream_gene_variant" & ANN/Gene_Name="NBR2")", {3});
}

void TestFilterExpression::stewardAdditions()
{
    bcftoolsAnswers();
}

void TestFilterExpression::selectedSample_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("sample");
    QTest::addColumn<QList<int>>("expected");
    auto add = [](const char* expression, int sample, const QList<int>& expected) {
        QTest::newRow(qPrintable(QStringLiteral("%1 [%2]").arg(expression).arg(sample)))
            << QString::fromUtf8(expression) << sample << expected;
    };
    add(R"(FMT/DP>10)", -1, {1, 2});
    add(R"(FMT/DP>10)", 0, {2});
    add(R"(FMT/DP>10)", 1, {1});
    add(R"(FMT/DP>10)", 2, {});
    add(R"(FMT/DP=".")", 0, {3, 5, 6, 7});
    add(R"(FMT/DP=".")", 2, {1, 3, 5, 6, 7});
    add(R"(GT="het")", 0, {1, 5, 6});
    add(R"(GT="het")", 2, {6});
    add(R"(GT="hap")", 2, {2, 3});
    add(R"(GT="mis")", 1, {3});
    add(R"(GT="mis")", 2, {4});
    add(R"(GT="alt" & FMT/GQ<20)", -1, {1});
    add(R"(GT="alt" & FMT/GQ<20)", 1, {1});
    add(R"(GT="alt" & FMT/GQ<20)", 0, {});
    // With one sample '&' and '&&' agree.
    add(R"(GT="het" && FMT/DP>10)", -1, {1, 2});
    add(R"(GT="het" && FMT/DP>10)", 0, {});
    add(R"(GT="het" && FMT/DP>10)", 1, {});
    add(R"(QUAL>40 & FMT/GQ>20)", 0, {1});
    add(R"(QUAL>40 & FMT/GQ>20)", 1, {});
    add(R"(!(GT="het"))", 0, {2, 3, 4, 7});
    // Site-level tests do not depend on the sample.
    add(R"(QUAL>30)", 2, {1, 4, 7});
    // A sample the file does not have matches no per-sample test.
    add(R"(FMT/DP>0)", 9, {});
}

void TestFilterExpression::selectedSample()
{
    QFETCH(QString, expression);
    QFETCH(int, sample);
    QFETCH(QList<int>, expected);
    QString error;
    const auto filter = FilterExpression::parse(expression, m_vcf.header.get(), &error);
    QVERIFY2(filter, qPrintable(error));
    QCOMPARE(passing(*filter, sample), expected);
}

void TestFilterExpression::parseErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("says");
    auto add = [](const char* expression, int position, const char* says) {
        QTest::newRow(expression) << QString::fromUtf8(expression) << position
                                  << QString::fromUtf8(says);
    };
    add("", 0, "empty");
    add("   ", 0, "empty");
    add("QUAL >=", 7, "Expected a value after '>=' at position 7");
    add("QUAL>30 &&", 10, "Expected a value after '&&' at position 10");
    add("QUAL>30 & !", 11, "after '!'");
    add("(QUAL>30", 0, "'(' at position 0 is not closed");
    add("QUAL>30)", 7, "Unexpected ')' at position 7");
    add("()", 0, "Empty parentheses");
    add("INFO/XX>1", 0, "Unknown tag 'XX'");
    add("QUAL>1 && NOPE=\"x\"", 10, "Unknown tag 'NOPE'");
    add("FMT/NOPE>1", 0, "'NOPE'");
    add("FMT/S1=\"x\"", 0, "only an INFO tag");
    add("INFO/GQ>1", 0, "only a FORMAT tag");
    add("DP>5", 0, "both an INFO and a FORMAT tag");
    add("QUAL>30 POS>5", 8, "Expected &&, ||, & or | before 'POS' at position 8");
    add("GENE=\"abc", 5, "position 5 has no closing");
    add("QUAL=>1", 5, "Did you mean '>='?");
    add("QUAL>>1", 5, "found '>'");
    add("1<QUAL<5", 6, "cannot be chained");
    add("QUAL+1>5", 4, "Arithmetic");
    add("FILTER=\"nope\"", 7, "no filter \"nope\"");
    add("FILTER=PASS", 7, "Unknown tag 'PASS'");
    add("FILTER=\"q10;.\"", 7, "at once");
    add("TYPE=\"foo\"", 5, "Unknown variant type \"foo\"");
    add("INFO/DP~\"1\"", 7, "holds numbers");
    add("INFO/DP=\"10\"", 8, "holds numbers");
    add("CHROM<\"chr1\"", 5, "holds text");
    add("GENE=5", 5, "put the value in quotes");
    add("GENE~\"[\"", 5, "regular expression");
    add("\"BR\"~GENE", 4, "must follow '~'");
    add("INFO/DB=\".\"", 8, "is a flag");
    add("INFO/DP", 0, "needs a comparison, for example INFO/DP>10");
    add("GT", 0, "GT=\"het\"");
    add("\"a\"=\"b\"", 0, "compares two constants");
    add("\"PASS\"", 0, "no field to compare");
    add("INFO/AF[0]>0.1", 0, "Subscripts");
    add("AN>1", 0, "would compute it");
    add("CSQ/NOPE=\"x\"", 0, "no sub-field 'NOPE'");
    add("GENE/X=\"x\"", 0, "INFO/GENE has no sub-fields");
    add("GT=het", 3, "Unknown tag 'het'");
    add("GT<\"het\"", 2, "=, !=, ~ or !~");
    add("FMT/DP>10 & (QUAL>1) > 3", 21, "cannot be compared");
    add("CSQ/IMPACT<\"HIGH\"", 10, "holds text");
    add("FMT/FT=FMT/GT", 7, "quoted value");
}

void TestFilterExpression::parseErrors()
{
    QFETCH(QString, expression);
    QFETCH(int, position);
    QFETCH(QString, says);
    QString error;
    int errorPosition = -2;
    const auto filter =
        FilterExpression::parse(expression, m_vcf.header.get(), &error, &errorPosition);
    QVERIFY(!filter);
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(errorPosition, position);
}

void TestFilterExpression::caretLine()
{
    QString error;
    int position = -1;
    QVERIFY(!FilterExpression::parse(QStringLiteral("QUAL >= && DP>1"), m_vcf.header.get(), &error,
                                     &position));
    QCOMPARE(position, 8);
    QCOMPARE(FilterExpression::caretLine(QStringLiteral("QUAL >= && DP>1"), position),
             QStringLiteral("QUAL >= && DP>1\n        ^"));
    QCOMPARE(FilterExpression::caretLine(QStringLiteral("ab"), 5), QStringLiteral("ab\n  ^"));
}

void TestFilterExpression::unpackFlags_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("flags");
    QTest::addColumn<bool>("samples");
    QTest::newRow("QUAL") << QStringLiteral("QUAL>30 && POS>1 && CHROM=\"chr1\"") << 0 << false;
    QTest::newRow("ID") << QStringLiteral("ID=\"rs1\"") << int(BCF_UN_STR) << false;
    QTest::newRow("TYPE") << QStringLiteral("TYPE=\"snp\"") << int(BCF_UN_STR) << false;
    QTest::newRow("FILTER") << QStringLiteral("FILTER=\"PASS\"") << int(BCF_UN_FLT) << false;
    QTest::newRow("INFO") << QStringLiteral("INFO/DP>1") << int(BCF_UN_INFO) << false;
    QTest::newRow("CSQ") << QStringLiteral("CSQ/IMPACT=\"HIGH\"") << int(BCF_UN_INFO) << false;
    QTest::newRow("GT") << QStringLiteral("GT=\"het\"") << int(BCF_UN_FMT) << true;
    QTest::newRow("all") << QStringLiteral("REF=\"A\" && FILTER=\"PASS\" && DB && FMT/DP>1")
                         << int(BCF_UN_STR | BCF_UN_FLT | BCF_UN_INFO | BCF_UN_FMT) << true;
}

void TestFilterExpression::unpackFlags()
{
    QFETCH(QString, expression);
    QFETCH(int, flags);
    QFETCH(bool, samples);
    const auto filter = FilterExpression::parse(expression, m_vcf.header.get());
    QVERIFY(filter);
    QCOMPARE(filter->unpackFlags(), flags);
    QCOMPARE(filter->usesSamples(), samples);
    QCOMPARE(filter->text(), expression);
}

void TestFilterExpression::hintsAboutAnywhere()
{
    const bcf_hdr_t* header = m_vcf.header.get();
    QVERIFY(FilterExpression::parse(QStringLiteral("FMT/DP>10 & FMT/GQ>20"), header)
                ->hints()
                .isEmpty());
    QVERIFY(
        FilterExpression::parse(QStringLiteral("QUAL>1 && FMT/GQ>20"), header)->hints().isEmpty());
    const QStringList samples =
        FilterExpression::parse(QStringLiteral("FMT/DP>10 && FMT/GQ>20"), header)->hints();
    QCOMPARE(samples.size(), 1);
    QVERIFY(samples.first().contains(QLatin1String("same sample")));
    const QStringList entries =
        FilterExpression::parse(QStringLiteral("CSQ/IMPACT=\"HIGH\" && CSQ/SYMBOL=\"X\""), header)
            ->hints();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().contains(QLatin1String("same entry")));
    QVERIFY(!FilterExpression::syntaxHelp().isEmpty());
}

void TestFilterExpression::copiesShareTheProgram()
{
    FilterExpression empty;
    QVERIFY(!empty.isValid());
    QVERIFY(!empty.matches(m_vcf.records.front().get()));
    std::optional<FilterExpression> parsed =
        FilterExpression::parse(QStringLiteral("GT=\"het\""), m_vcf.header.get());
    QVERIFY(parsed);
    const FilterExpression copy = *parsed;
    parsed.reset();
    QVERIFY(copy.isValid());
    QCOMPARE(passing(copy), (QList<int>{1, 2, 5, 6}));
}

void TestFilterExpression::annotationFields()
{
    const AnnotationFields vep = AnnotationFields::fromDescription(
        QStringLiteral("Consequence annotations from Ensembl VEP. Format: "
                       "Allele|Consequence|IMPACT|SYMBOL|HGVSp"));
    QCOMPARE(vep.names(), (QStringList{"Allele", "Consequence", "IMPACT", "SYMBOL", "HGVSp"}));
    QCOMPARE(vep.indexOf(QStringLiteral("IMPACT")), 2);
    QCOMPARE(vep.indexOf(QStringLiteral("impact")), 2);
    QCOMPARE(vep.indexOf(QStringLiteral("Gene")), -1);

    const AnnotationFields snpEff = AnnotationFields::fromDescription(
        QStringLiteral("Functional annotations: 'Allele | Annotation | Annotation_Impact | "
                       "Gene_Name | cDNA.pos / cDNA.length | ERRORS / WARNINGS / INFO' "));
    QCOMPARE(snpEff.size(), 6);
    QCOMPARE(snpEff.names().at(3), QStringLiteral("Gene_Name"));
    QCOMPARE(snpEff.names().at(4), QStringLiteral("cDNA.pos / cDNA.length"));
    QCOMPARE(snpEff.indexOf(QStringLiteral("cDNA.pos")), 4);
    QCOMPARE(snpEff.indexOf(QStringLiteral("ERRORS")), 5);

    const AnnotationFields bcsq = AnnotationFields::fromDescription(
        QStringLiteral("Haplotype-aware consequence annotation from BCFtools/csq. Format: "
                       "Consequence|gene|transcript|biotype|strand|amino_acid_change|dna_change"));
    QCOMPARE(bcsq.size(), 7);
    QVERIFY(AnnotationFields::fromDescription(QStringLiteral("Allele frequency")).isEmpty());
    QVERIFY(AnnotationFields::fromDescription(QStringLiteral("Format: GT")).isEmpty());

    QCOMPARE(AnnotationFields::display("missense_variant&splice_region_variant"),
             QStringLiteral("missense_variant, splice_region_variant"));
    QCOMPARE(AnnotationFields::display("p.Arg1%3BX%3db"), QStringLiteral("p.Arg1;X=b"));
    QCOMPARE(AnnotationFields::display("100%"), QStringLiteral("100%"));
    QCOMPARE(AnnotationFields::field("a|b||d", 2), std::string_view());
    QCOMPARE(AnnotationFields::field("a|b||d", 3), std::string_view("d"));
    QCOMPARE(AnnotationFields::field("a|b", 5), std::string_view());

    const QList<QStringList> entries =
        vep.entries("G|missense_variant&stop_gained|HIGH|BRCA2|p.X%3BY,T|intron_variant|MODIFIER");
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0],
             (QStringList{"G", "missense_variant, stop_gained", "HIGH", "BRCA2", "p.X;Y"}));
    QCOMPARE(entries[1], (QStringList{"T", "intron_variant", "MODIFIER", "", ""}));

    QCOMPARE(AnnotationFields::fromHeader(m_vcf.header.get(), QStringLiteral("CSQ")).size(), 6);
    QCOMPARE(AnnotationFields::fromHeader(m_vcf.header.get(), QStringLiteral("ANN")).size(), 5);
    QVERIFY(AnnotationFields::fromHeader(m_vcf.header.get(), QStringLiteral("DP")).isEmpty());
    QVERIFY(AnnotationFields::fromHeader(m_vcf.header.get(), QStringLiteral("NOPE")).isEmpty());
}

void TestFilterExpression::concurrentUse()
{
    // Many generated records, filtered from the thread pool and compared with one thread.
    QByteArray text = "##fileformat=VCFv4.2\n##contig=<ID=chr1,length=10000000>\n"
                      "##INFO=<ID=AF,Number=A,Type=Float,Description=\"AF\">\n"
                      "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Format: "
                      "Allele|IMPACT|SYMBOL\">\n"
                      "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                      "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                      "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\tS3\n";
    const char* impacts[] = {"HIGH", "LOW", "MODERATE", "MODIFIER"};
    const char* genotypes[] = {"0/0", "0/1", "1/1", "./.", "0|1", "1"};
    for (int i = 0; i < 20000; ++i) {
        text += "chr1\t" + QByteArray::number(i + 1) + "\t.\tA\t" + (i % 5 ? "G" : "G,AT") + '\t' +
                QByteArray::number(i % 97) + "\tPASS\tAF=" + QByteArray::number((i % 100) / 100.0) +
                (i % 5 ? "" : ",0.5") + ";CSQ=G|" + impacts[i % 4] + "|GENE" +
                QByteArray::number(i % 7) + ",G|" + impacts[(i / 4) % 4] + "|GENE" +
                QByteArray::number(i % 3) + "\tGT:DP";
        for (int s = 0; s < 3; ++s)
            text += '\t' + QByteArray(genotypes[(i + s) % 6]) + ':' +
                    QByteArray::number((i * (s + 3)) % 41);
        text += '\n';
    }
    const QString path = m_dir.filePath(QStringLiteral("many.vcf.gz"));
    QVERIFY(writeBgzf(path, text));
    Records many;
    QVERIFY(many.load(path));
    QCOMPARE(int(many.records.size()), 20000);

    const QStringList expressions = {
        QStringLiteral("QUAL>=30 && INFO/AF<0.2"),
        QStringLiteral("GT=\"het\" & FMT/DP>20"),
        QStringLiteral("CSQ/IMPACT=\"HIGH\" & CSQ/SYMBOL~\"GENE[12]\""),
        QStringLiteral("!(TYPE=\"snp\") || FMT/DP=\".\" || GT=\"0|1\""),
    };
    for (const QString& expression : expressions) {
        const auto filter = FilterExpression::parse(expression, many.header.get());
        QVERIFY2(filter, qPrintable(expression));
        // Unpack before going parallel: matches() unpacks, and a record is one thread's at a
        // time; the sequential pass below does it.
        std::vector<char> sequential;
        for (const BcfRecordPtr& record : many.records)
            sequential.push_back(filter->matches(record.get()) ? 1 : 0);
        const int passed = int(std::count(sequential.begin(), sequential.end(), 1));
        QVERIFY2(passed > 0 && passed < 20000, qPrintable(expression));

        std::vector<bcf1_t*> records;
        for (const BcfRecordPtr& record : many.records)
            records.push_back(record.get());
        for (int round = 0; round < 3; ++round) {
            const FilterExpression copy = *filter;
            const QList<char> parallel = QtConcurrent::blockingMapped<QList<char>>(
                records, [copy](bcf1_t* record) { return char(copy.matches(record) ? 1 : 0); });
            QCOMPARE(int(parallel.size()), int(sequential.size()));
            QVERIFY2(std::equal(sequential.begin(), sequential.end(), parallel.begin()),
                     qPrintable(expression));
        }
    }
}

QTEST_GUILESS_MAIN(TestFilterExpression)
#include "test_FilterExpression.moc"
