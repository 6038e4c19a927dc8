#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <regex.h>

#include <htslib/vcf.h>

namespace steward {

/**
 * A compiled filter expression: a tree of nodes whose header ids and constants are resolved
 * once, evaluated record by record with bcftools' semantics (filter.c, filter_test). Built by
 * FilterParser; immutable afterwards, so one program serves any number of threads. Scratch
 * memory is per thread and reused, so evaluation allocates nothing once warm.
 */
class FilterProgram final
{
public:
    enum class Op : uint8_t
    {
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Like,
        NotLike,
    };

    /** &, &&, |, || as bcftools defines them for per-sample (and here per-transcript) tests. */
    enum class Logic : uint8_t
    {
        And,         // &: both in the same sample (or transcript entry)
        AndAnywhere, // &&: each in some sample
        Or,          // |
        OrAnywhere,  // ||
    };

    /** A POSIX basic regular expression, as bcftools compiles it (regcomp, REG_NOSUB). */
    class Regex final
    {
    public:
        /** Null, with regerror()'s message, when @p pattern does not compile. */
        static std::shared_ptr<const Regex> compile(const std::string& pattern,
                                                    bool caseInsensitive, std::string* error);
        ~Regex();
        Regex(const Regex&) = delete;
        Regex& operator=(const Regex&) = delete;

        bool matches(std::string_view text) const;

    private:
        Regex() = default;
        regex_t m_regex{};
    };

    /** Where one side of a comparison takes its values from. */
    struct Source
    {
        enum class Kind : uint8_t
        {
            // one list of numbers per site
            NumberConstant,
            MissingNumber,
            Qual,
            Pos,
            AltCount,
            InfoNumber,
            InfoFlag,
            // numbers per sample
            FormatNumber,
            // one list of texts per site
            TextConstant,
            Chrom,
            Ref,
            Alt,
            InfoText,
            // texts per sample
            FormatText,
            Genotype,
            // per annotation entry (transcript): texts, or numbers against a number
            Annotation,
        };
        /** How a Genotype source renders each sample (bcftools' filters_set_genotype*). */
        enum class GenotypeForm : uint8_t
        {
            Written,    // "0/1", "1|1", "." as bcf_format_gt writes it
            ZygosityRA, // r, a, rr, ra, aa, aA
            Ploidy,     // hap, hom, het, "." when missing
            Presence,   // mis, ref, alt
        };

        Kind kind = Kind::NumberConstant;
        int tagId = -1;
        bool firstOnly = false; // Number=1: bcftools reads the first value only
        double number = 0;
        std::vector<std::string> texts; // TextConstant, split on ',' as bcftools does
        int field = -1;                 // Annotation: sub-field index
        int dimension = 0;              // Annotation: its entries' dimension
        GenotypeForm genotype = GenotypeForm::Written;

        bool isPerItem() const;
    };

    enum class NodeKind : uint8_t
    {
        Logic,
        Not,
        FlagTest,
        Numbers,
        Texts,
        Filter,
        Id,
        Type,
    };

    struct Node
    {
        NodeKind kind = NodeKind::FlagTest;
        /** 0: one answer per site; 1: per sample; 2 + k: per entry of annotation tag k. */
        int dimension = 0;
        Logic logic = Logic::And;
        int left = -1;
        int right = -1;
        Op op = Op::Equal;
        Source a; // the field (per-item side first)
        Source b; // the other field or the constant
        std::shared_ptr<const Regex> regex;
        int tagId = -1;             // FlagTest
        std::vector<int> filterIds; // Filter: the query; empty for "."
        std::vector<int> typeCodes; // Type: bcftools' codes (htslib type << 1, or 1 for ref)
        std::string text;           // Id: the constant
    };

    static constexpr int kSiteDimension = 0;
    static constexpr int kSampleDimension = 1;

    explicit FilterProgram(const bcf_hdr_t* header);
    FilterProgram(const FilterProgram&) = delete;
    FilterProgram& operator=(const FilterProgram&) = delete;

    int addNode(Node node);
    const Node& node(int index) const { return m_nodes[size_t(index)]; }
    int nodeCount() const { return int(m_nodes.size()); }
    void setRoot(int index) { m_root = index; }
    int root() const { return m_root; }

    /** The dimension of the entries of annotation tag @p tagId (one per tag). */
    int annotationDimension(int tagId);

    /** BCF_UN_* flags the program reads. */
    int unpackFlags() const { return m_unpack; }
    void addUnpack(int flags) { m_unpack |= flags; }

    const bcf_hdr_t* header() const { return m_header; }
    int sampleCount() const { return m_samples; }

    /**
     * Evaluates the program on @p record (unpacking what it needs). @p sampleIndex restricts
     * per-sample tests to that sample; -1 lets any sample pass them, as bcftools does.
     */
    bool matches(bcf1_t* record, int sampleIndex) const;

    /** The INFO field with header id @p id in an unpacked record, or null. */
    static const bcf_info_t* findInfo(const bcf1_t* record, int id);
    /** The FORMAT field with header id @p id in an unpacked record, or null. */
    static const bcf_fmt_t* findFormat(const bcf1_t* record, int id);

private:
    /** Per-thread buffers, grown as needed and reused: evaluation allocates nothing once warm. */
    struct Scratch
    {
        std::vector<double> numbers[2];
        std::vector<int> offsets[2];
        std::vector<std::string_view> fields[2];
        std::vector<std::pair<int, int>> spans[2]; // fields held in text[] until it stops growing
        std::string text[2];
        std::vector<std::string_view> entries;
        std::vector<std::string_view> parts;
        std::vector<std::vector<uint8_t>> flags; // by node
        std::vector<int> entryCounts;            // by annotation dimension - 2
    };

    /** One evaluation: the record, the samples in play and this thread's scratch. */
    struct Context
    {
        bcf1_t* record;
        int sampleBegin;
        int sampleEnd;
        Scratch& scratch;

        std::vector<uint8_t>& flags(int node, int count)
        {
            std::vector<uint8_t>& f = scratch.flags[size_t(node)];
            f.assign(size_t(count), 0);
            return f;
        }
    };

    bool evaluate(int index, Context& ctx) const;
    bool evaluateLogic(int index, Context& ctx) const;
    // FilterProgramComparisons.cpp: reading values and comparing them as bcftools does.
    bool evaluateNumbers(int index, Context& ctx) const;
    bool evaluateTexts(int index, Context& ctx) const;
    bool evaluateFilter(const Node& node, const bcf1_t* record) const;
    bool evaluateId(const Node& node, const bcf1_t* record) const;
    bool evaluateType(const Node& node, bcf1_t* record) const;
    int itemCount(int dimension, Context& ctx) const;

    const bcf_hdr_t* m_header;
    int m_samples;
    int m_unpack = 0;
    int m_root = -1;
    std::vector<Node> m_nodes;
    std::vector<int> m_annotationTags; // by dimension - 2
};

} // namespace steward
