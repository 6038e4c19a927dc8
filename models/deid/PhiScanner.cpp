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

#include "models/deid/PhiCollector.h"
#include "models/deid/PhiDetectors.h"
#include "models/deid/PhiSidecarScanner.h"
#include "models/formats/FormatDetector.h"
#include "models/formats/HtsHandles.h"

namespace steward {
namespace {

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

void scanVcfHeader(const QString& headerText, PhiCollector& c)
{
    const QStringList lines = PhiCollector::splitLines(headerText);
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

void scanSamHeader(const QString& headerText, PhiCollector& c)
{
    const QStringList lines = PhiCollector::splitLines(headerText);
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

bool scanVariants(const QString& path, const PhiScanner::Options& options, PhiCollector& c,
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
        if (n % 1024 == 0 && phiScanCancelled(options))
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

bool scanAlignments(const QString& path, const PhiScanner::Options& options, PhiCollector& c,
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
        if (n % 1024 == 0 && phiScanCancelled(options))
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

} // namespace

PhiFindings PhiScanner::scanVcfHeaderText(const QString& headerText, const QString& file)
{
    PhiFindings out;
    PhiCollector c(file, &out);
    scanVcfHeader(headerText, c);
    return out;
}

PhiFindings PhiScanner::scanSamHeaderText(const QString& headerText, const QString& file)
{
    PhiFindings out;
    PhiCollector c(file, &out);
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
    PhiCollector c(info.absoluteFilePath(), &found);
    bool ok = true;
    if (format == QLatin1String("vcf") || format == QLatin1String("bcf"))
        ok = scanVariants(path, options, c, err);
    else if (format == QLatin1String("sam") || format == QLatin1String("bam") ||
             format == QLatin1String("cram"))
        ok = scanAlignments(path, options, c, err);
    else if (format == QLatin1String("phenopacket") || format == QLatin1String("json") ||
             suffix == QLatin1String("json"))
        ok = PhiSidecarScanner::scanJson(path, c, err);
    else if (suffix == QLatin1String("ped") || format == QLatin1String("ped"))
        ok = PhiSidecarScanner::scanPed(path, c, err);
    else if (format == QLatin1String("samplesheet") || suffix == QLatin1String("csv") ||
             suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        ok = PhiSidecarScanner::scanTable(path, c, err);
    if (findings && ok)
        *findings += found;
    return ok;
}

} // namespace steward
