#include "models/bundle/BundleSealer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "models/bundle/BagWriter.h"
#include "models/bundle/BundleStore.h"
#include "models/bundle/ChecksumCache.h"
#include "models/bundle/RoCrate.h"
#include "models/catalog/Catalog.h"
#include "models/consent/DuoTermTable.h"
#include "models/crypt4gh/Crypt4ghWriter.h"
#include "models/review/Reviewer.h"

namespace steward {

BundleSealer::Params BundleSealer::fromSettings(qint64 bundleId)
{
    Params p;
    p.bundleId = bundleId;
    p.outDir = kFolder.value();
    p.sourceOrganization = kOrganization.value();
    p.contactName = kContactName.value();
    p.contactEmail = kContactEmail.value();
    p.licence = kLicence.value();
    if (p.contactName.isEmpty())
        p.contactName = Reviewer::name();
    return p;
}

QString BundleSealer::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("bundles"));
}

BundleSealer::BundleSealer(const Catalog& catalog) : m_catalog(catalog) {}

BundleSealer::Result BundleSealer::seal(const Params& params, const std::atomic_bool* cancel,
                                        const Progress& progress) const
{
    Result result;
    auto report = [&progress](qint64 done, qint64 total, const QString& step) {
        if (progress)
            progress(done, total, step);
    };
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    BundleStore store(m_catalog);
    const std::optional<BundleRecord> bundle = store.bundle(params.bundleId);
    if (!bundle) {
        result.error = tr("No bundle %1.").arg(params.bundleId);
        return result;
    }
    if (bundle->isSealed()) {
        result.error = tr("%1 is already sealed (%2); make a new version to change it.")
                           .arg(bundle->displayName(), bundle->identifier.left(16));
        return result;
    }
    if (bundle->datasets.isEmpty()) {
        result.error = tr("%1 has no datasets to seal.").arg(bundle->displayName());
        return result;
    }

    // 1. Every gate again, now.
    report(0, 0, tr("Checking reviews and consent"));
    result.plan = BundlePlanner(m_catalog).plan(bundle->repositoryName, bundle->datasets);
    if (!result.plan.ok()) {
        result.error = result.plan.error;
        return result;
    }
    if (!result.plan.complete() || result.plan.files.isEmpty()) {
        QStringList reasons;
        for (const BundlePlanner::Refusal& r : std::as_const(result.plan.refusals))
            if (r.file.isEmpty())
                reasons << QStringLiteral("%1: %2").arg(r.datasetName, r.reason);
        result.error = reasons.isEmpty()
                           ? tr("Nothing in %1 can be shipped.").arg(bundle->displayName())
                           : tr("%1 cannot be sealed:\n%2")
                                 .arg(bundle->displayName(), reasons.join(QLatin1Char('\n')));
        return result;
    }

    const QString outDir = params.outDir.isEmpty() ? defaultFolder() : params.outDir;
    if (!QDir().mkpath(outDir)) {
        result.error = tr("Cannot create the bundle folder %1.").arg(outDir);
        return result;
    }
    const QString folderName = QStringLiteral("%1-v%2").arg(bundle->name).arg(bundle->version);
    const QString finalPath = QDir(outDir).filePath(folderName);
    if (QFileInfo::exists(finalPath)) {
        result.error = tr("%1 already exists; a sealed bag is never overwritten.").arg(finalPath);
        return result;
    }

    // 2. The de-identified files must be exactly what the run validated.
    ChecksumCache cache(m_catalog);
    const qint64 total = result.plan.bytes();
    qint64 done = 0;
    QHash<QString, FileChecksums> sums;
    for (const BundlePlanner::File& f : std::as_const(result.plan.files)) {
        FileChecksums c;
        QString error;
        if (!cache.checksums(f.sourcePath, &c, &error, cancel)) {
            result.error = cancelled() ? tr("Cancelled.") : error;
            return result;
        }
        if (!f.expectedSha256.isEmpty() && c.sha256 != f.expectedSha256) {
            result.error = tr("%1 changed after its de-identification run (SHA-256 %2, the run "
                              "recorded %3); run the profile again.")
                               .arg(f.sourcePath, c.sha256.left(16), f.expectedSha256.left(16));
            return result;
        }
        sums.insert(f.sourcePath, c);
        done += f.size;
        report(done, total, tr("Checking files"));
    }

    // 3. Crypt4GH for the recipients: data, indexes and sidecars alike.
    const bool encrypt = !bundle->recipients.isEmpty();
    const QString staging =
        QDir(outDir).filePath(QLatin1Char('.') + folderName + QStringLiteral(".c4gh-staging"));
    struct StagingCleanup
    {
        QString path;
        ChecksumCache* cache = nullptr;
        QStringList staged;
        ~StagingCleanup()
        {
            for (const QString& f : std::as_const(staged))
                cache->forget(f); // the catalog keeps no rows for files that are gone
            if (!path.isEmpty())
                QDir(path).removeRecursively();
        }
    } cleanup;
    cleanup.cache = &cache;
    QList<BagWriter::PayloadEntry> payload;
    QVector<RoCrate::File> crateFiles;
    QHash<QString, BundlePlanner::File> planned; // bag path (under data/) -> planned file
    if (encrypt) {
        QDir(staging).removeRecursively(); // left by a killed run
        if (!QDir().mkpath(staging)) {
            result.error = tr("Cannot create %1.").arg(staging);
            return result;
        }
        cleanup.path = staging;
    }
    Crypt4ghWriter::Options c4gh;
    for (const BundleRecipient& r : bundle->recipients)
        c4gh.recipients.push_back(QByteArray::fromBase64(r.publicKey.toLatin1()));
    c4gh.threads = qMax(1, params.threads);
    c4gh.cancel = cancel;
    done = 0;
    for (const BundlePlanner::File& f : std::as_const(result.plan.files)) {
        QString source = f.sourcePath;
        QString bagPath = f.bagPath;
        FileChecksums c = sums.value(f.sourcePath);
        if (encrypt) {
            bagPath += QStringLiteral(".c4gh");
            source = QDir(staging).filePath(bagPath);
            QDir().mkpath(QFileInfo(source).absolutePath());
            const qint64 before = done;
            c4gh.progress = [&](qint64 d, qint64) {
                report(before + d, total, tr("Encrypting %1").arg(f.bagPath));
            };
            QString error;
            cleanup.staged << source;
            if (!Crypt4ghWriter::encryptFile(f.sourcePath, source, c4gh, &error)) {
                result.error = cancelled() ? tr("Cancelled.") : error;
                return result;
            }
            // Through the cache: the bag writer then copies the staged file checking its
            // SHA-256 only, instead of computing all three digests a second time.
            if (!cache.checksums(source, &c, &error, cancel)) {
                result.error = cancelled() ? tr("Cancelled.") : error;
                return result;
            }
            done += f.size;
        }
        payload.append(BagWriter::PayloadEntry::file(source, bagPath));
        crateFiles.push_back({bagPath, f.datasetPath, QFileInfo(f.sourcePath).fileName(), f.role,
                              encrypt, c.size, c.sha256});
        planned.insert(QStringLiteral("data/") + bagPath, f);
    }

    // 4. RO-Crate metadata, then the bag.
    RoCrate::Input crate;
    crate.name = bundle->name;
    crate.version = bundle->version;
    crate.description = bundle->description;
    crate.destination = bundle->repositoryName;
    crate.destinationDataUse = result.plan.destinationDataUse;
    crate.licence = params.licence;
    crate.created = QDateTime::currentDateTimeUtc();
    crate.actor = bundle->actor.section(QLatin1String(" ("), 0, 0);
    crate.files = crateFiles;
    crate.provenance = result.plan.provenance;
    for (const BundlePlanner::File& f : std::as_const(result.plan.files))
        crate.folderOf.insert(f.datasetPath, f.bagPath.section(QLatin1Char('/'), 0, 0));
    for (const BundleRecipient& r : bundle->recipients)
        crate.recipients << r.fingerprint;
    if (bundle->parentId > 0)
        if (const std::optional<BundleRecord> parent = store.bundle(bundle->parentId))
            crate.previousIdentifier = parent->identifier;
    payload.append(
        BagWriter::PayloadEntry::bytes(RoCrate::build(crate, DuoTermTable::current(m_catalog)),
                                       QStringLiteral("ro-crate-metadata.json")));

    BagWriter::Params bag;
    bag.destination = finalPath;
    bag.payload = payload;
    bag.info.sourceOrganization = params.sourceOrganization;
    bag.info.contactName = params.contactName;
    bag.info.contactEmail = params.contactEmail;
    bag.info.externalDescription = bundle->description.isEmpty()
                                       ? tr("%1 for %2: %n dataset(s), de-identified and approved.",
                                            nullptr, int(result.plan.provenance.size()))
                                             .arg(bundle->displayName(), bundle->repositoryName)
                                       : bundle->description;
    bag.info.externalIdentifier = bundle->displayName();
    bag.info.extraFields.append({QStringLiteral("Bag-Group-Identifier"), bundle->name});
    bag.info.extraFields.append({QStringLiteral("Bag-Count"), QStringLiteral("1 of 1")});
    if (encrypt)
        bag.info.extraFields.append({QStringLiteral("Steward-Encryption"),
                                     QStringLiteral("crypt4gh; recipients %1")
                                         .arg(crate.recipients.join(QLatin1Char(' ')))});
    bag.info.extraFields.append({QStringLiteral("Steward-Destination"), bundle->repositoryName});
    BagWriter writer(&cache);
    BagWriter::Result written;
    QString error;
    if (!writer.write(bag, &written, &error, cancel,
                      [&](qint64 d, qint64 t) { report(d, t, tr("Writing the bag")); })) {
        result.error = cancelled() ? tr("Cancelled.") : error;
        return result;
    }

    // 5. Record it: from now on the bundle never changes. Its files' checksums go to the cache
    // too, so pushing the bag sends it without reading every file a second time to hash it.
    for (auto it = written.checksums.cbegin(); it != written.checksums.cend(); ++it) {
        ChecksumCache::Stamp stamp;
        if (ChecksumCache::stamp(QDir(written.path).filePath(it.key()), &stamp, nullptr))
            cache.store(stamp, it.value(), nullptr);
    }
    for (auto it = written.checksums.cbegin(); it != written.checksums.cend(); ++it) {
        const auto p = planned.constFind(it.key());
        BundleFile f;
        f.bagPath = it.key();
        f.size = it.value().size;
        f.sha256 = it.value().sha256;
        f.sha512 = it.value().sha512;
        f.encrypted = encrypt && p != planned.cend();
        if (p != planned.cend()) {
            f.sourcePath = p->sourcePath;
            f.datasetPath = p->datasetPath;
            f.role = p->role;
        } else {
            f.role = QStringLiteral("metadata");
        }
        result.files.push_back(f);
    }
    result.payloadOxum =
        QStringLiteral("%1.%2").arg(written.payloadBytes).arg(written.payloadFiles);
    if (!store.recordSeal(bundle->id, written.path, written.bagSha256, result.payloadOxum,
                          result.files, &error)) {
        QDir(written.path).removeRecursively();
        result.error = error;
        return result;
    }
    result.path = written.path;
    result.identifier = written.bagSha256;
    result.ok = true;
    return result;
}

} // namespace steward
