#include "models/formats/CramReference.h"

#include <cctype>
#include <cstdlib>
#include <memory>
#include <string>

#include <htslib/bgzf.h>
#include <htslib/faidx.h>
#include <htslib/hts.h>
#include <htslib/kstring.h>


#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QUrl>

#include "models/common/Digest.h"
#include "models/formats/CramSliceScanner.h"
#include "models/formats/HtsHandles.h"

namespace steward {

namespace {

/** Appends the bytes that count for an M5 (33..126), uppercased, to `out`. */
void appendM5Bytes(const char* data, size_t n, std::string* out)
{
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c >= 33 && c <= 126)
            out->push_back(char(std::toupper(c)));
    }
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

/** Sequence name -> length from a .fai; empty with `error` set when unreadable. */
QHash<QString, qint64> readFai(const QString& fai, QString* error)
{
    QHash<QString, qint64> lengths;
    QFile f(fai);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = CramReference::tr("its index %1 cannot be read").arg(QFileInfo(fai).fileName());
        return lengths;
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        const QList<QByteArray> fields = line.trimmed().split('\t');
        if (fields.size() < 2)
            continue;
        lengths.insert(QString::fromUtf8(fields[0]), fields[1].toLongLong());
    }
    if (lengths.isEmpty())
        *error =
            CramReference::tr("its index %1 lists no sequences").arg(QFileInfo(fai).fileName());
    return lengths;
}

bool isCompressedName(const QString& path)
{
    return path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".bgz"), Qt::CaseInsensitive);
}

/** A local path from an @SQ UR value: absolute, relative to the CRAM, or a file:// URL. */
QString localPathFromUri(const QString& uri, const QString& cramFolder)
{
    if (uri.isEmpty())
        return QString();
    if (uri.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        const QUrl url(uri);
        return url.isLocalFile() ? url.toLocalFile() : QString();
    }
    // Any other scheme (http:, ftp:, s3:, ...) is remote: never followed.
    const int colon = uri.indexOf(QLatin1Char(':'));
    const int slash = uri.indexOf(QLatin1Char('/'));
    if (colon > 0 && (slash < 0 || colon < slash))
        return QString();
    return QDir::isAbsolutePath(uri) ? uri : QDir(cramFolder).filePath(uri);
}

