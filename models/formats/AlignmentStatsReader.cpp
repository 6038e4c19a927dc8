// AlignmentStatsReader: one streaming pass over a SAM/BAM/CRAM that yields exactly what
// `samtools flagstat` (1.16) and `samtools idxstats` print, plus MAPQ and length spectra.

#include "models/formats/AlignmentStatistics.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include <htslib/cram.h>
#include <htslib/hts.h>
#include <htslib/kstring.h>
#include <htslib/sam.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include "models/formats/CramReference.h"
#include "models/formats/HtsHandles.h"
#include "models/formats/ReadProgress.h"
#include "models/formats/SamRecordCheck.h"

namespace steward {

namespace {

/**
 * The CRAM data series the statistics need. QUAL is there for the read length: CRAM stores
 * it with the qualities (RL), and without SEQ htslib never loads the reference, so a CRAM
 * reads offline and as fast as its blocks decompress. (SEQ would make htslib fetch the
 * reference for every mapped slice.) RNEXT gives the mate's reference, as for flagstat.
 */
constexpr int kCramFields = SAM_FLAG | SAM_RNAME | SAM_MAPQ | SAM_RNEXT | SAM_QUAL;

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

/** The counters of one pass, in plain arrays: this is the hot loop. */
struct Tally
{
    AlignmentStatistics::Flagstat flagstat;
    std::vector<std::array<qint64, 2>> perContig; // [tid + 1] = {mapped, unmapped}; [0] is "*"
    std::array<qint64, 256> mapq{};
    std::vector<qint64> lengths;

    void add(const bam1_core_t& c)
    {
        // samtools 1.16 bam_stat.c flagstat_loop, counter for counter.
        auto& s = flagstat;
        const uint16_t flag = c.flag;
        const int w = (flag & BAM_FQCFAIL) ? 1 : 0;
        const bool unmapped = flag & BAM_FUNMAP;
        ++s.total[w];
        if (flag & BAM_FSECONDARY) {
            ++s.secondary[w];
        } else if (flag & BAM_FSUPPLEMENTARY) {
            ++s.supplementary[w];
        } else {
            ++s.primary[w];
            if (flag & BAM_FPAIRED) {
                ++s.paired[w];
                if ((flag & BAM_FPROPER_PAIR) && !unmapped)
                    ++s.properlyPaired[w];
                if (flag & BAM_FREAD1)
                    ++s.read1[w];
                if (flag & BAM_FREAD2)
                    ++s.read2[w];
                if ((flag & BAM_FMUNMAP) && !unmapped)
                    ++s.singletons[w];
                if (!unmapped && !(flag & BAM_FMUNMAP)) {
                    ++s.withItselfAndMateMapped[w];
                    if (c.mtid != c.tid) {
                        ++s.mateOnDifferentChr[w];
                        if (c.qual >= 5)
                            ++s.mateOnDifferentChrMapq5[w];
                    }
                }
            }
            if (!unmapped) {
                ++s.primaryMapped[w];
                ++mapq[c.qual];
            }
            if (flag & BAM_FDUP)
                ++s.primaryDuplicates[w];
            const size_t length = size_t(c.l_qseq > 0 ? c.l_qseq : 0);
            if (length >= lengths.size())
                lengths.resize(length + 1, 0);
            ++lengths[length];
        }
        if (!unmapped)
            ++s.mapped[w];
        if (flag & BAM_FDUP)
            ++s.duplicates[w];

        // samtools idxstats: by reference id and the unmapped flag; tid -1 is "*".
        const size_t slot = size_t(c.tid + 1);
        if (c.tid >= -1 && slot < perContig.size())
            ++perContig[slot][unmapped ? 1 : 0];
    }
};

QString headerTag(sam_hdr_t* h, const char* type, int pos, const char* key, kstring_t* ks)
{
    ks->l = 0;
    return sam_hdr_find_tag_pos(h, type, pos, key, ks) == 0 ? QString::fromUtf8(ks->s, int(ks->l))
                                                            : QString();
}

void readHeader(sam_hdr_t* h, AlignmentScan* out)
{
    out->headerText = QString::fromUtf8(sam_hdr_str(h), qsizetype(sam_hdr_length(h)));
    kstring_t ks = KS_INITIALIZE;
    const int groups = sam_hdr_count_lines(h, "RG");
    for (int i = 0; i < groups; ++i) {
        const QString id = headerTag(h, "RG", i, "ID", &ks);
        if (!id.isEmpty())
            out->statistics.readGroups << id;
        const QString sample = headerTag(h, "RG", i, "SM", &ks);
        if (!sample.isEmpty() && !out->statistics.samples.contains(sample))
            out->statistics.samples << sample;
    }
    ks_free(&ks);
}

} // namespace

bool AlignmentStatsReader::read(const QString& path, const ReadOptions& options, AlignmentScan* out,
                                QString* error)
{
    *out = AlignmentScan();
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };

    std::optional<HtsThreadPool> pool; // declared first: it must outlive the file
    const QByteArray fileName = QFile::encodeName(path);
    errno = 0;
    HtsFilePtr fp(hts_open(fileName.constData(), "r"));
    if (!fp) {
        const QString reason = errno ? QString::fromLocal8Bit(std::strerror(errno))
                                     : tr("htslib does not recognise its format");
        return fail(tr("Cannot open %1: %2.").arg(path, reason));
    }
    const htsFormat* format = hts_get_format(fp.get());
    if (format->category != sequence_data ||
        (format->format != sam && format->format != bam && format->format != cram)) {
        std::unique_ptr<char, decltype(&std::free)> description(hts_format_description(format),
                                                                &std::free);
        return fail(tr("%1 is not a SAM, BAM or CRAM file (htslib sees %2).")
                        .arg(path, QString::fromUtf8(description ? description.get() : "?")));
    }
    const bool isCram = format->format == cram;
    const bool isSamText = format->format == sam && format->compression == no_compression;

