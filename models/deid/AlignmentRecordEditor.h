#pragma once

// Internal to AlignmentDeidentifier.cpp: what happens to every read (read-group tags renamed
// or removed, tags stripped, names replaced) and the bounded read-name counter.

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <htslib/sam.h>

#include <QHash>
#include <QLocale>
#include <QStringList>

#include "models/deid/AlignmentDeidentifier.h"
#include "models/deid/DeidTransform.h"

namespace steward {

/**
 * Read name -> number, first occurrence first. Mates, secondary and supplementary records
 * share the number of their name. Memory stays bounded: a name is held only until its
 * primary records (two for a pair, one otherwise) and the supplementary records announced by
 * their SA tags have been seen; then it moves to a FIFO of the last kRetired finished names,
 * so secondary alignments shortly after still find their number. In a coordinate-sorted file
 * the open names are the templates spanning the current position (insert size x depth), plus
 * pairs whose mates lie on another contig; in a name-grouped file only a handful. A record
 * arriving after its name left the FIFO (a secondary alignment far away) gets a new number.
 */
class ReadNameCounter final
{
public:
    static constexpr size_t kRetired = 1 << 18;

    qint64 number(const bam1_t* b)
    {
        const std::string name(bam_get_qname(b));
        auto open = m_open.find(name);
        if (open == m_open.end()) {
            const auto retired = m_retired.find(name);
            if (retired != m_retired.end())
                return retired->second;
            Open fresh;
            fresh.number = m_next++;
            fresh.primariesExpected = (b->core.flag & BAM_FPAIRED) ? 2 : 1;
            open = m_open.emplace(name, fresh).first;
        }
        Open& o = open->second;
        const quint16 flag = b->core.flag;
        if (flag & BAM_FSUPPLEMENTARY) {
            ++o.supplementarySeen;
        } else if (!(flag & BAM_FSECONDARY)) {
            ++o.primariesSeen;
            if (const uint8_t* sa = bam_aux_get(b, "SA"); sa && *sa == 'Z') {
                for (const char* s = bam_aux2Z(sa); *s; ++s)
                    o.supplementaryExpected += *s == ';';
            }
        }
        const qint64 n = o.number;
        if (o.primariesSeen >= o.primariesExpected &&
            o.supplementarySeen >= o.supplementaryExpected) {
            m_open.erase(open);
            retire(name, n);
        }
        return n;
    }

private:
    struct Open
    {
        qint64 number = 0;
        quint32 primariesExpected = 1;
        quint32 primariesSeen = 0;
        quint32 supplementaryExpected = 0;
        quint32 supplementarySeen = 0;
    };

    void retire(const std::string& name, qint64 n)
    {
        if (m_order.size() >= kRetired) {
            m_retired.erase(m_order.front());
            m_order.pop_front();
        }
        m_retired.emplace(name, n);
        m_order.push_back(name);
    }

    std::unordered_map<std::string, Open> m_open;
    std::unordered_map<std::string, qint64> m_retired;
    std::deque<std::string> m_order;
    qint64 m_next = 1;
};

/** What happens to every record, and what happened, counted. */
class RecordEditor final
{
public:
    RecordEditor(const DeidTransformParams& params, const QHash<QString, QString>& renames)
        : m_policy(params.profile.sam.readNames), m_pseudonymizer(params.pseudonymizer)
    {
        for (auto it = renames.cbegin(); it != renames.cend(); ++it) {
            m_readGroups.emplace(it.key().toStdString(), it.value().toStdString());
            m_readGroupsChange = m_readGroupsChange || it.key() != it.value();
        }
        for (const QString& tag : params.profile.sam.stripTags) {
            const QByteArray t = tag.toLatin1();
            if (t.size() == 2)
                m_strip.push_back({t[0], t[1]});
        }
        m_stripped.assign(m_strip.size(), 0);
    }

    /** Whether records may pass unchanged (the header-only candidates). */
    bool mayKeepRecords() const
    {
        return m_policy == DeidProfile::ReadNamePolicy::Keep && !m_readGroupsChange;
    }

    /** Whether apply() would change this record. */
    bool needsChange(const bam1_t* b)
    {
        if (!mayKeepRecords())
            return true;
        if (const uint8_t* rg = bam_aux_get(b, "RG")) {
            const std::string* to = lookup(rg);
            if (!to || to->empty())
                return true;
        }
        for (const auto& tag : m_strip) {
            if (bam_aux_get(b, tag.data()))
                return true;
        }
        return false;
    }

