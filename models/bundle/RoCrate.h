#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include "models/bundle/BundlePlanner.h"

namespace steward {

class DuoTermTable;

/**
 * The RO-Crate 1.2 metadata (`ro-crate-metadata.json`) of a bundle, which sits in the bag's
 * data/ folder: every payload file (encodingFormat as IANA type and EDAM format, size,
 * sha256), the DUO conditions of use of the included samples as term IRIs, the licence, and
 * the provenance as actions: each de-identification run (profile name and SHA-256, inputs only
 * by checksum, never by path) and each review approval (reviewer and time).
 */
class RoCrate final
{
    Q_DECLARE_TR_FUNCTIONS(RoCrate)

public:
    struct File
    {
        QString path; // relative to data/
        QString datasetPath;
        QString sourceName; // the de-identified file's name, for the provenance link
        QString role;       // data | index | sidecar
        bool encrypted = false;
        qint64 size = 0;
        QString sha256;
    };
    struct Input
    {
        QString name;
        int version = 1;
        QString description;
        QString destination;
        QString destinationDataUse;
        QString licence;     // an IRI or free text
        QString previousIdentifier; // the version this one revises, if any
        QDateTime created;
        QString actor;
        QVector<File> files;
        QVector<BundlePlanner::Provenance> provenance;
        QHash<QString, QString> folderOf; // dataset path -> folder under data/
        QStringList recipients;           // Crypt4GH recipient fingerprints
    };

    static QByteArray build(const Input& input, const DuoTermTable& terms);

    /** IANA media type and EDAM format IRI for a file name ("" when unknown). */
    static QPair<QString, QString> formatOf(const QString& fileName);
    /** DUO:0000007 -> http://purl.obolibrary.org/obo/DUO_0000007 (and MONDO, HP, ...). */
    static QString oboIri(const QString& curie);
};

} // namespace steward
