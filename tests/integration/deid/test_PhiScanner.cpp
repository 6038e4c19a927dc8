// PhiScanner on files: generated VCF/BCF, SAM/BAM/CRAM, Phenopacket, PED and CSV/TSV files with
// planted identifiers, and real third-party files read in place from ../shared/data.

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include "models/deid/PhiDetectors.h"
#include "models/deid/PhiScanner.h"
#include "models/formats/HtsEnvironment.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

QString dump(const PhiFindings& findings)
{
    QStringList lines;
    for (const PhiFinding& f : findings)
        lines << QStringLiteral("  line %1 record %2 [%3] %4 %5: %6")
                     .arg(f.line)
                     .arg(f.record)
                     .arg(f.field, PhiFinding::className(f.phiClass),
                          PhiFinding::severityName(f.severity), f.text.left(120));
    return lines.join(QLatin1Char('\n'));
}

/** The finding with this field, class and text, or nullptr. */
const PhiFinding* findIn(const PhiFindings& findings, const QString& field, PhiClass c,
                         const QString& text)
{
    for (const PhiFinding& f : findings)
        if (f.field == field && f.phiClass == c && f.text == text)
            return &f;
    return nullptr;
}

int countIn(const PhiFindings& findings, const QString& field, PhiClass c)
{
    int n = 0;
    for (const PhiFinding& f : findings)
        n += f.field == field && f.phiClass == c;
    return n;
}

#define EXPECT_FINDING(findings, field, cls, text, sev, lineNo)                                    \
    do {                                                                                           \
        const PhiFinding* f_ = findIn(findings, field, cls, text);                                 \
        QVERIFY2(f_,                                                                               \
                 qPrintable(QStringLiteral("missing %1 %2 \"%3\" in:\n%4")                         \
                                .arg(field, PhiFinding::className(cls), text, dump(findings))));   \
        QCOMPARE(PhiFinding::severityName(f_->severity), QStringLiteral(sev));                     \
        if ((lineNo) >= 0)                                                                         \
            QCOMPARE(f_->line, lineNo);                                                            \
        QVERIFY(!f_->action.isEmpty());                                                            \
    } while (false)

const QByteArray kPlantedVcf =
    "##fileformat=VCFv4.2\n"
    "##fileDate=20240115\n"
    "##reference=file:///home/jdoe/ref.fa\n"
    "##contig=<ID=chr1,length=1000000,URL=https://lims.example.org/contigs/chr1>\n"
    "##SAMPLE=<ID=MRN0048213,Description=\"Patient Margaret Whitfield, born 1947-03-14\">\n"
    "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth (reads with "
    "MQ=255 or with bad mates are filtered)\">\n"
    "##INFO=<ID=NOTE,Number=1,Type=String,Description=\"Curated by jdoe@example.org\">\n"
    "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
    "##bcftools_viewCommand=view -o /home/jdoe/out.vcf.gz /data/MRN0048213.vcf.gz; "
    "Date=Mon Jan 15 10:00:00 2024\n"
    "##GATKCommandLine=<ID=HaplotypeCaller,CommandLine=\"HaplotypeCaller -R /ref/hg38.fa\","
    "Date=\"Thu Dec 08 17:57:26 CET 2016\">\n"
    "##source=HaplotypeCaller\n"
    "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tMRN0048213\tNA12878\n"
    "chr1\t100\trs123\tA\tG\t50\tPASS\tDP=10;NOTE=jane.roe@example.org\tGT\t0/1\t0/0\n"
    "chr1\t200\tMRN0048213_v2\tC\tT\t50\tPASS\tDP=12\tGT\t1/1\t0/1\n"
    "chr1\t300\t.\tG\tA\t50\tPASS\tDP=9;NOTE=jane.roe@example.org\tGT\t0/1\t0/1\n";

QByteArray plantedSam(int extraInstruments)
{
    QByteArray t = "@HD\tVN:1.6\tSO:unsorted\n"
                   "@SQ\tSN:chr1\tLN:100000\tUR:/home/jdoe/ref/hg38.fa\n"
                   "@RG\tID:rg1\tSM:MRN0048213\tDT:2023-05-17\tPU:H3VJ2DSXX.1\t"
                   "LB:lib_MRN0048213\tPL:ILLUMINA\n"
                   "@PG\tID:bwa\tPN:bwa\tCL:bwa mem -t 8 /home/jdoe/ref/hg38.fa "
                   "/home/jdoe/fastq/R1.fq.gz\n"
                   "@CO\tcontact jane.roe@example.org for access\n"
                   "@CO\tlibrary prepared manually\n";
    const QByteArray seq = "ACGTACGTAC", qual = "IIIIIIIIII";
    auto read = [&](const QByteArray& name, int pos, const QByteArray& tags) {
        t += name + "\t0\tchr1\t" + QByteArray::number(pos) + "\t60\t10M\t*\t0\t0\t" + seq + '\t' +
             qual + "\tRG:Z:rg1\tBC:Z:ACGTACGT" + tags + '\n';
    };
    read("A00123:8:H3VJ2DSXX:1:1101:1000:2000", 100, "");
    read("A00123:8:H3VJ2DSXX:1:1101:1000:2001", 110, "\tCO:Z:seen on 2023-05-17");
    read("A00123:8:H3VJ2DSXX:1:1101:1000:2002", 120, "");
    read("A00123:9:HABCDBBXY:2:1101:5000:7000", 130, "");
    for (int i = 0; i < extraInstruments; ++i)
        read("M" + QByteArray::number(1000 + i) + ":5:000000000-A1B2C:1:1101:1:1", 140 + i, "");
    return t;
}

} // namespace

class TestPhiScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plantedVcf_data();
    void plantedVcf();
    void vcfHeaderText();
    void plantedAlignments_data();
    void plantedAlignments();
    void cramWithoutReference();
    void samHeaderText();
    void phenopacket_data();
    void phenopacket();
    void pedigree();
    void table_data();
    void table();
    void errorsAndUnsupported();
    void cancel();
    void headerScanIsFast();

    void realScoutVcf();
    void realScoutPed();
    void realIgvCrams();
    void realIndexTestBam();
    void realMpileupBam();
    void realPhenopacket();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    PhiFindings scan(const QString& file, int readSample = 10000)
    {
        PhiScanner::Options options;
        options.readSample = readSample;
        PhiFindings findings;
        QString error;
        const bool ok = PhiScanner::scanFile(file, options, &findings, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        m_lastOk = ok;
        return findings;
    }

    QTemporaryDir m_dir;
    bool m_lastOk = false;
};

void TestPhiScanner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No network: htslib must not fetch CRAM references from the EBI.
    QVERIFY(HtsEnvironment::configureOffline(path(QStringLiteral("refcache"))));
    QVERIFY(writeText(path(QStringLiteral("planted.vcf")), kPlantedVcf));
    QVERIFY(writeBgzf(path(QStringLiteral("planted.vcf.gz")), kPlantedVcf));
    QVERIFY(convertVariants(path(QStringLiteral("planted.vcf")),
                            path(QStringLiteral("planted.bcf")), "wb"));
}

void TestPhiScanner::plantedVcf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("textLines"); // line numbers are those of the file
    QTest::newRow("vcf") << QStringLiteral("planted.vcf") << true;
    QTest::newRow("vcf.gz") << QStringLiteral("planted.vcf.gz") << true;
    QTest::newRow("bcf") << QStringLiteral("planted.bcf") << false;
}

void TestPhiScanner::plantedVcf()
{
    QFETCH(QString, file);
    QFETCH(bool, textLines);
    const PhiFindings f = scan(path(file));
    QVERIFY(m_lastOk);
    auto ln = [textLines](int n) { return textLines ? n : -1; };

    EXPECT_FINDING(f, "##fileDate", PhiClass::Date, "20240115", "medium", ln(2));
    EXPECT_FINDING(f, "##reference", PhiClass::UserPath, "file:///home/jdoe/ref.fa", "high", ln(3));
    EXPECT_FINDING(f, "##contig URL", PhiClass::Url, "https://lims.example.org/contigs/chr1",
                   "medium", ln(4));
    EXPECT_FINDING(f, "##SAMPLE", PhiClass::SampleId, "MRN0048213", "high", ln(5));
    EXPECT_FINDING(f, "##SAMPLE", PhiClass::PersonName, "Margaret Whitfield", "high", ln(5));
    EXPECT_FINDING(f, "##SAMPLE", PhiClass::Date, "1947-03-14", "high", ln(5));
    EXPECT_FINDING(f, "INFO/NOTE Description", PhiClass::Email, "jdoe@example.org", "high", ln(7));
    EXPECT_FINDING(f, "##bcftools_viewCommand", PhiClass::UserPath, "/home/jdoe/out.vcf.gz", "high",
                   ln(9));
    EXPECT_FINDING(f, "##bcftools_viewCommand", PhiClass::SampleId, "MRN0048213", "high", ln(9));
    EXPECT_FINDING(f, "##bcftools_viewCommand", PhiClass::Date, "Mon Jan 15 10:00:00 2024", "high",
                   ln(9));
    QCOMPARE(countIn(f, "##bcftools_viewCommand", PhiClass::Provenance), 1);
    QCOMPARE(countIn(f, "##GATKCommandLine", PhiClass::Provenance), 1);
    EXPECT_FINDING(f, "##GATKCommandLine", PhiClass::Date, "Thu Dec 08 17:57:26 CET 2016", "high",
                   ln(10));
    EXPECT_FINDING(f, "#CHROM sample column 1", PhiClass::SampleId, "MRN0048213", "high", ln(12));
    EXPECT_FINDING(f, "#CHROM sample column 2", PhiClass::SampleId, "NA12878", "high", ln(12));
    // An MRN-like sample ID gets the sharper action; a lab accession the plain one.
    QVERIFY(findIn(f, "#CHROM sample column 1", PhiClass::SampleId, "MRN0048213")->action !=
            findIn(f, "#CHROM sample column 2", PhiClass::SampleId, "NA12878")->action);
    // Provenance is Medium when something identifying is inside, Low otherwise.
    for (const PhiFinding& x : f)
        if (x.phiClass == PhiClass::Provenance)
            QCOMPARE(x.severity, PhiSeverity::Medium);

    // Records: the string INFO value and a sample ID inside the ID column; once each.
    const PhiFinding* note = findIn(f, "INFO/NOTE", PhiClass::Email, "jane.roe@example.org");
    QVERIFY2(note, qPrintable(dump(f)));
    QCOMPARE(note->record, qint64(0));
    QCOMPARE(countIn(f, "INFO/NOTE", PhiClass::Email), 1);
    const PhiFinding* id = findIn(f, "ID", PhiClass::SampleId, "MRN0048213");
    QVERIFY2(id, qPrintable(dump(f)));
    QCOMPARE(id->record, qint64(1));

    // Standard header text is not flagged; nothing is reported twice; every finding is whole.
    for (const PhiFinding& x : f) {
        QVERIFY2(!x.field.startsWith(QLatin1String("INFO/DP")) &&
                     !x.field.startsWith(QLatin1String("FORMAT/")) &&
                     x.field != QLatin1String("##fileformat") &&
                     x.field != QLatin1String("##source"),
                 qPrintable(dump(f)));
        QCOMPARE(x.file, QFileInfo(path(file)).absoluteFilePath());
        QCOMPARE(countIn(f, x.field, x.phiClass) >= 1, true);
    }
    QSet<QString> keys;
    for (const PhiFinding& x : f)
        QVERIFY2(!keys.contains(x.field + '\n' + x.text) || x.phiClass != PhiClass::SampleId,
                 qPrintable(dump(f)));

    // readSample 0: the header only.
    const PhiFindings headerOnly = scan(path(file), 0);
    for (const PhiFinding& x : headerOnly)
        QCOMPARE(x.record, qint64(-1));
    QCOMPARE(headerOnly.size(), f.size() - 2);
}

