#include "models/deid/TableDeidentifier.h"

#include <QSet>

#include "models/deid/SidecarRules.h"

namespace steward {
namespace {

QStringList tokens(const QString& name)
{
    return DelimitedTable::normalizedName(name).split(QLatin1Char('_'), Qt::SkipEmptyParts);
}

bool isIndividualKey(const QString& k)
{
    static const QSet<QString> keys{QStringLiteral("id"),
                                    QStringLiteral("sample"),
                                    QStringLiteral("sampleid"),
                                    QStringLiteral("samplename"),
                                    QStringLiteral("individual"),
                                    QStringLiteral("individualid"),
                                    QStringLiteral("iid"),
                                    QStringLiteral("participant"),
                                    QStringLiteral("participantid"),
                                    QStringLiteral("subject"),
                                    QStringLiteral("subjectid"),
                                    QStringLiteral("patient"),
                                    QStringLiteral("patientid"),
                                    QStringLiteral("proband"),
                                    QStringLiteral("probandid"),
                                    QStringLiteral("personid"),
                                    QStringLiteral("biosample"),
                                    QStringLiteral("biosampleid"),
                                    QStringLiteral("donor"),
                                    QStringLiteral("donorid"),
                                    QStringLiteral("specimenid"),
                                    QStringLiteral("caseid")};
    return keys.contains(k);
}

bool isParentKey(const QString& k)
{
    static const QSet<QString> keys{
        QStringLiteral("father"),   QStringLiteral("fatherid"),   QStringLiteral("mother"),
        QStringLiteral("motherid"), QStringLiteral("paternalid"), QStringLiteral("maternalid"),
        QStringLiteral("pat"),      QStringLiteral("mat"),        QStringLiteral("dad"),
        QStringLiteral("mom"),      QStringLiteral("paternal"),   QStringLiteral("maternal")};
    return keys.contains(k);
}

bool isFamilyKey(const QString& k)
{
    static const QSet<QString> keys{QStringLiteral("family"),   QStringLiteral("familyid"),
                                    QStringLiteral("fid"),      QStringLiteral("famid"),
                                    QStringLiteral("pedigree"), QStringLiteral("pedigreeid"),
                                    QStringLiteral("kindred")};
    return keys.contains(k);
}

bool isAgeName(const QString& name, const QString& k)
{
    if (tokens(name).contains(QLatin1String("age")))
        return true;
    // camelCase: ageAtDiagnosis, ageYears, onsetAge
    return k == QLatin1String("age") || k.startsWith(QLatin1String("ageat")) ||
           k == QLatin1String("ageyears") || k == QLatin1String("ageinyears") ||
           k == QLatin1String("onsetage") || k == QLatin1String("diagnosisage");
}

bool isZipName(const QString& name, const QString& k)
{
    static const QSet<QString> keys{QStringLiteral("zip"),      QStringLiteral("zipcode"),
                                    QStringLiteral("zip3"),     QStringLiteral("zip5"),
                                    QStringLiteral("postcode"), QStringLiteral("postalcode"),
                                    QStringLiteral("postal"),   QStringLiteral("plz")};
    if (keys.contains(k))
        return true;
    const QStringList t = tokens(name);
    return t.contains(QLatin1String("zip")) || t.contains(QLatin1String("postcode")) ||
           t.contains(QLatin1String("postal"));
}

bool isDateName(const QString& name, const QString& k)
{
    static const QSet<QString> keys{
        QStringLiteral("dob"),       QStringLiteral("dod"),       QStringLiteral("dateofbirth"),
        QStringLiteral("birthdate"), QStringLiteral("birthday"),  QStringLiteral("dateofdeath"),
        QStringLiteral("deathdate"), QStringLiteral("collected"), QStringLiteral("received"),
        QStringLiteral("timestamp"), QStringLiteral("datetime"),  QStringLiteral("born"),
        QStringLiteral("died")};
    if (keys.contains(k))
        return true;
    const QStringList t = tokens(name);
    for (const char* word :
         {"date", "dob", "dod", "collected", "received", "datetime", "born", "died", "timestamp"})
        if (t.contains(QLatin1String(word)))
            return true;
    // camelCase: birthDate, collectionDate, dateOfBirth
    return k.endsWith(QLatin1String("date")) || k.startsWith(QLatin1String("date"));
}

} // namespace

TableDeidentifier::Role TableDeidentifier::roleForName(const QString& name) const
{
    const QString k = SidecarRules::key(name);
    if (m_rules.isDropField(name))
        return Role::DropField;
    if (SidecarRules::isFreeTextName(name))
        return Role::FreeText;
    if (isIndividualKey(k))
        return Role::Individual;
    if (isParentKey(k))
        return Role::Parent;
    if (isFamilyKey(k))
        return Role::Family;
    if (isAgeName(name, k))
        return Role::Age;
    if (isZipName(name, k))
        return Role::Zip;
    if (isDateName(name, k))
        return Role::Date;
    return Role::Keep;
}

QVector<TableDeidentifier::Role> TableDeidentifier::roles(const DelimitedTable& in)
{
    QVector<Role> r;
    if (in.kind == DelimitedTable::Kind::Ped) {
        for (int c = 0; c < in.header.size(); ++c)
            r << (c == 0             ? Role::Family
                  : c == 1           ? Role::Individual
                  : c == 2 || c == 3 ? Role::Parent
                                     : Role::Keep);
        return r;
    }
    for (int c = 0; c < in.header.size(); ++c) {
        Role role = roleForName(in.header.at(c));
        if (role == Role::Keep) {
            // Dates hide under any name: a column most of whose values are dates is one.
            int values = 0;
            int dates = 0;
            for (const DelimitedTable::Row& row : in.rows) {
                const QString cell = row.fields.at(c).trimmed();
                if (cell.isEmpty() || SidecarRules::isMissing(cell))
                    continue;
                ++values;
                dates += SidecarRules::isDate(cell) ? 1 : 0;
            }
            if (values > 0 && dates * 5 >= values * 4) {
                role = Role::Date;
                m_columnChanges << tr("Treated the column \"%1\" as dates because its values "
                                      "are dates.")
                                       .arg(in.header.at(c));
            }
        }
        r << role;
    }
    return r;
}

QString TableDeidentifier::headerOf(const DelimitedTable& table)
{
    if (table.kind == DelimitedTable::Kind::Ped)
        return table.headerText;
    return table.formatRow(table.header);
}

QString TableDeidentifier::transform(const DelimitedTable& in)
{
    const bool ped = in.kind == DelimitedTable::Kind::Ped;
    const QVector<Role> role = roles(in);
    const int columns = int(in.header.size());

    // Known ids first, so free text naming them has them replaced.
    int rowIndividual = -1;
    for (int c = 0; c < columns; ++c) {
        if (role[c] == Role::Individual && rowIndividual < 0)
            rowIndividual = c;
        if (role[c] == Role::Individual || role[c] == Role::Parent)
            for (const DelimitedTable::Row& row : in.rows)
                m_rules.learnId(row.fields.at(c).trimmed());
        if (role[c] == Role::Family)
            for (const DelimitedTable::Row& row : in.rows)
                m_rules.learnFamily(row.fields.at(c).trimmed());
    }

    QVector<int> outColumns;
    QVector<SidecarRules::DateOrder> order(columns, SidecarRules::DateOrder::Unknown);
    QVector<bool> namedDate(columns, false);
    QStringList header;
    for (int c = 0; c < columns; ++c) {
        const QString& name = in.header.at(c);
        if (role[c] == Role::DropField) {
            m_columnChanges << tr("Removed the column \"%1\", which the profile drops.").arg(name);
            continue;
        }
        if (role[c] == Role::FreeText && m_rules.sidecars().dropFreeText) {
            m_columnChanges << tr("Removed the free-text column \"%1\".").arg(name);
            continue;
        }
        if (role[c] == Role::Date) {
            QStringList cells;
            for (const DelimitedTable::Row& row : in.rows)
                cells << row.fields.at(c);
            order[c] = SidecarRules::guessOrder(cells);
            namedDate[c] = roleForName(name) == Role::Date;
        }
        if (role[c] == Role::Keep) {
            m_keptColumns << (ped ? QString::number(outColumns.size()) : name);
            m_keptCells << name;
        }
        outColumns << c;
        header << name;
    }

    QStringList lines;
    if (ped) {
        if (!in.headerText.isEmpty())
            lines << in.headerText;
        for (const DelimitedTable::Row& comment : in.comments) {
            if (m_rules.sidecars().dropFreeText) {
                ++m_rules.counts.freeTextDropped;
                continue;
            }
            QString text = m_rules.scrub(m_rules.withIdsReplaced(comment.fields.value(0)));
            if (!text.startsWith(QLatin1Char('#')))
                text.prepend(QLatin1Char('#'));
            lines << text;
        }
    } else {
        lines << in.formatRow(header);
    }
    m_headerAfter = ped ? in.headerText : lines.first();

    for (const DelimitedTable::Row& row : in.rows) {
        bool dropped = false;
        for (int c = 0; c < columns && !dropped; ++c)
            dropped = role[c] == Role::Individual && m_rules.isDropped(row.fields.at(c));
        if (dropped) {
            ++m_rules.counts.droppedRecords;
            continue;
        }
        const QString individual =
            rowIndividual >= 0 ? row.fields.at(rowIndividual).trimmed() : QString();
        QStringList out;
        for (int c : std::as_const(outColumns)) {
            const QString& cell = row.fields.at(c);
            switch (role[c]) {
            case Role::Keep:
                out << cell;
                m_keptCells << cell;
                break;
            case Role::Individual:
                out << m_rules.individual(cell);
                break;
            case Role::Parent:
                if (m_rules.isDropped(cell)) {
                    ++m_rules.counts.parentsCleared;
                    out << (ped ? QStringLiteral("0") : QString());
                } else {
                    out << m_rules.individual(cell);
                }
                break;
            case Role::Family:
                out << m_rules.family(cell);
                break;
            case Role::Age:
                out << m_rules.age(cell, SidecarRules::DateStyle::Table);
                break;
            case Role::Zip:
                out << m_rules.zip(cell);
                break;
            case Role::Date:
                out << m_rules.date(cell, individual, SidecarRules::DateStyle::Table, order[c],
                                    namedDate[c]);
                break;
            case Role::FreeText:
                out << m_rules.scrub(m_rules.withIdsReplaced(cell));
                break;
            case Role::DropField:
                break;
            }
        }
        lines << in.formatRow(out);
        ++m_rowsKept;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool TableDeidentifier::keptCellsOf(const DelimitedTable& table, const QStringList& columns,
                                    QStringList* cells)
{
    const bool ped = table.kind == DelimitedTable::Kind::Ped;
    QVector<int> index;
    for (const QString& name : columns) {
        const int c = ped ? name.toInt() : int(table.header.indexOf(name));
        if (c < 0 || c >= table.header.size())
            return false;
        index << c;
        // PED columns are positional: their names are the reader's own (sex, phenotype ...).
        *cells << table.header.at(c);
    }
    for (const DelimitedTable::Row& row : table.rows)
        for (int c : std::as_const(index))
            *cells << row.fields.at(c);
    return true;
}

} // namespace steward
