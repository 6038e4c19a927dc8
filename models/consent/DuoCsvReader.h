#pragma once

// The duo.csv reader of DuoReleaseImporter (kept apart from the OWL reader, which is most of
// that file). Internal to the importer; its messages share the importer's translations.

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QVector>

#include "models/consent/DuoReleaseImporter.h"
#include "models/consent/DuoTerm.h"
#include "models/consent/DuoTermTable.h"

namespace steward {

/** One record of the CSV with the line it starts on. */
struct DuoCsvRow
{
    int line = 0;
    QStringList fields;
};

/** Reads the duo.csv table: id, shorthand, label, description. */
class DuoCsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(DuoReleaseImporter)

public:
    explicit DuoCsvReader(const QString& path) : m_path(path) {}

    bool read(const QByteArray& bytes, DuoReleaseImporter::Release* release, QString* error)
    {
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);

        // Leading "#" lines are comments; one may carry the release's version.
        int firstLine = 1;
        QString version;
        while (text.startsWith(QLatin1Char('#'))) {
            qsizetype end = text.indexOf(QLatin1Char('\n'));
            end = end < 0 ? text.size() : end + 1;
            if (version.isEmpty())
                version = versionInComment(text.left(end));
            text.remove(0, end);
            ++firstLine;
        }

        QVector<DuoCsvRow> rows;
        if (!split(text, firstLine, &rows, error))
            return false;
        while (!rows.isEmpty() && isBlank(rows.first()))
            rows.removeFirst();
        if (rows.isEmpty()) {
            *error = tr("%1 is empty: it is neither a DUO OWL file nor a DUO CSV.").arg(m_path);
            return false;
        }
        const DuoCsvRow header = rows.takeFirst();
        if (!readHeader(header, error))
            return false;

        const DuoTermTable& builtIn = DuoTermTable::builtIn();
        QHash<QString, int> lineById;
        int unknownKind = 0;
        for (const DuoCsvRow& row : std::as_const(rows)) {
            if (isBlank(row))
                continue;
            if (row.fields.size() != header.fields.size())
                return malformed(row.line,
                                 tr("it has %1 fields where the header has %2")
                                     .arg(row.fields.size())
                                     .arg(header.fields.size()),
                                 error);
            QString id = row.fields.at(m_idColumn).trimmed();
            if (id.startsWith(QLatin1String("DUO_")))
                id[3] = QLatin1Char(':');
            if (!DuoTerm::isId(id))
                return malformed(row.line, tr("\"%1\" is not a DUO id (DUO:nnnnnnn)").arg(id),
                                 error);
            if (lineById.contains(id))
                return malformed(
                    row.line, tr("%1 was already given on line %2").arg(id).arg(lineById.value(id)),
                    error);
            lineById.insert(id, row.line);

            DuoTerm t;
            t.id = id;
            t.code = row.fields.at(m_codeColumn).trimmed();
            t.label = row.fields.at(m_labelColumn).trimmed();
            // The CSV has no kind, parameter or deprecation flag: Steward's table decides
            // for the ids it knows.
            if (const DuoTerm* known = builtIn.byId(id)) {
                t.kind = known->kind;
                t.parameter = known->parameter;
                t.obsolete = known->obsolete;
                t.replacedBy = known->replacedBy;
            } else if (id != DuoTerm::kPermissionRoot && id != DuoTerm::kModifierRoot) {
                ++unknownKind;
            }
            t.obsolete = t.obsolete || DuoTerm::labelSaysObsolete(t.label);
            release->terms.push_back(t);
        }
        if (release->terms.isEmpty()) {
            *error = tr("%1 contains no DUO terms: the CSV has a header but no rows.").arg(m_path);
            return false;
        }
        if (unknownKind > 0)
            release->warnings
                << tr("%1: %n term(s) (is|are) not in Steward's built-in table, and a "
                      "CSV does not say which terms are permissions or modifiers; "
                      "they are imported as neither. Import duo.owl to use them.",
                      nullptr, unknownKind)
                       .arg(m_path);

