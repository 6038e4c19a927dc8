// VariantRecordDetail: one record read whole for the detail pane.
//  - Real files read in place (Scout's clinical trio with VEP CSQ, SnpEff ANN and old numeric
//    CLNSIG; SnpEff ANN on a plain VCF; cyvcf2's 189-sample VCF.gz with CSQ and ANN and its BCF
//    with SnpEff 3 EFF; 1000 Genomes chr22 with 2,504 samples): every INFO value and every
//    sample's FORMAT values against `bcftools query` on that same record, and every transcript
//    of each tag against `bcftools +split-vep -d` (count and fields). The record is picked the
//    way `bcftools view -H | sed -n Np` would: its text line is copied with the header into a
//    one-record VCF that bcftools then reads.
//  - A hand-made VCF whose expected values are worked out from the line shown: multi-allelic
//    record, flags, missing and trailing-dropped FORMAT values, phased/haploid GT, VEP escapes,
//    canonical transcripts, ClinVar stars; the same record read from VCF, VCF.gz, plain gzip
//    and BCF; a seek from the row index; errors that say what went wrong.
//  - The load time of a 2,504-sample record, which the pane pays on every click.

#include <algorithm>
#include <atomic>
#include <cmath>

#include <htslib/bgzf.h>
#include <htslib/kstring.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "models/formats/HtsHandles.h"
#include "models/variants/VariantRecordDetail.h"
#include "models/variants/VariantRowIndex.h"
#include "tests/common/TestData.h"

using namespace steward;
using Detail = VariantRecordDetail;

namespace {

const char* const kScout = "Clinical-Genomics_scout/scout/demo/643594.clinical.vcf.gz";
const char* const kSnpEffFusion = "pcingola_SnpEff/tests/old/EML4-ALK_fusion.vcf";
const char* const kCyvcf2 = "brentp_cyvcf2/cyvcf2/tests/test.vcf.gz";
const char* const kCyvcf2SnpEffBcf = "brentp_cyvcf2/cyvcf2/tests/test.snpeff.bcf";
const char* const k1000Genomes =
    "vcflib_vcflib/samples/1kg-phaseIII-v5a.20130502.genotypes.chr22-16-16.5mb.vcf.gz";

QString genomics(const QString& relative)
{
    return test::sharedData(QStringLiteral("genomics/") + relative);
}

QStringList lines(const QByteArray& output)
{
    QStringList list = QString::fromUtf8(output).split(QLatin1Char('\n'));
    while (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}

/** VEP's documented escapes undone and '.' as empty, as the pane shows a field. */
QString displayed(const QString& raw)
{
    QString t = raw == QLatin1String(".") ? QString() : raw;
    t.replace(QLatin1String("&"), QLatin1String(", "));
    t.replace(QLatin1String("%3B"), QLatin1String(";"));
    t.replace(QLatin1String("%3D"), QLatin1String("="));
    t.replace(QLatin1String("%2C"), QLatin1String(","));
    return t;
}

/** The sample table's row @p row as tab-separated text. */
QString sampleLine(const Detail& d, int row)
{
    QStringList cells;
    for (int c = 0; c < d.samples.columnCount(); ++c)
        cells << d.samples.text(row, c);
    return cells.join(QLatin1Char('\t'));
}

const QByteArray kHandMade =
    "##fileformat=VCFv4.2\n"
    "##FILTER=<ID=PASS,Description=\"All filters passed\">\n"
    "##FILTER=<ID=LowQual,Description=\"Low quality\">\n"
    "##FILTER=<ID=q10,Description=\"Quality below 10\">\n"
    "##contig=<ID=chr13,length=114364328>\n"
    "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total depth\">\n"
    "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency, for each ALT allele\">\n"
    "##INFO=<ID=DB,Number=0,Type=Flag,Description=\"dbSNP membership\">\n"
    "##INFO=<ID=NOTE,Number=1,Type=String,Description=\"A \\\"quoted\\\" note\">\n"
    "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl "
    "VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Feature|CANONICAL|HGVSc|HGVSp\">\n"
    "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"Clinical significance\">\n"
    "##INFO=<ID=CLNREVSTAT,Number=.,Type=String,Description=\"Review status\">\n"
    "##INFO=<ID=CLNDN,Number=.,Type=String,Description=\"Disease name\">\n"
    "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
    "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
    "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">\n"
    "##FORMAT=<ID=GL,Number=G,Type=Float,Description=\"Genotype likelihoods\">\n"
    "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\tS3\n"
    "chr13\t100\trs1\tA\tG\t50\tPASS\tDP=10;CSQ=G|synonymous_variant|LOW|GENE1|T1|YES|T1:c.1A>G|"
    "T1:p.%3D\tGT\t0/1\t0/0\t1/1\n"
    // Multi-allelic: T is a SNV, CA an insertion; VEP writes both as given (they do not share
    // their first base, so none is trimmed).
    "chr13\t200\trs2;rs3\tC\tT,CA\t.\tLowQual;q10\tDP=12;AF=0.25,0.5;DB;NOTE=two words;"
    "CSQ=T|intron_variant|MODIFIER|BRCA2|ENST1||ENST1:c.10-5C>T|,"
    "CA|frameshift_variant&splice_region_variant|HIGH|BRCA2|ENST2|YES|ENST2:c.11dup|"
    "ENSP2:p.Leu4fs,"
    "T|missense_variant|MODERATE|BRCA2|ENST3||ENST3:c.12C>T|ENSP3:p.Ala4Val%3BX;"
    "CLNSIG=Pathogenic;CLNREVSTAT=criteria_provided,_multiple_submitters,_no_conflicts;"
    "CLNDN=Hereditary_breast_cancer\t"
    "GT:AD:DP:GL\t0|1:5,3,2:10:-1.5,-0.5,-3,-2,-4,-6\t1/2:.:.:.\t./.:0,0,0:0\n"
    "chr13\t300\t.\tG\tA\t30\tPASS\tDP=5\tGT\t1\t0\t.\n";

} // namespace

class TestVariantRecordDetail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bcftoolsSkip; // why bcftools comparisons cannot run; empty when they can
    int m_copies = 0;