    // Before any thread starts: htslib 1.16 can deadlock checking the EOF marker of a
    // truncated BGZF file from a thread pool, and its threaded reader turns a truncated
    // block into a silent end of file. Files without the marker are read on this thread.
    const int eof = hts_check_EOF(fp.get());
    const bool truncated = eof == 0;

    if (isCram) {
        hts_set_opt(fp.get(), CRAM_OPT_REQUIRED_FIELDS, kCramFields);
        hts_set_opt(fp.get(), CRAM_OPT_DECODE_MD, 0);
    }
    SamHeaderPtr header(sam_hdr_read(fp.get()));
    if (!header)
        return fail(tr("Cannot read the SAM/BAM/CRAM header of %1: the file is damaged or not "
                       "an alignment file.")
                        .arg(path));
    sam_hdr_t* h = header.get();

    // SAM text is parsed on this thread too: htslib's threaded SAM parser fails a whole batch
    // at a bad line, so the counts before it and the line number would be lost.
    if (options.threads > 0 && eof == 1 && format->format != sam) {
        pool.emplace(options.threads);
        pool->attach(fp.get()); // on failure the read simply stays single-threaded
    }

    readHeader(h, out);
    const int nref = sam_hdr_nref(h);
    Tally tally;
    tally.perContig.assign(size_t(nref) + 1, {0, 0});
    tally.lengths.reserve(512);

    BamRecordPtr record(bam_init1());
    ReadProgress progress(fp.get(), QFileInfo(path).size(), options);
    qint64 records = 0;
    int ret = 0;
    bool cancelled = false;
    while ((ret = sam_read1(fp.get(), h, record.get())) >= 0) {
        tally.add(record->core);
        ++records;
        if (!progress.tick()) {
            cancelled = true;
            break;
        }
    }

    // Hand the counts over, in header order, "*" last as idxstats prints it.
    AlignmentStatistics& st = out->statistics;
    st.flagstat = tally.flagstat;
    st.contigs.reserve(nref + 1);
    for (int tid = 0; tid < nref; ++tid) {
        st.contigs.push_back({QString::fromUtf8(sam_hdr_tid2name(h, tid)),
                              qint64(sam_hdr_tid2len(h, tid)), tally.perContig[tid + 1][0],
                              tally.perContig[tid + 1][1]});
    }
    st.contigs.push_back({QStringLiteral("*"), 0, tally.perContig[0][0], tally.perContig[0][1]});
    st.mapqHistogram = QVector<qint64>(tally.mapq.begin(), tally.mapq.end());
    st.readLengthHistogram = QVector<qint64>(tally.lengths.begin(), tally.lengths.end());

    if (cancelled) {
        out->cancelled = true;
        out->complete = false;
        return true;
    }
    progress.finish();

    bool complete = true;
    const QString nextRecord = number(records + 1);
    if (truncated) {
        const QString covered = records == 0
                                    ? tr("No record could be read before the cut")
                                    : tr("The statistics cover only the %1 records before the cut")
                                          .arg(number(records));
        FileProblem p{FileProblem::Severity::Error, QStringLiteral("truncated"),
                      tr("The file ends without its end-of-file marker: it is truncated (an "
                         "interrupted copy or download). %1; copy the file again from its "
                         "source.")
                          .arg(covered),
                      ret < -1 ? tr("record %1").arg(nextRecord) : QString()};
        out->problems.push_back(p);
        complete = false;
    } else if (ret < -1) {
        FileProblem p;
        p.severity = FileProblem::Severity::Error;
        p.code = QStringLiteral("malformed-record");
        if (isSamText) {
            const qint64 line = fp->lineno;
            p.location = tr("record %1, line %2").arg(nextRecord, number(line));
            QSet<QByteArray> references;
            for (int tid = 0; tid < nref; ++tid)
                references.insert(QByteArray(sam_hdr_tid2name(h, tid)));
            bool haveLine = false;
            const QByteArray text = SamRecordCheck::readLine(path, line, &haveLine);
            QString why = haveLine ? SamRecordCheck::describe(text, references) : QString();
            if (why.isEmpty())
                why = tr("htslib cannot parse it (error %1).").arg(ret);
            p.message = tr("Line %1 is not a valid SAM record: %2 The statistics cover the "
                           "records before it; fix or remove the line.")
                            .arg(number(line), why);
        } else {
            p.location = tr("record %1").arg(nextRecord);
            p.message = tr("Record %1 cannot be decoded (htslib error %2): the file is damaged "
                           "or does not follow the %3 specification. The statistics cover the "
                           "records before it; create the file again from its source.")
                            .arg(nextRecord)
                            .arg(ret)
                            .arg(isCram                  ? QStringLiteral("CRAM")
                                 : format->format == bam ? QStringLiteral("BAM")
                                                         : QStringLiteral("SAM"));
        }
        out->problems.push_back(p);
        complete = false;
    }

    // A CRAM's statistics need no reference, but its bases do: say so when none is here.
    const qint64 mapped = st.flagstat.mapped[0] + st.flagstat.mapped[1];
    if (isCram && nref > 0 && mapped > 0 && !options.isCancelled()) {
        if (CramReference::needsExternalReference(path) != CramReference::Need::No) {
            const QVector<ReferenceSequence> wanted = CramReference::requiredSequences(h);
            const CramReference::Result found = CramReference::find(path, wanted, options);
            if (found.found())
                out->referenceUsed = found.location;
            else if (!options.isCancelled())
                out->problems.push_back(CramReference::missingProblem(wanted, found.rejected));
        }
    }

    out->complete = complete;
    return true;
}

} // namespace steward
