// VcfDeidentifier against real files and bcftools: the header-only path (body blocks copied),
// the re-encode path (fields removed, samples dropped), BCF, and every refusal.

#include <atomic>
#include <memory>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "models/deid/DeidProfile.h"
#include "models/deid/Pseudonymizer.h"
#include "models/deid/VcfDeidentifier.h"
#include <htslib/tbx.h>

#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

const QStringList kSamples{QStringLiteral("MRN0048213"), QStringLiteral("JohnSmith"),
                           QStringLiteral("1234567")};
// Strings that must not survive a safe-harbor run in the header.
const QList<QByteArray> kPlanted{
    "jdoe",       "MRN0048213", "JohnSmith",       "1234567",
    "John Smith", "intranet",   "GATKCommandLine", "bcftools_viewCommand",
    "fileDate",   "DOB"};

QByteArray plantedVcf(int records)
{
    QByteArray t = "##fileformat=VCFv4.2\n"
                   "##fileDate=20240314\n"
                   "##source=HaplotypeCaller run by jdoe\n"
                   "##reference=file:///home/jdoe/refs/GRCh38.fa\n"
                   "##contig=<ID=chr1,length=248956422,URL=http://intranet.example.org/jdoe/"
                   "chr1,assembly=GRCh38>\n"
                   "##contig=<ID=chr2,length=242193529,URL=http://intranet.example.org/jdoe/"
                   "chr2>\n"
                   "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Allele count\">\n"
                   "##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Allele number\">\n"
                   "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth, by John Smith\">\n"
                   "##INFO=<ID=NOTE,Number=1,Type=String,Description=\"Reviewer note\">\n"
                   "##FILTER=<ID=LowQual,Description=\"Low quality\">\n"
                   "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                   "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">\n"
                   "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
                   "##SAMPLE=<ID=MRN0048213,Description=\"Patient John Smith, DOB 1961-02-03\">\n"
                   "##GATKCommandLine=<ID=HaplotypeCaller,CommandLine=\"HaplotypeCaller -I "
                   "/home/jdoe/MRN0048213.bam\",Date=\"Mon Mar 14 10:00:00 2024\">\n"
                   "##GATKCommandLine=<ID=GenotypeGVCFs,CommandLine=\"GenotypeGVCFs -V "
                   "/home/jdoe/JohnSmith.g.vcf\">\n"
                   "##bcftools_viewCommand=view -s 1234567 /home/jdoe/cohort.vcf.gz; "
                   "Date=Thu Mar 14 2024\n"
                   "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tMRN0048213\tJohnSmith\t"
                   "1234567\n";
    const char* gts[] = {"0/0", "0/1", "1/1", "0|1", "./."};
    for (int i = 0; i < records; ++i) {
        const bool second = i >= records / 2;
        const int pos = 1000 + (second ? i - records / 2 : i) * 37;
        const bool multi = i % 17 == 0;
        QByteArray line = (second ? "chr2\t" : "chr1\t") + QByteArray::number(pos) + "\t.\tA\t" +
                          (multi ? "C,G" : "T") + "\t" + QByteArray::number(20 + i % 50) + "\t" +
                          (i % 11 == 0 ? "LowQual" : "PASS") + "\t";
        line += multi ? "AC=2,1;AN=6" : "AC=" + QByteArray::number(i % 5) + ";AN=6";
        line += ";DP=" + QByteArray::number(30 + i % 40);
        if (i % 3 == 0)
            line += ";NOTE=seen_by_jdoe";
        line += "\tGT:DP:AD";
        for (int s = 0; s < 3; ++s) {
            line += '\t';
            line += gts[(i + s) % 5];
            line += ":" + QByteArray::number(10 + s + i % 9);
            line += multi ? ":5,3,2" : ":7,3";
        }
        t += line + '\n';
    }
    return t;
}

QString scrub(const QString& s)
{
    QString out = s;
    out.replace(QRegularExpression(QStringLiteral("John Smith|jdoe|/home/\\S*")),
                QStringLiteral("[removed]"));
    return out;
}

QByteArray tool(const QStringList& args)
{
    const ToolResult r = runTool(QStringLiteral("bcftools"), args);
    if (r.exitCode != 0)
        qWarning("bcftools %s failed: %s", qPrintable(args.join(' ')), r.err.constData());
    return r.exitCode == 0 ? r.out : QByteArray("<bcftools failed>");
}

