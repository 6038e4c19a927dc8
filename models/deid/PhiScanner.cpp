#include "models/deid/PhiScanner.h"

#include <algorithm>

#include <htslib/cram.h>
#include <htslib/hts.h>
#include <htslib/kstring.h>
#include <htslib/sam.h>
#include <htslib/vcf.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "models/deid/PhiDetectors.h"
#include "models/formats/FormatDetector.h"
#include "models/formats/HtsHandles.h"

namespace steward {
namespace {

constexpr int kMaxScannedChars = 8192;  // of one value; longer values are cut for speed
constexpr int kMaxCachedValues = 20000; // distinct body values remembered per field
constexpr qint64 kMaxSidecarBytes = 64 * 1024 * 1024;

bool isCancelled(const PhiScanner::Options& o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

/** Sample identifiers known from the file, found again inside other text (file names in
 * command lines, library names, read names). */
class SampleMatcher
{
public:
    void add(const QString& id)
    {
        if (id.isEmpty() || id == QLatin1String("0") || id.size() < 3)
            return;
        bool alnum = true;
        for (QChar c : id)
            alnum = alnum && c.isLetterOrNumber();
        if (alnum)
            m_tokens.insert(id);
        else if (m_other.size() < 500 && !m_other.contains(id))
            m_other << id;
    }
    bool isEmpty() const { return m_tokens.isEmpty() && m_other.isEmpty(); }

    QStringList in(QStringView text) const
    {
        QStringList found;
        if (isEmpty())
            return found;
        int start = -1;
        for (int i = 0; i <= text.size(); ++i) {
            const bool word = i < text.size() && text[i].isLetterOrNumber();
            if (word && start < 0)
                start = i;
            else if (!word && start >= 0) {
                const QString token = text.mid(start, i - start).toString();
                if (m_tokens.contains(token) && !found.contains(token))
                    found << token;
                start = -1;
            }
        }
        for (const QString& id : m_other)
            if (text.contains(id) && !found.contains(id))
                found << id;
        return found;
    }

private:
    QSet<QString> m_tokens;
    QStringList m_other;
};

/** Adds findings to a list: one per distinct text per field, at most kMaxPerField per field. */
class Collector
{
public:
    Collector(const QString& file, PhiFindings* out) : m_file(file), m_out(out) {}

    bool add(PhiClass c, PhiSeverity s, const QString& field, const QString& text, int line,
             qint64 record = -1, const QString& action = QString())
    {
        if (text.trimmed().isEmpty())
            return false;
        const QString key = field + QChar(0x1f) + text;
        if (m_seen.contains(key))
            return false;
        int& count = m_perField[field];
        if (count >= PhiScanner::kMaxPerField)
            return false;
        ++count;
        m_seen.insert(key);
        PhiFinding f;
        f.file = m_file;
        f.line = line;
        f.record = record;
        f.field = field;
        f.phiClass = c;
        f.severity = s;
        f.text = text;
        f.action = action.isEmpty() ? PhiDetectors::suggestedAction(c) : action;
        m_out->push_back(f);
        return true;
    }
    void addAll(const QVector<PhiMatch>& matches, const QString& field, int line,
                qint64 record = -1)
    {
        for (const PhiMatch& m : matches)
            add(m.phiClass, m.severity, field, m.text, line, record);
    }
    /** Runs the detectors and known sample ids over text; returns how many spans were hit. */
    int scan(QStringView text, const QString& field, int line, qint64 record = -1)
    {
        const QStringView cut = text.left(kMaxScannedChars);
        const QVector<PhiMatch> matches = PhiDetectors::find(cut);
        addAll(matches, field, line, record);
        const QStringList ids = samples.in(cut);
        for (const QString& id : ids)
            add(PhiClass::SampleId, PhiSeverity::High, field, id, line, record);
        return int(matches.size() + ids.size());
    }
    void sampleId(const QString& field, const QString& id, int line, qint64 record = -1)
    {
        const QString action =
            PhiDetectors::looksLikeDirectIdentifier(id)
                ? PhiScanner::tr("Pseudonymise (looks like a record number or a name)")
                : QString();
        add(PhiClass::SampleId, PhiSeverity::High, field, id, line, record, action);
    }
    /** A value that is one path or URL (@SQ UR, ##reference, a file uri): a path into a user
     * folder is reported whole, even with spaces ("/Users/x/Google Drive/chr12.fa"). */
    void pathValue(QStringView value, const QString& field, int line)
    {
        static const QRegularExpression userPath(
            QStringLiteral(R"(^(?:file:/*)?(?:/home/|/Users/|[A-Za-z]:\\Users\\)[^/\\]+)"));
        const QStringView v = value.trimmed();
        if (userPath.match(v).hasMatch())
            add(PhiClass::UserPath, PhiSeverity::High, field, v.toString(), line);
        else if (scan(v, field, line) == 0)
            sitePath(v, field, line);
    }
    /** A local absolute path outside user folders: names the site's infrastructure. */
    void sitePath(QStringView value, const QString& field, int line)
    {
        static const QRegularExpression path(
            QStringLiteral(R"(^(?:file:/*)?(/[^\s]+|[A-Za-z]:\\\S+)$)"));
        const auto m = path.match(value.trimmed());
        if (m.hasMatch())
            add(PhiClass::Provenance, PhiSeverity::Low, field, m.captured(0), line);
    }

    SampleMatcher samples;

private:
    QString m_file;
    PhiFindings* m_out;
    QSet<QString> m_seen;
    QHash<QString, int> m_perField;
};

/** The attributes of a structured header value `<ID=x,Description="...">`, in order. */
QVector<QPair<QString, QString>> structuredAttributes(QStringView value)
{
    QVector<QPair<QString, QString>> out;
    QStringView v = value.trimmed();
    if (!v.startsWith(QLatin1Char('<')))
        return out;
    v = v.mid(1);
    if (v.endsWith(QLatin1Char('>')))
        v.chop(1);
    int i = 0;
    while (i < v.size()) {
        const int eq = int(v.indexOf(QLatin1Char('='), i));
        if (eq < 0)
            break;
        const QString key = v.mid(i, eq - i).trimmed().toString();
        QString val;
        int j = eq + 1;
        if (j < v.size() && v[j] == QLatin1Char('"')) {
            for (++j; j < v.size() && v[j] != QLatin1Char('"'); ++j) {
                if (v[j] == QLatin1Char('\\') && j + 1 < v.size())
                    ++j;
                val += v[j];
            }
            ++j; // closing quote
            while (j < v.size() && v[j] != QLatin1Char(','))
                ++j;
        } else {
            const int comma = int(v.indexOf(QLatin1Char(','), j));
            const int end = comma < 0 ? int(v.size()) : comma;
            val = v.mid(j, end - j).toString();
            j = end;
        }
        out.push_back({key, val});
        i = j + 1;
    }
    return out;
}

QString attribute(const QVector<QPair<QString, QString>>& attrs, QLatin1String key)
{
    for (const auto& a : attrs)
        if (a.first == key)
            return a.second;
    return QString();
}

bool isProvenanceKey(const QString& key)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:bcftools_\w*|GATKCommandLine.*|VEP.*|SnpEff\w*Cmd|SnpSiftCmd|commandline|cmdline|.*[Cc]ommand[Ll]ine.*|\w*Command|\w*Cmd|Software|DRAGEN\w*)$)"));
    return !key.endsWith(QLatin1String("Version")) && re.match(key).hasMatch();
}

