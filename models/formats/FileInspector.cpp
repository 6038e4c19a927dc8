#include "models/formats/FileInspector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include "models/formats/AlignmentStatistics.h"
#include "models/formats/FormatDetector.h"
#include "models/formats/HtsHandles.h"
#include "models/formats/SidecarReader.h"
#include "models/formats/VariantStatistics.h"

namespace steward {
namespace {

void addProblem(FileRecord& r, FileProblem::Severity s, const char* code, const QString& message,
                const QString& location = QString())
{
    r.problems.push_back({s, QString::fromLatin1(code), message, location});
}

QString replaceSuffix(const QString& path, const QString& suffix, const QString& with)
{
    if (!path.endsWith(suffix))
        return QString();
    return path.left(path.size() - suffix.size()) + with;
}

void checkIndex(FileRecord& r)
{
    if (r.format == QLatin1String("vcf") || r.format == QLatin1String("sam")) {
        if (r.compression == QLatin1String("none")) {
            r.indexStatus = QStringLiteral("not-indexable");
            addProblem(r, FileProblem::Severity::Info, "uncompressed",
                       FileInspector::tr(
                           "Uncompressed text cannot be indexed; region queries need the file "
                           "compressed with bgzip and indexed (tabix, samtools index)."));
            return;
        }
        if (r.compression == QLatin1String("gzip")) {
            r.indexStatus = QStringLiteral("not-indexable");
            addProblem(
                r, FileProblem::Severity::Warning, "plain-gzip",
                FileInspector::tr(
                    "Compressed with plain gzip, not BGZF: it reads front to back but cannot "
                    "be indexed. Recompress it with bgzip to allow region queries."));
            return;
        }
    }
    const QStringList candidates = FileInspector::indexCandidates(r.path, r.format);
    QString found;
    for (const QString& c : candidates) {
        if (QFileInfo::exists(c)) {
            found = c;
            break;
        }
    }
    if (found.isEmpty()) {
        const QString bai = r.path + QStringLiteral(".bai");
        if (r.format == QLatin1String("cram") && QFileInfo::exists(bai)) {
            r.indexPath = bai;
            r.indexStatus = QStringLiteral("unreadable");
            addProblem(r, FileProblem::Severity::Warning, "wrong-index-kind",
                       FileInspector::tr(
                           "A .bai index lies next to this CRAM, but CRAM files need a .crai index "
                           "(samtools index makes one)."));
            return;
        }
        r.indexStatus = QStringLiteral("missing");
        const QString tool = r.format == QLatin1String("vcf")   ? QStringLiteral("tabix -p vcf")
                             : r.format == QLatin1String("bcf") ? QStringLiteral("bcftools index")
                             : r.format == QLatin1String("fasta")
                                 ? QStringLiteral("samtools faidx")
                                 : QStringLiteral("samtools index");
        addProblem(r, FileProblem::Severity::Warning, "missing-index",
                   FileInspector::tr(
                       "No index found next to the file; region queries need one (%1 makes it).")
                       .arg(tool));
        return;
    }
    r.indexPath = found;
    const QFileInfo data(r.path), index(found);
    // Whole seconds, as htslib compares them: an index written in the same second as its
    // data (as bgzip + tabix in one go do) is not stale.
    if (index.lastModified().toSecsSinceEpoch() < data.lastModified().toSecsSinceEpoch()) {
        r.indexStatus = QStringLiteral("stale");
        addProblem(r, FileProblem::Severity::Warning, "stale-index",
                   FileInspector::tr(
                       "The index %1 is older than the data file; it may not match. Rebuild it.")
                       .arg(index.fileName()));
        return;
    }
    r.indexStatus = QStringLiteral("ok");
    if (r.format == QLatin1String("fasta") || r.format == QLatin1String("cram"))
        return; // .fai and .crai are checked by the readers that use them
    const QByteArray fn = QFile::encodeName(r.path), fnidx = QFile::encodeName(found);
    const int fmt = found.endsWith(QLatin1String(".tbi"))   ? HTS_FMT_TBI
                    : found.endsWith(QLatin1String(".csi")) ? HTS_FMT_CSI
                                                            : HTS_FMT_BAI;
    HtsIndexPtr idx(hts_idx_load3(fn.constData(), fnidx.constData(), fmt,
                                  HTS_IDX_SAVE_REMOTE | HTS_IDX_SILENT_FAIL));
    if (!idx) {
        r.indexStatus = QStringLiteral("unreadable");
        addProblem(
            r, FileProblem::Severity::Warning, "unreadable-index",
            FileInspector::tr("The index %1 cannot be read; rebuild it.").arg(index.fileName()));
    }
}

void readFastaIndex(FileRecord& r)
{
    QFile fai(r.path + QStringLiteral(".fai"));
    if (!fai.open(QIODevice::ReadOnly))
        return;
    QTextStream in(&fai);
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char('\t'));
        if (f.size() >= 2)
            r.contigs.push_back({f.at(0), f.at(1).toLongLong(), -1, -1});
    }
}

