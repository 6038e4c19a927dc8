#include "models/bundle/BagValidator.h"

#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringConverter>
#include <QThread>

#include "models/bundle/BagPath.h"
#include "models/bundle/MultiDigest.h"

namespace steward {
namespace {

using Problem = BagValidator::Problem;
using Severity = BagValidator::Problem::Severity;

/** Files at least this large are hashed one at a time with the digests on two threads. */
constexpr qint64 kLargeFile = qint64(64) << 20;

struct ManifestEntry
{
    int line = 0;
    QString listed;   // the path as decoded from the line
    QString diskPath; // the payload or tag file it names (relative to the bag)
    QString checksum; // lowercase hex
};

struct Manifest
{
    QString fileName; // manifest-sha256.txt
    QString algorithm;
    bool tag = false;
    bool supported = false;
    QList<ManifestEntry> entries;
    QHash<QString, int> byDiskPath; // first entry for each file
};

struct FetchEntry
{
    int line = 0;
    QString path;
};

/** One file to hash: every algorithm any manifest lists it under, with what is expected. */
struct HashJob
{
    QString relative;
    qint64 size = 0;
    QStringList algorithms;
    struct Expectation
    {
        QString manifest;
        int line;
        QString algorithm;
        QString checksum;
    };
    QList<Expectation> expected;
};

class Run
{
public:
    Run(const QString& bagPath, const BagValidator::Options& options)
        : m_options(options), m_root(QFileInfo(bagPath).absoluteFilePath())
    {}

    BagValidator::Result run();

private:
    void error(const QString& file, int line, const QString& message)
    {
        m_result.errors.push_back({Severity::Error, file, line, message});
    }
    void warning(const QString& file, int line, const QString& message)
    {
        m_result.warnings.push_back({Severity::Warning, file, line, message});
    }
    QString abs(const QString& relative) const { return m_root.filePath(relative); }
    bool atLeast(int major, int minor) const
    {
        return m_major > major || (m_major == major && m_minor >= minor);
    }

    bool readBagitTxt();
    QStringList readTagLines(const QString& relative, bool* ok);
    void listPayload();
    void readManifest(const QString& fileName, const QString& algorithm, bool tag);
    QString resolveListed(const QString& listed, bool tag);
    void readFetch();
    void checkCompleteness();
    void checkOxum();
    void verifyChecksums();
    bool insideBag(const QString& relative) const;

