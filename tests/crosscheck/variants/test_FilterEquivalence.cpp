// FilterExpression against bcftools 1.16 on real files read in place from ../shared/data and on
// generated VCF/BCF files: for every expression, the records (CHROM, POS, REF, ALT) that
// `bcftools view -i/-e EXPR` keeps must be exactly those Steward's filter accepts.
// - the selected sample (matches(record, i)) against `bcftools view -I -s NAME | view -i EXPR`;
// - annotation sub-fields (CSQ/IMPACT, ANN/Gene_Name), which bcftools' filter language lacks,
//   against `bcftools +split-vep -d -i` (one line per transcript) and against a bcftools regex
//   over the raw INFO value, which bcftools applies to each ','-separated entry.

#include <QTemporaryDir>
#include <QtTest>

#include <htslib/hts.h>
#include <htslib/vcf.h>

#include "models/formats/HtsHandles.h"
#include "models/variants/FilterExpression.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

const QString kGenerated = QStringLiteral("@generated.vcf.gz");
const QString kGeneratedBcf = QStringLiteral("@generated.bcf");

/** Files by short name, relative to shared/data (or '@' for generated ones). */
QString fileFor(const QString& alias)
{
    static const QHash<QString, QString> files = {
        {"mpileup", "genomics/samtools_bcftools/test/mpileup.vcf"},
        {"1kg", "genomics/vcflib_vcflib/samples/"
                "1kg-phaseIII-v5a.20130502.genotypes.chr22-16-16.5mb.vcf.gz"},
        {"scout", "genomics/Clinical-Genomics_scout/scout/demo/643594.clinical.vcf.gz"},
        {"cyvcf2", "genomics/brentp_cyvcf2/cyvcf2/tests/test.vcf.gz"},
        {"clinvar", "genomics/Ensembl_ensembl-vep/nextflow/examples/clinvar-testset/input.vcf.gz"},
        {"haploid", "genomics/brentp_cyvcf2/cyvcf2/tests/test-haploidX.vcf"},
        {"snpeff", "genomics/pcingola_SnpEff/tests/old/test.chr1.out.vcf.gz"},
        {"snpeff-bcf", "genomics/brentp_cyvcf2/cyvcf2/tests/test.snpeff.bcf"},
        {"split-vep", "genomics/samtools_bcftools/test/split-vep.vcf"},
        {"gen", kGenerated},
        {"gen-bcf", kGeneratedBcf},
    };
    return files.value(alias);
}

/**
 * How bcftools hands its records to `bcftools query`: uncompressed BCF, or VCF text for files
 * whose records name contigs the header lacks (BCF cannot be written for them).
 */
QString pipeFormat(const QString& alias)
{
    return alias == QLatin1String("snpeff") ? QStringLiteral("-Ov") : QStringLiteral("-Ou");
}

/**
 * A VCF with what real files have too rarely in one place: multiallelic sites, indels, MNPs,
 * symbolic and reference-only records, missing QUAL/INFO/FORMAT values, several FILTERs,
 * haploid, phased and partly missing genotypes, positions past 2^24, large and negative floats.
 */