/** Expands one REF_PATH/REF_CACHE element for an MD5 as htslib does (%s, %Ns). */
QString expandRefPattern(QString pattern, const QString& md5)
{
    if (!pattern.contains(QLatin1Char('%')))
        pattern += QStringLiteral("/%s");
    QString out;
    int used = 0;
    for (int i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != QLatin1Char('%') || i + 1 >= pattern.size()) {
            out += pattern[i];
            continue;
        }
        int j = i + 1;
        int width = 0;
        while (j < pattern.size() && pattern[j].isDigit())
            width = width * 10 + pattern[j++].digitValue();
        if (j < pattern.size() && pattern[j] == QLatin1Char('s')) {
            const int take = width > 0 ? qMin(width, int(md5.size()) - used) : md5.size() - used;
            out += md5.mid(used, take);
            used += take;
            i = j;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

/** The local folders htslib looks in for references by M5: REF_CACHE, then REF_PATH. */
QStringList localRefPatterns()
{
    QStringList patterns;
    const QString cache = QFile::decodeName(qgetenv("REF_CACHE"));
    if (!cache.isEmpty())
        patterns << cache;
    // REF_PATH is ':'-separated; URL pieces ("http", "//host/...") are not local folders.
    for (const QString& e : QFile::decodeName(qgetenv("REF_PATH")).split(QLatin1Char(':'))) {
        if (e.startsWith(QLatin1Char('/')) && !e.startsWith(QLatin1String("//")))
            patterns << e;
    }
    return patterns;
}

struct Md5CacheEntry
{
    qint64 size = -1;
    qint64 modified = 0;
    QHash<QString, QString> md5s;
};

QMutex& md5CacheMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, Md5CacheEntry>& md5Cache()
{
    static QHash<QString, Md5CacheEntry> cache;
    return cache;
}

/** M5s of a FASTA, from the process cache when the file has not changed. */
QHash<QString, QString> cachedFastaMd5s(const QString& fasta, QString* error,
                                        const std::atomic_bool* cancel)
{
    const QFileInfo info(fasta);
    const QString key = info.canonicalFilePath();
    const qint64 size = info.size();
    const qint64 modified = info.lastModified().toMSecsSinceEpoch();
    {
        QMutexLocker lock(&md5CacheMutex());
        const auto it = md5Cache().constFind(key);
        if (it != md5Cache().cend() && it->size == size && it->modified == modified)
            return it->md5s;
    }
    QHash<QString, QString> md5s = CramReference::fastaMd5s(fasta, error, cancel);
    if (!md5s.isEmpty()) {
        QMutexLocker lock(&md5CacheMutex());
        md5Cache().insert(key, Md5CacheEntry{size, modified, md5s});
    }
    return md5s;
}

/**
 * Checks the candidate against the MD5 each slice records of its reference span, as htslib
 * does when it decodes. Returns the number of slices checked, or -1 with `reason` on a
 * mismatch.
 */
qint64 checkSlices(const QString& fasta, const QString& cramPath,
                   const QVector<ReferenceSequence>& wanted, QString* reason,
                   const std::atomic_bool* cancel)
{
    const QByteArray fn = QFile::encodeName(fasta);
    FaidxPtr fai(fai_load3(fn.constData(), nullptr, nullptr, 0));
    if (!fai) {
        *reason = CramReference::tr("htslib cannot open it with its index");
        return -1;
    }
    qint64 checked = 0;
    bool mismatch = false;
    CramSliceScanner::scan(cramPath, [&](const CramSliceInfo& s) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        if (s.refId < 0 || s.refId >= wanted.size() || !s.needsExternalReference() || !s.hasMd5() ||
            s.span <= 0)
            return true;
        const ReferenceSequence& sq = wanted[s.refId];
        // As htslib: the span is clipped to the end of the reference sequence.
        const hts_pos_t from = qMax<qint64>(0, s.start - 1);
        const hts_pos_t to = qMin<qint64>(s.start - 1 + s.span, sq.length) - 1;
        hts_pos_t got = 0;
        char* bases = faidx_fetch_seq64(fai.get(), sq.name.toUtf8().constData(), from, to, &got);
        if (!bases) {
            *reason = CramReference::tr("htslib cannot read %1:%2-%3 from it")
                          .arg(sq.name, number(from + 1), number(to + 1));
            mismatch = true;
            return false;
        }
        std::unique_ptr<char, decltype(&std::free)> owned(bases, &std::free);
        const QByteArray expected =
            QByteArray(reinterpret_cast<const char*>(s.md5.data()), 16).toHex();
        std::string upper(bases, size_t(got));
        for (char& c : upper)
            c = char(std::toupper(static_cast<unsigned char>(c)));
        Digest md5(Digest::Algorithm::Md5);
        md5.update(upper.data(), qint64(upper.size()));
        bool same = md5.hexResult().toLatin1() == expected;
        if (!same && upper != std::string(bases, size_t(got))) {
            md5.reset(); // a CRAM written from a soft-masked reference as it was
            md5.update(bases, qint64(size_t(got)));
            same = md5.hexResult().toLatin1() == expected;
        }
        ++checked;
        if (!same) {
            *reason = CramReference::tr("its bases at %1:%2-%3 differ from those the CRAM was "
                                        "written against (slice MD5)")
                          .arg(sq.name, number(from + 1), number(to + 1));
            mismatch = true;
            return false;
        }
        return true;
    });
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        *reason = CramReference::tr("the check was cancelled");
        return -1;
    }
    return mismatch ? -1 : checked;
}

} // namespace

QVector<ReferenceSequence> CramReference::requiredSequences(sam_hdr_t* header)
{
    QVector<ReferenceSequence> out;
    if (!header)
        return out;
    const int n = sam_hdr_count_lines(header, "SQ");
    kstring_t ks = KS_INITIALIZE;
    auto tag = [&](int i, const char* key) {
        ks.l = 0;
        return sam_hdr_find_tag_pos(header, "SQ", i, key, &ks) == 0
                   ? QString::fromUtf8(ks.s, int(ks.l))
                   : QString();
    };
    for (int i = 0; i < n; ++i) {
        ReferenceSequence s;
        s.name = tag(i, "SN");
        s.length = tag(i, "LN").toLongLong();
        s.md5 = tag(i, "M5").toLower();
        s.uri = tag(i, "UR");
        out.push_back(s);
    }
    ks_free(&ks);
    return out;
}

