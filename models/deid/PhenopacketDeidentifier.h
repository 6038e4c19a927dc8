#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace steward {

class SidecarRules;

/**
 * De-identifies one GA4GH Phenopacket, Family or Cohort document (v1 or v2 JSON, camelCase or
 * snake_case names) in memory, for SidecarDeidentifier:
 *  - identifiers: subject ids, biosample ids and their individual ids, pedigree persons,
 *    genomic interpretations' subject-or-biosample ids, the keys and values of
 *    individual-to-file (v1: individual-to-sample) identifiers -> pseudonyms; family ids -> family
 * pseudonyms; the document's own ids (which often embed a record number) have known ids replaced or
 * are hashed; alternate ids dropped;
 *  - objects of withdrawn/excluded individuals (relatives, cohort members, biosamples,
 *    pedigree persons, interpretations) removed and parent references to them cleared; a
 *    document whose subject or proband is excluded is refused;
 *  - every timestamp under the profile's date policy, shifted by its owner's keyed offset
 *    (the subject's, or the biosample's individual's); metaData.created reduced to the year;
 *    "year" writes 1 January of the year so the timestamp stays valid;
 *  - ISO 8601 ages of 90 years or more -> "P90Y" (90 or older);
 *  - file URIs -> the file name; createdBy/submittedBy dropped; free-text fields dropped or
 *    scrubbed; the profile's dropFields removed anywhere except in metaData.resources, which
 *    describe ontologies, not people.
 * Ontology terms (id + label), enumerations, numbers and flags are never changed: they are
 * the "clinical content" whose digest proves it.
 */
class PhenopacketDeidentifier final
{
    Q_DECLARE_TR_FUNCTIONS(SidecarDeidentifier)

public:
    explicit PhenopacketDeidentifier(SidecarRules& rules) : m_rules(rules) {}

    /** False with an error (without the file name) when the document cannot be
     * de-identified: not a phenopacket, or its subject or proband is excluded. */
    bool transform(const QJsonObject& in, QJsonObject* out, QString* error);

    /** Subjects written (subject objects with an id). */
    qint64 subjectsKept() const { return m_subjects; }
    /** The clinical content of the input as the output should hold it. */
    const QStringList& clinicalContent() const { return m_clinical; }

    /** The clinical content of a document, walked the same way (for the re-read output). */
    static QStringList clinicalContentOf(const QJsonObject& document);
    /** Subject objects with an id anywhere in a document. */
    static qint64 countSubjects(const QJsonObject& document);
    /** Whether a JSON object is a Phenopacket, Family or Cohort. */
    static bool isPhenopacketDocument(const QJsonObject& document);

private:
    enum class IdRole
    {
        None,       // an ontology or resource id: untouched
        Document,   // a phenopacket's, cohort's or interpretation's own id
        Individual, // a subject or biosample id
        Family
    };
    struct Context
    {
        QString individual; // original id whose date shift applies
        bool metaData = false;
        bool resources = false; // metaData.resources: ontologies, never people
    };

    QJsonObject object(const QJsonObject& in, IdRole role, const Context& ctx);
    QJsonArray array(const QString& key, const QJsonArray& in, const Context& ctx);
    QJsonValue string(const QString& key, const QString& value, const Context& ctx);
    QJsonObject fileIdentifiers(const QJsonObject& in);
    void learnIds(const QJsonValue& value);
    /** The individual an array element belongs to: its subject, individual id or
     * subject-or-biosample id. */
    static QString owner(const QJsonObject& element);

    SidecarRules& m_rules;
    QStringList m_clinical;
    qint64 m_subjects = 0;
};

} // namespace steward