QByteArray generatedVcf()
{
    QByteArray t = "##fileformat=VCFv4.2\n"
                   "##contig=<ID=chr1,length=300000000>\n##contig=<ID=chr2,length=300000000>\n"
                   "##FILTER=<ID=q10,Description=\"Quality below 10\">\n"
                   "##FILTER=<ID=s50,Description=\"Less than half of the samples\">\n"
                   "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                   "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">\n"
                   "##INFO=<ID=CNT,Number=A,Type=Integer,Description=\"Allele count\">\n"
                   "##INFO=<ID=DB,Number=0,Type=Flag,Description=\"dbSNP\">\n"
                   "##INFO=<ID=GENE,Number=.,Type=String,Description=\"Genes\">\n"
                   "##INFO=<ID=TAG,Number=1,Type=String,Description=\"A label\">\n"
                   "##INFO=<ID=SCORE,Number=1,Type=Float,Description=\"A score\">\n"
                   "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                   "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                   "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">\n"
                   "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
                   "##FORMAT=<ID=FT,Number=1,Type=String,Description=\"Sample filter\">\n"
                   "##FORMAT=<ID=HQ,Number=2,Type=Float,Description=\"Haplotype quality\">\n"
                   "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tNA1\tNA2\tNA3\tNA4\n";
    struct Alleles
    {
        const char* ref;
        const char* alt;
        int alts;
    };
    const Alleles alleles[] = {
        {"A", "G", 1},   {"A", "G,T", 2},   {"AC", "A", 1}, {"A", "AT", 1}, {"A", "G,AT", 2},
        {"AT", "GC", 1}, {"A", "<DEL>", 1}, {"A", ".", 0},  {"C", "T", 1},  {"G", "A,C,T", 3}};
    const char* genotypes[] = {"0/0", "0/1", "1/1", "./.", "0|1", "1|0",
                               "1",   "0",   ".",   "./1", "1/2", "0/0"};
    const char* filters[] = {"PASS", ".", "q10", "s50", "PASS", ".", "q10", "q10;s50"};
    for (int i = 0; i < 3000; ++i) {
        const Alleles& a = alleles[i % 10];
        const QByteArray chrom = i < 2400 ? "chr1" : "chr2";
        const qint64 pos = i < 2400 ? 1000 + qint64(i) * 9000 : 500 + qint64(i - 2400) * 11;
        t += chrom + '\t' + QByteArray::number(pos) + '\t' +
             (i % 3 == 0 ? QByteArray(".") : "rs" + QByteArray::number(i)) + '\t' + a.ref + '\t' +
             a.alt + '\t';
        t += i % 11 == 0 ? QByteArray(".") : QByteArray::number((i * 7) % 60) + (i % 2 ? ".5" : "");
        t += QByteArray("\t") + filters[i % 8] + '\t';
        QByteArrayList info;
        if (i % 6 == 1)
            info << "DP=.";
        else if (i % 6)
            info << "DP=" + QByteArray::number((i * 13) % 40);
        if (i % 5 && a.alts) {
            QByteArrayList af, cnt;
            for (int k = 0; k < a.alts; ++k) {
                af << ((i + k) % 7 == 0 ? QByteArray(".")
                                        : QByteArray::number(((i * (k + 3)) % 100) / 100.0));
                cnt << QByteArray::number((i + k) % 9);
            }
            info << "AF=" + af.join(',') << "CNT=" + cnt.join(',');
        }
        if (i % 3 == 1)
            info << "DB";
        const char* genes[] = {nullptr, "G1", "G1,G2", "G3,."};
        if (genes[i % 4])
            info << QByteArray("GENE=") + genes[i % 4];
        const char* tags[] = {"x", "y", ".", nullptr, nullptr};
        if (tags[i % 5])
            info << QByteArray("TAG=") + tags[i % 5];
        if (i % 50 == 5)
            info << "SCORE=30000000.5";
        else if (i % 7)
            info << "SCORE=" + QByteArray::number((((i * 31) % 200) - 100) / 10.0);
        t += info.isEmpty() ? QByteArray(".") : info.join(';');
        const bool gtOnly = i % 13 == 0;
        t += gtOnly ? "\tGT" : "\tGT:DP:GQ:AD:FT:HQ";
        for (int s = 0; s < 4; ++s) {
            QByteArray gt = genotypes[(i + s * 3) % 12];
            if (a.alts == 0 && gt.contains('1'))
                gt = gt.contains('/') || gt.contains('|') ? "0/0" : "0";
            if (a.alts == 1 && gt.contains('2'))
                gt = "0/1";
            t += '\t' + gt;
            if (gtOnly)
                continue;
            t += ':' +
                 ((i + s) % 9 == 0 ? QByteArray(".") : QByteArray::number((i * 3 + s * 7) % 35));
            t += ':' + QByteArray::number((i * 5 + s * 11) % 99) + ':';
            if ((i + s) % 10 == 0) {
                t += '.';
            } else {
                QByteArrayList ad;
                for (int k = 0; k <= a.alts; ++k)
                    ad << QByteArray::number((i + s + k * 5) % 25);
                t += ad.join(',');
            }
            const char* ft[] = {"PASS", "LowDP", "."};
            t += QByteArray(":") + ft[(i + s) % 3] + ':';
            t += (i + s) % 8 == 0
                     ? QByteArray(".,.")
                     : QByteArray::number((i + s) % 50) + ".5," + QByteArray::number(s * 3);
        }
        t += '\n';
    }
    return t;
}

