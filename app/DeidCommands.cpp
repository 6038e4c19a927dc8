#include "app/DeidCommands.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "app/TerminalPrompt.h"
#include "models/catalog/Catalog.h"
#include "models/consent/ConsentStore.h"
#include "models/consent/DatasetConsent.h"
#include "models/deid/DeidRunner.h"
#include "models/deid/DeidStore.h"
#include "models/deid/PhiScanner.h"
#include "models/deid/PseudonymStore.h"
#include "models/deid/RiskReport.h"
#include "models/review/DeidReview.h"
#include "models/review/ReviewStore.h"
#include "models/transfer/RepositoryStore.h"

namespace steward {
namespace {

using E = DeidCommands::ExitCode;

void printJson(QTextStream& out, const QJsonObject& o)
{
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int usage(QTextStream& err, const QString& message)
{
    err << message << '\n';
    return E::Usage;
}

QString askSecretsPassphrase(bool creating)
{
    return TerminalPrompt::askHidden(
        creating ? DeidCommands::tr("New passphrase for Steward's secrets file: ")
                 : DeidCommands::tr("Passphrase of Steward's secrets file: "));
}

/** Files under the paths (folders are walked), in a stable order. */
QStringList expand(const QStringList& paths, QTextStream& err, bool* ok)
{
    QStringList files;
    *ok = true;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            files += found;
        } else if (info.isFile()) {
            files << info.absoluteFilePath();
        } else {
            err << DeidCommands::tr("%1: no such file or folder").arg(path) << '\n';
            *ok = false;
        }
    }
    return files;
}

int phiScan(const QStringList& paths, bool json, QTextStream& out, QTextStream& err)
{
    bool ok = true;
    const QStringList files = expand(paths, err, &ok);
    if (!ok)
        return E::Failed;
    QJsonArray rows;
    int high = 0;
    int total = 0;
    bool failed = false;
    for (const QString& file : files) {
        PhiFindings findings;
        QString error;
        if (!PhiScanner::scanFile(file, PhiScanner::Options(), &findings, &error)) {
            err << error << '\n';
            failed = true;
            continue;
        }
        for (const PhiFinding& f : findings) {
            ++total;
            if (f.severity == PhiSeverity::High)
                ++high;
            if (json) {
                rows.append(f.toJson());
                continue;
            }
            out << f.file << ':' << (f.line > 0 ? QString::number(f.line) : QString())
                << (f.record >= 0 ? QStringLiteral("record %1").arg(f.record + 1) : QString())
                << ": " << PhiFinding::severityName(f.severity) << ' '
                << PhiFinding::className(f.phiClass) << " [" << f.field << "] \"" << f.text
                << "\" -> " << f.action << '\n';
        }
    }
    if (json)
        printJson(out, QJsonObject{{QStringLiteral("files"), int(files.size())},
                                   {QStringLiteral("findings"), rows},
                                   {QStringLiteral("high"), high}});
    else
        out << DeidCommands::tr("%n finding(s)", nullptr, total) << ", "
            << DeidCommands::tr("%n of high severity", nullptr, high) << ", "
            << DeidCommands::tr("in %n file(s)", nullptr, int(files.size())) << '\n';
    return failed || high > 0 ? E::Failed : E::Done;
}

struct Target
{
    QStringList inputs;
    QString datasetPath;
};

/** Files named directly, or a catalog dataset (by name or primary path) with its sidecars. */
bool resolveTargets(const Catalog& catalog, const QStringList& args, Target* target,
                    QTextStream& err)
{
    for (const QString& arg : args) {
        const QFileInfo info(arg);
        const DeidStore store(catalog);
        QString error;
        const std::optional<DatasetConsent::Dataset> dataset =
            DatasetConsent::find(catalog, info.exists() ? info.absoluteFilePath() : arg, &error);
        if (dataset && (args.size() == 1 || !info.exists())) {
            target->datasetPath = dataset->path;
            target->inputs += store.datasetInputs(dataset->path);
            continue;
        }
        if (info.isFile()) {
            target->inputs << info.absoluteFilePath();
            continue;
        }
        err << (error.isEmpty() ? DeidCommands::tr("%1: no such file or dataset").arg(arg) : error)
            << '\n';
        return false;
    }
    target->inputs.removeDuplicates();
    return true;
}

void printRun(const DeidRunner::Result& r, QTextStream& out)
{
    const QLocale locale;
    for (const DeidRunner::FileOutcome& f : r.files) {
        if (!f.skipped.isEmpty()) {
            out << DeidCommands::tr("skipped   %1: %2").arg(f.input, f.skipped) << '\n';
            continue;
        }
        const DeidTransformResult& t = f.result;
        if (!t.ok) {
            out << DeidCommands::tr("FAILED    %1: %2").arg(f.input, t.error) << '\n';
            continue;
        }
        out << (t.validated() ? DeidCommands::tr("validated ") : DeidCommands::tr("MISMATCH  "))
            << t.output << '\n'
            << "          " << DeidCommands::tr("from %1").arg(f.input) << '\n'
            << "          "
            << (t.bodyIdentical
                    ? DeidCommands::tr("%1, %2 -> %3 records, body byte-identical")
                          .arg(t.method, locale.toString(t.recordsIn),
                               locale.toString(t.recordsOut))
                    : DeidCommands::tr("%1, %2 -> %3 records, digest %4")
                          .arg(t.method, locale.toString(t.recordsIn),
                               locale.toString(t.recordsOut), t.digestOut.left(16)))
            << '\n';
        for (const QString& c : t.changes)
            out << "          - " << c << '\n';
    }
    int resolved = 0;
    for (const PhiFinding& f : r.findings)
        resolved += f.resolved ? 1 : 0;
    out << DeidCommands::tr("Profile %1 (sha256 %2)").arg(r.profileName, r.profileSha256.left(16))
        << '\n'
        << DeidCommands::tr("Findings: %1 resolved of %2; %n high-severity unresolved", nullptr,
                            r.unresolved(PhiSeverity::High))
               .arg(resolved)
               .arg(r.findings.size())
        << '\n';
    for (const PhiFinding& f : r.findings)
        if (!f.resolved)
            out << "  " << DeidCommands::tr("unresolved") << ' '
                << PhiFinding::severityName(f.severity) << ' ' << PhiFinding::className(f.phiClass)
                << ' ' << QFileInfo(f.file).fileName() << " (" << f.location() << "): \"" << f.text
                << "\"\n";
    if (!r.droppedSamples.isEmpty())
        out << DeidCommands::tr("Removed samples (consent): %1")
                   .arg(r.droppedSamples.join(QStringLiteral(", ")))
            << '\n';
    if (r.runId > 0)
        out << DeidCommands::tr("Recorded as run %1 in the catalog and the audit log.").arg(r.runId)
            << '\n';
}

int deidRun(const Catalog& catalog, const QStringList& args, const QCommandLineParser& p, bool json,
            int threads, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty() || !p.isSet(QStringLiteral("profile")))
        return usage(
            err, DeidCommands::tr("steward deid PATH|DATASET... --profile NAME|FILE [--out DIR]"));
    DeidRunner::Params params;
    QString error;
    if (!DeidProfile::resolve(p.value(QStringLiteral("profile")), &params.profile, &error)) {
        err << error << '\n';
        return E::Usage;
    }
    Target target;
    if (!resolveTargets(catalog, args, &target, err))
        return E::Failed;
    params.inputs = target.inputs;
    params.datasetPath = target.datasetPath;
    params.outDir = p.isSet(QStringLiteral("out"))
                        ? QFileInfo(p.value(QStringLiteral("out"))).absoluteFilePath()
                        : QDir(DeidRunner::defaultDerivedFolder())
                              .filePath(QFileInfo(target.inputs.value(0)).completeBaseName());
    params.threads = qMax(1, threads);
    params.catalogPath = catalog.path();
    if (p.isSet(QStringLiteral("reference")))
        params.referenceFasta = QFileInfo(p.value(QStringLiteral("reference"))).absoluteFilePath();
    params.excludedSamples =
        DatasetConsent::excludedSamples(ConsentStore(catalog).records(), QDate::currentDate());
    if (!PseudonymStore::workstationKey(&params.key, &error, askSecretsPassphrase)) {
        err << error << '\n';
        return E::Failed;
    }
    const DeidRunner::Result result = DeidRunner::run(params);
    if (json) {
        printJson(out, result.toJson(false));
    } else {
        printRun(result, out);
        if (!result.error.isEmpty())
            err << result.error << '\n';
    }
    if (!result.ok)
        return E::Failed;
    return result.unresolved(PhiSeverity::High) > 0 ? E::Attention : E::Done;
}

