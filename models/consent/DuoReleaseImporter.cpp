#include "models/consent/DuoReleaseImporter.h"

#include <algorithm>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QXmlStreamReader>

#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/catalog/SqlTransaction.h"
#include "models/common/Digest.h"
#include "models/consent/DuoCsvReader.h"
#include "models/consent/DuoTermTable.h"

namespace steward {
namespace {

constexpr QLatin1String kRdf("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
constexpr QLatin1String kRdfs("http://www.w3.org/2000/01/rdf-schema#");
constexpr QLatin1String kOwl("http://www.w3.org/2002/07/owl#");
constexpr QLatin1String kOboInOwl("http://www.geneontology.org/formats/oboInOwl#");
constexpr QLatin1String kObo("http://purl.obolibrary.org/obo/");
constexpr QLatin1String kOwlClass("http://www.w3.org/2002/07/owl#Class");
constexpr QLatin1String
    kObsoleteClass("http://www.geneontology.org/formats/oboInOwl#ObsoleteClass");
// IAO's "term replaced by" annotation property, in the obo namespace.
constexpr QLatin1String kTermReplacedBy("IAO_0100001");
// The roots of DUO's two usable branches; the roots themselves are not usable in a consent.
constexpr QLatin1String kPermissionRoot = DuoTerm::kPermissionRoot;
constexpr QLatin1String kModifierRoot = DuoTerm::kModifierRoot;

using Release = DuoReleaseImporter::Release;

/** DUO:0000042 for http://purl.obolibrary.org/obo/DUO_0000042, else empty. */
QString idFromIri(const QString& iri)
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|[/#])DUO_(\\d{7})$"));
    const QRegularExpressionMatch m = pattern.match(iri);
    return m.hasMatch() ? QStringLiteral("DUO:") + m.captured(1) : QString();
}

/** Every DUO id named in a text or IRI, as DUO:nnnnnnn, in order and once each. */
QStringList duoIdsIn(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("DUO[:_](\\d{7})(?!\\d)"));
    QStringList ids;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QString id = QStringLiteral("DUO:") + it.next().captured(1);
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

/** "GRU (DUO:0000042)", or the id alone for a term without a code. */
QString termName(const DuoTerm& t)
{
    return t.code.isEmpty() ? t.id : QStringLiteral("%1 (%2)").arg(t.code, t.id);
}

/** Sentences shared by both readers and differences(), in DuoReleaseImporter's context. */
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(DuoReleaseImporter)

public:
    static QString kind(DuoTerm::Kind kind)
    {
        switch (kind) {
        case DuoTerm::Kind::Permission:
            return tr("permission");
        case DuoTerm::Kind::Modifier:
            return tr("modifier");
        case DuoTerm::Kind::Other:
            break;
        }
        return tr("other term");
    }

    /** Warnings every release gets, however it was read. */
    static void checkUsability(const QString& path, Release* release)
    {
        QHash<QString, QString> idByCode;
        int usable = 0;
        for (const DuoTerm& t : std::as_const(release->terms)) {
            if (t.obsolete)
                continue;
            if (t.kind != DuoTerm::Kind::Other) {
                ++usable;
                if (t.code.isEmpty())
                    release->warnings << tr("%1: %2 (%3) has no code, so consent text cannot "
                                            "name it.")
                                             .arg(path, t.id, t.label);
            }
            if (t.code.isEmpty())
                continue;
            const QString key = t.code.toUpper();
            if (idByCode.contains(key))
                release->warnings << tr("%1: the code %2 belongs to both %3 and %4; Steward "
                                        "uses %3.")
                                         .arg(path, t.code, idByCode.value(key), t.id);
            else
                idByCode.insert(key, t.id);
        }
        if (usable == 0)
            release->warnings << tr("%1: no term is a permission or a modifier, so no consent "
                                    "can be written with this release.")
                                     .arg(path);
    }
};

// ---- OWL (RDF/XML) -----------------------------------------------------------------------

/** What the file says about one subject IRI, gathered over all its descriptions. */
struct OwlNode
{
    bool isClass = false;
    QString oboId;
    QString code;
    QString label;
    bool englishLabel = false;
    bool deprecated = false;
    QStringList replacements; // values of "term replaced by": IRIs or free text
    QStringList parents;      // rdfs:subClassOf IRIs
};

/** Streams rdf:RDF, keeping only what a term table needs, then turns it into terms. */
class OwlReader final
{
    Q_DECLARE_TR_FUNCTIONS(DuoReleaseImporter)
    using Kind = DuoTerm::Kind;

public:
    OwlReader(QIODevice* device, const QString& path) : m_xml(device), m_path(path) {}

