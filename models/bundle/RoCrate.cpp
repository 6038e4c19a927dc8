#include "models/bundle/RoCrate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "models/consent/Consent.h"
#include "models/consent/DuoTermTable.h"

namespace steward {
namespace {

QJsonObject ref(const QString& id)
{
    return QJsonObject{{QStringLiteral("@id"), id}};
}

QString slug(const QString& text)
{
    QString s;
    for (const QChar c : text.toLower())
        s += c.isLetterOrNumber() ? c : QLatin1Char('-');
    return s;
}

} // namespace

QString RoCrate::oboIri(const QString& curie)
{
    const int colon = curie.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return curie;
    return QStringLiteral("http://purl.obolibrary.org/obo/") + curie.left(colon) +
           QLatin1Char('_') + curie.mid(colon + 1);
}

QPair<QString, QString> RoCrate::formatOf(const QString& fileName)
{
    QString name = fileName.toLower();
    if (name.endsWith(QLatin1String(".c4gh")))
        name.chop(5);
    const QString edam = QStringLiteral("http://edamontology.org/");
    struct Known
    {
        const char* suffix;
        const char* media;
        const char* format;
    };
    static const Known known[] = {
        {".vcf.gz", "application/gzip", "format_3016"},
        {".vcf", "text/plain", "format_3016"},
        {".bcf", "application/octet-stream", "format_3020"},
        {".bam", "application/octet-stream", "format_2572"},
        {".cram", "application/octet-stream", "format_3462"},
        {".bai", "application/octet-stream", "format_3327"},
        {".tbi", "application/octet-stream", ""},
        {".csi", "application/octet-stream", ""},
        {".crai", "application/gzip", ""},
        {".json", "application/json", "format_3464"},
        {".csv", "text/csv", "format_3752"},
        {".tsv", "text/tab-separated-values", "format_3475"},
        {".ped", "text/plain", ""},
    };
    for (const Known& k : known)
        if (name.endsWith(QLatin1String(k.suffix)))
            return {QLatin1String(k.media),
                    *k.format ? edam + QLatin1String(k.format) : QString()};
    return {QStringLiteral("application/octet-stream"), QString()};
}

QByteArray RoCrate::build(const Input& in, const DuoTermTable& terms)
{
    QJsonArray graph;
    graph.append(QJsonObject{
        {QStringLiteral("@id"), QStringLiteral("ro-crate-metadata.json")},
        {QStringLiteral("@type"), QStringLiteral("CreativeWork")},
        {QStringLiteral("conformsTo"), ref(QStringLiteral("https://w3id.org/ro/crate/1.2"))},
        {QStringLiteral("about"), ref(QStringLiteral("./"))}});

    QJsonArray rootParts;
    QJsonArray mentions;
    QHash<QString, QJsonArray> partsOfFolder;
    QSet<QString> people;
    QJsonArray contextual;
    auto person = [&](const QString& name) -> QJsonObject {
        const QString id = QStringLiteral("#person-") + slug(name);
        if (!people.contains(id)) {
            people.insert(id);
            contextual.append(QJsonObject{{QStringLiteral("@id"), id},
                                          {QStringLiteral("@type"), QStringLiteral("Person")},
                                          {QStringLiteral("name"), name}});
        }
        return ref(id);
    };

    // Files.
    QHash<QString, QJsonArray> resultsOfDataset; // dataset path -> file refs
    QHash<QString, QString> idOfSource;          // dataset path + source name -> file id
    for (const File& f : in.files) {
        const QPair<QString, QString> format = formatOf(f.path);
        QJsonArray encoding{f.encrypted ? QStringLiteral("application/octet-stream")
                                        : format.first};
        if (!format.second.isEmpty())
            encoding.append(ref(format.second));
        QJsonObject file{{QStringLiteral("@id"), f.path},
                         {QStringLiteral("@type"), QStringLiteral("File")},
                         {QStringLiteral("name"), f.path.section(QLatin1Char('/'), -1)},
                         {QStringLiteral("encodingFormat"), encoding},
                         {QStringLiteral("contentSize"), QString::number(f.size)},
                         {QStringLiteral("sha256"), f.sha256}};
        if (f.encrypted) {
            file.insert(QStringLiteral("description"),
                        tr("Crypt4GH-encrypted for %n recipient(s).", nullptr,
                           int(in.recipients.size())));
            file.insert(QStringLiteral("conformsTo"),
                        ref(QStringLiteral("https://samtools.github.io/hts-specs/crypt4gh.pdf")));
        }
        graph.append(file);
        const QString folder = in.folderOf.value(f.datasetPath);
        partsOfFolder[folder].append(ref(f.path));
        resultsOfDataset[f.datasetPath].append(ref(f.path));
        idOfSource.insert(f.datasetPath + QLatin1Char('\n') + f.sourceName, f.path);
    }

    // Conditions of use: the DUO terms (and their disease or region parameters) of every
    // included sample's consent.
    QSet<QString> termIds;
    QJsonArray usage;
    QStringList conditions;
    for (const BundlePlanner::Provenance& p : in.provenance)
        for (const QString& text : p.consentCodes) {
            QVector<ConsentProblem> problems;
            const Consent consent = Consent::parse(text, terms, &problems);
            if (!consent.isValid())
                continue;
            if (!conditions.contains(consent.toString()))
                conditions << consent.toString();
            QVector<ConsentCode> codes{consent.permission()};
            codes += consent.modifiers();
            for (const ConsentCode& code : codes) {
                const DuoTerm* term = terms.byCode(code.code);
                if (!term)
                    continue;
                const QString iri = oboIri(term->id);
                if (!termIds.contains(iri)) {
                    termIds.insert(iri);
                    usage.append(ref(iri));
                    contextual.append(QJsonObject{
                        {QStringLiteral("@id"), iri},
                        {QStringLiteral("@type"), QStringLiteral("DefinedTerm")},
                        {QStringLiteral("termCode"), term->id},
                        {QStringLiteral("name"), term->label},
                        {QStringLiteral("alternateName"), term->code},
                        {QStringLiteral("inDefinedTermSet"),
                         ref(QStringLiteral("http://purl.obolibrary.org/obo/duo.owl"))}});
                }
                for (const QString& parameter : code.parameters) {
                    if (!parameter.contains(QLatin1Char(':')))
                        continue; // regions and dates are in the conditions text
                    const QString piri = oboIri(parameter);
                    if (termIds.contains(piri))
                        continue;
                    termIds.insert(piri);
                    usage.append(ref(piri));
                    contextual.append(QJsonObject{
                        {QStringLiteral("@id"), piri},
                        {QStringLiteral("@type"), QStringLiteral("DefinedTerm")},
                        {QStringLiteral("termCode"), parameter}});
                }
            }
        }
    conditions.sort();

    // Dataset folders and the provenance of each: the de-identification run and the two
    // review approvals.
    for (const BundlePlanner::Provenance& p : in.provenance) {
        const QString folder = in.folderOf.value(p.datasetPath) + QLatin1Char('/');
        rootParts.append(ref(folder));
        graph.append(QJsonObject{
            {QStringLiteral("@id"), folder},
            {QStringLiteral("@type"), QStringLiteral("Dataset")},
            {QStringLiteral("name"), p.publicName},
            {QStringLiteral("description"),
             tr("%n sample(s), de-identified with profile %1.", nullptr, p.samples)
                 .arg(p.profileName)},
            {QStringLiteral("hasPart"), partsOfFolder.value(in.folderOf.value(p.datasetPath))}});

        const QString profileId = QStringLiteral("#profile-") + slug(p.profileName) +
                                  QLatin1Char('-') + p.profileSha256.left(12);
        if (!termIds.contains(profileId)) {
            termIds.insert(profileId);
            contextual.append(QJsonObject{
                {QStringLiteral("@id"), profileId},
                {QStringLiteral("@type"), QStringLiteral("CreativeWork")},
                {QStringLiteral("name"), tr("De-identification profile %1").arg(p.profileName)},
                {QStringLiteral("identifier"), QStringLiteral("sha256:") + p.profileSha256}});
        }
        QJsonArray objects;
        for (auto it = p.inputSha256ByOutput.constBegin(); it != p.inputSha256ByOutput.constEnd();
             ++it) {
            const QString sha = it.value().toString();
            if (sha.isEmpty())
                continue;
            const QString id = QStringLiteral("#original-") + sha.left(16);
            objects.append(ref(id));
            if (termIds.contains(id)) // one entity per original, however many runs read it
                continue;
            termIds.insert(id);
            contextual.append(QJsonObject{
                {QStringLiteral("@id"), id},
                {QStringLiteral("@type"), QStringLiteral("CreativeWork")},
                {QStringLiteral("name"), tr("Original file (not shared)")},
                {QStringLiteral("sha256"), sha}});
        }
        const QString runId = QStringLiteral("#deid-run-") + QString::number(p.deidRunId);
        QJsonObject run{{QStringLiteral("@id"), runId},
                        {QStringLiteral("@type"), QStringLiteral("CreateAction")},
                        {QStringLiteral("name"),
                         tr("De-identification of %1 with profile %2")
                             .arg(p.publicName, p.profileName)},
                        {QStringLiteral("instrument"), ref(profileId)},
                        {QStringLiteral("object"), objects},
                        {QStringLiteral("result"), resultsOfDataset.value(p.datasetPath)},
                        {QStringLiteral("actionStatus"),
                         ref(QStringLiteral("http://schema.org/CompletedActionStatus"))}};
        if (!p.deidFinishedAt.isEmpty())
            run.insert(QStringLiteral("endTime"), p.deidFinishedAt);
        if (!p.deidActor.isEmpty())
            run.insert(QStringLiteral("agent"), person(p.deidActor));
        graph.append(run);
        mentions.append(ref(runId));

        auto approval = [&](const QString& part, const QString& name, const QString& reviewer,
                            const QString& when) {
            if (reviewer.isEmpty())
                return;
            const QString id = QStringLiteral("#review-") + part + QLatin1Char('-') +
                               slug(p.publicName);
            graph.append(QJsonObject{
                {QStringLiteral("@id"), id},
                {QStringLiteral("@type"), QStringLiteral("AssessAction")},
                {QStringLiteral("name"), name},
                {QStringLiteral("agent"), person(reviewer)},
                {QStringLiteral("endTime"), when},
                {QStringLiteral("object"), ref(folder)},
                {QStringLiteral("actionStatus"),
                 ref(QStringLiteral("http://schema.org/CompletedActionStatus"))}});
            mentions.append(ref(id));
        };
        approval(QStringLiteral("consent"),
                 tr("Consent review of %1 approved for %2").arg(p.publicName, in.destination),
                 p.consentReviewer, p.consentDecidedAt);
        approval(QStringLiteral("deid"),
                 tr("De-identification of %1 approved for %2").arg(p.publicName, in.destination),
                 p.deidReviewer, p.deidDecidedAt);
    }

    // The root.
    QJsonObject root{{QStringLiteral("@id"), QStringLiteral("./")},
                     {QStringLiteral("@type"), QStringLiteral("Dataset")},
                     {QStringLiteral("name"), in.name},
                     {QStringLiteral("description"),
                      in.description.isEmpty()
                          ? tr("Bundle %1 for %2, assembled by Steward.").arg(in.name, in.destination)
                          : in.description},
                     {QStringLiteral("version"), QString::number(in.version)},
                     {QStringLiteral("datePublished"), in.created.toString(Qt::ISODate)},
                     {QStringLiteral("hasPart"), rootParts},
                     {QStringLiteral("mentions"), mentions},
                     {QStringLiteral("usageInfo"), usage},
                     {QStringLiteral("conditionsOfAccess"),
                      tr("Use only as the GA4GH DUO terms of the participants' consent allow: "
                         "%1. Declared use of the destination %2: %3.")
                          .arg(conditions.join(QStringLiteral(" | ")), in.destination,
                               in.destinationDataUse)}};
    const bool licenceIsIri = in.licence.startsWith(QLatin1String("http"));
    const QString licenceId = licenceIsIri ? in.licence : QStringLiteral("#licence");
    root.insert(QStringLiteral("license"), ref(licenceId));
    contextual.append(QJsonObject{
        {QStringLiteral("@id"), licenceId},
        {QStringLiteral("@type"), QStringLiteral("CreativeWork")},
        {QStringLiteral("name"),
         licenceIsIri ? in.licence
                      : (in.licence.isEmpty()
                             ? tr("Controlled access: only under the recipient's data access "
                                  "agreement and the conditions of use stated here")
                             : in.licence)}});
    if (!in.previousIdentifier.isEmpty())
        root.insert(QStringLiteral("isBasedOn"), ref(QStringLiteral("urn:sha256:") +
                                                     in.previousIdentifier));
    if (!in.actor.isEmpty())
        root.insert(QStringLiteral("author"), person(in.actor));
    graph.insert(1, root);
    for (const QJsonValue& v : std::as_const(contextual))
        graph.append(v);

    const QJsonObject doc{{QStringLiteral("@context"),
                           QStringLiteral("https://w3id.org/ro/crate/1.2/context")},
                          {QStringLiteral("@graph"), graph}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace steward
