#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace steward {

/** Rolls back unless committed: every multi-table write goes through one of these. */
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase db) : m_db(db) { m_open = m_db.transaction(); }
    ~SqlTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool isOpen() const { return m_open; }
    bool commit(QString* error = nullptr)
    {
        m_open = false;
        if (m_db.commit())
            return true;
        if (error)
            *error = QCoreApplication::translate("CatalogStore", "Catalog write failed: %1")
                         .arg(m_db.lastError().text());
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

/** The catalog's timestamps: UTC, ISO 8601 with milliseconds (sortable as text). */
inline QString catalogTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/** Executes a prepared query; on failure fills error with the catalog's message. */
inline bool execQuery(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    if (error)
        *error = QCoreApplication::translate("CatalogStore", "Catalog write failed: %1")
                     .arg(q.lastError().text());
    return false;
}

/** NULL for an empty string, so optional text columns stay NULL. */
inline QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace steward
