#include "widgets/catalog/HeaderHighlighter.h"

#include <QApplication>
#include <QPalette>

namespace steward {

HeaderHighlighter::HeaderHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void HeaderHighlighter::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    rehighlight();
}

void HeaderHighlighter::highlightBlock(const QString& text)
{
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    struct Rule
    {
        const char* prefix;
        QColor light;
        QColor darkColor;
    };
    static const Rule rules[] = {
        {"##INFO=", QColor(0x1f, 0x5f, 0xa8), QColor(0x7f, 0xb4, 0xf0)},
        {"##FORMAT=", QColor(0x2e, 0x7d, 0x32), QColor(0x8b, 0xd0, 0x8f)},
        {"##FILTER=", QColor(0xa6, 0x5d, 0x00), QColor(0xf0, 0xb0, 0x60)},
        {"##contig=", QColor(0x6a, 0x3d, 0x9a), QColor(0xc0, 0x9c, 0xf0)},
        {"#CHROM", QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff)},
        {"@SQ", QColor(0x6a, 0x3d, 0x9a), QColor(0xc0, 0x9c, 0xf0)},
        {"@RG", QColor(0x2e, 0x7d, 0x32), QColor(0x8b, 0xd0, 0x8f)},
        {"@PG", QColor(0xa6, 0x5d, 0x00), QColor(0xf0, 0xb0, 0x60)},
        {"@HD", QColor(0x1f, 0x5f, 0xa8), QColor(0x7f, 0xb4, 0xf0)},
        {"@CO", QColor(0x80, 0x80, 0x80), QColor(0xa0, 0xa0, 0xa0)},
    };
    for (const Rule& rule : rules) {
        if (text.startsWith(QLatin1String(rule.prefix))) {
            QTextCharFormat format;
            format.setForeground(dark ? rule.darkColor : rule.light);
            const int keyLength = int(qstrlen(rule.prefix));
            setFormat(0, text.size(), format);
            format.setFontWeight(QFont::Bold);
            setFormat(0, keyLength, format);
            break;
        }
    }
    if (m_search.isEmpty())
        return;
    QTextCharFormat match;
    match.setBackground(QColor(0xff, 0xe0, 0x66));
    match.setForeground(Qt::black);
    for (int at = text.indexOf(m_search, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(m_search, at + m_search.size(), Qt::CaseInsensitive))
        setFormat(at, m_search.size(), match);
}

} // namespace steward
