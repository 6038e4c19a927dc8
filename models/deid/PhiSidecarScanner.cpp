#include "models/deid/PhiSidecarScanner.h"

#include <algorithm>
#include <vector>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "models/common/DelimitedTable.h"
#include "models/deid/PhiCollector.h"

namespace steward {
namespace {

bool readSmallFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = PhiScanner::tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > kMaxSidecarBytes) {
        *error = PhiScanner::tr("%1 is larger than %2 MB; sidecars that large are not scanned.")
                     .arg(path)
                     .arg(kMaxSidecarBytes / (1024 * 1024));
        return false;
    }
    *bytes = f.readAll();
    if (bytes->startsWith("\xEF\xBB\xBF"))
        bytes->remove(0, 3);
    return true;
}

QString normalisedKey(const QString& key)
{
    QString out;
    for (QChar ch : key)
        if (ch.isLetterOrNumber())
            out += ch.toLower();
    return out;
}

bool isYearOnly(const QString& value)
{
    static const QRegularExpression year(QStringLiteral(R"(^\s*\d{4}\s*$)"));
    return year.match(value).hasMatch();
}

/** Walks Phenopacket (or any) JSON; line numbers come from the value's first occurrence. */
class JsonWalker
{
public:
    JsonWalker(const QString& raw, PhiCollector& c) : m_raw(raw), m_c(c)
    {
        for (int i = 0; i < raw.size(); ++i)
            if (raw.at(i) == QLatin1Char('\n'))
                m_lineStarts.push_back(i + 1);
    }

    void walk(const QJsonValue& v, const QString& key, const QString& parentKey,
              const QString& timeKey)
    {
        const QString nk = normalisedKey(key);
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const bool mapOfIds = nk == QLatin1String("individualtofileidentifiers");
            const bool timeField = nk == QLatin1String("timeatlastencounter") ||
                                   nk == QLatin1String("timeofdeath") ||
                                   nk == QLatin1String("timeofcollection");
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (mapOfIds) { // individual id -> the sample id used in the file
                    const QString fileId = it.value().toString();
                    m_c.sampleId(key, it.key(), lineOf(fileId, it.key()));
                    if (!fileId.isEmpty())
                        m_c.sampleId(key, fileId, lineOf(fileId, it.key()));
                    continue;
                }
                // An "id" belongs to the object it is in: keep this object's key as context.
                walk(it.value(), it.key(), key, timeField ? key : timeKey);
            }
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (const QJsonValue& e : a) {
                if (nk == QLatin1String("alternateids") && e.isString())
                    sample(key, e.toString());
                else
                    walk(e, key, parentKey, timeKey);
            }
        } else if (v.isString()) {
            value(v.toString(), key, nk, normalisedKey(parentKey), timeKey);
        }
    }

private:
    static QString quoted(const QString& text)
    {
        QString q = text;
        q.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    /** The line of `"key": "value"` (or of the value alone when the key is not next to it). */
    int lineOf(const QString& text, const QString& key = QString()) const
    {
        int at = -1;
        if (!key.isEmpty()) {
            const QRegularExpression pair(QRegularExpression::escape(quoted(key)) +
                                          QStringLiteral(R"(\s*:\s*)") +
                                          QRegularExpression::escape(quoted(text)));
            at = int(pair.match(m_raw).capturedStart());
        }
        if (at < 0)
            at = int(m_raw.indexOf(quoted(text)));
        if (at < 0)
            return 0;
        return int(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), at) -
                   m_lineStarts.begin()) +
               1;
    }
    void sample(const QString& field, const QString& id, const QString& key = QString())
    {
        if (!id.isEmpty() && id != QLatin1String("0"))
            m_c.sampleId(field, id, lineOf(id, key));
    }
    void value(const QString& s, const QString& key, const QString& nk, const QString& parent,
               const QString& timeKey)
    {
        if (s.trimmed().isEmpty())
            return;
        const int line = lineOf(s, key);
        static const QSet<QString> idKeys = {
            QStringLiteral("individualid"), QStringLiteral("subjectorbiosampleid"),
            QStringLiteral("paternalid"),   QStringLiteral("maternalid"),
            QStringLiteral("familyid"),     QStringLiteral("probandid"),
            QStringLiteral("biosampleid"),  QStringLiteral("subjectid")};
        const bool subjectId =
            nk == QLatin1String("id") &&
            (parent == QLatin1String("subject") || parent == QLatin1String("individual") ||
             parent == QLatin1String("biosamples") || parent == QLatin1String("proband"));
        if (subjectId || idKeys.contains(nk))
            sample(key, s, key);
        else if (nk == QLatin1String("dateofbirth"))
            m_c.add(PhiClass::Date, isYearOnly(s) ? PhiSeverity::Low : PhiSeverity::High, key, s,
                    line);
        else if (nk == QLatin1String("created"))
            m_c.add(PhiClass::Date, PhiSeverity::Medium, key, s, line);
        else if (nk == QLatin1String("createdby") || nk == QLatin1String("submittedby"))
            m_c.add(PhiClass::PersonName, PhiSeverity::Medium, key, s, line);
        else if (!timeKey.isEmpty() && nk == QLatin1String("timestamp"))
            m_c.add(PhiClass::Date, PhiSeverity::High, timeKey, s, line);
        else if (nk == QLatin1String("uri"))
            m_c.pathValue(s, key, line);
        else if (parent != QLatin1String("resources")) // ontology descriptors are public
            m_c.scan(s, timeKey.isEmpty() ? key : timeKey, line);
    }

    const QString& m_raw;
    PhiCollector& m_c;
    std::vector<int> m_lineStarts;
};

} // namespace