QString CramReference::sequenceMd5(const QByteArray& bases)
{
    std::string filtered;
    filtered.reserve(size_t(bases.size()));
    appendM5Bytes(bases.constData(), size_t(bases.size()), &filtered);
    Digest md5(Digest::Algorithm::Md5);
    md5.update(filtered.data(), qint64(filtered.size()));
    return md5.hexResult();
}

QHash<QString, QString> CramReference::fastaMd5s(const QString& fasta, QString* error,
                                                 const std::atomic_bool* cancel)
{
    QHash<QString, QString> out;
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return QHash<QString, QString>();
    };
    // bgzf_open reads plain files as well as BGZF (and plain gzip, front to back).
    BgzfPtr in(bgzf_open(QFile::encodeName(fasta).constData(), "r"));
    if (!in)
        return fail(tr("%1 cannot be opened").arg(fasta));
    Digest md5(Digest::Algorithm::Md5);
    if (!md5.ok())
        return fail(tr("OpenSSL offers no MD5"));

    QByteArray name;
    QByteArray headerLine;
    bool inSequence = false;
    bool inHeader = false;
    bool atLineStart = true;
    std::string filtered;
    std::string buffer(1 << 18, '\0');
    auto endSequence = [&]() {
        if (!inSequence)
            return;
        md5.update(filtered.data(), qint64(filtered.size()));
        filtered.clear();
        out.insert(QString::fromUtf8(name), md5.hexResult());
        md5.reset();
        inSequence = false;
    };
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return fail(tr("the read was cancelled"));
        const ssize_t n = bgzf_read(in.get(), buffer.data(), buffer.size());
        if (n < 0)
            return fail(tr("%1 cannot be read (damaged compression?)").arg(fasta));
        if (n == 0)
            break;
        const char* p = buffer.data();
        for (ssize_t i = 0; i < n; ++i) {
            const char c = p[i];
            if (inHeader) {
                if (c == '\n') {
                    inHeader = false;
                    atLineStart = true;
                    // The name is the first word of the '>' line, as faidx takes it.
                    qsizetype end = 0;
                    while (end < headerLine.size() && !std::isspace(uchar(headerLine[end])))
                        ++end;
                    name = headerLine.left(end);
                    inSequence = true;
                } else {
                    headerLine.append(c);
                }
                continue;
            }
            if (atLineStart && c == '>') {
                md5.update(filtered.data(), qint64(filtered.size()));
                filtered.clear();
                endSequence();
                inHeader = true;
                headerLine.clear();
                continue;
            }
            atLineStart = c == '\n';
            if (inSequence) {
                const unsigned char u = static_cast<unsigned char>(c);
                if (u >= 33 && u <= 126)
                    filtered.push_back(char(std::toupper(u)));
            }
        }
        md5.update(filtered.data(), qint64(filtered.size()));
        filtered.clear();
    }
    if (inHeader) { // a last '>' line without a newline: an empty sequence
        name = headerLine.split(' ').value(0);
        inSequence = true;
    }
    endSequence();
    if (!md5.ok())
        return fail(tr("computing an MD5 failed"));
    if (out.isEmpty())
        return fail(tr("%1 holds no FASTA sequences").arg(fasta));
    return out;
}

QString CramReference::cachedSequence(const QString& md5)
{
    if (md5.size() != 32)
        return QString();
    for (const QString& pattern : localRefPatterns()) {
        const QString file = expandRefPattern(pattern, md5);
        if (QFileInfo(file).isFile())
            return file;
    }
    return QString();
}

