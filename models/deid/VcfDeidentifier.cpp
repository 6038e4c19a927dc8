#include "models/deid/VcfDeidentifier.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <future>
#include <map>
#include <vector>

#include <fcntl.h>
#include <htslib/vcfutils.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include "models/common/UniqueFd.h"
#include "models/common/WriteFailure.h"
#include "models/deid/VcfContentDigest.h"
#include "models/deid/VcfHeaderPlan.h"
#include "models/formats/BgzfBlocks.h"
#include "models/formats/BgzfIndexRebase.h"
#include "models/formats/HtsHandles.h"
#include "models/formats/HtsIndexProbe.h"

namespace steward {
namespace {

const QString kPartial = QStringLiteral(".steward-partial");
// The BGZF end-of-file marker (an empty block), SAMv1 section 4.1.2.
const char kBgzfEof[28] = {'\037', '\213', '\010', '\4', 0, 0, 0, 0, 0, '\377', 6, 0, 'B', 'C',
                           2,      0,      033,    0,    3, 0, 0, 0, 0, 0,      0, 0, 0,   0};

enum class Kind
{
    Unknown,
    VcfPlain,
    VcfBgzf,
    Bcf
};

Kind kindOfOutput(const QString& path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".bcf")))
        return Kind::Bcf;
    if (lower.endsWith(QLatin1String(".vcf.gz")) || lower.endsWith(QLatin1String(".vcf.bgz")) ||
        lower.endsWith(QLatin1String(".gz")))
        return Kind::VcfBgzf;
    if (lower.endsWith(QLatin1String(".vcf")))
        return Kind::VcfPlain;
    return Kind::Unknown;
}

/** Removes the partial files unless the transform succeeded. */
class PartialFiles final
{
public:
    void add(const QString& path) { m_paths << path; }
    void keep() { m_keep = true; }
    ~PartialFiles()
    {
        if (!m_keep)
            for (const QString& p : std::as_const(m_paths))
                QFile::remove(p);
    }

private:
    QStringList m_paths;
    bool m_keep = false;
};

struct KString
{
    kstring_t s{0, 0, nullptr};
    ~KString() { free(s.s); }
    QString text() const { return QString::fromUtf8(s.s ? s.s : "", int(s.l)); }
};

QString headerText(const bcf_hdr_t* hdr, bool withIdx)
{
    KString k;
    if (bcf_hdr_format(hdr, withIdx ? 1 : 0, &k.s) != 0)
        return QString();
    return k.text();
}

QStringList sampleNames(const bcf_hdr_t* hdr)
{
    QStringList names;
    for (int i = 0; i < bcf_hdr_nsamples(hdr); ++i)
        names << QString::fromUtf8(hdr->samples[i]);
    return names;
}

/** Writes bytes to `fd` at `*at` as BGZF blocks of at most BGZF_BLOCK_SIZE bytes of text. */
bool writeBgzfBlocks(int fd, qint64* at, const QByteArray& bytes, std::vector<BgzfBlock>* blocks)
{
    std::vector<char> block(BGZF_MAX_BLOCK_SIZE);
    for (qsizetype from = 0; from < bytes.size(); from += BGZF_BLOCK_SIZE) {
        const size_t n = size_t(qMin<qsizetype>(BGZF_BLOCK_SIZE, bytes.size() - from));
        size_t dlen = block.size();
        if (bgzf_compress(block.data(), &dlen, bytes.constData() + from, n, 6) != 0)
            return false;
        if (!pwriteAll(fd, block.data(), dlen, *at))
            return false;
        blocks->push_back({quint64(*at), quint32(dlen), quint32(n)});
        *at += qint64(dlen);
    }
    return true;
}

