// Steward's annotation decoding against bcftools itself, on real annotated files read in
// place from the shared data folder:
//  - every transcript entry of VEP CSQ and SnpEff ANN, field by field, against
//    `bcftools +split-vep -d -A tab` (one line per transcript, all sub-fields);
//  - the gene, feature, consequence, impact and HGVS accessors against the named columns
//    of +split-vep, decoded with VEP's documented escapes;
//  - the worst consequence of each record against `+split-vep -s worst` given the same
//    severity order (Ensembl's, from Steward's table; the order itself is checked by hand in
//    the unit test);
//  - the allele strings VEP writes, against ALLELE_NUM;
//  - CLNSIG/CLNREVSTAT and their normalised words and stars against `bcftools query`;
//  - per-sample GT, DP, AD, GQ and the allele fraction against `bcftools query`.
// It also measures the decoding cost per record.

#include <cmath>
#include <memory>
#include <vector>

#include <htslib/bgzf.h>
#include <htslib/kstring.h>
#include <htslib/vcf.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include "models/formats/HtsHandles.h"
#include "models/variants/AnnotationSchema.h"
#include "models/variants/ClinVarAnnotation.h"
#include "models/variants/Consequence.h"
#include "models/variants/SampleGenotype.h"
#include "models/variants/VariantAnnotation.h"
#include "tests/common/TestData.h"

using namespace steward;

namespace {

const char* const kSplitVep = "samtools_bcftools/test/split-vep.vcf";
const char* const kScout = "Clinical-Genomics_scout/scout/demo/643594.clinical.vcf.gz";
const char* const kSnpEffExample =
    "pcingola_SnpEff/examples/test.chr22.ann.filter_missense_any.vcf";
const char* const kSnpEffFusion = "pcingola_SnpEff/tests/old/EML4-ALK_fusion.vcf";
const char* const kCyvcf2 = "brentp_cyvcf2/cyvcf2/tests/test.vcf.gz";
const char* const kIgvJs = "igvteam_igv.js/test/data/tabix/csi-test.vcf.gz";
const char* const kClinVarTestset =
    "Ensembl_ensembl-vep/nextflow/examples/clinvar-testset/input.vcf.gz";
const char* const kSnpEffClinVar = "pcingola_SnpEff/tests/integration/test_clinvar.vcf.gz";

QString genomics(const char* relative)
{
    return test::sharedData(QStringLiteral("genomics/") + QLatin1String(relative));
}

/** The lines of a text file, plain or compressed. */
QList<QByteArray> readLines(const QString& path)
{
    QList<QByteArray> lines;
    BgzfPtr fp(bgzf_open(QFile::encodeName(path).constData(), "r"));
    if (!fp)
        return lines;
    kstring_t s = KS_INITIALIZE;
    while (bgzf_getline(fp.get(), '\n', &s) >= 0)
        lines << QByteArray(s.s, qsizetype(s.l));
    ks_free(&s);
    return lines;
}

/** An open VCF with its header. */
struct VcfFile
{
    HtsFilePtr fp;
    BcfHeaderPtr header;
};

VcfFile openVcf(const QString& path)
{
    VcfFile f;
    f.fp.reset(hts_open(QFile::encodeName(path).constData(), "r"));
    if (f.fp)
        f.header.reset(bcf_hdr_read(f.fp.get()));
    return f;
}

std::vector<BcfRecordPtr> readRecords(VcfFile* f)
{
    std::vector<BcfRecordPtr> records;
    for (;;) {
        BcfRecordPtr rec(bcf_init());
        if (bcf_read(f->fp.get(), f->header.get(), rec.get()) != 0)
            break;
        records.push_back(std::move(rec));
    }
    return records;
}

QByteArray site(const bcf_hdr_t* header, bcf1_t* rec)
{
    bcf_unpack(rec, BCF_UN_STR);
    QByteArray alts;
    for (int i = 1; i < int(rec->n_allele); ++i)
        alts += (i > 1 ? "," : "") + QByteArray(rec->d.allele[i]);
    return QByteArray(bcf_seqname(header, rec)) + '\t' + QByteArray::number(qint64(rec->pos) + 1) +
           '\t' + QByteArray(rec->n_allele ? rec->d.allele[0] : ".") + '\t' +
           (alts.isEmpty() ? QByteArray(".") : alts);
}

QByteArray orDot(std::string_view v)
{
    return v.empty() ? QByteArray(".") : QByteArray(v.data(), qsizetype(v.size()));
}

QByteArray orDot(const QString& v)
{
    return v.isEmpty() ? QByteArray(".") : v.toUtf8();
}

/** VEP's documented escapes undone, as a reader of the VCF would: '&' joins values. */
QString vepDecoded(const QString& raw)
{
    QString t = raw == QLatin1String(".") ? QString() : raw;
    t.replace(QLatin1String("&"), QLatin1String(", "));
    t.replace(QLatin1String("%3B"), QLatin1String(";"));
    t.replace(QLatin1String("%3D"), QLatin1String("="));
    t.replace(QLatin1String("%2C"), QLatin1String(","));
    return t;
}

QStringList lines(const QByteArray& output)
{
    QStringList list = QString::fromUtf8(output).split(QLatin1Char('\n'));
    while (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}

/** The first differing line of two lists, for a readable failure. */
QString firstDifference(const QStringList& steward, const QStringList& bcftools)
{
    for (int i = 0; i < std::max(steward.size(), bcftools.size()); ++i)
        if (steward.value(i) != bcftools.value(i))
            return QStringLiteral("line %1 of %2/%3:\n  Steward:  %4\n  bcftools: %5")
                .arg(i + 1)
                .arg(steward.size())
                .arg(bcftools.size())
                .arg(steward.value(i).left(600), bcftools.value(i).left(600));
    return QString();
}

} // namespace

class TestAnnotationCrosscheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_skip; // why bcftools comparisons cannot run, empty when they can
    int m_copies = 0;