bool CramReference::check(const QString& fasta, const QString& cramPath,
                          const QVector<ReferenceSequence>& wanted, Match* how, QString* reason,
                          const std::atomic_bool* cancel)
{
    QString why;
    auto reject = [&](const QString& message) {
        if (reason)
            *reason = message;
        if (how)
            *how = Match::None;
        return false;
    };
    const QFileInfo info(fasta);
    if (!info.isFile() || !info.isReadable())
        return reject(tr("the file cannot be read"));
    if (!QFileInfo::exists(fasta + QStringLiteral(".fai")))
        return reject(tr("it has no .fai index (run samtools faidx on it)"));
    if (isCompressedName(fasta)) {
        BgzfPtr in(bgzf_open(QFile::encodeName(fasta).constData(), "r"));
        if (!in || bgzf_compression(in.get()) != bgzf)
            return reject(tr("it is compressed with gzip, not bgzip: htslib cannot index it"));
        if (!QFileInfo::exists(fasta + QStringLiteral(".gzi")))
            return reject(tr("it has no .gzi index (run samtools faidx on it)"));
    }
    const QHash<QString, qint64> lengths = readFai(fasta + QStringLiteral(".fai"), &why);
    if (lengths.isEmpty())
        return reject(why);
    for (const ReferenceSequence& sq : wanted) {
        const auto it = lengths.constFind(sq.name);
        if (it == lengths.cend())
            return reject(tr("it has no sequence %1").arg(sq.name));
        if (*it != sq.length)
            return reject(tr("its %1 is %2 bp, the CRAM's header says %3 bp")
                              .arg(sq.name, number(*it), number(sq.length)));
    }

    // Names and lengths fit: now the bases. Every M5 equal is the strongest proof.
    bool anyMd5 = false;
    QString md5Mismatch;
    for (const ReferenceSequence& sq : wanted)
        anyMd5 = anyMd5 || !sq.md5.isEmpty();
    if (anyMd5) {
        const QHash<QString, QString> md5s = cachedFastaMd5s(fasta, &why, cancel);
        if (md5s.isEmpty())
            return reject(why);
        bool allEqual = true;
        for (const ReferenceSequence& sq : wanted) {
            if (sq.md5.isEmpty()) {
                allEqual = false;
                continue;
            }
            if (md5s.value(sq.name) != sq.md5) {
                allEqual = false;
                if (md5Mismatch.isEmpty())
                    md5Mismatch = tr("the M5 of its %1 is %2, the CRAM's header says %3")
                                      .arg(sq.name, md5s.value(sq.name), sq.md5);
            }
        }
        if (allEqual) {
            if (how)
                *how = Match::Md5;
            return true;
        }
    }

    // Some M5s are absent or differ (test files are often cut from a larger genome and keep
    // the whole chromosome's M5): the slice MD5s htslib verifies on decode decide.
    const qint64 slices =
        cramPath.isEmpty() ? 0 : checkSlices(fasta, cramPath, wanted, &why, cancel);
    if (slices < 0)
        return reject(md5Mismatch.isEmpty() ? why : md5Mismatch + QStringLiteral("; ") + why);
    if (slices > 0) {
        if (how)
            *how = Match::Slices;
        return true;
    }
    if (!md5Mismatch.isEmpty())
        return reject(md5Mismatch);
    if (how)
        *how = Match::NamesAndLengths;
    return true;
}

CramReference::Result CramReference::find(const QString& cramPath, const ReadOptions& options)
{
    HtsFilePtr fp(hts_open(QFile::encodeName(cramPath).constData(), "r"));
    if (!fp)
        return Result();
    SamHeaderPtr header(sam_hdr_read(fp.get()));
    if (!header)
        return Result();
    return find(cramPath, requiredSequences(header.get()), options);
}

