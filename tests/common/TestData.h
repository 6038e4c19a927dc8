#pragma once

// Helpers shared by the tests: paths to the real third-party files read in place, small
// generated inputs, and running the reference tools.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <htslib/bgzf.h>
#include <htslib/faidx.h>
#include <htslib/hts.h>
#include <htslib/sam.h>
#include <htslib/vcf.h>

namespace steward::test {

/** A file under ../shared/data, or an empty string when the folder is absent. */
inline QString sharedData(const QString& relative = QString())
{
    const QString root = QStringLiteral(STEWARD_SHARED_DATA);
    if (!QFileInfo(root).isDir())
        return QString();
    return relative.isEmpty() ? QDir(root).canonicalPath() : QDir(root).filePath(relative);
}

inline QString sharedDataMissingMessage()
{
    return QStringLiteral("../shared/data is not beside the checkout (looked in %1); "
                          "the real-file tests need it")
        .arg(QStringLiteral(STEWARD_SHARED_DATA));
}

inline bool haveTool(const QString& name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

inline bool writeText(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

/** Writes text BGZF-compressed (as bgzip does). */
inline bool writeBgzf(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    BGZF* fp = bgzf_open(QFile::encodeName(path).constData(), "w");
    if (!fp)
        return false;
    const bool ok = bgzf_write(fp, text.constData(), size_t(text.size())) == text.size();
    return bgzf_close(fp) == 0 && ok;
}

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ToolResult runTool(const QString& program, const QStringList& arguments,
                          const QByteArray& input = QByteArray(), int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, arguments);
    ToolResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/** Writes text plain-gzip compressed (not BGZF), as `gzip` does. */
inline bool writeGzip(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const ToolResult r =
        runTool(QStringLiteral("gzip"), {QStringLiteral("-n"), QStringLiteral("-c")}, text);
    return r.exitCode == 0 && writeText(path, r.out);
}

/** A small valid VCF: `records` SNPs on chr1 with `samples` samples. */
inline QByteArray smallVcf(int records, int samples = 2, const QByteArray& contig = "chr1")
{
    QByteArray t = "##fileformat=VCFv4.2\n##contig=<ID=" + contig +
                   ",length=1000000>\n##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                   "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                   "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT";
    for (int s = 0; s < samples; ++s)
        t += "\tS" + QByteArray::number(s + 1);
    t += '\n';
    const char* alts = "GTCA";
    for (int i = 0; i < records; ++i) {
        t += contig + '\t' + QByteArray::number(100 + i * 10) + "\t.\tA\t" +
             alts[i % 4 == 3 ? 0 : i % 4] + "\t50\tPASS\tDP=10\tGT";
        for (int s = 0; s < samples; ++s)
            t += (s + i) % 3 == 0 ? "\t0/1" : (s + i) % 3 == 1 ? "\t1/1" : "\t0/0";
        t += '\n';
    }
    return t;
}

/** A small valid SAM: `reads` unpaired reads on chr1. */
inline QByteArray smallSam(int reads, const QByteArray& contig = "chr1")
{
    QByteArray t =
        "@HD\tVN:1.6\tSO:coordinate\n@SQ\tSN:" + contig + "\tLN:100000\n@RG\tID:rg1\tSM:NA00001\n";
    for (int i = 0; i < reads; ++i)
        t += "r" + QByteArray::number(i) + "\t0\t" + contig + '\t' + QByteArray::number(100 + i) +
             "\t60\t10M\t*\t0\t0\tACGTACGTAC\tIIIIIIIIII\tRG:Z:rg1\n";
    return t;
}

/** Rewrites a VCF (any flavour) as `mode` ("wz" VCF.gz, "wb" BCF) with htslib. */
inline bool convertVariants(const QString& in, const QString& out, const char* mode)
{
    QDir().mkpath(QFileInfo(out).absolutePath());
    htsFile* src = hts_open(QFile::encodeName(in).constData(), "r");
    if (!src)
        return false;
    bcf_hdr_t* hdr = bcf_hdr_read(src);
    htsFile* dst = hts_open(QFile::encodeName(out).constData(), mode);
    bool ok = hdr && dst && bcf_hdr_write(dst, hdr) == 0;
    bcf1_t* rec = bcf_init();
    while (ok && bcf_read(src, hdr, rec) == 0)
        ok = bcf_write(dst, hdr, rec) == 0;
    bcf_destroy(rec);
    if (dst)
        ok = hts_close(dst) == 0 && ok;
    if (hdr)
        bcf_hdr_destroy(hdr);
    hts_close(src);
    return ok;
}

/** Rewrites a SAM as `mode` ("wb" BAM, "wc" CRAM with `reference`) with htslib. */
inline bool convertAlignments(const QString& in, const QString& out, const char* mode,
                              const QString& reference = QString())
{
    QDir().mkpath(QFileInfo(out).absolutePath());
    samFile* src = sam_open(QFile::encodeName(in).constData(), "r");
    if (!src)
        return false;
    sam_hdr_t* hdr = sam_hdr_read(src);
    samFile* dst = sam_open(QFile::encodeName(out).constData(), mode);
    if (dst && !reference.isEmpty())
        hts_set_fai_filename(dst, QFile::encodeName(reference).constData());
    bool ok = hdr && dst && sam_hdr_write(dst, hdr) == 0;
    bam1_t* rec = bam_init1();
    while (ok && sam_read1(src, hdr, rec) >= 0)
        ok = sam_write1(dst, hdr, rec) >= 0;
    bam_destroy1(rec);
    if (dst)
        ok = sam_close(dst) == 0 && ok;
    if (hdr)
        sam_hdr_destroy(hdr);
    sam_close(src);
    return ok;
}

/** A FASTA of one contig of `length` bases, with its .fai. */
inline bool writeFasta(const QString& path, const QByteArray& contig, int length)
{
    QByteArray t = ">" + contig + "\n";
    const char* bases = "ACGT";
    for (int i = 0; i < length; ++i) {
        t += bases[(i * 7 + i / 3) % 4];
        if ((i + 1) % 60 == 0)
            t += '\n';
    }
    t += '\n';
    return writeText(path, t) && fai_build(QFile::encodeName(path).constData()) == 0;
}

} // namespace steward::test
