#include "models/variants/VariantCacheCopy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "models/formats/HtsHandles.h"

namespace steward {

VariantCacheCopy::VariantCacheCopy(QString source, QString cacheFolder, QObject* parent)
    : Job(parent), m_source(std::move(source)), m_cacheFolder(std::move(cacheFolder))
{}

QString VariantCacheCopy::copyPath(const QString& source, const QString& cacheFolder)
{
    const QFileInfo info(source);
    const QByteArray key = QFile::encodeName(info.absoluteFilePath()) + '\0' +
                           QByteArray::number(info.size()) + '\0' +
                           QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    return QDir(cacheFolder).filePath(name + QStringLiteral(".vcf.gz"));
}

bool VariantCacheCopy::isUpToDate(const QString& source, const QString& cacheFolder)
{
    const QString copy = copyPath(source, cacheFolder);
    return QFileInfo::exists(copy) && QFileInfo::exists(copy + QStringLiteral(".csi"));
}

void VariantCacheCopy::run()
{
    const QString copy = copyPath(m_source, m_cacheFolder);
    if (!QDir().mkpath(m_cacheFolder)) {
        Q_EMIT failed(tr("Cannot create the cache folder %1.").arg(m_cacheFolder));
        return;
    }
    const QString part = copy + QStringLiteral(".part");
    const qint64 size = QFileInfo(m_source).size();
    {
        HtsFilePtr in(hts_open(QFile::encodeName(m_source).constData(), "r"));
        BcfHeaderPtr header(in ? bcf_hdr_read(in.get()) : nullptr);
        if (!header) {
            Q_EMIT failed(tr("Cannot read the VCF header of %1.").arg(m_source));
            return;
        }
        HtsFilePtr out(hts_open(QFile::encodeName(part).constData(), "wz"));
        if (!out || bcf_hdr_write(out.get(), header.get()) != 0) {
            Q_EMIT failed(tr("Cannot write %1.").arg(part));
            return;
        }
        hts_set_threads(out.get(), 1);
        BcfRecordPtr record(bcf_init());
        qint64 records = 0;
        int r = 0;
        while ((r = bcf_read(in.get(), header.get(), record.get())) >= -1) {
            if (r == -1)
                break;
            if (bcf_write(out.get(), header.get(), record.get()) != 0) {
                out.reset();
                QFile::remove(part);
                Q_EMIT failed(tr("Cannot write %1.").arg(part));
                return;
            }
            if ((++records & 0xfff) == 0) {
                if (isCancelRequested()) {
                    out.reset();
                    QFile::remove(part);
                    return;
                }
                const off_t at = htell(in->is_bgzf ? hts_get_bgzfp(in.get())->fp : in->fp.hfile);
                reportProgress(qMin<qint64>(at, size), size);
            }
        }
        if (hts_close(out.release()) != 0) {
            QFile::remove(part);
            Q_EMIT failed(tr("Cannot write %1.").arg(part));
            return;
        }
    }
    // Index, then rename both into place: a reader never sees a half-made copy.
    const QByteArray fn = QFile::encodeName(part);
    const QByteArray idx = QFile::encodeName(part + QStringLiteral(".csi"));
    if (bcf_index_build3(fn.constData(), idx.constData(), 14, 1) != 0) {
        QFile::remove(part);
        Q_EMIT failed(tr("Cannot index the copy of %1 (is it sorted by position?).")
                          .arg(QFileInfo(m_source).fileName()));
        return;
    }
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral(".csi"));
    if (!QFile::rename(part + QStringLiteral(".csi"), copy + QStringLiteral(".csi")) ||
        !QFile::rename(part, copy)) {
        Q_EMIT failed(tr("Cannot move the copy into %1.").arg(m_cacheFolder));
        return;
    }
    reportProgress(size, size);
    Q_EMIT finished(m_source, copy);
}

} // namespace steward