/** CHROM, POS, REF and ALT of one record, as `bcftools query -f '%CHROM\t%POS\t%REF\t%ALT'`. */
QString siteKey(const bcf_hdr_t* header, bcf1_t* record)
{
    bcf_unpack(record, BCF_UN_STR);
    QString alt;
    for (int i = 1; i < int(record->n_allele); ++i) {
        if (i > 1)
            alt += u',';
        alt += QString::fromUtf8(record->d.allele[i]);
    }
    if (alt.isEmpty())
        alt = QStringLiteral(".");
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(QString::fromUtf8(bcf_seqname(header, record)))
        .arg(record->pos + 1)
        .arg(record->n_allele ? QString::fromUtf8(record->d.allele[0]) : QStringLiteral("."))
        .arg(alt);
}

/** Runs `first | second` and returns the lines the second prints, or an error in @p error. */
QStringList runPipe(const QStringList& first, const QStringList& second, QString* error)
{
    QProcess producer, consumer;
    producer.setStandardOutputProcess(&consumer);
    producer.start(QStringLiteral("bcftools"), first);
    consumer.start(QStringLiteral("bcftools"), second);
    // Wait on the consumer first: waiting drains its output, which would otherwise fill the
    // pipe and stall both.
    const bool ok = consumer.waitForFinished(300000) && producer.waitForFinished(300000);
    const QByteArray out = consumer.readAllStandardOutput();
    if (!ok || producer.exitCode() != 0 || consumer.exitCode() != 0) {
        *error = QStringLiteral("bcftools %1 | bcftools %2 failed: %3 %4")
                     .arg(first.join(u' '), second.join(u' '),
                          QString::fromUtf8(producer.readAllStandardError()),
                          QString::fromUtf8(consumer.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

/** Drops a line equal to the one before it (split-vep -d prints one line per transcript). */
QStringList uniqueRuns(const QStringList& lines)
{
    QStringList out;
    for (const QString& line : lines)
        if (out.isEmpty() || out.last() != line)
            out.append(line);
    return out;
}

const QStringList kQuery = {QStringLiteral("query"), QStringLiteral("-f"),
                            QStringLiteral("%CHROM\t%POS\t%REF\t%ALT\n"), QStringLiteral("-")};

} // namespace

class TestFilterEquivalence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameRecordsAsBcftools_data();
    void sameRecordsAsBcftools();
    void selectedSampleAsSubset_data();
    void selectedSampleAsSubset();
    void annotationsAsSplitVep_data();
    void annotationsAsSplitVep();

private:
    QString resolve(const QString& alias);
    QStringList stewardSites(const QString& path, const QString& expression, bool exclude,
                             const QString& sample);
    void compare(const QStringList& expected, const QStringList& actual, const QString& what);

    QTemporaryDir m_dir;
};

void TestFilterEquivalence::initTestCase()
{
    if (!haveTool(QStringLiteral("bcftools")))
        QSKIP("bcftools is not installed: the filter crosscheck compares with bcftools 1.16 "
              "(apt install bcftools)");
    hts_set_log_level(HTS_LOG_ERROR); // the real files carry header warnings we do not test
    QVERIFY(m_dir.isValid());
    const QString vcf = m_dir.filePath(QStringLiteral("generated.vcf.gz"));
    QVERIFY(writeBgzf(vcf, generatedVcf()));
    QVERIFY(convertVariants(vcf, m_dir.filePath(QStringLiteral("generated.bcf")), "wb"));
}

QString TestFilterEquivalence::resolve(const QString& alias)
{
    const QString relative = fileFor(alias);
    if (relative.startsWith(u'@'))
        return m_dir.filePath(relative.mid(1));
    if (sharedData().isEmpty())
        return QString();
    const QString path = sharedData(relative);
    return QFileInfo::exists(path) ? path : QString();
}

QStringList TestFilterEquivalence::stewardSites(const QString& path, const QString& expression,
                                                bool exclude, const QString& sample)
{
    QStringList sites;
    HtsFilePtr fp(hts_open(QFile::encodeName(path).constData(), "r"));
    if (!fp)
        return {QStringLiteral("cannot open ") + path};
    BcfHeaderPtr header(bcf_hdr_read(fp.get()));
    if (!header)
        return {QStringLiteral("cannot read the header of ") + path};
    QString error;
    int position = -1;
    const auto filter = FilterExpression::parse(expression, header.get(), &error, &position);
    if (!filter)
        return {QStringLiteral("parse error: ") + error + u'\n' +
                FilterExpression::caretLine(expression, position)};
    int sampleIndex = -1;
    if (!sample.isEmpty()) {
        sampleIndex = bcf_hdr_id2int(header.get(), BCF_DT_SAMPLE, sample.toUtf8().constData());
        if (sampleIndex < 0)
            return {QStringLiteral("no sample ") + sample};
    }
    BcfRecordPtr record(bcf_init());
    while (bcf_read(fp.get(), header.get(), record.get()) == 0)
        if (filter->matches(record.get(), sampleIndex) != exclude)
            sites.append(siteKey(header.get(), record.get()));
    return sites;
}

void TestFilterEquivalence::compare(const QStringList& expected, const QStringList& actual,
                                    const QString& what)
{
    if (expected == actual)
        return;
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected[i] == actual[i])
        ++i;
    QFAIL(qPrintable(QStringLiteral("%1: bcftools keeps %2 records, Steward %3; first "
                                    "difference at #%4: bcftools '%5', Steward '%6'")
                         .arg(what)
                         .arg(expected.size())
                         .arg(actual.size())
                         .arg(i)
                         .arg(expected.value(i), actual.value(i))));
}

void TestFilterEquivalence::sameRecordsAsBcftools_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("exclude");
    QTest::addColumn<QString>("expression");
    auto add = [](const char* file, const char* flag, const char* expression) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(file, flag, expression)))
            << QString::fromUtf8(file) << (QByteArray(flag) == "-e")
            << QString::fromUtf8(expression);
    };
    // bcftools' own test file: 3 samples, PL (Number=G), flags, vectors of floats.
    add("mpileup", "-i", R"(INFO/DP>=20 && INFO/MQ0F<0.1)");
    add("mpileup", "-i", R"(INDEL=1)");
    add("mpileup", "-e", R"(INFO/DP<20)");
    add("mpileup", "-i", R"(FMT/DP>=8)");
    add("mpileup", "-i", R"(FMT/DV>0 & FMT/DP>5)");
    add("mpileup", "-i", R"(FMT/DV>0 && FMT/DP>20)");
    add("mpileup", "-i", R"(FMT/DV>0 & FMT/DP>20)");
    add("mpileup", "-i", R"(FMT/DP<3 | FMT/DV>=2)");
    add("mpileup", "-i", R"(INFO/QS<0.5)");
    add("mpileup", "-i", R"(ALT="X")");
    add("mpileup", "-i", R"(FMT/PL>200)");
    add("mpileup", "-i", R"(TYPE="indel")");
    add("mpileup", "-i", R"(TYPE~"snp")");
    add("mpileup", "-e", R"(INFO/IMF<0.5)");
    add("mpileup", "-i", R"(INFO/VDB!=".")");
    // 1000 Genomes, 2504 samples, GT only.
    add("1kg", "-i", R"(INFO/AF<0.01 && INFO/AC>0)");
    add("1kg", "-i", R"(INFO/EAS_AF>0.1 || INFO/AFR_AF>0.5)");
    add("1kg", "-i", R"(INFO/AC>=100 && INFO/AF<0.5)");
    add("1kg", "-i", R"(VT="INDEL")");
    add("1kg", "-i", R"(MULTI_ALLELIC=1)");
    add("1kg", "-i", R"(EX_TARGET=1)");
    add("1kg", "-i", R"(GT="AA")");
    add("1kg", "-i", R"(GT="1|0")");
    add("1kg", "-e", R"(GT="ref")");
    add("1kg", "-i", R"(ID~"^rs")");
    add("1kg", "-i", R"(N_ALT>1)");
    add("1kg", "-i", R"(ALT~"<")");
    add("1kg", "-i", R"(INFO/SVTYPE!=".")");
    // Scout's clinical demo: FILTER combinations, trio genotypes, annotations as text.
    add("scout", "-i", R"(FILTER="PASS")");
    add("scout", "-i", R"(FILTER~"LowQual")");
    add("scout", "-i", R"(FILTER!~"LOW_VQSLOD")");
    add("scout", "-i", R"(FILTER="LOW_VQSLOD;LowQual")");
    add("scout", "-i", R"(INFO/AF>=0.5 && QUAL>100)");
    add("scout", "-i", R"(AF!=0.5)");
    add("scout", "-i", R"(GT="het" & FMT/GQ>=90)");
    add("scout", "-i", R"(GT="het" && FMT/GQ>=99)");
    add("scout", "-i", R"(GT="het" & FMT/GQ>=99)");
    add("scout", "-i", R"(GT="0/1")");
    add("scout", "-i", R"(FMT/AD>20)");
    add("scout", "-i", R"(FMT/PL<5)");
    add("scout", "-i", R"(INFO/TYPE="snp")");
    add("scout", "-i", R"(INFO/CADD>=20)");
    add("scout", "-i", R"(INFO/1000GAF<0.01)");
    add("scout", "-i", R"(INFO/SWEGENAF=".")");
    add("scout", "-i", R"(INFO/ANN~"HIGH")");
    add("scout", "-i", R"(INFO/most_severe_consequence~"missense")");
    add("scout", "-i", R"((FMT/DP<10 | FMT/GQ<30) && QUAL>=30)");
    add("scout", "-e", R"(GT="hom" || FMT/DP<15)");
    // cyvcf2's test file: 189 samples, VQSR filters, negative floats.
    add("cyvcf2", "-i", R"(FILTER!="PASS")");
    add("cyvcf2", "-i", R"(FILTER=".")");
    add("cyvcf2", "-i", R"(INFO/VQSLOD<0)");
    add("cyvcf2", "-i", R"(INFO/InbreedingCoeff<-0.1)");
    add("cyvcf2", "-i", R"(INFO/culprit="FS")");
    add("cyvcf2", "-i", R"(REF~"^C")");
    add("cyvcf2", "-i", R"(GT="het" & FMT/GQ<20)");
    add("cyvcf2", "-i", R"(FMT/DP>=30 & GT="alt")");
    // ClinVar as VEP's test set ships it: the clinician's filters.
    add("clinvar", "-i", R"(CLNSIG~"athogenic")");
    add("clinvar", "-i", R"(CLNSIG="Pathogenic")");
    add("clinvar", "-i", R"(CLNSIG~"BENIGN/i")");
    add("clinvar", "-i", R"(CLNREVSTAT~"criteria_provided")");
    add("clinvar", "-i", R"(ORIGIN="1")");
    add("clinvar", "-i", R"(GENEINFO~"^SAMD11:")");
    add("clinvar", "-i", R"(CLNVC="single_nucleotide_variant")");
    add("clinvar", "-i", R"(ALLELEID>1000000)");
    add("clinvar", "-i", R"(AF_EXAC<0.001)");
    add("clinvar", "-i", R"(AF_EXAC=".")");
    add("clinvar", "-e", R"(CLNSIG="Benign" || CLNSIG="Likely_benign")");
    // Haploid X genotypes.
    add("haploid", "-i", R"(GT="hap" & FMT/GQ>90)");
    add("haploid", "-i", R"(GT="mis")");
    add("haploid", "-i", R"(GT="r" & FMT/DP>20)");
    add("haploid", "-i", R"(GT="ref" && GT="alt")");
    // SnpEff's annotated chr1, 65,085 sites; and a BCF with float FORMAT values.
    add("snpeff", "-i", R"(DB=1 && AF<0.01)");
    add("snpeff", "-i", R"(AC>=10 & AN>1000)");
    add("snpeff", "-i", R"(DS=0)");
    add("snpeff", "-i", R"(EFF~"HIGH")");
    add("snpeff", "-e", R"(QUAL<100)");
    add("snpeff-bcf", "-i", R"(FMT/GQ>50)");
    add("snpeff-bcf", "-i", R"(INFO/DP>100 && GT="het")");
    // Generated edge cases, as VCF.gz and as BCF (typed integers of every width).
    for (const char* file : {"gen", "gen-bcf"}) {
        add(file, "-i", R"(QUAL>=30)");
        add(file, "-i", R"(QUAL=".")");
        add(file, "-i", R"(QUAL!=20)");
        add(file, "-i", R"(QUAL==33.5)");
        add(file, "-i", R"(FILTER="PASS")");
        add(file, "-i", R"(FILTER~"q10")");
        add(file, "-i", R"(FILTER=".")");
        add(file, "-i", R"(FILTER!="q10;s50")");
        add(file, "-i", R"(INFO/DP>=15 || INFO/DP=".")");
        add(file, "-i", R"(INFO/DP!=10)");
        add(file, "-i", R"(INFO/AF<0.05)");
        add(file, "-i", R"(INFO/AF=".")");
        add(file, "-i", R"(INFO/AF!=0.5)");
        add(file, "-i", R"(INFO/CNT>=7)");
        add(file, "-i", R"(DB=1 && TYPE="snp")");
        add(file, "-i", R"(DB=0)");
        add(file, "-i", R"(GENE="G1")");
        add(file, "-i", R"(GENE!="G1")");
        add(file, "-i", R"(GENE=".")");
        add(file, "-i", R"(GENE~"^G[12]$")");
        add(file, "-i", R"(TAG="x,y")");
        add(file, "-i", R"(TAG!=".")");
        add(file, "-i", R"(INFO/SCORE<-1.5)");
        add(file, "-i", R"(INFO/SCORE>20000000)");
        add(file, "-i", R"(POS>=16777217)");
        add(file, "-i", R"(POS>16777216 && POS<16800000)");
        add(file, "-i", R"(CHROM="chr2" && POS<1000)");
        add(file, "-i", R"(ID=".")");
        add(file, "-i", R"(ID~"^rs1[0-9]$")");
        add(file, "-i", R"(ALT=".")");
        add(file, "-i", R"(ALT="T")");
        add(file, "-i", R"(ALT!="G")");
        add(file, "-i", R"(ALT~"<")");
        add(file, "-i", R"(REF="AC")");
        add(file, "-i", R"(N_ALT>=2)");
        add(file, "-i", R"(TYPE="indel")");
        add(file, "-i", R"(TYPE~"indel")");
        add(file, "-i", R"(TYPE="mnp")");
        add(file, "-i", R"(TYPE="ref")");
        add(file, "-i", R"(TYPE="other")");
        add(file, "-i", R"(TYPE!="snp")");
        add(file, "-i", R"(GT="het")");
        add(file, "-i", R"(GT="hom")");
        add(file, "-i", R"(GT="hap")");
        add(file, "-i", R"(GT="mis")");
        add(file, "-i", R"(GT="ref")");
        add(file, "-i", R"(GT="alt")");
        add(file, "-i", R"(GT="aA")");
        add(file, "-i", R"(GT="ra")");
        add(file, "-i", R"(GT="0|1")");
        add(file, "-i", R"(GT=".")");
        add(file, "-i", R"(GT!="het")");
        add(file, "-i", R"(FMT/DP>20)");
        add(file, "-i", R"(FMT/DP=".")");
        add(file, "-i", R"(FMT/DP!=".")");
        add(file, "-i", R"(FMT/AD>10)");
        add(file, "-i", R"(FMT/AD=".")");
        add(file, "-i", R"(FMT/FT="PASS")");
        add(file, "-i", R"(FMT/FT!="PASS")");
        add(file, "-i", R"(FMT/FT~"Low")");
        add(file, "-i", R"(FMT/HQ<10)");
        add(file, "-i", R"(FMT/DP>20 & GT="het")");
        add(file, "-i", R"(FMT/DP>20 && GT="het")");
        add(file, "-i", R"(GT="alt" & FMT/GQ<20 && FMT/DP>10)");
        add(file, "-i", R"((GT="alt" & FMT/GQ<20) && FMT/DP>10)");
        add(file, "-i", R"(QUAL>20 | FMT/DP>30)");
        add(file, "-i", R"((QUAL>20 || FILTER="q10") && FMT/GQ>=30)");
        add(file, "-i", R"(FMT/DP>INFO/DP)");
        add(file, "-i", R"(FMT/DP>=FMT/GQ)");
        add(file, "-e", R"(GT="mis" || QUAL<10)");
        add(file, "-e", R"(FMT/DP<5 & FMT/GQ>50)");
    }
}