/** Everything the two paths share. */
struct Job
{
    Job(const DeidTransformParams& params, VcfDeidentifier::Validation v,
        DeidTransformResult& result)
        : p(params), validation(v), r(result)
    {}
    const DeidTransformParams& p;
    VcfDeidentifier::Validation validation;
    DeidTransformResult& r;
    QString partial;
    QString partialIndex;
    QString finalIndex;
    Kind inKind = Kind::Unknown;
    Kind outKind = Kind::Unknown;
    bool inputHasTbi = false;
    qint64 inputSize = 0;
    VcfHeaderPlan plan;
    QSet<QString> skipInfo; // removed fields, plus AC/AN when recomputed
    std::atomic<qint64> inputBytes{0};
    std::atomic<qint64> outputBytes{0};
    qint64 copiedAt = 0; // header-only: where the raw body starts in the output, and its size
    qint64 copiedBytes = 0;
    BgzfRelocation relocation;        // header-only: where each record moved, for the index
    bool indexedWhileWriting = false; // re-encode: the index built as the records are written

    bool cancelled() const { return p.cancel && p.cancel->load(); }
    bool fail(const QString& message)
    {
        r.error = message;
        return false;
    }
    void report(qint64 done)
    {
        if (p.progress)
            p.progress(qMin(done, 2 * inputSize), 2 * inputSize);
    }
};

bool buildIndex(Job& j, QString* error)
{
    const QByteArray fn = QFile::encodeName(j.partial);
    const QByteArray idx = QFile::encodeName(j.partialIndex);
    const int threads = qMax(1, j.p.threads);
    int r = 0;
    if (j.outKind == Kind::Bcf)
        r = bcf_index_build3(fn.constData(), idx.constData(), 14, threads);
    else
        r = tbx_index_build3(fn.constData(), idx.constData(), j.inputHasTbi ? 0 : 14, threads,
                             &tbx_conf_vcf);
    if (r != 0) {
        *error = VcfDeidentifier::tr("Cannot index %1 (htslib error %2; is it sorted by position?)")
                     .arg(j.p.output)
                     .arg(r);
        return false;
    }
    return true;
}

/**
 * Header-only: the input's index with its offsets moved to where the records now are, when it
 * is at least as new as its file and covers it to the last record; checked by reading each of a
 * few references' first record through both indexes. Otherwise (or when that check fails) the
 * output is indexed from scratch.
 */
bool indexOutput(Job& j, QString* error)
{
    const QString suffix = j.finalIndex.mid(j.p.output.size());
    const QString inputIndex = j.p.input + suffix;
    const QFileInfo indexInfo(inputIndex);
    const bool headerOnly = j.r.method == QLatin1String("header-only") && indexInfo.isFile();
    // Whole seconds, as htslib compares them: an index written on the fly is saved just before
    // its file is closed, so it can be milliseconds older.
    if (headerOnly && indexInfo.lastModified().toSecsSinceEpoch() <
                          QFileInfo(j.p.input).lastModified().toSecsSinceEpoch())
        j.r.changes
            << VcfDeidentifier::tr("Index rebuilt: %1 is older than its file").arg(inputIndex);
    else if (headerOnly) {
        const BgzfIndexRebase::Result moved =
            BgzfIndexRebase::rewrite(inputIndex, j.partialIndex, j.relocation);
        bool same = moved.ok;
        if (same) {
            const bool bcfFile = j.outKind == Kind::Bcf;
            HtsFilePtr fp(hts_open(QFile::encodeName(j.p.input).constData(), "r"));
            BcfHeaderPtr h(fp ? bcf_hdr_read(fp.get()) : nullptr);
            const int n = h ? h->n[BCF_DT_CTG] : 0;
            std::vector<int> refs{0, n / 2, n - 1};
            for (int ref : refs) {
                if (ref < 0 || ref >= n || !same)
                    continue;
                const char* name = h->id[BCF_DT_CTG][ref].key;
                same = HtsIndexProbe::firstRecord(j.p.input, inputIndex, name, bcfFile) ==
                       HtsIndexProbe::firstRecord(j.partial, j.partialIndex, name, bcfFile);
            }
        }
        if (same) {
            j.r.changes << VcfDeidentifier::tr("Index carried over from the input's, its offsets "
                                               "moved past the new header");
            return true;
        }
        QFile::remove(j.partialIndex);
        j.r.changes << (moved.ok ? VcfDeidentifier::tr("Index rebuilt: the input's does not "
                                                       "find the same records")
                                 : VcfDeidentifier::tr("Index rebuilt: %1").arg(moved.error));
    }
    return buildIndex(j, error);
}