QStringList splitLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    return lines;
}

void scanVcfHeader(const QString& headerText, Collector& c)
{
    const QStringList lines = splitLines(headerText);
    QStringList columns;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("#CHROM")))
            columns = line.split(QLatin1Char('\t'));
        else if (line.startsWith(QLatin1String("##SAMPLE=")))
            c.samples.add(
                attribute(structuredAttributes(QStringView(line).mid(9)), QLatin1String("ID")));
    }
    for (int j = 9; j < columns.size(); ++j)
        c.samples.add(columns.at(j));

    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const int lineNo = i + 1;
        if (line.startsWith(QLatin1String("#CHROM"))) {
            for (int j = 9; j < columns.size(); ++j)
                c.sampleId(PhiScanner::tr("#CHROM sample column %1").arg(j - 8), columns.at(j),
                           lineNo);
            continue;
        }
        if (!line.startsWith(QLatin1String("##")))
            continue;
        const int eq = int(line.indexOf(QLatin1Char('=')));
        const QString key = line.mid(2, eq < 0 ? -1 : eq - 2);
        const QStringView value = eq < 0 ? QStringView() : QStringView(line).mid(eq + 1);
        const QString field = QStringLiteral("##") + key;
        if (key == QLatin1String("fileformat"))
            continue;
        if (key == QLatin1String("fileDate")) {
            QString date = value.trimmed().toString();
            date.remove(QLatin1Char('"'));
            c.add(PhiClass::Date, PhiSeverity::Medium, field, date, lineNo);
            continue;
        }
        const bool structured = value.trimmed().startsWith(QLatin1Char('<'));
        if (structured && (key == QLatin1String("INFO") || key == QLatin1String("FORMAT") ||
                           key == QLatin1String("FILTER") || key == QLatin1String("ALT"))) {
            const auto attrs = structuredAttributes(value);
            const QString description = attribute(attrs, QLatin1String("Description"));
            if (!description.isEmpty())
                c.scan(description,
                       key + QLatin1Char('/') + attribute(attrs, QLatin1String("ID")) +
                           QStringLiteral(" Description"),
                       lineNo);
            continue;
        }
        if (structured && key == QLatin1String("contig")) {
            if (!line.contains(QLatin1String("URL=")))
                continue;
            const QString url = attribute(structuredAttributes(value), QLatin1String("URL"));
            c.pathValue(url, QStringLiteral("##contig URL"), lineNo);
            continue;
        }
        if (key == QLatin1String("SAMPLE") || key == QLatin1String("PEDIGREE")) {
            const auto attrs = structuredAttributes(value);
            if (attrs.isEmpty())
                c.scan(value, field, lineNo);
            for (const auto& a : attrs) {
                if (key == QLatin1String("PEDIGREE") || a.first == QLatin1String("ID"))
                    c.sampleId(field, a.second, lineNo);
                else
                    c.scan(a.second, field, lineNo);
            }
            continue;
        }
        if (isProvenanceKey(key)) {
            const QStringView cut = value.left(kMaxScannedChars);
            const QVector<PhiMatch> matches = PhiDetectors::find(cut);
            const QStringList ids = c.samples.in(cut);
            const bool more = !matches.isEmpty() || !ids.isEmpty();
            c.add(PhiClass::Provenance, more ? PhiSeverity::Medium : PhiSeverity::Low, field,
                  value.left(300).toString(), lineNo);
            c.addAll(matches, field, lineNo);
            for (const QString& id : ids)
                c.add(PhiClass::SampleId, PhiSeverity::High, field, id, lineNo);
            continue;
        }
        if (key == QLatin1String("reference") || key == QLatin1String("assembly") ||
            key == QLatin1String("pedigreeDB"))
            c.pathValue(value, field, lineNo);
        else if (c.scan(value, field, lineNo) == 0 && key == QLatin1String("source"))
            c.sitePath(value, field, lineNo);
    }
}

