// CramReference and HtsEnvironment: finding a CRAM's reference offline, on CRAMs written by
// the test with htslib (as `samtools view -C -T` does) against a small generated FASTA.

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QUrl>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <htslib/cram.h>
#include <htslib/faidx.h>
#include <htslib/hts.h>
#include <htslib/sam.h>

#include "models/formats/AlignmentStatistics.h"
#include "models/formats/CramReference.h"
#include "models/formats/HtsEnvironment.h"
#include "tests/common/TestData.h"

using namespace steward;
using namespace steward::test;

namespace {

/** Deterministic bases: the same "genome" on every run. */
QByteArray bases(int length, unsigned seed)
{
    QByteArray out(length, 'N');
    unsigned x = seed;
    for (int i = 0; i < length; ++i) {
        x = x * 1103515245u + 12345u;
        out[i] = "ACGT"[(x >> 16) & 3];
    }
    return out;
}

const QByteArray kChr1 = bases(2000, 1);
const QByteArray kChr2 = bases(1500, 2);

QByteArray fastaText(const QByteArray& one, const QByteArray& two, bool lowercase = false)
{
    auto wrap = [](QByteArray s) {
        QByteArray out;
        for (int i = 0; i < s.size(); i += 60)
            out += s.mid(i, 60) + '\n';
        return out;
    };
    return ">chr1 first test contig\n" + wrap(lowercase ? one.toLower() : one) + ">chr2\n" +
           wrap(two);
}

/** A coordinate-sorted SAM of reads copied from the reference; `extraSq` goes on each @SQ. */
QByteArray samText(const QByteArray& sq1Extra = QByteArray(), bool unmappedOnly = false)
{
    QByteArray t = "@HD\tVN:1.6\tSO:coordinate\n@SQ\tSN:chr1\tLN:2000" + sq1Extra +
                   "\n@SQ\tSN:chr2\tLN:1500\n@RG\tID:rg\tSM:sample\n";
    const QByteArray qual(50, 'I');
    if (!unmappedOnly) {
        for (int i = 0; i < 30; ++i) {
            const int pos = 1 + i * 60;
            QByteArray seq = kChr1.mid(pos - 1, 50);
            if (i % 7 == 0)
                seq[10] = seq[10] == 'A' ? 'C' : 'A'; // a mismatch now and then
            t += "a" + QByteArray::number(i) + "\t" + (i % 2 ? "16" : "0") + "\tchr1\t" +
                 QByteArray::number(pos) + "\t60\t50M\t*\t0\t0\t" + seq + "\t" + qual +
                 "\tRG:Z:rg\n";
        }
        for (int i = 0; i < 20; ++i) {
            const int pos = 1 + i * 70;
            t += "b" + QByteArray::number(i) + "\t0\tchr2\t" + QByteArray::number(pos) + "\t" +
                 QByteArray::number(i) + "\t50M\t*\t0\t0\t" + kChr2.mid(pos - 1, 50) + "\t" + qual +
                 "\n";
        }
    }
    for (int i = 0; i < 5; ++i)
        t += "u" + QByteArray::number(i) + "\t4\t*\t0\t0\t*\t*\t0\t0\t" + kChr2.mid(i * 10, 50) +
             "\t" + qual + "\n";
    return t;
}

enum class CramKind
{
    Plain,
    EmbeddedReference,
    NoReference
};

/** Writes `sam` as CRAM against `fasta`, as `samtools view -C -T fasta` does. */
bool writeCram(const QString& sam, const QString& cram, const QString& fasta,
               CramKind kind = CramKind::Plain)
{
    samFile* in = sam_open(QFile::encodeName(sam).constData(), "r");
    if (!in)
        return false;
    sam_hdr_t* hdr = sam_hdr_read(in);
    samFile* out = sam_open(QFile::encodeName(cram).constData(), "wc");
    bool ok = hdr && out;
    if (ok && !fasta.isEmpty())
        ok = hts_set_fai_filename(out, QFile::encodeName(fasta).constData()) == 0;
    if (ok && kind == CramKind::EmbeddedReference)
        ok = hts_set_opt(out, CRAM_OPT_EMBED_REF, 1) == 0;
    if (ok && kind == CramKind::NoReference)
        ok = hts_set_opt(out, CRAM_OPT_NO_REF, 1) == 0;
    ok = ok && sam_hdr_write(out, hdr) == 0;
    bam1_t* b = bam_init1();
    while (ok && sam_read1(in, hdr, b) >= 0)
        ok = sam_write1(out, hdr, b) >= 0;
    bam_destroy1(b);
    if (out)
        ok = sam_close(out) == 0 && ok;
    if (hdr)
        sam_hdr_destroy(hdr);
    sam_close(in);
    return ok;
}

QVector<ReferenceSequence> headerSequences(const QString& path)
{
    samFile* fp = sam_open(QFile::encodeName(path).constData(), "r");
    if (!fp)
        return {};
    sam_hdr_t* h = sam_hdr_read(fp);
    const QVector<ReferenceSequence> out = CramReference::requiredSequences(h);
    if (h)
        sam_hdr_destroy(h);
    sam_close(fp);
    return out;
}

bool folderIsEmpty(const QString& folder)
{
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    return !it.hasNext();
}

} // namespace

class TestCramReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void configureOffline();
    void sequenceMd5();
    void fastaMd5sEqualHtslibs();
    void foundByFolderSearch();
    void foundBesideTheCram();
    void foundByUri();
    void explicitReferenceWins();
    void md5MismatchRejected();
    void wrongLengthRejected();
    void staleM5ProvenBySlices();
    void missingReferenceReported();
    void needsExternalReference();
    void bgzipFasta();
    void refCache();

private:
    /** A fresh folder holding ref.fa (+ .fai), a CRAM made against it, and the SAM. */
    struct Case
    {
        QString folder, fasta, cram, bam;
    };
    Case makeCase(const QString& name, CramKind kind = CramKind::Plain,
                  const QByteArray& sam = samText());
    bool writeFasta(const QString& path, const QByteArray& text);

    QTemporaryDir m_dir;
    QString m_cache;
};

void TestCramReference::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("ref-cache"));
    QVERIFY(QDir().mkpath(m_cache));
    qputenv("REF_PATH", QFile::encodeName(HtsEnvironment::cachePattern(m_cache)));
    qputenv("REF_CACHE", QFile::encodeName(HtsEnvironment::cachePattern(m_cache)));
    hts_set_log_level(HTS_LOG_ERROR);
}

bool TestCramReference::writeFasta(const QString& path, const QByteArray& text)
{
    return writeText(path, text) && fai_build(QFile::encodeName(path).constData()) == 0;
}

TestCramReference::Case TestCramReference::makeCase(const QString& name, CramKind kind,
                                                    const QByteArray& sam)
{
    Case c;
    c.folder = m_dir.filePath(name);
    QDir().mkpath(c.folder);
    c.fasta = c.folder + QStringLiteral("/ref.fa");
    const QString samPath = c.folder + QStringLiteral("/reads.sam");
    c.cram = c.folder + QStringLiteral("/reads.cram");
    c.bam = c.folder + QStringLiteral("/reads.bam");
    if (!writeFasta(c.fasta, fastaText(kChr1, kChr2)) || !writeText(samPath, sam) ||
        !writeCram(samPath, c.cram, c.fasta, kind) || !convertAlignments(samPath, c.bam, "wb"))
        qWarning("could not write the files of %s", qPrintable(name));
    QFile::remove(samPath);
    return c;
}

void TestCramReference::configureOffline()
{
    const QByteArray savedPath = qgetenv("REF_PATH");
    const QByteArray savedCache = qgetenv("REF_CACHE");
    const QString folder = m_dir.filePath(QStringLiteral("offline/cache"));
    const QByteArray pattern = QFile::encodeName(folder + QStringLiteral("/%2s/%2s/%s"));

    qunsetenv("REF_PATH");
    qunsetenv("REF_CACHE");
    QVERIFY(!HtsEnvironment::isOffline());
    QVERIFY(HtsEnvironment::configureOffline(folder));
    QCOMPARE(qgetenv("REF_PATH"), pattern);
    QCOMPARE(qgetenv("REF_CACHE"), pattern);
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(HtsEnvironment::isOffline());

    // An empty REF_PATH sends htslib to the EBI: it counts as unset.
    qputenv("REF_PATH", "");
    HtsEnvironment::configureOffline(folder);
    QCOMPARE(qgetenv("REF_PATH"), pattern);

    // The user's own settings stay.
    qputenv("REF_PATH", "/mine/%s");
    qunsetenv("REF_CACHE");
    HtsEnvironment::configureOffline(folder);
    QCOMPARE(qgetenv("REF_PATH"), QByteArray("/mine/%s"));
    QCOMPARE(qgetenv("REF_CACHE"), pattern);
    qputenv("REF_PATH", "/mine/%s:https://www.ebi.ac.uk/ena/cram/md5/%s");
    QVERIFY(!HtsEnvironment::isOffline());

    qputenv("REF_PATH", savedPath);
    qputenv("REF_CACHE", savedCache);
}