    test::ToolResult bcftools(const QStringList& args)
    {
        return test::runTool(QStringLiteral("bcftools"), args);
    }

    /**
     * A copy of @p path that `bcftools +split-vep -a ANN` 1.16 can read: it wants "Format: "
     * in the Description and a field named "Consequence", while SnpEff writes
     * "Functional annotations: 'Allele | Annotation | ...'"; the plugin also needs every
     * contig declared and, like htslib, a ##fileformat line. Records are unchanged.
     */
    QString splitVepReadable(const QString& path, bool rewriteAnn)
    {
        const QList<QByteArray> in = readLines(path);
        QList<QByteArray> header, body;
        QSet<QByteArray> declared;
        QList<QByteArray> contigs;
        for (const QByteArray& line : in) {
            if (line.startsWith('#')) {
                static const QRegularExpression contig(QStringLiteral("^##contig=<ID=([^,>]+)"));
                const auto m = contig.match(QString::fromUtf8(line));
                if (m.hasMatch())
                    declared.insert(m.captured(1).toUtf8());
                header << line;
            } else if (!line.isEmpty()) {
                const QByteArray chrom = line.left(line.indexOf('\t'));
                if (!contigs.contains(chrom))
                    contigs << chrom;
                body << line;
            }
        }
        QList<QByteArray> out;
        if (header.isEmpty() || !header.first().startsWith("##fileformat="))
            out << "##fileformat=VCFv4.1";
        for (const QByteArray& line : header) {
            if (line.startsWith("#CHROM"))
                for (const QByteArray& c : contigs)
                    if (!declared.contains(c))
                        out << "##contig=<ID=" + c + ">";
            if (rewriteAnn && line.startsWith("##INFO=<ID=ANN,")) {
                static const QRegularExpression list(
                    QStringLiteral("Description=\"Functional annotations:\\s*'([^']*)'\\s*\""));
                const auto m = list.match(QString::fromUtf8(line));
                if (m.hasMatch()) {
                    QStringList names = m.captured(1).split(QLatin1Char('|'));
                    for (QString& n : names)
                        n = n.trimmed();
                    if (names.value(1) == QLatin1String("Annotation"))
                        names[1] = QStringLiteral("Consequence");
                    QString rewritten = QString::fromUtf8(line);
                    rewritten.replace(m.capturedStart(0), m.capturedLength(0),
                                      QStringLiteral("Description=\"Functional annotations. "
                                                     "Format: %1\"")
                                          .arg(names.join(QLatin1Char('|'))));
                    out << rewritten.toUtf8();
                    continue;
                }
            }
            out << line;
        }
        out << body;
        const QString copy = m_dir.filePath(QStringLiteral("copy%1.vcf").arg(m_copies++));
        return test::writeText(copy, out.join('\n') + '\n') ? copy : QString();
    }

