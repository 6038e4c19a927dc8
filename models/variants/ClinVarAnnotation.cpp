#include "models/variants/ClinVarAnnotation.h"

#include <cstring>
#include <string>

#include "models/variants/AnnotationFields.h"

namespace steward {

namespace {

/** INFO @p id of @p record as text ("." and absent give an empty string). */
QString infoText(bcf1_t* record, int id)
{
    if (id < 0)
        return QString();
    const bcf_info_t* info = bcf_get_info_id(record, id);
    if (!info || info->len <= 0)
        return QString();
    switch (info->type) {
    case BCF_BT_CHAR: {
        const char* p = reinterpret_cast<const char*>(info->vptr);
        const size_t n = strnlen(p, size_t(info->len));
        if (n == 1 && p[0] == '.')
            return QString();
        return QString::fromUtf8(p, qsizetype(n));
    }
    case BCF_BT_INT8:
    case BCF_BT_INT16:
    case BCF_BT_INT32: {
        QStringList parts;
        for (int i = 0; i < info->len; ++i) {
            int32_t v;
            if (info->type == BCF_BT_INT8) {
                const int8_t x = reinterpret_cast<const int8_t*>(info->vptr)[i];
                if (x == bcf_int8_vector_end)
                    break;
                v = x == bcf_int8_missing ? bcf_int32_missing : x;
            } else if (info->type == BCF_BT_INT16) {
                int16_t x;
                std::memcpy(&x, info->vptr + 2 * i, 2);
                if (x == bcf_int16_vector_end)
                    break;
                v = x == bcf_int16_missing ? bcf_int32_missing : x;
            } else {
                std::memcpy(&v, info->vptr + 4 * i, 4);
                if (v == bcf_int32_vector_end)
                    break;
            }
            if (v != bcf_int32_missing)
                parts << QString::number(v);
        }
        return parts.join(QLatin1Char(','));
    }
    default:
        return QString();
    }
}

QString unescaped(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view view(utf8.constData(), size_t(utf8.size()));
    if (!AnnotationFields::hasEscape(view))
        return text.toString();
    std::string out;
    AnnotationFields::unescape(view, &out);
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

/** ClinVar's words with spaces: "Breast-ovarian_cancer,_familial_1" -> "... cancer, familial 1". */
QString spaced(QStringView text)
{
    QString t = unescaped(text);
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    return t.trimmed();
}

// ClinVar's significance terms in its own spelling (clinvar VCF, 2017 onwards).
const char* const kSignificanceTerms[] = {
    "Pathogenic",
    "Likely pathogenic",
    "Uncertain significance",
    "Likely benign",
    "Benign",
    "Conflicting interpretations of pathogenicity",
    "Conflicting classifications of pathogenicity",
    "Pathogenic, low penetrance",
    "Likely pathogenic, low penetrance",
    "Established risk allele",
    "Likely risk allele",
    "Uncertain risk allele",
    "not provided",
    "drug response",
    "risk factor",
    "association",
    "association not found",
    "protective",
    "Affects",
    "other",
    "confers sensitivity",
    "histocompatibility",
    "no classification for the single variant",
    "no classifications from unflagged records",
    "no interpretation for the single variant",
};

// CLNSIG codes of ClinVar's VCF before 2017, for headers that do not explain them.
QString legacyCode(const QString& code)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("0"), QStringLiteral("Uncertain significance")},
        {QStringLiteral("1"), QStringLiteral("not provided")},
        {QStringLiteral("2"), QStringLiteral("Benign")},
        {QStringLiteral("3"), QStringLiteral("Likely benign")},
        {QStringLiteral("4"), QStringLiteral("Likely pathogenic")},
        {QStringLiteral("5"), QStringLiteral("Pathogenic")},
        {QStringLiteral("6"), QStringLiteral("drug response")},
        {QStringLiteral("7"), QStringLiteral("histocompatibility")},
        {QStringLiteral("255"), QStringLiteral("other")},
    };
    return codes.value(code);
}