int deidShow(const Catalog& catalog, const QString& key, bool json, QTextStream& out,
             QTextStream& err)
{
    QString error;
    const std::optional<DatasetConsent::Dataset> dataset =
        DatasetConsent::find(catalog, key, &error);
    if (!dataset) {
        err << error << '\n';
        return E::Failed;
    }
    const DeidStore store(catalog);
    const std::optional<DeidRunRecord> run = store.latestRun(dataset->path);
    if (!run) {
        err << DeidCommands::tr("%1 has not been de-identified yet: steward deid %1 --profile "
                                "safe-harbor")
                   .arg(dataset->name)
            << '\n';
        return E::Failed;
    }
    const QVector<DeidOutputRecord> outputs = store.outputs(run->id);
    const PhiFindings findings = store.findings(run->id);
    if (json) {
        QJsonArray files;
        for (const DeidOutputRecord& o : outputs)
            files.append(QJsonObject{{QStringLiteral("input"), o.inputPath},
                                     {QStringLiteral("output"), o.outputPath},
                                     {QStringLiteral("method"), o.method},
                                     {QStringLiteral("validated"), o.validated},
                                     {QStringLiteral("output_sha256"), o.outputSha256}});
        QJsonArray rows;
        for (const PhiFinding& f : findings)
            rows.append(f.toJson());
        printJson(out, QJsonObject{{QStringLiteral("dataset"), dataset->path},
                                   {QStringLiteral("run"), double(run->id)},
                                   {QStringLiteral("state"), run->state},
                                   {QStringLiteral("profile"), run->profileName},
                                   {QStringLiteral("profile_sha256"), run->profileSha256},
                                   {QStringLiteral("unresolved_high"), run->unresolvedHigh},
                                   {QStringLiteral("files"), files},
                                   {QStringLiteral("findings"), rows}});
        return E::Done;
    }
    out << DeidCommands::tr("%1: run %2 with %3 by %4 on %5: %6")
               .arg(dataset->name)
               .arg(run->id)
               .arg(run->profileName, run->actor,
                    QLocale().toString(run->finishedAt.toLocalTime(), QLocale::ShortFormat),
                    run->state)
        << '\n';
    for (const DeidOutputRecord& o : outputs)
        out << "  " << (o.validated ? QStringLiteral("ok  ") : QStringLiteral("--  "))
            << (o.outputPath.isEmpty() ? o.inputPath : o.outputPath) << "  (" << o.method << ")\n";
    out << DeidCommands::tr("%n high-severity finding(s) unresolved", nullptr, run->unresolvedHigh)
        << '\n';
    for (const PhiFinding& f : findings)
        out << "  "
            << (f.resolved ? DeidCommands::tr("resolved  ") : DeidCommands::tr("OPEN      "))
            << PhiFinding::severityName(f.severity).leftJustified(7)
            << PhiFinding::className(f.phiClass).leftJustified(14) << QFileInfo(f.file).fileName()
            << " (" << f.location() << "): \"" << f.text << "\"\n";
    return E::Done;
}

