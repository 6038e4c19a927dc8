#include "models/deid/SidecarDeidentifier.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "models/common/Digest.h"
#include "models/common/DelimitedTable.h"
#include "models/deid/PhenopacketDeidentifier.h"
#include "models/deid/SidecarRules.h"
#include "models/deid/TableDeidentifier.h"
#include "models/formats/SidecarReader.h"

namespace steward {
namespace {

/** SHA-256 over items, each followed by a record separator so ["ab"] != ["a", "b"]. */
QString digestOf(const QStringList& items)
{
    Digest d(Digest::Algorithm::Sha256);
    for (const QString& item : items) {
        d.update(item.toUtf8());
        d.update("\x1e", 1);
    }
    return d.hexResult();
}

QString preview(const QJsonObject& o)
{
    const QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > SidecarDeidentifier::kPreviewLines) {
        lines = lines.mid(0, SidecarDeidentifier::kPreviewLines);
        lines << QStringLiteral("...");
    }
    return lines.join(QLatin1Char('\n'));
}

int lineAt(const QByteArray& bytes, int offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

bool cancelled(const DeidTransformParams& p)
{
    return p.cancel && p.cancel->load();
}

/** What a format's transform produced, before it is written. */
struct Rewrite
{
    QByteArray bytes;
    qint64 records = 0;
    QString digest;
    QString headerBefore;
    QString headerAfter;
    QStringList changes;
    // How to check the written file.
    bool json = false;
    DelimitedTable::Kind kind = DelimitedTable::Kind::Csv;
    QStringList keptColumns;
};

bool readJson(const QString& path, const QByteArray& bytes, QJsonObject* out, QString* error)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (doc.isNull()) {
        *error = SidecarDeidentifier::tr("%1:%2: invalid JSON: %3.")
                     .arg(path)
                     .arg(lineAt(bytes, err.offset))
                     .arg(err.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = SidecarDeidentifier::tr("%1 is a JSON array, not a Phenopacket (a JSON object).")
                     .arg(path);
        return false;
    }
    *out = doc.object();
    return true;
}

bool rewritePhenopacket(const DeidTransformParams& params, SidecarRules& rules, Rewrite* rw,
                        QString* error)
{
    QFile f(params.input);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = SidecarDeidentifier::tr("Cannot read %1: %2.").arg(params.input, f.errorString());
        return false;
    }
    if (f.size() > SidecarReader::kMaxJsonBytes) {
        *error = SidecarDeidentifier::tr("%1 is larger than %2 MB; a phenopacket that large is "
                                         "not read.")
                     .arg(params.input)
                     .arg(SidecarReader::kMaxJsonBytes / (1024 * 1024));
        return false;
    }
    QJsonObject in;
    if (!readJson(params.input, f.readAll(), &in, error))
        return false;
    PhenopacketDeidentifier pd(rules);
    QJsonObject out;
    QString problem;
    if (!pd.transform(in, &out, &problem)) {
        *error = SidecarDeidentifier::tr("%1: %2.").arg(params.input, problem);
        return false;
    }
    rw->json = true;
    rw->bytes = QJsonDocument(out).toJson(QJsonDocument::Indented);
    rw->records = pd.subjectsKept();
    rw->digest = digestOf(pd.clinicalContent());
    rw->headerBefore = preview(in);
    rw->headerAfter = preview(out);
    rw->changes = rules.changes();
    return true;
}

bool rewriteTable(const DeidTransformParams& params, DelimitedTable::Kind kind, SidecarRules& rules,
                  Rewrite* rw, QString* error)
{
    DelimitedTable in;
    if (!DelimitedTable::read(params.input, kind, &in, error))
        return false;
    TableDeidentifier td(rules);
    rw->bytes = td.transform(in).toUtf8();
    rw->kind = kind;
    rw->records = qint64(in.rows.size()) - rules.counts.droppedRecords;
    rw->keptColumns = td.keptColumns();
    rw->digest = digestOf(td.keptCells());
    rw->headerBefore = TableDeidentifier::headerOf(in);
    rw->headerAfter = td.headerAfter();
    rw->changes = td.columnChanges() + rules.changes();
    return true;
}

/** Reads the written file back: its records and the digest of what must not have changed. */
bool verify(const QString& partial, const Rewrite& rw, qint64* records, QString* digest,
            QString* error)
{
    QFile f(partial);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = SidecarDeidentifier::tr("Cannot read back %1: %2.").arg(partial, f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (bytes != rw.bytes) {
        *error = SidecarDeidentifier::tr("%1 does not hold what was written (%2 of %3 bytes); "
                                         "the disk may be full or failing.")
                     .arg(partial)
                     .arg(bytes.size())
                     .arg(rw.bytes.size());
        return false;
    }
    if (rw.json) {
        QJsonObject doc;
        if (!readJson(partial, bytes, &doc, error))
            return false;
        *records = PhenopacketDeidentifier::countSubjects(doc);
        *digest = digestOf(PhenopacketDeidentifier::clinicalContentOf(doc));
        return true;
    }
    DelimitedTable table;
    if (!DelimitedTable::parse(bytes, partial, rw.kind, &table, error))
        return false;
    QStringList cells;
    if (!TableDeidentifier::keptCellsOf(table, rw.keptColumns, &cells)) {
        *error = SidecarDeidentifier::tr("%1 lacks columns it should have kept (%2).")
                     .arg(partial, rw.keptColumns.join(QStringLiteral(", ")));
        return false;
    }
    *records = table.rows.size();
    *digest = digestOf(cells);
    return true;
}

} // namespace

bool SidecarDeidentifier::handles(const QString& path)
{
    DelimitedTable::Kind kind;
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ||
           DelimitedTable::kindFor(path, &kind);
}

DeidTransformResult SidecarDeidentifier::run(const DeidTransformParams& params)
{
    DeidTransformResult r;
    r.output = params.output;
    r.method = QStringLiteral("rewrite");
    auto fail = [&r](const QString& message) {
        r.ok = false;
        r.error = message;
        return r;
    };

    const QFileInfo input(params.input);
    if (!input.isFile())
        return fail(tr("%1 does not exist or is not a file.").arg(params.input));
    if (params.output.isEmpty())
        return fail(tr("No output file was given for %1.").arg(params.input));
    const QFileInfo output(params.output);
    const QString outputPath = output.exists() ? output.canonicalFilePath()
                                               : QDir(output.absolutePath()).canonicalPath() +
                                                     QLatin1Char('/') + output.fileName();
    if (outputPath == input.canonicalFilePath())
        return fail(tr("The output %1 is the input itself; originals are never overwritten. "
                       "Choose another output file.")
                        .arg(params.output));
    const QFileInfo folder(output.absolutePath());
    if (!folder.isDir())
        return fail(tr("The folder %1 for %2 does not exist.")
                        .arg(folder.absoluteFilePath(), output.fileName()));
    if (!folder.isWritable())
        return fail(tr("The folder %1 is not writable, so %2 cannot be written there.")
                        .arg(folder.absoluteFilePath(), output.fileName()));
    if (!params.pseudonymizer)
        return fail(tr("No pseudonymiser was given for %1.").arg(params.input));

    const QString suffix = input.suffix().toLower();
    DelimitedTable::Kind kind = DelimitedTable::Kind::Csv;
    const bool json = suffix == QLatin1String("json");
    if (!json && !DelimitedTable::kindFor(params.input, &kind))
        return fail(tr("%1 is not a clinical sidecar Steward can de-identify (Phenopacket .json, "
                       ".ped, .csv or .tsv).")
                        .arg(params.input));

    if (params.progress)
        params.progress(0, input.size());
    SidecarRules rules(params);
    Rewrite rw;
    QString error;
    const bool rewritten = json ? rewritePhenopacket(params, rules, &rw, &error)
                                : rewriteTable(params, kind, rules, &rw, &error);
    if (!rewritten)
        return fail(error);
    if (cancelled(params))
        return fail(tr("De-identification of %1 was cancelled.").arg(params.input));

    const QString partial = params.output + QStringLiteral(".steward-partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(tr("Cannot write %1: %2.").arg(partial, out.errorString()));
    const bool written = out.write(rw.bytes) == rw.bytes.size() && out.flush();
    const QString writeError = out.errorString();
    out.close();
    if (!written || out.error() != QFileDevice::NoError) {
        QFile::remove(partial);
        return fail(tr("Cannot write %1: %2.").arg(partial, writeError));
    }

    r.recordsIn = rw.records;
    r.digestIn = rw.digest;
    r.headerBefore = rw.headerBefore;
    r.headerAfter = rw.headerAfter;
    r.changes = rw.changes;
    if (!verify(partial, rw, &r.recordsOut, &r.digestOut, &error)) {
        QFile::remove(partial);
        return fail(error);
    }
    r.ok = true; // for validated(); reset below on any failure
    if (!r.validated()) {
        QFile::remove(partial);
        return fail(tr("%1 failed validation: %2 records where %3 were expected, and the "
                       "content the profile leaves alone %4. Nothing was written.")
                        .arg(params.input)
                        .arg(r.recordsOut)
                        .arg(r.recordsIn)
                        .arg(r.digestIn == r.digestOut ? tr("is unchanged") : tr("changed")));
    }
    if (cancelled(params)) {
        QFile::remove(partial);
        return fail(tr("De-identification of %1 was cancelled.").arg(params.input));
    }
    // std::rename replaces an existing output atomically (POSIX); QFile::rename would refuse.
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(params.output).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return fail(tr("Cannot rename %1 to %2: %3.").arg(partial, params.output, reason));
    }
    if (params.progress)
        params.progress(input.size(), input.size());
    return r;
}

} // namespace steward