    test::ToolResult bcftools(const QStringList& args)
    {
        return test::runTool(QStringLiteral("bcftools"), args);
    }

    /**
     * A one-record VCF: the header of @p path and its record line @p ordinal (counting every
     * line after the header, as `bcftools view -H | sed -n Np` does), copied as text. A BCF is
     * turned into text by `bcftools view` first. With @p rewriteAnn, SnpEff's ANN header is
     * rewritten to the "Format: ..." form `bcftools +split-vep` 1.16 reads (records unchanged).
     */
    QString oneRecordCopy(const QString& path, qint64 ordinal, bool rewriteAnn,
                          QByteArray* recordLine)
    {
        QList<QByteArray> header;
        QByteArray record;
        auto take = [&](const QByteArray& line, qint64* body) {
            if (*body < 0 && line.startsWith('#')) {
                header << line;
                return;
            }
            if (*body < 0)
                *body = 0;
            if (*body == ordinal)
                record = line;
            ++*body;
        };
        qint64 body = -1;
        if (path.endsWith(QLatin1String(".bcf"))) {
            const test::ToolResult view = bcftools({QStringLiteral("view"), path});
            if (view.exitCode != 0)
                return QString();
            const QList<QByteArray> all = view.out.split('\n');
            for (int i = 0; i + 1 < all.size() || (i < all.size() && !all[i].isEmpty()); ++i)
                take(all[i], &body);
        } else {
            BgzfPtr fp(bgzf_open(QFile::encodeName(path).constData(), "r"));
            if (!fp)
                return QString();
            kstring_t s = KS_INITIALIZE;
            while (bgzf_getline(fp.get(), '\n', &s) >= 0)
                take(QByteArray(s.s, qsizetype(s.l)), &body);
            ks_free(&s);
        }
        if (record.isNull())
            return QString();
        if (rewriteAnn) {
            static const QRegularExpression list(
                QStringLiteral("Description=\"Functional annotations:\\s*'([^']*)'\\s*\""));
            for (QByteArray& line : header) {
                if (!line.startsWith("##INFO=<ID=ANN,"))
                    continue;
                QString text = QString::fromUtf8(line);
                const auto m = list.match(text);
                if (!m.hasMatch())
                    continue;
                QStringList names = m.captured(1).split(QLatin1Char('|'));
                for (QString& n : names)
                    n = n.trimmed();
                if (names.value(1) == QLatin1String("Annotation"))
                    names[1] = QStringLiteral("Consequence");
                text.replace(m.capturedStart(0), m.capturedLength(0),
                             QStringLiteral("Description=\"Functional annotations. Format: %1\"")
                                 .arg(names.join(QLatin1Char('|'))));
                line = text.toUtf8();
            }
        }
        if (recordLine)
            *recordLine = record;
        const QString copy = m_dir.filePath(QStringLiteral("record%1.vcf").arg(m_copies++));
        return test::writeText(copy, header.join('\n') + '\n' + record + '\n') ? copy : QString();
    }

