#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/common/Job.h"

namespace steward {

/**
 * A BGZF-compressed, CSI-indexed copy of a VCF that cannot be seeked (plain text or plain
 * gzip), made in Steward's own cache folder, never beside the user's file, so the variant
 * browser can jump to any row or region. Keyed by the file's path, size and mtime.
 */
class VariantCacheCopy final : public Job
{
    Q_OBJECT

public:
    VariantCacheCopy(QString source, QString cacheFolder, QObject* parent = nullptr);

    /** Where the copy of @p source lives (whether or not it exists yet). */
    static QString copyPath(const QString& source, const QString& cacheFolder);
    /** The copy exists, with its index, and is newer than the source. */
    static bool isUpToDate(const QString& source, const QString& cacheFolder);

    void run() override;

Q_SIGNALS:
    void finished(const QString& source, const QString& copy);

private:
    QString m_source;
    QString m_cacheFolder;
};

} // namespace steward
