#include "models/deid/AlignmentDeidentifier.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <htslib/cram.h>

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include "models/common/WriteFailure.h"
#include "models/deid/AlignmentRecordEditor.h"
#include "models/deid/ReadContentDigest.h"
#include "models/formats/CramReference.h"
#include "models/formats/HtsEnvironment.h"
#include "models/formats/HtsHandles.h"
#include "models/formats/ReadProgress.h"

namespace steward {

namespace {

QByteArray local(const QString& path)
{
    return QFile::encodeName(path);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

/** One run of the transform: paths, the plan, and the passes over the data. */
class Transform final
{
public:
    Transform(const DeidTransformParams& params, DeidTransformResult* result)
        : m_p(params), m_r(result)
    {}
    ~Transform() { removePartials(); }
    Transform(const Transform&) = delete;
    Transform& operator=(const Transform&) = delete;

    bool execute();

private:
    bool fail(const QString& message)
    {
        if (m_r->error.isEmpty())
            m_r->error = message;
        return false;
    }
    bool cancelled() const { return m_p.cancel && m_p.cancel->load(std::memory_order_relaxed); }
    bool failCancelled()
    {
        return fail(AlignmentDeidentifier::tr("De-identification of %1 was cancelled; nothing was "
                                              "written")
                        .arg(m_p.input));
    }
    /** Progress over two passes (transform, validation) of the input's size; never backwards. */
    void report(qint64 done)
    {
        m_reported = qBound(m_reported, done, 2 * m_inputSize);
        if (m_p.progress)
            m_p.progress(m_reported, 2 * m_inputSize);
    }
    void removePartials()
    {
        for (const QString& path : {m_partial, m_partialIndex, m_intermediate}) {
            if (!path.isEmpty())
                QFile::remove(path);
        }
    }

    bool prepare();
    bool openInput(HtsThreadPool* pool, HtsFilePtr* fp, SamHeaderPtr* header);
    bool openOutput(const QString& path, const char* mode, HtsThreadPool* pool, HtsFilePtr* fp,
                    bool withReference = true);
    enum class Scan
    {
        Unchanged,
        Changes,
        Failed
    };
    Scan scanRecords(RecordEditor* editor);
    bool copyBody();
    bool reencode(RecordEditor* editor, const QString& target);
    bool cramReheader(const QString& from, const QString& to);
    bool validate();
    bool commit();
    QString missingReference(sam_hdr_t* header) const;

    const DeidTransformParams& m_p;
    DeidTransformResult* m_r;
    QString m_partial;
    QString m_partialIndex;
    QString m_intermediate;
    QString m_finalIndex;
    QString m_reference;
    const char* m_mode = "wb";
    bool m_outputBam = false;
    bool m_outputCram = false;
    bool m_inputBam = false;
    bool m_inputCram = false;
    bool m_sorted = false;
    qint64 m_inputSize = 0;
    qint64 m_reported = 0;
    QHash<QString, QString> m_renames;
    QByteArray m_headerText;
    SamHeaderPtr m_header; // the de-identified header
};

bool Transform::prepare()
{
    const QFileInfo in(m_p.input);
    if (!in.isFile() || !in.isReadable())
        return fail(AlignmentDeidentifier::tr("Cannot read %1: no such file").arg(m_p.input));
    const QFileInfo out(m_p.output);
    if (m_p.output.isEmpty() || out.absoluteFilePath() == in.absoluteFilePath() ||
        (out.exists() && out.canonicalFilePath() == in.canonicalFilePath()))
        return fail(AlignmentDeidentifier::tr("The output %1 is the input file; originals are "
                                              "never overwritten, choose another name")
                        .arg(m_p.output));
    const QString suffix = out.suffix().toLower();
    if (suffix == QLatin1String("bam")) {
        m_mode = "wb";
        m_outputBam = true;
        m_finalIndex = m_p.output + QStringLiteral(".bai");
    } else if (suffix == QLatin1String("cram")) {
        m_mode = "wc";
        m_outputCram = true;
        m_finalIndex = m_p.output + QStringLiteral(".crai");
    } else if (suffix == QLatin1String("sam")) {
        m_mode = "w";
    } else {
        return fail(AlignmentDeidentifier::tr("Cannot tell the format to write from the name %1; "
                                              "end it in .bam, .cram or .sam")
                        .arg(m_p.output));
    }
    m_partial = m_p.output + QStringLiteral(".steward-partial");
    if (!m_finalIndex.isEmpty())
        m_partialIndex = m_partial + m_finalIndex.mid(m_p.output.size());
    if (m_outputCram)
        m_intermediate = m_p.output + QStringLiteral(".steward-partial-encode");
    m_inputSize = qMax<qint64>(1, in.size());
    m_r->output = m_p.output;

    HtsFilePtr fp(hts_open(local(m_p.input).constData(), "r"));
    if (!fp)
        return fail(AlignmentDeidentifier::tr("Cannot open %1: %2").arg(m_p.input, systemError()));
    const htsFormat* format = hts_get_format(fp.get());
    if (format->category != sequence_data ||
        (format->format != sam && format->format != bam && format->format != cram))
        return fail(AlignmentDeidentifier::tr("%1 is not a SAM, BAM or CRAM file").arg(m_p.input));
    m_inputBam = format->format == bam;
    m_inputCram = format->format == cram;

    if (m_inputCram || m_outputCram) {
        if (!HtsEnvironment::isOffline())
            return fail(AlignmentDeidentifier::tr("%1: htslib is not set up to work offline "
                                                  "(REF_PATH), so reading or writing CRAM could "
                                                  "download references; Steward never does")
                            .arg(m_p.input));
        if (!m_p.referencePath.isEmpty()) {
            if (!QFileInfo(m_p.referencePath).isFile())
                return fail(AlignmentDeidentifier::tr("The reference %1 chosen for %2 does not "
                                                      "exist")
                                .arg(m_p.referencePath, m_p.input));
            m_reference = m_p.referencePath;
        } else if (m_inputCram) {
            QString why;
            const CramReference::Need need = CramReference::needsExternalReference(m_p.input, &why);
            if (need != CramReference::Need::No) {
                const CramReference::Result found = CramReference::find(m_p.input, ReadOptions());
                if (found.found() && found.source != CramReference::Source::Cache)
                    m_reference = found.location;
                else if (!found.found() && need == CramReference::Need::Yes) {
                    SamHeaderPtr header(sam_hdr_read(fp.get()));
                    return fail(missingReference(header.get()));
                }
            }
        }
        if (m_outputCram && !m_inputCram && m_reference.isEmpty())
            return fail(AlignmentDeidentifier::tr("Writing %1 as CRAM needs the reference FASTA "
                                                  "%2 was aligned to; choose it, or write BAM")
                            .arg(m_p.output, m_p.input));
        if (!m_reference.isEmpty() &&
            hts_set_fai_filename(fp.get(), local(m_reference).constData()) != 0)
            return fail(AlignmentDeidentifier::tr("Cannot use the reference %1 for %2")
                            .arg(m_reference, m_p.input));
    }

    SamHeaderPtr header(sam_hdr_read(fp.get()));
    if (!header)
        return fail(AlignmentDeidentifier::tr("Cannot read the header of %1").arg(m_p.input));
    m_r->headerBefore =
        QString::fromUtf8(sam_hdr_str(header.get()), int(sam_hdr_length(header.get())));
    QString error;
    const QString text = AlignmentDeidentifier::rewriteHeader(m_r->headerBefore, m_p, &m_renames,
                                                              &m_r->changes, &error);
    if (!error.isEmpty())
        return fail(error);
    m_headerText = text.toUtf8();
    m_header.reset(sam_hdr_parse(size_t(m_headerText.size()), m_headerText.constData()));
    if (!m_header || sam_hdr_nref(m_header.get()) != sam_hdr_nref(header.get()))
        return fail(AlignmentDeidentifier::tr("The de-identified header of %1 does not parse; "
                                              "please report this")
                        .arg(m_p.input));
    kstring_t so = KS_INITIALIZE;
    m_sorted = sam_hdr_find_tag_hd(m_header.get(), "SO", &so) == 0 &&
               std::strcmp(ks_str(&so), "coordinate") == 0;
    ks_free(&so);
    m_sorted = m_sorted && (m_outputBam || m_outputCram); // plain SAM has no index
    return true;
}

QString Transform::missingReference(sam_hdr_t* header) const
{
    QStringList needed;
    const QVector<ReferenceSequence> wanted =
        header ? CramReference::requiredSequences(header) : QVector<ReferenceSequence>();
    for (int i = 0; i < qMin<int>(3, wanted.size()); ++i) {
        QString what = wanted[i].name;
        if (!wanted[i].md5.isEmpty())
            what += AlignmentDeidentifier::tr(" (M5 %1)").arg(wanted[i].md5);
        if (!wanted[i].uri.isEmpty())
            what += AlignmentDeidentifier::tr(" from %1").arg(wanted[i].uri);
        needed << what;
    }
    if (wanted.size() > 3)
        needed << AlignmentDeidentifier::tr("%1 more sequences").arg(wanted.size() - 3);
    return AlignmentDeidentifier::tr("Cannot de-identify %1: its bases are stored against a "
                                     "reference that is not on this computer (%2). Choose the "
                                     "reference FASTA with its .fai index; Steward never downloads "
                                     "references.")
        .arg(m_p.input, needed.join(QStringLiteral("; ")));
}

bool Transform::openInput(HtsThreadPool* pool, HtsFilePtr* fp, SamHeaderPtr* header)
{
    fp->reset(hts_open(local(m_p.input).constData(), "r"));
    if (!*fp)
        return fail(AlignmentDeidentifier::tr("Cannot open %1: %2").arg(m_p.input, systemError()));
    if (!m_reference.isEmpty() && m_inputCram &&
        hts_set_fai_filename(fp->get(), local(m_reference).constData()) != 0)
        return fail(AlignmentDeidentifier::tr("Cannot use the reference %1 for %2")
                        .arg(m_reference, m_p.input));
    if (!pool->attach(fp->get()))
        return fail(
            AlignmentDeidentifier::tr("Cannot start the threads reading %1").arg(m_p.input));
    header->reset(sam_hdr_read(fp->get()));
    if (!*header)
        return fail(AlignmentDeidentifier::tr("Cannot read the header of %1").arg(m_p.input));
    return true;
}

bool Transform::openOutput(const QString& path, const char* mode, HtsThreadPool* pool,
                           HtsFilePtr* fp, bool withReference)
{
    fp->reset(hts_open(local(path).constData(), mode));
    if (!*fp)
        return fail(AlignmentDeidentifier::tr("Cannot create %1: %2").arg(path, systemError()));
    if (m_outputCram && withReference && !m_reference.isEmpty() &&
        hts_set_fai_filename(fp->get(), local(m_reference).constData()) != 0)
        return fail(
            AlignmentDeidentifier::tr("Cannot use the reference %1 for %2").arg(m_reference, path));
    if (pool && !pool->attach(fp->get()))
        return fail(AlignmentDeidentifier::tr("Cannot start the threads writing %1").arg(path));
    return true;
}

QString readError(const QString& file, qint64 record, bool cram)
{
    return cram ? AlignmentDeidentifier::tr("Cannot decode record %1 of %2: the file is damaged or "
                                            "its reference is missing or does not match")
                      .arg(count(record + 1), file)
                : AlignmentDeidentifier::tr("Cannot read record %1 of %2: the file is damaged")
                      .arg(count(record + 1), file);
}

Transform::Scan Transform::scanRecords(RecordEditor* editor)
{
    HtsThreadPool pool(m_p.threads);
    HtsFilePtr fp;
    SamHeaderPtr header;
    if (!openInput(&pool, &fp, &header))
        return Scan::Failed;
    ReadContentDigest digest(header.get());
    BamRecordPtr rec(bam_init1());
    int ret;
    while ((ret = sam_read1(fp.get(), header.get(), rec.get())) >= 0) {
        if (editor->needsChange(rec.get()))
            return Scan::Changes;
        digest.add(rec.get());
        if ((digest.records() & 0x3fff) == 0) {
            if (cancelled())
                return failCancelled(), Scan::Failed;
            report(ReadProgress::offsetOf(fp.get()) / 2); // the raw copy is the other half
        }
    }
    if (ret < -1)
        return fail(readError(m_p.input, digest.records(), m_inputCram)), Scan::Failed;
    m_r->recordsIn = digest.records();
    m_r->digestIn = digest.hexResult();
    return Scan::Unchanged;
}

/**
 * The samtools-reheader copy: the new header in new BGZF blocks, the records sharing the old
 * header's last block decompressed and recompressed into a block of their own, then every
 * further BGZF block copied as it is, except the input's EOF marker (bgzf_close writes one).
 */
bool Transform::copyBody()
{
    BgzfPtr in(bgzf_open(local(m_p.input).constData(), "r"));
    if (!in)
        return fail(AlignmentDeidentifier::tr("Cannot open %1: %2").arg(m_p.input, systemError()));
    SamHeaderPtr old(bam_hdr_read(in.get()));
    if (!old)
        return fail(AlignmentDeidentifier::tr("Cannot read the header of %1").arg(m_p.input));
    BgzfPtr out(bgzf_open(local(m_partial).constData(), "w"));
    if (!out)
        return fail(
            AlignmentDeidentifier::tr("Cannot create %1: %2").arg(m_partial, systemError()));
    const auto writeFailed = [this] {
        return fail(AlignmentDeidentifier::tr("Cannot write %1: %2")
                        .arg(m_partial, writeFailureReason(m_partial)));
    };
    if (bam_hdr_write(out.get(), m_header.get()) != 0 || bgzf_flush(out.get()) != 0)
        return writeFailed();
    const int rest = in->block_length - in->block_offset;
    if (rest > 0) {
        std::vector<char> buffer(size_t(rest), '\0');
        if (bgzf_read(in.get(), buffer.data(), size_t(rest)) != rest)
            return fail(readError(m_p.input, 0, false));
        if (bgzf_write(out.get(), buffer.data(), size_t(rest)) != rest ||
            bgzf_flush(out.get()) != 0)
            return writeFailed();
    }

    // Stop before the input's 28-byte EOF block.
    static const char kEof[] =
        "\037\213\010\4\0\0\0\0\0\377\6\0\102\103\2\0\033\0\3\0\0\0\0\0\0\0\0\0";
    qint64 end = QFileInfo(m_p.input).size();
    {
        QFile f(m_p.input);
        if (end >= 28 && f.open(QIODevice::ReadOnly) && f.seek(end - 28) &&
            f.read(28) == QByteArray(kEof, 28))
            end -= 28;
    }
    qint64 at = qint64(htell(in->fp));
    std::vector<char> buffer(size_t(4) << 20);
    while (at < end) {
        if (cancelled())
            return failCancelled();
        const ssize_t want = ssize_t(qMin<qint64>(qint64(buffer.size()), end - at));
        const ssize_t got = bgzf_raw_read(in.get(), buffer.data(), size_t(want));
        if (got <= 0)
            return fail(
                AlignmentDeidentifier::tr("Cannot read %1: %2").arg(m_p.input, systemError()));
        if (bgzf_raw_write(out.get(), buffer.data(), size_t(got)) != got)
            return writeFailed();
        at += got;
        report((m_inputSize + at) / 2);
    }
    if (bgzf_close(out.release()) != 0)
        return writeFailed();
    return true;
}

bool Transform::reencode(RecordEditor* editor, const QString& target)
{
    // One pool for both sides: htslib interleaves inflate and deflate jobs.
    HtsThreadPool pool(m_p.threads);
    HtsFilePtr in;
    SamHeaderPtr inHeader;
    HtsFilePtr out;
    if (!openInput(&pool, &in, &inHeader) || !openOutput(target, m_mode, &pool, &out))
        return false;
    const auto writeFailed = [this, &target] {
        return fail(AlignmentDeidentifier::tr("Cannot write %1: %2")
                        .arg(target, writeFailureReason(target)));
    };
    if (sam_hdr_write(out.get(), m_header.get()) != 0)
        return writeFailed();
    // BAM is indexed while it is written; CRAM after its header is cleaned (cramReheader).
    const bool indexNow = m_sorted && m_outputBam;
    const QByteArray indexName = local(m_partialIndex); // htslib keeps the pointer until close
    if (indexNow && sam_idx_init(out.get(), m_header.get(), 0, indexName.constData()) != 0)
        return fail(AlignmentDeidentifier::tr("Cannot index %1").arg(target));

    ReadContentDigest digest(inHeader.get());
    BamRecordPtr rec(bam_init1());
    qint64 read = 0;
    int ret;
    while ((ret = sam_read1(in.get(), inHeader.get(), rec.get())) >= 0) {
        if ((++read & 0x3fff) == 0) {
            if (cancelled())
                return failCancelled();
            report(ReadProgress::offsetOf(in.get()));
        }
        bool failed = false;
        if (!editor->apply(rec.get(), &failed)) {
            if (failed)
                return fail(AlignmentDeidentifier::tr("Cannot edit record %1 of %2: out of memory")
                                .arg(count(read), m_p.input));
            continue;
        }
        digest.add(rec.get());
        if (sam_write1(out.get(), m_header.get(), rec.get()) < 0)
            return writeFailed();
    }
    if (ret < -1)
        return fail(readError(m_p.input, read, m_inputCram));
    if (indexNow && sam_idx_save(out.get()) != 0)
        return fail(AlignmentDeidentifier::tr("Cannot write the index %1: %2")
                        .arg(m_partialIndex, systemError()));
    if (hts_close(out.release()) != 0)
        return writeFailed();
    m_r->recordsIn = digest.records();
    m_r->digestIn = digest.hexResult();
    return true;
}

/**
 * htslib's CRAM writer adds `UR:<absolute path of the reference>` (and M5) to every @SQ line,
 * which would put a local path, often with a user name, back into the header. So the CRAM is
 * written to an intermediate file and its containers are copied, undecoded, behind the header
 * Steward wants (as `samtools reheader` does for CRAM).
 */
bool Transform::cramReheader(const QString& from, const QString& to)
{
    HtsFilePtr in(hts_open(local(from).constData(), "r"));
    SamHeaderPtr written(in ? sam_hdr_read(in.get()) : nullptr);
    if (!written)
        return fail(AlignmentDeidentifier::tr("Cannot read back %1").arg(from));
    // Only UR is taken back; the M5 htslib adds is kept (a checksum, and what lets the CRAM be
    // decoded with any copy of the reference).
    for (int i = 0; i < sam_hdr_nref(written.get()); ++i) {
        const char* name = sam_hdr_tid2name(written.get(), i);
        kstring_t wanted = KS_INITIALIZE;
        int ret = 0;
        if (sam_hdr_find_tag_id(m_header.get(), "SQ", "SN", name, "UR", &wanted) == 0)
            ret = sam_hdr_update_line(written.get(), "SQ", "SN", name, "UR", ks_str(&wanted),
                                      nullptr);
        else
            sam_hdr_remove_tag_id(written.get(), "SQ", "SN", name, "UR");
        ks_free(&wanted);
        if (ret != 0)
            return fail(AlignmentDeidentifier::tr("Cannot rewrite the header of %1").arg(from));
    }
    HtsFilePtr out;
    // No reference: with one, htslib would add its path as UR again.
    if (!openOutput(to, "wc", nullptr, &out, false))
        return false;
    cram_fd* cin = in->fp.cram;
    cram_fd* cout = out->fp.cram;
    const QByteArray version =
        QByteArray::number(cram_major_vers(cin)) + '.' + QByteArray::number(cram_minor_vers(cin));
    cram_set_option(cout, CRAM_OPT_VERSION, version.constData());
    const auto writeFailed = [this, &to] {
        return fail(AlignmentDeidentifier::tr("Cannot write %1: %2").arg(to, systemError()));
    };
    if (sam_hdr_write(out.get(), written.get()) != 0)
        return writeFailed();
    cram_set_option(cout, CRAM_OPT_REFERENCE, nullptr);
    while (cram_container* c = cram_read_container(cin)) {
        const int32_t blocks = cram_container_get_num_blocks(c);
        bool ok = cram_write_container(cout, c) == 0;
        for (int32_t i = 0; ok && i < blocks; ++i) {
            cram_block* b = cram_read_block(cin);
            ok = b && cram_write_block(cout, b) == 0;
            if (b)
                cram_free_block(b);
        }
        cram_free_container(c);
        if (!ok)
            return writeFailed();
        if (cancelled())
            return failCancelled();
    }
    if (hts_close(out.release()) != 0)
        return writeFailed();
    return true;
}

bool Transform::validate()
{
    HtsThreadPool pool(m_p.threads);
    HtsFilePtr fp(hts_open(local(m_partial).constData(), "r"));
    if (!fp)
        return fail(AlignmentDeidentifier::tr("Cannot re-open %1 to check it").arg(m_partial));
    if (m_outputCram && !m_reference.isEmpty())
        hts_set_fai_filename(fp.get(), local(m_reference).constData());
    if (!pool.attach(fp.get()))
        return fail(
            AlignmentDeidentifier::tr("Cannot start the threads reading %1").arg(m_partial));
    if ((m_outputBam || m_outputCram) && hts_check_EOF(fp.get()) != 1)
        return fail(AlignmentDeidentifier::tr("%1 was written incompletely (no end-of-file "
                                              "marker); is the disk full?")
                        .arg(m_partial));
    SamHeaderPtr header(sam_hdr_read(fp.get()));
    if (!header)
        return fail(AlignmentDeidentifier::tr("Cannot read back the header of %1").arg(m_partial));
    m_r->headerAfter =
        QString::fromUtf8(sam_hdr_str(header.get()), int(sam_hdr_length(header.get())));
    ReadContentDigest digest(header.get());
    BamRecordPtr rec(bam_init1());
    const qint64 outputSize = qMax<qint64>(1, QFileInfo(m_partial).size());
    int ret;
    while ((ret = sam_read1(fp.get(), header.get(), rec.get())) >= 0) {
        digest.add(rec.get());
        if ((digest.records() & 0x3fff) == 0) {
            if (cancelled())
                return failCancelled();
            report(m_inputSize + ReadProgress::offsetOf(fp.get()) * m_inputSize / outputSize);
        }
    }
    if (ret < -1)
        return fail(readError(m_partial, digest.records(), m_outputCram));
    m_r->recordsOut = digest.records();
    m_r->digestOut = digest.hexResult();
    if (m_r->recordsOut != m_r->recordsIn)
        return fail(AlignmentDeidentifier::tr("The de-identified copy of %1 holds %2 records "
                                              "instead of %3; nothing was written")
                        .arg(m_p.input, count(m_r->recordsOut), count(m_r->recordsIn)));
    if (m_r->digestOut.isEmpty() || m_r->digestOut != m_r->digestIn)
        return fail(AlignmentDeidentifier::tr("The reads of the de-identified copy of %1 differ "
                                              "from the original (content digest); nothing was "
                                              "written")
                        .arg(m_p.input));
    if (m_sorted) {
        HtsIndexPtr index(sam_index_load2(fp.get(), local(m_partial).constData(),
                                          local(m_partialIndex).constData()));
        if (!index)
            return fail(
                AlignmentDeidentifier::tr("Cannot load the index written for %1").arg(m_p.output));
    }
    report(2 * m_inputSize);
    return true;
}

bool Transform::commit()
{
    if (cancelled())
        return failCancelled();
    if (std::rename(local(m_partial).constData(), local(m_p.output).constData()) != 0)
        return fail(AlignmentDeidentifier::tr("Cannot rename %1 to %2: %3")
                        .arg(m_partial, m_p.output, systemError()));
    m_partial.clear();
    if (!m_sorted) {
        // An index left from an earlier run would describe another file.
        if (!m_finalIndex.isEmpty())
            QFile::remove(m_finalIndex);
        return true;
    }
    if (std::rename(local(m_partialIndex).constData(), local(m_finalIndex).constData()) != 0) {
        const QString error = systemError();
        QFile::remove(m_p.output);
        return fail(AlignmentDeidentifier::tr("Cannot rename %1 to %2: %3")
                        .arg(m_partialIndex, m_finalIndex, error));
    }
    m_partialIndex.clear();
    m_r->index = m_finalIndex;
    return true;
}

bool Transform::execute()
{
    if (!prepare())
        return false;
    RecordEditor editor(m_p, m_renames);
    bool headerOnly = false;
    if (m_inputBam && m_outputBam && editor.mayKeepRecords()) {
        const Scan scan = scanRecords(&editor);
        if (scan == Scan::Failed)
            return false;
        headerOnly = scan == Scan::Unchanged;
    }
    if (headerOnly) {
        m_r->method = QStringLiteral("header-only");
        if (!copyBody())
            return false;
    } else {
        m_r->method = QStringLiteral("re-encode");
        if (!reencode(&editor, m_outputCram ? m_intermediate : m_partial))
            return false;
        if (m_outputCram) {
            if (!cramReheader(m_intermediate, m_partial))
                return false;
            QFile::remove(m_intermediate);
        }
    }
    if (cancelled())
        return failCancelled();
    if (m_sorted && (headerOnly || m_outputCram) &&
        sam_index_build3(local(m_partial).constData(), local(m_partialIndex).constData(), 0,
                         qMax(0, m_p.threads)) != 0)
        return fail(AlignmentDeidentifier::tr("Cannot index %1").arg(m_partial));
    if (!validate())
        return false;
    m_r->changes << editor.changes();
    if (headerOnly)
        m_r->changes << AlignmentDeidentifier::tr("Reads copied unchanged; only the header was "
                                                  "rewritten");
    return commit();
}

bool isNetworkUrl(const QString& value)
{
    return value.startsWith(QLatin1String("http://")) ||
           value.startsWith(QLatin1String("https://")) || value.startsWith(QLatin1String("ftp://"));
}

} // namespace

QString AlignmentDeidentifier::rewriteHeader(const QString& samHeaderText,
                                             const DeidTransformParams& params,
                                             QHash<QString, QString>* readGroupRenames,
                                             QStringList* changes, QString* error)
{
    const DeidProfile::Sam& sam = params.profile.sam;
    QSet<QString> keepTypes(sam.keepRecordTypes.cbegin(), sam.keepRecordTypes.cend());
    keepTypes << QStringLiteral("HD") << QStringLiteral("SQ");
    const auto scrub = [&params](const QString& text) {
        return params.scrubText ? params.scrubText(text) : text;
    };
    QHash<QString, QString> renames;
    QStringList out;
    QStringList droppedTypes; // in order of first appearance
    QHash<QString, int> dropped;
    QStringList droppedSq, droppedRg;
    int readGroups = 0, keptGroups = 0, commandLines = 0, withdrawn = 0, renamed = 0,
        pseudonymised = 0, scrubbed = 0;

    const QStringList lines = samHeaderText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QString type = line.mid(1, 2);
        if (!line.startsWith(QLatin1Char('@')) || line.size() < 3 || !keepTypes.contains(type) ||
            (type != QLatin1String("CO") && line.size() > 3 && line.at(3) != QLatin1Char('\t'))) {
            if (type == QLatin1String("RG")) {
                // Not kept, but reads of withdrawn samples still go.
                const QStringList fields = line.split(QLatin1Char('\t'));
                QString id, sm;
                for (const QString& f : fields) {
                    if (f.startsWith(QLatin1String("ID:")))
                        id = f.mid(3);
                    else if (f.startsWith(QLatin1String("SM:")))
                        sm = f.mid(3);
                }
                ++readGroups;
                if (!sm.isEmpty() && params.dropSamples.contains(sm)) {
                    renames.insert(id, QString());
                    ++withdrawn;
                }
            }
            if (!dropped.contains(type))
                droppedTypes << type;
            ++dropped[type];
            continue;
        }
        if (type == QLatin1String("CO")) {
            const QString text = line.mid(4);
            const QString clean = scrub(text);
            scrubbed += clean != text ? 1 : 0;
            out << QStringLiteral("@CO\t") + clean;
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (type == QLatin1String("HD")) {
            out << line;
            continue;
        }
        QStringList kept{fields.first()};
        if (type == QLatin1String("SQ")) {
            for (int i = 1; i < fields.size(); ++i) {
                const QString key = fields[i].left(2);
                const QString value = fields[i].mid(3);
                const bool allowed = key == QLatin1String("SN") || key == QLatin1String("LN") ||
                                     sam.sqAttributes.contains(key);
                if (!allowed || (key == QLatin1String("UR") && !isNetworkUrl(value))) {
                    if (!droppedSq.contains(key))
                        droppedSq << key;
                    continue;
                }
                kept << (key == QLatin1String("DS") ? key + QLatin1Char(':') + scrub(value)
                                                    : fields[i]);
            }
        } else if (type == QLatin1String("RG")) {
            QString id, sm;
            for (const QString& f : fields) {
                if (f.startsWith(QLatin1String("ID:")))
                    id = f.mid(3);
                else if (f.startsWith(QLatin1String("SM:")))
                    sm = f.mid(3);
            }
            ++readGroups;
            if (!sm.isEmpty() && params.dropSamples.contains(sm)) {
                renames.insert(id, QString());
                ++withdrawn;
                continue;
            }
            const QString newId =
                sam.renameReadGroups ? QStringLiteral("rg%1").arg(++keptGroups) : id;
            renamed += newId != id ? 1 : 0;
            renames.insert(id, newId);
            kept << QStringLiteral("ID:") + newId;
            for (int i = 1; i < fields.size(); ++i) {
                const QString key = fields[i].left(2);
                if (key == QLatin1String("ID"))
                    continue;
                if (!sam.rgAttributes.contains(key)) {
                    if (!droppedRg.contains(key))
                        droppedRg << key;
                    continue;
                }
                QString value = fields[i].mid(3);
                if (key == QLatin1String("SM")) {
                    const QString pseudonym = params.pseudonyms.value(value, value);
                    pseudonymised += pseudonym != value ? 1 : 0;
                    value = pseudonym;
                } else if (key == QLatin1String("DS")) {
                    value = scrub(value);
                }
                kept << key + QLatin1Char(':') + value;
            }
        } else {
            // @PG and user-defined types kept by the profile: free text through the scrubber.
            // Command lines go whatever the scrubber says: paths, user and sample names.
            bool changed = false;
            for (int i = 1; i < fields.size(); ++i) {
                if (type == QLatin1String("PG") && fields[i].startsWith(QLatin1String("CL:"))) {
                    ++commandLines;
                    continue;
                }
                const QString value = fields[i].mid(3);
                const QString clean = scrub(value);
                changed = changed || clean != value;
                kept << fields[i].left(3) + clean;
            }
            scrubbed += changed ? 1 : 0;
        }
        out << kept.join(QLatin1Char('\t'));
    }

    if (readGroups > 0 && withdrawn == readGroups) {
        *error = tr("Every read group of %1 belongs to a withdrawn sample; leave the file out")
                     .arg(params.input);
        return QString();
    }
    for (const QString& type : droppedTypes)
        *changes << tr("Dropped %n @%1 line(s)", "", dropped.value(type)).arg(type);
    if (!droppedSq.isEmpty())
        *changes << tr("Removed from @SQ lines: %1").arg(droppedSq.join(QStringLiteral(", ")));
    if (!droppedRg.isEmpty())
        *changes << tr("Removed from @RG lines: %1").arg(droppedRg.join(QStringLiteral(", ")));
    if (commandLines > 0)
        *changes << tr("Removed the command lines (CL) of %n @PG line(s)", "", commandLines);
    if (withdrawn > 0)
        *changes << tr("Removed %n read group(s) of withdrawn samples", "", withdrawn);
    if (renamed > 0)
        *changes << tr("Renamed read groups: %1").arg(renamed);
    if (pseudonymised > 0)
        *changes << tr("Replaced the sample names of %n read group(s) by pseudonyms", "",
                       pseudonymised);
    if (scrubbed > 0)
        *changes << tr("Removed identifying text from %n header line(s)", "", scrubbed);
    error->clear();
    *readGroupRenames = renames;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

DeidTransformResult AlignmentDeidentifier::run(const DeidTransformParams& params)
{
    DeidTransformResult result;
    result.output = params.output;
    {
        Transform transform(params, &result); // removes its partial files unless committed
        result.ok = transform.execute();
    }
    if (!result.ok) {
        result.index.clear();
        if (result.error.isEmpty())
            result.error = tr("De-identification of %1 failed").arg(params.input);
    }
    return result;
}

} // namespace steward