    /** @p path, or when htslib cannot open it (no ##fileformat line) a copy it can read. */
    QString stewardReadable(const QString& path)
    {
        VcfFile f = openVcf(path);
        if (f.header)
            return path;
        return splitVepReadable(path, false);
    }

    void requireShared()
    {
        if (test::sharedData().isEmpty())
            QSKIP(qPrintable(test::sharedDataMissingMessage()));
    }

private Q_SLOTS:
    void initTestCase();
    void transcripts_data();
    void transcripts();
    void worstConsequence_data();
    void worstConsequence();
    void vepAlleles();
    void clinVar_data();
    void clinVar();
    void genotypes();
    void decodeCost();
};

void TestAnnotationCrosscheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (test::sharedData().isEmpty()) {
        m_skip = test::sharedDataMissingMessage();
        return;
    }
    if (!test::haveTool(QStringLiteral("bcftools"))) {
        m_skip = QStringLiteral("bcftools is not installed (apt-get install bcftools); the "
                                "comparisons against it cannot run");
        return;
    }
    const QStringList probe{QStringLiteral("+split-vep"), QStringLiteral("-l"),
                            genomics(kSplitVep)};
    if (bcftools(probe).exitCode != 0) {
        // Debian installs the plugins here; older setups need BCFTOOLS_PLUGINS to find them.
        qputenv("BCFTOOLS_PLUGINS", "/usr/lib/x86_64-linux-gnu/bcftools");
        if (bcftools(probe).exitCode != 0)
            m_skip = QStringLiteral("`bcftools +split-vep` is not available (bcftools 1.16 ships "
                                    "it; set BCFTOOLS_PLUGINS to the folder holding "
                                    "split-vep.so)");
    }
}

void TestAnnotationCrosscheck::transcripts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("tag");
    // +split-vep names of: gene symbol, feature, consequence, impact, HGVSc, HGVSp ("" if none)
    QTest::addColumn<QStringList>("named");
    QTest::addColumn<int>("minTranscripts");

    const QStringList vep{"SYMBOL", "Feature", "Consequence", "IMPACT", "HGVSc", "HGVSp"};
    const QStringList snpEff{"Gene_Name",         "Feature_ID", "Consequence",
                             "Annotation_Impact", "HGVS.c",     "HGVS.p"};
    QTest::newRow("VEP, bcftools split-vep.vcf")
        << QString::fromLatin1(kSplitVep) << QStringLiteral("CSQ") << vep << 2000;
    QTest::newRow("VEP, Scout clinical")
        << QString::fromLatin1(kScout) << QStringLiteral("CSQ") << vep << 4000;
    QTest::newRow("VEP without Allele, cyvcf2")
        << QString::fromLatin1(kCyvcf2) << QStringLiteral("CSQ")
        << QStringList{"SYMBOL", "Feature", "Consequence", "", "", ""} << 500;
    QTest::newRow("VEP, igv.js csi-test")
        << QString::fromLatin1(kIgvJs) << QStringLiteral("CSQ")
        << QStringList{"SYMBOL", "Feature", "Consequence", "", "", ""} << 5000;
    QTest::newRow("SnpEff ANN, Scout clinical")
        << QString::fromLatin1(kScout) << QStringLiteral("ANN") << snpEff << 4000;
    QTest::newRow("SnpEff ANN, SnpEff example")
        << QString::fromLatin1(kSnpEffExample) << QStringLiteral("ANN") << snpEff << 700;
    QTest::newRow("SnpEff ANN, structural variants")
        << QString::fromLatin1(kSnpEffFusion) << QStringLiteral("ANN") << snpEff << 100;
    QTest::newRow("SnpEff ANN, cyvcf2")
        << QString::fromLatin1(kCyvcf2) << QStringLiteral("ANN") << snpEff << 500;
}