/**
 * Header-only: a new header in its own BGZF blocks, the records that shared a block with the old
 * header re-compressed, then the body's blocks copied raw (in the kernel where it can).
 */
bool copyBody(Job& j)
{
    const QString file = j.p.input;
    BgzfPtr in(bgzf_open(QFile::encodeName(file).constData(), "r"));
    if (!in)
        return j.fail(VcfDeidentifier::tr("Cannot open %1: %2").arg(file, systemError()));
    const int eof = bgzf_check_EOF(in.get()); // 0: the marker is missing (an old or cut file)
    QByteArray head;
    qsizetype headerEnd = -1;
    QByteArray bcfMagic;
    BgzfRelocation& moved = j.relocation;
    while (headerEnd < 0) {
        if (bgzf_read_block(in.get()) != 0)
            return j.fail(VcfDeidentifier::tr("%1 is damaged: a BGZF block in its header "
                                              "cannot be read")
                              .arg(file));
        if (in->block_length == 0)
            return j.fail(VcfDeidentifier::tr("%1 ends inside its header").arg(file));
        moved.inputHead.push_back({quint64(in->block_address), 0, quint32(in->block_length)});
        const qsizetype before = head.size();
        head.append(static_cast<const char*>(in->uncompressed_block), in->block_length);
        if (j.inKind == Kind::Bcf) {
            if (head.size() >= 9) {
                quint32 len = 0;
                std::memcpy(&len, head.constData() + 5, 4); // little-endian, as BCF is
                if (head.size() >= qsizetype(9 + len))
                    headerEnd = 9 + len;
            }
        } else {
            // The header ends after the #CHROM line; search from the last complete line.
            qsizetype at = head.lastIndexOf('\n', qMax<qsizetype>(0, before - 1));
            at = at < 0 ? 0 : at + 1;
            while (at < head.size()) {
                const qsizetype nl = head.indexOf('\n', at);
                if (nl < 0)
                    break;
                if (head.at(at) != '#')
                    return j.fail(VcfDeidentifier::tr("%1 has no #CHROM header line").arg(file));
                if (head.mid(at, 6) == "#CHROM") {
                    headerEnd = nl + 1;
                    break;
                }
                at = nl + 1;
            }
        }
    }
    moved.recordsStart = headerEnd;
    moved.inputBodyStart = quint64(htell(in->fp));
    QString original;
    if (j.inKind == Kind::Bcf) {
        bcfMagic = head.left(5);
        QByteArray text = head.mid(9, headerEnd - 9);
        while (text.endsWith('\0'))
            text.chop(1);
        original = QString::fromUtf8(text);
    } else {
        original = QString::fromUtf8(head.left(headerEnd));
    }
    QString error;
    if (!VcfHeaderPlan::build(original, j.p, &j.plan, &j.r.changes, &error))
        return j.fail(error);
    if (j.inKind == Kind::Bcf && !VcfHeaderPlan::sameDictionary(original, j.plan.text))
        return false; // the caller falls back to re-encoding; no error
    QByteArray newHeader = j.plan.text.toUtf8();
    if (j.inKind == Kind::Bcf) {
        newHeader.append('\0');
        const quint32 len = quint32(newHeader.size());
        QByteArray prefix = bcfMagic;
        prefix.append(reinterpret_cast<const char*>(&len), 4);
        newHeader.prepend(prefix);
    }
    UniqueFd out(j.partial, O_WRONLY | O_CREAT | O_TRUNC);
    if (out.get() < 0)
        return j.fail(VcfDeidentifier::tr("Cannot write %1: %2").arg(j.partial, systemError()));
    const auto writeFailed = [&] {
        return j.fail(VcfDeidentifier::tr("Cannot write %1: %2")
                          .arg(j.partial, writeFailureReason(j.partial)));
    };
    qint64 at = 0;
    if (!writeBgzfBlocks(out.get(), &at, newHeader, &moved.outputHeader) ||
        !writeBgzfBlocks(out.get(), &at, head.mid(headerEnd), &moved.outputTail))
        return writeFailed();
    j.copiedAt = at;
    j.copiedBytes = j.inputSize - qint64(moved.inputBodyStart);
    // The body's blocks, listed from their headers: a cut or damaged input stops here.
    std::vector<BgzfBlock> body;
    if (!BgzfBlocks::list(file, qint64(moved.inputBodyStart), j.inputSize, &body, &error))
        return j.fail(error);
    const UniqueFd source(file, O_RDONLY);
    if (source.get() < 0)
        return j.fail(VcfDeidentifier::tr("Cannot open %1: %2").arg(file, systemError()));
    int osError = 0;
    const bool copied = BgzfBlocks::copyRange(
        source.get(), qint64(moved.inputBodyStart), out.get(), at, j.copiedBytes,
        [&](qint64 done) {
            j.report(qint64(moved.inputBodyStart) + done);
            return !j.cancelled();
        },
        &osError);
    if (!copied) {
        if (osError == 0)
            return j.fail(VcfDeidentifier::tr("Cancelled while writing %1").arg(j.p.output));
        errno = osError;
        return osError == EIO
                   ? j.fail(VcfDeidentifier::tr("Cannot read %1: %2").arg(file, systemError()))
                   : writeFailed();
    }
    at += j.copiedBytes;
    const qint64 delta = j.copiedAt - qint64(moved.inputBodyStart);
    for (BgzfBlock& b : body)
        b.offset = quint64(qint64(b.offset) + delta);
    moved.outputBody = std::move(body);
    if (eof == 0) {
        if (!pwriteAll(out.get(), kBgzfEof, sizeof kBgzfEof, at))
            return writeFailed();
        moved.outputBody.push_back({quint64(at), quint32(sizeof kBgzfEof), 0});
    }
    if (!out.close())
        return writeFailed();
    j.r.method = QStringLiteral("header-only");
    j.r.changes << VcfDeidentifier::tr("Body copied without recompression");
    return true;
}

