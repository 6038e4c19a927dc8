// PhiDetectors: identifying spans in free text, and the genomics text that must not be flagged.

#include <QtTest>

#include "models/deid/PhiDetectors.h"

using namespace steward;

namespace {

QString describe(const QVector<PhiMatch>& matches)
{
    QStringList parts;
    for (const PhiMatch& m : matches)
        parts << PhiFinding::className(m.phiClass) + QLatin1Char('=') + m.text;
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestPhiDetectors : public QObject
{
    Q_OBJECT

private slots:
    void positives_data();
    void positives();
    void negatives_data();
    void negatives();
    void severity_data();
    void severity();
    void overlapsResolved();
    void scrub_data();
    void scrub();
    void suggestedActions();
    void directIdentifiers_data();
    void directIdentifiers();
    void readNames_data();
    void readNames();
    void deviceIds_data();
    void deviceIds();
    void columns_data();
    void columns();
};

void TestPhiDetectors::positives_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phiClass");
    QTest::addColumn<QString>("expected");

    auto row = [](const char* name, const QString& text, const char* c, const QString& e) {
        QTest::newRow(name) << text << QString::fromLatin1(c) << e;
    };
    // Names
    row("cue Patient", "Patient Margaret Whitfield, born 1947", "person-name",
        "Margaret Whitfield");
    row("cue Dr.", "reviewed by Dr. Okonkwo today", "person-name", "Okonkwo");
    row("cue Mrs.", "Mrs. Anna Keller", "person-name", "Anna Keller");
    row("cue name:", "name: Hans Mueller", "person-name", "Hans Mueller");
    row("cue name=", "contact name=Lefebvre", "person-name", "Lefebvre");
    row("last, first", "Whitfield, Margaret (mother)", "person-name", "Whitfield, Margaret");
    row("first name pair", "annotated by Pablo Cingolani", "person-name", "Pablo Cingolani");
    row("first name triple", "Lucia Fernandez Garcia visited", "person-name",
        "Lucia Fernandez Garcia");
    row("german name", "Befund von Jürgen Schäfer", "person-name", "Jürgen Schäfer");
    row("french name", "Nathalie Dubois", "person-name", "Nathalie Dubois");
    // Identifiers
    row("MRN colon", "MRN: 0048213", "identifier", "0048213");
    row("MRN glued", "MRN0048213", "identifier", "0048213");
    row("MR#", "MR# 5512345", "identifier", "5512345");
    row("patient id", "patient id 84421", "identifier", "84421");
    row("medical record number", "Medical record number: A-99812", "identifier", "A-99812");
    row("SSN", "SSN 123-45-6789 on file", "identifier", "123-45-6789");
    row("standalone 8 digits", "sample from 12345678 at clinic", "identifier", "12345678");
    // Dates
    row("ISO", "collected 2021-03-14.", "date", "2021-03-14");
    row("ISO time", "at 2021-03-14T10:22:05Z", "date", "2021-03-14T10:22:05Z");
    row("ISO nanos", "1970-01-02T10:17:36.000000100Z", "date", "1970-01-02T10:17:36.000000100Z");
    row("ISO space time", "Date=\"2016-12-08 18:23\"", "date", "2016-12-08 18:23");
    row("day first slash", "born 14/03/2021", "date", "14/03/2021");
    row("month first slash", "born 03/14/2021", "date", "03/14/2021");
    row("dotted", "geb. 14.03.2021", "date", "14.03.2021");
    row("day month year", "on 14 March 2021 we", "date", "14 March 2021");
    row("month day year", "on March 14, 2021 we", "date", "March 14, 2021");
    row("java date", "Date=\"Thu Dec 08 17:57:26 CET 2016\"", "date",
        "Thu Dec 08 17:57:26 CET 2016");
    row("ctime", "Thu Dec  8 17:57:26 2016", "date", "Thu Dec  8 17:57:26 2016");
    row("year slash", "2019/7/4", "date", "2019/7/4");
    // Ages over 89
    row("age N", "age 93", "age", "93");
    row("aged N", "aged 95 at onset", "age", "95");
    row("N years old", "a 93 years old man", "age", "93 years old");
    row("N years", "93 years at death", "age", "93 years");
    row("N-year-old", "a 101-year-old woman", "age", "101-year-old");
    row("N y/o", "91 y/o F", "age", "91 y/o");
    row("ISO duration", "P93Y", "age", "P93Y");
    // Contact
    row("email", "contact jdoe@example.org please", "email", "jdoe@example.org");
    row("email subdomain", "j.doe+lab@mail.uni-heidelberg.de", "email",
        "j.doe+lab@mail.uni-heidelberg.de");
    row("phone intl", "tel +49 30 1234567", "phone", "+49 30 1234567");
    row("phone parens", "call (555) 123-4567", "phone", "(555) 123-4567");
    row("phone dashes", "call 555-123-4567 now", "phone", "555-123-4567");
    // URLs and addresses
    row("http", "see http://example.org/x/y.html", "url", "http://example.org/x/y.html");
    row("https", "https://lims.hospital.org/patient?id=7", "url",
        "https://lims.hospital.org/patient?id=7");
    row("ftp", "ftp://ftp.ensembl.org/pub/release-85", "url",
        "ftp://ftp.ensembl.org/pub/release-85");
    row("s3", "s3://my-bucket/cohort/a.bam", "url", "s3://my-bucket/cohort/a.bam");
    row("gs", "gs://bucket/obj.cram", "url", "gs://bucket/obj.cram");
    row("file", "file:///data/ref/hg38.fa", "url", "file:///data/ref/hg38.fa");
    row("ipv4", "from 10.0.12.7 port", "ip-address", "10.0.12.7");
    row("ipv6 full", "fe80:0:0:0:1ff:fe23:4567:890a", "ip-address",
        "fe80:0:0:0:1ff:fe23:4567:890a");
    row("ipv6 short", "host 2001:db8::1 up", "ip-address", "2001:db8::1");
    // Paths and hosts
    row("home", "-R /home/jdoe/ref/hg38.fa -O x", "user-path", "/home/jdoe/ref/hg38.fa");
    row("Users", "UR:/Users/jrobinso/Downloads/hg19.fasta", "user-path",
        "/Users/jrobinso/Downloads/hg19.fasta");
    row("file url home", "##reference=file:///home/jdoe/ref.fa", "user-path",
        "file:///home/jdoe/ref.fa");
    row("windows", R"(C:\Users\jdoe\data\a.vcf)", "user-path", R"(C:\Users\jdoe\data\a.vcf)");
    row("tilde", "cache=~jdoe/vep", "user-path", "~jdoe/vep");
    row("fqdn", "db on node12.cluster.example.org", "hostname", "node12.cluster.example.org");
    row("local host", "written on seqbox.lab.local", "hostname", "seqbox.lab.local");
    row("internal host", "compute-1.internal", "hostname", "compute-1.internal");
    // ZIP with a cue
    row("zip", "ZIP 02139", "zip-code", "02139");
    row("postal code zip+4", "postal code: 12345-6789", "zip-code", "12345-6789");
    // Instruments
    row("casava 1.8 name", "A00123:8:H3VJ2DSXY:1:1101:1000:2000", "device-serial",
        "A00123:8:H3VJ2DSXY:1:1101:1000:2000");
    row("old illumina name", "HWI-BRUNOP16X_0001:7:2:11431:191100#0", "device-serial",
        "HWI-BRUNOP16X_0001:7:2:11431:191100#0");
    row("flowcell", "PU H3VJ2DSXX.1", "device-serial", "H3VJ2DSXX");
    row("run folder", "080712_SL-XBD_0001_FC301CEAAXX.5", "device-serial",
        "080712_SL-XBD_0001_FC301CEAAXX");
}

void TestPhiDetectors::positives()
{
    QFETCH(QString, text);
    QFETCH(QString, phiClass);
    QFETCH(QString, expected);
    const QVector<PhiMatch> matches = PhiDetectors::find(text);
    bool found = false;
    for (const PhiMatch& m : matches) {
        found = found || (PhiFinding::className(m.phiClass) == phiClass && m.text == expected);
        QCOMPARE(text.mid(m.start, m.length), m.text);
    }
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1=%2 in \"%3\", got: %4")
                                   .arg(phiClass, expected, text, describe(matches))));
}