    Detail loadOrFail(const QString& path, qint64 ordinal, bool* ok)
    {
        Detail d;
        QString error;
        *ok = Detail::load(path, ordinal, &d, &error);
        if (!*ok)
            qWarning("%s", qPrintable(error));
        return d;
    }

private Q_SLOTS:
    void initTestCase();

    void realRecords_data();
    void realRecords();
    void load2504SamplesQuickly();

    void handMadeRecord();
    void sameRecordFromEveryEncoding();
    void seeksWithTheRowIndex();
    void recordWithoutSamplesOrAnnotations();
    void errorsSayWhatWentWrong();
    void cancelStopsTheRead();
};

void TestVariantRecordDetail::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!test::haveTool(QStringLiteral("bcftools"))) {
        m_bcftoolsSkip = QStringLiteral("bcftools is not installed (apt-get install bcftools); "
                                        "the comparisons against it cannot run");
        return;
    }
    // `+split-vep -l` on a tiny VEP file: is the plugin there?
    const QString probe = m_dir.filePath(QStringLiteral("probe.vcf"));
    QVERIFY(test::writeText(probe, kHandMade));
    const QStringList args{QStringLiteral("+split-vep"), QStringLiteral("-l"), probe};
    if (bcftools(args).exitCode != 0) {
        // Debian installs the plugins here; older setups need BCFTOOLS_PLUGINS to find them.
        qputenv("BCFTOOLS_PLUGINS", "/usr/lib/x86_64-linux-gnu/bcftools");
        if (bcftools(args).exitCode != 0)
            m_bcftoolsSkip = QStringLiteral("`bcftools +split-vep` is not available (bcftools "
                                            "1.16 ships it; set BCFTOOLS_PLUGINS to the folder "
                                            "holding split-vep.so)");
    }
}

void TestVariantRecordDetail::realRecords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("ordinal");
    QTest::addColumn<int>("samples");
    QTest::addColumn<QStringList>("tags"); // annotation tables expected, in header order

    const QString scout = QString::fromLatin1(kScout);
    const QStringList scoutTags{QStringLiteral("ANN"), QStringLiteral("CSQ")};
    QTest::newRow("Scout, first record") << scout << qint64(0) << 3 << scoutTags;
    QTest::newRow("Scout, SNV with CLNSIG 5|2") << scout << qint64(18) << 3 << scoutTags;
    QTest::newRow("Scout, deletion with CLNSIG 0,0") << scout << qint64(19) << 3 << scoutTags;
    QTest::newRow("Scout, last record") << scout << qint64(679) << 3 << scoutTags;
    QTest::newRow("SnpEff ANN, plain VCF") << QString::fromLatin1(kSnpEffFusion) << qint64(50) << 1
                                           << QStringList{QStringLiteral("ANN")};
    QTest::newRow("cyvcf2, 189 samples, CSQ and ANN")
        << QString::fromLatin1(kCyvcf2) << qint64(10) << 189 << scoutTags;
    QTest::newRow("cyvcf2 BCF, SnpEff 3 EFF") << QString::fromLatin1(kCyvcf2SnpEffBcf) << qint64(5)
                                              << 4 << QStringList{QStringLiteral("EFF")};
    QTest::newRow("1000 Genomes, 2504 samples")
        << QString::fromLatin1(k1000Genomes) << qint64(6000) << 2504 << QStringList();
}

