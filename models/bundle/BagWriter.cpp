#include "models/bundle/BagWriter.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include "models/bundle/BagPath.h"
#include "models/bundle/ChecksumCache.h"

namespace steward {
namespace {

const char* const kPartialMarker = ".steward-partial-";

/** The hidden folder a bag is built in; removed unless released (renamed into place). */
class TempFolder
{
public:
    explicit TempFolder(const QString& path) : m_path(path) {}
    ~TempFolder()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

bool fsyncPath(const QString& path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/** Why the last write, flush or fsync on f failed: the system's reason (no space left, file
 * too large) rather than Qt's "Unknown error" for a failed flush or fsync. */
QString ioReason(const QFile& f, int savedErrno)
{
    return savedErrno != 0 ? QString::fromLocal8Bit(std::strerror(savedErrno)) : f.errorString();
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    errno = 0;
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size() ||
        !f.flush() || ::fsync(f.handle()) != 0) {
        const int saved = errno;
        if (error)
            *error = BagWriter::tr("Cannot write %1: %2").arg(path, ioReason(f, saved));
        return false;
    }
    return true;
}

/** Removes hidden build folders of this destination whose writer process is gone. */
void removeStalePartials(const QDir& parent, const QString& name)
{
    const QString prefix = QLatin1Char('.') + name + QLatin1String(kPartialMarker);
    const QStringList found =
        parent.entryList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoSymLinks);
    for (const QString& entry : found) {
        const qint64 pid = entry.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong();
        if (pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QDir(parent.filePath(entry)).removeRecursively();
    }
}

QString foldValue(const QString& value)
{
    // Multi-line values continue on lines indented by two spaces (RFC 8493 §2.2.2).
    QString v = value;
    v.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    v.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return v.split(QLatin1Char('\n')).join(QLatin1String("\n  "));
}

bool reservedTagName(const QString& path)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(bagit\\.txt|bag-info\\.txt|fetch\\.txt|(tag)?manifest-[^/]*\\.txt)$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(path).hasMatch() || path == QLatin1String("data") ||
           path.startsWith(QLatin1String("data/"));
}

QByteArray manifestText(const QMap<QString, FileChecksums>& files, const QString& algorithm)
{
    QByteArray text;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        text +=
            it.value().hex(algorithm).toLatin1() + "  " + BagPath::encode(it.key()).toUtf8() + '\n';
    return text;
}

} // namespace

BagWriter::PayloadEntry BagWriter::PayloadEntry::file(const QString& sourcePath,
                                                      const QString& bagPath)
{
    PayloadEntry e;
    e.sourcePath = sourcePath;
    e.bagPath = bagPath;
    return e;
}

BagWriter::PayloadEntry BagWriter::PayloadEntry::bytes(const QByteArray& content,
                                                       const QString& bagPath)
{
    PayloadEntry e;
    e.content = content;
    e.bagPath = bagPath;
    return e;
}

BagWriter::BagWriter(ChecksumCache* cache) : m_cache(cache) {}

QString BagWriter::checkPayload(const QList<PayloadEntry>& payload)
{
    QHash<QString, QString> folded;
    QSet<QString> exact;
    for (const PayloadEntry& e : payload) {
        const QString reason = BagPath::payloadReason(e.bagPath);
        if (!reason.isEmpty())
            return tr("The payload path \"%1\" cannot be used: %2.").arg(e.bagPath, reason);
        if (exact.contains(e.bagPath))
            return tr("The payload path \"%1\" is used twice.").arg(e.bagPath);
        const QString key = e.bagPath.normalized(QString::NormalizationForm_C).toCaseFolded();
        if (folded.contains(key))
            return tr("The payload paths \"%1\" and \"%2\" differ only in case or Unicode "
                      "normalization: they would be one file on Windows and macOS.")
                .arg(folded.value(key), e.bagPath);
        exact.insert(e.bagPath);
        folded.insert(key, e.bagPath);
        if (!e.sourcePath.isEmpty() && !QFileInfo(e.sourcePath).isFile())
            return tr("%1 (for %2 in the bag) is not a readable file.")
                .arg(e.sourcePath, e.bagPath);
    }
    // A path cannot be both a file and a folder ("a" and "a/b").
    for (const QString& key : folded.keys()) {
        QString parent = key;
        while (parent.contains(QLatin1Char('/'))) {
            parent = parent.section(QLatin1Char('/'), 0, -2);
            if (folded.contains(parent))
                return tr("The payload path \"%1\" is a file, but \"%2\" puts a folder there.")
                    .arg(folded.value(parent), folded.value(key));
        }
    }
    return QString();
}

bool BagWriter::write(const Params& params, Result* result, QString* error,
                      const std::atomic_bool* cancel, const Progress& progress)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const auto stopped = [&] { return cancel && cancel->load(); };
    const QFileInfo dest(params.destination);
    if (params.destination.isEmpty())
        return fail(tr("No folder was given for the bag."));
    if (dest.exists() || dest.isSymLink())
        return fail(tr("%1 already exists; Steward never writes a bag over an existing file or "
                       "folder. Choose another name or remove it first.")
                        .arg(dest.absoluteFilePath()));
    const QString payloadProblem = checkPayload(params.payload);
    if (!payloadProblem.isEmpty())
        return fail(payloadProblem);
    QSet<QString> tagNames;
    for (const TagFile& t : params.tagFiles) {
        const QString reason = BagPath::payloadReason(t.bagPath);
        if (!reason.isEmpty() || reservedTagName(t.bagPath) || tagNames.contains(t.bagPath))
            return fail(tr("The tag file \"%1\" cannot be added: %2.")
                            .arg(t.bagPath, reason.isEmpty()
                                                ? tr("the name is taken by BagIt or used twice")
                                                : reason));
        tagNames.insert(t.bagPath);
    }
    for (const auto& field : params.info.extraFields) {
        const QString& label = field.first;
        if (label.isEmpty() || label.trimmed() != label || label.contains(QLatin1Char(':')) ||
            label.contains(QLatin1Char('\n')) || label.contains(QLatin1Char('\r')))
            return fail(tr("\"%1\" cannot be a bag-info.txt label (no colon, line break or "
                           "surrounding spaces).")
                            .arg(label));
    }