void TestCramReference::sequenceMd5()
{
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash("ACGTNACGT", QCryptographicHash::Md5).toHex());
    QCOMPARE(CramReference::sequenceMd5("ACGTNACGT"), expected);
    // Lowercase, line breaks and spaces do not change an M5.
    QCOMPARE(CramReference::sequenceMd5("acgt\nNAC GT\r\n"), expected);
    QVERIFY(CramReference::sequenceMd5("ACGTNACGA") != expected);
}

void TestCramReference::fastaMd5sEqualHtslibs()
{
    // htslib writes an M5 on each @SQ of a CRAM from the reference it encodes against:
    // Steward's own MD5 of the FASTA must agree, also for a soft-masked (lowercase) FASTA.
    const Case c = makeCase(QStringLiteral("md5"));
    const QVector<ReferenceSequence> sq = headerSequences(c.cram);
    QCOMPARE(sq.size(), 2);
    QCOMPARE(sq[0].name, QStringLiteral("chr1"));
    QCOMPARE(sq[0].length, 2000);
    QCOMPARE(sq[0].md5.size(), 32);
    QCOMPARE(sq[0].md5, CramReference::sequenceMd5(kChr1));
    QCOMPARE(sq[1].md5, CramReference::sequenceMd5(kChr2));
    QString error;
    const QHash<QString, QString> md5s = CramReference::fastaMd5s(c.fasta, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(md5s.value(QStringLiteral("chr1")), sq[0].md5);
    QCOMPARE(md5s.value(QStringLiteral("chr2")), sq[1].md5);

    const QString masked = m_dir.filePath(QStringLiteral("md5/masked.fa"));
    QVERIFY(writeText(masked, fastaText(kChr1, kChr2, true)));
    QCOMPARE(CramReference::fastaMd5s(masked).value(QStringLiteral("chr1")), sq[0].md5);

    if (haveTool(QStringLiteral("samtools"))) {
        const ToolResult dict = runTool(QStringLiteral("samtools"), {"dict", c.fasta});
        QVERIFY(dict.out.contains("M5:" + sq[0].md5.toLatin1()));
        QVERIFY(dict.out.contains("M5:" + sq[1].md5.toLatin1()));
    }
}

void TestCramReference::foundByFolderSearch()
{
    // The FASTA moved away after encoding: the @SQ UR points nowhere, a folder search finds it.
    const Case c = makeCase(QStringLiteral("folder"));
    const QString refs = m_dir.filePath(QStringLiteral("folder-refs"));
    QVERIFY(QDir().mkpath(refs));
    QVERIFY(QFile::rename(c.fasta, refs + QStringLiteral("/genome.fa")));
    QVERIFY(
        QFile::rename(c.fasta + QStringLiteral(".fai"), refs + QStringLiteral("/genome.fa.fai")));
    // A FASTA that does not fit, seen first in the same folder, is passed over.
    QVERIFY(writeFasta(refs + QStringLiteral("/another.fa"), ">chrX\nACGT\n"));

    ReadOptions options;
    options.referenceFolders = {refs};
    const CramReference::Result r = CramReference::find(c.cram, options);
    QVERIFY(r.found());
    QCOMPARE(r.source, CramReference::Source::Folder);
    QCOMPARE(r.match, CramReference::Match::Md5);
    QCOMPARE(r.location, refs + QStringLiteral("/genome.fa"));
    QVERIFY2(r.rejected.join(' ').contains(QLatin1String("another.fa: it has no sequence chr1")),
             qPrintable(r.rejected.join('\n')));

    // The reader reports the reference it found, and no problem.
    AlignmentScan scan;
    QString error;
    QVERIFY(AlignmentStatsReader::read(c.cram, options, &scan, &error));
    QVERIFY(scan.complete);
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.value(0).message));
    QCOMPARE(scan.referenceUsed, refs + QStringLiteral("/genome.fa"));

    // Without the folder, nothing is found.
    QVERIFY(!CramReference::find(c.cram, ReadOptions()).found());
}