QByteArray shell(const QString& command)
{
    const ToolResult r = runTool(QStringLiteral("bash"), {QStringLiteral("-c"), command});
    return r.exitCode == 0 ? r.out : QByteArray("<failed: ") + r.err + '>';
}

} // namespace

class TestVcfDeidentifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vcf; // bgzip VCF with .tbi
    QString m_bcf; // BCF with .csi
    std::shared_ptr<const Pseudonymizer> m_pseudonymizer;

    DeidTransformParams params(const QString& input, const QString& output,
                               const QString& profile = QStringLiteral("safe-harbor"))
    {
        DeidTransformParams p;
        p.input = input;
        p.output = output;
        QString error;
        if (!DeidProfile::resolve(profile, &p.profile, &error))
            qFatal("profile %s: %s", qPrintable(profile), qPrintable(error));
        for (const QString& s : kSamples)
            p.pseudonyms.insert(s, m_pseudonymizer->sample(s));
        p.pseudonymizer = m_pseudonymizer;
        p.scrubText = scrub;
        return p;
    }
    QString out(const QString& name) const { return m_dir.filePath(name); }
    void verifyNoPartials()
    {
        const QStringList left =
            QDir(m_dir.path()).entryList({QStringLiteral("*.steward-partial")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(' ')));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pseudonymizer = std::make_shared<Pseudonymizer>(QByteArray(32, 'k'));
        m_vcf = m_dir.filePath(QStringLiteral("planted.vcf.gz"));
        QVERIFY(writeBgzf(m_vcf, plantedVcf(400)));
        QCOMPARE(tbx_index_build(QFile::encodeName(m_vcf).constData(), 0, &tbx_conf_vcf), 0);
        if (haveTool(QStringLiteral("bcftools"))) {
            m_bcf = m_dir.filePath(QStringLiteral("planted.bcf"));
            tool({QStringLiteral("view"), QStringLiteral("-Ob"), QStringLiteral("-o"), m_bcf,
                  m_vcf});
            tool({QStringLiteral("index"), m_bcf});
        }
    }

    void headerOnlySafeHarbor()
    {
        DeidTransformParams p = params(m_vcf, out(QStringLiteral("safe.vcf.gz")));
        qint64 lastDone = -1, total = 0;
        p.progress = [&](qint64 done, qint64 all) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            total = all;
        };
        const DeidTransformResult r = VcfDeidentifier::run(p);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.validated());
        QCOMPARE(r.method, QStringLiteral("header-only"));
        QCOMPARE(r.recordsIn, 400);
        QCOMPARE(r.recordsOut, 400);
        QCOMPARE(r.index, p.output + QStringLiteral(".tbi"));
        QVERIFY(QFileInfo::exists(r.index));
        QCOMPARE(lastDone, total);
        QVERIFY(r.changes.contains(QStringLiteral("Dropped 2 ##GATKCommandLine lines")));
        QVERIFY(r.changes.contains(QStringLiteral("Renamed 3 samples")));
        QVERIFY(r.changes.contains(QStringLiteral("Body copied without recompression")));
        QVERIFY2(r.changes.contains(QStringLiteral(
                     "Index carried over from the input's, its offsets moved past the new header")),
                 qPrintable(r.changes.join('|')));
        QVERIFY(r.headerBefore.contains(QStringLiteral("MRN0048213")));
        QVERIFY(!r.headerAfter.contains(QStringLiteral("MRN0048213")));
        // The written header, as any reader sees it (raw bytes, not htslib's rendering).
        const QByteArray raw = shell(QStringLiteral("zcat '%1' | grep '^#'").arg(p.output));
        for (const QByteArray& s : kPlanted)
            QVERIFY2(!raw.contains(s), s.constData());
        QVERIFY(raw.contains("##contig=<ID=chr1,length=248956422>"));
        QVERIFY(raw.contains(m_pseudonymizer->sample(kSamples[0]).toUtf8()));
        QVERIFY(!raw.contains("##steward") && !raw.contains("Command"));
        verifyNoPartials();
        if (!haveTool(QStringLiteral("bcftools")))
            QSKIP("bcftools is not installed; the cross-checks need it");
        const QByteArray bodyIn = tool({QStringLiteral("view"), QStringLiteral("-H"), m_vcf});
        const QByteArray bodyOut = tool({QStringLiteral("view"), QStringLiteral("-H"), p.output});
        QCOMPARE(bodyOut.count('\n'), 400);
        QCOMPARE(QCryptographicHash::hash(bodyOut, QCryptographicHash::Md5),
                 QCryptographicHash::hash(bodyIn, QCryptographicHash::Md5));
        const QByteArray samples = tool({QStringLiteral("query"), QStringLiteral("-l"), p.output});
        QCOMPARE(samples, (m_pseudonymizer->sample(kSamples[0]) + '\n' +
                           m_pseudonymizer->sample(kSamples[1]) + '\n' +
                           m_pseudonymizer->sample(kSamples[2]) + '\n')
                              .toUtf8());
        // The index works for region queries.
        const QByteArray region =
            tool({QStringLiteral("view"), QStringLiteral("-H"), QStringLiteral("-r"),
                  QStringLiteral("chr2:1000-3000"), p.output});
        QCOMPARE(region, tool({QStringLiteral("view"), QStringLiteral("-H"), QStringLiteral("-r"),
                               QStringLiteral("chr2:1000-3000"), m_vcf}));
        QVERIFY(region.count('\n') > 10);
    }

    void reencodeMatchesBcftools()
    {
        DeidTransformParams p = params(m_vcf, out(QStringLiteral("subset.vcf.gz")));
        p.profile.vcf.removeInfo = QStringList{QStringLiteral("NOTE")};
        p.dropSamples.insert(QStringLiteral("JohnSmith"));
        p.dropSamples.insert(QStringLiteral("NotInThisFile")); // other files of the dataset
        const DeidTransformResult r = VcfDeidentifier::run(p);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.validated());
        QCOMPARE(r.method, QStringLiteral("re-encode"));
        QCOMPARE(r.recordsOut, 400);
        QCOMPARE(r.index, p.output + QStringLiteral(".tbi"));
        QVERIFY(r.changes.contains(QStringLiteral("Removed INFO/NOTE")));
        QVERIFY(r.changes.contains(QStringLiteral("Dropped 1 sample")));
        QVERIFY(!r.headerAfter.contains(QStringLiteral("NOTE")));
        verifyNoPartials();
        if (!haveTool(QStringLiteral("bcftools")))
            QSKIP("bcftools is not installed; the cross-checks need it");
        const QString fmt = QStringLiteral(
            "%CHROM\\t%POS\\t%REF\\t%ALT\\t%QUAL\\t%FILTER\\t%INFO\\t[%GT:%DP:%AD\\t]\\n");
        const QByteArray expected = shell(
            QStringLiteral("bcftools view -s ^JohnSmith '%1' | bcftools annotate -x INFO/NOTE | "
                           "bcftools query -f '%2'")
                .arg(m_vcf, fmt));
        const QByteArray got = tool({QStringLiteral("query"), QStringLiteral("-f"), fmt, p.output});
        QCOMPARE(got.count('\n'), 400);
        QCOMPARE(got, expected);
        QVERIFY(!got.contains("NOTE"));
        // The index, written as the records were, finds the same records as the input's.
        const QString region = QStringLiteral("chr2:1000-3000");
        const QByteArray inRegion =
            tool({QStringLiteral("query"), QStringLiteral("-r"), region, QStringLiteral("-f"),
                  QStringLiteral("%CHROM:%POS\\n"), m_vcf});
        QVERIFY(inRegion.count('\n') > 10);
        QCOMPARE(tool({QStringLiteral("query"), QStringLiteral("-r"), region, QStringLiteral("-f"),
                       QStringLiteral("%CHROM:%POS\\n"), p.output}),
                 inRegion);
        const QByteArray samples = tool({QStringLiteral("query"), QStringLiteral("-l"), p.output});
        QCOMPARE(samples.count('\n'), 2);
        QVERIFY(!samples.contains(m_pseudonymizer->sample(kSamples[1]).toUtf8()));
    }

    void bcfHeaderOnlyAndReencode()
    {
        if (m_bcf.isEmpty())
            QSKIP("bcftools is not installed; the BCF input is made with it");
        DeidTransformParams p = params(m_bcf, out(QStringLiteral("safe.bcf")));
        DeidTransformResult r = VcfDeidentifier::run(p);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.validated());
        QCOMPARE(r.method, QStringLiteral("header-only"));
        QCOMPARE(r.index, p.output + QStringLiteral(".csi"));
        QCOMPARE(tool({QStringLiteral("view"), QStringLiteral("-H"), p.output}),
                 tool({QStringLiteral("view"), QStringLiteral("-H"), m_bcf}));
        const QByteArray header = tool({QStringLiteral("view"), QStringLiteral("--no-version"),
                                        QStringLiteral("-h"), p.output});
        for (const QByteArray& s : kPlanted)
            QVERIFY2(!header.contains(s), s.constData());
        QCOMPARE(tool({QStringLiteral("view"), QStringLiteral("-H"), QStringLiteral("-r"),
                       QStringLiteral("chr1:2000-5000"), p.output}),
                 tool({QStringLiteral("view"), QStringLiteral("-H"), QStringLiteral("-r"),
                       QStringLiteral("chr1:2000-5000"), m_bcf}));

        DeidTransformParams q = params(m_bcf, out(QStringLiteral("subset.bcf")));
        q.profile.vcf.removeInfo = QStringList{QStringLiteral("NOTE"), QStringLiteral("DP")};
        q.profile.vcf.removeFormat = QStringList{QStringLiteral("AD")};
        q.dropSamples.insert(QStringLiteral("1234567"));
        r = VcfDeidentifier::run(q);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.validated());
        QCOMPARE(r.method, QStringLiteral("re-encode"));
        const QString fmt = QStringLiteral("%CHROM\\t%POS\\t%REF\\t%ALT\\t%INFO\\t[%GT:%DP\\t]\\n");
        QCOMPARE(tool({QStringLiteral("query"), QStringLiteral("-f"), fmt, q.output}),
                 shell(QStringLiteral("bcftools view -s ^1234567 '%1' | bcftools annotate -x "
                                      "INFO/NOTE,INFO/DP,FORMAT/AD | bcftools query -f '%2'")
                           .arg(m_bcf, fmt)));
        // A BCF turned into VCF.gz: re-encoded, indexed as .csi (the input had no .tbi).
        DeidTransformParams v = params(m_bcf, out(QStringLiteral("from-bcf.vcf.gz")));
        r = VcfDeidentifier::run(v);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.validated());
        QCOMPARE(r.index, v.output + QStringLiteral(".csi"));
    }

    void byteIdentityCheck()
    {
        // A profile may prove a header-only output by byte identity of its body instead of
        // decoding both files: validated, records counted from the index, digests empty.
        DeidTransformParams p = params(m_vcf, out(QStringLiteral("bytes.vcf.gz")));
        p.profile.vcf.byteIdentityCheck = true;
        DeidTransformResult r = VcfDeidentifier::run(p);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.bodyIdentical);
        QVERIFY(r.validated());
        QCOMPARE(r.recordsIn, 400);
        QCOMPARE(r.recordsOut, 400);
        QVERIFY(r.digestIn.isEmpty() && r.digestOut.isEmpty());
        QVERIFY(
            r.changes.contains(QStringLiteral("Checked by byte identity of the copied body only")));
        // A re-encode is always decoded, whatever the profile says.
        p.output = out(QStringLiteral("bytes-reencoded.vcf.gz"));
        p.profile.vcf.removeInfo = QStringList{QStringLiteral("NOTE")};
        r = VcfDeidentifier::run(p);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.bodyIdentical);
        QVERIFY(!r.digestIn.isEmpty());
        QVERIFY(r.validated());
    }

    void carriedOverIndex_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("index");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tbi") << "big.vcf.gz"
                             << ".tbi"
                             << "own"
                             << "Index carried over";
        QTest::newRow("csi") << "big-csi.vcf.gz"
                             << ".csi"
                             << "own"
                             << "Index carried over";
        QTest::newRow("bcf") << "big.bcf"
                             << ".csi"
                             << "own"
                             << "Index carried over";
        QTest::newRow("older than its file") << "big.vcf.gz"
                                             << ".tbi"
                                             << "old"
                                             << "is older than its file";
        QTest::newRow("another file's") << "big.vcf.gz"
                                        << ".tbi"
                                        << "other"
                                        << "does not match its file";
    }

    void carriedOverIndex()
    {
        // A header-only run moves the input's index offsets past the new header instead of
        // re-indexing; every region query through it finds what the input's finds. An index
        // older than its file, or another file's, is not carried over: the output is indexed.
        QFETCH(QString, input);
        QFETCH(QString, suffix);
        QFETCH(QString, index);
        QFETCH(QString, expected);
        if (!haveTool(QStringLiteral("bcftools")))
            QSKIP("bcftools is not installed; the inputs and cross-checks need it");
        const QString plain = out(QStringLiteral("big.vcf.gz"));
        if (!QFileInfo::exists(plain)) {
            // Thousands of BGZF blocks, the first records sharing a block with the header.
            QVERIFY(writeBgzf(plain, plantedVcf(60000)));
            QCOMPARE(tbx_index_build(QFile::encodeName(plain).constData(), 0, &tbx_conf_vcf), 0);
            QVERIFY(QFile::copy(plain, out(QStringLiteral("big-csi.vcf.gz"))));
            tool({QStringLiteral("index"), QStringLiteral("-c"),
                  out(QStringLiteral("big-csi.vcf.gz"))});
            tool({QStringLiteral("view"), QStringLiteral("-Ob"), QStringLiteral("-o"),
                  out(QStringLiteral("big.bcf")), plain});
            tool({QStringLiteral("index"), out(QStringLiteral("big.bcf"))});
        }
        const QString in = out(QStringLiteral("idx-") + input);
        QFile::remove(in);
        QFile::remove(in + suffix);
        QVERIFY(QFile::copy(out(input), in));
        QVERIFY(QFile::copy(out(input) + suffix, in + suffix));
        QFile idx(in + suffix);
        QVERIFY(idx.open(QIODevice::ReadWrite));
        const QDateTime dataTime = QFileInfo(in).lastModified();
        idx.setFileTime(index == QLatin1String("old") ? dataTime.addSecs(-60)
                                                      : dataTime.addSecs(60),
                        QFileDevice::FileModificationTime);
        idx.close();
        if (index == QLatin1String("other")) { // the small planted file's index
            QFile::remove(in + suffix);
            QVERIFY(QFile::copy(m_vcf + suffix, in + suffix));
        }
        const QString output = out(QStringLiteral("idx-out-") + input);
        const DeidTransformResult r = VcfDeidentifier::run(params(in, output));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.validated());
        QCOMPARE(r.method, QStringLiteral("header-only"));
        QCOMPARE(r.recordsOut, 60000);
        QCOMPARE(r.index, output + suffix);
        QVERIFY2(r.changes.filter(expected).size() == 1, qPrintable(r.changes.join('|')));
        verifyNoPartials();
        // Regions at the first records (in the block shared with the old header), inside and
        // across block boundaries, at a contig's end and start, and a whole contig.
        for (const QString& region :
             {QStringLiteral("chr1:1000-1100"), QStringLiteral("chr1:1-5000"),
              QStringLiteral("chr1:400000-420000"), QStringLiteral("chr1:1100000-1200000"),
              QStringLiteral("chr2:1000"), QStringLiteral("chr2:500000-700000"),
              QStringLiteral("chr2"), QStringLiteral("chr1:1109900-1110000,chr2:1-2000")}) {
            const QByteArray want = tool({QStringLiteral("view"), QStringLiteral("-H"),
                                          QStringLiteral("-r"), region, out(input)});
            QVERIFY2(want.count('\n') > 0, qPrintable(region));
            QCOMPARE(tool({QStringLiteral("view"), QStringLiteral("-H"), QStringLiteral("-r"),
                           region, output}),
                     want);
        }
        // The counts bcftools reads from the index itself.
        const QByteArray stats = tool({QStringLiteral("index"), QStringLiteral("-s"), output});
        QVERIFY2(stats.contains("chr1\t248956422\t30000") &&
                     stats.contains("chr2\t242193529\t30000"),
                 stats.constData());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown INFO field") << "unknown"
                                            << "removes INFO field FOO";
        QTest::newRow("output is the input") << "same"
                                             << "is the input itself";
        QTest::newRow("pseudonym collision") << "collision"
                                             << "would both be named S-SAME";
        QTest::newRow("unwritable folder") << "unwritable"
                                           << "Cannot write";
        QTest::newRow("cancel") << "cancel"
                                << "Cancelled";
    }

    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const QByteArray before = shell(QStringLiteral("md5sum < '%1'").arg(m_vcf));
        DeidTransformParams p = params(m_vcf, out(QStringLiteral("refused.vcf.gz")));
        std::atomic_bool cancel{false};
        if (what == QLatin1String("unknown"))
            p.profile.vcf.removeInfo = QStringList{QStringLiteral("FOO")};
        if (what == QLatin1String("same"))
            p.output = m_vcf;
        if (what == QLatin1String("collision")) {
            p.pseudonyms.insert(kSamples[0], QStringLiteral("S-SAME"));
            p.pseudonyms.insert(kSamples[2], QStringLiteral("S-SAME"));
        }
        if (what == QLatin1String("unwritable")) {
            // A regular file where a folder should be: refused even for root.
            QVERIFY(writeText(out(QStringLiteral("afile")), "x"));
            p.output = out(QStringLiteral("afile/refused.vcf.gz"));
        }
        if (what == QLatin1String("cancel")) {
            p.cancel = &cancel;
            p.progress = [&](qint64, qint64) { cancel = true; };
        }
        const DeidTransformResult r = VcfDeidentifier::run(p);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        if (what == QLatin1String("unknown"))
            QVERIFY2(r.error.contains(QStringLiteral("safe-harbor")) &&
                         r.error.contains(QStringLiteral("planted.vcf.gz")),
                     qPrintable(r.error));
        if (what == QLatin1String("unwritable"))
            QVERIFY2(r.error.contains(p.output), qPrintable(r.error));
        if (what != QLatin1String("same"))
            QVERIFY(!QFileInfo::exists(p.output));
        QVERIFY(!QFileInfo::exists(p.output + QStringLiteral(".steward-partial")));
        QVERIFY(!QFileInfo::exists(p.output + QStringLiteral(".tbi.steward-partial")));
        verifyNoPartials();
        QCOMPARE(shell(QStringLiteral("md5sum < '%1'").arg(m_vcf)), before);
    }

    void realScoutTrio_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("clinical") << QStringLiteral("643594.clinical.vcf.gz");
        QTest::newRow("research") << QStringLiteral("643594.research.vcf.gz");
    }

    void realScoutTrio()
    {
        QFETCH(QString, file);
        if (sharedData().isEmpty())
            QSKIP(qPrintable(sharedDataMissingMessage()));
        const QString input =
            sharedData(QStringLiteral("genomics/Clinical-Genomics_scout/scout/demo/") + file);
        if (!QFileInfo::exists(input))
            QSKIP(qPrintable(QStringLiteral("%1 is missing").arg(input)));
        const QStringList trio{QStringLiteral("ADM1059A1"), QStringLiteral("ADM1059A2"),
                               QStringLiteral("ADM1059A3")};
        DeidTransformParams p = params(input, out(QStringLiteral("scout-") + file));
        for (const QString& s : trio)
            p.pseudonyms.insert(s, m_pseudonymizer->sample(s));
        const DeidTransformResult r = VcfDeidentifier::run(p);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.validated());
        QCOMPARE(r.method, QStringLiteral("header-only"));
        QVERIFY(r.recordsOut > 100);
        QVERIFY(r.headerBefore.contains(QStringLiteral("##GATKCommandLine")));
        QVERIFY(!r.headerAfter.contains(QStringLiteral("GATKCommandLine")));
        QVERIFY(QFileInfo::exists(p.output + QStringLiteral(".tbi")));
        if (!haveTool(QStringLiteral("bcftools")))
            QSKIP("bcftools is not installed; the cross-checks need it");
        const QByteArray header = tool({QStringLiteral("view"), QStringLiteral("--no-version"),
                                        QStringLiteral("-h"), p.output});
        QVERIFY(!header.contains("##GATKCommandLine"));
        for (const QString& s : trio)
            QVERIFY2(!header.contains(s.toUtf8()), qPrintable(s));
        const QByteArray body = tool({QStringLiteral("view"), QStringLiteral("-H"), p.output});
        QCOMPARE(qint64(body.count('\n')), r.recordsOut);
        QCOMPARE(body, tool({QStringLiteral("view"), QStringLiteral("-H"), input}));
    }
};

QTEST_GUILESS_MAIN(TestVcfDeidentifier)
#include "test_VcfDeidentifier.moc"