void TestPhiScanner::vcfHeaderText()
{
    const QString header = QString::fromLatin1(kPlantedVcf.left(kPlantedVcf.indexOf("\nchr1") + 1));
    const PhiFindings f = PhiScanner::scanVcfHeaderText(header, QStringLiteral("x.vcf"));
    const PhiFindings fromFile = scan(path(QStringLiteral("planted.vcf")), 0);
    QCOMPARE(f.size(), fromFile.size());
    for (int i = 0; i < f.size(); ++i) {
        QCOMPARE(f[i].file, QStringLiteral("x.vcf"));
        QCOMPARE(f[i].text, fromFile[i].text);
        QCOMPARE(f[i].line, fromFile[i].line);
    }
    // Standard header lines alone: only the two sample columns.
    const PhiFindings plain =
        PhiScanner::scanVcfHeaderText(QString::fromLatin1(smallVcf(0)), QString());
    QCOMPARE(plain.size(), 2);
    EXPECT_FINDING(plain, "#CHROM sample column 2", PhiClass::SampleId, "S2", "high", 5);
}

void TestPhiScanner::plantedAlignments_data()
{
    QTest::addColumn<QString>("file");
    QVERIFY(writeText(path(QStringLiteral("planted.sam")), plantedSam(60)));
    QVERIFY(convertAlignments(path(QStringLiteral("planted.sam")),
                              path(QStringLiteral("planted.bam")), "wb"));
    QTest::newRow("sam") << QStringLiteral("planted.sam");
    QTest::newRow("bam") << QStringLiteral("planted.bam");
}

void TestPhiScanner::plantedAlignments()
{
    QFETCH(QString, file);
    const PhiFindings f = scan(path(file));
    QVERIFY(m_lastOk);
    EXPECT_FINDING(f, "@SQ UR", PhiClass::UserPath, "/home/jdoe/ref/hg38.fa", "high", 2);
    EXPECT_FINDING(f, "@RG SM", PhiClass::SampleId, "MRN0048213", "high", 3);
    EXPECT_FINDING(f, "@RG DT", PhiClass::Date, "2023-05-17", "medium", 3);
    EXPECT_FINDING(f, "@RG PU", PhiClass::DeviceSerial, "H3VJ2DSXX.1", "medium", 3);
    EXPECT_FINDING(f, "@RG LB", PhiClass::SampleId, "MRN0048213", "high", 3);
    EXPECT_FINDING(f, "@PG CL", PhiClass::UserPath, "/home/jdoe/fastq/R1.fq.gz", "high", 4);
    QCOMPARE(countIn(f, "@PG CL", PhiClass::Provenance), 1);
    EXPECT_FINDING(f, "@CO", PhiClass::Email, "jane.roe@example.org", "high", 5);
    EXPECT_FINDING(f, "@CO", PhiClass::FreeText, "library prepared manually", "low", 6);
    // Reads: one finding per distinct instrument:run:flowcell, capped per field.
    const PhiFinding* first =
        findIn(f, "read name", PhiClass::DeviceSerial, QStringLiteral("A00123:8:H3VJ2DSXX"));
    QVERIFY2(first, qPrintable(dump(f)));
    QCOMPARE(first->record, qint64(0));
    const PhiFinding* second =
        findIn(f, "read name", PhiClass::DeviceSerial, QStringLiteral("A00123:9:HABCDBBXY"));
    QVERIFY(second);
    QCOMPARE(second->record, qint64(3));
    QCOMPARE(countIn(f, "read name", PhiClass::DeviceSerial), PhiScanner::kMaxPerField);
    const PhiFinding* co = findIn(f, "CO tag", PhiClass::Date, QStringLiteral("2023-05-17"));
    QVERIFY2(co, qPrintable(dump(f)));
    QCOMPARE(co->record, qint64(1));
    for (const PhiFinding& x : f)
        QVERIFY2(x.field != QLatin1String("BC tag") && x.field != QLatin1String("RG tag") &&
                     x.field != QLatin1String("@RG PL"),
                 qPrintable(dump(f)));
    // A small read sample sees only the first reads.
    const PhiFindings few = scan(path(file), 2);
    QCOMPARE(countIn(few, "read name", PhiClass::DeviceSerial), 1);
}

