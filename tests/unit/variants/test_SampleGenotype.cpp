// One sample's call as the variant table shows it: GT text, zygosity (haploid, missing,
// multi-allelic), DP, GQ and the allele fraction from AD, on small VCFs written here.

#include <cmath>

#include <QtTest>

#include "models/variants/SampleGenotype.h"
#include "tests/common/SmallVcf.h"

using namespace steward;
using namespace steward::test;
using Zygosity = SampleGenotype::Zygosity;

class TestSampleGenotype : public QObject
{
    Q_OBJECT

private:
    SmallVcfFiles m_vcfs;
    Vcf read(const QByteArray& text) { return m_vcfs.read(text); }

private Q_SLOTS:
    void genotypes_data();
    void genotypes();
    void genotypeOfMultiallelicAndMissingFields();
};

void TestSampleGenotype::genotypes_data()
{
    QTest::addColumn<QByteArray>("call");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("zygosity");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("quality");
    QTest::addColumn<double>("fraction"); // -1: NaN

    QTest::newRow("het") << QByteArray("0/1:10,5:15:99") << QStringLiteral("0/1")
                         << int(Zygosity::Het) << 15 << 99 << 5.0 / 15.0;
    QTest::newRow("hom-alt phased") << QByteArray("1|1:0,20:20:60") << QStringLiteral("1|1")
                                    << int(Zygosity::HomAlt) << 20 << 60 << 1.0;
    QTest::newRow("hom-ref") << QByteArray("0/0:30,0:30:90") << QStringLiteral("0/0")
                             << int(Zygosity::HomRef) << 30 << 90 << 0.0;
    QTest::newRow("hemizygous, AD missing") << QByteArray("1:.:8:30") << QStringLiteral("1")
                                            << int(Zygosity::Hemizygous) << 8 << 30 << -1.0;
    QTest::newRow("haploid ref") << QByteArray("0:12,0:12:40") << QStringLiteral("0")
                                 << int(Zygosity::HomRef) << 12 << 40 << 0.0;
    QTest::newRow("missing") << QByteArray("./.:.:.:.") << QStringLiteral("./.")
                             << int(Zygosity::Missing) << -1 << -1 << -1.0;
    QTest::newRow("half missing") << QByteArray("./1:3,4:7:5") << QStringLiteral("./1")
                                  << int(Zygosity::Missing) << 7 << 5 << 4.0 / 7.0;
    QTest::newRow("haploid missing")
        << QByteArray(".") << QStringLiteral(".") << int(Zygosity::Missing) << -1 << -1 << -1.0;
    QTest::newRow("AD sums to zero") << QByteArray("0/1:0,0:0:3") << QStringLiteral("0/1")
                                     << int(Zygosity::Het) << 0 << 3 << -1.0;
    QTest::newRow("AD partly missing") << QByteArray("0/1:4,.:4:3") << QStringLiteral("0/1")
                                       << int(Zygosity::Het) << 4 << 3 << -1.0;
    QTest::newRow("phased het") << QByteArray("1|0:6,6:12:20") << QStringLiteral("1|0")
                                << int(Zygosity::Het) << 12 << 20 << 0.5;
}

void TestSampleGenotype::genotypes()
{
    QFETCH(QByteArray, call);
    QFETCH(QString, text);
    QFETCH(int, zygosity);
    QFETCH(int, depth);
    QFETCH(int, quality);
    QFETCH(double, fraction);

    const Vcf vcf =
        read("##fileformat=VCFv4.2\n##contig=<ID=X>\n"
             "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
             "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
             "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
             "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">\n"
             "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tOTHER\tS1\n" +
             row({"X", "100", ".", "G", "A", ".", ".", ".", "GT:AD:DP:GQ", "0/1:1,1:2:9", call}));
    QCOMPARE(int(vcf.records.size()), 1);
    const SampleGenotype g = SampleGenotype::read(vcf.header.get(), vcf.record(0), 1);
    QCOMPARE(g.text(), text);
    QCOMPARE(int(g.zygosity()), zygosity);
    QCOMPARE(g.depth(), depth);
    QCOMPARE(g.quality(), quality);
    if (fraction < 0)
        QVERIFY2(std::isnan(g.alleleFraction()), qPrintable(QString::number(g.alleleFraction())));
    else
        QCOMPARE(g.alleleFraction(), fraction);
    QVERIFY(!SampleGenotype::zygosityLabel(g.zygosity()).isEmpty());
}

void TestSampleGenotype::genotypeOfMultiallelicAndMissingFields()
{
    const Vcf vcf =
        read("##fileformat=VCFv4.2\n##contig=<ID=1>\n"
             "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
             "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
             "##FORMAT=<ID=GQ,Number=1,Type=Float,Description=\"Genotype quality, as a float\">\n"
             "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\n" +
             row({"1", "100", ".", "G", "A,C", ".", ".", ".", "GT:AD:GQ", "1/2:2,5,6:35.6",
                  "2/2:0,0,9:12"}) +
             row({"1", "200", ".", "G", "A", ".", ".", ".", "AD", "3,4", "5,0"}));
    QCOMPARE(int(vcf.records.size()), 2);
    const SampleGenotype s1 = SampleGenotype::read(vcf.header.get(), vcf.record(0), 0);
    QCOMPARE(s1.text(), QStringLiteral("1/2"));
    QCOMPARE(s1.zygosity(), Zygosity::Het); // two different ALT alleles
    QCOMPARE(s1.alleles(), (std::vector<int>{1, 2}));
    QCOMPARE(s1.depth(), -1); // no FORMAT/DP: not guessed from AD
    QCOMPARE(s1.quality(), 36);
    QCOMPARE(s1.alleleFraction(), 11.0 / 13.0);
    QCOMPARE(s1.alleleFraction(2), 6.0 / 13.0);
    QCOMPARE(s1.alleleDepths(), (std::vector<int>{2, 5, 6}));
    const SampleGenotype s2 = SampleGenotype::read(vcf.header.get(), vcf.record(0), 1);
    QCOMPARE(s2.zygosity(), Zygosity::HomAlt);
    QCOMPARE(s2.alleleFraction(1), 0.0);

    // A record without GT.
    const SampleGenotype noGt = SampleGenotype::read(vcf.header.get(), vcf.record(1), 0);
    QCOMPARE(noGt.text(), QString());
    QCOMPARE(noGt.zygosity(), Zygosity::Missing);
    QCOMPARE(noGt.alleleFraction(), 4.0 / 7.0);
    // A sample that does not exist.
    const SampleGenotype none = SampleGenotype::read(vcf.header.get(), vcf.record(1), 5);
    QCOMPARE(none.zygosity(), Zygosity::Missing);
    QVERIFY(std::isnan(none.alleleFraction()));
}

QTEST_APPLESS_MAIN(TestSampleGenotype)
#include "test_SampleGenotype.moc"
