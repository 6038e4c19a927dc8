#include "models/formats/VariantStatistics.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <htslib/hts.h>
#include <htslib/kstring.h>
#include <htslib/vcf.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include "models/formats/HtsHandles.h"
#include "models/formats/ReadProgress.h"
#include "models/formats/VariantStatsCollector.h"

namespace steward {

namespace {

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

/**
 * Problems found while reading, with a cap per code so that a file broken on every line
 * still reads in bounded memory; the rest are summed up in one closing problem.
 */
class ProblemLog
{
public:
    explicit ProblemLog(FileProblems* problems) : m_problems(problems) {}

    void add(FileProblem::Severity severity, const QString& code, const QString& message,
             const QString& location = QString())
    {
        int& listed = m_listed[code];
        if (listed >= kMaxListedPerCode) {
            ++m_unlisted[code];
            return;
        }
        ++listed;
        m_problems->push_back({severity, code, message, location});
    }

    /** Index of the last problem added, to amend it. */
    int last() const { return m_problems->size() - 1; }
    FileProblem& at(int i) { return (*m_problems)[i]; }

    void finish()
    {
        for (auto it = m_unlisted.cbegin(); it != m_unlisted.cend(); ++it)
            m_problems->push_back(
                {FileProblem::Severity::Warning, it.key(),
                 VariantStatsReader::tr("%1 more problems of this kind (%2) are not listed.")
                     .arg(number(it.value()), it.key()),
                 QString()});
    }

private:
    static constexpr int kMaxListedPerCode = 100;
    FileProblems* m_problems;
    QHash<QString, int> m_listed;
    QHash<QString, qint64> m_unlisted;
};

const QString kMalformed = QStringLiteral("malformed-record");
const QString kTruncated = QStringLiteral("truncated");

} // namespace

bool VariantStatsReader::read(const QString& path, const ReadOptions& options, VariantScan* out,
                              QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!out)
        return fail(VariantStatsReader::tr("No place to put the statistics of %1.").arg(path));
    *out = VariantScan();

    const QByteArray fileName = QFile::encodeName(path);
    HtsThreadPool pool(options.threads); // declared first: it must outlive the file
    errno = 0;
    HtsFilePtr fp(hts_open(fileName.constData(), "r"));
    if (!fp) {
        const QString why = errno ? QString::fromLocal8Bit(std::strerror(errno))
                                  : VariantStatsReader::tr("htslib cannot open it");
        return fail(VariantStatsReader::tr("Cannot open %1: %2.").arg(path, why));
    }
    const htsFormat* format = hts_get_format(fp.get());
    if (format->format != vcf && format->format != bcf) {
        char* description = hts_format_description(format);
        const QString what = QString::fromUtf8(description ? description : "unknown");
        std::free(description);
        return fail(VariantStatsReader::tr(
                        "%1 is not a VCF or BCF file: htslib sees %2. A VCF starts with a "
                        "\"##fileformat=VCFv4.x\" line.")
                        .arg(path, what));
    }
    const bool text = format->format == vcf;
    const bool isBgzf = format->compression == htsCompression::bgzf;
    if (isBgzf)
        pool.attach(fp.get());

    ProblemLog log(&out->problems);
    int truncatedProblem = -1;
    if (isBgzf && hts_check_EOF(fp.get()) == 0) {
        log.add(FileProblem::Severity::Error, kTruncated,
                VariantStatsReader::tr(
                    "The compressed file lacks its end-of-file marker: it is truncated, and the "
                    "records after the cut are missing. Copy or download it again."));
        truncatedProblem = log.last();
    }

    BcfHeaderPtr header(bcf_hdr_read(fp.get()));
    if (!header) {
        if (truncatedProblem >= 0)
            return fail(VariantStatsReader::tr(
                            "Cannot read the VCF/BCF header of %1: the compressed file is "
                            "truncated.")
                            .arg(path));
        return fail(VariantStatsReader::tr(
                        "Cannot read the VCF/BCF header of %1: it is damaged or not a valid "
                        "VCF/BCF header (a VCF header ends with the #CHROM line).")
                        .arg(path));
    }

