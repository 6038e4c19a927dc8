// The seeded-identifier test: known names, MRNs, emails, dates, phone numbers, paths, hosts,
// IPs and flowcell ids are planted in every place the reference note lists (VCF header lines of
// every kind, sample columns, Description strings; SAM @RG/@PG/@CO/@SQ, record tags, read
// names; Phenopacket fields; PED and CSV sidecars). `steward deid` with the strict profile
// must leave none of them in any output (each output decompressed with bcftools/samtools),
// every output must pass `bcftools view` / `samtools quickcheck`, and the content digests and
// record counts must be equal. The genotypes and reads are cross-checked with the tools too.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "../../common/StewardProcess.h"
#include "../../common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

// What must not survive. Years alone may (Safe Harbor keeps years).
const QStringList kPlanted = {
    QStringLiteral("MRN0048213"),         QStringLiteral("MRN0051977"),
    QStringLiteral("MRN0060314"),         QStringLiteral("Margaret Whitfield"),
    QStringLiteral("Whitfield"),          QStringLiteral("Jonathan Pemberton"),
    QStringLiteral("Pemberton"),          QStringLiteral("m.whitfield@stmarys-hospital.org"),
    QStringLiteral("stmarys-hospital"),   QStringLiteral("1947-03-14"),
    QStringLiteral("14/03/1947"),         QStringLiteral("2021-06-02"),
    QStringLiteral("+44 20 7946 0958"),   QStringLiteral("/home/jwhitfield"),
    QStringLiteral("jwhitfield"),         QStringLiteral("/Users/mpemberton"),
    QStringLiteral("10.20.30.40"),        QStringLiteral("seq01.genomics-lab.org"),
    QStringLiteral("HCKJ3BBXY"),          QStringLiteral("A00123"),
    QStringLiteral("SW1A 2AA"),           QStringLiteral("02139"),
    QStringLiteral("Lab notes: patient"), QStringLiteral("4521-88-1234"),
};

const char* const kSamples[] = {"MRN0048213", "MRN0051977", "MRN0060314"};

QByteArray seededVcf()
{
    QByteArray v;
    v += "##fileformat=VCFv4.2\n"
         "##fileDate=2021-06-02\n"
         "##source=pipeline run by jwhitfield on seq01.genomics-lab.org\n"
         "##reference=file:///home/jwhitfield/ref/GRCh38.fa\n"
         "##contig=<ID=chr1,length=248956422,assembly=GRCh38,"
         "URL=http://10.20.30.40/refs/chr1.fa>\n"
         "##assembly=file:///Users/mpemberton/assembly.fa\n"
         "##pedigreeDB=http://seq01.genomics-lab.org/pedigree?family=Whitfield\n"
         "##SAMPLE=<ID=MRN0048213,Description=\"Patient Margaret Whitfield, born 1947-03-14\","
         "Ethnicity=Irish>\n"
         "##META=<ID=Contact,Type=String,Number=.,Values=[m.whitfield@stmarys-hospital.org]>\n"
         "##PEDIGREE=<Child=MRN0060314,Mother=MRN0048213,Father=MRN0051977>\n"
         "##bcftools_viewCommand=view -Oz -o /home/jwhitfield/out.vcf.gz; Date=Wed Jun  2 "
         "10:11:12 2021\n"
         "##GATKCommandLine=<ID=HaplotypeCaller,CommandLine=\"HaplotypeCaller -I "
         "/home/jwhitfield/MRN0048213.bam\",Date=\"2021-06-02\">\n"
         "##VEP=\"v104\" cache=\"/Users/mpemberton/.vep\" db=\"homo_sapiens_core@"
         "seq01.genomics-lab.org\"\n"
         "##VEP-command-line='vep --input_file /home/jwhitfield/in.vcf'\n"
         "##SnpEffCmd=\"SnpEff -v /Users/mpemberton/data\"\n"
         "##commandline=\"caller --sample MRN0051977 --phone +44 20 7946 0958\"\n"
         "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total depth\">\n"
         "##INFO=<ID=NOTE,Number=1,Type=String,Description=\"Reviewed by Dr. Jonathan "
         "Pemberton on 14/03/1947, contact m.whitfield@stmarys-hospital.org\">\n"
         "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
         "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">\n"
         "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tMRN0048213\tMRN0051977\t"
         "MRN0060314\n";
    const char* gts[] = {"0/0", "0/1", "1/1", "0|1", "./."};
    for (int i = 0; i < 300; ++i) {
        v += QByteArray("chr1\t") + QByteArray::number(10000 + i * 37) + "\t.\t" + "ACGT"[i % 4] +
             "\t" + "CGTA"[i % 4] + "\t50\tPASS\tDP=" + QByteArray::number(20 + i % 17) +
             ";NOTE=ok\tGT:DP\t" + gts[i % 5] + ":" + QByteArray::number(10 + i % 7) + "\t" +
             gts[(i + 1) % 5] + ":12\t" + gts[(i + 2) % 5] + ":9\n";
    }
    return v;
}

