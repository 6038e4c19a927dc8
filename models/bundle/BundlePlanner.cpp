#include "models/bundle/BundlePlanner.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include "models/catalog/Catalog.h"
#include "models/consent/DatasetConsent.h"
#include "models/deid/DeidStore.h"
#include "models/review/ReviewStore.h"
#include "models/transfer/RepositoryStore.h"

namespace steward {

bool BundlePlanner::Plan::complete() const
{
    return ok() && std::none_of(refusals.cbegin(), refusals.cend(),
                                [](const Refusal& r) { return r.file.isEmpty(); });
}

qint64 BundlePlanner::Plan::bytes() const
{
    qint64 total = 0;
    for (const File& f : files)
        total += f.size;
    return total;
}

QStringList BundlePlanner::Plan::shippedDatasets() const
{
    QStringList list;
    for (const Provenance& p : provenance)
        list << p.datasetPath;
    return list;
}

BundlePlanner::BundlePlanner(const Catalog& catalog) : m_catalog(catalog) {}

QString BundlePlanner::folderName(const QString& datasetName)
{
    static const char* const suffixes[] = {".vcf.gz", ".vcf.bgz", ".vcf", ".bcf", ".bam",
                                           ".cram",   ".sam",     ".json", ".csv", ".tsv",
                                           ".ped"};
    QString name = datasetName;
    for (const char* suffix : suffixes)
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            name.chop(int(qstrlen(suffix)));
            break;
        }
    return name.isEmpty() ? QStringLiteral("dataset") : name;
}

BundlePlanner::Plan BundlePlanner::plan(const QString& destination,
                                        const QStringList& datasets) const
{
    Plan plan;
    plan.destination = destination;
    const std::optional<Repository> repository = RepositoryStore(m_catalog).repository(destination);
    if (!repository) {
        plan.error = tr("No destination named %1. Declare it in the Review area or with "
                        "`steward repo add`.")
                         .arg(destination);
        return plan;
    }
    plan.repositoryId = repository->id;
    plan.destinationDataUse = repository->dataUse;
    // Reviews whose consent, files or destination changed since the decision go back to
    // pending first, so a stale approval never lets a file through.
    QString error;
    if (!ReviewStore(m_catalog).refresh(&error)) {
        plan.error = error;
        return plan;
    }
    QSet<QString> seen;
    for (const QString& key : datasets) {
        QString findError;
        const std::optional<DatasetConsent::Dataset> d =
            DatasetConsent::find(m_catalog, key, &findError);
        if (!d) {
            plan.refusals.push_back({key, key, QString(), QStringLiteral("missing"), findError});
            continue;
        }
        if (seen.contains(d->path))
            continue;
        seen.insert(d->path);
        planDataset(*d, &plan);
    }
    // Each dataset's folder is named after its de-identified data file (dataset names can be
    // sample ids: MRN0012345.bam ships as S-QBHP44TZ/); two with one name are numbered.
    QHash<QString, QString> folderOf;
    QSet<QString> folders;
    for (const File& f : std::as_const(plan.files)) {
        if (folderOf.contains(f.datasetPath) || f.role != QLatin1String("data"))
            continue;
        const QString base = folderName(f.bagPath);
        QString folder = base;
        for (int n = 2; folders.contains(folder.toLower()); ++n)
            folder = base + QLatin1Char('-') + QString::number(n);
        folders.insert(folder.toLower());
        folderOf.insert(f.datasetPath, folder);
    }
    for (File& f : plan.files)
        f.bagPath = folderOf.value(f.datasetPath) + QLatin1Char('/') + f.bagPath;
    for (Provenance& p : plan.provenance)
        p.publicName = folderOf.value(p.datasetPath);
    return plan;
}

