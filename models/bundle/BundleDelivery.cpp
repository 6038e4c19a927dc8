#include "models/bundle/BundleDelivery.h"

#include <QDir>
#include <QFileInfo>

#include "models/bundle/BundleStore.h"
#include "models/bundle/FileChecksums.h"
#include "models/catalog/Catalog.h"
#include "models/consent/DatasetConsent.h"
#include "models/review/ReviewStore.h"
#include "models/transfer/Repository.h"
#include "models/transfer/TransferRecord.h"

namespace steward {

std::optional<BundleRecord> BundleDelivery::bundleAt(const Catalog& catalog, const QString& path)
{
    return BundleStore(catalog).findByPath(path);
}

bool BundleDelivery::checkPush(const Catalog& catalog, const QString& path,
                               const Repository& repository, QString* error, bool* isBundle)
{
    const std::optional<BundleRecord> bundle = bundleAt(catalog, path);
    if (isBundle)
        *isBundle = bundle.has_value();
    if (!bundle)
        return true;
    if (!bundle->isSealed()) {
        *error = tr("%1 is a draft: seal it before pushing it.").arg(bundle->displayName());
        return false;
    }
    if (bundle->repositoryId != repository.id) {
        *error = tr("%1 was sealed for %2, not %3: its consent and de-identification were "
                    "reviewed for %2 only. Make a bundle for %3.")
                     .arg(bundle->displayName(), bundle->repositoryName, repository.name);
        return false;
    }
    // Consent can change after sealing (a withdrawal, an expiry): check it now.
    ReviewStore reviews(catalog);
    QString refreshError;
    reviews.refresh(&refreshError);
    for (const QString& dataset : bundle->datasets) {
        const std::optional<ReviewItem> item = reviews.item(dataset, repository.id);
        QString matchError;
        const std::optional<DatasetMatch> match =
            item ? reviews.currentMatch(*item, &matchError) : std::nullopt;
        if (!match) {
            *error = tr("%1 cannot be pushed: the consent of %2 cannot be checked. %3")
                         .arg(bundle->displayName(), QFileInfo(dataset).fileName(), matchError);
            return false;
        }
        if (match->decision != MatchDecision::Approve) {
            *error = tr("%1 cannot be pushed: the consent match of %2 for %3 is now %4. %5")
                         .arg(bundle->displayName(), QFileInfo(dataset).fileName(),
                              repository.name, MatchResult::decisionName(match->decision),
                              match->reason);
            return false;
        }
        if (item->state != ReviewState::Approved) {
            *error = tr("%1 cannot be pushed: the review of %2 for %3 is no longer approved. "
                        "%4 Review it again and make a new version.")
                         .arg(bundle->displayName(), QFileInfo(dataset).fileName(),
                              repository.name, item->invalidatedReason);
            return false;
        }
    }
    return true;
}

QString BundleDelivery::identifierProblem(const QString& path, const BundleRecord& bundle)
{
    if (bundle.identifier.isEmpty())
        return QString();
    FileChecksums c;
    QString error;
    if (!FileChecksums::compute(QDir(path).filePath(QStringLiteral("tagmanifest-sha256.txt")), &c,
                                &error, nullptr, {}, FileChecksums::Sha256))
        return error;
    if (c.sha256 == bundle.identifier)
        return QString();
    return tr("tagmanifest-sha256.txt: the bag is not the one sealed as %1 (identifier %2, now "
              "%3).")
        .arg(bundle.displayName(), bundle.identifier.left(16), c.sha256.left(16));
}

void BundleDelivery::followTransfer(const Catalog& catalog, const QString& sourcePath,
                                    TransferState state)
{
    const std::optional<BundleRecord> bundle = bundleAt(catalog, sourcePath);
    if (!bundle || !bundle->isSealed())
        return;
    BundleState next = bundle->state;
    switch (state) {
    case TransferState::Queued:
    case TransferState::Running:
    case TransferState::Paused:
    case TransferState::Waiting:
    case TransferState::Verifying:
        next = BundleState::Queued;
        break;
    case TransferState::Delivered:
        next = BundleState::Delivered;
        break;
    case TransferState::Failed:
        next = BundleState::Failed;
        break;
    case TransferState::Cancelled:
        next = BundleState::Sealed;
        break;
    }
    // A bundle delivered once stays delivered when pushed again and that push fails.
    if (bundle->state == BundleState::Delivered && next != BundleState::Delivered)
        return;
    QString error;
    BundleStore(catalog).setState(bundle->id, next,
                                  tr("transfer is %1").arg(TransferRecord::stateName(state)),
                                  &error);
}

} // namespace steward