QByteArray seededSam()
{
    QByteArray s = "@HD\tVN:1.6\tSO:coordinate\n"
                   "@SQ\tSN:chr1\tLN:20000\tUR:file:///home/jwhitfield/ref/GRCh38.fa\t"
                   "DS:copied by Margaret Whitfield\n"
                   "@RG\tID:MRN0048213.L1\tSM:MRN0048213\tLB:lib-Whitfield\tPU:HCKJ3BBXY.1\t"
                   "DT:2021-06-02\tCN:stmarys-hospital\tBC:ACGTACGT\tPL:ILLUMINA\t"
                   "DS:Patient Margaret Whitfield\n"
                   "@PG\tID:bwa\tPN:bwa\tCL:bwa mem /home/jwhitfield/ref.fa "
                   "/Users/mpemberton/MRN0048213_R1.fq.gz\tDS:run on 10.20.30.40\n"
                   "@CO\tLab notes: patient Margaret Whitfield, m.whitfield@stmarys-hospital.org, "
                   "SSN 4521-88-1234, ZIP 02139\n";
    for (int i = 0; i < 200; ++i) {
        const QByteArray name = "A00123:45:HCKJ3BBXY:1:1101:" + QByteArray::number(1000 + i) + ":" +
                                QByteArray::number(2000 + i);
        const int pos = 100 + i * 50;
        s += name + "\t0\tchr1\t" + QByteArray::number(pos) + "\t60\t20M\t*\t0\t0\t" +
             QByteArray("ACGTACGTACGTACGTACGT") +
             "\tIIIIIIIIIIIIIIIIIIII\tRG:Z:MRN0048213.L1\t"
             "BC:Z:ACGTACGT\tPU:Z:HCKJ3BBXY.1\tCO:Z:from /home/jwhitfield by Pemberton\n";
    }
    return s;
}

QByteArray seededReference()
{
    QByteArray seq;
    for (int i = 0; i < 20000; ++i)
        seq += "ACGT"[i % 4];
    QByteArray fa = ">chr1\n";
    for (int i = 0; i < seq.size(); i += 60)
        fa += seq.mid(i, 60) + "\n";
    return fa;
}

QByteArray seededPhenopacket()
{
    const QJsonObject packet{
        {QStringLiteral("id"), QStringLiteral("MRN0048213-packet")},
        {QStringLiteral("subject"),
         QJsonObject{
             {QStringLiteral("id"), QStringLiteral("MRN0048213")},
             {QStringLiteral("alternateIds"),
              QJsonArray{QStringLiteral("Margaret Whitfield"), QStringLiteral("4521-88-1234")}},
             {QStringLiteral("dateOfBirth"), QStringLiteral("1947-03-14T00:00:00Z")},
             {QStringLiteral("timeAtLastEncounter"),
              QJsonObject{{QStringLiteral("age"), QJsonObject{{QStringLiteral("iso8601duration"),
                                                               QStringLiteral("P93Y")}}}}},
             {QStringLiteral("vitalStatus"),
              QJsonObject{{QStringLiteral("status"), QStringLiteral("DECEASED")},
                          {QStringLiteral("timeOfDeath"),
                           QJsonObject{{QStringLiteral("timestamp"),
                                        QStringLiteral("2021-06-02T10:00:00Z")}}}}},
             {QStringLiteral("sex"), QStringLiteral("FEMALE")}}},
        {QStringLiteral("phenotypicFeatures"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("HP:0001250")},
                                      {QStringLiteral("label"), QStringLiteral("Seizure")}}}}}},
        {QStringLiteral("biosamples"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("MRN0048213-blood")},
                         {QStringLiteral("individualId"), QStringLiteral("MRN0048213")},
                         {QStringLiteral("description"),
                          QStringLiteral("Drawn by Dr. Jonathan Pemberton, call +44 20 7946 0958")},
                         {QStringLiteral("timeOfCollection"),
                          QJsonObject{{QStringLiteral("timestamp"),
                                       QStringLiteral("2021-06-02T09:00:00Z")}}}}}},
        {QStringLiteral("files"),
         QJsonArray{QJsonObject{
             {QStringLiteral("uri"), QStringLiteral("file:///home/jwhitfield/MRN0048213.bam")},
             {QStringLiteral("individualToFileIdentifiers"),
              QJsonObject{{QStringLiteral("MRN0048213"), QStringLiteral("MRN0048213.L1")}}}}}},
        {QStringLiteral("metaData"),
         QJsonObject{
             {QStringLiteral("created"), QStringLiteral("2021-06-02T08:00:00Z")},
             {QStringLiteral("createdBy"), QStringLiteral("Jonathan Pemberton")},
             {QStringLiteral("submittedBy"), QStringLiteral("m.whitfield@stmarys-hospital.org")},
             {QStringLiteral("phenopacketSchemaVersion"), QStringLiteral("2.0")}}}};
    return QJsonDocument(packet).toJson();
}