/** Re-encode: every record read, changed and written again; the input digest on the way. */
bool reencode(Job& j)
{
    const DeidTransformParams& p = j.p;
    HtsThreadPool pool(qMax(1, p.threads));
    HtsFilePtr in(hts_open(QFile::encodeName(p.input).constData(), "r"));
    if (!in)
        return j.fail(VcfDeidentifier::tr("Cannot open %1: %2").arg(p.input, systemError()));
    if (!pool.attach(in.get()))
        return j.fail(VcfDeidentifier::tr("Cannot start threads to read %1").arg(p.input));
    BcfHeaderPtr ih(bcf_hdr_read(in.get()));
    if (!ih)
        return j.fail(VcfDeidentifier::tr("Cannot read the header of %1").arg(p.input));
    const QStringList inputSamples = sampleNames(ih.get());
    QStringList keep;
    for (const QString& s : inputSamples)
        if (!p.dropSamples.contains(s))
            keep << s;
    const bool subset = keep.size() != inputSamples.size();
    if (subset) {
        const QByteArray list = keep.isEmpty() ? QByteArray("-") : keep.join(',').toUtf8();
        if (bcf_hdr_set_samples(ih.get(), list.constData(), 0) != 0)
            return j.fail(VcfDeidentifier::tr("Cannot select the samples of %1").arg(p.input));
    }
    // With IDX attributes, the parsed output header keeps every kept id's index, so records
    // decoded with the input header are written with the output header unchanged.
    QStringList changes;
    QString error;
    if (!VcfHeaderPlan::build(headerText(ih.get(), true), p, &j.plan, &changes, &error))
        return j.fail(error);
    j.plan.inputSamples = inputSamples;
    if (subset) {
        const int n = int(inputSamples.size() - keep.size());
        changes << (n == 1 ? VcfDeidentifier::tr("Dropped 1 sample")
                           : VcfDeidentifier::tr("Dropped %1 samples").arg(n));
    }
    j.r.changes << changes;
    BcfHeaderPtr oh(bcf_hdr_init("w"));
    QByteArray text = j.plan.text.toUtf8();
    if (!oh || bcf_hdr_parse(oh.get(), text.data()) != 0)
        return j.fail(VcfDeidentifier::tr("Cannot build the new header of %1").arg(p.input));
    const bool recompute =
        subset &&
        bcf_hdr_idinfo_exists(ih.get(), BCF_HL_INFO, bcf_hdr_id2int(ih.get(), BCF_DT_ID, "AC")) &&
        bcf_hdr_idinfo_exists(ih.get(), BCF_HL_INFO, bcf_hdr_id2int(ih.get(), BCF_DT_ID, "AN")) &&
        !p.profile.vcf.removeInfo.contains(QStringLiteral("AC")) &&
        !p.profile.vcf.removeInfo.contains(QStringLiteral("AN"));
    if (recompute) {
        j.skipInfo << QStringLiteral("AC") << QStringLiteral("AN");
        j.r.changes << VcfDeidentifier::tr(
            "Recomputed INFO/AC and INFO/AN from the remaining samples");
    }
    const char* mode = j.outKind == Kind::Bcf ? "wb" : j.outKind == Kind::VcfBgzf ? "wz" : "w";
    HtsFilePtr out(hts_open(QFile::encodeName(j.partial).constData(), mode));
    if (!out)
        return j.fail(VcfDeidentifier::tr("Cannot write %1: %2").arg(j.partial, systemError()));
    if (!pool.attach(out.get()))
        return j.fail(VcfDeidentifier::tr("Cannot start threads to write %1").arg(j.partial));
    const auto writeFailed = [&] {
        return j.fail(VcfDeidentifier::tr("Cannot write %1: %2")
                          .arg(j.partial, writeFailureReason(j.partial)));
    };
    if (bcf_hdr_write(out.get(), oh.get()) != 0)
        return writeFailed();
    // Indexed as it is written (as `bcftools --write-index`): no second parse of the output.
    const QByteArray indexName = QFile::encodeName(j.partialIndex);
    j.indexedWhileWriting = j.outKind != Kind::VcfPlain;
    if (j.indexedWhileWriting &&
        bcf_idx_init(out.get(), oh.get(), j.outKind == Kind::Bcf || !j.inputHasTbi ? 14 : 0,
                     indexName.constData()) != 0)
        return j.fail(VcfDeidentifier::tr("Cannot start the index of %1").arg(j.p.output));
    std::vector<QByteArray> removeInfo, removeFormat;
    for (const QString& f : p.profile.vcf.removeInfo)
        removeInfo.push_back(f.toUtf8());
    for (const QString& f : p.profile.vcf.removeFormat)
        removeFormat.push_back(f.toUtf8());
    VcfContentDigest digest(ih.get(), j.skipInfo);
    BcfRecordPtr rec(bcf_init());
    std::vector<int> ac(16);
    BGZF* bgzf = hts_get_bgzfp(in.get());
    int rr = 0;
    while ((rr = bcf_read(in.get(), ih.get(), rec.get())) == 0) {
        if (rec->errcode)
            return j.fail(VcfDeidentifier::tr("%1: record %2 (%3:%4) is invalid")
                              .arg(p.input)
                              .arg(digest.records() + 1)
                              .arg(QString::fromUtf8(bcf_seqname_safe(ih.get(), rec.get())))
                              .arg(rec->pos + 1));
        digest.add(rec.get());
        for (const QByteArray& f : removeInfo)
            bcf_update_info(ih.get(), rec.get(), f.constData(), nullptr, 0, BCF_HT_INT);
        for (const QByteArray& f : removeFormat)
            bcf_update_format(ih.get(), rec.get(), f.constData(), nullptr, 0, BCF_HT_INT);
        if (recompute) {
            if (ac.size() < size_t(rec->n_allele))
                ac.resize(size_t(rec->n_allele));
            if (bcf_calc_ac(ih.get(), rec.get(), ac.data(), BCF_UN_FMT) > 0) {
                int an = 0;
                for (int i = 0; i < rec->n_allele; ++i)
                    an += ac[size_t(i)];
                bcf_update_info_int32(ih.get(), rec.get(), "AN", &an, 1);
                bcf_update_info_int32(ih.get(), rec.get(), "AC", ac.data() + 1, rec->n_allele - 1);
            }
        }
        if (bcf_write(out.get(), oh.get(), rec.get()) != 0) {
            const QString reason = writeFailureReason(j.partial);
            if (!reason.isEmpty())
                return writeFailed();
            return j.fail(VcfDeidentifier::tr("Cannot index %1 at record %2 (%3 %4): is it sorted "
                                              "by position?")
                              .arg(p.input)
                              .arg(digest.records())
                              .arg(QString::fromUtf8(bcf_seqname_safe(ih.get(), rec.get())))
                              .arg(rec->pos + 1));
        }
        if ((digest.records() & 0x3ff) == 0) {
            if (j.cancelled())
                return j.fail(VcfDeidentifier::tr("Cancelled while writing %1").arg(p.output));
            if (bgzf)
                j.report(qint64(bgzf_tell(bgzf) >> 16));
        }
    }
    if (rr < -1)
        return j.fail(VcfDeidentifier::tr("%1 is damaged after record %2")
                          .arg(p.input)
                          .arg(digest.records()));
    // A failed data write (a full disk) also fails the index: name the data file first.
    if (j.indexedWhileWriting && bcf_idx_save(out.get()) != 0)
        return writeFailureReason(j.partial).isEmpty()
                   ? j.fail(VcfDeidentifier::tr("Cannot write the index %1").arg(j.partialIndex))
                   : writeFailed();
    if (hts_close(out.release()) != 0)
        return writeFailed();
    j.r.recordsIn = digest.records();
    j.r.digestIn = digest.finish();
    j.r.method = QStringLiteral("re-encode");
    return true;
}

