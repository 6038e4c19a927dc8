#include "models/formats/SyntheticReads.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace steward {

namespace {

constexpr char kBases[] = "ACGT";
constexpr qint64 kNoFrontier = std::numeric_limits<qint64>::max();

char otherBase(char b, quint64 bits)
{
    // One of the three other bases.
    const char* p = std::strchr(kBases, b);
    const int i = p ? int(p - kBases) : 0;
    return kBases[(i + 1 + int(bits % 3)) & 3];
}

} // namespace

SyntheticReads::SyntheticReads(const SyntheticReference& reference, const Params& params,
                               quint64 seed)
    : m_reference(reference), m_params(params), m_random(seed)
{
    if (m_params.readGroups.empty())
        m_params.readGroups.push_back("1");
    m_unmappedLeft = m_params.pairs * qint64(m_params.bothUnmappedPpm) / 1000000;
    const qint64 mapped = m_params.pairs - m_unmappedLeft;
    const auto& contigs = m_reference.contigs();
    qint64 total = 0;
    for (const auto& c : contigs)
        total += c.length;
    qint64 assigned = 0;
    for (const auto& c : contigs) {
        const qint64 n = total > 0 ? mapped * c.length / total : 0;
        m_templatesPerContig.push_back(n);
        assigned += n;
    }
    if (!m_templatesPerContig.empty())
        m_templatesPerContig.back() += mapped - assigned;
}

int SyntheticReads::refSpan(const Shape& s) const
{
    const int len = m_params.readLength;
    switch (s.kind) {
    case ShapeKind::ClipLeft:
    case ShapeKind::ClipRight:
    case ShapeKind::HardLeft:
    case ShapeKind::HardRight:
        return len - s.a;
    case ShapeKind::Deletion:
        return len + s.b;
    case ShapeKind::Insertion:
        return len - s.b;
    case ShapeKind::Unmapped:
        return 0;
    default:
        return len;
    }
}

void SyntheticReads::cigarOf(const Shape& s, std::vector<uint32_t>* cigar) const
{
    const uint32_t len = uint32_t(m_params.readLength);
    auto op = [](uint32_t n, int o) { return (n << BAM_CIGAR_SHIFT) | uint32_t(o); };
    cigar->clear();
    switch (s.kind) {
    case ShapeKind::Full:
    case ShapeKind::NoSequence:
        cigar->push_back(op(len, BAM_CMATCH));
        break;
    case ShapeKind::ClipLeft:
        cigar->push_back(op(s.a, BAM_CSOFT_CLIP));
        cigar->push_back(op(len - s.a, BAM_CMATCH));
        break;
    case ShapeKind::ClipRight:
        cigar->push_back(op(len - s.a, BAM_CMATCH));
        cigar->push_back(op(s.a, BAM_CSOFT_CLIP));
        break;
    case ShapeKind::HardLeft:
        cigar->push_back(op(s.a, BAM_CHARD_CLIP));
        cigar->push_back(op(len - s.a, BAM_CMATCH));
        break;
    case ShapeKind::HardRight:
        cigar->push_back(op(len - s.a, BAM_CMATCH));
        cigar->push_back(op(s.a, BAM_CHARD_CLIP));
        break;
    case ShapeKind::Deletion:
        cigar->push_back(op(s.a, BAM_CMATCH));
        cigar->push_back(op(s.b, BAM_CDEL));
        cigar->push_back(op(len - s.a, BAM_CMATCH));
        break;
    case ShapeKind::Insertion:
        cigar->push_back(op(s.a, BAM_CMATCH));
        cigar->push_back(op(s.b, BAM_CINS));
        cigar->push_back(op(len - s.a - s.b, BAM_CMATCH));
        break;
    case ShapeKind::Unmapped:
        break;
    }
}

QByteArray SyntheticReads::cigarText(const Shape& s) const
{
    std::vector<uint32_t> cigar;
    cigarOf(s, &cigar);
    QByteArray out;
    for (uint32_t c : cigar)
        out += QByteArray::number(bam_cigar_oplen(c)) + bam_cigar_opchr(c);
    return out;
}