void TestPhiDetectors::negatives_data()
{
    QTest::addColumn<QString>("text");
    auto row = [](const char* name, const QString& text) { QTest::newRow(name) << text; };
    row("fileformat", "##fileformat=VCFv4.2");
    row("GQ", "Genotype Quality");
    row("AD", "Allelic depths for the ref and alt alleles in the order listed");
    row("PL", "Normalized, Phred-scaled likelihoods for genotypes as defined in the VCF "
              "specification");
    row("DP", "Approximate read depth (reads with MQ=255 or with bad mates are filtered)");
    row("BaseQRankSum", "Z-score from Wilcoxon rank sum test of Alt Vs. Ref base qualities");
    row("FS", "Phred-scaled p-value using Fisher's exact test to detect strand bias");
    row("ABP", "Allele balance probability at heterozygous sites: Phred-scaled upper-bounds "
               "estimate of the probability of observing the deviation between ABR and ABA "
               "given E(ABR/ABA) ~ 0.5, derived using Hoeffding's inequality");
    row("InbreedingCoeff", "Inbreeding coefficient as estimated from the genotype likelihoods "
                           "per-sample when compared against the Hardy-Weinberg expectation");
    row("MQB", "Mann-Whitney U test of Mapping Quality Bias (bigger is better)");
    row("CSQ", "Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|"
               "SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp");
    row("LOF", "Predicted loss of function effects for this variant. Format: 'Gene_Name | "
               "Gene_ID | Number_of_transcripts_in_gene | Percent_of_transcripts_affected'");
    row("gene name words", "Gene Name and Max Depth per Read Group");
    row("CLNSIG", "Variant Clinical Significance, 0 - Uncertain significance, 1 - not "
                  "provided, 2 - Benign, 255 - other");
    row("GVCFBlock", "minGQ=99(inclusive),maxGQ=2147483647(exclusive)");
    row("contig", "##contig=<ID=chr1,length=248956422,assembly=GRCh38,species=\"Homo sapiens\">");
    row("sq md5", "SN:chr1\tLN:248956422\tM5:6aef897c3d6ff0c78aff06ac189178dd");
    row("hd", "VN:1.6\tSO:coordinate");
    row("cigar", "22S86M 56M1D44M 4S97M 20S46M8M3I24M");
    row("XA tag", "chr11,-82277541,100M,1;chr3,+167802127,100M,1;");
    row("rsids", "rs12345 rs121913529");
    row("hgvs", "NM_001848.2:c.877G>A c.123A>G p.Gly12Asp");
    row("ensembl ids", "ENSG00000139618 ENST00000380152.8 ENSP00000369497");
    row("ontology ids", "HP:0001558 PMID:30808312 NCBITaxon:9606 OMIM:101600");
    row("region", "chr1:12345678-12345999");
    row("epoch", "Epoch=1481216246816");
    row("reference file names", "Homo_sapiens.GRCh37.d5.fasta hg38.fa.gz GRCh37.p13");
    row("one-dot domain", "see ensembl.org for details");
    row("versions", "Version=3.6-0-g89b7209 GATK 4.1.4.1 bcftools 1.3.1+htslib-1.3.1");
    row("young age", "14 year-old boy, age 45, 89 years");
    row("date without year", "on 5 March the sample");
    row("year alone", "Year 2016 cohort");
    row("five digits", "12345 reads");
    row("read names", "ERR013140.3521432 SRR062634.19991711");
    row("java package", "org.broadinstitute.gatk.tools.walkers.haplotypecaller");
    row("samtools cl", "samtools view -C -T ref.fa data/simulated.sam");
    row("vep db without tld", "db=homo_sapiens_core_85_37@ensembldb");
    row("clock time", "17:57:26");
    row("disease names", "Charcot-Marie-Tooth disease, Down syndrome, PFEIFFER SYNDROME");
    row("eponyms", "Bethlem myopathy with recurrent hematuria: a case report.");
    row("patient words", "Patient Consent Status");
    row("positions in pipes", "|1234567|7654321|");
    row("empty", "");
}

