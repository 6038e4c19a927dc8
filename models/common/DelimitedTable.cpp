#include "models/common/DelimitedTable.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace steward {
namespace {

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

bool DelimitedTable::splitRecords(const QString& text, QChar delimiter, QVector<Row>* rows,
                                  int* badLine)
{
    DelimitedTable::Row row;
    row.line = 1;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r'))
                    field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            row.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.fields << field;
            field.clear();
            fieldStarted = false;
            rows->push_back(row);
            row = DelimitedTable::Row();
            ++line;
            row.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *badLine = row.line;
        return false;
    }
    if (fieldStarted || !field.isEmpty() || !row.fields.isEmpty()) {
        row.fields << field;
        rows->push_back(row);
    }
    return true;
}

namespace {

const QStringList& pedColumns()
{
    static const QStringList names{QStringLiteral("family_id"),   QStringLiteral("individual_id"),
                                   QStringLiteral("paternal_id"), QStringLiteral("maternal_id"),
                                   QStringLiteral("sex"),         QStringLiteral("phenotype")};
    return names;
}

} // namespace

bool DelimitedTable::kindFor(const QString& path, Kind* kind)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        *kind = Kind::Csv;
    else if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab") ||
             suffix == QLatin1String("txt"))
        *kind = Kind::Tsv;
    else if (suffix == QLatin1String("ped"))
        *kind = Kind::Ped;
    else
        return false;
    return true;
}

QChar DelimitedTable::delimiter() const
{
    return kind == Kind::Csv ? QLatin1Char(',') : QLatin1Char('\t');
}

bool DelimitedTable::read(const QString& path, Kind kind, DelimitedTable* table, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2.").arg(path, f.errorString());
        return false;
    }
    if (f.size() > kMaxBytes) {
        *error = tr("%1 is larger than %2 MB; a clinical table that large is not read.")
                     .arg(path)
                     .arg(kMaxBytes / (1024 * 1024));
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        *error = tr("Cannot read %1: %2.").arg(path, f.errorString());
        return false;
    }
    return parse(bytes, path, kind, table, error);
}

bool DelimitedTable::parse(const QByteArray& bytes, const QString& path, Kind kind,
                           DelimitedTable* table, QString* error)
{
    *table = DelimitedTable();
    table->kind = kind;
    if (bytes.contains('\0')) {
        *error = tr("%1 is not a text table: it contains NUL bytes.").arg(path);
        return false;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    if (kind == Kind::Ped) {
        static const QRegularExpression ws(QStringLiteral("\\s+"));
        const QStringList lines = text.split(QLatin1Char('\n'));
        int widest = 6;
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            if (line.startsWith(QLatin1Char('#'))) {
                const QString lower = line.toLower();
                const bool names = table->rows.isEmpty() && table->headerText.isEmpty() &&
                                   lower.contains(QLatin1String("famil")) &&
                                   (lower.contains(QLatin1String("indiv")) ||
                                    lower.contains(QLatin1String("sample")));
                if (names) {
                    table->headerText = line;
                    table->headerLine = i + 1;
                } else {
                    table->comments.push_back({i + 1, {line}});
                }
                continue;
            }
            const QStringList fields = line.split(ws, Qt::SkipEmptyParts);
            // A plink-style header without '#': FID IID PAT MAT SEX PHENOTYPE.
            if (table->rows.isEmpty() && table->headerText.isEmpty() && fields.size() >= 6 &&
                (fields.at(4).compare(QLatin1String("sex"), Qt::CaseInsensitive) == 0 ||
                 fields.at(4).compare(QLatin1String("gender"), Qt::CaseInsensitive) == 0)) {
                table->headerText = line;
                table->headerLine = i + 1;
                continue;
            }
            if (fields.size() < 6) {
                *error = tr("%1:%2: a PED row needs 6 columns (family, individual, father, "
                            "mother, sex, phenotype); this one has %3.")
                             .arg(path)
                             .arg(i + 1)
                             .arg(fields.size());
                return false;
            }
            widest = qMax(widest, int(fields.size()));
            table->rows.push_back({i + 1, fields});
        }
        table->header = pedColumns();
        for (int c = 6; c < widest; ++c)
            table->header << QStringLiteral("column_%1").arg(c + 1);
        for (Row& row : table->rows)
            while (row.fields.size() < widest)
                row.fields << QString();
        return true;
    }

    QVector<Row> records;
    int badLine = 0;
    if (!splitRecords(text, table->delimiter(), &records, &badLine)) {
        *error =
            tr("%1:%2: a quoted field opened on this line is never closed.").arg(path).arg(badLine);
        return false;
    }
    int at = 0;
    while (at < records.size() && isBlank(records.at(at).fields))
        ++at;
    if (at == records.size()) {
        *error = tr("%1 is empty: a clinical table needs a header row.").arg(path);
        return false;
    }
    table->header = records.at(at).fields;
    table->headerLine = records.at(at).line;
    for (int i = at + 1; i < records.size(); ++i) {
        const Row& row = records.at(i);
        if (isBlank(row.fields))
            continue;
        if (row.fields.size() != table->header.size()) {
            *error = tr("%1:%2: this row has %3 fields where the header (line %4) has %5; look "
                        "for a missing or extra delimiter, or quote fields that contain one.")
                         .arg(path)
                         .arg(row.line)
                         .arg(row.fields.size())
                         .arg(table->headerLine)
                         .arg(table->header.size());
            return false;
        }
        table->rows.push_back(row);
    }
    return true;
}

QString DelimitedTable::formatRow(const QStringList& fields) const
{
    if (kind == Kind::Ped)
        return fields.join(QLatin1Char('\t'));
    const QChar d = delimiter();
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) {
        const bool quote = f.contains(d) || f.contains(QLatin1Char('"')) ||
                           f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'));
        if (quote) {
            QString q = f;
            q.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out << QLatin1Char('"') + q + QLatin1Char('"');
        } else {
            out << f;
        }
    }
    return out.join(d);
}

int DelimitedTable::column(const QString& name) const
{
    const int exact = int(header.indexOf(name));
    if (exact >= 0)
        return exact;
    const QString wanted = normalizedName(name);
    for (int i = 0; i < header.size(); ++i)
        if (normalizedName(header.at(i)) == wanted)
            return i;
    return -1;
}

QString DelimitedTable::normalizedName(const QString& name)
{
    QString n = name.trimmed().toLower();
    while (n.startsWith(QLatin1Char('#')))
        n.remove(0, 1);
    n = n.trimmed();
    for (QChar& c : n)
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            c = QLatin1Char('_');
    return n;
}

} // namespace steward