void TestVariantRecordDetail::realRecords()
{
    QFETCH(QString, file);
    QFETCH(qint64, ordinal);
    QFETCH(int, samples);
    QFETCH(QStringList, tags);
    if (test::sharedData().isEmpty())
        QSKIP(qPrintable(test::sharedDataMissingMessage()));
    if (!m_bcftoolsSkip.isEmpty())
        QSKIP(qPrintable(m_bcftoolsSkip));
    const QString path = genomics(file);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    bool ok = false;
    const Detail d = loadOrFail(path, ordinal, &ok);
    QVERIFY(ok);
    QCOMPARE(d.ordinal, ordinal);
    QCOMPARE(d.sampleCount(), samples);

    const bool hasAnn =
        std::any_of(d.transcripts.begin(), d.transcripts.end(),
                    [](const Detail::TranscriptTable& t) { return t.tag == QLatin1String("ANN"); });
    QByteArray line;
    const QString copy = oneRecordCopy(path, ordinal, hasAnn, &line);
    QVERIFY2(!copy.isEmpty(), "cannot copy the record for bcftools");

    // The site, against the record's text line.
    const QList<QByteArray> columns = line.split('\t');
    QVERIFY(columns.size() >= 8);
    QCOMPARE(d.chrom, QString::fromUtf8(columns[0]));
    QCOMPARE(QByteArray::number(d.pos), columns[1]);
    QCOMPARE(d.id, QString::fromUtf8(columns[2]));
    QCOMPARE(d.ref, QString::fromUtf8(columns[3]));
    QCOMPARE(d.alts.join(QLatin1Char(',')), QString::fromUtf8(columns[4]));
    QCOMPARE(d.filter, QString::fromUtf8(columns[6]));

    // Every INFO value, against `bcftools query -f '%INFO/KEY'` (a set Flag prints 1). Keys
    // bcftools' format parser cannot name ("GERP++_RS_prediction_term") are left out.
    QStringList keys, expectedValues;
    static const QRegularExpression queryable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    QStringList format;
    for (const Detail::InfoField& f : d.info) {
        if (!queryable.match(f.definition.key).hasMatch())
            continue;
        keys << f.definition.key;
        format << QStringLiteral("%INFO/") + f.definition.key;
        expectedValues << (f.isFlag ? QStringLiteral("1") : f.value);
    }
    QVERIFY(!d.info.empty());
    const int infoInLine = int(columns[7].split(';').size());
    QCOMPARE(int(d.info.size()), columns[7] == "." ? 0 : infoInLine);
    const test::ToolResult info =
        bcftools({QStringLiteral("query"), QStringLiteral("-f"),
                  format.join(QLatin1Char('\t')) + QStringLiteral("\n"), copy});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    const QStringList bcftoolsValues = lines(info.out).value(0).split(QLatin1Char('\t'));
    QCOMPARE(bcftoolsValues.size(), keys.size());
    for (int i = 0; i < keys.size(); ++i)
        QVERIFY2(bcftoolsValues[i] == expectedValues[i],
                 qPrintable(
                     QStringLiteral("INFO/%1: Steward %2, bcftools %3")
                         .arg(keys[i], expectedValues[i].left(200), bcftoolsValues[i].left(200))));
    for (const Detail::InfoField& f : d.info)
        QVERIFY2(!f.definition.type.isEmpty() && !f.definition.number.isEmpty(),
                 qPrintable(f.definition.key));

    // Every sample's FORMAT values, against `bcftools query -f '[%SAMPLE\t%GT\t...\n]'`.
    QStringList sampleFormat{QStringLiteral("%SAMPLE")};
    for (const Detail::FieldDefinition& f : d.format)
        sampleFormat << QLatin1Char('%') + f.key;
    QCOMPARE(d.samples.columnCount(), int(d.format.size()) + 1);
    const test::ToolResult perSample = bcftools(
        {QStringLiteral("query"), QStringLiteral("-f"),
         QLatin1Char('[') + sampleFormat.join(QLatin1Char('\t')) + QStringLiteral("\n]"), copy});
    QVERIFY2(perSample.exitCode == 0, perSample.err.constData());
    const QStringList expectedSamples = lines(perSample.out);
    QCOMPARE(expectedSamples.size(), samples);
    for (int s = 0; s < samples; ++s)
        QVERIFY2(sampleLine(d, s) == expectedSamples[s],
                 qPrintable(QStringLiteral("sample %1:\n  Steward:  %2\n  bcftools: %3")
                                .arg(s)
                                .arg(sampleLine(d, s).left(400), expectedSamples[s].left(400))));

    // Every transcript of each tag, against `bcftools +split-vep -d` (SnpEff 3's EFF has no
    // such reference; its count is checked against the entries in the line).
    QStringList foundTags;
    for (const Detail::TranscriptTable& t : d.transcripts)
        foundTags << t.tag;
    QCOMPARE(foundTags, tags);
    for (const Detail::TranscriptTable& t : d.transcripts) {
        QCOMPARE(t.cells.rowCount(), int(t.rows.size()));
        QCOMPARE(t.cells.columnCount(), int(t.fields.size()));
        if (t.tag == QLatin1String("EFF")) {
            const QString eff = QString::fromUtf8(columns[7])
                                    .section(QStringLiteral("EFF="), 1)
                                    .section(QLatin1Char(';'), 0, 0);
            QCOMPARE(int(t.rows.size()), int(eff.count(QLatin1Char(')'))));
            continue;
        }
        const test::ToolResult split =
            bcftools({QStringLiteral("+split-vep"), QStringLiteral("-a"), t.tag,
                      QStringLiteral("-d"), QStringLiteral("-A"), QStringLiteral("tab"),
                      QStringLiteral("-f"), QLatin1Char('%') + t.tag + QStringLiteral("\n"), copy});
        QVERIFY2(split.exitCode == 0, split.err.constData());
        const QStringList expected = lines(split.out);
        QCOMPARE(int(t.rows.size()), int(expected.size()));
        for (int r = 0; r < int(expected.size()); ++r) {
            const QStringList fields = expected[r].split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), int(t.fields.size()));
            for (int c = 0; c < fields.size(); ++c) {
                const QString mine = t.cells.text(r, c);
                QVERIFY2(displayed(mine) == displayed(fields[c]),
                         qPrintable(QStringLiteral("%1 transcript %2, %3: Steward %4, bcftools %5")
                                        .arg(t.tag)
                                        .arg(r)
                                        .arg(t.fields[c], mine, fields[c])));
            }
        }
    }
    qInfo("%s #%lld: %d INFO, %d transcripts, %d samples x %d FORMAT", qPrintable(file), ordinal,
          int(d.info.size()), d.transcriptCount(), d.sampleCount(), int(d.format.size()));
}