void TestFilterEquivalence::sameRecordsAsBcftools()
{
    QFETCH(QString, file);
    QFETCH(bool, exclude);
    QFETCH(QString, expression);
    const QString path = resolve(file);
    if (path.isEmpty())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    QString error;
    const QStringList expected =
        runPipe({QStringLiteral("view"), exclude ? QStringLiteral("-e") : QStringLiteral("-i"),
                 expression, pipeFormat(file), path},
                kQuery, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList actual = stewardSites(path, expression, exclude, QString());
    compare(expected, actual, expression);
}

void TestFilterEquivalence::selectedSampleAsSubset_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("expression");
    auto add = [](const char* file, const char* sample, const char* expression) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(file, sample, expression)))
            << QString::fromUtf8(file) << QString::fromUtf8(sample)
            << QString::fromUtf8(expression);
    };
    for (const char* file : {"gen", "gen-bcf"}) {
        add(file, "NA1", R"(FMT/DP>20)");
        add(file, "NA2", R"(GT="het" & FMT/GQ>50)");
        add(file, "NA2", R"(GT="het" && FMT/GQ>50)");
        add(file, "NA3", R"(GT="mis" || FMT/DP=".")");
        add(file, "NA4", R"(GT="hap")");
        add(file, "NA2", R"(FMT/AD>10 && GT="alt")");
        add(file, "NA1", R"(QUAL>30 & FMT/FT="PASS")");
        add(file, "NA3", R"(FMT/FT!="PASS")");
    }
    add("mpileup", "HG00101", R"(FMT/DV>0 & FMT/DP>5)");
    add("scout", "ADM1059A2", R"(GT="het" & FMT/GQ>=99)");
    add("scout", "ADM1059A3", R"(GT="hom" && FMT/AD>20)");
    add("1kg", "HG00096", R"(GT="alt")");
    add("1kg", "NA21144", R"(GT="1|0")");
}