int SyntheticReads::makeQuery(qint64 pos, const Shape& shape, quint64 seed, bool withMd)
{
    DeterministicRandom r(seed);
    const int len = m_params.readLength;
    m_seq.clear();
    m_qual.clear();
    m_md.clear();
    if (shape.kind == ShapeKind::NoSequence)
        return 0;
    auto randomBases = [&](int n) {
        quint64 bits = 0;
        for (int i = 0; i < n; ++i) {
            if ((i & 31) == 0)
                bits = r.next();
            m_seq.push_back(kBases[bits & 3]);
            bits >>= 2;
        }
    };
    std::vector<uint32_t>& cigar = m_cigar;
    cigarOf(shape, &cigar);
    const char* ref = m_sequence.constData();
    qint64 rp = pos;
    if (shape.kind == ShapeKind::Unmapped) {
        randomBases(len);
    } else {
        for (uint32_t c : cigar) {
            const int n = int(bam_cigar_oplen(c));
            switch (bam_cigar_op(c)) {
            case BAM_CMATCH:
                m_seq.append(ref + rp, size_t(n));
                rp += n;
                break;
            case BAM_CDEL:
                rp += n;
                break;
            case BAM_CSOFT_CLIP:
            case BAM_CINS:
                randomBases(n);
                break;
            default:
                break;
            }
        }
    }
    // Binned NovaSeq qualities (37 mostly; 25, 11, 2 at events), errors at the low ones:
    // one 64-bit draw per event keeps 10 million reads fast.
    m_qual.assign(m_seq.size(), char(37));
    size_t i = size_t(r.below(16));
    while (i < m_seq.size()) {
        const quint64 bits = r.next();
        const int bin = int((bits >> 4) % 100);
        const int q = bin < 60 ? 25 : bin < 90 ? 11 : 2;
        const int errorPercent = q == 25 ? 1 : q == 11 ? 8 : 25;
        m_qual[i] = char(q);
        if (int((bits >> 12) % 100) < errorPercent)
            m_seq[i] = otherBase(m_seq[i], bits >> 20);
        i += 1 + size_t(bits & 15);
    }
    if (shape.kind == ShapeKind::Unmapped)
        return 0;
    // NM and MD against the reference.
    int nm = 0;
    int run = 0;
    rp = pos;
    size_t qp = 0;
    for (uint32_t c : cigar) {
        const int n = int(bam_cigar_oplen(c));
        switch (bam_cigar_op(c)) {
        case BAM_CMATCH:
            for (int k = 0; k < n; ++k, ++qp, ++rp) {
                if (m_seq[qp] == ref[rp]) {
                    ++run;
                    continue;
                }
                ++nm;
                if (withMd) {
                    m_md += std::to_string(run);
                    m_md.push_back(ref[rp]);
                }
                run = 0;
            }
            break;
        case BAM_CDEL:
            nm += n;
            if (withMd) {
                m_md += std::to_string(run);
                m_md.push_back('^');
                m_md.append(ref + rp, size_t(n));
            }
            run = 0;
            rp += n;
            break;
        case BAM_CINS:
            nm += n;
            qp += size_t(n);
            break;
        case BAM_CSOFT_CLIP:
            qp += size_t(n);
            break;
        default:
            break;
        }
    }
    if (withMd)
        m_md += std::to_string(run);
    return nm;
}

SyntheticReads::Shape SyntheticReads::randomShape(bool leftRead)
{
    Shape s;
    if (m_random.chance(m_params.softClipPpm)) {
        // Adapter read-through clips the 3' end; low-quality starts clip the 5' end.
        s.kind = leftRead ? ShapeKind::ClipLeft : ShapeKind::ClipRight;
        s.a = quint16(m_random.between(3, 40));
    } else if (m_random.chance(m_params.indelPpm)) {
        s.kind = m_random.below(2) ? ShapeKind::Deletion : ShapeKind::Insertion;
        s.a = quint16(m_random.between(20, m_params.readLength - 30));
        s.b = quint16(m_random.between(1, 4));
    }
    return s;
}

quint8 SyntheticReads::randomMapq()
{
    return m_random.chance(m_params.lowMapqPpm) ? quint8(m_random.below(60)) : quint8(60);
}

void SyntheticReads::push(Spec spec)
{
    spec.order = m_order++;
    m_heap.push_back(spec);
    std::push_heap(m_heap.begin(), m_heap.end(), Later());
}

bool SyntheticReads::emittable(const Spec& s) const
{
    return s.tid < m_contig || (s.tid == m_contig && s.pos <= m_frontier);
}