void TestVariantRecordDetail::load2504SamplesQuickly()
{
    if (test::sharedData().isEmpty())
        QSKIP(qPrintable(test::sharedDataMissingMessage()));
    const QString path = genomics(QString::fromLatin1(k1000Genomes));
    VariantRowIndex index;
    QString error;
    QVERIFY2(VariantRowIndexBuilder::build(path, 0, nullptr, {}, &index, &error),
             qPrintable(error));
    QCOMPARE(index.records, qint64(6109));
    const qint64 ordinal = index.records - 1; // the last record: the longest skip in its block
    const int block = index.blockOf(ordinal);
    const qint64 offset = index.offsets[block];
    const qint64 first = qint64(block) * index.stride;

    qint64 best = std::numeric_limits<qint64>::max();
    Detail d;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(Detail::load(path, ordinal, &d, &error, offset, first), qPrintable(error));
        best = std::min(best, timer.nsecsElapsed());
    }
    QCOMPARE(d.sampleCount(), 2504);
    QCOMPARE(d.samples.text(0, 0), QStringLiteral("HG00096"));
    QCOMPARE(d.samples.text(2503, 0), QStringLiteral("NA21144"));
    QCOMPARE(d.format.size(), size_t(1));
    QCOMPARE(d.format[0].key, QStringLiteral("GT"));
    // One buffer: names and "0|0" genotypes, nothing per sample beyond their text.
    QVERIFY2(d.samples.byteSize() < 2504 * 16, qPrintable(QString::number(d.samples.byteSize())));

    // The same record read from the start: same content, and a number to compare with.
    Detail fromStart;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(Detail::load(path, ordinal, &fromStart, &error), qPrintable(error));
    const qint64 startNs = timer.nsecsElapsed();
    QCOMPARE(fromStart.pos, d.pos);
    QCOMPARE(sampleLine(fromStart, 1234), sampleLine(d, 1234));

    qInfo("2,504-sample record %lld: %.1f ms from the row index, %.1f ms from the file's start",
          ordinal, best / 1e6, startNs / 1e6);
    QVERIFY2(best < 100'000'000, qPrintable(QStringLiteral("%1 ms").arg(best / 1e6)));
}