void scanSamHeader(const QString& headerText, Collector& c)
{
    const QStringList lines = splitLines(headerText);
    for (const QString& line : lines)
        if (line.startsWith(QLatin1String("@RG")))
            for (const QString& f : line.split(QLatin1Char('\t')))
                if (f.startsWith(QLatin1String("SM:")))
                    c.samples.add(f.mid(3));

    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const int lineNo = i + 1;
        if (line.size() < 3 || !line.startsWith(QLatin1Char('@')))
            continue;
        const QString type = line.left(3);
        if (type == QLatin1String("@HD"))
            continue;
        if (type == QLatin1String("@CO")) {
            const QStringView text = QStringView(line).mid(4);
            if (c.scan(text, type, lineNo) == 0)
                c.add(PhiClass::FreeText, PhiSeverity::Low, type, text.toString(), lineNo);
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        for (int j = 1; j < fields.size(); ++j) {
            const QString& f = fields.at(j);
            if (f.size() < 3 || f.at(2) != QLatin1Char(':'))
                continue;
            const QString tag = f.left(2);
            const QStringView value = QStringView(f).mid(3);
            const QString field = type + QLatin1Char(' ') + tag;
            if (type == QLatin1String("@SQ")) {
                if (tag == QLatin1String("UR"))
                    c.pathValue(value, field, lineNo);
                else if (tag == QLatin1String("DS"))
                    c.scan(value, field, lineNo);
            } else if (type == QLatin1String("@RG")) {
                if (tag == QLatin1String("SM"))
                    c.sampleId(field, value.toString(), lineNo);
                else if (tag == QLatin1String("DT"))
                    c.add(PhiClass::Date, PhiSeverity::Medium, field, value.toString(), lineNo);
                else if (tag == QLatin1String("PU") && PhiDetectors::looksLikeDeviceId(value))
                    c.add(PhiClass::DeviceSerial, PhiSeverity::Medium, field, value.toString(),
                          lineNo);
                else if (tag != QLatin1String("PL") && tag != QLatin1String("PI") &&
                         tag != QLatin1String("PM") && tag != QLatin1String("FO") &&
                         tag != QLatin1String("KS") && tag != QLatin1String("BC"))
                    c.scan(value, field, lineNo);
            } else if (type == QLatin1String("@PG")) {
                if (tag == QLatin1String("CL")) {
                    const QStringView cut = value.left(kMaxScannedChars);
                    const QVector<PhiMatch> matches = PhiDetectors::find(cut);
                    const QStringList ids = c.samples.in(cut);
                    const bool more = !matches.isEmpty() || !ids.isEmpty();
                    c.add(PhiClass::Provenance, more ? PhiSeverity::Medium : PhiSeverity::Low,
                          field, value.left(300).toString(), lineNo);
                    c.addAll(matches, field, lineNo);
                    for (const QString& id : ids)
                        c.add(PhiClass::SampleId, PhiSeverity::High, field, id, lineNo);
                } else if (tag == QLatin1String("DS")) {
                    c.scan(value, field, lineNo);
                }
            } else {
                c.scan(value, field, lineNo);
            }
        }
    }
}