void TestAnnotationCrosscheck::transcripts()
{
    QFETCH(QString, file);
    QFETCH(QString, tag);
    QFETCH(QStringList, named);
    QFETCH(int, minTranscripts);
    requireShared();
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    const QString original = genomics(file.toUtf8().constData());
    QVERIFY2(QFileInfo::exists(original), qPrintable(original));
    const bool ann = tag == QLatin1String("ANN");
    const QString stewardPath = stewardReadable(original);
    const QString bcftoolsPath = ann ? splitVepReadable(original, true) : original;
    QVERIFY(!stewardPath.isEmpty() && !bcftoolsPath.isEmpty());

    // bcftools: every sub-field of every transcript, one line each.
    const test::ToolResult all = bcftools(
        {QStringLiteral("+split-vep"), QStringLiteral("-a"), tag, QStringLiteral("-d"),
         QStringLiteral("-A"), QStringLiteral("tab"), QStringLiteral("-f"),
         QStringLiteral("%CHROM\t%POS\t%REF\t%ALT\t%") + tag + QStringLiteral("\n"), bcftoolsPath});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    const QStringList expected = lines(all.out);

    // The named columns, VEP's escapes undone as documented.
    QStringList namedFormat{QStringLiteral("%CHROM"), QStringLiteral("%POS")};
    for (const QString& n : named)
        if (!n.isEmpty())
            namedFormat << QLatin1Char('%') + n;
    const test::ToolResult columns =
        bcftools({QStringLiteral("+split-vep"), QStringLiteral("-a"), tag, QStringLiteral("-d"),
                  QStringLiteral("-f"), namedFormat.join(QLatin1Char('\t')) + QLatin1Char('\n'),
                  bcftoolsPath});
    QVERIFY2(columns.exitCode == 0, columns.err.constData());
    QStringList expectedNamed;
    const QStringList columnLines = lines(columns.out);
    for (const QString& line : columnLines) {
        QStringList f = line.split(QLatin1Char('\t'));
        for (int i = 2; i < f.size(); ++i)
            f[i] = vepDecoded(f[i]);
        expectedNamed << f.join(QLatin1Char('\t'));
    }

    // Steward.
    VcfFile f = openVcf(stewardPath);
    QVERIFY(f.header);
    QString error;
    const AnnotationSchema schema = AnnotationSchema::fromHeader(f.header.get(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    std::shared_ptr<const AnnotationSchema::Layout> layout;
    for (const auto& l : schema.layouts())
        if (l->tag == tag)
            layout = l;
    QVERIFY2(layout, qPrintable(QStringLiteral("no layout for INFO/") + tag));

    QStringList actual, actualNamed;
    int records = 0;
    for (const BcfRecordPtr& rec : readRecords(&f)) {
        ++records;
        const VariantAnnotation a = VariantAnnotation::decode(rec.get(), schema);
        const QByteArray where = site(f.header.get(), rec.get());
        for (const VariantAnnotation::Transcript* t : a.transcriptsInFileOrder()) {
            if (t->layout().tag != tag)
                continue;
            QByteArray line = where;
            for (int i = 0; i < t->fieldCount(); ++i)
                line += '\t' + orDot(t->raw(i));
            actual << QString::fromUtf8(line);

            QStringList values{QString::fromUtf8(bcf_seqname(f.header.get(), rec.get())),
                               QString::number(qint64(rec->pos) + 1)};
            const QString accessors[] = {
                t->gene(),
                t->feature(),
                t->text(layout->consequence),
                Consequence::impactKeyword(t->impact()),
                t->hgvsc(),
                t->hgvsp(),
            };
            for (int i = 0; i < named.size(); ++i)
                if (!named[i].isEmpty())
                    values << accessors[i];
            actualNamed << values.join(QLatin1Char('\t'));
        }
    }
    qInfo("%s: %d records, %d %s entries", qPrintable(file), records, int(actual.size()),
          qPrintable(tag));
    QVERIFY2(actual.size() >= minTranscripts,
             qPrintable(QStringLiteral("only %1 entries").arg(actual.size())));
    QVERIFY2(actual == expected, qPrintable(firstDifference(actual, expected)));
    QVERIFY2(actualNamed == expectedNamed, qPrintable(firstDifference(actualNamed, expectedNamed)));
}

void TestAnnotationCrosscheck::worstConsequence_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("minCompared");
    QTest::newRow("VEP, bcftools split-vep.vcf")
        << QString::fromLatin1(kSplitVep) << QStringLiteral("CSQ") << 800;
    QTest::newRow("VEP, Scout clinical")
        << QString::fromLatin1(kScout) << QStringLiteral("CSQ") << 600;
    QTest::newRow("VEP, igv.js csi-test")
        << QString::fromLatin1(kIgvJs) << QStringLiteral("CSQ") << 800;
    QTest::newRow("SnpEff ANN, Scout clinical")
        << QString::fromLatin1(kScout) << QStringLiteral("ANN") << 600;
    QTest::newRow("SnpEff ANN, SnpEff example")
        << QString::fromLatin1(kSnpEffExample) << QStringLiteral("ANN") << 15;
    QTest::newRow("SnpEff ANN, cyvcf2")
        << QString::fromLatin1(kCyvcf2) << QStringLiteral("ANN") << 100;
}

void TestAnnotationCrosscheck::worstConsequence()
{
    QFETCH(QString, file);
    QFETCH(QString, tag);
    QFETCH(int, minCompared);
    requireShared();
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    const QString original = genomics(file.toUtf8().constData());
    const bool ann = tag == QLatin1String("ANN");
    const QString stewardPath = stewardReadable(original);
    const QString bcftoolsPath = ann ? splitVepReadable(original, true) : original;

    VcfFile f = openVcf(stewardPath);
    QVERIFY(f.header);
    const AnnotationSchema schema = AnnotationSchema::fromHeader(f.header.get());
    const std::vector<BcfRecordPtr> records = readRecords(&f);

    // Every term in the file at Steward's rank. A term Ensembl does not rank (SnpEff's
    // sequence_feature) ranks by the IMPACT written beside it, which a scale of names cannot
    // say: the scale takes the rank it has most often, and records where it has another are
    // left out.
    QMap<QString, QMap<int, int>> termRanks; // lower-case term -> rank -> entries
    for (const Consequence::Term& t : Consequence::terms())
        termRanks[QString::fromLatin1(t.name).toLower()][Consequence::rank(t.name)] = 0;
    std::vector<VariantAnnotation> decoded;
    for (const BcfRecordPtr& rec : records) {
        decoded.push_back(VariantAnnotation::decode(rec.get(), schema));
        for (const VariantAnnotation::Transcript* t : decoded.back().transcriptsInFileOrder()) {
            if (t->layout().tag != tag)
                continue;
            const QStringList terms = t->values(t->layout().consequence);
            for (const QString& term : terms)
                ++termRanks[term.toLower()][Consequence::rank(term.toStdString(), t->impact())];
        }
    }
    QMap<int, QStringList> levels; // rank -> lower-case terms
    QHash<QString, int> scaleRank;
    for (auto it = termRanks.constBegin(); it != termRanks.constEnd(); ++it) {
        int best = -1, count = -1;
        for (auto r = it.value().constBegin(); r != it.value().constEnd(); ++r)
            if (r.value() > count) {
                best = r.key();
                count = r.value();
            }
        levels[best] << it.key();
        scaleRank.insert(it.key(), best);
    }
    // As a +split-vep severity scale: least severe first, one rank a line.
    QStringList scale;
    QMap<QString, int> severity;
    for (auto it = levels.constEnd(); it != levels.constBegin();) {
        --it;
        for (const QString& n : it.value())
            severity.insert(n, int(scale.size()));
        scale << it.value().join(QLatin1Char(' '));
    }
    const QString scalePath = m_dir.filePath(QStringLiteral("scale.txt"));
    QVERIFY(test::writeText(scalePath, scale.join(QLatin1Char('\n')).toUtf8() + '\n'));

    // Steward: the severity of each record's worst transcript.
    QStringList stewardLines, stewardTerms;
    QSet<QString> leftOut;
    for (size_t r = 0; r < records.size(); ++r) {
        const VariantAnnotation& a = decoded[r];
        const VariantAnnotation::Transcript* worst = nullptr;
        bool skip = false;
        for (const VariantAnnotation::Transcript* t : a.transcriptsInFileOrder()) {
            if (t->layout().tag != tag)
                continue;
            const QStringList terms = t->values(t->layout().consequence);
            for (const QString& term : terms)
                skip = skip || Consequence::rank(term.toStdString(), t->impact()) !=
                                   scaleRank.value(term.toLower());
            if (!worst || t->rank() < worst->rank())
                worst = t;
        }
        if (!worst)
            continue;
        const QString where = QString::fromUtf8(bcf_seqname(f.header.get(), records[r].get())) +
                              QLatin1Char('\t') + QString::number(qint64(records[r]->pos) + 1);
        if (skip) {
            leftOut.insert(where);
            continue;
        }
        const QString term = worst->worstConsequence().toLower();
        stewardLines << where + QLatin1Char('\t') + QString::number(severity.value(term, -1));
        stewardTerms << term;
    }

    const test::ToolResult r =
        bcftools({QStringLiteral("+split-vep"), QStringLiteral("-a"), tag, QStringLiteral("-s"),
                  QStringLiteral("worst"), QStringLiteral("-S"), scalePath, QStringLiteral("-f"),
                  QStringLiteral("%CHROM\t%POS\t%Consequence\n"), bcftoolsPath});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList bcftoolsLines, bcftoolsTerms;
    const QStringList out = lines(r.out);
    for (const QString& line : out) {
        const QStringList f3 = line.split(QLatin1Char('\t'));
        const QString where = f3.value(0) + QLatin1Char('\t') + f3.value(1);
        if (leftOut.contains(where))
            continue;
        // The most severe of its '&'-joined terms on the same scale.
        int worstLevel = -1;
        const QStringList terms = f3.value(2).toLower().split(QLatin1Char('&'));
        for (const QString& t : terms)
            worstLevel = std::max(worstLevel, severity.value(t, -1));
        bcftoolsLines << where + QLatin1Char('\t') + QString::number(worstLevel);
        bcftoolsTerms << f3.value(2);
    }
    qInfo("%s %s: %d records compared, %d left out for terms ranked by differing IMPACTs",
          qPrintable(file), qPrintable(tag), int(stewardLines.size()), int(leftOut.size()));
    QVERIFY(stewardLines.size() >= minCompared);
    QVERIFY(leftOut.size() * 10 <= stewardLines.size());
    for (int i = 0; i < std::max(stewardLines.size(), bcftoolsLines.size()); ++i)
        QVERIFY2(stewardLines.value(i) == bcftoolsLines.value(i),
                 qPrintable(QStringLiteral("%1\n  Steward:  %2 (%3)\n  bcftools: %4 (%5)")
                                .arg(i)
                                .arg(stewardLines.value(i), stewardTerms.value(i),
                                     bcftoolsLines.value(i), bcftoolsTerms.value(i))));
}

void TestAnnotationCrosscheck::vepAlleles()
{
    requireShared();
    // VEP's own output with --allele_number: the Allele it writes for ALLELE_NUM n must be
    // what Steward computes for ALT n, on every multi-allelic record of the file.
    VcfFile f = openVcf(genomics(kSplitVep));
    QVERIFY(f.header);
    const AnnotationSchema schema = AnnotationSchema::fromHeader(f.header.get());
    const auto layout = schema.layout(AnnotationSchema::Source::Vep);
    QVERIFY(layout && layout->allele >= 0 && layout->alleleNumber >= 0);
    int checked = 0, indels = 0;
    for (const BcfRecordPtr& rec : readRecords(&f)) {
        if (rec->n_allele < 3)
            continue;
        const QStringList forms = VariantAnnotation::vepAlleles(rec.get());
        const VariantAnnotation a = VariantAnnotation::decode(rec.get(), schema);
        bool indel = false;
        for (const VariantAnnotation::Transcript* t : a.transcriptsInFileOrder()) {
            const int n = QByteArray(orDot(t->raw(layout->alleleNumber))).toInt();
            QVERIFY(n >= 1 && n <= forms.size());
            QCOMPARE(t->allele(), n);
            QCOMPARE(QString::fromUtf8(orDot(t->raw(layout->allele))), forms[n - 1]);
            indel = indel || forms[n - 1] != a.allele(n)->alt;
            ++checked;
        }
        indels += indel;
    }
    qInfo("%d entries of multi-allelic records checked, %d records with VEP-trimmed alleles",
          checked, indels);
    QVERIFY(checked >= 80);
    QVERIFY(indels >= 5);
}

void TestAnnotationCrosscheck::clinVar_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minAnnotated");
    QTest::newRow("ClinVar 2021 (ensembl-vep testset)")
        << QString::fromLatin1(kClinVarTestset) << 50;
    QTest::newRow("ClinVar 2015 numeric codes (Scout)") << QString::fromLatin1(kScout) << 20;
    QTest::newRow("SnpEff test_clinvar") << QString::fromLatin1(kSnpEffClinVar) << 1;
}