    kstring_t ks = KS_INITIALIZE;
    if (bcf_hdr_format(header.get(), 0, &ks) == 0)
        out->headerText = QString::fromUtf8(ks.s, int(ks.l));
    ks_free(&ks);
    if (const char* version = bcf_hdr_get_version(header.get()))
        out->fileFormatVersion = QString::fromUtf8(version);
    const int nSamples = bcf_hdr_nsamples(header.get());
    out->samples.reserve(nSamples);
    for (int i = 0; i < nSamples; ++i)
        out->samples << QString::fromUtf8(header->samples[i]);

    BcfRecordPtr record(bcf_init());
    // Without per-sample counts, htslib's VCF parser can skip the sample columns entirely.
    if (!options.perSample)
        record->max_unpack = BCF_UN_INFO;

    ReadProgress progress(fp.get(), QFileInfo(path).size(), options);
    VariantStatsCollector collector(header.get(), options.perSample);
    const int declaredContigs = header->n[BCF_DT_CTG];
    std::vector<bool> undeclaredReported;

    auto where = [&](qint64 n) {
        return text
                   ? VariantStatsReader::tr("record %1, line %2").arg(number(n), number(fp->lineno))
                   : VariantStatsReader::tr("record %1").arg(number(n));
    };
    auto position = [&]() {
        const bcf1_t* r = record.get();
        if (r->rid < 0 || r->rid >= header->n[BCF_DT_CTG] || r->pos < 0)
            return VariantStatsReader::tr("this record");
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(bcf_hdr_id2name(header.get(), r->rid)),
                                           number(r->pos + 1));
    };

    qint64 n = 0;
    bool stopped = false;
    for (;;) {
        record->errcode = 0;
        const int ret = bcf_read(fp.get(), header.get(), record.get());
        if (ret == -1 && record->errcode == 0)
            break; // end of the file
        ++n;
        if (ret < 0) {
            if (text && record->errcode) {
                // The line is consumed: skip it and go on, as bcftools stats does.
                log.add(FileProblem::Severity::Error, kMalformed,
                        VariantStatsReader::tr(
                            "The record at %1 cannot be parsed: it has %2. It is left out of "
                            "the statistics.")
                            .arg(position(), describeRecordErrors(record->errcode)),
                        where(n));
                if (!progress.tick()) {
                    out->cancelled = true;
                    break;
                }
                continue;
            }
            stopped = true;
            if (truncatedProblem >= 0) {
                FileProblem& p = log.at(truncatedProblem);
                p.message += QLatin1Char(' ') +
                             VariantStatsReader::tr("Reading stopped at the cut, after %1 records.")
                                 .arg(number(n - 1));
                p.location = where(n);
            } else {
                log.add(FileProblem::Severity::Error, kMalformed,
                        VariantStatsReader::tr(
                            "Record %1 cannot be read (%2): the data is damaged. Reading stopped; "
                            "the statistics cover only the records before it.")
                            .arg(number(n), record->errcode ? describeRecordErrors(record->errcode)
                                                            : VariantStatsReader::tr(
                                                                  "a read or decompression error")),
                        where(n));
            }
            break;
        }
        if (record->n_allele < 1) {
            log.add(FileProblem::Severity::Warning, kMalformed,
                    VariantStatsReader::tr(
                        "The line is empty or has no REF column. bcftools stats counts it as a "
                        "record without ALT, and so does this summary; remove the line."),
                    where(n));
        } else if (int errcode = record->errcode) {
            // An undeclared contig gets its own problem below, once per contig.
            if (record->rid >= declaredContigs)
                errcode &= ~BCF_ERR_CTG_UNDEF;
            if (errcode)
                log.add(FileProblem::Severity::Warning, kMalformed,
                        VariantStatsReader::tr(
                            "The record at %1 has %2; htslib worked around it and the record is "
                            "counted. Fix the header or the record.")
                            .arg(position(), describeRecordErrors(errcode)),
                        where(n));
        }
        if (record->n_allele >= 1 && record->rid >= declaredContigs) {
            const size_t k = size_t(record->rid - declaredContigs);
            if (k >= undeclaredReported.size())
                undeclaredReported.resize(k + 1, false);
            if (!undeclaredReported[k]) {
                undeclaredReported[k] = true;
                log.add(FileProblem::Severity::Warning, kMalformed,
                        VariantStatsReader::tr(
                            "Contig \"%1\" is used by records but not declared in the header; "
                            "add a ##contig line for it.")
                            .arg(QString::fromUtf8(bcf_hdr_id2name(header.get(), record->rid))),
                        where(n));
            }
        }

        const unsigned issues = collector.add(record.get());
        if (issues != VariantStatsCollector::NoIssue) {
            QStringList what;
            if (issues & VariantStatsCollector::AlleleCountsExceedNumber)
                what << VariantStatsReader::tr("INFO/AN is smaller than the sum of INFO/AC");
            if (issues & VariantStatsCollector::AlleleCountsNotIntegers)
                what << VariantStatsReader::tr("INFO/AC is not of type Integer");
            if (issues & VariantStatsCollector::GenotypeAlleleOutOfRange)
                what << VariantStatsReader::tr(
                    "a genotype names an allele the record does not have");
            log.add(FileProblem::Severity::Warning, kMalformed,
                    VariantStatsReader::tr(
                        "The record at %1 is inconsistent: %2. It is counted, but its allele "
                        "frequencies or genotypes are left out (bcftools stats stops here).")
                        .arg(position(), what.join(QStringLiteral("; "))),
                    where(n));
        }
        if (!progress.tick()) {
            out->cancelled = true;
            break;
        }
    }

    log.finish();
    out->statistics = collector.statistics(header.get());
    out->complete = !out->cancelled && !stopped && truncatedProblem < 0;
    if (!out->cancelled)
        progress.finish();
    return true;
}