QString htsError(const QString& path)
{
    return PhiScanner::tr("Cannot read %1: %2")
        .arg(path, errno ? QString::fromLocal8Bit(strerror(errno))
                         : PhiScanner::tr("not a readable file of this format"));
}

bool cancelledError(const QString& path, QString* error)
{
    if (error)
        *error = PhiScanner::tr("The scan of %1 was cancelled.").arg(path);
    return false;
}

/** Remembers which body values were scanned already, so repeated values cost nothing. */
class SeenValues
{
public:
    bool firstTime(const QString& field, const QByteArray& value)
    {
        QSet<QByteArray>& set = m_sets[field];
        if (set.contains(value))
            return false;
        if (set.size() < kMaxCachedValues)
            set.insert(value);
        return true;
    }

private:
    QHash<QString, QSet<QByteArray>> m_sets;
};

bool scanVariants(const QString& path, const PhiScanner::Options& options, Collector& c,
                  QString* error)
{
    const QByteArray local = QFile::encodeName(path);
    HtsFilePtr fp(hts_open(local.constData(), "r"));
    if (!fp) {
        *error = htsError(path);
        return false;
    }
    BcfHeaderPtr hdr(bcf_hdr_read(fp.get()));
    if (!hdr) {
        *error = PhiScanner::tr("Cannot read the VCF header of %1.").arg(path);
        return false;
    }
    QByteArray headerText;
    if (hts_get_format(fp.get())->format == vcf) {
        // The header as written (line numbers match the file); htslib's copy may add lines.
        HtsFilePtr text(hts_open(local.constData(), "r"));
        kstring_t line = KS_INITIALIZE;
        while (text && hts_getline(text.get(), '\n', &line) >= 0 && line.l > 0 && line.s[0] == '#')
            headerText.append(line.s, int(line.l)).append('\n');
        ks_free(&line);
    } else {
        kstring_t s = KS_INITIALIZE;
        if (bcf_hdr_format(hdr.get(), 0, &s) == 0)
            headerText = QByteArray(s.s, int(s.l));
        ks_free(&s);
    }
    scanVcfHeader(QString::fromUtf8(headerText), c);

    BcfRecordPtr rec(bcf_init());
    SeenValues seen;
    static const QSet<QByteArray> annotations = {"CSQ", "ANN", "BCSQ", "LOF", "NMD", "EFF"};
    for (qint64 n = 0; n < options.readSample; ++n) {
        if (n % 1024 == 0 && isCancelled(options))
            return cancelledError(path, error);
        if (bcf_read(fp.get(), hdr.get(), rec.get()) < 0)
            break; // end of file, or a damaged body: the header findings stand
        bcf_unpack(rec.get(), BCF_UN_STR | BCF_UN_INFO);
        const QByteArray id(rec->d.id);
        if (id != "." && !id.isEmpty() && seen.firstTime(QStringLiteral("ID"), id))
            c.scan(QString::fromUtf8(id), QStringLiteral("ID"), 0, n);
        for (int i = 0; i < int(rec->n_info); ++i) {
            const bcf_info_t& info = rec->d.info[i];
            if (info.type != BCF_BT_CHAR || !info.vptr || info.len <= 0)
                continue;
            const QByteArray key(bcf_hdr_int2id(hdr.get(), BCF_DT_ID, info.key));
            if (annotations.contains(key))
                continue; // public annotation (genes, transcripts, HGVS), not about the person
            QByteArray value(reinterpret_cast<const char*>(info.vptr),
                             std::min(int(info.len), kMaxScannedChars));
            const int nul = value.indexOf('\0');
            if (nul >= 0)
                value.truncate(nul);
            const QString field = QStringLiteral("INFO/") + QString::fromLatin1(key);
            if (seen.firstTime(field, value))
                c.scan(QString::fromUtf8(value), field, 0, n);
        }
    }
    return true;
}