void TestPhiScanner::cramWithoutReference()
{
    const QString fasta = path(QStringLiteral("cramref/ref.fa"));
    QVERIFY(writeFasta(fasta, "chr1", 100000));
    QVERIFY(writeText(path(QStringLiteral("cram.sam")), plantedSam(0)));
    const QString cram = path(QStringLiteral("planted.cram"));
    QVERIFY(convertAlignments(path(QStringLiteral("cram.sam")), cram, "wc", fasta));
    QVERIFY(QDir(path(QStringLiteral("cramref"))).removeRecursively()); // unreachable now

    const PhiFindings f = scan(cram);
    QVERIFY(m_lastOk);
    // htslib writes the reference it encoded against into UR: a site path, not a user's.
    EXPECT_FINDING(f, "@SQ UR", PhiClass::Provenance, QFileInfo(fasta).absoluteFilePath(), "low",
                   2);
    EXPECT_FINDING(f, "@PG CL", PhiClass::UserPath, "/home/jdoe/fastq/R1.fq.gz", "high", 4);
    EXPECT_FINDING(f, "@RG SM", PhiClass::SampleId, "MRN0048213", "high", 3);
    // Read names and tags decode without the bases.
    QVERIFY2(findIn(f, "read name", PhiClass::DeviceSerial, QStringLiteral("A00123:8:H3VJ2DSXX")),
             qPrintable(dump(f)));
    QVERIFY(findIn(f, "CO tag", PhiClass::Date, QStringLiteral("2023-05-17")));
}

void TestPhiScanner::samHeaderText()
{
    const PhiFindings f = PhiScanner::scanSamHeaderText(
        QStringLiteral(
            "@HD\tVN:1.6\n@SQ\tSN:chr1\tLN:1000\tM5:6aef897c3d6ff0c78aff06ac189178dd\n"
            "@RG\tID:x\tSM:S1\tPL:ILLUMINA\tCN:Broad\n"
            "@PG\tID:samtools\tPN:samtools\tVN:1.16\tCL:samtools sort -o out.bam in.bam\n"),
        QStringLiteral("h.sam"));
    QCOMPARE(f.size(), 2); // the sample, and a command line with nothing inside (low)
    EXPECT_FINDING(f, "@RG SM", PhiClass::SampleId, "S1", "high", 3);
    EXPECT_FINDING(f, "@PG CL", PhiClass::Provenance, "samtools sort -o out.bam in.bam", "low", 4);
    QCOMPARE(f[0].file, QStringLiteral("h.sam"));
}

void TestPhiScanner::phenopacket_data()
{
    QTest::addColumn<bool>("snake");
    QTest::newRow("camelCase") << false;
    QTest::newRow("snake_case") << true;
}