void TestCramReference::foundBesideTheCram()
{
    const Case c = makeCase(QStringLiteral("beside"));
    // Rename so the UR (the encoding path) no longer matches: only the folder search finds it.
    QVERIFY(QFile::rename(c.fasta, c.folder + QStringLiteral("/beside.fasta")));
    QVERIFY(QFile::rename(c.fasta + QStringLiteral(".fai"),
                          c.folder + QStringLiteral("/beside.fasta.fai")));
    const CramReference::Result r = CramReference::find(c.cram, ReadOptions());
    QCOMPARE(r.source, CramReference::Source::Folder);
    QCOMPARE(r.location, c.folder + QStringLiteral("/beside.fasta"));
}

void TestCramReference::foundByUri()
{
    const Case c = makeCase(QStringLiteral("uri"));
    const QVector<ReferenceSequence> sq = headerSequences(c.cram);
    QCOMPARE(QFileInfo(sq[0].uri.startsWith(QLatin1String("file:")) ? QUrl(sq[0].uri).toLocalFile()
                                                                    : sq[0].uri)
                 .canonicalFilePath(),
             QFileInfo(c.fasta).canonicalFilePath());
    // Move the CRAM away from its FASTA: the UR still leads there.
    const QString elsewhere = m_dir.filePath(QStringLiteral("uri-moved"));
    QVERIFY(QDir().mkpath(elsewhere));
    QVERIFY(QFile::rename(c.cram, elsewhere + QStringLiteral("/reads.cram")));
    const CramReference::Result r =
        CramReference::find(elsewhere + QStringLiteral("/reads.cram"), ReadOptions());
    QCOMPARE(r.source, CramReference::Source::Uri);
    QCOMPARE(QFileInfo(r.location).canonicalFilePath(), QFileInfo(c.fasta).canonicalFilePath());
}

void TestCramReference::explicitReferenceWins()
{
    const Case c = makeCase(QStringLiteral("explicit"));
    const QString copy = m_dir.filePath(QStringLiteral("explicit-ref/chosen.fa"));
    QVERIFY(writeFasta(copy, fastaText(kChr1, kChr2)));
    ReadOptions options;
    options.referenceFasta = copy;
    const CramReference::Result r = CramReference::find(c.cram, options);
    QCOMPARE(r.source, CramReference::Source::Option);
    QCOMPARE(r.location, copy);

    // A chosen file that does not fit is turned down with its reason; the search goes on.
    const QString wrong = m_dir.filePath(QStringLiteral("explicit-ref/wrong.fa"));
    QVERIFY(writeFasta(wrong, ">chr1\nACGT\n>chr2\nACGT\n"));
    options.referenceFasta = wrong;
    const CramReference::Result r2 = CramReference::find(c.cram, options);
    QCOMPARE(r2.source, CramReference::Source::Uri);
    QVERIFY(r2.rejected.value(0).contains(QLatin1String("wrong.fa: its chr1 is 4 bp")));
}

void TestCramReference::md5MismatchRejected()
{
    // Same names and lengths, other bases: the M5 and the slice MD5s say no.
    const Case c = makeCase(QStringLiteral("mismatch"));
    QVERIFY(QFile::remove(c.fasta));
    QVERIFY(QFile::remove(c.fasta + QStringLiteral(".fai")));
    const QString impostor = c.folder + QStringLiteral("/impostor.fa");
    QVERIFY(writeFasta(impostor, fastaText(bases(2000, 7), bases(1500, 8))));

    const QVector<ReferenceSequence> wanted = headerSequences(c.cram);
    CramReference::Match how = CramReference::Match::Md5;
    QString why;
    QVERIFY(!CramReference::check(impostor, c.cram, wanted, &how, &why));
    QCOMPARE(how, CramReference::Match::None);
    QVERIFY2(why.contains(QLatin1String("M5 of its chr1")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("slice MD5")), qPrintable(why));

    const CramReference::Result r = CramReference::find(c.cram, ReadOptions());
    QVERIFY(!r.found());
    QVERIFY(r.rejected.join(' ').contains(QLatin1String("impostor.fa")));

    AlignmentScan scan;
    QString error;
    QVERIFY(AlignmentStatsReader::read(c.cram, ReadOptions(), &scan, &error));
    QCOMPARE(scan.problems.size(), 1);
    QCOMPARE(scan.problems[0].code, QStringLiteral("missing-reference"));
    QVERIFY(scan.problems[0].message.contains(QLatin1String("impostor.fa")));
    QVERIFY(scan.referenceUsed.isEmpty());
}

