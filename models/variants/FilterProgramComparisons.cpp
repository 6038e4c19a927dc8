// FilterProgram, part two: how tests read values from a record and compare them, after
// bcftools' filter.c (the filters_set_* readers, CMP_VECTORS and cmp_vector_strings).

#include "models/variants/FilterProgram.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "models/variants/AnnotationFields.h"

namespace steward {

namespace {

// bcftools marks missing values with a NaN bit pattern (bcf_double_missing); a quiet NaN with
// a payload does the same and survives copies. Real NaNs read from a file stay values.
constexpr uint64_t kMissingBits = 0x7ff8dead00000001ULL;

inline double missingNumber()
{
    double d;
    std::memcpy(&d, &kMissingBits, sizeof d);
    return d;
}

inline bool isMissing(double d)
{
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return bits == kMissingBits;
}

using Op = FilterProgram::Op;

template <typename T>
inline bool apply(Op op, T x, T y)
{
    switch (op) {
    case Op::Equal:
        return x == y;
    case Op::NotEqual:
        return x != y;
    case Op::Less:
        return x < y;
    case Op::LessEqual:
        return x <= y;
    case Op::Greater:
        return x > y;
    case Op::GreaterEqual:
        return x >= y;
    default:
        return false;
    }
}

/**
 * bcftools compares in float precision (values read from a VCF are floats: QUAL=29.9 must
 * equal 29.9), except when a value is above 2^24 where floats lose integers (#871).
 */
inline bool numberTest(Op op, double x, double y)
{
    if (x > 16777216 || y > 16777216)
        return apply(op, x, y);
    return apply(op, float(x), float(y));
}

/**
 * What a comparison gives when one side [1] or both sides [2] are missing; [0] says whether a
 * missing per-sample value is considered at all (bcftools' missing_logic).
 */
struct MissingLogic
{
    bool v[3] = {false, false, false};
    explicit MissingLogic(Op op)
    {
        if (op == Op::Equal || op == Op::Like)
            v[0] = v[2] = true;
        else if (op == Op::NotEqual || op == Op::NotLike)
            v[0] = v[1] = true;
    }
    bool operator[](int i) const { return v[i]; }
};

/** Numbers of one side: a list per site, or (items >= 0) one list per sample or entry. */
struct Numbers
{
    const double* values = nullptr;
    int count = 0; // 0: no values (the field is absent)
    const int* offsets = nullptr;
    int items = -1;
};

/** Texts of one side, already split into their comma-separated fields. */
struct Texts
{
    const std::string_view* fields = nullptr;
    int count = 0;
    bool hasValues = false;
    const int* offsets = nullptr;
    int items = -1;
};

constexpr std::string_view kMissingText(".");

/** Splits like bcftools' _match_vector_strings: stops at a NUL, no field after a final ','. */
void splitFields(const char* s, size_t length, std::vector<std::string_view>* out)
{
    size_t begin = 0;
    while (begin < length && s[begin]) {
        size_t mid = begin;
        while (mid < length && s[mid] && s[mid] != ',')
            ++mid;
        out->emplace_back(s + begin, mid - begin);
        if (mid >= length || !s[mid])
            break;
        begin = mid + 1;
    }
}

bool hasMissingField(const std::string_view* fields, int count)
{
    for (int i = 0; i < count; ++i)
        if (fields[i] == kMissingText)
            return true;
    return false;
}

/** bcftools' _match_vector_strings: does any pair of fields satisfy = or !=? */
bool matchFields(const std::string_view* a, int na, const std::string_view* b, int nb, Op op,
                 const MissingLogic& ml)
{
    for (int i = 0; i < na; ++i) {
        const int missA = a[i] == kMissingText ? 1 : 0;
        for (int j = 0; j < nb; ++j) {
            const int nmiss = missA + (b[j] == kMissingText ? 1 : 0);
            if (nmiss) {
                if (ml[nmiss])
                    return true;
            } else if ((a[i] == b[j]) == (op == Op::Equal)) {
                return true;
            }
        }
    }
    return false;
}

/** bcftools' _regex_vector_strings: does any field satisfy ~ or !~? */
bool regexFields(const FilterProgram::Regex& regex, const std::string_view* fields, int count,
                 Op op, const MissingLogic& ml)
{
    for (int i = 0; i < count; ++i) {
        if (fields[i] == kMissingText && ml[1])
            return true;
        if (regex.matches(fields[i]) == (op == Op::Like))
            return true;
    }
    return false;
}

template <typename T>
inline T readLe(const uint8_t* p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

/** Value @p i of a typed BCF array: false when missing or vector end. */
inline bool readNumber(const uint8_t* p, int type, int i, double* out)
{
    switch (type) {
    case BCF_BT_INT8: {
        const int8_t v = readLe<int8_t>(p + i);
        if (v == bcf_int8_missing || v == bcf_int8_vector_end)
            return false;
        *out = v;
        return true;
    }
    case BCF_BT_INT16: {
        const int16_t v = readLe<int16_t>(p + 2 * i);
        if (v == bcf_int16_missing || v == bcf_int16_vector_end)
            return false;
        *out = v;
        return true;
    }
    case BCF_BT_INT32: {
        const int32_t v = readLe<int32_t>(p + 4 * i);
        if (v == bcf_int32_missing || v == bcf_int32_vector_end)
            return false;
        *out = v;
        return true;
    }
    case BCF_BT_FLOAT: {
        const float v = readLe<float>(p + 4 * i);
        if (bcf_float_is_missing(v) || bcf_float_is_vector_end(v))
            return false;
        *out = v;
        return true;
    }
    default:
        return false;
    }
}

inline bool isVectorEnd(const uint8_t* p, int type, int i)
{
    switch (type) {
    case BCF_BT_INT8:
        return readLe<int8_t>(p + i) == bcf_int8_vector_end;
    case BCF_BT_INT16:
        return readLe<int16_t>(p + 2 * i) == bcf_int16_vector_end;
    case BCF_BT_INT32:
        return readLe<int32_t>(p + 4 * i) == bcf_int32_vector_end;
    case BCF_BT_FLOAT:
        return bcf_float_is_vector_end(readLe<float>(p + 4 * i));
    default:
        return true;
    }
}

inline int32_t genotypeValue(const uint8_t* p, int type, int i)
{
    switch (type) {
    case BCF_BT_INT8: {
        const int8_t v = readLe<int8_t>(p + i);
        return v == bcf_int8_vector_end ? INT32_MIN : v;
    }
    case BCF_BT_INT16: {
        const int16_t v = readLe<int16_t>(p + 2 * i);
        return v == bcf_int16_vector_end ? INT32_MIN : v;
    }
    case BCF_BT_INT32: {
        const int32_t v = readLe<int32_t>(p + 4 * i);
        return v == bcf_int32_vector_end ? INT32_MIN : v;
    }
    default:
        return INT32_MIN;
    }
}

/** bcftools' _filters_set_genotype: the class of one sample's genotype. */
std::string_view genotypeClass(const bcf_fmt_t* gt, int sample,
                               FilterProgram::Source::GenotypeForm form)
{
    using Form = FilterProgram::Source::GenotypeForm;
    const uint8_t* p = gt->p + size_t(sample) * gt->size;
    bool het = false, hasRef = false, missing = false;
    int32_t previous = 0;
    int j = 0;
    for (; j < gt->n; ++j) {
        const int32_t v = genotypeValue(p, gt->type, j);
        if (v == INT32_MIN)
            break; // smaller ploidy
        if (bcf_gt_is_missing(v)) {
            missing = true;
            break;
        }
        if (bcf_gt_allele(v) == 0)
            hasRef = true;
        if (j > 0 && bcf_gt_allele(v) != bcf_gt_allele(previous))
            het = true;
        previous = v;
    }
    if (form == Form::Presence) {
        if (!j || missing)
            return "mis";
        if (!hasRef)
            return "alt";
        return het ? "alt" : "ref";
    }
    if (!j || missing)
        return ".";
    if (form == Form::Ploidy)
        return j == 1 ? "hap" : het ? "het" : "hom";
    if (j == 1)
        return hasRef ? "r" : "a";
    if (!het)
        return hasRef ? "rr" : "aa";
    return hasRef ? "ra" : "aA";
}

/** htslib's bcf_format_gt for one sample, appended to @p out. */
void formatGenotype(const bcf_fmt_t* gt, int sample, std::string* out)
{
    const uint8_t* p = gt->p + size_t(sample) * gt->size;
    int i = 0;
    for (; i < gt->n; ++i) {
        const int32_t v = genotypeValue(p, gt->type, i);
        if (v == INT32_MIN)
            break;
        if (i)
            out->push_back((v & 1) ? '|' : '/');
        if (!(v >> 1)) {
            out->push_back('.');
        } else {
            char digits[12];
            int n = 0;
            for (int allele = bcf_gt_allele(v); n == 0 || allele > 0; allele /= 10)
                digits[n++] = char('0' + allele % 10);
            while (n > 0)
                out->push_back(digits[--n]);
        }
    }
    if (i == 0)
        out->push_back('.');
}

} // namespace

// --- Loading values -------------------------------------------------------------------------

namespace {

using Source = FilterProgram::Source;
using Kind = Source::Kind;

/** Site-level numbers of @p source into @p buffer. */
/**
 * A FORMAT field's numbers for samples [begin, end): offsets[i] is where sample i's values
 * start (the last entry is the end); no values when the record lacks the field.
 */
Numbers loadFormatNumbers(const Source& source, const bcf1_t* record, int begin, int end,
                          std::vector<double>& values, std::vector<int>& offsets)
{
    values.clear();
    offsets.clear();
    const bcf_fmt_t* fmt = FilterProgram::findFormat(record, source.tagId);
    if (fmt && fmt->type != BCF_BT_CHAR && fmt->n > 0) {
        const int per = source.firstOnly ? 1 : fmt->n;
        for (int smp = begin; smp < end; ++smp) {
            offsets.push_back(int(values.size()));
            const uint8_t* p = fmt->p + size_t(smp) * fmt->size;
            for (int j = 0; j < per; ++j) {
                double v;
                values.push_back(readNumber(p, fmt->type, j, &v) ? v : missingNumber());
            }
        }
        offsets.push_back(int(values.size()));
    }
    Numbers n;
    n.items = end - begin;
    n.values = values.data();
    n.count = int(values.size());
    n.offsets = offsets.data();
    return n;
}

Numbers loadSiteNumbers(const Source& source, const bcf1_t* record, std::vector<double>& buffer)
{
    buffer.clear();
    Numbers n;
    switch (source.kind) {
    case Kind::NumberConstant:
        buffer.push_back(source.number);
        break;
    case Kind::MissingNumber:
        buffer.push_back(missingNumber());
        break;
    case Kind::Qual:
        buffer.push_back(bcf_float_is_missing(record->qual) ? missingNumber()
                                                            : double(record->qual));
        break;
    case Kind::Pos:
        buffer.push_back(double(record->pos + 1));
        break;
    case Kind::AltCount:
        buffer.push_back(double(std::max(0, int(record->n_allele) - 1)));
        break;
    case Kind::InfoFlag:
        buffer.push_back(FilterProgram::findInfo(record, source.tagId) ? 1.0 : 0.0);
        break;
    case Kind::InfoNumber: {
        const bcf_info_t* info = FilterProgram::findInfo(record, source.tagId);
        if (!info || info->type == BCF_BT_CHAR || info->len <= 0)
            break;
        if (source.firstOnly) {
            // filters_set_info: a missing Number=1 value counts as absent.
            double v;
            if (readNumber(info->vptr, info->type, 0, &v))
                buffer.push_back(v);
            break;
        }
        // bcf_get_info_values: stops at the vector end; a missing element stays missing (for
        // integers bcftools 1.16 compares INT32_MIN instead, which we do not copy).
        for (int i = 0; i < info->len; ++i) {
            if (isVectorEnd(info->vptr, info->type, i))
                break;
            double v;
            buffer.push_back(readNumber(info->vptr, info->type, i, &v) ? v : missingNumber());
        }
        break;
    }
    default:
        break;
    }
    n.values = buffer.data();
    n.count = int(buffer.size());
    return n;
}

double parseNumber(std::string_view text)
{
    double v = 0;
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, v);
    if (text.empty() || result.ec != std::errc() || result.ptr != end)
        return missingNumber();
    return v;
}

} // namespace

bool FilterProgram::evaluateNumbers(int index, Context& ctx) const
{
    const Node& node = m_nodes[size_t(index)];
    Scratch& s = ctx.scratch;
    const MissingLogic ml(node.op);

    // Side a: the per-item values (FORMAT or annotation) or site values.
    Numbers a;
    if (node.a.kind == Kind::FormatNumber) {
        a = loadFormatNumbers(node.a, ctx.record, ctx.sampleBegin, ctx.sampleEnd, s.numbers[0],
                              s.offsets[0]);
    } else if (node.a.kind == Kind::Annotation) {
        std::vector<double>& values = s.numbers[0];
        std::vector<int>& offsets = s.offsets[0];
        values.clear();
        offsets.clear();
        a.items = itemCount(node.dimension, ctx);
        const bcf_info_t* info = FilterProgram::findInfo(ctx.record, node.a.tagId);
        if (info && info->type == BCF_BT_CHAR) {
            const char* raw = reinterpret_cast<const char*>(info->vptr);
            AnnotationFields::splitEntries(std::string_view(raw, strnlen(raw, size_t(info->len))),
                                           &s.entries);
            for (const std::string_view entry : s.entries) {
                offsets.push_back(int(values.size()));
                AnnotationFields::values(AnnotationFields::field(entry, node.a.field), &s.parts);
                for (const std::string_view part : s.parts)
                    values.push_back(parseNumber(part));
            }
        } else {
            offsets.push_back(0);
            values.push_back(missingNumber());
        }
        offsets.push_back(int(values.size()));
        a.values = values.data();
        a.count = int(values.size());
        a.offsets = offsets.data();
    } else {
        a = loadSiteNumbers(node.a, ctx.record, s.numbers[0]);
    }

    // Side b: site values, or per-sample values of a second FORMAT field.
    Numbers b;
    if (node.b.kind == Kind::FormatNumber) {
        b = loadFormatNumbers(node.b, ctx.record, ctx.sampleBegin, ctx.sampleEnd, s.numbers[1],
                              s.offsets[1]);
    } else {
        b = loadSiteNumbers(node.b, ctx.record, s.numbers[1]);
    }

    if (a.items < 0) {
        // bcftools' CMP_VECTORS without samples: any pair of values.
        if (!a.count && !b.count)
            return ml[2];
        if (!a.count || !b.count) {
            const Numbers& t = a.count ? a : b;
            for (int j = 0; j < t.count; ++j) {
                if (isMissing(t.values[j]) ? ml[2] : ml[1])
                    return true;
            }
            return false;
        }
        for (int i = 0; i < a.count; ++i) {
            const int missA = isMissing(a.values[i]) ? 1 : 0;
            for (int j = 0; j < b.count; ++j) {
                const int nmiss = missA + (isMissing(b.values[j]) ? 1 : 0);
                if (nmiss) {
                    if (ml[nmiss])
                        return true;
                } else if (numberTest(node.op, a.values[i], b.values[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    // Per sample (or entry): a flag each; the site passes when any does.
    const int items = a.items;
    std::vector<uint8_t>& out = ctx.flags(index, items);
    bool any = false;
    auto anyMissing = [](const Numbers& n, int item) {
        for (int j = n.offsets[item]; j < n.offsets[item + 1]; ++j)
            if (isMissing(n.values[j]))
                return 1;
        return 0;
    };
    if (!a.count && !b.count) {
        if (ml[2]) {
            std::fill(out.begin(), out.end(), uint8_t(1));
            any = items > 0;
        }
        return any;
    }
    if (!a.count || !b.count) {
        const Numbers& t = a.count ? a : b;
        if (t.items < 0) {
            int miss = 0;
            for (int j = 0; j < t.count; ++j)
                miss |= isMissing(t.values[j]) ? 1 : 0;
            if (ml[miss + 1]) {
                std::fill(out.begin(), out.end(), uint8_t(1));
                any = items > 0;
            }
            return any;
        }
        for (int i = 0; i < items; ++i) {
            if (ml[anyMissing(t, i) + 1]) {
                out[size_t(i)] = 1;
                any = true;
            }
        }
        return any;
    }
    for (int i = 0; i < items; ++i) {
        const double* av = a.values + a.offsets[i];
        const int na = a.offsets[i + 1] - a.offsets[i];
        const double* bv = b.items < 0 ? b.values : b.values + b.offsets[i];
        const int nb = b.items < 0 ? b.count : b.offsets[i + 1] - b.offsets[i];
        bool pass = false;
        if (b.items < 0) {
            for (int j = 0; j < na && !pass; ++j) {
                const int miss = isMissing(av[j]) ? 1 : 0;
                if (miss && !ml[0])
                    continue; // any missing value makes the test false
                for (int k = 0; k < nb; ++k) {
                    const int nmiss = miss + (isMissing(bv[k]) ? 1 : 0);
                    if (nmiss ? ml[nmiss] : numberTest(node.op, av[j], bv[k])) {
                        pass = true;
                        break;
                    }
                }
            }
        } else {
            // Two per-sample fields: value j against value j.
            const int n = std::min(na, nb);
            for (int j = 0; j < n; ++j) {
                int nmiss = isMissing(av[j]) ? 1 : 0;
                if (nmiss && !ml[0])
                    continue;
                nmiss += isMissing(bv[j]) ? 1 : 0;
                if (nmiss ? ml[nmiss] : numberTest(node.op, av[j], bv[j])) {
                    pass = true;
                    break;
                }
            }
        }
        if (pass) {
            out[size_t(i)] = 1;
            any = true;
        }
    }
    return any;
}

bool FilterProgram::evaluateTexts(int index, Context& ctx) const
{
    const Node& node = m_nodes[size_t(index)];
    Scratch& s = ctx.scratch;
    const MissingLogic ml(node.op);
    const bcf1_t* record = ctx.record;

    // Loads site texts of @p source into slot @p slot.
    auto loadSite = [&](const Source& source, int slot) {
        std::vector<std::string_view>& fields = s.fields[slot];
        fields.clear();
        Texts t;
        switch (source.kind) {
        case Kind::TextConstant:
            for (const std::string& text : source.texts)
                fields.emplace_back(text);
            t.hasValues = !source.texts.empty();
            break;
        case Kind::Chrom: {
            const char* name = bcf_seqname_safe(m_header, record);
            if (name) {
                const size_t n = std::strlen(name);
                splitFields(name, n, &fields);
                t.hasValues = n > 0;
            }
            break;
        }
        case Kind::Ref:
            if (record->n_allele > 0) {
                const char* ref = record->d.allele[0];
                const size_t n = std::strlen(ref);
                splitFields(ref, n, &fields);
                t.hasValues = n > 0;
            }
            break;
        case Kind::Alt:
            // filters_set_alt_string: the ALT alleles, or "." when there are none.
            if (record->n_allele == 1) {
                fields.push_back(kMissingText);
                t.hasValues = true;
            } else {
                for (int i = 1; i < int(record->n_allele); ++i)
                    fields.emplace_back(record->d.allele[i]);
                t.hasValues = record->n_allele > 1;
            }
            break;
        case Kind::InfoText: {
            const bcf_info_t* info = FilterProgram::findInfo(record, source.tagId);
            if (info && info->type == BCF_BT_CHAR && info->len > 0) {
                splitFields(reinterpret_cast<const char*>(info->vptr), size_t(info->len), &fields);
                t.hasValues = true;
            }
            break;
        }
        default:
            break;
        }
        t.fields = fields.data();
        t.count = int(fields.size());
        return t;
    };

    const Texts b = loadSite(node.b, 1);
    const Regex* regex = node.regex.get();

    if (!node.a.isPerItem()) {
        const Texts a = loadSite(node.a, 0);
        if (!a.hasValues && !b.hasValues)
            return ml[2];
        if (!a.hasValues || !b.hasValues) {
            const Texts& t = a.hasValues ? a : b;
            return ml[hasMissingField(t.fields, t.count) ? 2 : 1];
        }
        if (regex)
            return regexFields(*regex, a.fields, a.count, node.op, ml);
        return matchFields(a.fields, a.count, b.fields, b.count, node.op, ml);
    }

    // Per-item texts: FORMAT strings and genotypes per sample, annotation fields per entry.
    std::vector<std::string_view>& fields = s.fields[0];
    std::vector<int>& offsets = s.offsets[0];
    std::vector<std::pair<int, int>>& spans = s.spans[0];
    std::string& text = s.text[0];
    fields.clear();
    offsets.clear();
    spans.clear();
    text.clear();
    bool present = false;
    int items = 0;
    // Fields that live in `text` are kept as spans until it stops growing.
    auto addSpan = [&](size_t from) {
        spans.emplace_back(int(from), int(text.size() - from));
        fields.emplace_back(); // placeholder, set below
    };

    if (node.a.kind == Kind::FormatText) {
        items = ctx.sampleEnd - ctx.sampleBegin;
        const bcf_fmt_t* fmt = FilterProgram::findFormat(record, node.a.tagId);
        if (fmt && fmt->type == BCF_BT_CHAR) {
            present = true;
            for (int smp = ctx.sampleBegin; smp < ctx.sampleEnd; ++smp) {
                offsets.push_back(int(fields.size()));
                const char* p = reinterpret_cast<const char*>(fmt->p + size_t(smp) * fmt->size);
                const size_t before = fields.size();
                splitFields(p, size_t(fmt->size), &fields);
                if (node.a.firstOnly && fields.size() > before + 1)
                    fields.resize(before + 1);
                if (fields.size() == before) // an empty value reads as "."
                    fields.push_back(kMissingText);
            }
        }
    } else if (node.a.kind == Kind::Genotype) {
        items = ctx.sampleEnd - ctx.sampleBegin;
        const bcf_fmt_t* gt = FilterProgram::findFormat(record, node.a.tagId);
        if (gt && gt->type != BCF_BT_CHAR && gt->type != BCF_BT_FLOAT) {
            present = true;
            const bool written = node.a.genotype == Source::GenotypeForm::Written;
            for (int smp = ctx.sampleBegin; smp < ctx.sampleEnd; ++smp) {
                offsets.push_back(int(fields.size()));
                if (written) {
                    const size_t from = text.size();
                    formatGenotype(gt, smp, &text);
                    addSpan(from);
                } else {
                    fields.push_back(genotypeClass(gt, smp, node.a.genotype));
                }
            }
        }
    } else { // Annotation
        items = itemCount(node.dimension, ctx);
        present = true;
        const bcf_info_t* info = FilterProgram::findInfo(record, node.a.tagId);
        if (info && info->type == BCF_BT_CHAR) {
            const char* raw = reinterpret_cast<const char*>(info->vptr);
            AnnotationFields::splitEntries(std::string_view(raw, strnlen(raw, size_t(info->len))),
                                           &s.entries);
            for (const std::string_view entry : s.entries) {
                offsets.push_back(int(fields.size()));
                const std::string_view value = AnnotationFields::field(entry, node.a.field);
                if (value.empty()) {
                    fields.push_back(kMissingText);
                    continue;
                }
                AnnotationFields::values(value, &s.parts);
                for (const std::string_view part : s.parts) {
                    if (AnnotationFields::hasEscape(part)) {
                        const size_t from = text.size();
                        AnnotationFields::unescape(part, &text);
                        addSpan(from);
                    } else {
                        fields.push_back(part);
                    }
                }
            }
        } else {
            offsets.push_back(0);
            fields.push_back(kMissingText);
        }
    }
    offsets.push_back(int(fields.size()));
    if (!spans.empty()) {
        // Resolve the placeholders now that `text` no longer moves.
        size_t span = 0;
        for (std::string_view& field : fields)
            if (field.data() == nullptr && span < spans.size()) {
                field =
                    std::string_view(text.data() + spans[span].first, size_t(spans[span].second));
                ++span;
            }
    }

    std::vector<uint8_t>& out = ctx.flags(index, items);
    bool any = false;
    if (!present && !b.hasValues) {
        if (ml[2]) {
            std::fill(out.begin(), out.end(), uint8_t(1));
            any = items > 0;
        }
        return any;
    }
    if (!present) {
        if (ml[hasMissingField(b.fields, b.count) ? 2 : 1]) {
            std::fill(out.begin(), out.end(), uint8_t(1));
            any = items > 0;
        }
        return any;
    }
    for (int i = 0; i < items && i + 1 < int(offsets.size()); ++i) {
        const std::string_view* f = fields.data() + offsets[size_t(i)];
        const int n = offsets[size_t(i) + 1] - offsets[size_t(i)];
        bool pass;
        if (!b.hasValues)
            pass = ml[hasMissingField(f, n) ? 2 : 1];
        else if (regex)
            pass = regexFields(*regex, f, n, node.op, ml);
        else
            pass = matchFields(f, n, b.fields, b.count, node.op, ml);
        if (pass) {
            out[size_t(i)] = 1;
            any = true;
        }
    }
    return any;
}

} // namespace steward