void TestPhiScanner::phenopacket()
{
    QFETCH(bool, snake);
    QByteArray json = R"({
  "id": "pp-1",
  "subject": {
    "id": "MRN0048213",
    "alternateIds": ["JohnSmith"],
    "dateOfBirth": "1947-03-14T00:00:00Z",
    "timeAtLastEncounter": {"age": {"iso8601duration": "P93Y"}},
    "vitalStatus": {"status": "DECEASED", "timeOfDeath": {"timestamp": "2021-06-01T00:00:00Z"}}
  },
  "biosamples": [{
    "id": "BS-7781",
    "individualId": "MRN0048213",
    "description": "Biopsy taken by Dr. Weber",
    "timeOfCollection": {"timestamp": "2020-11-03T09:00:00Z"}
  }],
  "files": [{"uri": "file:///home/jdoe/data/p1.vcf.gz", "individualToFileIdentifiers": {"MRN0048213": "NA0001"}}],
  "metaData": {"created": "2021-07-01T12:00:00Z", "createdBy": "Julia Curator",
    "resources": [{"id": "hp", "url": "http://purl.obolibrary.org/obo/hp.owl"}],
    "phenopacketSchemaVersion": "2.0"}
}
)";
    const char* keys[][2] = {{"alternateIds", "alternate_ids"},
                             {"dateOfBirth", "date_of_birth"},
                             {"timeAtLastEncounter", "time_at_last_encounter"},
                             {"vitalStatus", "vital_status"},
                             {"timeOfDeath", "time_of_death"},
                             {"individualId", "individual_id"},
                             {"timeOfCollection", "time_of_collection"},
                             {"individualToFileIdentifiers", "individual_to_file_identifiers"},
                             {"metaData", "meta_data"},
                             {"createdBy", "created_by"},
                             {"phenopacketSchemaVersion", "phenopacket_schema_version"}};
    auto key = [&](int i) { return QString::fromLatin1(keys[i][snake ? 1 : 0]); };
    if (snake)
        for (const auto& k : keys)
            json.replace(QByteArray("\"") + k[0] + '"', QByteArray("\"") + k[1] + '"');
    const QString file = path(snake ? QStringLiteral("pp_snake.json") : QStringLiteral("pp.json"));
    QVERIFY(writeText(file, json));
    const PhiFindings f = scan(file);
    QVERIFY(m_lastOk);
    EXPECT_FINDING(f, "id", PhiClass::SampleId, "MRN0048213", "high", 4);
    EXPECT_FINDING(f, key(0), PhiClass::SampleId, "JohnSmith", "high", 5);
    EXPECT_FINDING(f, key(1), PhiClass::Date, "1947-03-14T00:00:00Z", "high", 6);
    EXPECT_FINDING(f, key(2), PhiClass::Age, "P93Y", "high", 7);
    EXPECT_FINDING(f, key(4), PhiClass::Date, "2021-06-01T00:00:00Z", "high", 8);
    EXPECT_FINDING(f, "id", PhiClass::SampleId, "BS-7781", "high", 11);
    EXPECT_FINDING(f, key(5), PhiClass::SampleId, "MRN0048213", "high", 12);
    EXPECT_FINDING(f, "description", PhiClass::PersonName, "Weber", "high", 13);
    EXPECT_FINDING(f, key(6), PhiClass::Date, "2020-11-03T09:00:00Z", "high", 14);
    EXPECT_FINDING(f, "uri", PhiClass::UserPath, "file:///home/jdoe/data/p1.vcf.gz", "high", 16);
    EXPECT_FINDING(f, key(7), PhiClass::SampleId, "MRN0048213", "high", 16);
    EXPECT_FINDING(f, key(7), PhiClass::SampleId, "NA0001", "high", 16);
    EXPECT_FINDING(f, "created", PhiClass::Date, "2021-07-01T12:00:00Z", "medium", 17);
    EXPECT_FINDING(f, key(9), PhiClass::PersonName, "Julia Curator", "medium", 17);
    for (const PhiFinding& x : f) // the phenopacket's own id and public resources are not PHI
        QVERIFY2(x.text != QLatin1String("pp-1") && x.phiClass != PhiClass::Url,
                 qPrintable(dump(f)));
}

void TestPhiScanner::pedigree()
{
    const QString file = path(QStringLiteral("family.ped"));
    QVERIFY(writeText(file, "#Family ID\tIndividual ID\tPaternal ID\tMaternal ID\tSex\tPhenotype\n"
                            "FAM01\tMRN0048213\tP-DAD\tP-MUM\t1\t2\tjdoe@example.org\n"
                            "FAM01\tP-DAD\t0\t0\t1\t1\n"
                            "FAM01\tP-MUM\t0\t0\t2\t1\n"));
    const PhiFindings f = scan(file);
    QVERIFY(m_lastOk);
    EXPECT_FINDING(f, "family", PhiClass::SampleId, "FAM01", "high", 2);
    EXPECT_FINDING(f, "individual", PhiClass::SampleId, "MRN0048213", "high", 2);
    EXPECT_FINDING(f, "father", PhiClass::SampleId, "P-DAD", "high", 2);
    EXPECT_FINDING(f, "mother", PhiClass::SampleId, "P-MUM", "high", 2);
    EXPECT_FINDING(f, "individual", PhiClass::SampleId, "P-DAD", "high", 3);
    EXPECT_FINDING(f, "column 7", PhiClass::Email, "jdoe@example.org", "high", 2);
    QCOMPARE(findIn(f, "individual", PhiClass::SampleId, "P-MUM")->record, qint64(2));
    for (const PhiFinding& x : f)
        QVERIFY2(x.text != QLatin1String("0") && x.text != QLatin1String("1"), qPrintable(dump(f)));
    QCOMPARE(f.size(), 7);
}