QString canonicalTerm(const QString& words)
{
    for (const char* term : kSignificanceTerms)
        if (words.compare(QLatin1String(term), Qt::CaseInsensitive) == 0)
            return QLatin1String(term);
    return words;
}

enum class Tier
{
    None,
    Pathogenic,
    LikelyPathogenic,
    Uncertain,
    LikelyBenign,
    Benign,
    Conflicting,
};

Tier tierOf(const QString& term)
{
    const QString t = term.toLower();
    if (t == QLatin1String("pathogenic") || t == QLatin1String("pathogenic, low penetrance"))
        return Tier::Pathogenic;
    if (t == QLatin1String("likely pathogenic") ||
        t == QLatin1String("likely pathogenic, low penetrance"))
        return Tier::LikelyPathogenic;
    if (t == QLatin1String("uncertain significance"))
        return Tier::Uncertain;
    if (t == QLatin1String("likely benign"))
        return Tier::LikelyBenign;
    if (t == QLatin1String("benign"))
        return Tier::Benign;
    if (t.startsWith(QLatin1String("conflicting")))
        return Tier::Conflicting;
    return Tier::None;
}

struct ReviewStatus
{
    const char* value; // as ClinVar writes it
    const char* words; // for display
    int stars;
};

const ReviewStatus kReviewStatuses[] = {
    {"practice_guideline", "practice guideline", 4},
    {"reviewed_by_expert_panel", "reviewed by expert panel", 3},
    {"criteria_provided,_multiple_submitters,_no_conflicts",
     "criteria provided, multiple submitters, no conflicts", 2},
    {"criteria_provided,_conflicting_interpretations",
     "criteria provided, conflicting interpretations", 1},
    {"criteria_provided,_conflicting_classifications",
     "criteria provided, conflicting classifications", 1},
    {"criteria_provided,_single_submitter", "criteria provided, single submitter", 1},
    {"no_assertion_criteria_provided", "no assertion criteria provided", 0},
    {"no_assertion_provided", "no assertion provided", 0},
    {"no_interpretation_for_the_single_variant", "no interpretation for the single variant", 0},
    {"no_classification_for_the_single_variant", "no classification for the single variant", 0},
    {"no_classifications_from_unflagged_records", "no classifications from unflagged records", 0},
    {"no_classification_provided", "no classification provided", 0},
    // ClinVar's VCF before 2017 (its header explains these abbreviations)
    {"guideline", "practice guideline", 4},
    {"exp", "reviewed by expert panel", 3},
    {"mult", "criteria provided, multiple submitters, no conflicts", 2},
    {"conf", "criteria provided, conflicting interpretations", 1},
    {"single", "criteria provided, single submitter", 1},
    {"no_criteria", "no assertion criteria provided", 0},
    {"no_assertion", "no assertion provided", 0},
};

const ReviewStatus* findReviewStatus(QStringView value)
{
    const QString v = value.trimmed().toString();
    for (const ReviewStatus& s : kReviewStatuses)
        if (v.compare(QLatin1String(s.value), Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

} // namespace

QStringList ClinVarAnnotation::splitValues(QStringView value)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const bool end = i == value.size();
        const QChar c = end ? QChar() : value[i];
        const bool split =
            end || c == QLatin1Char('|') ||
            (c == QLatin1Char(',') && !(i + 1 < value.size() && value[i + 1] == QLatin1Char('_')));
        if (!split)
            continue;
        const QStringView part = value.mid(start, i - start).trimmed();
        if (!part.isEmpty() && part != QLatin1String("."))
            parts << part.toString();
        start = i + 1;
    }
    return parts;
}

