#include "models/formats/SamRecordCheck.h"

#include <limits>

#include <QFile>
#include <QList>

namespace steward {

namespace {

QString shown(const QByteArray& field)
{
    const QString text = QString::fromUtf8(field);
    return text.size() > 40 ? text.left(40) + QStringLiteral("...") : text;
}

bool isInteger(const QByteArray& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v >= min && v <= max && !text.startsWith('+') && !text.contains(' ');
}

bool isPrintable(const QByteArray& text)
{
    for (char c : text) {
        const uchar u = uchar(c);
        if (u < 33 || u > 126)
            return false;
    }
    return true;
}

/** The query length a CIGAR implies, or -1 when the CIGAR is not well formed. */
qint64 cigarQueryLength(const QByteArray& cigar)
{
    qint64 query = 0;
    qint64 n = -1;
    for (char c : cigar) {
        if (c >= '0' && c <= '9') {
            n = (n < 0 ? 0 : n) * 10 + (c - '0');
            if (n > std::numeric_limits<int>::max())
                return -1;
            continue;
        }
        if (n < 0 || !QByteArray("MIDNSHP=X").contains(c))
            return -1;
        if (QByteArray("MIS=X").contains(c))
            query += n;
        n = -1;
    }
    return n < 0 ? query : -1;
}

QString checkOptionalField(const QByteArray& field)
{
    const QString bad = SamRecordCheck::tr("The optional field '%1' is not TAG:TYPE:VALUE with a "
                                           "two-character tag and a type of A, i, f, Z, H or B.")
                            .arg(shown(field));
    if (field.size() < 5 || field[2] != ':' || field[4] != ':')
        return bad;
    const char t0 = field[0];
    const char t1 = field[1];
    const bool tagOk =
        ((t0 >= 'A' && t0 <= 'Z') || (t0 >= 'a' && t0 <= 'z')) &&
        ((t1 >= 'A' && t1 <= 'Z') || (t1 >= 'a' && t1 <= 'z') || (t1 >= '0' && t1 <= '9'));
    if (!tagOk)
        return bad;
    const QByteArray value = field.mid(5);
    const QString badValue =
        SamRecordCheck::tr("The value of the optional field '%1' does not fit its type %2.")
            .arg(shown(field), QChar::fromLatin1(field[3]));
    switch (field[3]) {
    case 'A':
        return value.size() == 1 && isPrintable(value) ? QString() : badValue;
    case 'i':
        return isInteger(value, std::numeric_limits<int>::min(), std::numeric_limits<uint>::max())
                   ? QString()
                   : badValue;
    case 'f': {
        bool ok = false;
        value.toDouble(&ok);
        return ok ? QString() : badValue;
    }
    case 'Z':
        for (char c : value)
            if (uchar(c) < 32 || uchar(c) > 126)
                return badValue;
        return QString();
    case 'H':
        if (value.size() % 2)
            return badValue;
        for (char c : value)
            if (!QByteArray("0123456789ABCDEFabcdef").contains(c))
                return badValue;
        return QString();
    case 'B': {
        const QList<QByteArray> items = value.split(',');
        if (items.isEmpty() || items[0].size() != 1 || !QByteArray("cCsSiIf").contains(items[0][0]))
            return badValue;
        for (qsizetype i = 1; i < items.size(); ++i) {
            bool ok = false;
            if (items[0][0] == 'f')
                items[i].toDouble(&ok);
            else
                items[i].toLongLong(&ok);
            if (!ok)
                return badValue;
        }
        return QString();
    }
    default:
        return bad;
    }
}

} // namespace

QString SamRecordCheck::describe(const QByteArray& line, const QSet<QByteArray>& references)
{
    if (line.trimmed().isEmpty())
        return tr("The line is empty; SAM has no blank lines.");
    const QList<QByteArray> f = line.split('\t');
    if (f.size() < 11) {
        if (f.size() == 1 && line.contains(' '))
            return tr("Its fields are separated by spaces; SAM needs tabs.");
        return tr("It has %1 tab-separated fields; a SAM record needs 11 (QNAME, FLAG, "
                  "RNAME, POS, MAPQ, CIGAR, RNEXT, PNEXT, TLEN, SEQ, QUAL).")
            .arg(f.size());
    }
    const QByteArray& qname = f[0];
    if (qname.isEmpty() || qname.size() > 254 || !isPrintable(qname) || qname.startsWith('@'))
        return tr("QNAME '%1' is not a read name (1 to 254 printable characters, no spaces).")
            .arg(shown(qname));
    if (!isInteger(f[1], 0, 65535))
        return tr("FLAG '%1' is not a whole number from 0 to 65535.").arg(shown(f[1]));
    if (f[2] != "*" && !references.contains(f[2]))
        return tr("RNAME '%1' is not a reference sequence declared by an @SQ header line.")
            .arg(shown(f[2]));
    if (!isInteger(f[3], 0, std::numeric_limits<int>::max()))
        return tr("POS '%1' is not a whole number from 0 to 2147483647.").arg(shown(f[3]));
    if (!isInteger(f[4], 0, 255))
        return tr("MAPQ '%1' is not a whole number from 0 to 255.").arg(shown(f[4]));
    const qint64 cigarLength = f[5] == "*" ? -2 : cigarQueryLength(f[5]);
    if (cigarLength == -1)
        return tr("CIGAR '%1' is not a list of lengths and operations (M, I, D, N, S, H, P, =, "
                  "X).")
            .arg(shown(f[5]));
    if (f[6] != "*" && f[6] != "=" && !references.contains(f[6]))
        return tr("RNEXT '%1' is not '*', '=' or a reference sequence declared by an @SQ "
                  "header line.")
            .arg(shown(f[6]));
    if (!isInteger(f[7], 0, std::numeric_limits<int>::max()))
        return tr("PNEXT '%1' is not a whole number from 0 to 2147483647.").arg(shown(f[7]));
    if (!isInteger(f[8], -qint64(std::numeric_limits<int>::max()), std::numeric_limits<int>::max()))
        return tr("TLEN '%1' is not a whole number from -2147483647 to 2147483647.")
            .arg(shown(f[8]));
    const QByteArray& seq = f[9];
    if (seq != "*") {
        for (char c : seq) {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '=' || c == '.'))
                return tr("SEQ '%1' holds characters other than letters, '=' and '.'.")
                    .arg(shown(seq));
        }
        if (cigarLength >= 0 && cigarLength != seq.size())
            return tr("The CIGAR %1 implies %2 bases but SEQ has %3.")
                .arg(shown(f[5]))
                .arg(cigarLength)
                .arg(seq.size());
    }
    const QByteArray& qual = f[10];
    if (qual != "*") {
        if (!isPrintable(qual))
            return tr("QUAL holds characters outside '!' to '~'.");
        if (seq != "*" && qual.size() != seq.size())
            return tr("QUAL has %1 characters but SEQ has %2; they must be as long.")
                .arg(qual.size())
                .arg(seq.size());
    }
    for (qsizetype i = 11; i < f.size(); ++i) {
        const QString problem = checkOptionalField(f[i]);
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

QByteArray SamRecordCheck::readLine(const QString& path, qint64 lineNumber, bool* ok)
{
    if (ok)
        *ok = false;
    QFile f(path);
    if (lineNumber < 1 || !f.open(QIODevice::ReadOnly))
        return QByteArray();
    for (qint64 i = 1; !f.atEnd(); ++i) {
        QByteArray line = f.readLine();
        if (i == lineNumber) {
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            if (ok)
                *ok = true;
            return line;
        }
    }
    return QByteArray();
}

} // namespace steward