bool PhiSidecarScanner::scanJson(const QString& path, PhiCollector& c, QString* error)
{
    QByteArray bytes;
    if (!readSmallFile(path, &bytes, error))
        return false;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        *error = PhiScanner::tr("Cannot read %1: invalid JSON at byte %2 (%3).")
                     .arg(path)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QString raw = QString::fromUtf8(bytes);
    JsonWalker walker(raw, c);
    walker.walk(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QString(),
                QString(), QString());
    return true;
}

bool PhiSidecarScanner::scanPed(const QString& path, PhiCollector& c, QString* error)
{
    QByteArray bytes;
    if (!readSmallFile(path, &bytes, error))
        return false;
    const QStringList lines = PhiCollector::splitLines(QString::fromUtf8(bytes));
    static const QRegularExpression ws(QStringLiteral(R"(\s+)"));
    const QString names[] = {PhiScanner::tr("family"), PhiScanner::tr("individual"),
                             PhiScanner::tr("father"), PhiScanner::tr("mother")};
    // Ids first, so they are found again in the free-text columns.
    for (const QString& line : lines)
        if (!line.startsWith(QLatin1Char('#'))) {
            const QStringList cols = line.trimmed().split(ws, Qt::SkipEmptyParts);
            for (int j = 0; j < std::min(4, int(cols.size())); ++j)
                c.samples.add(cols.at(j));
        }
    qint64 row = 0;
    bool header = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            if (header || !line.contains(QLatin1String("ID"), Qt::CaseInsensitive))
                c.scan(QStringView(line).mid(1), PhiScanner::tr("comment"), i + 1);
            header = true;
            continue;
        }
        const QStringList cols = line.split(ws, Qt::SkipEmptyParts);
        for (int j = 0; j < cols.size(); ++j) {
            const QString& v = cols.at(j);
            if (j < 4) {
                if (v != QLatin1String("0") && v != QLatin1String(".") && v != QLatin1String("-9"))
                    c.sampleId(names[j], v, i + 1, row);
            } else if (j >= 6) {
                c.scan(v, PhiScanner::tr("column %1").arg(j + 1), i + 1, row);
            }
        }
        ++row;
    }
    return true;
}

bool PhiSidecarScanner::scanTable(const QString& path, PhiCollector& c, QString* error)
{
    QByteArray bytes;
    if (!readSmallFile(path, &bytes, error))
        return false;
    const QString text = QString::fromUtf8(bytes);
    const QString first = text.left(int(text.indexOf(QLatin1Char('\n'))));
    QChar delimiter;
    if (path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ||
        first.contains(QLatin1Char('\t')))
        delimiter = QLatin1Char('\t');
    else if (first.contains(QLatin1Char(',')))
        delimiter = QLatin1Char(',');
    else if (first.contains(QLatin1Char(';')))
        delimiter = QLatin1Char(';');
    if (delimiter.isNull()) { // plain text: every line through the detectors
        const QStringList lines = PhiCollector::splitLines(text);
        for (int i = 0; i < lines.size(); ++i)
            c.scan(lines.at(i), PhiScanner::tr("text"), i + 1);
        return true;
    }
    QVector<DelimitedTable::Row> all;
    int badLine = 0;
    if (!DelimitedTable::splitRecords(text, delimiter, &all, &badLine)) {
        *error = PhiScanner::tr("Cannot read %1: the quoted field opened on line %2 is never "
                                "closed.")
                     .arg(path)
                     .arg(badLine);
        return false;
    }
    QVector<QPair<int, QStringList>> records;
    for (const DelimitedTable::Row& r : all)
        if (r.fields.size() > 1 || !r.fields.value(0).trimmed().isEmpty())
            records.push_back({r.line, r.fields});
    if (records.isEmpty())
        return true;
    const QStringList header = records.first().second;
    struct Kind
    {
        bool known = false;
        PhiClass c = PhiClass::FreeText;
        PhiSeverity s = PhiSeverity::Low;
    };
    QVector<Kind> kinds(header.size());
    for (int j = 0; j < header.size(); ++j)
        kinds[j].known = PhiDetectors::columnClass(header.at(j), &kinds[j].c, &kinds[j].s);
    for (int r = 1; r < records.size(); ++r)
        for (int j = 0; j < std::min(header.size(), records.at(r).second.size()); ++j)
            if (kinds.at(j).known && kinds.at(j).c == PhiClass::SampleId)
                c.samples.add(records.at(r).second.at(j).trimmed());
    for (int r = 1; r < records.size(); ++r) {
        const int line = records.at(r).first;
        const qint64 row = r - 1;
        const QStringList& cells = records.at(r).second;
        for (int j = 0; j < cells.size(); ++j) {
            const QString v = cells.at(j).trimmed();
            const QString field = j < header.size() && !header.at(j).trimmed().isEmpty()
                                      ? header.at(j).trimmed()
                                      : PhiScanner::tr("column %1").arg(j + 1);
            if (v.isEmpty() || v == QLatin1String("NA") || v == QLatin1String("."))
                continue;
            const Kind k = j < kinds.size() ? kinds.at(j) : Kind();
            if (k.known && k.c == PhiClass::SampleId)
                c.sampleId(field, v, line, row);
            else if (k.known && !(k.c == PhiClass::Date && isYearOnly(v)) &&
                     !(k.c == PhiClass::Age && v.toDouble() < 90))
                c.add(k.c, k.s, field, v, line, row);
            c.scan(v, field, line, row);
        }
    }
    return true;
}

} // namespace steward