QString ClinVarAnnotation::normaliseSignificance(QStringView term,
                                                 const QHash<QString, QString>& codes)
{
    const QString t = term.trimmed().toString();
    bool numeric = false;
    t.toInt(&numeric);
    if (numeric) {
        const QString words = codes.value(t, legacyCode(t));
        return words.isEmpty() ? t : canonicalTerm(words);
    }
    // "Pathogenic/Likely_pathogenic": each part in ClinVar's spelling.
    QStringList parts = spaced(t).split(QLatin1Char('/'));
    for (QString& part : parts)
        part = canonicalTerm(part.trimmed());
    return parts.join(QLatin1Char('/'));
}

ClinVarAnnotation::Category ClinVarAnnotation::categoryOf(const QStringList& significances)
{
    bool pathogenic = false, likelyPathogenic = false, uncertain = false;
    bool likelyBenign = false, benign = false, conflicting = false;
    for (const QString& term : significances) {
        const QStringList parts = term.split(QLatin1Char('/'));
        for (const QString& part : parts) {
            switch (tierOf(part.trimmed())) {
            case Tier::Pathogenic:
                pathogenic = true;
                break;
            case Tier::LikelyPathogenic:
                likelyPathogenic = true;
                break;
            case Tier::Uncertain:
                uncertain = true;
                break;
            case Tier::LikelyBenign:
                likelyBenign = true;
                break;
            case Tier::Benign:
                benign = true;
                break;
            case Tier::Conflicting:
                conflicting = true;
                break;
            case Tier::None:
                break;
            }
        }
    }
    const bool pathogenicSide = pathogenic || likelyPathogenic;
    const bool benignSide = benign || likelyBenign;
    if (conflicting || int(pathogenicSide) + int(uncertain) + int(benignSide) > 1)
        return Category::Conflicting;
    if (pathogenicSide)
        return pathogenic && likelyPathogenic ? Category::PathogenicLikelyPathogenic
               : pathogenic                   ? Category::Pathogenic
                                              : Category::LikelyPathogenic;
    if (benignSide)
        return benign && likelyBenign ? Category::BenignLikelyBenign
               : benign               ? Category::Benign
                                      : Category::LikelyBenign;
    if (uncertain)
        return Category::Uncertain;
    return significances.isEmpty() ? Category::None : Category::Other;
}

int ClinVarAnnotation::starsFor(QStringView reviewStatus)
{
    const ReviewStatus* s = findReviewStatus(reviewStatus);
    return s ? s->stars : -1;
}

bool ClinVarAnnotation::isPathogenicOrLikely() const
{
    return m_category == Category::Pathogenic || m_category == Category::LikelyPathogenic ||
           m_category == Category::PathogenicLikelyPathogenic;
}

int ClinVarAnnotation::pathogenicityOrder(Category category)
{
    switch (category) {
    case Category::Pathogenic:
        return 9;
    case Category::PathogenicLikelyPathogenic:
        return 8;
    case Category::LikelyPathogenic:
        return 7;
    case Category::Conflicting:
        return 6;
    case Category::Uncertain:
        return 5;
    case Category::LikelyBenign:
        return 4;
    case Category::BenignLikelyBenign:
        return 3;
    case Category::Benign:
        return 2;
    case Category::Other:
        return 1;
    case Category::None:
        break;
    }
    return 0;
}

QStringList ClinVarAnnotation::originLabels() const
{
    QStringList labels;
    if (m_origin < 0)
        return labels;
    if (m_origin == 0)
        return {tr("unknown")};
    const struct
    {
        int bit;
        const char* text;
    } bits[] = {
        {1, QT_TR_NOOP("germline")},       {2, QT_TR_NOOP("somatic")},
        {4, QT_TR_NOOP("inherited")},      {8, QT_TR_NOOP("paternal")},
        {16, QT_TR_NOOP("maternal")},      {32, QT_TR_NOOP("de novo")},
        {64, QT_TR_NOOP("biparental")},    {128, QT_TR_NOOP("uniparental")},
        {256, QT_TR_NOOP("not tested")},   {512, QT_TR_NOOP("tested, inconclusive")},
        {1073741824, QT_TR_NOOP("other")},
    };
    for (const auto& b : bits)
        if (m_origin & b.bit)
            labels << tr(b.text);
    return labels;
}