    BagValidator::Options m_options;
    QDir m_root;
    QString m_canonicalRoot;
    BagValidator::Result m_result;
    int m_major = 1;
    int m_minor = 0;
    QByteArray m_encoding = "UTF-8";
    QMap<QString, qint64> m_payload;      // data/... -> size, as on disk
    QHash<QString, QString> m_payloadNfc; // NFC form -> as on disk
    QList<Manifest> m_manifests;
    QList<FetchEntry> m_fetch;
};

QStringList splitLines(const QString& text)
{
    static const QRegularExpression eol(QStringLiteral("\r\n|\n|\r"));
    QStringList lines = text.split(eol);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool Run::readBagitTxt()
{
    const QString name = QStringLiteral("bagit.txt");
    QFile f(abs(name));
    if (!f.exists()) {
        error(name, 0, BagValidator::tr("bagit.txt is missing: this folder is not a bag."));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        error(name, 0, BagValidator::tr("Cannot read bagit.txt: %1").arg(f.errorString()));
        return false;
    }
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        error(name, 1,
              BagValidator::tr("bagit.txt starts with a byte-order mark; RFC 8493 "
                               "forbids one."));
        bytes.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (utf8.hasError()) {
        error(name, 0, BagValidator::tr("bagit.txt is not valid UTF-8."));
        return false;
    }
    const QStringList lines = splitLines(text);
    static const QRegularExpression versionLine(
        QStringLiteral("^BagIt-Version: ([0-9]+)\\.([0-9]+)$"));
    static const QRegularExpression encodingLine(
        QStringLiteral("^Tag-File-Character-Encoding: ([^\\s]+)$"));
    static const QRegularExpression loose(QStringLiteral("^\\s*([^:]*?)\\s*:\\s*(.*?)\\s*$"));
    bool ok = true;
    const auto checkLine = [&](int index, const QRegularExpression& strict, const QString& label) {
        const QString line = lines.value(index);
        const auto m = strict.match(line);
        if (m.hasMatch())
            return m;
        const auto l = loose.match(line);
        if (index >= lines.size())
            error(name, index + 1, BagValidator::tr("bagit.txt has no %1 line.").arg(label));
        else if (l.hasMatch() && l.captured(1) == label &&
                 strict.match(label + QLatin1String(": ") + l.captured(2)).hasMatch())
            error(name, index + 1,
                  BagValidator::tr("\"%1\" is not exactly \"%2: value\": no whitespace is allowed "
                                   "around the label or the value (RFC 8493 §2.1.1).")
                      .arg(line, label));
        else if (l.hasMatch() && l.captured(1) == label)
            error(name, index + 1,
                  BagValidator::tr("\"%1\" is not a valid %2 (%3).")
                      .arg(l.captured(2), label,
                           index == 0 ? BagValidator::tr("major.minor, such as 1.0")
                                      : BagValidator::tr("an encoding name, such as UTF-8")));
        else
            error(name, index + 1,
                  BagValidator::tr("expected the %1 line, found \"%2\".").arg(label, line));
        ok = false;
        return m;
    };
    const auto version = checkLine(0, versionLine, QStringLiteral("BagIt-Version"));
    const auto encoding = checkLine(1, encodingLine, QStringLiteral("Tag-File-Character-Encoding"));
    if (version.hasMatch()) {
        m_major = version.captured(1).toInt();
        m_minor = version.captured(2).toInt();
        m_result.version = QStringLiteral("%1.%2").arg(m_major).arg(m_minor);
        const bool known =
            (m_major == 1 && m_minor == 0) || (m_major == 0 && m_minor >= 93 && m_minor <= 97);
        if (!known) {
            error(name, 1,
                  BagValidator::tr("BagIt version %1 is not one this validator knows "
                                   "(0.93 to 0.97, 1.0).")
                      .arg(m_result.version));
            ok = false;
        }
    }
    if (encoding.hasMatch()) {
        m_encoding = encoding.captured(1).toLatin1();
        m_result.encoding = encoding.captured(1);
        if (!QStringConverter::encodingForName(m_encoding.constData())) {
            error(name, 2,
                  BagValidator::tr("tag files in the %1 encoding cannot be read.")
                      .arg(m_result.encoding));
            m_encoding = "UTF-8";
            ok = false;
        }
    }
    for (int i = 2; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QString message =
            BagValidator::tr("bagit.txt has more than its two lines: \"%1\".").arg(lines.at(i));
        if (atLeast(1, 0)) {
            error(name, i + 1, message);
            ok = false;
        } else {
            warning(name, i + 1, message);
        }
    }
    return ok;
}

QStringList Run::readTagLines(const QString& relative, bool* ok)
{
    QFile f(abs(relative));
    *ok = f.open(QIODevice::ReadOnly);
    if (!*ok) {
        error(relative, 0, BagValidator::tr("Cannot read %1: %2").arg(relative, f.errorString()));
        return {};
    }
    QStringDecoder decoder(m_encoding.constData());
    const QString text = decoder(f.readAll());
    if (decoder.hasError())
        warning(relative, 0,
                BagValidator::tr("%1 is not valid %2 text.")
                    .arg(relative, QString::fromLatin1(m_encoding)));
    return splitLines(text);
}

bool Run::insideBag(const QString& relative) const
{
    const QString canonical = QFileInfo(abs(relative)).canonicalFilePath();
    return canonical.isEmpty() || canonical == m_canonicalRoot ||
           canonical.startsWith(m_canonicalRoot + QLatin1Char('/'));
}

void Run::listPayload()
{
    const QString dataDir = abs(QStringLiteral("data"));
    QDirIterator it(dataDir, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = m_root.relativeFilePath(info.absoluteFilePath());
        if (info.isSymLink() && !insideBag(relative)) {
            error(relative, 0,
                  BagValidator::tr("%1 is a symbolic link to a file outside the "
                                   "bag.")
                      .arg(relative));
            continue;
        }
        m_payload.insert(relative, info.size());
        m_payloadNfc.insert(relative.normalized(QString::NormalizationForm_C), relative);
        if (BagPath::isSystemFile(relative))
            warning(relative, 0,
                    BagValidator::tr("%1 is an operating-system file (thumbnails, folder "
                                     "settings), not data; it is usually bagged by mistake.")
                        .arg(relative));
    }
    m_result.payloadFiles = m_payload.size();
    for (qint64 size : std::as_const(m_payload))
        m_result.payloadBytes += size;
}

/** The file a manifest line names: as listed, or its form in another Unicode normalization. */
QString Run::resolveListed(const QString& listed, bool tag)
{
    if (tag || m_payload.contains(listed))
        return listed;
    return m_payloadNfc.value(listed.normalized(QString::NormalizationForm_C), listed);
}

void Run::readManifest(const QString& fileName, const QString& algorithm, bool tag)
{
    Manifest m;
    m.fileName = fileName;
    m.algorithm = algorithm;
    m.tag = tag;
    m.supported = MultiDigest::isSupported(algorithm);
    const int hexLength = 2 * MultiDigest::digestSize(algorithm);
    if (!m.supported)
        warning(fileName, 0,
                BagValidator::tr("%1 uses the %2 algorithm, which cannot be computed here; its "
                                 "checksums are not verified.")
                    .arg(fileName, algorithm));
    if (algorithm != algorithm.toLower())
        warning(fileName, 0,
                BagValidator::tr("algorithm names in manifest file names should be "
                                 "lowercase."));
    bool ok = false;
    const QStringList lines = readTagLines(fileName, &ok);
    static const QRegularExpression entry(QStringLiteral("^([^ \\t]+)[ \\t]+(.*)$"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    QHash<QString, int> caseFolded;
    QHash<QString, int> nfc;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            warning(fileName, lineNo, BagValidator::tr("blank line."));
            continue;
        }
        const auto match = entry.match(line);
        if (!match.hasMatch() || match.captured(2).isEmpty()) {
            error(fileName, lineNo, BagValidator::tr("\"%1\" is not \"checksum path\".").arg(line));
            continue;
        }
        const QString checksum = match.captured(1);
        QString listed = match.captured(2);
        if (!hex.match(checksum).hasMatch() || (hexLength > 0 && checksum.size() != hexLength)) {
            error(fileName, lineNo,
                  BagValidator::tr("\"%1\" is not a %2 checksum (%3 hexadecimal digits).")
                      .arg(checksum, algorithm)
                      .arg(hexLength));
            continue;
        }
        if (listed.startsWith(QLatin1Char('*'))) {
            warning(fileName, lineNo,
                    BagValidator::tr("the path starts with *, the binary-mode marker of md5sum "
                                     "and similar tools; it is read without it."));
            listed.remove(0, 1);
        }
        if (atLeast(1, 0)) {
            static const QRegularExpression bareLiteral(QStringLiteral("%(?!25|0[aAdD])"));
            if (bareLiteral.match(listed).hasMatch())
                warning(fileName, lineNo,
                        BagValidator::tr("\"%1\" has a % that is not percent-encoded as %25.")
                            .arg(listed));
            listed = BagPath::decode(listed);
        }
        while (listed.startsWith(QLatin1String("./"))) {
            warning(fileName, lineNo,
                    BagValidator::tr("\"%1\" starts with ./; paths are relative to the bag "
                                     "without it.")
                        .arg(listed));
            listed.remove(0, 2);
        }
        const QString escape = BagPath::escapeReason(listed);
        if (!escape.isEmpty()) {
            error(fileName, lineNo, BagValidator::tr("\"%1\" is refused: %2.").arg(listed, escape));
            continue;
        }
        if (!tag && !listed.startsWith(QLatin1String("data/"))) {
            error(fileName, lineNo,
                  BagValidator::tr("\"%1\" is not in the payload folder data/.").arg(listed));
            continue;
        }
        if (tag && listed.startsWith(QLatin1String("data/")))
            warning(
                fileName, lineNo,
                BagValidator::tr("the tag manifest lists the payload file \"%1\".").arg(listed));
        if (listed.contains(QLatin1Char('\\')))
            warning(fileName, lineNo,
                    BagValidator::tr("\"%1\" contains a backslash, a folder separator on "
                                     "Windows.")
                        .arg(listed));
        if (BagPath::isSystemFile(listed))
            warning(fileName, lineNo,
                    BagValidator::tr("\"%1\" is an operating-system file, usually bagged by "
                                     "mistake.")
                        .arg(listed));
        if (!insideBag(listed)) {
            error(
                fileName, lineNo,
                BagValidator::tr("\"%1\" is a symbolic link leading outside the bag.").arg(listed));
            continue;
        }

        ManifestEntry e;
        e.line = lineNo;
        e.listed = listed;
        e.diskPath = resolveListed(listed, tag);
        e.checksum = checksum.toLower();
        if (e.diskPath != listed)
            warning(fileName, lineNo,
                    BagValidator::tr("\"%1\" is on disk in another Unicode normalization form.")
                        .arg(listed));

        const auto first = m.byDiskPath.constFind(e.diskPath);
        if (first != m.byDiskPath.constEnd()) {
            const ManifestEntry& earlier = m.entries.at(*first);
            if (earlier.checksum != e.checksum)
                error(fileName, lineNo,
                      BagValidator::tr("\"%1\" is listed again with another checksum (first on "
                                       "line %2).")
                          .arg(listed)
                          .arg(earlier.line));
            else if (atLeast(1, 0))
                error(fileName, lineNo,
                      BagValidator::tr("\"%1\" is listed twice (first on line %2); BagIt 1.0 "
                                       "allows each file once per manifest.")
                          .arg(listed)
                          .arg(earlier.line));
            else
                warning(fileName, lineNo,
                        BagValidator::tr("\"%1\" is listed twice with the same checksum (first "
                                         "on line %2).")
                            .arg(listed)
                            .arg(earlier.line));
            continue;
        }
        const QString folded = listed.normalized(QString::NormalizationForm_C).toCaseFolded();
        if (caseFolded.contains(folded) &&
            m.entries.at(caseFolded.value(folded)).listed.compare(listed, Qt::CaseInsensitive) == 0)
            warning(fileName, lineNo,
                    BagValidator::tr("\"%1\" and \"%2\" (line %3) differ only in case: they "
                                     "are one file on Windows and macOS.")
                        .arg(listed, m.entries.at(caseFolded.value(folded)).listed)
                        .arg(m.entries.at(caseFolded.value(folded)).line));
        const QString nfcForm = listed.normalized(QString::NormalizationForm_C);
        if (nfc.contains(nfcForm) && m.entries.at(nfc.value(nfcForm)).listed != listed)
            warning(fileName, lineNo,
                    BagValidator::tr("\"%1\" and line %2 are the same name in two Unicode "
                                     "normalization forms.")
                        .arg(listed)
                        .arg(m.entries.at(nfc.value(nfcForm)).line));
        caseFolded.insert(folded, int(m.entries.size()));
        nfc.insert(nfcForm, int(m.entries.size()));
        m.byDiskPath.insert(e.diskPath, int(m.entries.size()));
        m.entries.push_back(e);
    }
    m_manifests.push_back(m);
}

void Run::readFetch()
{
    const QString name = QStringLiteral("fetch.txt");
    if (!QFileInfo(abs(name)).isFile())
        return;
    bool ok = false;
    const QStringList lines = readTagLines(name, &ok);
    static const QRegularExpression entry(
        QStringLiteral("^([^ \\t]+)[ \\t]+([0-9]+|-)[ \\t]+(.+)$"));
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const auto m = entry.match(line);
        if (!m.hasMatch()) {
            error(name, i + 1, BagValidator::tr("\"%1\" is not \"url length path\".").arg(line));
            continue;
        }
        if (!scheme.match(m.captured(1)).hasMatch())
            error(name, i + 1, BagValidator::tr("\"%1\" is not a URL.").arg(m.captured(1)));
        QString path = atLeast(1, 0) ? BagPath::decode(m.captured(3)) : m.captured(3);
        if (path.startsWith(QLatin1String("./")))
            path.remove(0, 2);
        const QString escape = BagPath::escapeReason(path);
        if (!escape.isEmpty()) {
            error(name, i + 1, BagValidator::tr("\"%1\" is refused: %2.").arg(path, escape));
            continue;
        }
        if (!path.startsWith(QLatin1String("data/"))) {
            error(name, i + 1,
                  BagValidator::tr("\"%1\" is not in the payload folder data/; fetch.txt lists "
                                   "payload files only.")
                      .arg(path));
            continue;
        }
        m_fetch.push_back({i + 1, resolveListed(path, false)});
    }
}

void Run::checkCompleteness()
{
    QSet<QString> fetched;
    for (const FetchEntry& f : std::as_const(m_fetch))
        fetched.insert(f.path);
    bool anyPayloadManifest = false;
    for (const Manifest& m : std::as_const(m_manifests)) {
        anyPayloadManifest |= !m.tag;
        for (const ManifestEntry& e : m.entries) {
            const QFileInfo info(abs(e.diskPath));
            if (info.isFile())
                continue;
            if (info.isDir())
                error(m.fileName, e.line,
                      BagValidator::tr("\"%1\" is a folder, not a file.").arg(e.listed));
            else if (fetched.contains(e.diskPath))
                error(m.fileName, e.line,
                      BagValidator::tr("\"%1\" is listed in fetch.txt but has not been fetched: "
                                       "the bag is incomplete.")
                          .arg(e.listed));
            else
                error(m.fileName, e.line, BagValidator::tr("\"%1\" is missing.").arg(e.listed));
        }
    }
    if (!anyPayloadManifest)
        error(QString(), 0,
              BagValidator::tr("The bag has no payload manifest (manifest-<algorithm>"
                               ".txt)."));

    // Every payload file in every payload manifest (1.0); in at least one before 1.0.
    for (auto it = m_payload.constBegin(); it != m_payload.constEnd(); ++it) {
        QStringList missingFrom;
        int payloadManifests = 0;
        for (const Manifest& m : std::as_const(m_manifests)) {
            if (m.tag)
                continue;
            ++payloadManifests;
            if (!m.byDiskPath.contains(it.key()))
                missingFrom << m.fileName;
        }
        if (missingFrom.isEmpty() || payloadManifests == 0)
            continue;
        const QString message = BagValidator::tr("%1 is in the payload but not listed in %2.")
                                    .arg(it.key(), missingFrom.join(QStringLiteral(", ")));
        if (atLeast(1, 0) || missingFrom.size() == payloadManifests)
            error(it.key(), 0, message);
        else
            warning(it.key(), 0, message);
    }
    for (const FetchEntry& f : std::as_const(m_fetch)) {
        for (const Manifest& m : std::as_const(m_manifests))
            if (!m.tag && !m.byDiskPath.contains(f.path))
                error(QStringLiteral("fetch.txt"), f.line,
                      BagValidator::tr("\"%1\" is not listed in %2.").arg(f.path, m.fileName));
    }
}

void Run::checkOxum()
{
    const QString name = QFileInfo(abs(QStringLiteral("bag-info.txt"))).isFile() || atLeast(0, 96)
                             ? QStringLiteral("bag-info.txt")
                             : QStringLiteral("package-info.txt");
    if (!QFileInfo(abs(name)).isFile())
        return;
    bool ok = false;
    const QStringList lines = readTagLines(name, &ok);
    QString oxum;
    int oxumLine = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.isEmpty() || line.at(0).isSpace())
            continue; // a continuation of the previous value
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            warning(name, i + 1, BagValidator::tr("\"%1\" is not \"Label: value\".").arg(line));
            continue;
        }
        if (line.left(colon).trimmed().compare(QLatin1String("Payload-Oxum"),
                                               Qt::CaseInsensitive) != 0)
            continue;
        const QString value = line.mid(colon + 1).trimmed();
        if (!oxum.isEmpty() && value != oxum)
            error(name, i + 1,
                  BagValidator::tr("Payload-Oxum is given twice with different values."));
        if (oxum.isEmpty()) {
            oxum = value;
            oxumLine = i + 1;
        }
    }
    if (oxum.isEmpty())
        return;
    static const QRegularExpression form(QStringLiteral("^([0-9]+)\\.([0-9]+)$"));
    const auto m = form.match(oxum);
    if (!m.hasMatch()) {
        error(name, oxumLine,
              BagValidator::tr("Payload-Oxum \"%1\" is not octets.files.").arg(oxum));
        return;
    }
    const qint64 octets = m.captured(1).toLongLong();
    const qint64 files = m.captured(2).toLongLong();
    if (octets != m_result.payloadBytes || files != m_result.payloadFiles)
        error(name, oxumLine,
              BagValidator::tr("Payload-Oxum says %1 bytes in %2 files; the payload holds %3 "
                               "bytes in %4 files.")
                  .arg(octets)
                  .arg(files)
                  .arg(m_result.payloadBytes)
                  .arg(m_result.payloadFiles));
}