void TestPhiDetectors::negatives()
{
    QFETCH(QString, text);
    const QVector<PhiMatch> matches = PhiDetectors::find(text);
    QVERIFY2(matches.isEmpty(), qPrintable(describe(matches)));
    QCOMPARE(PhiDetectors::scrub(text), text);
}

void TestPhiDetectors::severity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("severity");
    QTest::newRow("name high") << "Patient John Smith"
                               << "high";
    QTest::newRow("date high") << "2001-02-03"
                               << "high";
    QTest::newRow("user path high") << "/home/jdoe/x.bam"
                                    << "high";
    QTest::newRow("url medium") << "https://example.org/x"
                                << "medium";
    QTest::newRow("ip medium") << "192.168.1.20"
                               << "medium";
    QTest::newRow("zip medium") << "zip: 90210"
                                << "medium";
    QTest::newRow("flowcell medium") << "H3VJ2DSXX"
                                     << "medium";
    QTest::newRow("7 digits medium") << "case 1234567"
                                     << "medium";
    QTest::newRow("host low") << "ftp.ensembl.org"
                              << "low";
}

void TestPhiDetectors::severity()
{
    QFETCH(QString, text);
    QFETCH(QString, severity);
    const QVector<PhiMatch> matches = PhiDetectors::find(text);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(PhiFinding::severityName(matches.first().severity), severity);
}