CramReference::Result CramReference::find(const QString& cramPath,
                                          const QVector<ReferenceSequence>& wanted,
                                          const ReadOptions& options)
{
    Result result;
    Result fallback; // the first candidate proven less strongly than by every M5
    QSet<QString> tried;
    const QString cramFolder = QFileInfo(cramPath).absolutePath();

    // Returns true when the search is over (a candidate proven by M5, or an explicit choice).
    auto consider = [&](const QString& path, Source source) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || tried.contains(canonical))
            return false;
        tried.insert(canonical);
        Match how = Match::None;
        QString why;
        if (!check(path, cramPath, wanted, &how, &why, options.cancel)) {
            result.rejected << QDir::toNativeSeparators(path) + QStringLiteral(": ") + why;
            return false;
        }
        if (how == Match::Md5 || source == Source::Option) {
            result.location = path;
            result.source = source;
            result.match = how;
            return true;
        }
        if (!fallback.found()) {
            fallback.location = path;
            fallback.source = source;
            fallback.match = how;
        }
        return false;
    };

    if (!options.referenceFasta.isEmpty()) {
        if (!QFileInfo::exists(options.referenceFasta))
            result.rejected << QDir::toNativeSeparators(options.referenceFasta) +
                                   QStringLiteral(": ") + tr("the file does not exist");
        else if (consider(options.referenceFasta, Source::Option))
            return result;
    }

    QStringList uris;
    for (const ReferenceSequence& sq : wanted) {
        if (!sq.uri.isEmpty() && !uris.contains(sq.uri))
            uris << sq.uri;
    }
    for (const QString& uri : std::as_const(uris)) {
        const QString local = localPathFromUri(uri, cramFolder);
        if (!local.isEmpty() && QFileInfo(local).isFile() && consider(local, Source::Uri))
            return result;
    }

    QStringList folders = options.referenceFolders;
    folders << cramFolder;
    const QStringList patterns = {QStringLiteral("*.fa"), QStringLiteral("*.fasta"),
                                  QStringLiteral("*.fa.gz"), QStringLiteral("*.fasta.gz")};
    for (const QString& folder : std::as_const(folders)) {
        const QFileInfoList files =
            QDir(folder).entryInfoList(patterns, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& f : files) {
            if (options.isCancelled())
                return result;
            if (consider(f.filePath(), Source::Folder))
                return result;
        }
    }

    // htslib's own local cache: every sequence present by its M5.
    bool allCached = !wanted.isEmpty();
    QString firstCached;
    for (const ReferenceSequence& sq : wanted) {
        const QString file = sq.md5.isEmpty() ? QString() : cachedSequence(sq.md5);
        if (file.isEmpty()) {
            allCached = false;
            break;
        }
        if (firstCached.isEmpty())
            firstCached = file;
    }
    if (allCached) {
        result.location = QFileInfo(firstCached).absolutePath();
        result.source = Source::Cache;
        result.match = Match::Md5;
        return result;
    }

    if (fallback.found()) {
        fallback.rejected = result.rejected;
        return fallback;
    }
    return result;
}

CramReference::Need CramReference::needsExternalReference(const QString& cramPath, QString* why)
{
    bool needs = false;
    QString error;
    const CramSliceScanner::Result r = CramSliceScanner::scan(
        cramPath,
        [&needs](const CramSliceInfo& s) {
            needs = s.needsExternalReference() && s.records > 0;
            return !needs;
        },
        &error);
    if (needs)
        return Need::Yes;
    switch (r) {
    case CramSliceScanner::Result::Done:
    case CramSliceScanner::Result::Stopped:
        return Need::No;
    case CramSliceScanner::Result::Unsupported:
        if (why)
            *why = tr("this CRAM version's slice headers are not read by Steward");
        return Need::Unknown;
    case CramSliceScanner::Result::Failed:
        break;
    }
    if (why)
        *why = error;
    return Need::Unknown;
}

FileProblem CramReference::missingProblem(const QVector<ReferenceSequence>& wanted,
                                          const QStringList& rejected)
{
    QStringList needed;
    const int listed = qMin<int>(3, wanted.size());
    for (int i = 0; i < listed; ++i) {
        const ReferenceSequence& sq = wanted[i];
        QStringList facts{tr("%1 bp").arg(number(sq.length))};
        if (!sq.md5.isEmpty())
            facts << tr("M5 %1").arg(sq.md5);
        if (!sq.uri.isEmpty())
            facts << tr("UR %1").arg(sq.uri);
        needed << QStringLiteral("%1 (%2)").arg(sq.name, facts.join(QStringLiteral(", ")));
    }
    QString what = needed.join(QStringLiteral("; "));
    if (wanted.size() > listed)
        what += tr(" and %n more sequence(s)", "", int(wanted.size() - listed));

    QString message =
        tr("This CRAM stores its bases against a reference that is not available on this "
           "computer: %1. Steward computed the statistics without it, but the bases cannot be "
           "decoded. Put that FASTA with its .fai index in the workspace (or a reference "
           "folder), or set REF_PATH to a local cache holding the sequences by M5; Steward "
           "never downloads references.")
            .arg(what);
    if (!rejected.isEmpty()) {
        const QStringList shown = rejected.mid(0, 3);
        message += QLatin1Char(' ') +
                   tr("Checked and turned down: %1.").arg(shown.join(QStringLiteral("; ")));
        if (rejected.size() > shown.size())
            message += QLatin1Char(' ') +
                       tr("(%n more candidate(s).)", "", int(rejected.size() - shown.size()));
    }
    return FileProblem{FileProblem::Severity::Error, QStringLiteral("missing-reference"), message,
                       tr("header")};
}

} // namespace steward