void Run::verifyChecksums()
{
    QMap<QString, HashJob> jobs;
    for (const Manifest& m : std::as_const(m_manifests)) {
        if (!m.supported)
            continue;
        for (const ManifestEntry& e : m.entries) {
            const QFileInfo info(abs(e.diskPath));
            if (!info.isFile())
                continue;
            HashJob& job = jobs[e.diskPath];
            job.relative = e.diskPath;
            job.size = info.size();
            if (!job.algorithms.contains(m.algorithm))
                job.algorithms << m.algorithm;
            job.expected.push_back({m.fileName, e.line, m.algorithm, e.checksum});
        }
    }
    std::vector<HashJob> large;
    std::vector<HashJob> small;
    qint64 total = 0;
    for (const HashJob& j : std::as_const(jobs)) {
        (j.size >= kLargeFile ? large : small).push_back(j);
        total += j.size;
    }
    std::sort(small.begin(), small.end(),
              [](const HashJob& a, const HashJob& b) { return a.size > b.size; });

    std::mutex mutex; // guards the result and the progress callback
    std::atomic<qint64> done{0};
    const auto report = [&](qint64 bytes) {
        const qint64 now = done.fetch_add(bytes) + bytes;
        if (m_options.progress) {
            std::lock_guard<std::mutex> lock(mutex);
            m_options.progress(now, total);
        }
    };
    const auto hashOne = [&](const HashJob& job, int lanes) {
        MultiDigest::Options o;
        o.maxLanes = lanes;
        o.cancel = m_options.cancel;
        qint64 seen = 0;
        o.progress = [&](qint64 d, qint64) {
            report(d - seen);
            seen = d;
        };
        MultiDigest::Result r;
        QString failure;
        const bool ok = MultiDigest::file(abs(job.relative), job.algorithms, &r, &failure, o);
        std::lock_guard<std::mutex> lock(mutex);
        if (m_options.cancel && m_options.cancel->load())
            return;
        if (!ok) {
            error(job.relative, 0, failure);
            return;
        }
        ++m_result.filesVerified;
        m_result.bytesVerified += r.size;
        for (const HashJob::Expectation& x : job.expected) {
            const QString found = r.hex.value(x.algorithm);
            if (found != x.checksum)
                error(x.manifest, x.line,
                      BagValidator::tr("%1: the %2 checksum does not match (listed %3, the file "
                                       "has %4).")
                          .arg(job.relative, x.algorithm, x.checksum, found));
        }
    };

    for (const HashJob& job : large) {
        if (m_options.cancel && m_options.cancel->load())
            break;
        hashOne(job, 0);
    }
    const int threads =
        qBound(1, m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount(),
               qMax(1, int(small.size())));
    std::atomic<size_t> next{0};
    const auto worker = [&] {
        for (size_t i = next++; i < small.size(); i = next++) {
            if (m_options.cancel && m_options.cancel->load())
                return;
            hashOne(small[i], 1);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool)
        t.join();
}

BagValidator::Result Run::run()
{
    m_canonicalRoot = QFileInfo(m_root.path()).canonicalFilePath();
    if (!QFileInfo(m_root.path()).isDir()) {
        error(QString(), 0, BagValidator::tr("%1 is not a folder.").arg(m_root.path()));
        return m_result;
    }
    readBagitTxt();
    if (!QFileInfo(abs(QStringLiteral("data"))).isDir())
        error(QStringLiteral("data"), 0, BagValidator::tr("The payload folder data/ is missing."));
    else
        listPayload();

    static const QRegularExpression manifestName(
        QStringLiteral("^(tag)?manifest-([A-Za-z0-9_-]+)\\.txt$"));
    const QStringList names = m_root.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : names) {
        const auto m = manifestName.match(name);
        if (!m.hasMatch())
            continue;
        const bool tag = !m.captured(1).isEmpty();
        readManifest(name, m.captured(2), tag);
        (tag ? m_result.tagAlgorithms : m_result.payloadAlgorithms) << m.captured(2);
    }
    bool anyVerifiable = false;
    for (const Manifest& m : std::as_const(m_manifests))
        anyVerifiable |= !m.tag && m.supported;
    if (!m_result.payloadAlgorithms.isEmpty() && !anyVerifiable)
        error(QString(), 0,
              BagValidator::tr("No payload manifest uses an algorithm that can be verified."));
    readFetch();
    checkCompleteness();
    checkOxum();
    m_result.complete = m_result.errors.isEmpty();
    if (!m_options.completenessOnly)
        verifyChecksums();
    if (m_options.cancel && m_options.cancel->load()) {
        m_result.cancelled = true;
        error(QString(), 0, BagValidator::tr("Stopped before every checksum was verified."));
    }
    m_result.valid = m_result.errors.isEmpty() && !m_options.completenessOnly;
    return m_result;
}

} // namespace

QString BagValidator::Problem::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    return where.isEmpty() ? message : where + QLatin1String(": ") + message;
}

QString BagValidator::Result::summary() const
{
    const QString state = valid ? tr("Valid") : tr("Invalid");
    return tr("%1 bag (BagIt %2): %3 payload files, %4 bytes; %5 files verified; %6 errors, %7 "
              "warnings.")
        .arg(state, version.isEmpty() ? QStringLiteral("?") : version)
        .arg(payloadFiles)
        .arg(payloadBytes)
        .arg(filesVerified)
        .arg(errors.size())
        .arg(warnings.size());
}

BagValidator::Result BagValidator::validate(const QString& bagPath, const Options& options)
{
    Run run(bagPath, options);
    return run.run();
}

BagValidator::Result BagValidator::validate(const QString& bagPath)
{
    return validate(bagPath, Options());
}

} // namespace steward