void inspectVariants(FileRecord& r, const ReadOptions& options)
{
    VariantScan scan;
    QString error;
    if (!VariantStatsReader::read(r.path, options, &scan, &error)) {
        addProblem(r, FileProblem::Severity::Error, "unreadable-header", error);
        return;
    }
    r.headerText = scan.headerText;
    r.formatVersion = scan.fileFormatVersion;
    r.samples = scan.samples;
    r.problems += scan.problems;
    if (scan.cancelled)
        return;
    for (const auto& c : std::as_const(scan.statistics.contigs))
        r.contigs.push_back({c.name, c.length, c.records, -1});
    r.statisticsKind = QStringLiteral("variants");
    r.statistics = scan.statistics.toJson();
    r.recordCount = scan.statistics.records;
}

void inspectAlignments(FileRecord& r, const ReadOptions& options)
{
    AlignmentScan scan;
    QString error;
    if (!AlignmentStatsReader::read(r.path, options, &scan, &error)) {
        addProblem(r, FileProblem::Severity::Error, "unreadable-header", error);
        return;
    }
    r.headerText = scan.headerText;
    r.samples = scan.statistics.samples;
    r.problems += scan.problems;
    if (scan.cancelled)
        return;
    for (const auto& c : std::as_const(scan.statistics.contigs))
        r.contigs.push_back({c.name, c.length, c.mapped, c.unmapped});
    r.statisticsKind = QStringLiteral("alignments");
    r.statistics = scan.statistics.toJson();
    r.recordCount = scan.statistics.flagstat.total[0] + scan.statistics.flagstat.total[1];
}

/** The format a file's name promises, for files whose content htslib does not recognise. */
QString formatPromisedByName(const QString& path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    static const std::pair<const char*, const char*> suffixes[] = {
        {".vcf", "VCF"},       {".vcf.gz", "VCF"},      {".vcf.bgz", "VCF"},
        {".bcf", "BCF"},       {".sam", "SAM"},         {".bam", "BAM"},
        {".cram", "CRAM"},     {".tbi", "tabix index"}, {".csi", "CSI index"},
        {".bai", "BAM index"}, {".crai", "CRAM index"}};
    for (const auto& [suffix, kind] : suffixes)
        if (name.endsWith(QLatin1String(suffix)))
            return QLatin1String(kind);
    return QString();
}

/** Says why a file named as a genomic format is not one, as precisely as its text allows. */
QString whyUnrecognised(const QString& path, const QString& promised)
{
    QFile f(path);
    QByteArray head;
    if (f.open(QIODevice::ReadOnly))
        head = f.read(4096);
    if (head.isEmpty())
        return FileInspector::tr("Named as a %1 file, but it is empty.").arg(promised);
    if (promised == QLatin1String("VCF")) {
        if (head.startsWith("\x1f\x8b"))
            return FileInspector::tr(
                "Named as a VCF, but after decompression it does not start with a "
                "##fileformat=VCF line; htslib cannot read it.");
        if (!head.startsWith("##fileformat=VCF"))
            return FileInspector::tr(
                "Named as a VCF, but the first line is not ##fileformat=VCFv4.x; htslib "
                "cannot read it. Add the header line or fix the file.");
        if (head.contains("\r\n"))
            return FileInspector::tr(
                "Named as a VCF, but it has Windows (CRLF) line endings; convert them to LF.");
    }
    return FileInspector::tr(
               "Named as a %1 file, but its content is not recognised as one; htslib cannot "
               "read it.")
        .arg(promised);
}

} // namespace

