// AlignmentDeidentifier on generated BAM/CRAM files with planted identifiers, checked with
// samtools (view, quickcheck, flagstat, region queries), and on real files read in place.

#include <atomic>
#include <memory>

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <htslib/sam.h>

#include "models/deid/AlignmentDeidentifier.h"
#include "models/formats/HtsEnvironment.h"
#include "models/formats/HtsHandles.h"
#include "models/formats/SyntheticReads.h"
#include "models/formats/SyntheticReference.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

const QStringList kPlanted = {
    QStringLiteral("JohnSmith"), QStringLiteral("MRN0048213"), QStringLiteral("2021-03-14"),
    QStringLiteral("HXXXXBBXX"), QStringLiteral("StMarys"),    QStringLiteral("Margaret"),
    QStringLiteral("Whitfield"), QStringLiteral("/home/jdoe"), QStringLiteral("/Users/jdoe"),
    QStringLiteral("jdoe"),      QStringLiteral("A00123"),     QStringLiteral("stmarys.example"),
    QStringLiteral("JaneDoe"),   QStringLiteral("lib_John")};

const QByteArray kPlantedHeader =
    "@RG\tID:JohnSmith_lane1\tSM:MRN0048213\tDT:2021-03-14\tPU:HXXXXBBXX.1\tCN:StMarys\t"
    "DS:Patient Margaret Whitfield\tLB:lib_JohnSmith\tPL:ILLUMINA\n"
    "@RG\tID:JohnSmith_lane2\tSM:MRN0048213\tDT:2021-03-14\tPU:HXXXXBBXX.2\tCN:StMarys\t"
    "LB:lib_JohnSmith\tPL:ILLUMINA\n"
    "@PG\tID:bwa\tPN:bwa\tVN:0.7.17\tCL:bwa mem -t 8 /home/jdoe/ref.fa /home/jdoe/R1.fq.gz\n"
    "@CO\tsequenced for jdoe@stmarys.example.org\n";

QStringList samtoolsView(const QStringList& args)
{
    const ToolResult r = runTool(QStringLiteral("samtools"), args);
    return r.exitCode == 0
               ? QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
               : QStringList{QStringLiteral("samtools failed: ") + QString::fromUtf8(r.err)};
}

QString firstPlanted(const QString& text)
{
    for (const QString& p : kPlanted) {
        if (text.contains(p))
            return p;
    }
    return QString();
}

} // namespace

class TestAlignmentDeidentifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    QString m_fasta;
    QString m_bam;   // planted identifiers, per-record tags, unknown RG on a few reads
    QString m_clean; // only the header identifies (the header-only case)
    QString m_cram;
    std::unique_ptr<SyntheticReference> m_reference;
    qint64 m_records = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    DeidTransformParams params(const QString& input, const QString& output,
                               const QString& profile = QStringLiteral("safe-harbor"))
    {
        DeidTransformParams p;
        p.input = input;
        p.output = output;
        QString error;
        if (!DeidProfile::resolve(profile, &p.profile, &error))
            qFatal("profile %s: %s", qPrintable(profile), qPrintable(error));
        p.pseudonyms.insert(QStringLiteral("MRN0048213"), QStringLiteral("S-7K2Q9X4M"));
        p.pseudonyms.insert(QStringLiteral("HG00100"), QStringLiteral("S-AB12CD34"));
        p.pseudonymizer = std::make_shared<Pseudonymizer>(QByteArray("test key"));
        p.threads = 2;
        return p;
    }

    /** Writes reads from the generator with the given header extras and per-record tags. */
    bool writeReads(const QString& out, const char* mode, bool planted, qint64 pairs)
    {
        QByteArray text = "@HD\tVN:1.6\tSO:coordinate\n" +
                          m_reference->sqLines("file:///Users/jdoe/ref.fa") +
                          (planted ? kPlantedHeader
                                   : QByteArray("@RG\tID:L1\tSM:MRN0048213\tPL:ILLUMINA\n"
                                                "@RG\tID:L2\tSM:MRN0048213\tPL:ILLUMINA\n"
                                                "@PG\tID:gen\tPN:gen\n"));
        SamHeaderPtr hdr(sam_hdr_parse(size_t(text.size()), text.constData()));
        HtsFilePtr fp(hts_open(QFile::encodeName(out).constData(), mode));
        if (!hdr || !fp)
            return false;
        if (mode[1] == 'c')
            hts_set_fai_filename(fp.get(), QFile::encodeName(m_fasta).constData());
        if (sam_hdr_write(fp.get(), hdr.get()) != 0)
            return false;
        SyntheticReads::Params sp;
        sp.pairs = pairs;
        sp.runPrefix = "A00123:45:HXXXXBBXX";
        sp.readGroups = planted ? std::vector<QByteArray>{"JohnSmith_lane1", "JohnSmith_lane2"}
                                : std::vector<QByteArray>{"L1", "L2"};
        SyntheticReads reads(*m_reference, sp, 42);
        BamRecordPtr rec(bam_init1());
        qint64 n = 0;
        while (reads.next(rec.get()) > 0) {
            if (planted) {
                bam_aux_append(rec.get(), "BC", 'Z', 9,
                               reinterpret_cast<const uint8_t*>("ACGTACGT"));
                bam_aux_append(rec.get(), "PU", 'Z', 14,
                               reinterpret_cast<const uint8_t*>("HXXXXBBXX.1.x"));
                bam_aux_append(rec.get(), "CO", 'Z', 19,
                               reinterpret_cast<const uint8_t*>("Margaret Whitfield"));
                if (n % 997 == 5)
                    bam_aux_update_str(rec.get(), "RG", 21, "UnknownGroup_JaneDoe");
            }
            if (sam_write1(fp.get(), hdr.get(), rec.get()) < 0)
                return false;
            ++n;
        }
        m_records = n;
        return hts_close(fp.release()) == 0 &&
               sam_index_build(QFile::encodeName(out).constData(), 0) == 0;
    }

    QStringList partials() const
    {
        QStringList found;
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (f.contains(QLatin1String("steward-partial")))
                found << f;
        }
        return found;
    }

    void checkDeidentified(const QString& in, const QString& out, const QString& ref)
    {
        const QStringList refArgs =
            ref.isEmpty() ? QStringList() : QStringList{QStringLiteral("-T"), ref};
        const QStringList text = samtoolsView(
            QStringList{QStringLiteral("view"), QStringLiteral("-h")} + refArgs + QStringList{out});
        QVERIFY(text.size() > 10);
        QSet<QString> ids;
        for (const QString& line : text) {
            const QString hit = firstPlanted(line);
            QVERIFY2(hit.isEmpty(),
                     qPrintable(QStringLiteral("'%1' survived in: %2").arg(hit, line.left(300))));
            if (line.startsWith(QLatin1String("@RG\t")))
                ids.insert(line.section(QLatin1Char('\t'), 1, 1).mid(3));
            if (line.startsWith(QLatin1Char('@')))
                continue;
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("\tRG:Z:([^\t]+)")).match(line);
            if (m.hasMatch())
                QVERIFY2(ids.contains(m.captured(1)), qPrintable(line.left(200)));
        }
        QCOMPARE(ids, (QSet<QString>{QStringLiteral("rg1"), QStringLiteral("rg2")}));
        QCOMPARE(runTool(QStringLiteral("samtools"), {QStringLiteral("quickcheck"), out}).exitCode,
                 0);
        const QStringList flagIn = samtoolsView({QStringLiteral("flagstat"), in});
        QCOMPARE(samtoolsView({QStringLiteral("flagstat"), out}), flagIn);
        const QStringList region = {QStringLiteral("view"), QStringLiteral("-c")};
        const QStringList where = {QStringLiteral("synth1:1000-50000")};
        QCOMPARE(samtoolsView(region + refArgs + QStringList{out} + where),
                 samtoolsView(region + refArgs + QStringList{in} + where));
        // Mates still share a name: as many distinct names as before.
        const auto names = [&](const QString& file) {
            QSet<QString> n;
            for (const QString& l :
                 samtoolsView(QStringList{QStringLiteral("view")} + refArgs + QStringList{file}))
                n.insert(l.section(QLatin1Char('\t'), 0, 0));
            return n.size();
        };
        QCOMPARE(names(out), names(in));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_cache.isValid());
        if (!haveTool(QStringLiteral("samtools")))
            QSKIP("samtools is not installed (apt-get install samtools); the checks need it");
        HtsEnvironment::configureOffline(m_cache.path());
        m_reference = std::make_unique<SyntheticReference>(
            7, std::vector<SyntheticReference::Contig>{{"synth1", 120000}, {"synth2", 80000}});
        m_fasta = path(QStringLiteral("ref/ref.fa"));
        QDir().mkpath(path(QStringLiteral("ref")));
        QVERIFY(m_reference->writeFasta(m_fasta, nullptr));
        QCOMPARE(fai_build(QFile::encodeName(m_fasta).constData()), 0);
        m_bam = path(QStringLiteral("in/planted.bam"));
        m_clean = path(QStringLiteral("in/clean.bam"));
        m_cram = path(QStringLiteral("in/planted.cram"));
        QDir().mkpath(path(QStringLiteral("in")));
        QVERIFY(writeReads(m_clean, "wb", false, 4000));
        QVERIFY(writeReads(m_cram, "wc", true, 3000));
        QVERIFY(writeReads(m_bam, "wb", true, 6000));
    }

    void safeHarborBam()
    {
        std::vector<qint64> progress;
        DeidTransformParams p = params(m_bam, path(QStringLiteral("out/safe.bam")));
        QDir().mkpath(path(QStringLiteral("out")));
        p.progress = [&progress](qint64 done, qint64) { progress.push_back(done); };
        const DeidTransformResult r = AlignmentDeidentifier::run(p);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.validated());
        QCOMPARE(r.method, QStringLiteral("re-encode"));
        QCOMPARE(r.recordsIn, m_records);
        QCOMPARE(r.index, p.output + QStringLiteral(".bai"));
        QVERIFY(QFileInfo::exists(r.index));
        QVERIFY(!progress.empty());
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QVERIFY(r.headerBefore.contains(QLatin1String("JohnSmith_lane1")));
        QVERIFY(!r.headerAfter.contains(QLatin1String("JohnSmith")));
        QVERIFY(r.headerAfter.contains(QLatin1String("SM:S-7K2Q9X4M")));
        const QString changes = r.changes.join(QLatin1Char('\n'));
        QVERIFY2(changes.contains(QLatin1String("Renamed read groups: 2")), qPrintable(changes));
        QVERIFY2(changes.contains(QLatin1String("Dropped 1 @PG line")), qPrintable(changes));
        QVERIFY2(changes.contains(QLatin1String("Stripped tags BC, CO, PU from")),
                 qPrintable(changes));
        QVERIFY2(changes.contains(QLatin1String("not in the header")), qPrintable(changes));
        QVERIFY(changes.contains(QLatin1String("keyed hashes")));
        checkDeidentified(m_bam, p.output, QString());
        QVERIFY(partials().isEmpty());
    }

    void counterNames()
    {
        DeidTransformParams p = params(m_bam, path(QStringLiteral("out/counter.sam")));
        p.profile.sam.readNames = DeidProfile::ReadNamePolicy::Counter;
        const DeidTransformResult r = AlignmentDeidentifier::run(p);
        QVERIFY2(r.ok && r.validated(), qPrintable(r.error));
        QVERIFY(r.index.isEmpty()); // plain SAM
        QSet<QString> names;
        for (const QString& l : samtoolsView({QStringLiteral("view"), p.output})) {
            const QString name = l.section(QLatin1Char('\t'), 0, 0);
            bool number = false;
            QVERIFY(name.toLongLong(&number) > 0 && number);
            names.insert(name);
        }
        QSet<QString> original;
        for (const QString& l : samtoolsView({QStringLiteral("view"), m_bam}))
            original.insert(l.section(QLatin1Char('\t'), 0, 0));
        QCOMPARE(names.size(), original.size()); // mates, secondary, supplementary share numbers
        QVERIFY(names.contains(QStringLiteral("1")));
    }

    void headerOnlyBam_data()
    {
        QTest::addColumn<bool>("sharedBlock");
        QTest::newRow("header ends a block (htslib)") << false;
        QTest::newRow("header shares its last block (bgzip)") << true;
    }

    void headerOnlyBam()
    {
        QFETCH(bool, sharedBlock);
        QString input = m_clean;
        if (sharedBlock) {
            // Re-block the whole stream with bgzip: the header's end falls inside a block.
            input = path(QStringLiteral("in/reblocked.bam"));
            const ToolResult raw =
                runTool(QStringLiteral("bgzip"), {QStringLiteral("-dc"), m_clean});
            QCOMPARE(raw.exitCode, 0);
            QVERIFY(writeBgzf(input, raw.out));
            BgzfPtr b(bgzf_open(QFile::encodeName(input).constData(), "r"));
            SamHeaderPtr h(bam_hdr_read(b.get()));
            QVERIFY(h && b->block_offset > 0 && b->block_offset < b->block_length);
        }
        DeidTransformParams p = params(input, path(QStringLiteral("out/minimal.bam")),
                                       QStringLiteral("research-minimal"));
        const DeidTransformResult r = AlignmentDeidentifier::run(p);
        QVERIFY2(r.ok && r.validated(), qPrintable(r.error));
        QCOMPARE(r.method, QStringLiteral("header-only"));
        QVERIFY(!r.headerAfter.contains(QLatin1String("MRN0048213")));
        QVERIFY(!r.headerAfter.contains(QLatin1String("/Users/jdoe")));
        QVERIFY(!r.headerAfter.contains(QLatin1String("@PG\tID:samtools")));
        QCOMPARE(samtoolsView({QStringLiteral("view"), p.output}),
                 samtoolsView({QStringLiteral("view"), input}));
        QCOMPARE(
            runTool(QStringLiteral("samtools"), {QStringLiteral("quickcheck"), p.output}).exitCode,
            0);
        const QStringList count = {QStringLiteral("view"), QStringLiteral("-c")};
        QCOMPARE(samtoolsView(count + QStringList{p.output, QStringLiteral("synth2:1-100")}),
                 samtoolsView(count + QStringList{m_clean, QStringLiteral("synth2:1-100")}));
    }

    void researchMinimalWithTagsReencodes()
    {
        DeidTransformParams p = params(m_bam, path(QStringLiteral("out/minimal-tags.bam")),
                                       QStringLiteral("research-minimal"));
        const DeidTransformResult r = AlignmentDeidentifier::run(p);
        QVERIFY2(r.ok && r.validated(), qPrintable(r.error));
        QCOMPARE(r.method, QStringLiteral("re-encode")); // BC and CO must go
        // Provenance stays, its command line (paths, user names) does not.
        QVERIFY(r.headerAfter.contains(QLatin1String("@PG\tID:bwa\tPN:bwa\tVN:0.7.17\n")));
        QVERIFY(!r.headerAfter.contains(QLatin1String("jdoe")));
        QVERIFY(!r.headerAfter.contains(QLatin1String("@CO")));
        const QStringList body = samtoolsView({QStringLiteral("view"), p.output});
        QVERIFY(!body.join(QLatin1Char('\n')).contains(QLatin1String("\tBC:Z:")));
        QVERIFY(body.first().startsWith(QLatin1String("A00123:45:HXXXXBBXX"))); // names kept
    }

    void cramWithReference()
    {
        DeidTransformParams p = params(m_cram, path(QStringLiteral("out/safe.cram")));
        p.referencePath = m_fasta;
        const DeidTransformResult r = AlignmentDeidentifier::run(p);
        QVERIFY2(r.ok && r.validated(), qPrintable(r.error));
        QCOMPARE(r.index, p.output + QStringLiteral(".crai"));
        // htslib's CRAM writer would have added UR:<local reference path>.
        QVERIFY2(!r.headerAfter.contains(QLatin1String("UR:")), qPrintable(r.headerAfter));
        QVERIFY(r.headerAfter.contains(QLatin1String("M5:")));
        checkDeidentified(m_cram, p.output, m_fasta);

        // CRAM to BAM needs no reference for the output.
        DeidTransformParams b = params(m_cram, path(QStringLiteral("out/from-cram.bam")));
        b.referencePath = m_fasta;
        const DeidTransformResult rb = AlignmentDeidentifier::run(b);
        QVERIFY2(rb.ok && rb.validated(), qPrintable(rb.error));
        QCOMPARE(rb.digestOut, r.digestOut);
    }

    void cramWithoutReference()
    {
        // A CRAM whose reference has gone: written against a copy that is then removed.
        const QString gone = path(QStringLiteral("gone/ref.fa"));
        QDir().mkpath(path(QStringLiteral("gone")));
        QVERIFY(QFile::copy(m_fasta, gone) && QFile::copy(m_fasta + ".fai", gone + ".fai"));
        const QString cram = path(QStringLiteral("lonely/x.cram"));
        QDir().mkpath(path(QStringLiteral("lonely")));
        QVERIFY(convertAlignments(m_clean, cram, "wc", gone));
        QVERIFY(QFile::remove(gone) && QFile::remove(gone + ".fai"));

        const DeidTransformParams p = params(cram, path(QStringLiteral("lonely/out.cram")));
        const DeidTransformResult r = AlignmentDeidentifier::run(p);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(cram) && r.error.contains(QLatin1String("reference")) &&
                     r.error.contains(QLatin1String("synth1")),
                 qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(p.output));
        QVERIFY(partials().isEmpty());
    }

    void withdrawnSamples()
    {
        DeidTransformParams p = params(m_bam, path(QStringLiteral("out/withdrawn.bam")));
        p.dropSamples.insert(QStringLiteral("MRN0048213"));
        const DeidTransformResult r = AlignmentDeidentifier::run(p);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("withdrawn sample")) && r.error.contains(m_bam),
                 qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(p.output));

        // One of two samples withdrawn: its read group and reads go, the rest stays valid.
        QString header = QString::fromUtf8(kPlantedHeader);
        header.replace(QLatin1String("SM:MRN0048213\tDT:2021-03-14\tPU:HXXXXBBXX.2"),
                       QLatin1String("SM:MRN0099999\tDT:2021-03-14\tPU:HXXXXBBXX.2"));
        QHash<QString, QString> renames;
        QStringList changes;
        QString error;
        const QString text =
            AlignmentDeidentifier::rewriteHeader(header, p, &renames, &changes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(renames.value(QStringLiteral("JohnSmith_lane1"), QStringLiteral("?")), QString());
        QCOMPARE(renames.value(QStringLiteral("JohnSmith_lane2")), QStringLiteral("rg1"));
        QVERIFY(text.contains(QLatin1String("@RG\tID:rg1\tSM:MRN0099999\tPL:ILLUMINA")));
        QVERIFY(!text.contains(QLatin1String("@PG")) && !text.contains(QLatin1String("@CO")));
    }

    void errors()
    {
        DeidTransformParams same = params(m_bam, m_bam);
        DeidTransformResult r = AlignmentDeidentifier::run(same);
        QVERIFY(!r.ok && r.error.contains(QLatin1String("is the input file")));

        DeidTransformParams nowhere = params(m_bam, path(QStringLiteral("no/such/dir/x.bam")));
        r = AlignmentDeidentifier::run(nowhere);
        QVERIFY(!r.ok && r.error.contains(QLatin1String("no/such/dir")));

        DeidTransformParams format = params(m_bam, path(QStringLiteral("out/x.txt")));
        r = AlignmentDeidentifier::run(format);
        QVERIFY(!r.ok && r.error.contains(QLatin1String(".bam")));

        std::atomic_bool cancel{false};
        DeidTransformParams c = params(m_bam, path(QStringLiteral("out/cancelled.bam")));
        c.cancel = &cancel;
        c.progress = [&cancel](qint64, qint64) { cancel = true; };
        r = AlignmentDeidentifier::run(c);
        QVERIFY(!r.ok && r.error.contains(QLatin1String("cancelled")));
        QVERIFY(!QFileInfo::exists(c.output));
        QVERIFY(partials().isEmpty());
    }

    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("region");
        QTest::newRow("igv index_test.bam")
            << QStringLiteral("genomics/igvteam_igv/test/data/bam/BAMFileIndexTest/index_test.bam")
            << QString() << QStringLiteral("chr1:1-10000000");
        QTest::newRow("bcftools mpileup.1.bam")
            << QStringLiteral("genomics/samtools_bcftools/test/mpileup/mpileup.1.bam") << QString()
            << QStringLiteral("17:1-2000");
        QTest::newRow("igv cram_with_crai_index.cram")
            << QStringLiteral("genomics/igvteam_igv/test/data/cram/cram_with_crai_index.cram")
            << QStringLiteral("genomics/igvteam_igv/test/data/cram/hg19mini.fasta")
            << QStringLiteral("1:1-1000");
    }

    void realFiles()
    {
        if (sharedData().isEmpty())
            QSKIP(qPrintable(sharedDataMissingMessage()));
        QFETCH(QString, file);
        QFETCH(QString, reference);
        QFETCH(QString, region);
        const QString in = sharedData(file);
        const QString out = path(QStringLiteral("real/") + QFileInfo(in).fileName());
        QDir().mkpath(path(QStringLiteral("real")));
        DeidTransformParams p = params(in, out);
        if (!reference.isEmpty())
            p.referencePath = sharedData(reference);
        const DeidTransformResult r = AlignmentDeidentifier::run(p);
        QVERIFY2(r.ok && r.validated(), qPrintable(r.error));
        QVERIFY(!r.headerAfter.contains(QLatin1String("@PG")));
        QVERIFY(!r.headerAfter.contains(QLatin1String("UR:")));
        QVERIFY(!r.headerAfter.contains(QLatin1String("HG00100")));
        QVERIFY(!r.headerAfter.contains(QLatin1String("ERR0")));
        QStringList refArgs;
        if (!reference.isEmpty())
            refArgs << QStringLiteral("-T") << p.referencePath;
        const QStringList count =
            QStringList{QStringLiteral("view"), QStringLiteral("-c")} + refArgs;
        QCOMPARE(samtoolsView(count + QStringList{out, region}),
                 samtoolsView(count + QStringList{in, region}));
        QCOMPARE(samtoolsView({QStringLiteral("flagstat"), out}),
                 samtoolsView({QStringLiteral("flagstat"), in}));
    }

    void igvJsCramsWithoutLocalReference()
    {
        if (sharedData().isEmpty())
            QSKIP(qPrintable(sharedDataMissingMessage()));
        const QString folder = sharedData(QStringLiteral("genomics/igvteam_igv.js/test/data/cram"));
        const QStringList crams = QDir(folder).entryList({QStringLiteral("*.cram")}, QDir::Files);
        QVERIFY(crams.size() >= 4);
        for (const QString& name : crams) {
            const QString in = QDir(folder).filePath(name);
            const DeidTransformParams p = params(in, path(QStringLiteral("igvjs/") + name));
            QDir().mkpath(path(QStringLiteral("igvjs")));
            // The header is de-identified all the same: no /Users or /home paths survive.
            const ToolResult header =
                runTool(QStringLiteral("samtools"), {QStringLiteral("view"), QStringLiteral("-H"),
                                                     QStringLiteral("--no-PG"), in});
            QCOMPARE(header.exitCode, 0);
            QHash<QString, QString> renames;
            QStringList changes;
            QString error;
            const QString text = AlignmentDeidentifier::rewriteHeader(
                QString::fromUtf8(header.out), p, &renames, &changes, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!text.contains(QLatin1String("/Users/")) &&
                    !text.contains(QLatin1String("/home/")));
            QVERIFY(text.startsWith(QLatin1String("@HD")));
            // None of their references is on this machine: a clear error, nothing written.
            const DeidTransformResult r = AlignmentDeidentifier::run(p);
            QVERIFY2(!r.ok, qPrintable(name));
            QVERIFY2(r.error.contains(in) && r.error.contains(QLatin1String("reference")),
                     qPrintable(r.error));
            QVERIFY(!QFileInfo::exists(p.output));
        }
        QVERIFY(partials().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlignmentDeidentifier)
#include "test_AlignmentDeidentifier.moc"