void SyntheticReads::generateTemplate()
{
    const qint64 contigLength = m_reference.contigs()[size_t(m_contig)].length;
    qint64& remaining = m_templatesPerContig[size_t(m_contig)];
    const int len = m_params.readLength;
    const qint64 margin = m_params.fragmentMean + 200 + len;
    // Fragment starts: non-decreasing, spread to leave room for the remaining templates.
    const qint64 room = contigLength - margin - m_cursor;
    const qint64 average = room > 0 ? room / (remaining + 1) : 0;
    m_cursor += qint64(m_random.below(quint64(2 * average + 1)));
    --remaining;
    qint64 start = m_cursor;
    int fragment = int(m_params.fragmentMean - 100 + m_random.bell(4, 50));
    const bool duplicate = m_lastStart >= 0 && m_random.chance(m_params.duplicatePpm);
    if (duplicate) {
        start = m_lastStart;
        fragment = m_lastFragment;
    }
    m_lastStart = start;
    m_lastFragment = fragment;
    m_frontier = start;

    const quint64 templ = m_templ++;
    const quint8 rg = quint8(m_random.below(m_params.readGroups.size()));
    const bool qcFail = m_random.chance(m_params.qcFailPpm);
    quint16 common = BAM_FPAIRED;
    if (qcFail)
        common |= BAM_FQCFAIL;
    if (duplicate)
        common |= BAM_FDUP;
    const bool leftIsRead1 = m_random.below(2) == 0;

    Spec left;
    left.tid = m_contig;
    left.pos = start;
    left.templ = templ;
    left.readGroup = rg;
    left.seed = m_random.next();
    left.mapq = randomMapq();
    left.flag = common | (leftIsRead1 ? BAM_FREAD1 : BAM_FREAD2);

    const quint64 draw = m_random.below(1000000);
    const bool mateUnmapped = draw < m_params.mateUnmappedPpm;
    const bool cross = !mateUnmapped && draw < m_params.mateUnmappedPpm + m_params.crossContigPpm &&
                       m_contig + 1 < int(m_reference.contigs().size());

    if (mateUnmapped) {
        Spec mate = left;
        const bool reverse = m_random.below(2) == 0;
        left.flag |= BAM_FMUNMAP | (reverse ? BAM_FREVERSE : 0);
        left.mtid = m_contig;
        left.mpos = start;
        left.shape = randomShape(!reverse);
        mate.flag = common | BAM_FUNMAP | (leftIsRead1 ? BAM_FREAD2 : BAM_FREAD1) |
                    (reverse ? BAM_FMREVERSE : 0);
        mate.mapq = 0;
        mate.seed = m_random.next();
        mate.shape.kind = ShapeKind::Unmapped;
        mate.mtid = m_contig;
        mate.mpos = start;
        mate.mateShape = left.shape;
        mate.mateMapped = true;
        push(left);
        push(mate);
        return;
    }

    if (cross) {
        const int contigs = int(m_reference.contigs().size());
        Spec mate = left;
        mate.tid = m_contig + 1 + int(m_random.below(quint64(contigs - m_contig - 1)));
        const qint64 mateLength = m_reference.contigs()[size_t(mate.tid)].length;
        mate.pos = qint64(m_random.below(quint64(std::max<qint64>(1, mateLength - margin))));
        mate.seed = m_random.next();
        mate.mapq = randomMapq();
        mate.flag = common | (leftIsRead1 ? BAM_FREAD2 : BAM_FREAD1);
        const bool leftReverse = m_random.below(2) == 0;
        const bool mateReverse = m_random.below(2) == 0;
        if (leftReverse) {
            left.flag |= BAM_FREVERSE;
            mate.flag |= BAM_FMREVERSE;
        }
        if (mateReverse) {
            mate.flag |= BAM_FREVERSE;
            left.flag |= BAM_FMREVERSE;
        }
        left.mtid = mate.tid;
        left.mpos = mate.pos;
        mate.mtid = left.tid;
        mate.mpos = left.pos;
        left.mateShape = mate.shape;
        mate.mateShape = left.shape;
        left.mateMapped = mate.mateMapped = true;
        push(left);
        push(mate);
        return;
    }

    // A proper pair: the left read forward, the right read reverse (FR orientation).
    Spec right = left;
    right.flag = common | (leftIsRead1 ? BAM_FREAD2 : BAM_FREAD1);
    right.seed = m_random.next();
    right.mapq = randomMapq();
    left.shape = randomShape(true);
    right.shape = randomShape(false);
    right.pos = std::max(start, start + fragment - refSpan(right.shape));
    left.flag |= BAM_FPROPER_PAIR | BAM_FMREVERSE;
    right.flag |= BAM_FPROPER_PAIR | BAM_FREVERSE;

    // A chimeric left read: its 3' part aligns further along as a supplementary record.
    Spec supp;
    if (left.shape.kind == ShapeKind::Full && m_random.chance(m_params.supplementaryPpm)) {
        const qint64 where = start + qint64(m_random.between(1000, 30000));
        if (where + len < contigLength) {
            const quint16 clipped = quint16(m_random.between(30, len - 30));
            supp = left;
            supp.flag |= BAM_FSUPPLEMENTARY;
            supp.pos = where;
            supp.seed = m_random.next();
            supp.mapq = randomMapq();
            supp.shape = {ShapeKind::HardLeft, quint16(len - clipped), 0};
            left.shape = {ShapeKind::ClipRight, clipped, 0};
            left.chimeric = supp.chimeric = true;
            left.saPos = supp.pos;
            left.saShape = supp.shape;
            left.saSeed = supp.seed;
            left.saMapq = supp.mapq;
            supp.saPos = left.pos;
            supp.saShape = left.shape;
            supp.saSeed = left.seed;
            supp.saMapq = left.mapq;
        }
    }
    const qint64 leftEnd = left.pos + refSpan(left.shape);
    const qint64 rightEnd = right.pos + refSpan(right.shape);
    const qint64 tlen = std::max(leftEnd, rightEnd) - left.pos;
    left.tlen = tlen;
    right.tlen = -tlen;
    left.mtid = right.tid;
    left.mpos = right.pos;
    right.mtid = left.tid;
    right.mpos = left.pos;
    left.mateShape = right.shape;
    right.mateShape = left.shape;
    left.mateMapped = right.mateMapped = true;
    if (supp.chimeric) {
        supp.tlen = tlen;
        supp.mtid = right.tid;
        supp.mpos = right.pos;
        supp.mateShape = right.shape;
        supp.mateMapped = true;
        push(supp);
    }
    // A secondary alignment of the right read elsewhere (SEQ and QUAL '*', as bwa writes).
    if (m_random.chance(m_params.secondaryPpm)) {
        const qint64 where = start + qint64(m_random.between(2000, 40000));
        if (where + len < contigLength) {
            Spec secondary = right;
            secondary.flag = quint16((right.flag | BAM_FSECONDARY) & ~BAM_FPROPER_PAIR);
            secondary.pos = where;
            secondary.mapq = 0;
            secondary.shape = {ShapeKind::NoSequence, 0, 0};
            secondary.tlen = 0;
            push(secondary);
        }
    }
    push(left);
    push(right);
}