bool scanAlignments(const QString& path, const PhiScanner::Options& options, Collector& c,
                    QString* error)
{
    HtsFilePtr fp(hts_open(QFile::encodeName(path).constData(), "r"));
    if (!fp) {
        *error = htsError(path);
        return false;
    }
    const bool isCram = hts_get_format(fp.get())->format == cram;
    if (isCram) {
        // Names and tags only: decoding without the bases needs no reference.
        hts_set_opt(fp.get(), CRAM_OPT_REQUIRED_FIELDS,
                    int(SAM_QNAME | SAM_FLAG | SAM_RNAME | SAM_POS | SAM_AUX | SAM_RGAUX));
        hts_set_opt(fp.get(), CRAM_OPT_DECODE_MD, 0);
    }
    SamHeaderPtr hdr(sam_hdr_read(fp.get()));
    if (!hdr) {
        *error = PhiScanner::tr("Cannot read the alignment header of %1.").arg(path);
        return false;
    }
    scanSamHeader(QString::fromUtf8(sam_hdr_str(hdr.get())), c);

    BamRecordPtr b(bam_init1());
    SeenValues seen;
    static const char* const kTags[] = {"RG", "LB", "PU", "BC", "CO"};
    for (qint64 n = 0; n < options.readSample; ++n) {
        if (n % 1024 == 0 && isCancelled(options))
            return cancelledError(path, error);
        const int r = sam_read1(fp.get(), hdr.get(), b.get());
        if (r < -1 && n == 0) {
            c.add(PhiClass::FreeText, PhiSeverity::Low, PhiScanner::tr("reads"),
                  PhiScanner::tr("Reads not scanned: they cannot be decoded"), 0, -1,
                  PhiScanner::tr("Make the reference available and scan again"));
            break;
        }
        if (r < 0)
            break;
        const QByteArray name(bam_get_qname(b.get()));
        if (seen.firstTime(QStringLiteral("read name"), name)) {
            const QString qname = QString::fromLatin1(name);
            QString device;
            const QString field = PhiScanner::tr("read name");
            if (PhiDetectors::illuminaReadName(qname, &device))
                c.add(PhiClass::DeviceSerial, PhiSeverity::Medium, field, device, 0, n);
            for (const QString& id : c.samples.in(qname))
                c.add(PhiClass::SampleId, PhiSeverity::High, field, id, 0, n);
        }
        for (const char* tag : kTags) {
            const uint8_t* aux = bam_aux_get(b.get(), tag);
            if (!aux || (*aux != 'Z' && *aux != 'H'))
                continue;
            const QByteArray value(bam_aux2Z(aux));
            const QString field = PhiScanner::tr("%1 tag").arg(QLatin1String(tag));
            if (value.isEmpty() || !seen.firstTime(field, value))
                continue;
            const QString text = QString::fromUtf8(value);
            if ((tag[0] == 'P' || tag[0] == 'R') && PhiDetectors::looksLikeDeviceId(text))
                c.add(PhiClass::DeviceSerial, PhiSeverity::Medium, field, text, 0, n);
            else if (tag[0] == 'R')
                for (const QString& id : c.samples.in(text))
                    c.add(PhiClass::SampleId, PhiSeverity::High, field, id, 0, n);
            else
                c.scan(text, field, 0, n);
        }
    }
    return true;
}

