#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace steward {

/**
 * Colours the structural lines of VCF and SAM headers (INFO/FORMAT/FILTER/contig,
 * @SQ/@RG/@PG) and marks every match of the search text.
 */
class HeaderHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderHighlighter)

public:
    explicit HeaderHighlighter(QTextDocument* document);
    void setSearchText(const QString& text);

protected:
    void highlightBlock(const QString& text) override;

private:
    QString m_search;
};

} // namespace steward
