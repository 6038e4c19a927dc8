#include "models/catalog/SqlScript.h"

#include <QRegularExpression>

namespace steward {

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    int depth = 0; // BEGIN ... END nesting inside triggers
    const int n = script.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const int end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int start = i;
            ++i;
            while (i < n) {
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            current += script.mid(start, i - start + 1);
            continue;
        }
        if (c.isLetter()) {
            int j = i;
            while (j < n && (script.at(j).isLetterOrNumber() || script.at(j) == QLatin1Char('_')))
                ++j;
            const QString word = script.mid(i, j - i);
            if (word.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0 &&
                current.simplified().startsWith(QLatin1String("CREATE TRIGGER"),
                                                Qt::CaseInsensitive))
                ++depth;
            else if (word.compare(QLatin1String("END"), Qt::CaseInsensitive) == 0 && depth > 0)
                --depth;
            current += word;
            i = j - 1;
            continue;
        }
        if (c == QLatin1Char(';') && depth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
            continue;
        }
        current += c;
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements << rest;
    return statements;
}

} // namespace steward
