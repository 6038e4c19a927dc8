#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace steward {

/**
 * A small is-a hierarchy of MONDO (and a few DOID) diseases, enough to decide the common DS
 * cases: is the disease a destination studies one the participant consented to, or a subtype
 * of one? Ids it does not know leave the decision to a steward.
 */
class DiseaseHierarchy final
{
    Q_DECLARE_TR_FUNCTIONS(DiseaseHierarchy)

public:
    struct Entry
    {
        QString id;          // MONDO:0007254
        QString label;       // breast cancer
        QStringList parents; // direct or farther ancestors, in the same ontology
        QString sameAs;      // the same disease in the other ontology, where one is known
    };

    DiseaseHierarchy() = default;
    explicit DiseaseHierarchy(const QVector<Entry>& entries);

    /** The hierarchy compiled into Steward. */
    static const DiseaseHierarchy& builtIn();

    /** MONDO:nnnnnnn (seven digits) or DOID:n..., prefix in any case. */
    static bool isWellFormedId(const QString& id);
    /** Upper-case prefix, trimmed: "mondo:0005148" becomes "MONDO:0005148". */
    static QString normalizedId(const QString& id);
    /** "MONDO" or "DOID"; empty for a malformed id. */
    static QString ontologyOf(const QString& id);

    bool knows(const QString& id) const;
    /** True when id is ancestor itself, the same disease, or a subtype of it. */
    bool isA(const QString& id, const QString& ancestor) const;
    /** Whether isA can give a reliable answer for the pair: both known and linked by ontology. */
    bool comparable(const QString& a, const QString& b) const;
    /** The label, empty when unknown. */
    QString label(const QString& id) const;
    /** "MONDO:0007254 (breast cancer)", or the bare id when the label is unknown. */
    QString describe(const QString& id) const;
    /** describe() of each id, joined as a list in the user's language. */
    QString describeList(const QStringList& ids) const;

private:
    QStringList ancestorsAndSelf(const QString& id) const;

    QHash<QString, Entry> m_entries;
};

} // namespace steward