    bool read(Release* release, QString* error)
    {
        QString problem;
        if (!parse(&problem)) {
            *error = tr("%1 cannot be imported as a DUO release: %2.").arg(m_path, problem);
            return false;
        }
        collectTerms(release);
        if (release->terms.isEmpty()) {
            *error = tr("%1 contains no DUO terms: no OWL class has a DUO:nnnnnnn id. Choose "
                        "the duo.owl or duo-basic.owl of a DUO release.")
                         .arg(m_path);
            return false;
        }
        static const QRegularExpression releaseDir(QStringLiteral("/releases/([^/]+)/"));
        const QRegularExpressionMatch m = releaseDir.match(m_versionIri);
        if (m.hasMatch()) {
            release->name = m.captured(1);
        } else if (!m_versionInfo.isEmpty()) {
            release->name = m_versionInfo;
        } else {
            release->name = QStringLiteral("owl ") + release->sourceSha256.left(12);
            release->warnings << tr("%1 names no version (no owl:versionIRI or "
                                    "owl:versionInfo), so the release is called \"%2\" after "
                                    "its SHA-256.")
                                     .arg(m_path, release->name);
        }
        return true;
    }

private:
    /** False with a reason (without the file name) when the file is not usable RDF/XML. */
    bool parse(QString* problem)
    {
        if (!m_xml.readNextStartElement()) {
            *problem = m_xml.hasError() ? notWellFormed() : tr("it is not XML");
            return false;
        }
        if (m_xml.namespaceUri() != kRdf || m_xml.name() != QLatin1String("RDF")) {
            *problem = tr("it is XML but not an RDF/XML ontology (the root element is <%1>)")
                           .arg(m_xml.qualifiedName().toString());
            return false;
        }
        m_base = m_xml.attributes().value(QLatin1String("xml:base")).toString();
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() == kOwl && m_xml.name() == QLatin1String("Ontology"))
                readOntology();
            else
                readNode();
        }
        if (m_xml.hasError()) {
            *problem = notWellFormed();
            return false;
        }
        return true;
    }

    QString notWellFormed() const
    {
        return tr("it is not well-formed XML (line %1: %2)")
            .arg(m_xml.lineNumber())
            .arg(m_xml.errorString());
    }

    QString resource() const
    {
        const QString ref = m_xml.attributes().value(kRdf, QLatin1String("resource")).toString();
        return ref.isEmpty() ? ref : resolve(ref);
    }

    QString resolve(const QString& ref) const
    {
        if (m_base.isEmpty() || !QUrl(ref).isRelative())
            return ref;
        if (ref.startsWith(QLatin1Char('#')))
            return m_base + ref;
        return QUrl(m_base).resolved(QUrl(ref)).toString();
    }

