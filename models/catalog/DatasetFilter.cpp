#include "models/catalog/DatasetFilter.h"

#include <QStringList>

namespace steward {

bool DatasetFilter::accepts(const DatasetRow& row) const
{
    if (!m_formats.isEmpty() && !m_formats.contains(row.format))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(row.status))
        return false;
    if (m_text.isEmpty())
        return true;
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!row.name.contains(word, Qt::CaseInsensitive) &&
            !row.folder.contains(word, Qt::CaseInsensitive) &&
            !row.workspaceName.contains(word, Qt::CaseInsensitive) &&
            row.format.compare(word, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace steward
