#include "models/formats/SidecarReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace steward {
namespace {

bool isPhenopacketObject(const QJsonObject& o)
{
    return o.contains(QLatin1String("phenotypicFeatures")) ||
           o.contains(QLatin1String("proband")) ||
           (o.contains(QLatin1String("subject")) && o.contains(QLatin1String("id"))) ||
           (o.contains(QLatin1String("metaData")) &&
            (o.contains(QLatin1String("members")) || o.contains(QLatin1String("diseases")) ||
             o.contains(QLatin1String("interpretations"))));
}

const QStringList& sampleColumnNames()
{
    static const QStringList names{QStringLiteral("sample_id"),   QStringLiteral("sample"),
                                   QStringLiteral("sampleid"),    QStringLiteral("sample_name"),
                                   QStringLiteral("individual"),  QStringLiteral("individual_id"),
                                   QStringLiteral("participant"), QStringLiteral("participant_id"),
                                   QStringLiteral("subject_id")};
    return names;
}

QStringList splitRow(const QString& line, QChar delimiter)
{
    // RFC 4180 quoting for CSV; TSV has none in practice but the same code handles it.
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == delimiter) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QStringList firstLines(const QString& path, int max)
{
    QFile f(path);
    QStringList lines;
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    const QByteArray head = f.read(64 * 1024);
    if (head.contains('\0'))
        return lines;
    const QString text = QString::fromUtf8(head);
    const QStringList all = text.split(QLatin1Char('\n'));
    for (int i = 0; i < all.size() && lines.size() < max; ++i) {
        if (i == all.size() - 1 && head.size() == 64 * 1024)
            break; // possibly cut
        QString line = all.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}

bool looksLikePed(const QStringList& lines)
{
    int rows = 0;
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(ws, Qt::SkipEmptyParts);
        if (f.size() < 6)
            return false;
        static const QStringList sexes{QStringLiteral("0"), QStringLiteral("1"),
                                       QStringLiteral("2"), QStringLiteral("other"),
                                       QStringLiteral("unknown")};
        if (!sexes.contains(f.at(4).toLower()))
            return false;
        ++rows;
    }
    return rows > 0;
}

QChar samplesheetDelimiter(const QStringList& lines)
{
    if (lines.isEmpty())
        return QChar();
    for (QChar d : {QLatin1Char('\t'), QLatin1Char(',')}) {
        const QStringList header = splitRow(lines.first(), d);
        if (header.size() < 2)
            continue;
        bool hasSample = false;
        for (const QString& h : header)
            hasSample |= sampleColumnNames().contains(h.trimmed().toLower());
        if (!hasSample)
            continue;
        return d;
    }
    return QChar();
}

} // namespace

QString SidecarReader::sniff(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray head = f.peek(4096).trimmed();
    if (head.startsWith('{') || head.startsWith('[')) {
        if (f.size() > kMaxJsonBytes)
            return QStringLiteral("json");
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (doc.isObject() && isPhenopacketObject(doc.object()))
            return QStringLiteral("phenopacket");
        return doc.isNull() ? QString() : QStringLiteral("json");
    }
    const QStringList lines = firstLines(path, 50);
    if (lines.isEmpty())
        return QString();
    if (!samplesheetDelimiter(lines).isNull())
        return QStringLiteral("samplesheet");
    if (looksLikePed(lines))
        return QStringLiteral("ped");
    return QString();
}