ClinVarAnnotation ClinVarAnnotation::decode(bcf1_t* record, const AnnotationSchema& schema)
{
    ClinVarAnnotation c;
    const AnnotationSchema::ClinVarTags& tags = schema.clinVar();
    if (!record || !tags.any())
        return c;
    bcf_unpack(record, BCF_UN_INFO);

    c.m_rawSignificance = infoText(record, tags.clnsig);
    const QStringList significances = splitValues(c.m_rawSignificance);
    for (const QString& s : significances) {
        const QString term = normaliseSignificance(s, tags.significanceCodes);
        if (!term.isEmpty() && !c.m_significances.contains(term))
            c.m_significances << term;
    }
    c.m_category = categoryOf(c.m_significances);

    c.m_rawReviewStatus = infoText(record, tags.clnrevstat);
    // The whole value first: ClinVar's own statuses contain ",_".
    const QStringList statuses = findReviewStatus(c.m_rawReviewStatus)
                                     ? QStringList{c.m_rawReviewStatus}
                                     : splitValues(c.m_rawReviewStatus);
    for (const QString& s : statuses) {
        const ReviewStatus* known = findReviewStatus(s);
        const QString words = known ? QString::fromLatin1(known->words) : spaced(s);
        if (!c.m_reviewStatus.contains(words))
            c.m_reviewStatus << words;
        if (known)
            c.m_stars = std::max(c.m_stars, known->stars);
    }

    const QStringList conflicting = splitValues(infoText(record, tags.clnsigconf));
    for (const QString& s : conflicting) {
        // "Uncertain_significance(2)" -> "Uncertain significance (2)"
        const int open = s.indexOf(QLatin1Char('('));
        c.m_conflicting << (open > 0 ? normaliseSignificance(QStringView(s).left(open),
                                                             tags.significanceCodes) +
                                           QLatin1Char(' ') + s.mid(open)
                                     : normaliseSignificance(s, tags.significanceCodes));
    }

    const QStringList conditions = splitValues(infoText(record, tags.clndn));
    for (const QString& s : conditions)
        c.m_conditions << spaced(s);
    c.m_diseaseIds = splitValues(infoText(record, tags.clndisdb));

    const QStringList genes = infoText(record, tags.geneinfo).split(QLatin1Char('|'));
    for (const QString& g : genes) {
        const QString symbol = g.section(QLatin1Char(':'), 0, 0).trimmed();
        if (!symbol.isEmpty() && symbol != QLatin1String("."))
            c.m_genes << symbol;
    }
    c.m_alleleId = infoText(record, tags.alleleid);
    const QStringList rs = splitValues(infoText(record, tags.rs));
    for (const QString& id : rs)
        c.m_rsIds << (id.startsWith(QLatin1String("rs")) ? id : QStringLiteral("rs") + id);
    c.m_hgvs = unescaped(infoText(record, tags.clnhgvs));
    c.m_variantType = spaced(infoText(record, tags.clnvc));
    const QStringList mc = infoText(record, tags.mc).split(QLatin1Char(','));
    for (const QString& m : mc) {
        const QString term = m.section(QLatin1Char('|'), -1).trimmed();
        if (!term.isEmpty() && term != QLatin1String("."))
            c.m_molecularConsequences << term;
    }
    const QString origin = infoText(record, tags.origin);
    bool ok = false;
    const int value =
        origin.section(QLatin1Char(','), 0, 0).section(QLatin1Char('|'), 0, 0).toInt(&ok);
    c.m_origin = ok ? value : -1;

    c.m_present = !c.m_rawSignificance.isEmpty() || !c.m_rawReviewStatus.isEmpty() ||
                  !c.m_conditions.isEmpty() || !c.m_alleleId.isEmpty() || !c.m_genes.isEmpty() ||
                  !c.m_conflicting.isEmpty();
    return c;
}

} // namespace steward
