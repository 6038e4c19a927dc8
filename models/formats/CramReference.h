#pragma once

#include <atomic>

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <htslib/sam.h>

#include "models/formats/FileProblem.h"
#include "models/formats/ReadOptions.h"

namespace steward {

/** One @SQ line of an alignment header: what a reference must provide for it. */
struct ReferenceSequence
{
    QString name;
    qint64 length = 0;
    QString md5; // lowercase hex; empty when the @SQ line has no M5
    QString uri; // the UR tag as written; empty when absent
};

/**
 * Finds, offline, a local reference that decodes the bases of a CRAM.
 *
 * Candidates, in order: ReadOptions::referenceFasta; each @SQ UR that is a readable local
 * file; the FASTAs (*.fa, *.fasta, *.fa.gz, *.fasta.gz; a .gz must be bgzip with its .gzi)
 * with a .fai in ReadOptions::referenceFolders and the CRAM's own folder; a REF_PATH/REF_CACHE
 * folder holding every sequence by its M5. A candidate must have every @SQ name with its
 * length. Then the best proof wins:
 *  - Md5: every @SQ M5 equals the MD5 of that sequence (uppercase, no whitespace);
 *  - Slices: some @SQ lines have no or a different M5, but the MD5s of the reference spans
 *    that htslib checks on decode (stored per slice) all match;
 *  - NamesAndLengths: nothing to check against (no M5, no slice MD5s).
 * A candidate whose bases contradict an M5 and the slice MD5s is rejected, with the reason.
 * Nothing is ever fetched from the network. Sequence MD5s are cached per file for the life
 * of the process (keyed by path, size and modification time).
 */
class CramReference final
{
    Q_DECLARE_TR_FUNCTIONS(CramReference)

public:
    enum class Source
    {
        None,
        Option,
        Uri,
        Folder,
        Cache
    };
    enum class Match
    {
        None,
        Md5,
        Slices,
        NamesAndLengths
    };
    enum class Need
    {
        No,
        Yes,
        Unknown
    };

    struct Result
    {
        /** The FASTA found, or the REF_PATH cache folder (Source::Cache). */
        QString location;
        Source source = Source::None;
        Match match = Match::None;
        /** "<file>: <why>" for each candidate turned down. */
        QStringList rejected;

        bool found() const { return source != Source::None; }
    };

    /** The @SQ lines of a header, in header order (index = tid). */
    static QVector<ReferenceSequence> requiredSequences(sam_hdr_t* header);

    /** Reads the CRAM's header and searches; an unreadable header finds nothing. */
    static Result find(const QString& cramPath, const ReadOptions& options);
    static Result find(const QString& cramPath, const QVector<ReferenceSequence>& wanted,
                       const ReadOptions& options);

    /**
     * Checks one FASTA against the CRAM's @SQ lines (`wanted`, in header order) and slices.
     * Returns false with a one-line reason when it cannot be the reference.
     */
    static bool check(const QString& fasta, const QString& cramPath,
                      const QVector<ReferenceSequence>& wanted, Match* how, QString* reason,
                      const std::atomic_bool* cancel = nullptr);

    /**
     * Whether decoding the CRAM's bases needs a reference from outside the file: No when
     * every slice holds unmapped reads, embeds its reference or was written without one.
     * Reads only container and slice headers. Unknown for CRAM 1.x/4.x or damaged headers.
     */
    static Need needsExternalReference(const QString& cramPath, QString* why = nullptr);

    /** The "missing-reference" problem (Error) naming what is needed and how to provide it. */
    static FileProblem missingProblem(const QVector<ReferenceSequence>& wanted,
                                      const QStringList& rejected = QStringList());

    /** The @SQ M5 of a sequence: MD5 of its bytes 33..126, uppercased, as lowercase hex. */
    static QString sequenceMd5(const QByteArray& bases);

    /**
     * name -> M5 of every sequence of a FASTA (plain or bgzip), streamed in bounded memory.
     * Empty with `error` set when the file cannot be read or the read was cancelled.
     */
    static QHash<QString, QString> fastaMd5s(const QString& fasta, QString* error = nullptr,
                                             const std::atomic_bool* cancel = nullptr);

    /** The file REF_CACHE or a local REF_PATH entry holds for `md5`, or empty. */
    static QString cachedSequence(const QString& md5);
};

} // namespace steward
