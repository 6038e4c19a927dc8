#include "models/bundle/BagPath.h"

#include <QRegularExpression>
#include <QStringList>

namespace steward {

QString BagPath::encode(const QString& path)
{
    QString out;
    out.reserve(path.size());
    for (const QChar c : path) {
        if (c == QLatin1Char('%'))
            out += QLatin1String("%25");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("%0D");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("%0A");
        else
            out += c;
    }
    return out;
}

QString BagPath::decode(const QString& text)
{
    if (!text.contains(QLatin1Char('%')))
        return text;
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('%') && i + 2 < text.size()) {
            const QString code = text.mid(i + 1, 2).toUpper();
            if (code == QLatin1String("25")) {
                out += QLatin1Char('%');
                i += 2;
                continue;
            }
            if (code == QLatin1String("0D")) {
                out += QLatin1Char('\r');
                i += 2;
                continue;
            }
            if (code == QLatin1String("0A")) {
                out += QLatin1Char('\n');
                i += 2;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

QString BagPath::escapeReason(const QString& path)
{
    if (path.isEmpty())
        return tr("the path is empty");
    if (path.startsWith(QLatin1Char('/')))
        return tr("it is an absolute path, outside the bag");
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (drive.match(path).hasMatch() || path.startsWith(QLatin1String("\\")))
        return tr("it is an absolute Windows path, outside the bag");
    if (path.startsWith(QLatin1Char('~')))
        return tr("it starts with ~, a home folder outside the bag");
    if (path.startsWith(QLatin1Char('%')) && path.indexOf(QLatin1Char('%'), 1) > 1)
        return tr("it starts with a Windows environment variable, outside the bag");
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    const QStringList segments = path.split(separators);
    for (const QString& s : segments)
        if (s == QLatin1String(".."))
            return tr("it has a .. segment that leads outside the bag");
    return QString();
}

QString BagPath::payloadReason(const QString& relative)
{
    const QString escape = escapeReason(relative);
    if (!escape.isEmpty())
        return escape;
    if (relative.contains(QLatin1Char('\\')))
        return tr("it contains a backslash, a folder separator on Windows");
    for (const QString& s : relative.split(QLatin1Char('/'))) {
        if (s.isEmpty() || s == QLatin1String("."))
            return tr("it has an empty or \".\" folder name");
    }
    for (const QChar c : relative)
        if (c.unicode() < 0x20 && c != QLatin1Char('\r') && c != QLatin1Char('\n'))
            return tr("it contains a control character");
    return QString();
}

bool BagPath::isSystemFile(const QString& path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    static const QStringList names{QStringLiteral(".ds_store"),      QStringLiteral("thumbs.db"),
                                   QStringLiteral("ehthumbs.db"),    QStringLiteral("desktop.ini"),
                                   QStringLiteral(".localized"),     QStringLiteral(".directory"),
                                   QStringLiteral(".trashes"),       QStringLiteral(".fseventsd"),
                                   QStringLiteral(".spotlight-v100")};
    return names.contains(name.toLower()) || name.startsWith(QLatin1String("._"));
}

} // namespace steward