void TestVariantRecordDetail::handMadeRecord()
{
    const QString path = m_dir.filePath(QStringLiteral("handmade.vcf"));
    QVERIFY(test::writeText(path, kHandMade));
    Detail d;
    QString error;
    QVERIFY2(Detail::load(path, 1, &d, &error), qPrintable(error));

    QCOMPARE(d.path, path);
    QCOMPARE(d.chrom, QStringLiteral("chr13"));
    QCOMPARE(d.pos, qint64(200));
    QCOMPARE(d.id, QStringLiteral("rs2;rs3"));
    QCOMPARE(d.ref, QStringLiteral("C"));
    QCOMPARE(d.alts, (QStringList{QStringLiteral("T"), QStringLiteral("CA")}));
    QCOMPARE(d.locus(), QStringLiteral("chr13:200 C>T,CA"));
    QVERIFY(std::isnan(d.qual));
    QCOMPARE(d.qualText, QStringLiteral("."));
    QCOMPARE(d.filter, QStringLiteral("LowQual;q10"));
    QVERIFY(d.warning.isEmpty());

    // INFO in the record's order, values as written, definitions from the header.
    QStringList keys;
    for (const Detail::InfoField& f : d.info)
        keys << f.definition.key;
    QCOMPARE(keys, (QStringList{"DP", "AF", "DB", "NOTE", "CSQ", "CLNSIG", "CLNREVSTAT", "CLNDN"}));
    QCOMPARE(d.info[0].value, QStringLiteral("12"));
    QCOMPARE(d.info[0].definition.type, QStringLiteral("Integer"));
    QCOMPARE(d.info[1].value, QStringLiteral("0.25,0.5"));
    QCOMPARE(d.info[1].definition.number, QStringLiteral("A"));
    QCOMPARE(d.info[1].definition.description,
             QStringLiteral("Allele frequency, for each ALT allele"));
    QVERIFY(d.info[2].isFlag);
    QVERIFY(d.info[2].value.isEmpty());
    QCOMPARE(d.info[2].definition.number, QStringLiteral("0"));
    QCOMPARE(d.info[3].value, QStringLiteral("two words"));
    QCOMPARE(d.info[3].definition.description, QStringLiteral("A \"quoted\" note"));
    QVERIFY(d.info[4].isAnnotation);
    QVERIFY(!d.info[3].isAnnotation);
    QVERIFY(d.info[4].value.startsWith(QStringLiteral("T|intron_variant|MODIFIER|BRCA2")));
    QCOMPARE(d.info[6].value,
             QStringLiteral("criteria_provided,_multiple_submitters,_no_conflicts"));

    // Transcripts: file order; escapes undone; canonical and allele known per row.
    QCOMPARE(int(d.transcripts.size()), 1);
    const Detail::TranscriptTable& csq = d.transcripts[0];
    QCOMPARE(csq.tag, QStringLiteral("CSQ"));
    QCOMPARE(csq.fields, (QStringList{"Allele", "Consequence", "IMPACT", "SYMBOL", "Feature",
                                      "CANONICAL", "HGVSc", "HGVSp"}));
    QCOMPARE(csq.consequenceColumn, 1);
    QCOMPARE(csq.impactColumn, 2);
    QCOMPARE(csq.cells.rowCount(), 3);
    QCOMPARE(csq.cells.text(0, 4), QStringLiteral("ENST1"));
    QCOMPARE(csq.cells.text(0, 7), QString());
    QCOMPARE(csq.cells.text(1, 1), QStringLiteral("frameshift_variant, splice_region_variant"));
    QCOMPARE(csq.cells.text(2, 7), QStringLiteral("ENSP3:p.Ala4Val;X"));
    QCOMPARE(csq.rows[0].allele, 1);
    QCOMPARE(csq.rows[1].allele, 2);
    QCOMPARE(csq.rows[2].allele, 1);
    QVERIFY(!csq.rows[0].canonical);
    QVERIFY(csq.rows[1].canonical);
    QCOMPARE(csq.rows[1].worstConsequence, QStringLiteral("frameshift_variant"));
    QCOMPARE(csq.rows[1].impact, Consequence::Impact::High);
    QVERIFY(csq.rows[1].rank < csq.rows[2].rank);
    QVERIFY(csq.rows[2].rank < csq.rows[0].rank);
    QCOMPARE(d.transcriptCount(), 3);

    // The summary: the most severe transcript over both alleles.
    QCOMPARE(d.gene, QStringLiteral("BRCA2"));
    QCOMPARE(d.genes, QStringList{QStringLiteral("BRCA2")});
    QCOMPARE(d.worstConsequence, QStringLiteral("frameshift_variant"));
    QCOMPARE(d.impact, Consequence::Impact::High);
    QCOMPARE(d.hgvsc, QStringLiteral("c.11dup"));
    QCOMPARE(d.hgvsp, QStringLiteral("p.Leu4fs"));

    // ClinVar in words: two stars for multiple submitters without conflicts.
    QVERIFY(d.clinVar.isPresent());
    QCOMPARE(d.clinVar.significanceText(), QStringLiteral("Pathogenic"));
    QCOMPARE(d.clinVar.stars(), 2);
    QCOMPARE(d.clinVar.conditionText(), QStringLiteral("Hereditary breast cancer"));

    // Samples: FORMAT keys as columns; missing values '.', also those dropped at the end of
    // S3's column ("./.:0,0,0:0" has no GL).
    QCOMPARE(d.format.size(), size_t(4));
    QCOMPARE(d.format[1].key, QStringLiteral("AD"));
    QCOMPARE(d.format[1].number, QStringLiteral("R"));
    QCOMPARE(d.format[3].description, QStringLiteral("Genotype likelihoods"));
    QCOMPARE(d.formatColumn(QStringLiteral("GT")), 1);
    QCOMPARE(d.formatColumn(QStringLiteral("GL")), 4);
    QCOMPARE(d.formatColumn(QStringLiteral("PL")), -1);
    QCOMPARE(d.sampleCount(), 3);
    QCOMPARE(sampleLine(d, 0), QStringLiteral("S1\t0|1\t5,3,2\t10\t-1.5,-0.5,-3,-2,-4,-6"));
    QCOMPARE(sampleLine(d, 1), QStringLiteral("S2\t1/2\t.\t.\t."));
    QCOMPARE(sampleLine(d, 2), QStringLiteral("S3\t./.\t0,0,0\t0\t."));

    // Haploid calls and a VEP '=' escape.
    Detail third;
    QVERIFY2(Detail::load(path, 2, &third, &error), qPrintable(error));
    QCOMPARE(third.qualText, QStringLiteral("30"));
    QCOMPARE(sampleLine(third, 0), QStringLiteral("S1\t1"));
    QCOMPARE(sampleLine(third, 1), QStringLiteral("S2\t0"));
    QCOMPARE(sampleLine(third, 2), QStringLiteral("S3\t."));
    QVERIFY(third.transcripts.empty());
    QVERIFY(!third.clinVar.isPresent());
    Detail first;
    QVERIFY2(Detail::load(path, 0, &first, &error), qPrintable(error));
    QCOMPARE(first.transcripts.at(0).cells.text(0, 7), QStringLiteral("T1:p.="));
    QCOMPARE(first.hgvsp, QStringLiteral("p.="));
}