void SyntheticReads::generateUnmappedPair()
{
    --m_unmappedLeft;
    const quint64 templ = m_templ++;
    const quint8 rg = quint8(m_random.below(m_params.readGroups.size()));
    quint16 common = BAM_FPAIRED | BAM_FUNMAP | BAM_FMUNMAP;
    if (m_random.chance(m_params.qcFailPpm * 10))
        common |= BAM_FQCFAIL;
    Spec first;
    first.templ = templ;
    first.readGroup = rg;
    first.shape.kind = ShapeKind::Unmapped;
    first.flag = common | BAM_FREAD1;
    first.seed = m_random.next();
    Spec second = first;
    second.flag = common | BAM_FREAD2;
    second.seed = m_random.next();
    push(first);
    m_tail.push_back(second);
}

QByteArray SyntheticReads::readName(quint64 templ, int readGroup) const
{
    // instrument:run:flowcell:lane:tile:x:y, unique per template.
    const quint64 tileIndex = templ % 88;
    const quint64 rest = templ / 88;
    const quint64 tile =
        (1 + tileIndex / 44) * 1000 + (1 + (tileIndex % 44) / 22) * 100 + (1 + tileIndex % 22);
    const quint64 x = 1000 + (rest * 7919) % 31000;
    const quint64 y = 1000 + (rest / 31000) * 11 + rest % 11;
    QByteArray name = m_params.runPrefix;
    name += ':';
    name += QByteArray::number(readGroup + 1);
    name += ':';
    name += QByteArray::number(tile);
    name += ':';
    name += QByteArray::number(x);
    name += ':';
    name += QByteArray::number(y);
    return name;
}

