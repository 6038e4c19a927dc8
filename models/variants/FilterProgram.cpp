#include "models/variants/FilterProgram.h"

#include <algorithm>
#include <cstring>

namespace steward {

using Op = FilterProgram::Op;

// --- Regex -----------------------------------------------------------------------------------

std::shared_ptr<const FilterProgram::Regex>
FilterProgram::Regex::compile(const std::string& pattern, bool caseInsensitive, std::string* error)
{
    regex_t compiled;
    const int flags = REG_NOSUB | (caseInsensitive ? REG_ICASE : 0);
    const int status = regcomp(&compiled, pattern.c_str(), flags);
    if (status != 0) {
        // regcomp frees what it built when it fails; only the message is left to read.
        char message[256];
        regerror(status, &compiled, message, sizeof message);
        if (error)
            *error = message;
        return nullptr;
    }
    std::shared_ptr<Regex> regex(new Regex);
    regex->m_regex = compiled; // a handle: the copy owns what regcomp allocated
    return regex;
}

FilterProgram::Regex::~Regex()
{
    regfree(&m_regex);
}

bool FilterProgram::Regex::matches(std::string_view text) const
{
    // REG_STARTEND: no copy to NUL-terminate a field that lives inside the record.
    regmatch_t range[1];
    range[0].rm_so = 0;
    range[0].rm_eo = regoff_t(text.size());
    const char* data = text.empty() ? "" : text.data();
    return regexec(&m_regex, data, 1, range, REG_STARTEND) == 0;
}

// --- Program -----------------------------------------------------------------------------------

bool FilterProgram::Source::isPerItem() const
{
    return kind == Kind::FormatNumber || kind == Kind::FormatText || kind == Kind::Genotype ||
           kind == Kind::Annotation;
}

const bcf_info_t* FilterProgram::findInfo(const bcf1_t* record, int id)
{
    for (int i = 0; i < int(record->n_info); ++i)
        if (record->d.info[i].key == id && record->d.info[i].vptr)
            return &record->d.info[i];
    return nullptr;
}

const bcf_fmt_t* FilterProgram::findFormat(const bcf1_t* record, int id)
{
    for (int i = 0; i < int(record->n_fmt); ++i)
        if (record->d.fmt[i].id == id && record->d.fmt[i].p)
            return &record->d.fmt[i];
    return nullptr;
}

FilterProgram::FilterProgram(const bcf_hdr_t* header)
    : m_header(header), m_samples(header ? bcf_hdr_nsamples(header) : 0)
{}

int FilterProgram::addNode(Node node)
{
    m_nodes.push_back(std::move(node));
    return int(m_nodes.size()) - 1;
}

int FilterProgram::annotationDimension(int tagId)
{
    for (size_t i = 0; i < m_annotationTags.size(); ++i)
        if (m_annotationTags[i] == tagId)
            return int(i) + 2;
    m_annotationTags.push_back(tagId);
    return int(m_annotationTags.size()) + 1;
}

bool FilterProgram::matches(bcf1_t* record, int sampleIndex) const
{
    if (!record || m_root < 0)
        return false;
    static thread_local Scratch scratch;
    if (scratch.flags.size() < m_nodes.size())
        scratch.flags.resize(m_nodes.size());
    scratch.entryCounts.assign(m_annotationTags.size(), -1);
    bcf_unpack(record, m_unpack);

    int begin = 0;
    int end = std::min(m_samples, int(record->n_sample));
    if (sampleIndex >= 0) {
        begin = std::min(sampleIndex, end);
        end = std::min(sampleIndex + 1, end);
    }
    Context ctx{record, begin, end, scratch};
    return evaluate(m_root, ctx);
}

int FilterProgram::itemCount(int dimension, Context& ctx) const
{
    if (dimension == kSampleDimension)
        return ctx.sampleEnd - ctx.sampleBegin;
    int& count = ctx.scratch.entryCounts[size_t(dimension - 2)];
    if (count < 0) {
        const bcf_info_t* info = findInfo(ctx.record, m_annotationTags[size_t(dimension - 2)]);
        count = 1; // an absent tag reads as one entry whose fields are all missing
        if (info && info->type == BCF_BT_CHAR) {
            const char* s = reinterpret_cast<const char*>(info->vptr);
            const size_t n = strnlen(s, size_t(info->len));
            count = int(std::count(s, s + n, ',')) + 1;
        }
    }
    return count;
}

bool FilterProgram::evaluate(int index, Context& ctx) const
{
    const Node& node = m_nodes[size_t(index)];
    switch (node.kind) {
    case NodeKind::Logic:
        return evaluateLogic(index, ctx);
    case NodeKind::Not: {
        const bool result = !evaluate(node.left, ctx);
        if (node.dimension != kSiteDimension) {
            const std::vector<uint8_t>& in = ctx.scratch.flags[size_t(node.left)];
            std::vector<uint8_t>& out = ctx.flags(index, int(in.size()));
            for (size_t i = 0; i < in.size(); ++i)
                out[i] = !in[i];
        }
        return result;
    }
    case NodeKind::FlagTest:
        return findInfo(ctx.record, node.tagId) != nullptr;
    case NodeKind::Numbers:
        return evaluateNumbers(index, ctx);
    case NodeKind::Texts:
        return evaluateTexts(index, ctx);
    case NodeKind::Filter:
        return evaluateFilter(node, ctx.record);
    case NodeKind::Id:
        return evaluateId(node, ctx.record);
    case NodeKind::Type:
        return evaluateType(node, ctx.record);
    }
    return false;
}

bool FilterProgram::evaluateLogic(int index, Context& ctx) const
{
    const Node& node = m_nodes[size_t(index)];
    const Node& left = m_nodes[size_t(node.left)];
    const Node& right = m_nodes[size_t(node.right)];
    const bool isAnd = node.logic == Logic::And || node.logic == Logic::AndAnywhere;

    if (node.dimension == kSiteDimension) {
        // Site answers only (or per-sample against per-entry): plain boolean logic.
        const bool a = evaluate(node.left, ctx);
        if (isAnd ? !a : a)
            return a;
        return evaluate(node.right, ctx);
    }

    // bcftools' vector_logic_and / vector_logic_or, one flag per sample or entry.
    const int count = itemCount(node.dimension, ctx);
    if (isAnd) {
        const bool a = evaluate(node.left, ctx);
        const bool b = a && evaluate(node.right, ctx);
        std::vector<uint8_t>& out = ctx.flags(index, count);
        if (!a || !b)
            return false;
        if (left.dimension == kSiteDimension || right.dimension == kSiteDimension) {
            const int side = left.dimension == kSiteDimension ? node.right : node.left;
            out = ctx.scratch.flags[size_t(side)];
            return true;
        }
        const std::vector<uint8_t>& fa = ctx.scratch.flags[size_t(node.left)];
        const std::vector<uint8_t>& fb = ctx.scratch.flags[size_t(node.right)];
        if (node.logic == Logic::AndAnywhere) {
            for (int i = 0; i < count; ++i)
                out[size_t(i)] = fa[size_t(i)] | fb[size_t(i)];
            return true;
        }
        bool any = false;
        for (int i = 0; i < count; ++i) {
            out[size_t(i)] = fa[size_t(i)] & fb[size_t(i)];
            any = any || out[size_t(i)];
        }
        return any;
    }

    const bool a = evaluate(node.left, ctx);
    const bool b = evaluate(node.right, ctx);
    std::vector<uint8_t>& out = ctx.flags(index, count);
    if (!a && !b)
        return false;
    const bool leftSite = left.dimension == kSiteDimension;
    const bool rightSite = right.dimension == kSiteDimension;
    if (node.logic == Logic::OrAnywhere) {
        if ((leftSite && !a) || (rightSite && !b)) {
            out = ctx.scratch.flags[size_t(leftSite ? node.right : node.left)];
        } else {
            std::fill(out.begin(), out.end(), uint8_t(1));
        }
        return true;
    }
    if (leftSite || rightSite) {
        out = ctx.scratch.flags[size_t(leftSite ? node.right : node.left)];
        return true;
    }
    const std::vector<uint8_t>& fa = ctx.scratch.flags[size_t(node.left)];
    const std::vector<uint8_t>& fb = ctx.scratch.flags[size_t(node.right)];
    for (int i = 0; i < count; ++i)
        out[size_t(i)] = fa[size_t(i)] | fb[size_t(i)];
    return true;
}

bool FilterProgram::evaluateFilter(const Node& node, const bcf1_t* record) const
{
    // filters_cmp_filter: = is an exact match of the set, ~ asks for a subset.
    const int nflt = record->d.n_flt;
    const int* flt = record->d.flt;
    const std::vector<int>& query = node.filterIds;
    auto allPresent = [&]() {
        for (const int id : query)
            if (std::find(flt, flt + nflt, id) == flt + nflt)
                return false;
        return true;
    };
    switch (node.op) {
    case Op::Equal:
        if (int(query.size()) != nflt)
            return false;
        return query.empty() || allPresent();
    case Op::NotEqual:
        if (int(query.size()) != nflt)
            return true;
        return !query.empty() && !allPresent();
    case Op::Like:
        if (query.empty())
            return nflt == 0;
        return nflt > 0 && allPresent();
    case Op::NotLike:
        if (query.empty())
            return nflt > 0;
        return nflt == 0 || !allPresent();
    default:
        return false;
    }
}

bool FilterProgram::evaluateId(const Node& node, const bcf1_t* record) const
{
    // filters_cmp_id: each of the ';'-separated IDs; != and !~ hold when none matches.
    const char* ids = record->d.id ? record->d.id : ".";
    const std::string_view all(ids);
    bool found = false;
    size_t begin = 0;
    while (!found) {
        size_t end = all.find(';', begin);
        const std::string_view id =
            all.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
        if (node.regex)
            found = node.regex->matches(id);
        else
            found = id == node.text;
        if (end == std::string_view::npos)
            break;
        begin = end + 1;
    }
    const bool negate = node.op == Op::NotEqual || node.op == Op::NotLike;
    return negate ? !found : found;
}

bool FilterProgram::evaluateType(const Node& node, bcf1_t* record) const
{
    // filters_set_type: htslib's VCF_* bits shifted left, with 1 for a reference-only site.
    const int types = bcf_get_variant_types(record);
    const int value = types ? types << 1 : 1;
    bool found = false;
    for (const int code : node.typeCodes) {
        if (node.op == Op::Like || node.op == Op::NotLike)
            found = found || (value & code);
        else
            found = found || value == code;
    }
    const bool negate = node.op == Op::NotEqual || node.op == Op::NotLike;
    return negate ? !found : found;
}

} // namespace steward