        if (!version.isEmpty()) {
            release->name = version;
        } else {
            release->name = QStringLiteral("csv ") + release->sourceSha256.left(12);
            release->warnings << tr("%1 names no version, so the release is called \"%2\" after "
                                    "its SHA-256. Import the release's duo.owl to record its "
                                    "date.")
                                     .arg(m_path, release->name);
        }
        return true;
    }

private:
    bool malformed(int line, const QString& problem, QString* error) const
    {
        *error = tr("%1: line %2 of the CSV is malformed: %3.").arg(m_path).arg(line).arg(problem);
        return false;
    }

    bool readHeader(const DuoCsvRow& header, QString* error)
    {
        QStringList names;
        for (const QString& f : header.fields)
            names << f.trimmed().toLower();
        m_idColumn = int(names.indexOf(QLatin1String("id")));
        m_codeColumn = int(names.indexOf(QLatin1String("shorthand")));
        if (m_codeColumn < 0)
            m_codeColumn = int(names.indexOf(QLatin1String("code")));
        m_labelColumn = int(names.indexOf(QLatin1String("label")));
        if (m_idColumn < 0) {
            *error = tr("%1 is neither RDF/XML nor a DUO CSV: line %2 has no id column (a DUO "
                        "CSV starts with id,shorthand,label,description).")
                         .arg(m_path)
                         .arg(header.line);
            return false;
        }
        if (m_codeColumn < 0 || m_labelColumn < 0) {
            *error =
                tr("%1: the CSV header on line %2 has no %3 column.")
                    .arg(m_path)
                    .arg(header.line)
                    .arg(m_codeColumn < 0 ? QStringLiteral("shorthand") : QStringLiteral("label"));
            return false;
        }
        return true;
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines. */
    bool split(const QString& text, int firstLine, QVector<DuoCsvRow>* rows, QString* error) const
    {
        DuoCsvRow row;
        row.line = firstLine;
        QString field;
        bool quoted = false;
        bool afterQuote = false; // only a comma or a line end may follow a closing quote
        int line = firstLine;
        auto endRecord = [&] {
            row.fields << field;
            field.clear();
            rows->push_back(row);
            row = DuoCsvRow();
            row.line = line;
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c != QLatin1Char('"')) {
                    line += c == QLatin1Char('\n') ? 1 : 0;
                    field += c;
                } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (c == QLatin1Char('\r')) {
                continue;
            } else if (c == QLatin1Char(',')) {
                row.fields << field;
                field.clear();
                afterQuote = false;
            } else if (c == QLatin1Char('\n')) {
                ++line;
                endRecord();
                afterQuote = false;
            } else if (afterQuote) {
                return malformed(line, tr("text follows the closing quote of a field"), error);
            } else if (c == QLatin1Char('"') && field.isEmpty()) {
                quoted = true;
            } else {
                field += c;
            }
        }
        if (quoted)
            return malformed(row.line, tr("a quoted field is never closed"), error);
        if (!field.isEmpty() || !row.fields.isEmpty() || afterQuote)
            endRecord();
        return true;
    }

    static bool isBlank(const DuoCsvRow& row)
    {
        return std::all_of(row.fields.cbegin(), row.fields.cend(),
                           [](const QString& f) { return f.trimmed().isEmpty(); });
    }

    /** "2022-09-21" from a leading comment such as "# DUO release 2022-09-21". */
    static QString versionInComment(const QString& comment)
    {
        static const QRegularExpression date(QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2})\\b"));
        static const QRegularExpression version(QStringLiteral("\\bversion\\b\\s*[:=]?\\s*(\\S+)"),
                                                QRegularExpression::CaseInsensitiveOption);
        QRegularExpressionMatch m = date.match(comment);
        if (!m.hasMatch())
            m = version.match(comment);
        return m.hasMatch() ? m.captured(1) : QString();
    }

    QString m_path;
    int m_idColumn = -1;
    int m_codeColumn = -1;
    int m_labelColumn = -1;
};

/** '' rather than NULL for the NOT NULL text columns: a root class has no code. */

} // namespace steward
