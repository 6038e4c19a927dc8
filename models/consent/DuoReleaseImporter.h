#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include "models/consent/DuoTerm.h"

namespace steward {

class Catalog;
class DuoTermTable;

/**
 * Reads a DUO release the user chose (duo.owl in RDF/XML, or duo.csv) into a term list,
 * stores it in the catalog, where it replaces the built-in table, and says what changed.
 */
class DuoReleaseImporter final
{
    Q_DECLARE_TR_FUNCTIONS(DuoReleaseImporter)

public:
    struct Release
    {
        QString name;           // "2021-02-23", or "csv 1a2b3c4d5e6f" when the file has no version
        QString sourcePath;     // absolute
        QString sourceSha256;   // hex
        QVector<DuoTerm> terms; // sorted by id
        QStringList warnings;   // translated sentences; the import still succeeds
    };

    /** Larger files are refused: a DUO release is about 100 KiB. */
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    /**
     * Reads duo.owl (RDF/XML, recognised by content) or duo.csv. On failure returns false with
     * an error naming the file and the problem, and leaves release untouched.
     */
    static bool read(const QString& path, Release* release, QString* error);

    /** Inserts the release and its terms in one transaction: all of it or nothing. */
    static bool store(const Catalog& catalog, const Release& release, QString* error);

    /**
     * What importing `to` changes against `from` (usually DuoTermTable::current()): new
     * terms, terms missing or newly obsolete, changed codes, kinds and (between two DUO
     * releases) labels. Translated sentences, in id order; empty when nothing changes.
     */
    static QStringList differences(const DuoTermTable& from, const Release& to);
};

} // namespace steward