void TestAnnotationCrosscheck::clinVar()
{
    QFETCH(QString, file);
    QFETCH(int, minAnnotated);
    requireShared();
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    const QString path = genomics(file.toUtf8().constData());
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const test::ToolResult r = bcftools(
        {QStringLiteral("query"), QStringLiteral("-f"),
         QStringLiteral("%CHROM\t%POS\t%REF\t%ALT\t%INFO/CLNSIG\t%INFO/CLNREVSTAT\n"), path});
    if (r.exitCode != 0) {
        // Steward must not crash on it either; it reports what htslib said.
        VcfFile f = openVcf(path);
        QVERIFY(!f.header);
        QSKIP(qPrintable(QStringLiteral("bcftools cannot read %1 (%2): nothing to compare")
                             .arg(file, QString::fromUtf8(r.err).trimmed())));
    }
    const QStringList expected = lines(r.out);

    // The header's own legends for old numeric CLNSIG codes.
    const test::ToolResult h = bcftools({QStringLiteral("view"), QStringLiteral("-h"), path});
    QHash<QString, QString> legend;
    static const QRegularExpression clnsigLine(
        QStringLiteral("##INFO=<ID=CLNSIG,.*Description=\"([^\"]*)\""));
    const auto m = clnsigLine.match(QString::fromUtf8(h.out));
    static const QRegularExpression codePair(QStringLiteral("(\\d+) - ([^,]+)"));
    if (m.hasMatch()) {
        auto it = codePair.globalMatch(m.captured(1));
        while (it.hasNext()) {
            const auto p = it.next();
            legend.insert(p.captured(1), p.captured(2).trimmed());
        }
    }
    // Review status -> stars, as ClinVar documents them (and the old abbreviations, as
    // Scout's header explains them).
    const QHash<QString, int> stars = {
        {"practice_guideline", 4},
        {"reviewed_by_expert_panel", 3},
        {"criteria_provided,_multiple_submitters,_no_conflicts", 2},
        {"criteria_provided,_single_submitter", 1},
        {"criteria_provided,_conflicting_interpretations", 1},
        {"no_assertion_criteria_provided", 0},
        {"no_assertion_provided", 0},
        {"guideline", 4},
        {"exp", 3},
        {"mult", 2},
        {"single", 1},
        {"conf", 1},
        {"no_criteria", 0},
        {"no_assertion", 0},
    };

    VcfFile f = openVcf(path);
    QVERIFY(f.header);
    const AnnotationSchema schema = AnnotationSchema::fromHeader(f.header.get());
    QStringList actual;
    int annotated = 0, index = 0;
    for (const BcfRecordPtr& rec : readRecords(&f)) {
        const ClinVarAnnotation c = ClinVarAnnotation::decode(rec.get(), schema);
        actual << QString::fromUtf8(site(f.header.get(), rec.get()) + '\t' +
                                    orDot(c.rawSignificance()) + '\t' + orDot(c.rawReviewStatus()));
        const QStringList b = expected.value(index++).split(QLatin1Char('\t'));
        const QString clnsig = b.value(4), revstat = b.value(5);
        if (clnsig == QLatin1String("."))
            continue;
        ++annotated;
        // The words: '_' as spaces, numbers through the header's legend, each term once.
        QStringList words;
        const QStringList terms = clnsig.split(QRegularExpression(QStringLiteral("[|]|,(?!_)")));
        for (const QString& t : terms) {
            QString w = legend.value(t, t);
            w.replace(QLatin1Char('_'), QLatin1Char(' '));
            if (!words.contains(w))
                words << w;
        }
        QCOMPARE(c.significances(), words);
        int best = -1;
        const QStringList statuses =
            stars.contains(revstat)
                ? QStringList{revstat}
                : revstat.split(QRegularExpression(QStringLiteral("[|]|,(?!_)")));
        for (const QString& s : statuses)
            best = std::max(best, stars.value(s, -1));
        QCOMPARE(c.stars(), best);
    }
    qInfo("%s: %d records, %d with CLNSIG", qPrintable(file), int(actual.size()), annotated);
    QVERIFY(annotated >= minAnnotated);
    QVERIFY2(actual == expected, qPrintable(firstDifference(actual, expected)));
}

