#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "models/formats/FileProblem.h"

namespace steward {

/** One file as the catalog knows it: what the scanner found, ready to store in one transaction. */
struct FileRecord
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    qint64 datasetId = 0;
    QString role; // data | index | sidecar | reference (set by dataset grouping)
    QString path;
    QString relPath;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    QString format;      // vcf, bcf, sam, bam, cram, fasta, fai, tbi, csi, bai, crai, gzi,
                         // phenopacket, ped, samplesheet, other
    QString compression; // none, gzip, bgzf, cram
    QString formatVersion;
    QString indexPath;
    QString indexStatus; // ok, missing, stale, unreadable, not-indexable, n/a
    int eofOk = -1;      // 1 ok, 0 truncated, -1 not applicable
    QString status;      // ok, warning, error
    QString headerText;
    qint64 scanMs = 0;
    QString scannedAt;

    QStringList samples;
    struct Contig
    {
        QString name;
        qint64 length = -1;
        qint64 records = -1; // variants: records; alignments: mapped reads
        qint64 unmapped = -1;
    };
    QVector<Contig> contigs;

    QString statisticsKind; // variants | alignments | empty
    QJsonObject statistics;
    qint64 recordCount = -1;

    FileProblems problems;

    bool isDataFile() const
    {
        return format == QLatin1String("vcf") || format == QLatin1String("bcf") ||
               format == QLatin1String("sam") || format == QLatin1String("bam") ||
               format == QLatin1String("cram");
    }
    bool isSidecar() const
    {
        return format == QLatin1String("phenopacket") || format == QLatin1String("ped") ||
               format == QLatin1String("samplesheet");
    }
    /** The worst problem's severity as the file status. */
    void updateStatus()
    {
        status = QStringLiteral("ok");
        for (const FileProblem& p : std::as_const(problems)) {
            if (p.severity == FileProblem::Severity::Error) {
                status = QStringLiteral("error");
                return;
            }
            if (p.severity == FileProblem::Severity::Warning)
                status = QStringLiteral("warning");
        }
    }
    /** The first error message, for one-line summaries. */
    QString firstError() const
    {
        for (const FileProblem& p : problems)
            if (p.severity == FileProblem::Severity::Error)
                return p.message;
        return QString();
    }
};

/** A folder the user opened as a workspace. */
struct WorkspaceRecord
{
    qint64 id = 0;
    QString path;
    QString name;
    QString addedAt;
    QString lastScanAt;
};

} // namespace steward