    QDir parent(dest.absolutePath());
    if (!parent.exists() && !QDir().mkpath(parent.path()))
        return fail(tr("Cannot create the folder %1.").arg(parent.path()));
    removeStalePartials(parent, dest.fileName());
    const QString tempName =
        QStringLiteral(".%1%2%3-%4")
            .arg(dest.fileName(), QLatin1String(kPartialMarker))
            .arg(qint64(::getpid()))
            .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const QString temp = parent.filePath(tempName);
    if (!QDir().mkdir(temp))
        return fail(tr("Cannot create the folder %1 to build the bag in.").arg(temp));
    TempFolder guard(temp);
    const QDir bag(temp);
    const QString stopMessage =
        tr("Stopped; no bag was written to %1.").arg(dest.absoluteFilePath());

    qint64 total = 0;
    for (const PayloadEntry& e : params.payload)
        total += e.sourcePath.isEmpty() ? e.content.size() : QFileInfo(e.sourcePath).size();
    qint64 done = 0;
    Result r;

    for (const PayloadEntry& e : params.payload) {
        if (stopped())
            return fail(stopMessage);
        const QString inBag = QStringLiteral("data/") + e.bagPath;
        const QString target = bag.filePath(inBag);
        if (e.sourcePath.isEmpty()) {
            if (!writeFile(target, e.content, error))
                return false;
            r.checksums.insert(inBag, FileChecksums::ofData(e.content));
            done += e.content.size();
            if (progress)
                progress(done, total);
            continue;
        }
        // Copy while hashing. A source the cache knows is checked against its SHA-256 only.
        ChecksumCache::Stamp before;
        if (!ChecksumCache::stamp(e.sourcePath, &before, error))
            return false;
        std::optional<FileChecksums> known;
        if (m_cache)
            known = m_cache->cached(before);
        FileChecksums copied;
        for (int attempt = 0; attempt < 2; ++attempt) {
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile out(target);
            // Unbuffered: the blocks are large, and a failed write reports its own reason.
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
                return fail(tr("Cannot write %1: %2").arg(target, out.errorString()));
            const qint64 base = done;
            const auto sink = [&](const char* data, qint64 n, QString* sinkError) {
                errno = 0;
                if (out.write(data, n) == n)
                    return true;
                *sinkError = tr("Cannot write %1: %2").arg(target, ioReason(out, errno));
                return false;
            };
            const auto copyProgress = [&](qint64 d, qint64) {
                if (progress)
                    progress(base + d, total);
            };
            const FileChecksums::Algorithms algorithms =
                known ? FileChecksums::Algorithms(FileChecksums::Sha256) : FileChecksums::All;
            if (!FileChecksums::compute(e.sourcePath, &copied, error, cancel, copyProgress,
                                        algorithms, sink))
                return stopped() ? fail(stopMessage) : false;
            errno = 0;
            if (!out.flush() || ::fsync(out.handle()) != 0)
                return fail(tr("Cannot write %1: %2").arg(target, ioReason(out, errno)));
            if (!known)
                break;
            if (copied.sha256 == known->sha256) {
                copied = *known;
                break;
            }
            known.reset(); // the cache was wrong about this file: copy again, hashing everything
            m_cache->forget(e.sourcePath);
        }
        ChecksumCache::Stamp after;
        if (!ChecksumCache::stamp(e.sourcePath, &after, error))
            return false;
        if (after != before || copied.size != after.size)
            return fail(tr("%1 changed while it was copied into the bag; try again once nothing "
                           "is writing to it.")
                            .arg(e.sourcePath));
        if (m_cache && !known)
            m_cache->store(before, copied, nullptr);
        r.checksums.insert(inBag, copied);
        done += copied.size;
    }
    for (const FileChecksums& c : std::as_const(r.checksums))
        r.payloadBytes += c.size;
    r.payloadFiles = int(r.checksums.size());