int deidDecide(const Catalog& catalog, const QString& verb, const QString& key,
               const QCommandLineParser& p, QTextStream& out, QTextStream& err)
{
    DeidReview::Action action;
    DeidReview::actionFromName(verb, &action);
    const QString destination = p.value(QStringLiteral("destination"));
    if (destination.isEmpty())
        return usage(err, DeidCommands::tr("steward deid %1 DATASET --destination NAME "
                                           "[--comment TEXT]")
                              .arg(verb));
    QString error;
    const std::optional<DatasetConsent::Dataset> dataset =
        DatasetConsent::find(catalog, key, &error);
    const std::optional<Repository> repository = RepositoryStore(catalog).repository(destination);
    if (!dataset || !repository) {
        err << (dataset ? DeidCommands::tr("No destination named %1.").arg(destination) : error)
            << '\n';
        return E::Failed;
    }
    ReviewStore reviews(catalog);
    if (!reviews.refresh(&error)) {
        err << error << '\n';
        return E::Failed;
    }
    const std::optional<ReviewItem> item = reviews.item(dataset->path, repository->id);
    if (!item) {
        err << DeidCommands::tr("%1 has no review for %2 (a destination needs a declared data use "
                                "to be reviewed against).")
                   .arg(dataset->name, destination)
            << '\n';
        return E::Failed;
    }
    if (!DeidReview(catalog).decide(item->id, action, p.value(QStringLiteral("comment")), &error)) {
        err << error << '\n';
        return E::Failed;
    }
    out << DeidCommands::tr("%1 for %2: %3")
               .arg(dataset->name, destination,
                    DeidReview::stateLabel(ReviewStore(catalog).item(item->id)->deidState))
        << '\n';
    return E::Done;
}