    /** Edits the record in place; false when it is removed or on an htslib failure. */
    bool apply(bam1_t* b, bool* failed)
    {
        *failed = false;
        if (uint8_t* rg = bam_aux_get(b, "RG")) {
            const std::string* to = lookup(rg);
            if (to && to->empty()) {
                ++m_droppedReads;
                return false;
            }
            if (!to) {
                ++m_unknownReadGroupTags;
                if (bam_aux_del(b, rg) != 0)
                    return !(*failed = true);
            } else if (*to != bam_aux2Z(rg)) {
                ++m_renamedReadGroupTags;
                if (bam_aux_update_str(b, "RG", int(to->size() + 1), to->c_str()) != 0)
                    return !(*failed = true);
            }
        }
        bool stripped = false;
        for (size_t i = 0; i < m_strip.size(); ++i) {
            if (uint8_t* s = bam_aux_get(b, m_strip[i].data())) {
                if (bam_aux_del(b, s) != 0)
                    return !(*failed = true);
                ++m_stripped[i];
                stripped = true;
            }
        }
        m_strippedReads += stripped ? 1 : 0;
        if (m_policy == DeidProfile::ReadNamePolicy::KeyedHash) {
            const char* name = bam_get_qname(b);
            const QByteArray hashed =
                m_pseudonymizer->readName(QByteArray::fromRawData(name, int(std::strlen(name))));
            if (bam_set_qname(b, hashed.constData()) != 0)
                return !(*failed = true);
        } else if (m_policy == DeidProfile::ReadNamePolicy::Counter) {
            const QByteArray n = QByteArray::number(m_counter.number(b));
            if (bam_set_qname(b, n.constData()) != 0)
                return !(*failed = true);
        }
        return true;
    }

    QStringList changes() const
    {
        QStringList out;
        if (m_renamedReadGroupTags > 0)
            out << AlignmentDeidentifier::tr(
                       "Rewrote the RG tags of %1 reads to the new read-group "
                       "IDs")
                       .arg(QLocale().toString(m_renamedReadGroupTags));
        if (m_unknownReadGroupTags > 0)
            out << AlignmentDeidentifier::tr("Removed RG tags naming read groups that are not in "
                                             "the header from %1 reads")
                       .arg(QLocale().toString(m_unknownReadGroupTags));
        if (m_droppedReads > 0)
            out << AlignmentDeidentifier::tr("Removed %1 reads of withdrawn samples")
                       .arg(QLocale().toString(m_droppedReads));
        QStringList tags;
        for (size_t i = 0; i < m_strip.size(); ++i) {
            if (m_stripped[i] > 0)
                tags << QString::fromLatin1(m_strip[i].data(), 2);
        }
        if (!tags.isEmpty())
            out << AlignmentDeidentifier::tr("Stripped tags %1 from %2 reads")
                       .arg(tags.join(QStringLiteral(", ")), QLocale().toString(m_strippedReads));
        if (m_policy == DeidProfile::ReadNamePolicy::KeyedHash)
            out << AlignmentDeidentifier::tr("Read names replaced by keyed hashes");
        else if (m_policy == DeidProfile::ReadNamePolicy::Counter)
            out << AlignmentDeidentifier::tr("Read names replaced by numbers");
        return out;
    }

private:
    /** The new ID for an RG tag (empty: drop the read), or null when not in the header. */
    const std::string* lookup(const uint8_t* rg)
    {
        if (*rg != 'Z')
            return nullptr;
        const char* value = bam_aux2Z(rg);
        if (m_lastValid && m_lastFrom == value)
            return m_lastTo;
        m_lastFrom = value;
        const auto it = m_readGroups.find(m_lastFrom);
        m_lastTo = it == m_readGroups.end() ? nullptr : &it->second;
        m_lastValid = true;
        return m_lastTo;
    }

    DeidProfile::ReadNamePolicy m_policy;
    std::shared_ptr<const Pseudonymizer> m_pseudonymizer;
    std::unordered_map<std::string, std::string> m_readGroups;
    bool m_readGroupsChange = false;
    std::vector<std::array<char, 3>> m_strip;
    std::vector<qint64> m_stripped;
    ReadNameCounter m_counter;
    // Reads come in runs of one read group: remember the last lookup.
    std::string m_lastFrom;
    const std::string* m_lastTo = nullptr;
    bool m_lastValid = false;
    qint64 m_droppedReads = 0;
    qint64 m_unknownReadGroupTags = 0;
    qint64 m_renamedReadGroupTags = 0;
    qint64 m_strippedReads = 0;
};

} // namespace steward