bool SyntheticReads::build(const Spec& spec, bam1_t* rec)
{
    const int nm = makeQuery(spec.pos, spec.shape, spec.seed, true);
    const bool mapped = spec.shape.kind != ShapeKind::Unmapped;
    const QByteArray name = readName(spec.templ, spec.readGroup);
    if (!mapped)
        m_cigar.clear();
    const bool noSeq = spec.shape.kind == ShapeKind::NoSequence;
    if (bam_set1(rec, size_t(name.size()), name.constData(), spec.flag, spec.tid, spec.pos,
                 spec.mapq, m_cigar.size(), m_cigar.data(), spec.mtid, spec.mpos, spec.tlen,
                 noSeq ? 0 : m_seq.size(), noSeq ? nullptr : m_seq.data(),
                 noSeq ? nullptr : m_qual.data(), 64) < 0)
        return false;
    auto appendText = [rec](const char tag[2], const QByteArray& value) {
        return bam_aux_append(rec, tag, 'Z', int(value.size() + 1),
                              reinterpret_cast<const uint8_t*>(value.constData())) == 0;
    };
    if (mapped) {
        const int aligned = int(m_seq.size());
        int score = aligned - 5 * nm;
        if (spec.shape.kind == ShapeKind::Deletion || spec.shape.kind == ShapeKind::Insertion)
            score -= 6;
        score = std::max(0, score);
        DeterministicRandom r(spec.seed ^ 0xa5a5a5a5ULL);
        const int suboptimal = spec.mapq < 20 ? std::max(0, score - int(r.below(6)))
                                              : int(r.below(quint64(score / 3 + 1)));
        if (bam_aux_update_int(rec, "NM", nm) < 0)
            return false;
        if (!noSeq && !appendText("MD", QByteArray::fromStdString(m_md)))
            return false;
        if (spec.mateMapped && !(spec.flag & BAM_FMUNMAP) &&
            !appendText("MC", cigarText(spec.mateShape)))
            return false;
        if (bam_aux_update_int(rec, "AS", noSeq ? m_params.readLength : score) < 0 ||
            bam_aux_update_int(rec, "XS", suboptimal) < 0)
            return false;
        if (spec.chimeric) {
            const int saNm = makeQuery(spec.saPos, spec.saShape, spec.saSeed, false);
            const QByteArray sa = m_reference.contigs()[size_t(spec.tid)].name + "," +
                                  QByteArray::number(spec.saPos + 1) + "," +
                                  (spec.saReverse ? "-" : "+") + "," + cigarText(spec.saShape) +
                                  "," + QByteArray::number(spec.saMapq) + "," +
                                  QByteArray::number(saNm) + ";";
            if (!appendText("SA", sa))
                return false;
        }
    } else if (spec.mateMapped && !appendText("MC", cigarText(spec.mateShape))) {
        return false;
    }
    return appendText("RG", m_params.readGroups[spec.readGroup]);
}

int SyntheticReads::next(bam1_t* rec)
{
    const int contigs = int(m_reference.contigs().size());
    for (;;) {
        if (!m_heap.empty() && (m_contig >= contigs || emittable(m_heap.front()))) {
            std::pop_heap(m_heap.begin(), m_heap.end(), Later());
            const Spec spec = m_heap.back();
            m_heap.pop_back();
            return build(spec, rec) ? 1 : -1;
        }
        if (!m_tail.empty()) {
            const Spec spec = m_tail.back();
            m_tail.pop_back();
            return build(spec, rec) ? 1 : -1;
        }
        if (m_contig >= 0 && m_contig < contigs && m_templatesPerContig[size_t(m_contig)] > 0) {
            generateTemplate();
            continue;
        }
        if (m_contig < contigs) {
            if (m_contig >= 0 && m_frontier != kNoFrontier) {
                m_frontier = kNoFrontier; // flush what waits on this contig
                continue;
            }
            ++m_contig;
            m_frontier = -1;
            m_cursor = 0;
            m_lastStart = -1;
            if (m_contig < contigs)
                m_sequence = m_reference.sequence(m_contig).toUpper();
            else
                m_sequence.clear();
            continue;
        }
        if (m_unmappedLeft > 0) {
            generateUnmappedPair();
            continue;
        }
        return 0;
    }
}

} // namespace steward