int pseudonyms(const Catalog& catalog, const QStringList& args, const QCommandLineParser& p,
               bool json, QTextStream& out, QTextStream& err)
{
    QByteArray key;
    QString error;
    if (!PseudonymStore::workstationKey(&key, &error, askSecretsPassphrase)) {
        err << error << '\n';
        return E::Failed;
    }
    const PseudonymStore store(catalog, key);
    const QString sub = args.value(1);
    if (sub == QLatin1String("list") && args.size() == 2) {
        QVector<PseudonymStore::Entry> entries;
        if (!store.entries(&entries, &error)) {
            err << error << '\n';
            return E::Failed;
        }
        QJsonArray rows;
        for (const PseudonymStore::Entry& e : entries) {
            if (json)
                rows.append(QJsonObject{{QStringLiteral("kind"), e.kind},
                                        {QStringLiteral("pseudonym"), e.pseudonym},
                                        {QStringLiteral("original"), e.original}});
            else
                out << e.kind.leftJustified(8) << e.pseudonym.leftJustified(14) << e.original
                    << '\n';
        }
        if (json)
            printJson(out, QJsonObject{{QStringLiteral("pseudonyms"), rows}});
        return E::Done;
    }
    if (sub == QLatin1String("export") && args.size() == 3) {
        QString passphrase;
        if (p.isSet(QStringLiteral("passphrase-file"))) {
            QFile f(p.value(QStringLiteral("passphrase-file")));
            if (!f.open(QIODevice::ReadOnly)) {
                err << DeidCommands::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString())
                    << '\n';
                return E::Failed;
            }
            passphrase = QString::fromUtf8(f.readLine()).trimmed();
        } else {
            passphrase = TerminalPrompt::askHidden(
                DeidCommands::tr("Passphrase for the data controller's copy: "));
        }
        if (!store.exportEncrypted(args.at(2), passphrase, &error)) {
            err << error << '\n';
            return E::Failed;
        }
        out << DeidCommands::tr("Wrote the encrypted mapping to %1.").arg(args.at(2)) << '\n';
        return E::Done;
    }
    return usage(err,
                 DeidCommands::tr("steward pseudonyms list | export FILE [--passphrase-file F]"));
}

int riskCommand(const QString& file, const QStringList& qi, const QString& sensitive, int k,
                bool json, QTextStream& out, QTextStream& err)
{
    RiskReport report;
    QString error;
    if (!RiskReport::compute(file, qi, sensitive, k, &report, &error)) {
        err << error << '\n';
        return E::Failed;
    }
    if (json) {
        printJson(out, report.toJson());
        return report.belowK() ? E::Attention : E::Done;
    }
    const QLocale locale;
    out << DeidCommands::tr("%1: %2 records in %3 equivalence classes over %4")
               .arg(file, locale.toString(report.records), locale.toString(report.classes),
                    report.quasiIdentifiers.join(QStringLiteral(", ")))
        << '\n'
        << DeidCommands::tr("k-anonymity: %1 (smallest class)").arg(report.smallestClass) << '\n'
        << DeidCommands::tr("records in classes smaller than %1: %2")
               .arg(report.k)
               .arg(locale.toString(report.recordsAtRisk))
        << '\n';
    if (report.lDiversity >= 0)
        out << DeidCommands::tr("l-diversity of %1: %2")
                   .arg(report.sensitive)
                   .arg(report.lDiversity)
            << '\n';
    out << DeidCommands::tr("class sizes:") << '\n';
    for (auto it = report.sizeHistogram.cbegin(); it != report.sizeHistogram.cend(); ++it)
        out << "  " << QString::number(it.key()).rightJustified(6) << "  "
            << DeidCommands::tr("%n class(es)", nullptr, it.value()) << '\n';
    if (report.belowK()) {
        out << DeidCommands::tr("WARNING: below k = %1; classes at risk:").arg(report.k) << '\n';
        for (const QString& c : report.riskyClasses)
            out << "  " << c << '\n';
    }
    return report.belowK() ? E::Attention : E::Done;
}

} // namespace

