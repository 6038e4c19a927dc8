// FilterParser, part two: what a word names in the header and which tests the operands allow
// (bcftools' filters_init1 and the checks of filter_init_).

#include "models/variants/FilterParser.h"

#include <string>
#include <utility>

#include <QRegularExpression>

#include "models/variants/AnnotationFields.h"

namespace steward {

using Op = FilterProgram::Op;
using Logic = FilterProgram::Logic;
using Source = FilterProgram::Source;
using SourceKind = FilterProgram::Source::Kind;
using TokenKind = FilterToken::Kind;

namespace {

Op toOp(TokenKind kind)
{
    switch (kind) {
    case TokenKind::NotEqual:
        return Op::NotEqual;
    case TokenKind::Less:
        return Op::Less;
    case TokenKind::LessEqual:
        return Op::LessEqual;
    case TokenKind::Greater:
        return Op::Greater;
    case TokenKind::GreaterEqual:
        return Op::GreaterEqual;
    case TokenKind::Like:
        return Op::Like;
    case TokenKind::NotLike:
        return Op::NotLike;
    default:
        return Op::Equal;
    }
}

/** The operator that gives the same answer with the two sides swapped. */
Op mirrored(Op op)
{
    switch (op) {
    case Op::Less:
        return Op::Greater;
    case Op::LessEqual:
        return Op::GreaterEqual;
    case Op::Greater:
        return Op::Less;
    case Op::GreaterEqual:
        return Op::LessEqual;
    default:
        return op;
    }
}

bool isRegexOp(Op op)
{
    return op == Op::Like || op == Op::NotLike;
}

bool isOrderOp(Op op)
{
    return op == Op::Less || op == Op::LessEqual || op == Op::Greater || op == Op::GreaterEqual;
}

/** bcftools splits text constants on ',' (OR logic), stopping at a final ','. */
std::vector<std::string> splitConstant(const QString& text)
{
    const std::string s = text.toStdString();
    std::vector<std::string> out;
    size_t begin = 0;
    while (begin < s.size() && s[begin]) {
        size_t mid = begin;
        while (mid < s.size() && s[mid] && s[mid] != ',')
            ++mid;
        out.push_back(s.substr(begin, mid - begin));
        if (mid >= s.size() || !s[mid])
            break;
        begin = mid + 1;
    }
    return out;
}

int dimensionOf(const Source& source)
{
    switch (source.kind) {
    case SourceKind::FormatNumber:
    case SourceKind::FormatText:
    case SourceKind::Genotype:
        return FilterProgram::kSampleDimension;
    case SourceKind::Annotation:
        return source.dimension;
    default:
        return FilterProgram::kSiteDimension;
    }
}

QStringList headerFilters(const bcf_hdr_t* header)
{
    QStringList names;
    for (int i = 0; i < header->n[BCF_DT_ID]; ++i) {
        const bcf_idpair_t& pair = header->id[BCF_DT_ID][i];
        if (pair.key && pair.val && pair.val->hrec[BCF_HL_FLT])
            names.append(QString::fromUtf8(pair.key));
    }
    return names;
}

} // namespace

std::optional<FilterParser::Operand> FilterParser::resolveWord(const FilterToken& token)
{
    Operand operand;
    operand.kind = Operand::Kind::Field;
    operand.position = token.position;
    operand.spelling = token.text;
    const QString word = token.text;
    if (word == QLatin1String(".")) {
        operand.kind = Operand::Kind::Missing;
        return operand;
    }

    enum class Scope
    {
        Any,
        Info,
        Format
    } scope = Scope::Any;
    QString name = word;
    if (word.startsWith(QLatin1String("INFO/"), Qt::CaseInsensitive)) {
        scope = Scope::Info;
        name = word.mid(5);
    } else if (word.startsWith(QLatin1String("FORMAT/"), Qt::CaseInsensitive)) {
        scope = Scope::Format;
        name = word.mid(7);
    } else if (word.startsWith(QLatin1String("FMT/"), Qt::CaseInsensitive)) {
        scope = Scope::Format;
        name = word.mid(4);
    }
    if (name.isEmpty()) {
        fail(tr("A tag name is missing after '%1' at position %2.").arg(word).arg(token.position),
             token.position);
        return std::nullopt;
    }
    if (name.contains(u'[')) {
        fail(tr("Subscripts such as '%1' (position %2) are not supported: compare the whole "
                "field, where any value may match.")
                 .arg(word)
                 .arg(token.position),
             token.position);
        return std::nullopt;
    }

    if (scope == Scope::Any) {
        const QString upper = name.toUpper();
        auto keyword = [&](Operand::Values values, SourceKind kind, int unpack) {
            operand.values = values;
            operand.source.kind = kind;
            m_program->addUnpack(unpack);
            return operand;
        };
        if (upper == QLatin1String("QUAL"))
            return keyword(Operand::Values::Numbers, SourceKind::Qual, 0);
        if (upper == QLatin1String("POS"))
            return keyword(Operand::Values::Numbers, SourceKind::Pos, 0);
        if (upper == QLatin1String("N_ALT"))
            return keyword(Operand::Values::Numbers, SourceKind::AltCount, 0);
        if (upper == QLatin1String("CHROM"))
            return keyword(Operand::Values::Texts, SourceKind::Chrom, 0);
        if (upper == QLatin1String("REF"))
            return keyword(Operand::Values::Texts, SourceKind::Ref, BCF_UN_STR);
        if (upper == QLatin1String("ALT"))
            return keyword(Operand::Values::Texts, SourceKind::Alt, BCF_UN_STR);
        if (upper == QLatin1String("ID"))
            return keyword(Operand::Values::Id, SourceKind::TextConstant, BCF_UN_STR);
        if (upper == QLatin1String("FILTER"))
            return keyword(Operand::Values::Filter, SourceKind::TextConstant, BCF_UN_FLT);
        if (upper == QLatin1String("TYPE"))
            return keyword(Operand::Values::Type, SourceKind::TextConstant, BCF_UN_STR);
        if (upper == QLatin1String("N_SAMPLES")) {
            operand.kind = Operand::Kind::Number;
            operand.number = bcf_hdr_nsamples(m_header);
            return operand;
        }
    }

    const int slash = int(name.indexOf(u'/'));
    if (slash >= 0) {
        if (scope == Scope::Format) {
            fail(tr("FORMAT tags have no sub-fields: '%1' at position %2.")
                     .arg(word)
                     .arg(token.position),
                 token.position);
            return std::nullopt;
        }
        return resolveAnnotation(token, name.left(slash), name.mid(slash + 1));
    }

    const QByteArray utf8 = name.toUtf8();
    const int id = bcf_hdr_id2int(m_header, BCF_DT_ID, utf8.constData());
    const bool isInfo = id >= 0 && bcf_hdr_idinfo_exists(m_header, BCF_HL_INFO, id);
    const bool isFormat = id >= 0 && bcf_hdr_idinfo_exists(m_header, BCF_HL_FMT, id);
    if (scope == Scope::Any) {
        if (isInfo && isFormat) {
            fail(tr("'%1' at position %2 is both an INFO and a FORMAT tag: write INFO/%1 or "
                    "FMT/%1.")
                     .arg(name)
                     .arg(token.position),
                 token.position);
            return std::nullopt;
        }
        scope = isFormat ? Scope::Format : isInfo ? Scope::Info : Scope::Any;
    }
    if (scope == Scope::Any || (scope == Scope::Info && !isInfo) ||
        (scope == Scope::Format && !isFormat)) {
        QString message;
        int position = token.position;
        const int arithmetic = int(name.indexOf(QRegularExpression(QStringLiteral("[-+*]"))));
        if (scope == Scope::Info && isFormat)
            message = tr("The header defines no INFO tag '%1' (position %2), only a FORMAT "
                         "tag: write FMT/%1.")
                          .arg(name)
                          .arg(token.position);
        else if (scope == Scope::Format && isInfo)
            message = tr("The header defines no FORMAT tag '%1' (position %2), only an INFO "
                         "tag: write INFO/%1.")
                          .arg(name)
                          .arg(token.position);
        else if (scope == Scope::Any &&
                 QStringList{"AN", "AC", "AF", "MAC", "MAF", "ILEN", "N_MISSING", "F_MISSING"}
                     .contains(name.toUpper()))
            message = tr("The header defines no INFO tag '%1' (position %2); bcftools would "
                         "compute it from the genotypes, Steward filters do not.")
                          .arg(name)
                          .arg(token.position);
        else if (arithmetic > 0) {
            // '+', '-' and '*' may sit inside names (GERP++_RS), so "QUAL+1" is one word.
            position = token.position + int(word.size() - name.size()) + arithmetic;
            message = tr("Arithmetic ('%1' at position %2) is not supported in filters.")
                          .arg(name[arithmetic])
                          .arg(position);
        } else
            message = tr("Unknown tag '%1' at position %2: the header defines no such INFO or "
                         "FORMAT tag. To compare with the text %1, put it in quotes: \"%1\".")
                          .arg(name)
                          .arg(token.position);
        fail(message, position);
        return std::nullopt;
    }

    operand.source.tagId = id;
    if (scope == Scope::Format) {
        m_program->addUnpack(BCF_UN_FMT);
        if (name == QLatin1String("GT")) {
            operand.values = Operand::Values::Genotype;
            operand.source.kind = SourceKind::Genotype;
            return operand;
        }
        operand.source.firstOnly = bcf_hdr_id2number(m_header, BCF_HL_FMT, id) == 1;
        switch (bcf_hdr_id2type(m_header, BCF_HL_FMT, id)) {
        case BCF_HT_INT:
        case BCF_HT_REAL:
            operand.values = Operand::Values::Numbers;
            operand.source.kind = SourceKind::FormatNumber;
            return operand;
        default:
            operand.values = Operand::Values::Texts;
            operand.source.kind = SourceKind::FormatText;
            return operand;
        }
    }
    m_program->addUnpack(BCF_UN_INFO);
    operand.source.firstOnly = bcf_hdr_id2number(m_header, BCF_HL_INFO, id) == 1;
    switch (bcf_hdr_id2type(m_header, BCF_HL_INFO, id)) {
    case BCF_HT_FLAG:
        operand.values = Operand::Values::Flag;
        operand.source.kind = SourceKind::InfoFlag;
        return operand;
    case BCF_HT_INT:
    case BCF_HT_REAL:
        operand.values = Operand::Values::Numbers;
        operand.source.kind = SourceKind::InfoNumber;
        return operand;
    default:
        operand.values = Operand::Values::Texts;
        operand.source.kind = SourceKind::InfoText;
        return operand;
    }
}

std::optional<FilterParser::Operand> FilterParser::resolveAnnotation(const FilterToken& token,
                                                                     const QString& tag,
                                                                     const QString& subField)
{
    const QByteArray utf8 = tag.toUtf8();
    const int id = bcf_hdr_id2int(m_header, BCF_DT_ID, utf8.constData());
    if (id < 0 || !bcf_hdr_idinfo_exists(m_header, BCF_HL_INFO, id)) {
        fail(tr("Unknown tag '%1' in '%2' at position %3: the header defines no such INFO tag.")
                 .arg(tag)
                 .arg(token.text)
                 .arg(token.position),
             token.position);
        return std::nullopt;
    }
    const AnnotationFields fields = AnnotationFields::fromHeader(m_header, tag);
    if (fields.isEmpty()) {
        fail(tr("INFO/%1 has no sub-fields ('%2' at position %3): its header description does "
                "not list them as in \"Format: Allele|Consequence|...\".")
                 .arg(tag)
                 .arg(token.text)
                 .arg(token.position),
             token.position);
        return std::nullopt;
    }
    const int index = subField.isEmpty() ? -1 : fields.indexOf(subField);
    if (index < 0) {
        fail(tr("INFO/%1 has no sub-field '%2' (position %3). Its sub-fields are: %4.")
                 .arg(tag, subField)
                 .arg(token.position)
                 .arg(fields.names().join(QLatin1String(", "))),
             token.position);
        return std::nullopt;
    }
    m_program->addUnpack(BCF_UN_INFO);
    Operand operand;
    operand.kind = Operand::Kind::Field;
    operand.values = Operand::Values::Annotation;
    operand.position = token.position;
    operand.spelling = token.text;
    operand.source.kind = SourceKind::Annotation;
    operand.source.tagId = id;
    operand.source.field = index;
    operand.source.dimension = m_program->annotationDimension(id);
    return operand;
}

std::shared_ptr<const FilterProgram::Regex> FilterParser::compileRegex(const Operand& value,
                                                                       const QString& text)
{
    // bcftools: a final "/i" (not "\\/i") makes the expression ignore case.
    std::string pattern = text.toStdString();
    bool caseInsensitive = false;
    const size_t n = pattern.size();
    if (n > 2 && pattern[n - 1] == 'i' && pattern[n - 2] == '/' && pattern[n - 3] != '\\') {
        pattern.resize(n - 2);
        caseInsensitive = true;
    }
    std::string why;
    std::shared_ptr<const FilterProgram::Regex> regex =
        FilterProgram::Regex::compile(pattern, caseInsensitive, &why);
    if (!regex)
        fail(tr("Cannot read the regular expression %1 at position %2: %3.")
                 .arg(value.spelling)
                 .arg(value.position)
                 .arg(QString::fromStdString(why)),
             value.position);
    return regex;
}

std::optional<int> FilterParser::buildBare(const Operand& value)
{
    if (value.kind == Operand::Kind::Field && value.values == Operand::Values::Flag) {
        FilterProgram::Node node;
        node.kind = FilterProgram::NodeKind::FlagTest;
        node.tagId = value.source.tagId;
        return m_program->addNode(std::move(node));
    }
    if (value.kind != Operand::Kind::Field) {
        fail(tr("'%1' at position %2 is a value with no field to compare it with.")
                 .arg(value.spelling)
                 .arg(value.position),
             value.position);
        return std::nullopt;
    }
    QString example;
    switch (value.values) {
    case Operand::Values::Numbers:
        example = value.spelling + QLatin1String(">10");
        break;
    case Operand::Values::Filter:
        example = value.spelling + QLatin1String("=\"PASS\"");
        break;
    case Operand::Values::Type:
        example = value.spelling + QLatin1String("=\"snp\"");
        break;
    case Operand::Values::Genotype:
        example = value.spelling + QLatin1String("=\"het\"");
        break;
    default:
        example = value.spelling + QLatin1String("=\"...\"");
        break;
    }
    fail(tr("'%1' at position %2 needs a comparison, for example %3 (only Flag tags stand "
            "alone).")
             .arg(value.spelling)
             .arg(value.position)
             .arg(example),
         value.position);
    return std::nullopt;
}

std::optional<int> FilterParser::buildTest(Operand lhs, const FilterToken& opToken, Operand rhs)
{
    Op op = toOp(opToken.kind);
    const QString opText = opToken.text;
    if (lhs.kind != Operand::Kind::Field && rhs.kind != Operand::Kind::Field) {
        fail(tr("'%1 %2 %3' at position %4 compares two constants; one side must be a field "
                "such as QUAL or INFO/DP.")
                 .arg(lhs.spelling, opText, rhs.spelling)
                 .arg(lhs.position),
             lhs.position);
        return std::nullopt;
    }
    if (lhs.kind != Operand::Kind::Field) {
        if (isRegexOp(op)) {
            fail(tr("The regular expression must follow '%1': write %2 %1 \"...\" (position "
                    "%3).")
                     .arg(opText, rhs.spelling)
                     .arg(opToken.position),
                 opToken.position);
            return std::nullopt;
        }
        std::swap(lhs, rhs);
        op = mirrored(op);
    }
    if (lhs.isSpecial())
        return buildSpecial(lhs, op, opToken, rhs);
    if (rhs.kind == Operand::Kind::Field && rhs.isSpecial()) {
        fail(tr("Compare %1 with a quoted value, not with %2 (position %3).")
                 .arg(rhs.spelling, lhs.spelling)
                 .arg(rhs.position),
             rhs.position);
        return std::nullopt;
    }

    FilterProgram::Node node;
    node.op = op;
    node.a = lhs.source;
    const bool annotation = lhs.values == Operand::Values::Annotation;
    const bool numeric = lhs.values == Operand::Values::Numbers ||
                         lhs.values == Operand::Values::Flag ||
                         (annotation && rhs.kind == Operand::Kind::Number);

    if (numeric) {
        node.kind = FilterProgram::NodeKind::Numbers;
        if (isRegexOp(op)) {
            fail(tr("'%1' matches text, but %2 holds numbers (position %3).")
                     .arg(opText, lhs.spelling)
                     .arg(opToken.position),
                 opToken.position);
            return std::nullopt;
        }
        if (rhs.kind == Operand::Kind::Number) {
            node.b.kind = SourceKind::NumberConstant;
            node.b.number = rhs.number;
        } else if (lhs.values != Operand::Values::Flag &&
                   (rhs.kind == Operand::Kind::Missing ||
                    (rhs.kind == Operand::Kind::Text && rhs.text == QLatin1String(".")))) {
            node.b.kind = SourceKind::MissingNumber;
        } else if (rhs.kind == Operand::Kind::Field &&
                   (rhs.values == Operand::Values::Numbers ||
                    rhs.values == Operand::Values::Flag) &&
                   !annotation) {
            node.b = rhs.source;
        } else if (lhs.values == Operand::Values::Flag) {
            fail(tr("%1 is a flag: write %1 alone, !%1, %1=1 or %1=0 (position %2).")
                     .arg(lhs.spelling)
                     .arg(rhs.position),
                 rhs.position);
            return std::nullopt;
        } else if (rhs.kind == Operand::Kind::Text) {
            fail(tr("%1 holds numbers: compare it with a number without quotes, or with "
                    "\".\" for a missing value (position %2).")
                     .arg(lhs.spelling)
                     .arg(rhs.position),
                 rhs.position);
            return std::nullopt;
        } else {
            fail(tr("Cannot compare the numbers of %1 with the text of %2 (position %3).")
                     .arg(lhs.spelling, rhs.spelling)
                     .arg(rhs.position),
                 rhs.position);
            return std::nullopt;
        }
    } else {
        node.kind = FilterProgram::NodeKind::Texts;
        if (isOrderOp(op)) {
            fail(tr("%1 holds text: use =, !=, ~ or !~, not '%2' (position %3).")
                     .arg(lhs.spelling, opText)
                     .arg(opToken.position),
                 opToken.position);
            return std::nullopt;
        }
        if (rhs.kind == Operand::Kind::Text || rhs.kind == Operand::Kind::Missing) {
            const QString text =
                rhs.kind == Operand::Kind::Missing ? QStringLiteral(".") : rhs.text;
            node.b.kind = SourceKind::TextConstant;
            node.b.texts = splitConstant(text);
            if (isRegexOp(op) && !(node.regex = compileRegex(rhs, text)))
                return std::nullopt;
        } else if (rhs.kind == Operand::Kind::Number) {
            fail(tr("%1 holds text: put the value in quotes, as in %1=\"%2\" (position %3).")
                     .arg(lhs.spelling, rhs.spelling)
                     .arg(rhs.position),
                 rhs.position);
            return std::nullopt;
        } else if (isRegexOp(op)) {
            fail(tr("'%1' needs a quoted regular expression after it, not %2 (position %3).")
                     .arg(opText, rhs.spelling)
                     .arg(rhs.position),
                 rhs.position);
            return std::nullopt;
        } else if (rhs.values == Operand::Values::Texts && !annotation) {
            node.b = rhs.source;
        } else {
            fail(tr("Cannot compare the text of %1 with %2 (position %3).")
                     .arg(lhs.spelling, rhs.spelling)
                     .arg(rhs.position),
                 rhs.position);
            return std::nullopt;
        }
    }

    // Keep the per-sample (or per-entry) side first.
    if (!node.a.isPerItem() && node.b.isPerItem()) {
        std::swap(node.a, node.b);
        node.op = mirrored(node.op);
    }
    if (node.a.isPerItem() && node.b.isPerItem() &&
        (node.kind == FilterProgram::NodeKind::Texts ||
         dimensionOf(node.a) != dimensionOf(node.b))) {
        fail(tr("Cannot compare %1 with %2 sample by sample (position %3).")
                 .arg(lhs.spelling, rhs.spelling)
                 .arg(lhs.position),
             lhs.position);
        return std::nullopt;
    }
    node.dimension = dimensionOf(node.a);
    return m_program->addNode(std::move(node));
}

std::optional<int> FilterParser::buildSpecial(const Operand& field, Op op,
                                              const FilterToken& opToken, const Operand& value)
{
    if (value.kind != Operand::Kind::Text && value.kind != Operand::Kind::Missing) {
        fail(tr("Compare %1 with a quoted value, as in %1=\"%2\" (position %3).")
                 .arg(field.spelling, value.spelling)
                 .arg(value.position),
             value.position);
        return std::nullopt;
    }
    if (isOrderOp(op)) {
        fail(tr("%1 can be tested with =, !=, ~ or !~, not '%2' (position %3).")
                 .arg(field.spelling, opToken.text)
                 .arg(opToken.position),
             opToken.position);
        return std::nullopt;
    }
    const QString text = value.kind == Operand::Kind::Missing ? QStringLiteral(".") : value.text;
    FilterProgram::Node node;
    node.op = op;

    switch (field.values) {
    case Operand::Values::Filter: {
        // filters_cmp_filter: ';' separates several filters; "." is "no filter".
        node.kind = FilterProgram::NodeKind::Filter;
        bool missing = false;
        const QStringList names = text.split(u';');
        for (const QString& name : names) {
            if (name == QLatin1String(".")) {
                missing = true;
                continue;
            }
            const QByteArray utf8 = name.toUtf8();
            const int id = bcf_hdr_id2int(m_header, BCF_DT_ID, utf8.constData());
            if (id < 0 || !bcf_hdr_idinfo_exists(m_header, BCF_HL_FLT, id)) {
                fail(tr("The header defines no filter \"%1\" (position %2). It defines: %3.")
                         .arg(name)
                         .arg(value.position)
                         .arg(headerFilters(m_header).join(QLatin1String(", "))),
                     value.position);
                return std::nullopt;
            }
            node.filterIds.push_back(id);
        }
        if (missing && !node.filterIds.empty()) {
            fail(tr("FILTER cannot be \".\" (no filter) and name filters at once (position %1).")
                     .arg(value.position),
                 value.position);
            return std::nullopt;
        }
        break;
    }
    case Operand::Values::Id:
        node.kind = FilterProgram::NodeKind::Id;
        node.text = text.toStdString();
        if (isRegexOp(op) && !(node.regex = compileRegex(value, text)))
            return std::nullopt;
        break;
    case Operand::Values::Type: {
        // filters_set_type's names; "snp|indel" (any of them) is Steward's addition.
        node.kind = FilterProgram::NodeKind::Type;
        const QStringList names = QString(text).replace(u'|', u',').split(u',');
        for (const QString& raw : names) {
            const QString name = raw.trimmed().toLower();
            int code = 0;
            if (name == QLatin1String("snp") || name == QLatin1String("snps"))
                code = VCF_SNP << 1;
            else if (name == QLatin1String("indel") || name == QLatin1String("indels"))
                code = VCF_INDEL << 1;
            else if (name == QLatin1String("mnp") || name == QLatin1String("mnps"))
                code = VCF_MNP << 1;
            else if (name == QLatin1String("other"))
                code = VCF_OTHER << 1;
            else if (name == QLatin1String("bnd"))
                code = VCF_BND << 1;
            else if (name == QLatin1String("overlap"))
                code = VCF_OVERLAP << 1;
            else if (name == QLatin1String("ref"))
                code = 1;
            if (!code) {
                fail(tr("Unknown variant type \"%1\" at position %2; TYPE is one of snp, indel, "
                        "mnp, ref, other, bnd, overlap.")
                         .arg(raw.trimmed())
                         .arg(value.position),
                     value.position);
                return std::nullopt;
            }
            node.typeCodes.push_back(code);
        }
        break;
    }
    case Operand::Values::Genotype: {
        // filters_init1's genotype classes; any other text is a written genotype ("0/1").
        using Form = Source::GenotypeForm;
        node.kind = FilterProgram::NodeKind::Texts;
        node.dimension = FilterProgram::kSampleDimension;
        node.a = field.source;
        QString key = text;
        const QString lower = text.toLower();
        Form form = Form::ZygosityRA;
        if (lower == QLatin1String("hom") || lower == QLatin1String("het") ||
            lower == QLatin1String("hap")) {
            form = Form::Ploidy;
            key = lower;
        } else if (lower == QLatin1String("mis") || lower == QLatin1String("ref") ||
                   lower == QLatin1String("alt")) {
            form = Form::Presence;
            key = lower;
        } else if (lower == QLatin1String("rr") || lower == QLatin1String("aa") ||
                   lower == QLatin1String("a") || lower == QLatin1String("r")) {
            key = lower;
            if (text == QLatin1String("aA") || text == QLatin1String("Aa"))
                key = QStringLiteral("aA");
        } else if (lower == QLatin1String("ra") || lower == QLatin1String("ar")) {
            key = QStringLiteral("ra");
        } else {
            form = Form::Written;
        }
        node.a.genotype = form;
        node.b.kind = SourceKind::TextConstant;
        node.b.texts = splitConstant(key);
        if (isRegexOp(op) && !(node.regex = compileRegex(value, key)))
            return std::nullopt;
        break;
    }
    default:
        return std::nullopt;
    }
    return m_program->addNode(std::move(node));
}

} // namespace steward
