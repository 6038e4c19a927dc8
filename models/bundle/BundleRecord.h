#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace steward {

/** Where a bundle stands: edited, sealed (immutable), pushed, delivered. */
enum class BundleState
{
    Draft,
    Sealed,
    Queued,
    Delivered,
    Failed
};

/** A Crypt4GH recipient a bundle is encrypted for. */
struct BundleRecipient
{
    QString name;
    QString fingerprint; // SHA256:... of the X25519 public key
    QString publicKey;   // base64 of the 32 raw bytes
};

/** A file a sealed bundle carries. */
struct BundleFile
{
    QString bagPath;    // "data/trio/trio.deid.vcf.gz.c4gh"
    QString sourcePath; // the de-identified file it was made from; empty for generated files
    QString datasetPath;
    QString role; // data | index | sidecar | metadata
    bool encrypted = false;
    qint64 size = 0;
    QString sha256;
    QString sha512;
};

/**
 * A bundle as the catalog keeps it: the datasets chosen for one destination and, once sealed,
 * the bag on disk, its identifier (the SHA-256 of its tag manifest) and its files. A sealed
 * bundle never changes; editing it makes a new version.
 */
struct BundleRecord
{
    Q_DECLARE_TR_FUNCTIONS(BundleRecord)

public:
    qint64 id = 0;
    QString name;
    int version = 1;
    qint64 parentId = 0;
    qint64 repositoryId = 0;
    QString repositoryName;
    BundleState state = BundleState::Draft;
    QString description;
    QVector<BundleRecipient> recipients;
    QStringList datasets; // primary paths
    QString path;
    QString identifier;
    QString payloadOxum;
    QString actor;
    QDateTime createdAt;
    QDateTime sealedAt;

    bool isSealed() const { return state != BundleState::Draft; }
    /** "trio-cf v2" */
    QString displayName() const;

    static QString stateName(BundleState state); // draft | sealed | queued | delivered | failed
    static bool stateFromName(const QString& name, BundleState* state);
    static QString stateLabel(BundleState state); // translated
};

} // namespace steward