void TestPhiDetectors::overlapsResolved()
{
    // The email wins over the host name inside it; the user path over the file URL.
    QVector<PhiMatch> m = PhiDetectors::find(u"mail jdoe@node1.example.org");
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().phiClass, PhiClass::Email);
    m = PhiDetectors::find(u"https://node1.example.org/x");
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().phiClass, PhiClass::Url);

    const QString text = QStringLiteral(
        "Patient Margaret Whitfield (MRN 0048213), born 1947-03-14, ZIP 02139, seen at "
        "https://lims.example.org/p/7 by Dr. Weber; files in /home/mw/scans, ping 10.1.2.3");
    m = PhiDetectors::find(text);
    QCOMPARE(m.size(), 8);
    for (int i = 1; i < m.size(); ++i)
        QVERIFY2(m[i - 1].start + m[i - 1].length <= m[i].start, qPrintable(describe(m)));
    const QList<PhiClass> classes = {
        PhiClass::PersonName, PhiClass::Identifier, PhiClass::Date,     PhiClass::ZipCode,
        PhiClass::Url,        PhiClass::PersonName, PhiClass::UserPath, PhiClass::IpAddress};
    for (int i = 0; i < m.size(); ++i)
        QCOMPARE(m[i].phiClass, classes[i]);
}

void TestPhiDetectors::scrub_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user path keeps file name") << "-R /home/jdoe/ref/hg38.fa -O out.vcf"
                                               << "-R hg38.fa -O out.vcf";
    QTest::newRow("file url into home") << "##reference=file:///home/jdoe/ref.fa"
                                        << "##reference=ref.fa";
    QTest::newRow("mac path with space stops at space") << "UR:/Users/jrobinso/Downloads/hg19.fasta"
                                                        << "UR:hg19.fasta";
    QTest::newRow("bare home folder") << "cd /home/jdoe"
                                      << "cd [user-path]";
    QTest::newRow("tilde user") << "in ~jdoe"
                                << "in [user-path]";
    QTest::newRow("name and date") << "Patient Margaret Whitfield, born 1947-03-14"
                                   << "Patient [person-name], born [date]";
    QTest::newRow("url replaced whole") << "see https://example.org/a?b=1 now"
                                        << "see [url] now";
    QTest::newRow("email") << "contact jdoe@example.org."
                           << "contact [email].";
    QTest::newRow("java date") << "Date=\"Thu Dec 08 17:57:26 CET 2016\""
                               << "Date=\"[date]\"";
    QTest::newRow("nothing to do") << "Genotype Quality"
                                   << "Genotype Quality";
}

void TestPhiDetectors::scrub()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PhiDetectors::scrub(text), expected);
}

void TestPhiDetectors::suggestedActions()
{
    QCOMPARE(PhiDetectors::suggestedAction(PhiClass::SampleId), QStringLiteral("Pseudonymise"));
    QCOMPARE(PhiDetectors::suggestedAction(PhiClass::Date), QStringLiteral("Replace by year"));
    QCOMPARE(PhiDetectors::suggestedAction(PhiClass::Provenance),
             QStringLiteral("Drop or rewrite the line"));
    QSet<QString> seen;
    for (int c = int(PhiClass::SampleId); c <= int(PhiClass::Provenance); ++c) {
        const QString action = PhiDetectors::suggestedAction(PhiClass(c));
        QVERIFY2(!action.isEmpty(), qPrintable(PhiFinding::className(PhiClass(c))));
        seen.insert(action);
    }
    QVERIFY(seen.size() >= 12); // actions say something specific per class
}

void TestPhiDetectors::directIdentifiers_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("direct");
    QTest::newRow("MRN") << "MRN0048213" << true;
    QTest::newRow("MRN dash") << "MRN-0048213" << true;
    QTest::newRow("camel name") << "JohnSmith" << true;
    QTest::newRow("underscore name") << "John_Smith" << true;
    QTest::newRow("6 digits") << "643594" << true;
    QTest::newRow("5 digits") << "64359" << false;
    QTest::newRow("1000G") << "NA12878" << false;
    QTest::newRow("HG") << "HG00096" << false;
    QTest::newRow("scout") << "ADM1059A1" << false;
    QTest::newRow("generic") << "sample1" << false;
    QTest::newRow("pseudonym") << "S-7K2Q9X4M" << false;
    QTest::newRow("genomics words") << "GenotypeQuality" << false;
}