QList<QCommandLineOption> DeidCommands::options()
{
    return {QCommandLineOption(QStringLiteral("profile"),
                               tr("deid: a shipped profile (safe-harbor, research-minimal) or a "
                                  "profile file."),
                               tr("name|file")),
            QCommandLineOption(QStringLiteral("out"),
                               tr("deid: output folder (default: Steward's derived-files "
                                  "folder); keygen: the key files' prefix."),
                               tr("dir")),
            QCommandLineOption(QStringLiteral("qi"),
                               tr("risk: quasi-identifier columns, comma-separated; "
                                  "column:band10, column:year or column:3 generalise."),
                               tr("cols")),
            QCommandLineOption(QStringLiteral("sensitive"),
                               tr("risk: the sensitive column for l-diversity."), tr("col")),
            QCommandLineOption(QStringLiteral("k"),
                               tr("risk: the smallest acceptable class size (default 5)."),
                               tr("n")),
            QCommandLineOption(QStringLiteral("passphrase-file"),
                               tr("pseudonyms export, keygen, encrypt, decrypt: read the "
                                  "passphrase from a file."),
                               tr("file"))};
}

QStringList DeidCommands::optionsWithValue()
{
    QStringList list;
    for (const QCommandLineOption& o : options())
        list << QStringLiteral("--") + o.names().first();
    return list;
}

bool DeidCommands::handles(const QStringList& positional)
{
    const QString command = positional.value(0);
    return command == QLatin1String("phi-scan") || command == QLatin1String("deid") ||
           command == QLatin1String("risk") || command == QLatin1String("pseudonyms");
}

int DeidCommands::run(const QStringList& args, const QCommandLineParser& p,
                      const QString& catalogPath, bool json, int threads, QTextStream& out,
                      QTextStream& err)
{
    const QString command = args.value(0);
    if (command == QLatin1String("phi-scan")) {
        if (args.size() < 2)
            return usage(err, tr("steward phi-scan PATH... [--json]"));
        return phiScan(args.mid(1), json, out, err);
    }
    if (command == QLatin1String("risk")) {
        if (args.size() != 2 || !p.isSet(QStringLiteral("qi")))
            return usage(err, tr("steward risk FILE --qi COLS [--sensitive COL] [--k N]"));
        int k = 5;
        if (p.isSet(QStringLiteral("k"))) {
            bool ok = false;
            k = p.value(QStringLiteral("k")).toInt(&ok);
            if (!ok || k < 2)
                return usage(err, tr("--k needs a whole number of at least 2."));
        }
        return riskCommand(args.at(1), p.value(QStringLiteral("qi")).split(QLatin1Char(',')),
                           p.value(QStringLiteral("sensitive")), k, json, out, err);
    }
    Catalog catalog(Catalog::resolvePath(catalogPath));
    QString error;
    if (!catalog.open(&error)) {
        err << error << '\n';
        return E::Failed;
    }
    if (command == QLatin1String("pseudonyms"))
        return pseudonyms(catalog, args, p, json, out, err);
    const QString sub = args.value(1);
    if (sub == QLatin1String("show") && args.size() == 3 && !QFileInfo::exists(sub))
        return deidShow(catalog, args.at(2), json, out, err);
    DeidReview::Action action;
    if (DeidReview::actionFromName(sub, &action) && args.size() == 3 && !QFileInfo::exists(sub))
        return deidDecide(catalog, sub, args.at(2), p, out, err);
    return deidRun(catalog, args.mid(1), p, json, threads, out, err);
}

} // namespace steward