QStringList FileInspector::indexCandidates(const QString& path, const QString& format)
{
    QStringList list;
    if (format == QLatin1String("vcf"))
        list << path + QStringLiteral(".tbi") << path + QStringLiteral(".csi");
    else if (format == QLatin1String("bcf"))
        list << path + QStringLiteral(".csi");
    else if (format == QLatin1String("bam") || format == QLatin1String("sam"))
        list << path + QStringLiteral(".bai") << path + QStringLiteral(".csi")
             << replaceSuffix(path, QStringLiteral(".bam"), QStringLiteral(".bai"));
    else if (format == QLatin1String("cram"))
        list << path + QStringLiteral(".crai")
             << replaceSuffix(path, QStringLiteral(".cram"), QStringLiteral(".crai"));
    else if (format == QLatin1String("fasta"))
        list << path + QStringLiteral(".fai");
    list.removeAll(QString());
    return list;
}

FileRecord FileInspector::inspect(const QString& path, const QString& root,
                                  const ReadOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    FileRecord r;
    const QFileInfo info(path);
    r.path = info.absoluteFilePath();
    r.relPath = QDir(root).relativeFilePath(r.path);
    r.size = info.size();
    r.mtimeMs = info.lastModified().toMSecsSinceEpoch();

    const DetectedFormat detected = FormatDetector::detect(r.path);
    r.format = detected.format.isEmpty() ? QStringLiteral("other") : detected.format;
    r.compression = detected.compression.isEmpty() ? QStringLiteral("none") : detected.compression;
    r.formatVersion = detected.version;
    if (!detected.error.isEmpty()) {
        addProblem(r, FileProblem::Severity::Error, "unreadable", detected.error);
    } else if (r.format == QLatin1String("vcf") || r.format == QLatin1String("bcf")) {
        checkIndex(r);
        inspectVariants(r, options);
    } else if (r.format == QLatin1String("sam") || r.format == QLatin1String("bam") ||
               r.format == QLatin1String("cram")) {
        checkIndex(r);
        inspectAlignments(r, options);
    } else if (r.format == QLatin1String("fasta")) {
        checkIndex(r);
        readFastaIndex(r);
    } else if (r.isSidecar()) {
        const SidecarContent content = SidecarReader::read(r.path, r.format);
        r.samples = content.samples;
        r.formatVersion = content.version;
        r.problems += content.problems;
    } else {
        const QString promised = formatPromisedByName(r.path);
        if (!promised.isEmpty() && r.format != QLatin1String("tbi") &&
            r.format != QLatin1String("csi") && r.format != QLatin1String("bai") &&
            r.format != QLatin1String("crai"))
            addProblem(r, FileProblem::Severity::Error, "unrecognised-content",
                       whyUnrecognised(r.path, promised));
        else if (r.format == QLatin1String("empty"))
            addProblem(r, FileProblem::Severity::Info, "empty",
                       FileInspector::tr("The file is empty."));
    }
    // Truncation is a property of the whole file: record it separately for quick filtering.
    for (const FileProblem& p : std::as_const(r.problems))
        if (p.code == QLatin1String("truncated"))
            r.eofOk = 0;
    if (r.eofOk < 0 &&
        (r.compression == QLatin1String("bgzf") || r.compression == QLatin1String("cram")) &&
        r.isDataFile())
        r.eofOk = 1;
    r.updateStatus();
    r.scanMs = timer.elapsed();
    return r;
}

} // namespace steward
