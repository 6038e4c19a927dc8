#include "models/formats/BgzfIndexRebase.h"

#include <algorithm>

#include <QFile>
#include <QtEndian>

#include "models/common/WriteFailure.h"
#include "models/formats/HtsHandles.h"

namespace steward {
namespace {

quint64 tellForm(const BgzfBlock& b)
{
    return (b.offset << 16) | b.length;
}

/** Reads and patches the little-endian integers of an index held in memory. */
class Cursor final
{
public:
    explicit Cursor(QByteArray& data) : m_data(data) {}
    bool has(qint64 n) const { return m_at + n <= m_data.size(); }
    qint64 at() const { return m_at; }
    void skip(qint64 n) { m_at += n; }
    bool i32(qint32* v)
    {
        if (!has(4))
            return false;
        *v = qFromLittleEndian<qint32>(m_data.constData() + m_at);
        m_at += 4;
        return true;
    }
    bool u64(quint64* v)
    {
        if (!has(8))
            return false;
        *v = qFromLittleEndian<quint64>(m_data.constData() + m_at);
        m_at += 8;
        return true;
    }
    /** Reads a virtual offset and writes its relocation in its place. */
    bool relocate(const BgzfRelocation& relocation, quint64* mapped)
    {
        quint64 v = 0;
        if (!u64(&v) || !relocation.map(v, mapped))
            return false;
        qToLittleEndian<quint64>(*mapped, m_data.data() + m_at - 8);
        return true;
    }

private:
    QByteArray& m_data;
    qint64 m_at = 0;
};

} // namespace

bool BgzfRelocation::map(quint64 from, quint64* to) const
{
    if (from == 0) { // "no offset" in a linear index
        *to = 0;
        return true;
    }
    const quint64 c = from >> 16;
    const quint32 u = quint32(from & 0xffff);
    if (c >= inputBodyStart) {
        if (outputBody.empty())
            return false;
        const quint64 moved = c - inputBodyStart + outputBody.front().offset;
        const auto it =
            std::lower_bound(outputBody.begin(), outputBody.end(), moved,
                             [](const BgzfBlock& b, quint64 offset) { return b.offset < offset; });
        if (it == outputBody.end() || it->offset != moved || u > it->length)
            return false;
        *to = (moved << 16) | u;
        return true;
    }
    qint64 text = 0; // where the block's text starts in the inflated head
    for (const BgzfBlock& b : inputHead) {
        if (b.offset == c) {
            if (u > b.length)
                return false;
            const qint64 pos = text + u - recordsStart;
            if (pos <= 0) { // at the first record
                *to = tellForm(outputHeader.back());
                return true;
            }
            qint64 start = 0;
            for (const BgzfBlock& t : outputTail) {
                if (pos <= start + t.length) {
                    *to = (t.offset << 16) | quint64(pos - start);
                    return true;
                }
                start += t.length;
            }
            return false;
        }
        text += b.length;
    }
    return false;
}

bool BgzfRelocation::isEndOfData(quint64 offset) const
{
    // htslib ends an index at bgzf_tell() after its last record, or after it tried to read one
    // more: the start of the empty block that follows (the EOF marker).
    std::vector<BgzfBlock> all = outputHeader;
    all.insert(all.end(), outputTail.begin(), outputTail.end());
    all.insert(all.end(), outputBody.begin(), outputBody.end());
    auto last = all.rbegin();
    while (last != all.rend() && last->length == 0) {
        if (offset == last->offset << 16)
            return true;
        ++last;
    }
    return last != all.rend() && offset == tellForm(*last);
}

BgzfIndexRebase::Result BgzfIndexRebase::rewrite(const QString& input, const QString& output,
                                                 const BgzfRelocation& relocation)
{
    Result r;
    BgzfPtr in(bgzf_open(QFile::encodeName(input).constData(), "r"));
    if (!in) {
        r.error = tr("Cannot open the index %1").arg(input);
        return r;
    }
    QByteArray data;
    std::vector<char> buffer(1 << 16);
    for (;;) {
        const ssize_t n = bgzf_read(in.get(), buffer.data(), buffer.size());
        if (n < 0) {
            r.error = tr("The index %1 is damaged").arg(input);
            return r;
        }
        if (n == 0)
            break;
        data.append(buffer.data(), qsizetype(n));
    }
    const auto bad = [&](const QString& why) {
        r.error = tr("The index %1 does not match its file: %2").arg(input, why);
        return r;
    };
    Cursor cur(data);
    const QByteArray magic = data.left(4);
    const bool csi = magic == QByteArray("CSI\1", 4);
    qint32 depth = 5, refs = 0;
    if (magic == QByteArray("TBI\1", 4)) {
        qint32 names = 0;
        cur.skip(4);
        if (!cur.i32(&refs) || !cur.has(4 * 7))
            return bad(tr("its header is cut short"));
        cur.skip(4 * 6); // format, the three columns, meta character, lines to skip
        if (!cur.i32(&names) || names < 0 || !cur.has(names))
            return bad(tr("its header is cut short"));
        cur.skip(names);
    } else if (csi) {
        qint32 minShift = 0, aux = 0;
        cur.skip(4);
        if (!cur.i32(&minShift) || !cur.i32(&depth) || !cur.i32(&aux) || aux < 0 || !cur.has(aux) ||
            depth < 0 || depth > 9)
            return bad(tr("its header is cut short"));
        cur.skip(aux);
        if (!cur.i32(&refs))
            return bad(tr("its header is cut short"));
    } else {
        r.error = tr("%1 is neither a tabix (.tbi) nor a CSI index").arg(input);
        return r;
    }
    const quint32 metaBin = ((1u << ((depth + 1) * 3)) - 1) / 7 + 1;
    quint64 lastEnd = 0;
    for (qint32 ref = 0; ref < refs; ++ref) {
        qint32 bins = 0;
        if (!cur.i32(&bins) || bins < 0)
            return bad(tr("reference %1 is cut short").arg(ref));
        for (qint32 b = 0; b < bins; ++b) {
            qint32 bin = 0, chunks = 0;
            quint64 ignored = 0;
            if (!cur.i32(&bin))
                return bad(tr("reference %1 is cut short").arg(ref));
            const bool meta = quint32(bin) == metaBin;
            if (csi && !(meta ? cur.u64(&ignored) : cur.relocate(relocation, &ignored)))
                return bad(tr("bin %1 of reference %2 points outside the file").arg(bin).arg(ref));
            if (!cur.i32(&chunks) || chunks < 0 || !cur.has(qint64(chunks) * 16))
                return bad(tr("reference %1 is cut short").arg(ref));
            for (qint32 c = 0; c < chunks; ++c) {
                quint64 beg = 0, end = 0;
                if (meta && c == 1) { // counts of records placed and unplaced, not offsets
                    cur.skip(16);
                    continue;
                }
                if (!cur.relocate(relocation, &beg) || !cur.relocate(relocation, &end))
                    return bad(tr("a chunk of reference %1 points outside the file").arg(ref));
                lastEnd = std::max(lastEnd, end);
            }
        }
        if (!csi) {
            qint32 intervals = 0;
            if (!cur.i32(&intervals) || intervals < 0)
                return bad(tr("reference %1 is cut short").arg(ref));
            for (qint32 i = 0; i < intervals; ++i) {
                quint64 ignored = 0;
                if (!cur.relocate(relocation, &ignored))
                    return bad(
                        tr("the linear index of reference %1 points outside the file").arg(ref));
            }
        }
    }
    if (cur.has(8))
        cur.skip(8); // n_no_coor: records without coordinates
    if (cur.has(1))
        return bad(tr("it has data after its last reference"));
    // The last chunk must end where the records do, or the file grew after it was indexed.
    if (refs > 0 && !relocation.isEndOfData(lastEnd))
        return bad(tr("it ends before the file's last record (is it older than the file?)"));
    BgzfPtr out(bgzf_open(QFile::encodeName(output).constData(), "w"));
    if (!out || bgzf_write(out.get(), data.constData(), size_t(data.size())) < 0 ||
        bgzf_close(out.release()) != 0) {
        r.error = tr("Cannot write %1: %2").arg(output, systemError());
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace steward