void TestVariantRecordDetail::sameRecordFromEveryEncoding()
{
    const QString plain = m_dir.filePath(QStringLiteral("enc/plain.vcf"));
    const QString bgzf = m_dir.filePath(QStringLiteral("enc/bgzf.vcf.gz"));
    const QString gzip = m_dir.filePath(QStringLiteral("enc/gzip.vcf.gz"));
    const QString bcf = m_dir.filePath(QStringLiteral("enc/records.bcf"));
    QVERIFY(test::writeText(plain, kHandMade));
    QVERIFY(test::writeBgzf(bgzf, kHandMade));
    QVERIFY(test::convertVariants(plain, bcf, "wb"));
    const bool haveGzip = test::writeGzip(gzip, kHandMade);

    const auto summary = [](const Detail& d) {
        QStringList parts{d.locus(), d.id, d.qualText, d.filter};
        for (const Detail::InfoField& f : d.info)
            parts << f.definition.key + QLatin1Char('=') + f.value;
        for (int s = 0; s < d.sampleCount(); ++s)
            parts << sampleLine(d, s);
        parts << QString::number(d.transcriptCount()) << d.worstConsequence
              << d.clinVar.significanceText();
        return parts.join(QLatin1Char('|'));
    };
    QStringList files{plain, bgzf, bcf};
    if (haveGzip)
        files << gzip;
    else
        qWarning("gzip is not installed: the plain-gzip case is left out");
    for (qint64 ordinal : {qint64(0), qint64(1), qint64(2)}) {
        QString expected;
        for (const QString& file : files) {
            Detail d;
            QString error;
            QVERIFY2(Detail::load(file, ordinal, &d, &error), qPrintable(error));
            if (expected.isEmpty())
                expected = summary(d);
            else
                QCOMPARE(summary(d), expected);
        }
    }
}