/** Waits for a background step, reporting progress and honouring cancel meanwhile. */
template <typename T>
T waitFor(Job& j, std::future<T>& f)
{
    while (f.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        const qint64 outSize = qMax<qint64>(1, QFileInfo(j.partial).size());
        j.report(j.inputSize + j.outputBytes.load() * j.inputSize / outSize);
    }
    return f.get();
}

bool runJob(Job& j, PartialFiles& partials)
{
    const DeidTransformParams& p = j.p;
    const bool dropsAny = [&] {
        HtsFilePtr fp(hts_open(QFile::encodeName(p.input).constData(), "r"));
        BcfHeaderPtr h(fp ? bcf_hdr_read(fp.get()) : nullptr);
        if (!h)
            return true;
        j.r.headerBefore = headerText(h.get(), false);
        for (const QString& s : sampleNames(h.get()))
            if (p.dropSamples.contains(s))
                return true;
        return false;
    }();
    if (j.r.headerBefore.isEmpty())
        return j.fail(VcfDeidentifier::tr("Cannot read the header of %1").arg(p.input));
    const bool headerOnly = !dropsAny && p.profile.vcf.removeInfo.isEmpty() &&
                            p.profile.vcf.removeFormat.isEmpty() &&
                            ((j.inKind == Kind::VcfBgzf && j.outKind == Kind::VcfBgzf) ||
                             (j.inKind == Kind::Bcf && j.outKind == Kind::Bcf));

    for (const QString& f : p.profile.vcf.removeInfo)
        j.skipInfo.insert(f);
    partials.add(j.partial);
    if (j.outKind != Kind::VcfPlain)
        partials.add(j.partialIndex);

    const bool full =
        (j.validation == VcfDeidentifier::Validation::Full && !p.profile.vcf.byteIdentityCheck) ||
        !headerOnly;
    VcfContentDigest::FileOptions inOptions;
    inOptions.threads = qMax(1, p.threads / 2);
    inOptions.cancel = p.cancel;
    inOptions.bytesRead = &j.inputBytes;
    struct Digested
    {
        bool ok = false;
        QString hex, error;
        qint64 records = 0;
    };
    const auto digestFile = [](QString path, VcfContentDigest::FileOptions o) {
        Digested d;
        d.ok = VcfContentDigest::file(path, o, &d.hex, &d.records, &d.error);
        return d;
    };
    std::future<Digested> inputDigest;
    bool copied = false;
    if (headerOnly) {
        // The input is decoded on its own thread while the body is copied.
        if (full)
            inputDigest = std::async(std::launch::async, digestFile, p.input, inOptions);
        copied = copyBody(j);
        if (!copied && !j.r.error.isEmpty()) {
            if (inputDigest.valid())
                inputDigest.wait();
            return false;
        }
        if (!copied) { // a BCF whose dictionary would change: re-encode
            if (inputDigest.valid())
                inputDigest.wait();
            inputDigest = {};
            j.r.changes.clear();
            j.plan = VcfHeaderPlan();
        }
    }
    if (!copied && !reencode(j))
        return false;

    // Validate the written file: decode it (and the input, when not yet done) and index it,
    // in parallel.
    VcfContentDigest::FileOptions outOptions;
    outOptions.skipInfo = j.skipInfo;
    outOptions.threads = qMax(1, p.threads / 2);
    outOptions.cancel = p.cancel;
    outOptions.bytesRead = &j.outputBytes;
    std::future<Digested> outputDigest;
    if (full)
        outputDigest = std::async(std::launch::async, digestFile, j.partial, outOptions);
    std::future<QString> index;
    if (j.outKind != Kind::VcfPlain && !j.indexedWhileWriting)
        index = std::async(std::launch::async, [&j] {
            QString e;
            return indexOutput(j, &e) ? QString() : e;
        });
    QString indexError = index.valid() ? waitFor(j, index) : QString();
    Digested outD;
    outD.ok = true;
    if (full)
        outD = waitFor(j, outputDigest);
    if (inputDigest.valid()) {
        const Digested inD = waitFor(j, inputDigest);
        if (!inD.ok)
            return j.fail(inD.error);
        j.r.recordsIn = inD.records;
        j.r.digestIn = inD.hex;
    }
    if (j.cancelled())
        return j.fail(VcfDeidentifier::tr("Cancelled while checking %1").arg(p.output));
    if (!outD.ok)
        return j.fail(outD.error);
    if (!indexError.isEmpty())
        return j.fail(indexError);
    j.r.recordsOut = outD.records;
    j.r.digestOut = outD.hex;

    // Re-open the output: its header must be the planned one, with the planned samples.
    HtsFilePtr fp(hts_open(QFile::encodeName(j.partial).constData(), "r"));
    BcfHeaderPtr h(fp ? bcf_hdr_read(fp.get()) : nullptr);
    if (!h)
        return j.fail(VcfDeidentifier::tr("The written file %1 cannot be read back").arg(p.output));
    j.r.headerAfter = headerText(h.get(), false);
    if (sampleNames(h.get()) != j.plan.outputSamples)
        return j.fail(VcfDeidentifier::tr("The written file %1 does not have the expected "
                                          "samples")
                          .arg(p.output));
    if (!full) {
        // Byte identity of the copied body: the output read back and compared with the input.
        QString e;
        qint64 difference = -1;
        if (!BgzfBlocks::compareRanges(p.input, qint64(j.relocation.inputBodyStart), j.partial,
                                       j.copiedAt, j.copiedBytes, &difference, &e, p.cancel))
            return j.fail(e);
        if (difference >= 0)
            return j.fail(VcfDeidentifier::tr("The body of %1 differs from the input's at byte %2 "
                                              "after writing (a disk error?)")
                              .arg(p.output)
                              .arg(j.copiedAt + difference));
        // Same bytes, same records: counted once, by the output's index.
        const qint64 records = HtsIndexProbe::records(j.partial, j.partialIndex);
        if (records < 0)
            return j.fail(VcfDeidentifier::tr("Cannot count the records of %1 from its index %2")
                              .arg(p.output, j.finalIndex));
        j.r.recordsIn = j.r.recordsOut = records;
        j.r.bodyIdentical = true;
        j.r.changes << VcfDeidentifier::tr("Checked by byte identity of the copied body only");
        return true;
    }
    if (j.r.recordsIn != j.r.recordsOut)
        return j.fail(VcfDeidentifier::tr("%1 has %2 records but %3 has %4")
                          .arg(p.output)
                          .arg(j.r.recordsOut)
                          .arg(p.input)
                          .arg(j.r.recordsIn));
    if (j.r.digestIn.isEmpty() || j.r.digestIn != j.r.digestOut)
        return j.fail(VcfDeidentifier::tr("The content of %1 differs from %2's (content digest "
                                          "%3, expected %4)")
                          .arg(p.output, p.input, j.r.digestOut, j.r.digestIn));
    return true;
}

} // namespace