void TestAnnotationCrosscheck::genotypes()
{
    requireShared();
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    const QString path = genomics(kScout);
    const test::ToolResult r =
        bcftools({QStringLiteral("query"), QStringLiteral("-f"),
                  QStringLiteral("%CHROM\t%POS[\t%GT\t%DP\t%AD\t%GQ]\n"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList expected = lines(r.out);

    VcfFile f = openVcf(path);
    QVERIFY(f.header);
    const int samples = bcf_hdr_nsamples(f.header.get());
    QCOMPARE(samples, 3);
    QStringList actual;
    int fractions = 0, index = 0;
    for (const BcfRecordPtr& rec : readRecords(&f)) {
        QStringList line{QString::fromUtf8(bcf_seqname(f.header.get(), rec.get())),
                         QString::number(qint64(rec->pos) + 1)};
        const QStringList b = expected.value(index++).split(QLatin1Char('\t'));
        for (int s = 0; s < samples; ++s) {
            const SampleGenotype g = SampleGenotype::read(f.header.get(), rec.get(), s);
            QStringList ad;
            for (int d : g.alleleDepths())
                ad << (d < 0 ? QStringLiteral(".") : QString::number(d));
            line << (g.text().isEmpty() ? QStringLiteral(".") : g.text())
                 << (g.depth() < 0 ? QStringLiteral(".") : QString::number(g.depth()))
                 << (ad.isEmpty() ? QStringLiteral(".") : ad.join(QLatin1Char(',')))
                 << (g.quality() < 0 ? QStringLiteral(".") : QString::number(g.quality()));
            // The fraction from bcftools' AD: ALT reads over all reads.
            const QStringList depths = b.value(2 + 4 * s + 2).split(QLatin1Char(','));
            double total = 0, alt = 0;
            bool known = depths.size() >= 2;
            for (int i = 0; i < depths.size() && known; ++i) {
                bool ok = false;
                const double d = depths[i].toDouble(&ok);
                known = ok;
                total += d;
                alt += i > 0 ? d : 0;
            }
            if (known && total > 0) {
                QCOMPARE(g.alleleFraction(), alt / total);
                ++fractions;
            } else {
                QVERIFY(std::isnan(g.alleleFraction()));
            }
        }
        actual << line.join(QLatin1Char('\t'));
    }
    qInfo("%d records x %d samples, %d allele fractions compared", int(actual.size()), samples,
          fractions);
    QVERIFY(fractions >= 1000);
    QVERIFY2(actual == expected, qPrintable(firstDifference(actual, expected)));
}

void TestAnnotationCrosscheck::decodeCost()
{
    requireShared();
    // What a virtual table pays per visible row: decode() of a record already read.
    for (const char* file : {kSplitVep, kScout}) {
        VcfFile f = openVcf(genomics(file));
        QVERIFY(f.header);
        const AnnotationSchema schema = AnnotationSchema::fromHeader(f.header.get());
        const std::vector<BcfRecordPtr> records = readRecords(&f);
        QVERIFY(!records.empty());
        int transcripts = 0;
        for (const BcfRecordPtr& rec : records)
            transcripts +=
                int(VariantAnnotation::decode(rec.get(), schema).transcriptsInFileOrder().size());
        QElapsedTimer timer;
        timer.start();
        qint64 decoded = 0;
        while (timer.elapsed() < 300) {
            for (const BcfRecordPtr& rec : records) {
                const VariantAnnotation a = VariantAnnotation::decode(rec.get(), schema);
                // What the table shows: the worst transcript's cells and ClinVar's.
                if (const VariantAnnotation::Transcript* w = a.worst()) {
                    (void)w->gene();
                    (void)w->hgvscShort();
                    (void)w->hgvspShort();
                    (void)w->worstConsequence();
                }
                (void)a.clinVar().significanceText();
                ++decoded;
            }
        }
        const double perRecord = double(timer.nsecsElapsed()) / 1000.0 / double(decoded);
        qInfo("%s: %.1f us per record (%.1f transcripts per record), %.2f ms for 50 rows", file,
              perRecord, double(transcripts) / double(records.size()), perRecord * 50 / 1000.0);
        // Far above the few tens of microseconds measured, so only a real regression fails.
        QVERIFY2(perRecord < 1000.0, qPrintable(QString::number(perRecord)));
    }
}

QTEST_GUILESS_MAIN(TestAnnotationCrosscheck)
#include "test_AnnotationCrosscheck.moc"
