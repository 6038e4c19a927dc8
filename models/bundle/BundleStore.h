#pragma once

#include <optional>

#include <QCoreApplication>
#include <QVector>

#include "models/bundle/BundleRecord.h"

namespace steward {

class Catalog;

/**
 * Bundles in the catalog: drafts (editable: datasets, description, recipients), sealing (the
 * bag's identifier and files recorded with an audit entry, after which the bundle never
 * changes), new versions of sealed bundles, and the delivery states the transfer manager sets.
 * Every change is an audit entry.
 */
class BundleStore final
{
    Q_DECLARE_TR_FUNCTIONS(BundleStore)

public:
    explicit BundleStore(const Catalog& catalog);

    QVector<BundleRecord> bundles() const;
    std::optional<BundleRecord> bundle(qint64 id) const;
    /** By id, "name" (its newest version) or "name v2". */
    std::optional<BundleRecord> find(const QString& key) const;
    /** The sealed bundle whose bag is at path, if any. */
    std::optional<BundleRecord> findByPath(const QString& path) const;
    QVector<BundleFile> files(qint64 bundleId) const;

    bool createDraft(BundleRecord& bundle, QString* error);
    /** Datasets, description and recipients of a draft; a sealed bundle refuses. */
    bool updateDraft(const BundleRecord& bundle, QString* error);
    bool removeDraft(qint64 id, QString* error);
    /** A new draft revising a sealed bundle: same name and datasets, the next version. */
    bool newVersion(qint64 sealedId, BundleRecord* draft, QString* error);

    bool recordSeal(qint64 id, const QString& path, const QString& identifier,
                    const QString& payloadOxum, const QVector<BundleFile>& files,
                    QString* error);
    /** queued | delivered | failed (sealed bundles only), with the reason for the audit. */
    bool setState(qint64 id, BundleState state, const QString& note, QString* error);

private:
    bool loadDatasets(BundleRecord* record) const;
    const Catalog& m_catalog;
};

} // namespace steward
