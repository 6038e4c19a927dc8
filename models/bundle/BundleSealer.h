#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "models/bundle/BundlePlanner.h"
#include "models/bundle/BundleRecord.h"
#include "models/common/Setting.h"

namespace steward {

class Catalog;

/**
 * Seals a draft bundle: plans it again (every gate re-checked at sealing time), checks that
 * each de-identified file is still the one the run recorded (SHA-256), encrypts the payload
 * and its indexes with Crypt4GH when the bundle has recipients, writes the RO-Crate metadata,
 * and has the BagIt writer build the bag beside its final folder and rename it into place. The
 * identifier (SHA-256 of the tag manifest) and the files are recorded with an audit entry.
 * Nothing is left under the final name when any step fails, is cancelled or is killed.
 */
class BundleSealer final
{
    Q_DECLARE_TR_FUNCTIONS(BundleSealer)

public:
    static inline const Setting<QString> kFolder{"Bundles/folder", {}};
    static inline const Setting<QString> kOrganization{"Bundles/sourceOrganization", {}};
    static inline const Setting<QString> kContactName{"Bundles/contactName", {}};
    static inline const Setting<QString> kContactEmail{"Bundles/contactEmail", {}};
    static inline const Setting<QString> kLicence{"Bundles/licence", {}};

    struct Params
    {
        qint64 bundleId = 0;
        QString outDir; // the folder the bag goes in; empty: the Bundles/folder setting
        QString sourceOrganization;
        QString contactName;
        QString contactEmail;
        QString licence;
        int threads = 2;
    };
    struct Result
    {
        bool ok = false;
        QString error;
        BundlePlanner::Plan plan;
        QString path;
        QString identifier;
        QString payloadOxum;
        QVector<BundleFile> files;
    };
    using Progress = std::function<void(qint64 done, qint64 total, const QString& step)>;

    /** Params with the organisation, contact and licence from the settings. */
    static Params fromSettings(qint64 bundleId);
    /** The default folder bags go in (the user's application data). */
    static QString defaultFolder();

    explicit BundleSealer(const Catalog& catalog);
    Result seal(const Params& params, const std::atomic_bool* cancel = nullptr,
                const Progress& progress = {}) const;

private:
    const Catalog& m_catalog;
};

} // namespace steward
