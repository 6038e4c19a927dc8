#include "models/formats/FormatDetector.h"

#include <htslib/hfile.h>
#include <htslib/hts.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include "models/formats/HtsHandles.h"
#include "models/formats/SidecarReader.h"

namespace steward {
namespace {

QString compressionName(htsCompression c)
{
    switch (c) {
    case no_compression:
        return QStringLiteral("none");
    case gzip:
        return QStringLiteral("gzip");
    case bgzf:
        return QStringLiteral("bgzf");
    default:
        return QStringLiteral("other");
    }
}

QString formatName(htsExactFormat f)
{
    switch (f) {
    case sam:
        return QStringLiteral("sam");
    case bam:
        return QStringLiteral("bam");
    case cram:
        return QStringLiteral("cram");
    case vcf:
        return QStringLiteral("vcf");
    case bcf:
        return QStringLiteral("bcf");
    case bai:
        return QStringLiteral("bai");
    case crai:
        return QStringLiteral("crai");
    case csi:
        return QStringLiteral("csi");
    case tbi:
        return QStringLiteral("tbi");
    case gzi:
        return QStringLiteral("gzi");
    case bed:
        return QStringLiteral("bed");
    case fasta_format:
        return QStringLiteral("fasta");
    case fastq_format:
        return QStringLiteral("fastq");
    case fai_format:
        return QStringLiteral("fai");
    case hts_crypt4gh_format:
        return QStringLiteral("crypt4gh");
    case empty_format:
        return QStringLiteral("empty");
    default:
        return QString();
    }
}

} // namespace

DetectedFormat FormatDetector::detect(const QString& path)
{
    DetectedFormat result;
    const QByteArray local = QFile::encodeName(path);
    HFilePtr fp(hopen(local.constData(), "r"));
    if (!fp) {
        result.error = QCoreApplication::translate("FormatDetector", "Cannot open %1: %2")
                           .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return result;
    }
    htsFormat fmt{};
    if (hts_detect_format2(fp.get(), local.constData(), &fmt) < 0) {
        result.error = QCoreApplication::translate("FormatDetector", "Cannot read %1: %2")
                           .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return result;
    }
    result.format = formatName(fmt.format);
    result.compression =
        fmt.format == cram ? QStringLiteral("cram") : compressionName(fmt.compression);
    if (fmt.version.major >= 0 && fmt.version.major != -1 && !result.format.isEmpty() &&
        result.format != QLatin1String("empty"))
        result.version = fmt.version.minor >= 0
                             ? QStringLiteral("%1.%2").arg(fmt.version.major).arg(fmt.version.minor)
                             : QString::number(fmt.version.major);
    // htslib reports a BED-like guess for many tab-separated texts; sidecars win over it.
    if (!result.format.isEmpty() && result.format != QLatin1String("bed"))
        return result;
    if (fmt.compression != no_compression && result.format.isEmpty()) {
        result.format = QStringLiteral("other");
        return result;
    }
    const QString sidecar = SidecarReader::sniff(path);
    if (!sidecar.isEmpty()) {
        result.format = sidecar;
        result.version.clear();
        return result;
    }
    if (result.format.isEmpty())
        result.format = QStringLiteral("other");
    return result;
}

} // namespace steward
