#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <htslib/vcf.h>

#include <QString>
#include <QStringList>

namespace steward {

/**
 * The sub-fields of a per-transcript annotation INFO tag (VEP `CSQ`, SnpEff `ANN`, bcftools
 * `BCSQ`): their names, read from the header's Description, and the splitting of one INFO value
 * into entries (one per transcript, separated by ',') and fields (separated by '|').
 *
 * Inside a field VEP writes a ',' as '&' (so '&' separates the several values of one field, as
 * in "missense_variant&splice_region_variant"), a ';' as "%3B" and a '=' as "%3D"; values()
 * and unescape() undo that.
 */
class AnnotationFields final
{
public:
    AnnotationFields() = default;

    /**
     * The sub-field names in a Description: the '|'-separated list after the last "Format:"
     * (VEP, bcftools csq) or after "Functional annotations:" (SnpEff, quoted, with spaces
     * around each '|'). Empty when no such list of at least two names is there.
     */
    static AnnotationFields fromDescription(const QString& description);

    /** The sub-fields of INFO tag @p tag of @p header; empty when the tag has none. */
    static AnnotationFields fromHeader(const bcf_hdr_t* header, const QString& tag);

    bool isEmpty() const { return m_names.isEmpty(); }
    int size() const { return int(m_names.size()); }
    const QStringList& names() const { return m_names; }

    /**
     * The index of sub-field @p name, or -1. Tried in turn: the exact name, the name in any
     * case, and the part before " / " of SnpEff's compound names ("cDNA.pos" for
     * "cDNA.pos / cDNA.length"), which cannot be typed in a filter otherwise.
     */
    int indexOf(const QString& name) const;

    /** Splits an INFO value into its entries (one per transcript), in place. */
    static void splitEntries(std::string_view value, std::vector<std::string_view>* entries);

    /** Field @p index of one entry; empty when the entry has fewer fields. */
    static std::string_view field(std::string_view entry, int index);

    /** Splits one field on '&' into its values, in place; an empty field has one empty value. */
    static void values(std::string_view field, std::vector<std::string_view>* values);

    /** Appends @p value to @p out with VEP's "%3B", "%3D" and "%2C" escapes undone. */
    static void unescape(std::string_view value, std::string* out);

    /** True when @p value holds an escape that unescape() would undo. */
    static bool hasEscape(std::string_view value);

    /** A field for display: its values separated by ", ", escapes undone. */
    static QString display(std::string_view field);

    /** All entries of @p value, each as its list of displayed fields (one per name). */
    QList<QStringList> entries(std::string_view value) const;

private:
    QStringList m_names;
};

} // namespace steward