bool readSmallFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = PhiScanner::tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > kMaxSidecarBytes) {
        *error = PhiScanner::tr("%1 is larger than %2 MB; sidecars that large are not scanned.")
                     .arg(path)
                     .arg(kMaxSidecarBytes / (1024 * 1024));
        return false;
    }
    *bytes = f.readAll();
    if (bytes->startsWith("\xEF\xBB\xBF"))
        bytes->remove(0, 3);
    return true;
}

QString normalisedKey(const QString& key)
{
    QString out;
    for (QChar ch : key)
        if (ch.isLetterOrNumber())
            out += ch.toLower();
    return out;
}

bool isYearOnly(const QString& value)
{
    static const QRegularExpression year(QStringLiteral(R"(^\s*\d{4}\s*$)"));
    return year.match(value).hasMatch();
}

/** Walks Phenopacket (or any) JSON; line numbers come from the value's first occurrence. */
class JsonWalker
{
public:
    JsonWalker(const QString& raw, Collector& c) : m_raw(raw), m_c(c)
    {
        for (int i = 0; i < raw.size(); ++i)
            if (raw.at(i) == QLatin1Char('\n'))
                m_lineStarts.push_back(i + 1);
    }

    void walk(const QJsonValue& v, const QString& key, const QString& parentKey,
              const QString& timeKey)
    {
        const QString nk = normalisedKey(key);
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const bool mapOfIds = nk == QLatin1String("individualtofileidentifiers");
            const bool timeField = nk == QLatin1String("timeatlastencounter") ||
                                   nk == QLatin1String("timeofdeath") ||
                                   nk == QLatin1String("timeofcollection");
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (mapOfIds) { // individual id -> the sample id used in the file
                    const QString fileId = it.value().toString();
                    m_c.sampleId(key, it.key(), lineOf(fileId, it.key()));
                    if (!fileId.isEmpty())
                        m_c.sampleId(key, fileId, lineOf(fileId, it.key()));
                    continue;
                }
                // An "id" belongs to the object it is in: keep this object's key as context.
                walk(it.value(), it.key(), key, timeField ? key : timeKey);
            }
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (const QJsonValue& e : a) {
                if (nk == QLatin1String("alternateids") && e.isString())
                    sample(key, e.toString());
                else
                    walk(e, key, parentKey, timeKey);
            }
        } else if (v.isString()) {
            value(v.toString(), key, nk, normalisedKey(parentKey), timeKey);
        }
    }

private:
    static QString quoted(const QString& text)
    {
        QString q = text;
        q.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    /** The line of `"key": "value"` (or of the value alone when the key is not next to it). */
    int lineOf(const QString& text, const QString& key = QString()) const
    {
        int at = -1;
        if (!key.isEmpty()) {
            const QRegularExpression pair(QRegularExpression::escape(quoted(key)) +
                                          QStringLiteral(R"(\s*:\s*)") +
                                          QRegularExpression::escape(quoted(text)));
            at = int(pair.match(m_raw).capturedStart());
        }
        if (at < 0)
            at = int(m_raw.indexOf(quoted(text)));
        if (at < 0)
            return 0;
        return int(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), at) -
                   m_lineStarts.begin()) +
               1;
    }
    void sample(const QString& field, const QString& id, const QString& key = QString())
    {
        if (!id.isEmpty() && id != QLatin1String("0"))
            m_c.sampleId(field, id, lineOf(id, key));
    }
    void value(const QString& s, const QString& key, const QString& nk, const QString& parent,
               const QString& timeKey)
    {
        if (s.trimmed().isEmpty())
            return;
        const int line = lineOf(s, key);
        static const QSet<QString> idKeys = {
            QStringLiteral("individualid"), QStringLiteral("subjectorbiosampleid"),
            QStringLiteral("paternalid"),   QStringLiteral("maternalid"),
            QStringLiteral("familyid"),     QStringLiteral("probandid"),
            QStringLiteral("biosampleid"),  QStringLiteral("subjectid")};
        const bool subjectId =
            nk == QLatin1String("id") &&
            (parent == QLatin1String("subject") || parent == QLatin1String("individual") ||
             parent == QLatin1String("biosamples") || parent == QLatin1String("proband"));
        if (subjectId || idKeys.contains(nk))
            sample(key, s, key);
        else if (nk == QLatin1String("dateofbirth"))
            m_c.add(PhiClass::Date, isYearOnly(s) ? PhiSeverity::Low : PhiSeverity::High, key, s,
                    line);
        else if (nk == QLatin1String("created"))
            m_c.add(PhiClass::Date, PhiSeverity::Medium, key, s, line);
        else if (nk == QLatin1String("createdby") || nk == QLatin1String("submittedby"))
            m_c.add(PhiClass::PersonName, PhiSeverity::Medium, key, s, line);
        else if (!timeKey.isEmpty() && nk == QLatin1String("timestamp"))
            m_c.add(PhiClass::Date, PhiSeverity::High, timeKey, s, line);
        else if (nk == QLatin1String("uri"))
            m_c.pathValue(s, key, line);
        else if (parent != QLatin1String("resources")) // ontology descriptors are public
            m_c.scan(s, timeKey.isEmpty() ? key : timeKey, line);
    }

    const QString& m_raw;
    Collector& m_c;
    std::vector<int> m_lineStarts;
};