void TestCramReference::wrongLengthRejected()
{
    const Case c = makeCase(QStringLiteral("length"));
    const QVector<ReferenceSequence> wanted = headerSequences(c.cram);
    const QString shortOne = c.folder + QStringLiteral("/short.fa");
    QVERIFY(writeFasta(shortOne, fastaText(kChr1.left(1999), kChr2)));
    QString why;
    QVERIFY(!CramReference::check(shortOne, c.cram, wanted, nullptr, &why));
    QCOMPARE(why, QStringLiteral("its chr1 is 1,999 bp, the CRAM's header says 2,000 bp"));
    QVERIFY(
        !CramReference::check(c.fasta + QStringLiteral(".nothere"), c.cram, wanted, nullptr, &why));
    const QString noIndex = c.folder + QStringLiteral("/noindex.fa");
    QVERIFY(writeText(noIndex, fastaText(kChr1, kChr2)));
    QVERIFY(!CramReference::check(noIndex, c.cram, wanted, nullptr, &why));
    QVERIFY(why.contains(QLatin1String(".fai")));
}

void TestCramReference::staleM5ProvenBySlices()
{
    // An @SQ M5 that does not describe the FASTA (a test file cut from a larger genome keeps
    // the whole chromosome's M5), while the bases match where the reads are: htslib decodes
    // it, so Steward accepts it, on the slice MD5s.
    const QByteArray staleM5 = "\tM5:0123456789abcdef0123456789abcdef";
    const Case c = makeCase(QStringLiteral("stale"), CramKind::Plain, samText(staleM5));
    const QVector<ReferenceSequence> wanted = headerSequences(c.cram);
    QCOMPARE(wanted[0].md5, QStringLiteral("0123456789abcdef0123456789abcdef"));
    CramReference::Match how = CramReference::Match::None;
    QString why;
    QVERIFY2(CramReference::check(c.fasta, c.cram, wanted, &how, &why), qPrintable(why));
    QCOMPARE(how, CramReference::Match::Slices);
    // htslib agrees: the bases decode against it.
    samFile* fp = sam_open(QFile::encodeName(c.cram).constData(), "r");
    QVERIFY(fp);
    QCOMPARE(hts_set_fai_filename(fp, QFile::encodeName(c.fasta).constData()), 0);
    sam_hdr_t* h = sam_hdr_read(fp);
    bam1_t* b = bam_init1();
    int ret = 0, n = 0;
    while ((ret = sam_read1(fp, h, b)) >= 0)
        ++n;
    QCOMPARE(ret, -1);
    QCOMPARE(n, 55);
    bam_destroy1(b);
    sam_hdr_destroy(h);
    sam_close(fp);
}

void TestCramReference::missingReferenceReported()
{
    const Case c = makeCase(QStringLiteral("missing"));
    QVERIFY(QFile::remove(c.fasta));
    QVERIFY(QFile::remove(c.fasta + QStringLiteral(".fai")));
    const QVector<ReferenceSequence> wanted = headerSequences(c.cram);

    AlignmentScan scan;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(AlignmentStatsReader::read(c.cram, ReadOptions(), &scan, &error));
    QVERIFY(timer.elapsed() < 30000); // no waiting on a network
    QCOMPARE(scan.problems.size(), 1);
    const FileProblem& p = scan.problems[0];
    QCOMPARE(p.code, QStringLiteral("missing-reference"));
    QCOMPARE(p.severity, FileProblem::Severity::Error);
    // It names what is needed (M5 and UR) and how to provide it.
    QVERIFY2(p.message.contains(wanted[0].md5), qPrintable(p.message));
    QVERIFY2(p.message.contains(wanted[0].uri), qPrintable(p.message));
    QVERIFY(p.message.contains(QLatin1String(".fai")));
    QVERIFY(p.message.contains(QLatin1String("REF_PATH")));
    QVERIFY(scan.referenceUsed.isEmpty());

    // The statistics need no bases: they are complete and equal the BAM's.
    QVERIFY(scan.complete);
    AlignmentScan bamScan;
    QVERIFY(AlignmentStatsReader::read(c.bam, ReadOptions(), &bamScan, &error));
    QCOMPARE(scan.statistics.toJson(), bamScan.statistics.toJson());
    // Nothing was fetched into htslib's cache.
    QVERIFY(folderIsEmpty(m_cache));
}

