#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "models/bundle/BundleRecord.h"

namespace steward {

class Catalog;
struct Repository;
enum class TransferState;

/**
 * What ties bundles to the transfer queue: a bundle may be pushed only once sealed, only to the
 * destination it was sealed for, and only while the consent of every dataset in it still
 * matches that destination as APPROVE (a withdrawal after sealing stops the push). The bundle
 * then follows its transfer: queued, delivered, failed (or back to sealed when cancelled).
 */
class BundleDelivery final
{
    Q_DECLARE_TR_FUNCTIONS(BundleDelivery)

public:
    /** The recorded bundle whose bag is at path, if any. */
    static std::optional<BundleRecord> bundleAt(const Catalog& catalog, const QString& path);

    /**
     * True when path may be pushed to the repository: it is not a recorded bundle, or it is a
     * sealed one that passes the checks above. False with the reason otherwise. isBundle says
     * whether path is a recorded bundle.
     */
    static bool checkPush(const Catalog& catalog, const QString& path,
                          const Repository& repository, QString* error,
                          bool* isBundle = nullptr);

    /**
     * Why the bag at path is not the one sealed as bundle (its tag manifest's SHA-256 is not the
     * identifier), or empty when it is. A consistently re-hashed forgery passes BagIt
     * validation; it fails here.
     */
    static QString identifierProblem(const QString& path, const BundleRecord& bundle);

    /** Moves the bundle at sourcePath (if any) along with its transfer's new state. */
    static void followTransfer(const Catalog& catalog, const QString& sourcePath,
                               TransferState state);
};

} // namespace steward