QString VcfDeidentifier::rewriteHeader(const QString& headerText, const DeidTransformParams& params,
                                       QStringList* changes, QString* error)
{
    VcfHeaderPlan plan;
    QStringList local;
    if (!VcfHeaderPlan::build(headerText, params, &plan, changes ? changes : &local, error))
        return QString();
    return plan.text;
}

DeidTransformResult VcfDeidentifier::run(const DeidTransformParams& params, Validation validation)
{
    DeidTransformResult r;
    r.output = params.output;
    Job j(params, validation, r);
    const QFileInfo in(params.input);
    const QFileInfo out(params.output);
    if (!in.isFile()) {
        r.error = tr("Cannot read %1: no such file").arg(params.input);
        return r;
    }
    if (out.absoluteFilePath() == in.absoluteFilePath() ||
        (out.exists() && out.canonicalFilePath() == in.canonicalFilePath())) {
        r.error = tr("The output %1 is the input itself; choose another name (originals are "
                     "never changed)")
                      .arg(params.output);
        return r;
    }
    j.outKind = kindOfOutput(params.output);
    if (j.outKind == Kind::Unknown) {
        r.error = tr("Cannot tell the format to write from the name %1; end it in .vcf.gz, "
                     ".bcf or .vcf")
                      .arg(params.output);
        return r;
    }
    {
        HtsFilePtr fp(hts_open(QFile::encodeName(params.input).constData(), "r"));
        if (!fp) {
            r.error = tr("Cannot open %1: %2").arg(params.input, systemError());
            return r;
        }
        const htsFormat* f = hts_get_format(fp.get());
        if (f->format == bcf && f->compression == bgzf)
            j.inKind = Kind::Bcf;
        else if (f->format == vcf)
            j.inKind = f->compression == bgzf ? Kind::VcfBgzf : Kind::VcfPlain;
        else if (f->format == bcf)
            j.inKind = Kind::VcfPlain; // uncompressed BCF: re-encoded like plain text
        else {
            r.error = tr("%1 is not a VCF or BCF file").arg(params.input);
            return r;
        }
    }
    j.inputSize = in.size();
    j.inputHasTbi = QFileInfo::exists(params.input + QStringLiteral(".tbi"));
    j.partial = params.output + kPartial;
    const QString suffix =
        j.outKind == Kind::Bcf || !j.inputHasTbi ? QStringLiteral(".csi") : QStringLiteral(".tbi");
    j.finalIndex = j.outKind == Kind::VcfPlain ? QString() : params.output + suffix;
    j.partialIndex = j.finalIndex + kPartial;

    PartialFiles partials;
    if (!runJob(j, partials)) {
        r.ok = false;
        return r;
    }
    // Data first, then its index: an index never sits beside data it does not describe.
    const auto move = [&](const QString& from, const QString& to) {
        if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) ==
            0)
            return true;
        r.error = tr("Cannot rename %1 to %2: %3").arg(from, to, systemError());
        return false;
    };
    if (!move(j.partial, params.output))
        return r;
    if (!j.finalIndex.isEmpty()) {
        if (!move(j.partialIndex, j.finalIndex)) {
            QFile::remove(params.output);
            return r;
        }
        // A stale index of the other kind would describe an older file.
        const QString other = j.finalIndex.endsWith(QLatin1String(".tbi"))
                                  ? params.output + QStringLiteral(".csi")
                                  : params.output + QStringLiteral(".tbi");
        QFile::remove(other);
    }
    partials.keep();
    r.index = j.finalIndex;
    r.ok = true;
    j.report(2 * j.inputSize);
    return r;
}

} // namespace steward