void TestCramReference::needsExternalReference()
{
    using Need = CramReference::Need;
    const Case plain = makeCase(QStringLiteral("need-plain"));
    QCOMPARE(CramReference::needsExternalReference(plain.cram), Need::Yes);

    const Case embedded = makeCase(QStringLiteral("need-embedded"), CramKind::EmbeddedReference);
    QCOMPARE(CramReference::needsExternalReference(embedded.cram), Need::No);

    const Case noRef = makeCase(QStringLiteral("need-noref"), CramKind::NoReference);
    QCOMPARE(CramReference::needsExternalReference(noRef.cram), Need::No);

    const Case unmapped =
        makeCase(QStringLiteral("need-unmapped"), CramKind::Plain, samText(QByteArray(), true));
    QCOMPARE(CramReference::needsExternalReference(unmapped.cram), Need::No);

    QCOMPARE(CramReference::needsExternalReference(plain.bam), Need::Unknown);

    // Without their FASTA, the CRAMs that carry their own bases raise no problem.
    for (const Case* c : {&embedded, &noRef, &unmapped}) {
        QVERIFY(QFile::remove(c->fasta));
        AlignmentScan scan;
        QString error;
        QVERIFY(AlignmentStatsReader::read(c->cram, ReadOptions(), &scan, &error));
        QVERIFY(scan.complete);
        QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.value(0).message));
        AlignmentScan bamScan;
        QVERIFY(AlignmentStatsReader::read(c->bam, ReadOptions(), &bamScan, &error));
        QCOMPARE(scan.statistics.toJson(), bamScan.statistics.toJson());
    }
}

void TestCramReference::bgzipFasta()
{
    const Case c = makeCase(QStringLiteral("bgzip"));
    QVERIFY(QFile::remove(c.fasta));
    QVERIFY(QFile::remove(c.fasta + QStringLiteral(".fai")));
    const QString gz = c.folder + QStringLiteral("/genome.fa.gz");
    QVERIFY(writeBgzf(gz, fastaText(kChr1, kChr2)));
    QCOMPARE(fai_build(QFile::encodeName(gz).constData()), 0); // writes .fai and .gzi
    const CramReference::Result r = CramReference::find(c.cram, ReadOptions());
    QCOMPARE(r.location, gz);
    QCOMPARE(r.match, CramReference::Match::Md5);

    // Plain gzip cannot be indexed by htslib: turned down with the reason.
    QVERIFY(QFile::remove(gz));
    QVERIFY(writeGzip(gz, fastaText(kChr1, kChr2)));
    const CramReference::Result r2 = CramReference::find(c.cram, ReadOptions());
    QVERIFY(!r2.found());
    QVERIFY2(r2.rejected.join(' ').contains(QLatin1String("gzip, not bgzip")),
             qPrintable(r2.rejected.join('\n')));
}

void TestCramReference::refCache()
{
    // htslib's own cache layout (REF_CACHE/ab/cd/abcd...): every M5 present is enough.
    const Case c = makeCase(QStringLiteral("cache"));
    QVERIFY(QFile::remove(c.fasta));
    QVERIFY(QFile::remove(c.fasta + QStringLiteral(".fai")));
    const QString cache = m_dir.filePath(QStringLiteral("own-cache"));
    const QByteArray savedCache = qgetenv("REF_CACHE");
    qputenv("REF_CACHE", QFile::encodeName(HtsEnvironment::cachePattern(cache)));
    for (const ReferenceSequence& sq : headerSequences(c.cram)) {
        const QString file = cache + QLatin1Char('/') + sq.md5.left(2) + QLatin1Char('/') +
                             sq.md5.mid(2, 2) + QLatin1Char('/') + sq.md5.mid(4);
        QVERIFY(writeText(file, sq.name == QLatin1String("chr1") ? kChr1 : kChr2));
        QCOMPARE(CramReference::cachedSequence(sq.md5), file);
    }
    const CramReference::Result r = CramReference::find(c.cram, ReadOptions());
    QCOMPARE(r.source, CramReference::Source::Cache);
    qputenv("REF_CACHE", savedCache);
    QVERIFY(!CramReference::find(c.cram, ReadOptions()).found());
}

QTEST_GUILESS_MAIN(TestCramReference)
#include "test_CramReference.moc"