void TestFilterEquivalence::selectedSampleAsSubset()
{
    QFETCH(QString, file);
    QFETCH(QString, sample);
    QFETCH(QString, expression);
    const QString path = resolve(file);
    if (path.isEmpty())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    // bcftools filters before subsetting in one `view`, so subset first (-I: INFO unchanged).
    const QString subset = m_dir.filePath(file + u'.' + sample + QStringLiteral(".bcf"));
    if (!QFileInfo::exists(subset)) {
        const ToolResult made =
            runTool(QStringLiteral("bcftools"),
                    {QStringLiteral("view"), QStringLiteral("-I"), QStringLiteral("-s"), sample,
                     QStringLiteral("-Ob"), QStringLiteral("-o"), subset, path});
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }
    QString error;
    const QStringList expected = runPipe(
        {QStringLiteral("view"), QStringLiteral("-i"), expression, QStringLiteral("-Ou"), subset},
        kQuery, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList actual = stewardSites(path, expression, false, sample);
    compare(expected, actual, expression + QStringLiteral(" for ") + sample);
}

void TestFilterEquivalence::annotationsAsSplitVep_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("bcftools");
    auto splitVep = [](const char* file, const char* expression, const char* columns,
                       const char* splitVepExpression) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(file, expression)))
            << QString::fromUtf8(file) << QString::fromUtf8(expression)
            << QStringList{QStringLiteral("+split-vep"), QStringLiteral("-d"),
                           QStringLiteral("-c"),         QString::fromUtf8(columns),
                           QStringLiteral("-i"),         QString::fromUtf8(splitVepExpression),
                           QStringLiteral("-Ou")};
    };
    // bcftools' split-vep tests each transcript on its own line: '&' is the same transcript.
    splitVep("split-vep", R"(CSQ/IMPACT="HIGH")", "IMPACT", R"(IMPACT="HIGH")");
    splitVep("split-vep", R"(CSQ/IMPACT="MODERATE" & CSQ/BIOTYPE="protein_coding")",
             "IMPACT,BIOTYPE", R"(IMPACT="MODERATE" & BIOTYPE="protein_coding")");
    splitVep("split-vep", R"(CSQ/SYMBOL~"^OR4F")", "SYMBOL", R"(SYMBOL~"^OR4F")");
    splitVep("split-vep", R"(CSQ/gnomAD_AF<0.001)", "gnomAD_AF:Float", R"(gnomAD_AF<0.001)");
    splitVep("split-vep", R"(CSQ/MAX_AF>0.1 & CSQ/IMPACT!="MODIFIER")", "MAX_AF:Float,IMPACT",
             R"(MAX_AF>0.1 & IMPACT!="MODIFIER")");
    splitVep("split-vep", R"(CSQ/MAX_AF<0.001 | CSQ/IMPACT="HIGH")", "MAX_AF:Float,IMPACT",
             R"(MAX_AF<0.001 | IMPACT="HIGH")");
    splitVep("split-vep", R"(CSQ/LoF="HC")", "LoF", R"(LoF="HC")");
    splitVep("split-vep", R"(CSQ/Existing_variation~"^rs")", "Existing_variation",
             R"(Existing_variation~"^rs")");
    splitVep("scout", R"(CSQ/IMPACT="HIGH" | CSQ/SIFT~"deleterious")", "IMPACT,SIFT",
             R"(IMPACT="HIGH" | SIFT~"deleterious")");
    splitVep("scout", R"(CSQ/SYMBOL="PER3" & CSQ/BIOTYPE="protein_coding")", "SYMBOL,BIOTYPE",
             R"(SYMBOL="PER3" & BIOTYPE="protein_coding")");

    // SnpEff's ANN (split-vep 1.16 cannot read its header): bcftools applies a regex to
    // each ','-separated entry of the raw value, so anchoring on the n-th '|' is exact.
    auto entryRegex = [](const char* file, const char* expression, const char* regex) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(file, expression)))
            << QString::fromUtf8(file) << QString::fromUtf8(expression)
            << QStringList{QStringLiteral("view"), QStringLiteral("-i"), QString::fromUtf8(regex),
                           QStringLiteral("-Ou")};
    };
    entryRegex("scout", R"(ANN/Annotation_Impact="HIGH")", R"(INFO/ANN~"^[^|]*|[^|]*|HIGH|")");
    entryRegex("scout", R"(ANN/Gene_Name="PER3")", R"(INFO/ANN~"^\([^|]*|\)\{3\}PER3|")");
    entryRegex("scout", R"(ANN/Annotation_Impact="MODERATE" & ANN/Feature_Type="transcript")",
               R"(INFO/ANN~"^[^|]*|[^|]*|MODERATE|[^|]*|[^|]*|transcript|")");
    entryRegex("cyvcf2", R"(ANN/Annotation_Impact="HIGH")", R"(INFO/ANN~"^[^|]*|[^|]*|HIGH|")");
}

void TestFilterEquivalence::annotationsAsSplitVep()
{
    QFETCH(QString, file);
    QFETCH(QString, expression);
    QFETCH(QStringList, bcftools);
    const QString path = resolve(file);
    if (path.isEmpty())
        QSKIP(qPrintable(sharedDataMissingMessage()));
    QStringList arguments = bcftools;
    arguments.append(path);
    QString error;
    QStringList expected;
    if (arguments.first() == QLatin1String("+split-vep")) {
        // split-vep writes the sites it keeps with -f; -Ou is not for it.
        arguments.removeAll(QStringLiteral("-Ou"));
        arguments << QStringLiteral("-f") << QStringLiteral("%CHROM\t%POS\t%REF\t%ALT\n");
        const ToolResult result = runTool(QStringLiteral("bcftools"), arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        expected = uniqueRuns(QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts));
    } else {
        expected = runPipe(arguments, kQuery, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QVERIFY2(!expected.isEmpty(), "the oracle keeps no record: the case tests nothing");
    const QStringList actual = uniqueRuns(stewardSites(path, expression, false, QString()));
    compare(expected, actual, expression);
}

QTEST_GUILESS_MAIN(TestFilterEquivalence)
#include "test_FilterEquivalence.moc"