SidecarContent SidecarReader::read(const QString& path, const QString& format)
{
    SidecarContent content;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        content.problems.push_back(
            {FileProblem::Severity::Error,
             QStringLiteral("unreadable"),
             SidecarReader::tr("Cannot open the file: %1").arg(f.errorString()),
             {}});
        return content;
    }
    if (format == QLatin1String("phenopacket")) {
        if (f.size() > kMaxJsonBytes) {
            content.problems.push_back(
                {FileProblem::Severity::Warning,
                 QStringLiteral("too-large"),
                 SidecarReader::tr("The phenopacket is larger than %1 MB; it was not read.")
                     .arg(kMaxJsonBytes / (1024 * 1024)),
                 {}});
            return content;
        }
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (doc.isNull()) {
            content.problems.push_back(
                {FileProblem::Severity::Error, QStringLiteral("malformed-json"),
                 SidecarReader::tr("Invalid JSON: %1").arg(err.errorString()),
                 SidecarReader::tr("byte %1").arg(err.offset)});
            return content;
        }
        const QJsonObject root = doc.object();
        auto addSubject = [&content](const QJsonObject& packet) {
            const QString id = packet.value(QLatin1String("subject"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toString();
            if (!id.isEmpty() && !content.samples.contains(id))
                content.samples << id;
        };
        if (root.contains(QLatin1String("proband"))) {
            addSubject(root.value(QLatin1String("proband")).toObject());
            const QJsonArray relatives = root.value(QLatin1String("relatives")).toArray();
            for (const QJsonValue& v : relatives)
                addSubject(v.toObject());
        } else if (root.contains(QLatin1String("members"))) {
            for (const QJsonValue& v : root.value(QLatin1String("members")).toArray())
                addSubject(v.toObject());
        } else {
            addSubject(root);
        }
        content.version = root.value(QLatin1String("metaData"))
                              .toObject()
                              .value(QLatin1String("phenopacketSchemaVersion"))
                              .toString();
        if (content.samples.isEmpty())
            content.problems.push_back({FileProblem::Severity::Warning,
                                        QStringLiteral("no-subject"),
                                        SidecarReader::tr("The phenopacket names no subject id."),
                                        {}});
        return content;
    }

    // PED and samplesheets are line-oriented text.
    int lineNo = 0;
    QChar delimiter;
    int sampleColumn = -1;
    int columns = 0;
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    while (!f.atEnd()) {
        QString line = QString::fromUtf8(f.readLine());
        ++lineNo;
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (format == QLatin1String("ped")) {
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(ws, Qt::SkipEmptyParts);
            if (fields.size() < 6) {
                content.problems.push_back(
                    {FileProblem::Severity::Error, QStringLiteral("malformed-row"),
                     SidecarReader::tr("A PED row needs 6 columns (family, individual, father, "
                                       "mother, sex, phenotype); this one has %1.")
                         .arg(fields.size()),
                     SidecarReader::tr("line %1").arg(lineNo)});
                continue;
            }
            content.samples << fields.at(1);
            continue;
        }
        // samplesheet
        if (delimiter.isNull()) {
            delimiter = samplesheetDelimiter({line});
            if (delimiter.isNull()) {
                content.problems.push_back(
                    {FileProblem::Severity::Error, QStringLiteral("no-sample-column"),
                     SidecarReader::tr("The header row has no sample column (sample_id)."),
                     SidecarReader::tr("line %1").arg(lineNo)});
                return content;
            }
            const QStringList header = splitRow(line, delimiter);
            columns = header.size();
            for (int i = 0; i < header.size() && sampleColumn < 0; ++i)
                if (sampleColumnNames().contains(header.at(i).trimmed().toLower()))
                    sampleColumn = i;
            continue;
        }
        const QStringList fields = splitRow(line, delimiter);
        if (fields.size() != columns) {
            content.problems.push_back(
                {FileProblem::Severity::Warning, QStringLiteral("malformed-row"),
                 SidecarReader::tr("This row has %1 columns; the header has %2.")
                     .arg(fields.size())
                     .arg(columns),
                 SidecarReader::tr("line %1").arg(lineNo)});
        }
        const QString sample = fields.value(sampleColumn).trimmed();
        if (sample.isEmpty())
            content.problems.push_back({FileProblem::Severity::Warning,
                                        QStringLiteral("empty-sample"),
                                        SidecarReader::tr("The sample id is empty."),
                                        SidecarReader::tr("line %1").arg(lineNo)});
        else
            content.samples << sample;
    }
    return content;
}

} // namespace steward