    // Tag files: manifests, bagit.txt, bag-info.txt, the caller's, then the tag manifests.
    QMap<QString, QByteArray> tags;
    tags.insert(QStringLiteral("bagit.txt"),
                "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    tags.insert(QStringLiteral("manifest-sha256.txt"),
                manifestText(r.checksums, QStringLiteral("sha256")));
    tags.insert(QStringLiteral("manifest-sha512.txt"),
                manifestText(r.checksums, QStringLiteral("sha512")));
    const BagInfo& info = params.info;
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("Source-Organization"), info.sourceOrganization},
        {QStringLiteral("Contact-Name"), info.contactName},
        {QStringLiteral("Contact-Email"), info.contactEmail},
        {QStringLiteral("External-Description"), info.externalDescription},
        {QStringLiteral("External-Identifier"), info.externalIdentifier},
        {QStringLiteral("Bagging-Date"),
         (info.baggingDate.isValid() ? info.baggingDate : QDate::currentDate())
             .toString(Qt::ISODate)},
        {QStringLiteral("Payload-Oxum"),
         QStringLiteral("%1.%2").arg(r.payloadBytes).arg(r.payloadFiles)},
        {QStringLiteral("Bag-Size"),
         QLocale::c().formattedDataSize(r.payloadBytes, 1, QLocale::DataSizeSIFormat)}};
    fields += info.extraFields;
    QByteArray bagInfo;
    for (const auto& f : std::as_const(fields))
        if (!f.second.trimmed().isEmpty())
            bagInfo +=
                (f.first + QLatin1String(": ") + foldValue(f.second.trimmed())).toUtf8() + '\n';
    tags.insert(QStringLiteral("bag-info.txt"), bagInfo);
    for (const TagFile& t : params.tagFiles)
        tags.insert(t.bagPath, t.content);

    QMap<QString, FileChecksums> tagChecksums;
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        if (!writeFile(bag.filePath(it.key()), it.value(), error))
            return false;
        tagChecksums.insert(it.key(), FileChecksums::ofData(it.value()));
    }
    const QByteArray tagManifest256 = manifestText(tagChecksums, QStringLiteral("sha256"));
    if (!writeFile(bag.filePath(QStringLiteral("tagmanifest-sha256.txt")), tagManifest256, error) ||
        !writeFile(bag.filePath(QStringLiteral("tagmanifest-sha512.txt")),
                   manifestText(tagChecksums, QStringLiteral("sha512")), error))
        return false;
    r.bagSha256 = FileChecksums::ofData(tagManifest256, FileChecksums::Sha256).sha256;

    if (stopped())
        return fail(stopMessage);
    // Folders reach the disk before the rename makes the bag visible.
    QStringList folders{temp};
    for (const QString& p : r.checksums.keys()) {
        QString folder = QFileInfo(bag.filePath(p)).absolutePath();
        while (folder.startsWith(temp + QLatin1Char('/')) && !folders.contains(folder)) {
            folders << folder;
            folder = QFileInfo(folder).absolutePath();
        }
    }
    for (const QString& folder : std::as_const(folders))
        fsyncPath(folder, true);
    // RENAME_NOREPLACE: an existing destination (even an empty folder) is never replaced.
    if (::renameat2(AT_FDCWD, QFile::encodeName(temp).constData(), AT_FDCWD,
                    QFile::encodeName(dest.absoluteFilePath()).constData(), RENAME_NOREPLACE) != 0)
        return fail(tr("Cannot move the finished bag to %1: %2")
                        .arg(dest.absoluteFilePath(), qt_error_string(errno)));
    guard.release();
    fsyncPath(parent.path(), true);
    r.path = dest.absoluteFilePath();
    if (progress)
        progress(total, total);
    *result = r;
    return true;
}

} // namespace steward
