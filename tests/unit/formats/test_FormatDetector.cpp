// Format detection goes by content, never by name: every kind the scanner knows, written
// under misleading names, is recognised with its compression.

#include <QTemporaryDir>
#include <QtTest>

#include <htslib/sam.h>
#include <htslib/tbx.h>
#include <htslib/vcf.h>

#include "models/formats/FormatDetector.h"
#include "models/formats/SidecarReader.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

class TestFormatDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detects_data();
    void detects();
    void missingFileIsAnError();
    void sidecarsNameTheirSamples();
    void sidecarRowErrorsNameTheLine();

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
};

void TestFormatDetector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray vcf = smallVcf(20);
    QVERIFY(writeText(path("variants.txt"), vcf));
    QVERIFY(writeBgzf(path("variants.gz.data"), vcf));
    QVERIFY(writeGzip(path("plain.vcf.gz"), vcf));
    QVERIFY(convertVariants(path("variants.txt"), path("calls.bcf.bin"), "wb"));
    QVERIFY(writeBgzf(path("indexed.vcf.gz"), vcf));
    QCOMPARE(tbx_index_build(qPrintable(path("indexed.vcf.gz")), 0, &tbx_conf_vcf), 0);
    QVERIFY(convertVariants(path("variants.txt"), path("indexed.bcf"), "wb"));
    QCOMPARE(bcf_index_build(qPrintable(path("indexed.bcf")), 14), 0);

    QVERIFY(writeText(path("reads.sam.txt"), smallSam(50)));
    QVERIFY(convertAlignments(path("reads.sam.txt"), path("reads.dat"), "wb"));
    QVERIFY(convertAlignments(path("reads.sam.txt"), path("reads.bam"), "wb"));
    QCOMPARE(sam_index_build(qPrintable(path("reads.bam")), 0), 0);
    QVERIFY(writeFasta(path("ref.fa"), "chr1", 100000));
    QVERIFY(convertAlignments(path("reads.sam.txt"), path("reads.cram"), "wc", path("ref.fa")));
    QCOMPARE(sam_index_build(qPrintable(path("reads.cram")), 0), 0);

    QVERIFY(writeText(path("p1.json"),
                      R"({"id": "case-1", "subject": {"id": "PAT-001", "sex": "FEMALE"},
        "phenotypicFeatures": [{"type": {"id": "HP:0001250", "label": "Seizure"}}],
        "metaData": {"phenopacketSchemaVersion": "2.0"}})"));
    QVERIFY(writeText(path("family.txt"),
                      "#family\tind\tfather\tmother\tsex\tpheno\n"
                      "FAM1\tP1\tF1\tM1\t1\t2\nFAM1\tF1\t0\t0\t1\t1\nFAM1\tM1\t0\t0\t2\t1\n"));
    QVERIFY(writeText(
        path("sheet.csv"),
        "sample_id,consent,consent_date\nS1,GRU,2024-01-02\n\"S2\",\"HMB;NPU\",2024-02-03\n"));
    QVERIFY(writeText(path("sheet.tsv"), "Sample\tconsent\nS1\tGRU\n"));
    QVERIFY(writeText(path("other.json"), R"({"name": "not a phenopacket", "values": [1, 2]})"));
    QVERIFY(writeText(path("notes.txt"), "Meeting notes\nnothing genomic here\n"));
    QVERIFY(writeText(path("empty.vcf"), ""));
    QVERIFY(writeText(path("junk.bam"), QByteArray("\x01\x02\x03\x04\x05garbage\x00\xff", 14)));
}