void TestPhiScanner::table_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("text");
    const QByteArray csv =
        "sample_id,dob,age,zip,notes,phenotype\n"
        "MRN0048213,1947-03-14,93,02139,\"Seen by Dr. Weber, call 555-123-4567\","
        "HP:0001250\n"
        "S2,1980,45,10001,,HP:0000001\n";
    QByteArray tsv = csv;
    tsv.replace(",", "\t").replace("Weber\t call", "Weber, call");
    QTest::newRow("csv") << QStringLiteral("side.csv") << csv;
    QTest::newRow("tsv") << QStringLiteral("side.tsv") << tsv;
}

void TestPhiScanner::table()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, text);
    const QString file = path(name);
    QVERIFY(writeText(file, text));
    const PhiFindings f = scan(file);
    QVERIFY(m_lastOk);
    EXPECT_FINDING(f, "sample_id", PhiClass::SampleId, "MRN0048213", "high", 2);
    EXPECT_FINDING(f, "sample_id", PhiClass::SampleId, "S2", "high", 3);
    EXPECT_FINDING(f, "dob", PhiClass::Date, "1947-03-14", "high", 2);
    QCOMPARE(findIn(f, "dob", PhiClass::Date, "1947-03-14")->record, qint64(0));
    EXPECT_FINDING(f, "age", PhiClass::Age, "93", "high", 2);
    EXPECT_FINDING(f, "zip", PhiClass::ZipCode, "02139", "medium", 2);
    EXPECT_FINDING(f, "zip", PhiClass::ZipCode, "10001", "medium", 3);
    EXPECT_FINDING(f, "notes", PhiClass::PersonName, "Weber", "high", 2);
    EXPECT_FINDING(f, "notes", PhiClass::Phone, "555-123-4567", "high", 2);
    EXPECT_FINDING(f, "notes", PhiClass::FreeText, "Seen by Dr. Weber, call 555-123-4567", "low",
                   2);
    for (const PhiFinding& x : f) // a year, an age under 90 and ontology terms stay
        QVERIFY2(x.text != QLatin1String("1980") && x.text != QLatin1String("45") &&
                     x.field != QLatin1String("phenotype"),
                 qPrintable(dump(f)));
}