QString VariantStatsReader::describeRecordErrors(int errcode)
{
    QStringList what;
    if (errcode & BCF_ERR_CTG_UNDEF)
        what << VariantStatsReader::tr("a contig that the header does not declare");
    if (errcode & BCF_ERR_TAG_UNDEF)
        what << VariantStatsReader::tr(
            "an INFO, FORMAT or FILTER tag that the header does not declare");
    if (errcode & BCF_ERR_NCOLS)
        what << VariantStatsReader::tr(
            "the wrong number of columns (fewer sample columns than the header names, or "
            "missing fixed columns)");
    if (errcode & BCF_ERR_LIMITS)
        what << VariantStatsReader::tr(
            "a value beyond htslib's limits (a position, length or count too large)");
    if (errcode & BCF_ERR_CHAR)
        what << VariantStatsReader::tr("an invalid character");
    if (errcode & BCF_ERR_CTG_INVALID)
        what << VariantStatsReader::tr("an invalid contig name");
    if (errcode & BCF_ERR_TAG_INVALID)
        what << VariantStatsReader::tr(
            "an invalid tag (a bad tag name, or a value that does not fit its header "
            "definition)");
    const int known = BCF_ERR_CTG_UNDEF | BCF_ERR_TAG_UNDEF | BCF_ERR_NCOLS | BCF_ERR_LIMITS |
                      BCF_ERR_CHAR | BCF_ERR_CTG_INVALID | BCF_ERR_TAG_INVALID;
    if (errcode & ~known)
        what << VariantStatsReader::tr("an error htslib reports as code %1").arg(errcode & ~known);
    if (what.isEmpty())
        what << VariantStatsReader::tr("content htslib cannot parse");
    return what.join(QStringLiteral("; "));
}

} // namespace steward
