#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace steward {

/**
 * A destination for bundles: its name, how to reach it (kind and settings, never secrets)
 * and the data use it declares, which the consent matcher checks every dataset against.
 */
struct Repository
{
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("declared"); // declared | folder | sftp | s3 | webdav
    QJsonObject settings;
    QString dataUse; // canonical PURPOSE text
    QDateTime declaredAt;
    QDateTime updatedAt;
};

} // namespace steward