QByteArray seededPed()
{
    return "#family\tindividual\tfather\tmother\tsex\tphenotype\n"
           "Whitfield\tMRN0060314\tMRN0051977\tMRN0048213\t1\t2\n"
           "Whitfield\tMRN0051977\t0\t0\t1\t1\n"
           "Whitfield\tMRN0048213\t0\t0\t2\t1\n";
}

QByteArray seededCsv()
{
    return "sample_id,name,date_of_birth,age,zip,email,phone,sex,diagnosis,notes\n"
           "MRN0048213,Margaret Whitfield,1947-03-14,93,02139,m.whitfield@stmarys-hospital.org,"
           "+44 20 7946 0958,F,MONDO:0009061,Lab notes: patient lives at SW1A 2AA\n"
           "MRN0051977,Jonathan Pemberton,14/03/1947,77,02139,jp@stmarys-hospital.org,"
           "+44 20 7946 0958,M,MONDO:0009061,seen at 10.20.30.40\n"
           "MRN0060314,Child Whitfield,2010-01-01,11,02139,,,M,MONDO:0009061,\n";
}

} // namespace

class TestSeededIdentifiers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_in;
    QString m_out;

    QString in(const QString& name) const { return QDir(m_in).filePath(name); }

    /** Every output as text: VCF/BCF and BAM/CRAM decompressed by the reference tools. */
    QByteArray decompressed(const QString& path) const
    {
        if (path.endsWith(QLatin1String(".vcf.gz")) || path.endsWith(QLatin1String(".bcf")))
            return runTool(QStringLiteral("bcftools"), {QStringLiteral("view"), path}).out;
        if (path.endsWith(QLatin1String(".bam")) || path.endsWith(QLatin1String(".cram")))
            return runTool(QStringLiteral("samtools"),
                           {QStringLiteral("view"), QStringLiteral("-h"),
                            QStringLiteral("--reference"), in(QStringLiteral("ref.fa")), path})
                .out;
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveTool(QStringLiteral("bcftools")) || !haveTool(QStringLiteral("samtools")))
            QSKIP("bcftools and samtools are needed to build the seeded inputs");
        m_in = m_dir.filePath(QStringLiteral("in"));
        m_out = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(writeBgzf(in(QStringLiteral("trio.vcf.gz")), seededVcf()));
        QCOMPARE(runTool(QStringLiteral("bcftools"), {QStringLiteral("index"), QStringLiteral("-t"),
                                                      in(QStringLiteral("trio.vcf.gz"))})
                     .exitCode,
                 0);
        QCOMPARE(runTool(QStringLiteral("bcftools"),
                         {QStringLiteral("view"), QStringLiteral("-Ob"), QStringLiteral("-o"),
                          in(QStringLiteral("trio.bcf")), in(QStringLiteral("trio.vcf.gz"))})
                     .exitCode,
                 0);
        QVERIFY(writeText(in(QStringLiteral("ref.fa")), seededReference()));
        QCOMPARE(runTool(QStringLiteral("samtools"),
                         {QStringLiteral("faidx"), in(QStringLiteral("ref.fa"))})
                     .exitCode,
                 0);
        QVERIFY(writeText(in(QStringLiteral("reads.sam")), seededSam()));
        QCOMPARE(runTool(QStringLiteral("samtools"),
                         {QStringLiteral("view"), QStringLiteral("-b"), QStringLiteral("--no-PG"),
                          QStringLiteral("-o"), in(QStringLiteral("MRN0048213.bam")),
                          in(QStringLiteral("reads.sam"))})
                     .exitCode,
                 0);
        QCOMPARE(runTool(QStringLiteral("samtools"),
                         {QStringLiteral("view"), QStringLiteral("-C"), QStringLiteral("--no-PG"),
                          QStringLiteral("-T"), in(QStringLiteral("ref.fa")), QStringLiteral("-o"),
                          in(QStringLiteral("MRN0048213.cram")), in(QStringLiteral("reads.sam"))})
                     .exitCode,
                 0);
        QFile::remove(in(QStringLiteral("reads.sam")));
        QVERIFY(writeText(in(QStringLiteral("MRN0048213.phenopacket.json")), seededPhenopacket()));
        QVERIFY(writeText(in(QStringLiteral("trio.ped")), seededPed()));
        QVERIFY(writeText(in(QStringLiteral("clinical.csv")), seededCsv()));
        // The planted strings are really there before de-identification.
        QByteArray all;
        for (const QString& f : QDir(m_in).entryList(QDir::Files))
            all += decompressed(in(f));
        for (const QString& s : kPlanted)
            QVERIFY2(all.contains(s.toUtf8()), qPrintable(s));
    }

    void strictProfileLeavesNoSurvivor()
    {
        const StewardProcess steward(m_dir.filePath(QStringLiteral("catalog.sqlite")),
                                     m_dir.filePath(QStringLiteral("secrets.enc")));
        QStringList inputs;
        for (const QString& f :
             {QStringLiteral("trio.vcf.gz"), QStringLiteral("trio.bcf"),
              QStringLiteral("MRN0048213.bam"), QStringLiteral("MRN0048213.cram"),
              QStringLiteral("MRN0048213.phenopacket.json"), QStringLiteral("trio.ped"),
              QStringLiteral("clinical.csv")})
            inputs << in(f);
        const StewardRun run =
            steward.run(QStringList{QStringLiteral("deid")} + inputs +
                        QStringList{QStringLiteral("--profile"), QStringLiteral("safe-harbor"),
                                    QStringLiteral("--out"), m_out, QStringLiteral("--reference"),
                                    in(QStringLiteral("ref.fa")), QStringLiteral("--json")});
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QString problems = run.err + result.value(QStringLiteral("error")).toString();
        for (const QJsonValue& v : result.value(QStringLiteral("files")).toArray())
            if (!v.toObject().value(QStringLiteral("validated")).toBool())
                problems +=
                    QStringLiteral("\n") + v.toObject().value(QStringLiteral("input")).toString() +
                    QStringLiteral(": ") + v.toObject().value(QStringLiteral("error")).toString();
        for (const QJsonValue& v : result.value(QStringLiteral("findings")).toArray())
            if (!v.toObject().value(QStringLiteral("resolved")).toBool())
                problems +=
                    QStringLiteral("\nunresolved ") +
                    QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        QVERIFY2(run.exitCode == 0, qPrintable(problems));
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        QCOMPARE(result.value(QStringLiteral("unresolved_high")).toInt(), 0);
        const QJsonArray files = result.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), inputs.size());

        for (const QJsonValue& v : files) {
            const QJsonObject f = v.toObject();
            const QString output = f.value(QStringLiteral("output")).toString();
            QVERIFY2(f.value(QStringLiteral("validated")).toBool(),
                     qPrintable(f.value(QStringLiteral("input")).toString()));
            QCOMPARE(f.value(QStringLiteral("digest_in")), f.value(QStringLiteral("digest_out")));
            QCOMPARE(f.value(QStringLiteral("records_in")), f.value(QStringLiteral("records_out")));
            QVERIFY(QFileInfo(output).absolutePath() == QDir(m_out).absolutePath());
            // Sample ids in file names are pseudonymised too.
            QVERIFY2(!QFileInfo(output).fileName().contains(QLatin1String("MRN")),
                     qPrintable(output));
            const QByteArray text = decompressed(output);
            QVERIFY2(!text.isEmpty(), qPrintable(output));
            for (const QString& s : kPlanted)
                QVERIFY2(!text.contains(s.toUtf8()),
                         qPrintable(QStringLiteral("%1 survives in %2").arg(s, output)));
            if (output.endsWith(QLatin1String(".vcf.gz")) ||
                output.endsWith(QLatin1String(".bcf"))) {
                QCOMPARE(runTool(QStringLiteral("bcftools"),
                                 {QStringLiteral("view"), QStringLiteral("-H"), output})
                             .exitCode,
                         0);
                // Genotypes unchanged, column for column, under the pseudonyms.
                const QStringList query{QStringLiteral("query"), QStringLiteral("-f"),
                                        QStringLiteral("%CHROM %POS %REF %ALT [%GT ]\\n")};
                QCOMPARE(runTool(QStringLiteral("bcftools"), query + QStringList{output}).out,
                         runTool(QStringLiteral("bcftools"),
                                 query + QStringList{f.value(QStringLiteral("input")).toString()})
                             .out);
            }
            if (output.endsWith(QLatin1String(".bam")) || output.endsWith(QLatin1String(".cram"))) {
                QCOMPARE(runTool(QStringLiteral("samtools"), {QStringLiteral("quickcheck"), output})
                             .exitCode,
                         0);
                const QStringList flagstat{QStringLiteral("flagstat"),
                                           QStringLiteral("--reference"),
                                           in(QStringLiteral("ref.fa"))};
                QCOMPARE(
                    runTool(QStringLiteral("samtools"), flagstat + QStringList{output}).out,
                    runTool(QStringLiteral("samtools"),
                            flagstat + QStringList{f.value(QStringLiteral("input")).toString()})
                        .out);
            }
        }
        // The originals are untouched: still carrying what was planted.
        QVERIFY(decompressed(in(QStringLiteral("trio.vcf.gz"))).contains("Margaret Whitfield"));

        // The same sample has the same pseudonym in the VCF, the BAM's @RG SM and the PED.
        const QByteArray vcfHeader =
            runTool(QStringLiteral("bcftools"),
                    {QStringLiteral("query"), QStringLiteral("-l"),
                     files.at(0).toObject().value(QStringLiteral("output")).toString()})
                .out;
        const QString mother = QString::fromUtf8(vcfHeader.split('\n').value(0));
        QVERIFY(mother.startsWith(QLatin1String("S-")));
        QVERIFY(decompressed(files.at(2).toObject().value(QStringLiteral("output")).toString())
                    .contains(("SM:" + mother).toUtf8()));
        QVERIFY(decompressed(files.at(5).toObject().value(QStringLiteral("output")).toString())
                    .contains(mother.toUtf8()));

        // Running again gives the same pseudonyms (stable across runs).
        const QString again = m_dir.filePath(QStringLiteral("again"));
        const StewardRun second = steward.run(
            {QStringLiteral("deid"), in(QStringLiteral("trio.vcf.gz")), QStringLiteral("--profile"),
             QStringLiteral("safe-harbor"), QStringLiteral("--out"), again});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(runTool(QStringLiteral("bcftools"),
                         {QStringLiteral("query"), QStringLiteral("-l"),
                          QDir(again).filePath(
                              QDir(again).entryList({QStringLiteral("*.vcf.gz")}).value(0))})
                     .out,
                 vcfHeader);
    }

    void outputOntoInputIsRefused()
    {
        const StewardProcess steward(m_dir.filePath(QStringLiteral("catalog.sqlite")),
                                     m_dir.filePath(QStringLiteral("secrets.enc")));
        const QByteArray before = decompressed(in(QStringLiteral("trio.ped")));
        const StewardRun run = steward.run(
            {QStringLiteral("deid"), in(QStringLiteral("trio.ped")), QStringLiteral("--profile"),
             QStringLiteral("research-minimal"), QStringLiteral("--out"), m_in});
        // trio.ped keeps its name (no sample id in it): it would land on itself.
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("would overwrite the input")),
                 qPrintable(run.err));
        QCOMPARE(decompressed(in(QStringLiteral("trio.ped"))), before);
    }
};

QTEST_GUILESS_MAIN(TestSeededIdentifiers)
#include "test_SeededIdentifiers.moc"
