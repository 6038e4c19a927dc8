#include "models/bundle/FileChecksums.h"

#include <QStringList>

#include "models/bundle/MultiDigest.h"

namespace steward {
namespace {

QStringList names(FileChecksums::Algorithms algorithms)
{
    QStringList list;
    if (algorithms & FileChecksums::Sha256)
        list << QStringLiteral("sha256");
    if (algorithms & FileChecksums::Sha512)
        list << QStringLiteral("sha512");
    if (algorithms & FileChecksums::Md5)
        list << QStringLiteral("md5");
    return list;
}

void fill(const MultiDigest::Result& r, FileChecksums* out)
{
    out->size = r.size;
    out->sha256 = r.hex.value(QStringLiteral("sha256"));
    out->sha512 = r.hex.value(QStringLiteral("sha512"));
    out->md5 = r.hex.value(QStringLiteral("md5"));
}

} // namespace

bool FileChecksums::has(Algorithms algorithms) const
{
    return size >= 0 && (!(algorithms & Sha256) || !sha256.isEmpty()) &&
           (!(algorithms & Sha512) || !sha512.isEmpty()) && (!(algorithms & Md5) || !md5.isEmpty());
}

QString FileChecksums::hex(const QString& bagitName) const
{
    const QString name = bagitName.toLower();
    if (name == QLatin1String("sha256"))
        return sha256;
    if (name == QLatin1String("sha512"))
        return sha512;
    if (name == QLatin1String("md5"))
        return md5;
    return QString();
}

bool FileChecksums::compute(const QString& path, FileChecksums* out, QString* error,
                            const std::atomic_bool* cancel, const Progress& progress,
                            Algorithms algorithms, const Sink& sink)
{
    MultiDigest::Options options;
    options.cancel = cancel;
    options.progress = progress;
    options.sink = sink;
    MultiDigest::Result r;
    if (!MultiDigest::file(path, names(algorithms), &r, error, options))
        return false;
    *out = FileChecksums();
    fill(r, out);
    return true;
}

FileChecksums FileChecksums::ofData(const QByteArray& data, Algorithms algorithms)
{
    MultiDigest::Result r;
    FileChecksums c;
    if (MultiDigest::data(data, names(algorithms), &r, nullptr))
        fill(r, &c);
    return c;
}

} // namespace steward