void TestFormatDetector::detects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("compression");
    QTest::newRow("VCF text named .txt") << "variants.txt"
                                         << "vcf"
                                         << "none";
    QTest::newRow("BGZF VCF with odd name") << "variants.gz.data"
                                            << "vcf"
                                            << "bgzf";
    QTest::newRow("plain gzip VCF") << "plain.vcf.gz"
                                    << "vcf"
                                    << "gzip";
    QTest::newRow("BCF named .bin") << "calls.bcf.bin"
                                    << "bcf"
                                    << "bgzf";
    QTest::newRow("tabix index") << "indexed.vcf.gz.tbi"
                                 << "tbi"
                                 << "bgzf";
    QTest::newRow("CSI index") << "indexed.bcf.csi"
                               << "csi"
                               << "bgzf";
    QTest::newRow("SAM text") << "reads.sam.txt"
                              << "sam"
                              << "none";
    QTest::newRow("BAM named .dat") << "reads.dat"
                                    << "bam"
                                    << "bgzf";
    QTest::newRow("BAI") << "reads.bam.bai"
                         << "bai"
                         << "none";
    QTest::newRow("CRAM") << "reads.cram"
                          << "cram"
                          << "cram";
    QTest::newRow("CRAI") << "reads.cram.crai"
                          << "crai"
                          << "gzip";
    QTest::newRow("FASTA") << "ref.fa"
                           << "fasta"
                           << "none";
    QTest::newRow("FASTA index") << "ref.fa.fai"
                                 << "fai"
                                 << "none";
    QTest::newRow("Phenopacket") << "p1.json"
                                 << "phenopacket"
                                 << "none";
    QTest::newRow("PED named .txt") << "family.txt"
                                    << "ped"
                                    << "none";
    QTest::newRow("CSV samplesheet") << "sheet.csv"
                                     << "samplesheet"
                                     << "none";
    QTest::newRow("TSV samplesheet") << "sheet.tsv"
                                     << "samplesheet"
                                     << "none";
    QTest::newRow("other JSON") << "other.json"
                                << "json"
                                << "none";
    QTest::newRow("plain text") << "notes.txt"
                                << "other"
                                << "none";
    QTest::newRow("empty file named .vcf") << "empty.vcf"
                                           << "empty"
                                           << "none";
    QTest::newRow("junk named .bam") << "junk.bam"
                                     << "other"
                                     << "none";
}

void TestFormatDetector::detects()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, compression);
    const DetectedFormat d = FormatDetector::detect(m_dir.filePath(file));
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QCOMPARE(d.format, format);
    QCOMPARE(d.compression, compression);
}

void TestFormatDetector::missingFileIsAnError()
{
    const DetectedFormat d = FormatDetector::detect(path("does-not-exist.vcf"));
    QVERIFY(d.error.contains(QLatin1String("does-not-exist.vcf")));
}

void TestFormatDetector::sidecarsNameTheirSamples()
{
    QCOMPARE(SidecarReader::read(path("p1.json"), QStringLiteral("phenopacket")).samples,
             QStringList{QStringLiteral("PAT-001")});
    QCOMPARE(SidecarReader::read(path("p1.json"), QStringLiteral("phenopacket")).version,
             QStringLiteral("2.0"));
    QCOMPARE(SidecarReader::read(path("family.txt"), QStringLiteral("ped")).samples,
             (QStringList{QStringLiteral("P1"), QStringLiteral("F1"), QStringLiteral("M1")}));
    QCOMPARE(SidecarReader::read(path("sheet.csv"), QStringLiteral("samplesheet")).samples,
             (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));
}

void TestFormatDetector::sidecarRowErrorsNameTheLine()
{
    QVERIFY(writeText(path("bad.ped"), "FAM1 P1 0 0 1 2\nFAM1 P2 0 0\n"));
    const SidecarContent ped = SidecarReader::read(path("bad.ped"), QStringLiteral("ped"));
    QCOMPARE(ped.problems.size(), 1);
    QCOMPARE(ped.problems.first().location, QStringLiteral("line 2"));
    QVERIFY(ped.problems.first().message.contains(QLatin1String("6 columns")));

    QVERIFY(writeText(path("bad.csv"), "sample_id,consent\nS1,GRU\nS2\n"));
    const SidecarContent csv = SidecarReader::read(path("bad.csv"), QStringLiteral("samplesheet"));
    QCOMPARE(csv.problems.size(), 1);
    QCOMPARE(csv.problems.first().location, QStringLiteral("line 3"));
}

QTEST_GUILESS_MAIN(TestFormatDetector)
#include "test_FormatDetector.moc"