bool scanJson(const QString& path, Collector& c, QString* error)
{
    QByteArray bytes;
    if (!readSmallFile(path, &bytes, error))
        return false;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        *error = PhiScanner::tr("Cannot read %1: invalid JSON at byte %2 (%3).")
                     .arg(path)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QString raw = QString::fromUtf8(bytes);
    JsonWalker walker(raw, c);
    walker.walk(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QString(),
                QString(), QString());
    return true;
}

bool scanPed(const QString& path, Collector& c, QString* error)
{
    QByteArray bytes;
    if (!readSmallFile(path, &bytes, error))
        return false;
    const QStringList lines = splitLines(QString::fromUtf8(bytes));
    static const QRegularExpression ws(QStringLiteral(R"(\s+)"));
    const QString names[] = {PhiScanner::tr("family"), PhiScanner::tr("individual"),
                             PhiScanner::tr("father"), PhiScanner::tr("mother")};
    // Ids first, so they are found again in the free-text columns.
    for (const QString& line : lines)
        if (!line.startsWith(QLatin1Char('#'))) {
            const QStringList cols = line.trimmed().split(ws, Qt::SkipEmptyParts);
            for (int j = 0; j < std::min(4, int(cols.size())); ++j)
                c.samples.add(cols.at(j));
        }
    qint64 row = 0;
    bool header = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            if (header || !line.contains(QLatin1String("ID"), Qt::CaseInsensitive))
                c.scan(QStringView(line).mid(1), PhiScanner::tr("comment"), i + 1);
            header = true;
            continue;
        }
        const QStringList cols = line.split(ws, Qt::SkipEmptyParts);
        for (int j = 0; j < cols.size(); ++j) {
            const QString& v = cols.at(j);
            if (j < 4) {
                if (v != QLatin1String("0") && v != QLatin1String(".") && v != QLatin1String("-9"))
                    c.sampleId(names[j], v, i + 1, row);
            } else if (j >= 6) {
                c.scan(v, PhiScanner::tr("column %1").arg(j + 1), i + 1, row);
            }
        }
        ++row;
    }
    return true;
}

/** RFC 4180-ish records: quoted fields may hold the delimiter, doubled quotes and newlines. */
QVector<QPair<int, QStringList>> delimitedRecords(const QString& text, QChar delimiter)
{
    QVector<QPair<int, QStringList>> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    int line = 1;
    int recordLine = 1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (ch == QLatin1Char('"'))
                quoted = false;
            else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field += ch;
            }
        } else if (ch == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (ch == delimiter) {
            fields << field;
            field.clear();
        } else if (ch == QLatin1Char('\n')) {
            fields << field;
            field.clear();
            if (fields.size() > 1 || !fields.first().trimmed().isEmpty())
                records.push_back({recordLine, fields});
            fields.clear();
            recordLine = ++line;
        } else if (ch != QLatin1Char('\r')) {
            field += ch;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields << field;
        records.push_back({recordLine, fields});
    }
    return records;
}