void TestPhiScanner::errorsAndUnsupported()
{
    PhiScanner::Options options;
    PhiFindings f;
    QString error;
    const QString missing = path(QStringLiteral("missing.vcf"));
    QVERIFY(!PhiScanner::scanFile(missing, options, &f, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));

    const QString broken = path(QStringLiteral("broken.json"));
    QVERIFY(writeText(broken, "{\"subject\": {\"id\": \"x\""));
    error.clear();
    QVERIFY(!PhiScanner::scanFile(broken, options, &f, &error));
    QVERIFY2(error.contains(broken), qPrintable(error));

    const QString fasta = path(QStringLiteral("other/ref.fa"));
    QVERIFY(writeFasta(fasta, "chr1", 500));
    error.clear();
    QVERIFY(PhiScanner::scanFile(fasta, options, &f, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(f.isEmpty());
}

void TestPhiScanner::cancel()
{
    std::atomic_bool cancelled{true};
    PhiScanner::Options options;
    options.cancel = &cancelled;
    PhiFindings f;
    QString error;
    QVERIFY(!PhiScanner::scanFile(path(QStringLiteral("planted.bam")), options, &f, &error));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QVERIFY(f.isEmpty());
}

void TestPhiScanner::headerScanIsFast()
{
    // ~30 MB of records behind a real-sized header: the header scan must not read the body.
    QByteArray body;
    body.reserve(32 * 1024 * 1024);
    const QByteArray row = "\t.\tA\tG\t50\tPASS\tDP=10\tGT\t0/1\t0/0\n";
    for (int i = 0; i < 900000; ++i)
        body += "chr1\t" + QByteArray::number(100 + i) + row;
    QByteArray header = kPlantedVcf.left(kPlantedVcf.indexOf("#CHROM"));
    for (int i = 0; i < 300; ++i)
        header += "##INFO=<ID=X" + QByteArray::number(i) +
                  ",Number=1,Type=Integer,Description=\"Number of high-quality non-reference "
                  "bases, Phred-scaled\">\n";
    header += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tA1\tA2\n";
    const QString big = path(QStringLiteral("big.vcf.gz"));
    QVERIFY(writeBgzf(big, header + body));
    QVERIFY(QFileInfo(big).size() > 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const PhiFindings f = scan(big, 0);
    const qint64 headerMs = timer.elapsed();
    QVERIFY(m_lastOk);
    QVERIFY(findIn(f, "##reference", PhiClass::UserPath, "file:///home/jdoe/ref.fa"));
    QVERIFY2(headerMs < 500, qPrintable(QStringLiteral("header scan took %1 ms").arg(headerMs)));
    timer.restart();
    scan(big, 10000);
    QVERIFY2(timer.elapsed() < 3000,
             qPrintable(QStringLiteral("sampled scan took %1 ms").arg(timer.elapsed())));
}

void TestPhiScanner::realScoutVcf()
{
    const QString file = sharedData(
        QStringLiteral("genomics/Clinical-Genomics_scout/scout/demo/643594.clinical.vcf.gz"));
    if (file.isEmpty() || !QFileInfo::exists(file))
        QSKIP(qPrintable(sharedDataMissingMessage()));
    const PhiFindings f = scan(file);
    QVERIFY(m_lastOk);
    if (qEnvironmentVariableIsSet("PHI_DUMP"))
        qInfo("%s", qPrintable(dump(f)));
    // 347 meta lines, then #CHROM on line 348.
    EXPECT_FINDING(f, "#CHROM sample column 1", PhiClass::SampleId, "ADM1059A1", "high", 348);
    EXPECT_FINDING(f, "#CHROM sample column 3", PhiClass::SampleId, "ADM1059A3", "high", 348);
    EXPECT_FINDING(f, "##fileDate", PhiClass::Date, "20161208", "medium", -1);
    // /scratch/... command lines: provenance, with the sample IDs inside their file names.
    QCOMPARE(countIn(f, "##commandline", PhiClass::Provenance), 1);
    EXPECT_FINDING(f, "##commandline", PhiClass::SampleId, "ADM1059A2", "high", -1);
    EXPECT_FINDING(f, "##GATKCommandLine.HaplotypeCaller", PhiClass::SampleId, "ADM1059A1", "high",
                   -1);
    EXPECT_FINDING(f, "##GATKCommandLine.HaplotypeCaller", PhiClass::Date,
                   "Thu Dec 08 17:33:37 CET 2016", "high", -1);
    QCOMPARE(countIn(f, "##bcftools_normCommand", PhiClass::Provenance), 1);
    QCOMPARE(countIn(f, "##SnpEffCmd", PhiClass::Provenance), 1);
    EXPECT_FINDING(
        f, "##reference", PhiClass::Url,
        "file:///mnt/hds/proj/bioinfo/develop/references_4.0/Homo_sapiens.GRCh37.d5.fasta",
        "medium", -1);
    // Its ~200 INFO/FORMAT/FILTER descriptions hold one public URL and nothing else.
    EXPECT_FINDING(f, "INFO/HmtVar Description", PhiClass::Url,
                   "https://www.hmtvar.uniba.it/varCard/", "medium", -1);
    for (const PhiFinding& x : f)
        QVERIFY2(!x.field.endsWith(QLatin1String(" Description")) || x.phiClass == PhiClass::Url,
                 qPrintable(x.field + QLatin1String(": ") + x.text));
}

void TestPhiScanner::realScoutPed()
{
    const QString file =
        sharedData(QStringLiteral("genomics/Clinical-Genomics_scout/scout/demo/643594.ped"));
    if (file.isEmpty() || !QFileInfo::exists(file))
        QSKIP(qPrintable(sharedDataMissingMessage()));
    const PhiFindings f = scan(file);
    QVERIFY(m_lastOk);
    EXPECT_FINDING(f, "family", PhiClass::SampleId, "643594", "high", 2);
    QVERIFY(PhiDetectors::looksLikeDirectIdentifier(u"643594"));
    EXPECT_FINDING(f, "individual", PhiClass::SampleId, "ADM1059A1", "high", 2);
    EXPECT_FINDING(f, "individual", PhiClass::SampleId, "ADM1059A3", "high", 4);
    EXPECT_FINDING(f, "father", PhiClass::SampleId, "ADM1059A1", "high", 3);
    EXPECT_FINDING(f, "mother", PhiClass::SampleId, "ADM1059A3", "high", 3);
    QCOMPARE(f.size(), 6);
}

void TestPhiScanner::realIgvCrams()
{
    const QString dir = sharedData(QStringLiteral("genomics/igvteam_igv.js/test/data/cram"));
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    struct Expect
    {
        const char* file;
        const char* field;
        const char* userPath;
    };
    const Expect expects[] = {
        {"archived.cram", "@PG CL",
         "/home/nvnieuwk/Documents/data/genomes/Hsapiens/GRCh38/seq/"
         "GCA_000001405.15_GRCh38_full_plus_hs38d1_analysis_set.fna"},
        {"heart_slc25a3.cram", "@SQ UR", "/Users/jrobinso/Google Drive/Flask-Cram/chr12.fa"},
        {"heart_slc25a3.cram", "@PG CL", "/home/radon00/cole/bin/tophat"},
        {"hg00096_hg38.cram", "@SQ UR", "/Users/jrobinso/Downloads/hg38.fa"},
        {"na12889.cram", "@SQ UR", "/Users/jrobinso/Downloads/hg19.fasta"},
        {"na12889_lossy.cram", "@SQ UR", "/Users/jrobinso/Downloads/hg19.fasta"},
    };
    for (const Expect& e : expects) {
        const PhiFindings f = scan(QDir(dir).filePath(QString::fromLatin1(e.file)));
        QVERIFY2(m_lastOk, e.file);
        EXPECT_FINDING(f, e.field, PhiClass::UserPath, e.userPath, "high", -1);
        QCOMPARE(countIn(f, "@SQ UR", PhiClass::UserPath), 1); // once, not once per @SQ line
    }
    const PhiFindings heart = scan(QDir(dir).filePath(QStringLiteral("heart_slc25a3.cram")));
    EXPECT_FINDING(heart, "read name", PhiClass::DeviceSerial, "HWI-BRUNOP16X_0001:7", "medium",
                   -1);
    const PhiFindings na = scan(QDir(dir).filePath(QStringLiteral("na12889.cram")));
    EXPECT_FINDING(na, "@RG SM", PhiClass::SampleId, "NA12889", "high", 4); // after 2 @SQ lines
    EXPECT_FINDING(na, "@RG LB", PhiClass::SampleId, "NA12889", "high", 4);
    const PhiFindings hg = scan(QDir(dir).filePath(QStringLiteral("hg00096_hg38.cram")));
    EXPECT_FINDING(hg, "@RG SM", PhiClass::SampleId, "HG00096", "high", 3);
    QCOMPARE(countIn(hg, "read name", PhiClass::DeviceSerial), 0); // SRA names
}

void TestPhiScanner::realIndexTestBam()
{
    const QString file = sharedData(
        QStringLiteral("genomics/igvteam_igv/test/data/bam/BAMFileIndexTest/index_test.bam"));
    if (file.isEmpty() || !QFileInfo::exists(file))
        QSKIP(qPrintable(sharedDataMissingMessage()));
    const PhiFindings f = scan(file);
    QVERIFY(m_lastOk);
    // 45 @SQ lines come first.
    EXPECT_FINDING(f, "@RG DT", PhiClass::Date, "2008-07-12", "medium", 47);
    EXPECT_FINDING(f, "@RG PU", PhiClass::DeviceSerial, "080712_SL-XBD_0001_FC301CEAAXX.5",
                   "medium", 47);
    EXPECT_FINDING(f, "@RG SM", PhiClass::SampleId, "NA07051", "high", 47);
    QCOMPARE(countIn(f, "@PG CL", PhiClass::Provenance), 1);
    QCOMPARE(countIn(f, "read name", PhiClass::DeviceSerial), 0); // numeric read names
    QCOMPARE(countIn(f, "@SQ UR", PhiClass::UserPath), 0);
}

void TestPhiScanner::realMpileupBam()
{
    const QString file =
        sharedData(QStringLiteral("genomics/samtools_bcftools/test/mpileup/mpileup.1.bam"));
    if (file.isEmpty() || !QFileInfo::exists(file))
        QSKIP(qPrintable(sharedDataMissingMessage()));
    const PhiFindings f = scan(file);
    QVERIFY(m_lastOk);
    EXPECT_FINDING(f, "@RG SM", PhiClass::SampleId, "HG00100", "high", 3);
    EXPECT_FINDING(f, "@RG LB", PhiClass::SampleId, "HG00100", "high", 3);
    // Besides: numeric library ids (possible record numbers) and bwa command lines, nothing.
    EXPECT_FINDING(f, "@RG LB", PhiClass::Identifier, "3815246", "medium", 5);
    for (const PhiFinding& x : f)
        QVERIFY2(x.phiClass == PhiClass::SampleId || x.phiClass == PhiClass::Identifier ||
                     (x.phiClass == PhiClass::Provenance && x.severity == PhiSeverity::Low),
                 qPrintable(dump(f)));
}

void TestPhiScanner::realPhenopacket()
{
    const QString file = sharedData(QStringLiteral(
        "phenopackets/phenopackets_phenopacket-tools/phenopacket-tools-io/src/test/resources/org/"
        "phenopackets/phenopackettools/io/v2/phenopacket.json"));
    if (file.isEmpty() || !QFileInfo::exists(file))
        QSKIP(qPrintable(sharedDataMissingMessage()));
    const PhiFindings f = scan(file);
    QVERIFY(m_lastOk);
    EXPECT_FINDING(f, "id", PhiClass::SampleId, "14 year-old boy", "high", 4);
    EXPECT_FINDING(f, "alternateIds", PhiClass::SampleId, "proband", "high", 5);
    EXPECT_FINDING(f, "dateOfBirth", PhiClass::Date, "1970-01-02T10:17:36.000000100Z", "high", 6);
    EXPECT_FINDING(f, "id", PhiClass::SampleId, "biosample-id", "high", -1);
    EXPECT_FINDING(f, "created", PhiClass::Date, "2022-10-03T16:39:04.000123456Z", "medium", -1);
    EXPECT_FINDING(f, "createdBy", PhiClass::PersonName, "Peter R.", "medium", -1);
    EXPECT_FINDING(f, "uri", PhiClass::Url, "file://data/genomes/P000001C", "medium", -1);
    for (const PhiFinding& x : f) // a 14-year-old's age and the ontology terms are not PHI
        QVERIFY2(x.phiClass != PhiClass::Age && !x.text.startsWith(QLatin1String("HP:")),
                 qPrintable(dump(f)));
}

QTEST_GUILESS_MAIN(TestPhiScanner)
#include "test_PhiScanner.moc"