    QString subject() const
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        if (a.hasAttribute(kRdf, QLatin1String("about")))
            return resolve(a.value(kRdf, QLatin1String("about")).toString());
        if (a.hasAttribute(kRdf, QLatin1String("ID")))
            return m_base + QLatin1Char('#') + a.value(kRdf, QLatin1String("ID")).toString();
        return QString(); // blank nodes cannot be DUO terms
    }

    QString text()
    {
        return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }

    bool isElement(QLatin1String ns, const char* name) const
    {
        return m_xml.namespaceUri() == ns && m_xml.name() == QLatin1String(name);
    }

    void readOntology()
    {
        while (m_xml.readNextStartElement()) {
            if (isElement(kOwl, "versionIRI")) {
                m_versionIri = resource();
                m_xml.skipCurrentElement();
            } else if (isElement(kOwl, "versionInfo")) {
                m_versionInfo = text();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readNode()
    {
        const bool owlClass = isElement(kOwl, "Class");
        const QString about = subject();
        if ((!owlClass && !isElement(kRdf, "Description")) || about.isEmpty()) {
            m_xml.skipCurrentElement();
            return;
        }
        if (!m_nodes.contains(about))
            m_order << about;
        OwlNode& node = m_nodes[about];
        node.isClass = node.isClass || owlClass;
        while (m_xml.readNextStartElement()) {
            if (isElement(kRdfs, "subClassOf")) {
                // Nested restrictions say what a term is restricted to, not where it sits.
                const QString parent = resource();
                if (!parent.isEmpty())
                    node.parents << parent;
                m_xml.skipCurrentElement();
            } else if (isElement(kRdf, "type")) {
                node.isClass = node.isClass || resource() == kOwlClass;
                m_xml.skipCurrentElement();
            } else if (isElement(kOboInOwl, "id")) {
                node.oboId = text();
            } else if (isElement(kOboInOwl, "shorthand")) {
                const QString code = text();
                if (node.code.isEmpty())
                    node.code = code;
            } else if (isElement(kRdfs, "label")) {
                const QString lang = m_xml.attributes().value(QLatin1String("xml:lang")).toString();
                const bool english = lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive);
                const QString label = text();
                if (english && !node.englishLabel) {
                    node.label = label;
                    node.englishLabel = true;
                } else if (lang.isEmpty() && node.label.isEmpty()) {
                    node.label = label;
                }
            } else if (isElement(kOwl, "deprecated")) {
                const QString value = text();
                node.deprecated = node.deprecated ||
                                  value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
                                  value == QLatin1String("1");
            } else if (m_xml.namespaceUri() == kObo && m_xml.name() == kTermReplacedBy) {
                const QString target = resource();
                if (target.isEmpty()) {
                    node.replacements << text();
                } else {
                    node.replacements << target;
                    m_xml.skipCurrentElement();
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    /** Keyed on oboInOwl:id: the 2021 release has NPOA at the malformed IRI DUO_00000044
     * while its id, DUO:0000044, is right. The IRI only counts where there is no id. */
    QString idOf(const QString& iri) const
    {
        const auto it = m_nodes.constFind(iri);
        if (it != m_nodes.constEnd() && DuoTerm::isId(it->oboId))
            return it->oboId;
        return idFromIri(iri);
    }

    Kind kindOf(const QString& iri, const QString& id, Release* release) const
    {
        bool permission = false;
        bool modifier = false;
        QSet<QString> seen{iri};
        QStringList queue = m_nodes.value(iri).parents;
        while (!queue.isEmpty()) {
            const QString parent = queue.takeFirst();
            if (seen.contains(parent))
                continue;
            seen.insert(parent);
            const QString parentId = idOf(parent);
            permission = permission || parentId == kPermissionRoot;
            modifier = modifier || parentId == kModifierRoot;
            queue += m_nodes.value(parent).parents;
        }
        if (permission && modifier) {
            release->warnings << tr("%1: %2 lies under both the permissions and the "
                                    "modifiers; it is imported as neither.")
                                     .arg(m_path, id);
            return DuoTerm::Kind::Other;
        }
        if (permission)
            return DuoTerm::Kind::Permission;
        return modifier ? DuoTerm::Kind::Modifier : DuoTerm::Kind::Other;
    }

    QString replacementOf(const OwlNode& node, const QString& id, Release* release) const
    {
        QStringList ids;
        for (const QString& r : node.replacements) {
            const QStringList named = duoIdsIn(r);
            if (named.isEmpty())
                release->warnings << tr("%1: %2 names its replacement as \"%3\", which is not "
                                        "a DUO id; it is imported without one.")
                                         .arg(m_path, id, r.simplified());
            for (const QString& n : named) {
                if (!ids.contains(n))
                    ids << n;
            }
        }
        // DUO:0000005 (GRU-CC) in 2021 names two, as free text: GRU and CC.
        if (ids.size() > 1)
            release->warnings << tr("%1: %2 is replaced by %3; Steward records the first, %4.")
                                     .arg(m_path, id, ids.join(QLatin1String(", ")), ids.first());
        return ids.value(0);
    }

    void collectTerms(Release* release) const
    {
        const DuoTermTable& builtIn = DuoTermTable::builtIn();
        QHash<QString, QString> iriById;
        for (const QString& iri : m_order) {
            const OwlNode& node = m_nodes[iri];
            const QString id = idOf(iri);
            if (!node.isClass || id.isEmpty())
                continue;
            if (iri.contains(QLatin1String("DUO_")) && idFromIri(iri) != id)
                release->warnings << tr("%1: the class %2 has the id %3; Steward goes by the "
                                        "id.")
                                         .arg(m_path, iri, id);
            if (iriById.contains(id)) {
                release->warnings << tr("%1: %2 is described by two classes, %3 and %4; "
                                        "Steward keeps the first.")
                                         .arg(m_path, id, iriById.value(id), iri);
                continue;
            }
            iriById.insert(id, iri);

            DuoTerm t;
            t.id = id;
            t.code = node.code;
            t.label = node.label;
            t.kind = kindOf(iri, id, release);
            const DuoTerm* known = builtIn.byId(id);
            t.parameter = known ? known->parameter : DuoTerm::Parameter::None;
            // 2021 flags only DUO:0000002 and 0000003 with owl:deprecated; 0000005 and
            // 0000014 are obsolete by their ObsoleteClass parent and label alone.
            t.obsolete = node.deprecated || node.parents.contains(kObsoleteClass) ||
                         DuoTerm::labelSaysObsolete(node.label);
            t.replacedBy = replacementOf(node, id, release);
            release->terms.push_back(t);
        }
    }

    QXmlStreamReader m_xml;
    QString m_path;
    QString m_base;
    QString m_versionIri;
    QString m_versionInfo;
    QHash<QString, OwlNode> m_nodes;
    QStringList m_order; // subjects in the order they first appear
};

QString notNullText(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/** XML by content: a release's duo.owl starts with "<?xml" or "<rdf:RDF". */
bool looksLikeXml(QByteArray head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return head.trimmed().startsWith('<');
}

} // namespace

bool DuoReleaseImporter::read(const QString& path, Release* release, QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1 does not exist.").arg(path);
        return false;
    }
    if (info.isDir()) {
        *error = tr("%1 is a folder; choose a duo.owl or duo.csv file.").arg(path);
        return false;
    }
    if (info.size() > kMaxFileSize) {
        *error = tr("%1 is too large for a DUO release (%2 MiB; a release is well under 1 MiB).")
                     .arg(path)
                     .arg(info.size() / (1024 * 1024));
        return false;
    }
    QFile file(path);
    Release result;
    result.sourcePath = info.absoluteFilePath();
    QString hashError;
    result.sourceSha256 = Digest::fileHex(Digest::Algorithm::Sha256, path, &hashError);
    if (result.sourceSha256.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2.").arg(path, file.errorString());
        return false;
    }

    const QString suffix = info.suffix().toLower();
    const bool xmlSuffix = suffix == QLatin1String("owl") || suffix == QLatin1String("rdf") ||
                           suffix == QLatin1String("xml");
    bool ok = false;
    if (looksLikeXml(file.peek(4096))) {
        ok = OwlReader(&file, path).read(&result, error);
    } else if (xmlSuffix) {
        *error =
            tr("%1 is not XML: a DUO .owl release is RDF/XML and starts with \"<\".").arg(path);
        return false;
    } else {
        ok = DuoCsvReader(path).read(file.readAll(), &result, error);
    }
    if (!ok)
        return false;
    std::sort(result.terms.begin(), result.terms.end(),
              [](const DuoTerm& a, const DuoTerm& b) { return a.id < b.id; });
    Text::checkUsability(path, &result);
    if (release)
        *release = result;
    return true;
}

bool DuoReleaseImporter::store(const Catalog& catalog, const Release& release, QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    auto fail = [&](const QString& why) {
        *error = tr("Could not store DUO release %1 from %2: %3")
                     .arg(release.name, release.sourcePath, why);
        return false;
    };
    if (release.terms.isEmpty())
        return fail(tr("it has no terms."));

    QSqlDatabase db = catalog.database();
    SqlTransaction transaction(db);
    if (!transaction.isOpen())
        return fail(tr("the catalog cannot start a transaction (%1).").arg(db.lastError().text()));

    QString why;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO duo_releases (name, source_path, source_sha256, "
                             "imported_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(release.name);
    q.addBindValue(release.sourcePath);
    q.addBindValue(release.sourceSha256);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!execQuery(q, &why))
        return fail(why);
    const qint64 releaseId = q.lastInsertId().toLongLong();

    QSqlQuery t(db);
    t.prepare(QStringLiteral("INSERT INTO duo_terms (release_id, id, code, kind, parameter, "
                             "label, obsolete, replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DuoTerm& term : release.terms) {
        t.addBindValue(releaseId);
        t.addBindValue(term.id);
        t.addBindValue(notNullText(term.code));
        t.addBindValue(DuoTerm::kindName(term.kind));
        t.addBindValue(DuoTerm::parameterName(term.parameter));
        t.addBindValue(notNullText(term.label));
        t.addBindValue(term.obsolete ? 1 : 0);
        t.addBindValue(nullableText(term.replacedBy));
        if (!execQuery(t, &why))
            return fail(why);
    }
    AuditLog log(catalog);
    if (!log.append(QStringLiteral("duo.import"), release.sourcePath,
                    {{QStringLiteral("release"), release.name},
                     {QStringLiteral("sha256"), release.sourceSha256},
                     {QStringLiteral("terms"), int(release.terms.size())}},
                    &why))
        return fail(why);
    if (!transaction.commit(&why))
        return fail(why);
    log.anchor();
    return true;
}

QStringList DuoReleaseImporter::differences(const DuoTermTable& from, const Release& to)
{
    // Usable: something consent text can name. The ontology's other classes (the roots,
    // investigation types) come and go without consequence.
    auto usable = [](const DuoTerm& t) {
        return !t.code.isEmpty() || t.kind != DuoTerm::Kind::Other;
    };
    // Built-in labels are Steward's own words, so only two DUO releases compare labels.
    const bool compareLabels = from.release() != DuoTermTable::builtIn().release();

    QHash<QString, const DuoTerm*> toById;
    QStringList ids;
    for (const DuoTerm& t : to.terms) {
        toById.insert(t.id, &t);
        ids << t.id;
    }
    for (const DuoTerm& t : from.terms())
        ids << t.id;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    QStringList changes;
    for (const QString& id : std::as_const(ids)) {
        const DuoTerm* f = from.byId(id);
        const DuoTerm* t = toById.value(id);
        if (!f) {
            if (usable(*t) && !t->obsolete)
                changes << tr("New %1 %2: %3.").arg(Text::kind(t->kind), termName(*t), t->label);
            continue;
        }
        if (!t) {
            if (usable(*f) && !f->obsolete)
                changes << tr("%1 is not in this release.").arg(termName(*f));
            continue;
        }
        if (!f->obsolete && t->obsolete) {
            const DuoTerm* r = toById.value(t->replacedBy);
            if (t->replacedBy.isEmpty())
                changes << tr("%1 is obsolete in this release.").arg(termName(*f));
            else
                changes << tr("%1 is obsolete in this release; it is replaced by %2.")
                               .arg(termName(*f), r ? termName(*r) : t->replacedBy);
        } else if (f->obsolete && !t->obsolete) {
            changes << tr("%1 is no longer obsolete.").arg(termName(*t));
        }
        if (f->code.compare(t->code, Qt::CaseInsensitive) != 0) {
            if (f->code.isEmpty())
                changes << tr("%1 gets the code %2.").arg(id, t->code);
            else if (t->code.isEmpty())
                changes << tr("%1 loses its code %2.").arg(id, f->code);
            else
                changes << tr("%1 changes its code from %2 to %3.").arg(id, f->code, t->code);
        }
        if (f->kind != t->kind && !t->obsolete && usable(*t))
            changes << tr("%1 changes from %2 to %3.")
                           .arg(termName(*t), Text::kind(f->kind), Text::kind(t->kind));
        if (compareLabels && f->label != t->label && usable(*t))
            changes << tr("%1 is relabelled from \"%2\" to \"%3\".")
                           .arg(termName(*t), f->label, t->label);
    }
    return changes;
}

} // namespace steward