bool scanTable(const QString& path, Collector& c, QString* error)
{
    QByteArray bytes;
    if (!readSmallFile(path, &bytes, error))
        return false;
    const QString text = QString::fromUtf8(bytes);
    const QString first = text.left(int(text.indexOf(QLatin1Char('\n'))));
    QChar delimiter;
    if (path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ||
        first.contains(QLatin1Char('\t')))
        delimiter = QLatin1Char('\t');
    else if (first.contains(QLatin1Char(',')))
        delimiter = QLatin1Char(',');
    else if (first.contains(QLatin1Char(';')))
        delimiter = QLatin1Char(';');
    if (delimiter.isNull()) { // plain text: every line through the detectors
        const QStringList lines = splitLines(text);
        for (int i = 0; i < lines.size(); ++i)
            c.scan(lines.at(i), PhiScanner::tr("text"), i + 1);
        return true;
    }
    const auto records = delimitedRecords(text, delimiter);
    if (records.isEmpty())
        return true;
    const QStringList header = records.first().second;
    struct Kind
    {
        bool known = false;
        PhiClass c = PhiClass::FreeText;
        PhiSeverity s = PhiSeverity::Low;
    };
    QVector<Kind> kinds(header.size());
    for (int j = 0; j < header.size(); ++j)
        kinds[j].known = PhiDetectors::columnClass(header.at(j), &kinds[j].c, &kinds[j].s);
    for (int r = 1; r < records.size(); ++r)
        for (int j = 0; j < std::min(header.size(), records.at(r).second.size()); ++j)
            if (kinds.at(j).known && kinds.at(j).c == PhiClass::SampleId)
                c.samples.add(records.at(r).second.at(j).trimmed());
    for (int r = 1; r < records.size(); ++r) {
        const int line = records.at(r).first;
        const qint64 row = r - 1;
        const QStringList& cells = records.at(r).second;
        for (int j = 0; j < cells.size(); ++j) {
            const QString v = cells.at(j).trimmed();
            const QString field = j < header.size() && !header.at(j).trimmed().isEmpty()
                                      ? header.at(j).trimmed()
                                      : PhiScanner::tr("column %1").arg(j + 1);
            if (v.isEmpty() || v == QLatin1String("NA") || v == QLatin1String("."))
                continue;
            const Kind k = j < kinds.size() ? kinds.at(j) : Kind();
            if (k.known && k.c == PhiClass::SampleId)
                c.sampleId(field, v, line, row);
            else if (k.known && !(k.c == PhiClass::Date && isYearOnly(v)) &&
                     !(k.c == PhiClass::Age && v.toDouble() < 90))
                c.add(k.c, k.s, field, v, line, row);
            c.scan(v, field, line, row);
        }
    }
    return true;
}

} // namespace

PhiFindings PhiScanner::scanVcfHeaderText(const QString& headerText, const QString& file)
{
    PhiFindings out;
    Collector c(file, &out);
    scanVcfHeader(headerText, c);
    return out;
}

PhiFindings PhiScanner::scanSamHeaderText(const QString& headerText, const QString& file)
{
    PhiFindings out;
    Collector c(file, &out);
    scanSamHeader(headerText, c);
    return out;
}

bool PhiScanner::scanFile(const QString& path, const Options& options, PhiFindings* findings,
                          QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *err = tr("Cannot read %1: %2")
                   .arg(path, info.exists() ? tr("permission denied") : tr("no such file"));
        return false;
    }
    const DetectedFormat detected = FormatDetector::detect(path);
    if (!detected.error.isEmpty()) {
        *err = detected.error;
        return false;
    }
    const QString format = detected.format;
    const QString suffix = info.suffix().toLower();
    PhiFindings found;
    Collector c(info.absoluteFilePath(), &found);
    bool ok = true;
    if (format == QLatin1String("vcf") || format == QLatin1String("bcf"))
        ok = scanVariants(path, options, c, err);
    else if (format == QLatin1String("sam") || format == QLatin1String("bam") ||
             format == QLatin1String("cram"))
        ok = scanAlignments(path, options, c, err);
    else if (format == QLatin1String("phenopacket") || format == QLatin1String("json") ||
             suffix == QLatin1String("json"))
        ok = scanJson(path, c, err);
    else if (suffix == QLatin1String("ped") || format == QLatin1String("ped"))
        ok = scanPed(path, c, err);
    else if (format == QLatin1String("samplesheet") || suffix == QLatin1String("csv") ||
             suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        ok = scanTable(path, c, err);
    if (findings && ok)
        *findings += found;
    return ok;
}

} // namespace steward
