#pragma once

#include <QString>
#include <QStringList>

namespace steward {

/**
 * Splits an SQL script into statements for drivers that run one statement at a time:
 * honours quotes, -- and C comments, and CREATE TRIGGER ... BEGIN ... END blocks.
 */
class SqlScript final
{
public:
    static QStringList split(const QString& script);
};

} // namespace steward