void BundlePlanner::planDataset(const DatasetConsent::Dataset& dataset, Plan* plan) const
{
    QString error;
    const QString& datasetPath = dataset.path;
    const QString& name = dataset.name;
    auto refuse = [&](const QString& code, const QString& reason, const QString& file = {}) {
        plan->refusals.push_back({datasetPath, name, file, code, reason});
    };
    const ReviewStore reviews(m_catalog);
    const std::optional<ReviewItem> item = reviews.item(datasetPath, plan->repositoryId);
    if (!item) {
        refuse(QStringLiteral("review"),
               tr("There is no review of %1 for %2.").arg(name, plan->destination));
        return;
    }
    bool refused = false;
    if (item->state != ReviewState::Approved) {
        refuse(QStringLiteral("review"),
               tr("The consent review for %1 is %2, not approved.")
                   .arg(plan->destination, ReviewItem::stateLabel(item->state).toLower()) +
                   (item->invalidatedReason.isEmpty() ? QString()
                                                      : QLatin1Char(' ') + item->invalidatedReason));
        refused = true;
    }
    const std::optional<DatasetMatch> match = reviews.currentMatch(*item, &error);
    if (!match) {
        refuse(QStringLiteral("consent"), error);
        refused = true;
    } else if (match->decision != MatchDecision::Approve) {
        refuse(QStringLiteral("consent"),
               tr("The consent match for %1 is %2: %3")
                   .arg(plan->destination, MatchResult::decisionName(match->decision),
                        match->reason));
        refused = true;
    }
    if (item->deidState != QLatin1String("approved") || item->deidRunId <= 0) {
        refuse(QStringLiteral("deid"),
               tr("The de-identification of %1 is not approved (%2).")
                   .arg(name, item->deidState));
        refused = true;
    }
    if (dataset.kind == QLatin1String("alignments") && match &&
        match->included == 0 && match->excluded > 0) {
        refuse(QStringLiteral("withdrawn"),
               tr("Every sample of %1 withdrew or its consent expired.").arg(name));
        refused = true;
    }
    if (refused)
        return;

    const DeidStore deid(m_catalog);
    const std::optional<DeidRunRecord> run = deid.run(item->deidRunId);
    if (!run || run->state != QLatin1String("validated")) {
        refuse(QStringLiteral("deid"),
               tr("The approved de-identification run #%1 is missing or did not validate.")
                   .arg(item->deidRunId));
        return;
    }
    const QVector<DeidOutputRecord> outputs = deid.outputs(run->id);
    Provenance provenance;
    provenance.datasetPath = datasetPath;
    provenance.datasetName = name;
    provenance.deidRunId = run->id;
    provenance.profileName = run->profileName;
    provenance.profileSha256 = run->profileSha256;
    provenance.deidFinishedAt = run->finishedAt.toString(Qt::ISODate);
    provenance.deidActor = run->actor;
    if (match) {
        provenance.samples = match->included;
        provenance.withdrawnRemoved = match->excluded;
        QSet<QString> codes;
        for (const SampleMatch& s : match->samples)
            if (!s.excluded && s.consent.record)
                codes.insert(s.consent.record->consent);
        provenance.consentCodes = QStringList(codes.cbegin(), codes.cend());
        provenance.consentCodes.sort();
    }
    for (const ReviewDecision& d : reviews.decisions(item->id)) {
        if (d.to != ReviewState::Approved)
            continue;
        const QString when = d.decidedAt.toString(Qt::ISODate);
        if (d.part == QLatin1String("deid")) {
            provenance.deidReviewer = d.reviewer;
            provenance.deidDecidedAt = when;
        } else {
            provenance.consentReviewer = d.reviewer;
            provenance.consentDecidedAt = when;
        }
    }

    QVector<File> files;
    bool blocked = false;
    QSqlQuery q(m_catalog.database());
    q.prepare(QStringLiteral("SELECT f.path, f.role FROM files f JOIN datasets d "
                             "ON d.id = f.dataset_id WHERE d.primary_path = ? "
                             "AND f.role IN ('data', 'sidecar') ORDER BY f.role, f.path"));
    q.addBindValue(datasetPath);
    q.exec();
    while (q.next()) {
        const QString input = q.value(0).toString();
        const bool isData = q.value(1).toString() == QLatin1String("data");
        const auto out = std::find_if(outputs.cbegin(), outputs.cend(),
                                      [&input](const DeidOutputRecord& o) {
                                          return o.inputPath == input && o.validated &&
                                                 !o.outputPath.isEmpty();
                                      });
        const QString inputName = QFileInfo(input).fileName();
        if (out == outputs.cend()) {
            // Never the original. A data file without a validated derivative stops the
            // dataset; a sidecar the profile did not rewrite is left behind.
            if (isData) {
                refuse(QStringLiteral("not-derived"),
                       tr("%1 has no validated de-identified version in run #%2.")
                           .arg(inputName)
                           .arg(run->id));
                blocked = true;
            } else {
                refuse(QStringLiteral("not-derived"),
                       tr("%1 was not rewritten by profile %2, so it is left out.")
                           .arg(inputName, run->profileName),
                       input);
            }
            continue;
        }
        const QFileInfo derived(out->outputPath);
        if (!derived.isFile()) {
            refuse(QStringLiteral("missing"),
                   tr("The de-identified file %1 is gone; run the profile again.")
                       .arg(out->outputPath));
            blocked = true;
            continue;
        }
        const QString role = isData ? QStringLiteral("data") : QStringLiteral("sidecar");
        files.push_back({datasetPath, name, out->outputPath, derived.fileName(), role,
                         derived.size(), out->outputSha256});
        provenance.inputSha256ByOutput.insert(derived.fileName(), out->inputSha256);
        if (!out->indexPath.isEmpty()) {
            const QFileInfo index(out->indexPath);
            if (!index.isFile()) {
                refuse(QStringLiteral("missing"),
                       tr("The index %1 of the de-identified file is gone; run the profile "
                          "again.")
                           .arg(out->indexPath));
                blocked = true;
                continue;
            }
            files.push_back({datasetPath, name, out->indexPath, index.fileName(),
                             QStringLiteral("index"), index.size(), QString()});
        }
    }
    if (blocked)
        return;
    plan->files += files;
    plan->provenance.push_back(provenance);
}

} // namespace steward
