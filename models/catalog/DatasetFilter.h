#pragma once

#include <QSet>
#include <QString>

#include "models/catalog/DatasetRow.h"

namespace steward {

/** What the browser shows: free text, formats and statuses. Testable without a view. */
class DatasetFilter final
{
public:
    void setText(const QString& text) { m_text = text.trimmed(); }
    /** Empty set: all formats. */
    void setFormats(const QSet<QString>& formats) { m_formats = formats; }
    /** Empty set: all statuses (ok, warning, error). */
    void setStatuses(const QSet<QString>& statuses) { m_statuses = statuses; }

    QString text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty() && m_formats.isEmpty() && m_statuses.isEmpty(); }

    /** Text matches name, folder, workspace or format, case-insensitively; every word must match.
     */
    bool accepts(const DatasetRow& row) const;

private:
    QString m_text;
    QSet<QString> m_formats;
    QSet<QString> m_statuses;
};

} // namespace steward