void TestPhiDetectors::directIdentifiers()
{
    QFETCH(QString, id);
    QFETCH(bool, direct);
    QCOMPARE(PhiDetectors::looksLikeDirectIdentifier(id), direct);
}

void TestPhiDetectors::readNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("illumina");
    QTest::addColumn<QString>("device");
    QTest::newRow("casava 1.8") << "A00123:8:H3VJ2DSXY:1:1101:1000:2000" << true
                                << "A00123:8:H3VJ2DSXY";
    QTest::newRow("casava 1.8 with @ and comment")
        << "@M01234:55:000000000-A1B2C:1:1101:15589:1333 1:N:0:1" << true
        << "M01234:55:000000000-A1B2C";
    QTest::newRow("old") << "HWI-BRUNOP16X_0001:7:2:11431:191100#0" << true
                         << "HWI-BRUNOP16X_0001:7";
    QTest::newRow("old with mate")
        << "HWUSI-EAS100R:6:73:941:1973#0/1" << true << "HWUSI-EAS100R:6";
    QTest::newRow("SRA") << "SRR062634.19991711" << false << "";
    QTest::newRow("ENA") << "ERR013140.3521432" << false << "";
    QTest::newRow("numeric") << "3968040" << false << "";
    QTest::newRow("simulated") << "read_1/1" << false << "";
}

void TestPhiDetectors::readNames()
{
    QFETCH(QString, name);
    QFETCH(bool, illumina);
    QFETCH(QString, device);
    QString got;
    QCOMPARE(PhiDetectors::illuminaReadName(name, &got), illumina);
    QCOMPARE(got, device);
}

void TestPhiDetectors::deviceIds_data()
{
    QTest::addColumn<QString>("pu");
    QTest::addColumn<bool>("device");
    QTest::newRow("flowcell.lane") << "H3VJ2DSXX.1" << true;
    QTest::newRow("flowcell.lane.barcode") << "HABCDBBXY.4.ACGTACGT" << true;
    QTest::newRow("run folder") << "080712_SL-XBD_0001_FC301CEAAXX.5" << true;
    QTest::newRow("accession") << "SRR062634" << false;
    QTest::newRow("library") << "NA12889_I_bc_pelib_1073" << false;
    QTest::newRow("lane") << "lane1" << false;
}

void TestPhiDetectors::deviceIds()
{
    QFETCH(QString, pu);
    QFETCH(bool, device);
    QCOMPARE(PhiDetectors::looksLikeDeviceId(pu), device);
}

void TestPhiDetectors::columns_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("phiClass"); // empty: not an identifying column by its name
    QTest::newRow("sample_id") << "sample_id"
                               << "sample-id";
    QTest::newRow("Individual ID") << "Individual ID"
                                   << "sample-id";
    QTest::newRow("family") << "Family"
                            << "sample-id";
    QTest::newRow("MRN") << "MRN"
                         << "identifier";
    QTest::newRow("surname") << "Surname"
                             << "person-name";
    QTest::newRow("dob") << "DOB"
                         << "date";
    QTest::newRow("date_of_birth") << "date_of_birth"
                                   << "date";
    QTest::newRow("collection date") << "Collection Date"
                                     << "date";
    QTest::newRow("age_at_onset") << "age_at_onset"
                                  << "age";
    QTest::newRow("zip_code") << "zip_code"
                              << "zip-code";
    QTest::newRow("e-mail") << "E-mail"
                            << "email";
    QTest::newRow("phone") << "Phone"
                           << "phone";
    QTest::newRow("notes") << "notes"
                           << "free-text";
    QTest::newRow("stage") << "stage"
                           << "";
    QTest::newRow("dosage") << "dosage"
                            << "";
    QTest::newRow("phenotype") << "phenotype"
                               << "";
    QTest::newRow("sex") << "sex"
                         << "";
}

void TestPhiDetectors::columns()
{
    QFETCH(QString, column);
    QFETCH(QString, phiClass);
    PhiClass c = PhiClass::Provenance;
    PhiSeverity s = PhiSeverity::Low;
    const bool known = PhiDetectors::columnClass(column, &c, &s);
    QCOMPARE(known, !phiClass.isEmpty());
    if (known)
        QCOMPARE(PhiFinding::className(c), phiClass);
}

QTEST_APPLESS_MAIN(TestPhiDetectors)
#include "test_PhiDetectors.moc"