void TestVariantRecordDetail::seeksWithTheRowIndex()
{
    // 2,000 records: POS = 100 + 10 * ordinal.
    const QString path = m_dir.filePath(QStringLiteral("seek/many.vcf.gz"));
    QVERIFY(test::writeBgzf(path, test::smallVcf(2000, 3)));
    const QString bcf = m_dir.filePath(QStringLiteral("seek/many.bcf"));
    QVERIFY(test::convertVariants(path, bcf, "wb"));
    for (const QString& file : {path, bcf}) {
        VariantRowIndex index;
        QString error;
        QVERIFY2(VariantRowIndexBuilder::build(file, 0, nullptr, {}, &index, &error),
                 qPrintable(error));
        QCOMPARE(index.records, qint64(2000));
        for (qint64 ordinal : {qint64(0), qint64(255), qint64(256), qint64(1500), qint64(1999)}) {
            const int block = index.blockOf(ordinal);
            Detail d;
            QVERIFY2(Detail::load(file, ordinal, &d, &error, index.offsets[block],
                                  qint64(block) * index.stride),
                     qPrintable(error));
            QCOMPARE(d.pos, 100 + 10 * ordinal);
            QCOMPARE(d.ordinal, ordinal);
            QCOMPARE(d.sampleCount(), 3);
        }
        // A block after the record cannot help: it reads from the start instead.
        Detail d;
        QVERIFY2(Detail::load(file, 10, &d, &error, index.offsets[3], 3 * index.stride),
                 qPrintable(error));
        QCOMPARE(d.pos, qint64(200));
    }
}

void TestVariantRecordDetail::recordWithoutSamplesOrAnnotations()
{
    const QString path = m_dir.filePath(QStringLiteral("sites.vcf"));
    QVERIFY(test::writeText(path, "##fileformat=VCFv4.2\n##contig=<ID=1>\n"
                                  "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                                  "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                                  "1\t5\t.\tA\t.\t1.5\t.\t.\n"));
    Detail d;
    QString error;
    QVERIFY2(Detail::load(path, 0, &d, &error), qPrintable(error));
    QCOMPARE(d.locus(), QStringLiteral("1:5 A>."));
    QCOMPARE(d.qualText, QStringLiteral("1.5"));
    QCOMPARE(d.filter, QStringLiteral("."));
    QVERIFY(d.info.empty());
    QVERIFY(d.transcripts.empty());
    QVERIFY(d.format.empty());
    QCOMPARE(d.sampleCount(), 0);
    QVERIFY(d.gene.isEmpty());
    QVERIFY(!d.clinVar.isPresent());
}

void TestVariantRecordDetail::errorsSayWhatWentWrong()
{
    const QString path = m_dir.filePath(QStringLiteral("errors.vcf"));
    QVERIFY(test::writeText(path, kHandMade));
    Detail d;
    QString error;

    QVERIFY(!Detail::load(path, 3, &d, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("has 3 records")) &&
                 error.contains(QStringLiteral("record 4")),
             qPrintable(error));

    QVERIFY(!Detail::load(path, -1, &d, &error));
    QVERIFY2(error.contains(QStringLiteral("-1")), qPrintable(error));

    const QString missing = m_dir.filePath(QStringLiteral("no-such.vcf"));
    QVERIFY(!Detail::load(missing, 0, &d, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));

    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(test::writeText(text, "just some notes\n"));
    QVERIFY(!Detail::load(text, 0, &d, &error));
    QVERIFY2(error.contains(text), qPrintable(error));

    // A damaged record is an error that names it, not a crash or a wrong record.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.vcf"));
    QVERIFY(test::writeText(damaged, "##fileformat=VCFv4.2\n##contig=<ID=1>\n"
                                     "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                                     "1\t5\t.\tA\tG\t.\t.\t.\n"
                                     "1\tnot-a-number\n"));
    QVERIFY(Detail::load(damaged, 0, &d, &error));
    QVERIFY(d.warning.isEmpty());
    // htslib 1.16 reads the truncated line without an error code; it must not pass as valid.
    if (!Detail::load(damaged, 1, &d, &error))
        QVERIFY2(error.contains(QStringLiteral("Record 2")), qPrintable(error));
    else
        QVERIFY2(d.warning.contains(QStringLiteral("damaged")), qPrintable(d.warning));
}

void TestVariantRecordDetail::cancelStopsTheRead()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.vcf.gz"));
    QVERIFY(test::writeBgzf(path, test::smallVcf(5000, 2)));
    std::atomic_bool cancel{true};
    Detail d;
    QString error;
    QVERIFY(!Detail::load(path, 4000, &d, &error, -1, -1, &cancel));
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    cancel = false;
    QVERIFY2(Detail::load(path, 4000, &d, &error, -1, -1, &cancel), qPrintable(error));
    QCOMPARE(d.pos, qint64(100 + 10 * 4000));
}

QTEST_GUILESS_MAIN(TestVariantRecordDetail)
#include "test_VariantRecordDetail.moc"
