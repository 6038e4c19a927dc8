#pragma once

// Internal to the PHI scanner (PhiScanner.cpp, PhiSidecarScanner.cpp): collects findings with
// their limits, and finds a file's known sample ids again inside other text.

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include "models/deid/PhiDetectors.h"
#include "models/deid/PhiFinding.h"
#include "models/deid/PhiScanner.h"

namespace steward {

inline constexpr int kMaxScannedChars = 8192;  // of one value; longer values are cut for speed
inline constexpr int kMaxCachedValues = 20000; // distinct body values remembered per field
inline constexpr qint64 kMaxSidecarBytes = 64 * 1024 * 1024;

inline bool phiScanCancelled(const PhiScanner::Options& o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

/** Sample identifiers known from the file, found again inside other text (file names in
 * command lines, library names, read names). */
class SampleMatcher final
{
public:
    void add(const QString& id)
    {
        if (id.isEmpty() || id == QLatin1String("0") || id.size() < 3)
            return;
        bool alnum = true;
        for (QChar c : id)
            alnum = alnum && c.isLetterOrNumber();
        if (alnum)
            m_tokens.insert(id);
        else if (m_other.size() < 500 && !m_other.contains(id))
            m_other << id;
    }
    bool isEmpty() const { return m_tokens.isEmpty() && m_other.isEmpty(); }

    QStringList in(QStringView text) const
    {
        QStringList found;
        if (isEmpty())
            return found;
        int start = -1;
        for (int i = 0; i <= text.size(); ++i) {
            const bool word = i < text.size() && text[i].isLetterOrNumber();
            if (word && start < 0)
                start = i;
            else if (!word && start >= 0) {
                const QString token = text.mid(start, i - start).toString();
                if (m_tokens.contains(token) && !found.contains(token))
                    found << token;
                start = -1;
            }
        }
        for (const QString& id : m_other)
            if (text.contains(id) && !found.contains(id))
                found << id;
        return found;
    }

private:
    QSet<QString> m_tokens;
    QStringList m_other;
};

/** Adds findings to a list: one per distinct text per field, at most kMaxPerField per field. */
class PhiCollector final
{
public:
    PhiCollector(const QString& file, PhiFindings* out) : m_file(file), m_out(out) {}

    bool add(PhiClass c, PhiSeverity s, const QString& field, const QString& text, int line,
             qint64 record = -1, const QString& action = QString())
    {
        if (text.trimmed().isEmpty())
            return false;
        const QString key = field + QChar(0x1f) + text;
        if (m_seen.contains(key))
            return false;
        int& count = m_perField[field];
        if (count >= PhiScanner::kMaxPerField)
            return false;
        ++count;
        m_seen.insert(key);
        PhiFinding f;
        f.file = m_file;
        f.line = line;
        f.record = record;
        f.field = field;
        f.phiClass = c;
        f.severity = s;
        f.text = text;
        f.action = action.isEmpty() ? PhiDetectors::suggestedAction(c) : action;
        m_out->push_back(f);
        return true;
    }
    void addAll(const QVector<PhiMatch>& matches, const QString& field, int line,
                qint64 record = -1)
    {
        for (const PhiMatch& m : matches)
            add(m.phiClass, m.severity, field, m.text, line, record);
    }
    /** Runs the detectors and known sample ids over text; returns how many spans were hit. */
    int scan(QStringView text, const QString& field, int line, qint64 record = -1)
    {
        const QStringView cut = text.left(kMaxScannedChars);
        const QVector<PhiMatch> matches = PhiDetectors::find(cut);
        addAll(matches, field, line, record);
        const QStringList ids = samples.in(cut);
        for (const QString& id : ids)
            add(PhiClass::SampleId, PhiSeverity::High, field, id, line, record);
        return int(matches.size() + ids.size());
    }
    void sampleId(const QString& field, const QString& id, int line, qint64 record = -1)
    {
        const QString action =
            PhiDetectors::looksLikeDirectIdentifier(id)
                ? PhiScanner::tr("Pseudonymise (looks like a record number or a name)")
                : QString();
        add(PhiClass::SampleId, PhiSeverity::High, field, id, line, record, action);
    }
    /** A value that is one path or URL (@SQ UR, ##reference, a file uri): a path into a user
     * folder is reported whole, even with spaces ("/Users/x/Google Drive/chr12.fa"). */
    void pathValue(QStringView value, const QString& field, int line)
    {
        static const QRegularExpression userPath(
            QStringLiteral(R"(^(?:file:/*)?(?:/home/|/Users/|[A-Za-z]:\\Users\\)[^/\\]+)"));
        const QStringView v = value.trimmed();
        if (userPath.match(v).hasMatch())
            add(PhiClass::UserPath, PhiSeverity::High, field, v.toString(), line);
        else if (scan(v, field, line) == 0)
            sitePath(v, field, line);
    }
    /** A local absolute path outside user folders: names the site's infrastructure. */
    void sitePath(QStringView value, const QString& field, int line)
    {
        static const QRegularExpression path(
            QStringLiteral(R"(^(?:file:/*)?(/[^\s]+|[A-Za-z]:\\\S+)$)"));
        const auto m = path.match(value.trimmed());
        if (m.hasMatch())
            add(PhiClass::Provenance, PhiSeverity::Low, field, m.captured(0), line);
    }

    /** Lines without their line ends. */
    static QStringList splitLines(const QString& text)
    {
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString& l : lines)
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
        return lines;
    }

    SampleMatcher samples;

private:
    QString m_file;
    PhiFindings* m_out;
    QSet<QString> m_seen;
    QHash<QString, int> m_perField;
};

} // namespace steward
