#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QThread>

#include <cmath>

#include "app/BagCommands.h"
#include "app/BundleCommands.h"
#include "app/ConsentCommands.h"
#include "app/CryptCommands.h"
#include "app/DeidCommands.h"
#include "app/TransferCommands.h"
#include "models/catalog/Catalog.h"
#include "models/formats/AlignmentStatistics.h"
#include "models/formats/DemoWorkspace.h"
#include "models/formats/FileInspector.h"
#include "models/formats/VariantStatistics.h"
#include "models/formats/WorkspaceScanner.h"
#include "models/variants/VariantQuery.h"
#include "models/variants/VariantTableModel.h"

namespace steward {
namespace {

QJsonArray problemsJson(const FileProblems& problems)
{
    QJsonArray list;
    for (const FileProblem& p : problems) {
        QJsonObject o{{QStringLiteral("severity"), FileProblem::severityName(p.severity)},
                      {QStringLiteral("code"), p.code},
                      {QStringLiteral("message"), p.message}};
        if (!p.location.isEmpty())
            o.insert(QStringLiteral("location"), p.location);
        list.append(o);
    }
    return list;
}

void printProblems(QTextStream& err, const FileRecord& r)
{
    for (const FileProblem& p : std::as_const(r.problems)) {
        if (p.severity == FileProblem::Severity::Info)
            continue;
        err << FileProblem::severityName(p.severity) << ": " << r.path;
        if (!p.location.isEmpty())
            err << " (" << p.location << ")";
        err << ": " << p.message << '\n';
    }
}

QString humanBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

struct Common
{
    QString catalogPath;
    int threads = 2;
    bool json = false;
};

int scanCommand(const QStringList& paths, const Common& common, bool force, QTextStream& out,
                QTextStream& err)
{
    Catalog catalog(Catalog::resolvePath(common.catalogPath));
    QString error;
    if (!catalog.open(&error)) {
        err << error << '\n';
        return CommandLine::FileErrors;
    }
    for (const QString& p : paths) {
        if (!QFileInfo(p).isDir()) {
            err << CommandLine::tr("steward scan: %1 is not a folder.").arg(p) << '\n';
            return CommandLine::UsageError;
        }
    }
    WorkspaceScanner::Options options;
    options.threads = common.threads;
    options.force = force;
    if (!common.json)
        options.fileDone = [&err](const FileRecord& r) { printProblems(err, r); };
    WorkspaceScanner scanner(catalog, options);
    ScanSummary summary;
    if (!scanner.scan(paths, &summary, &error)) {
        err << error << '\n';
        return CommandLine::FileErrors;
    }
    if (common.json) {
        QJsonArray files;
        for (const FileRecord& r : std::as_const(summary.scanned)) {
            QJsonObject o{{QStringLiteral("path"), r.path},
                          {QStringLiteral("format"), r.format},
                          {QStringLiteral("compression"), r.compression},
                          {QStringLiteral("size"), r.size},
                          {QStringLiteral("status"), r.status},
                          {QStringLiteral("samples"), r.samples.size()},
                          {QStringLiteral("problems"), problemsJson(r.problems)}};
            if (r.recordCount >= 0)
                o.insert(QStringLiteral("records"), r.recordCount);
            if (!r.indexStatus.isEmpty())
                o.insert(QStringLiteral("index"), r.indexStatus);
            files.append(o);
        }
        const QJsonObject root{{QStringLiteral("catalog"), catalog.path()},
                               {QStringLiteral("files_seen"), summary.filesSeen},
                               {QStringLiteral("files_scanned"), summary.filesScanned},
                               {QStringLiteral("files_unchanged"), summary.filesSkipped},
                               {QStringLiteral("files_removed"), summary.filesRemoved},
                               {QStringLiteral("files_with_errors"), summary.filesWithErrors},
                               {QStringLiteral("files_with_warnings"), summary.filesWithWarnings},
                               {QStringLiteral("bytes_scanned"), summary.bytesScanned},
                               {QStringLiteral("elapsed_ms"), summary.elapsedMs},
                               {QStringLiteral("files"), files}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        out << CommandLine::tr("Scanned %1 of %2 files (%3) in %4 s; %5 unchanged, %6 removed.")
                   .arg(summary.filesScanned)
                   .arg(summary.filesSeen)
                   .arg(humanBytes(summary.bytesScanned))
                   .arg(summary.elapsedMs / 1000.0, 0, 'f', 1)
                   .arg(summary.filesSkipped)
                   .arg(summary.filesRemoved)
            << '\n'
            << CommandLine::tr("%1 files with errors, %2 with warnings. Catalog: %3")
                   .arg(summary.filesWithErrors)
                   .arg(summary.filesWithWarnings)
                   .arg(catalog.path())
            << '\n';
    }
    return summary.filesWithErrors > 0 ? CommandLine::FileErrors : CommandLine::Success;
}

void printVariantText(QTextStream& out, const FileRecord& r)
{
    const VariantStatistics s = VariantStatistics::fromJson(r.statistics);
    out << "# " << r.path << '\n';
    out << "SN\tnumber of samples:\t" << s.samples << '\n'
        << "SN\tnumber of records:\t" << s.records << '\n'
        << "SN\tnumber of no-ALTs:\t" << s.noAlts << '\n'
        << "SN\tnumber of SNPs:\t" << s.snps << '\n'
        << "SN\tnumber of MNPs:\t" << s.mnps << '\n'
        << "SN\tnumber of indels:\t" << s.indels << '\n'
        << "SN\tnumber of others:\t" << s.others << '\n'
        << "SN\tnumber of multiallelic sites:\t" << s.multiallelicSites << '\n'
        << "SN\tnumber of multiallelic SNP sites:\t" << s.multiallelicSnpSites << '\n';
    out << "TSTV\tts\t" << s.transitions << "\ttv\t" << s.transversions << "\tts/tv\t"
        << QString::number(s.tsTv(), 'f', 2) << '\n';
    for (const auto& c : std::as_const(s.contigs))
        if (c.records > 0)
            out << "CONTIG\t" << c.name << '\t' << c.records << '\n';
    for (const auto& p : std::as_const(s.perSample))
        out << "PSC\t" << p.name << "\thomRR\t" << p.homRef << "\thet\t" << p.het << "\thomAA\t"
            << p.homAlt << "\tmissing\t" << p.missing << '\n';
}

int statsCommand(const QString& path, const Common& common, bool perSample,
                 const QString& reference, QTextStream& out, QTextStream& err)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        err << CommandLine::tr("steward stats: %1 is not a file.").arg(path) << '\n';
        return CommandLine::UsageError;
    }
    ReadOptions options;
    options.threads = common.threads;
    options.perSample = perSample;
    options.referenceFasta = reference;
    options.referenceFolders << info.absolutePath();
    const FileRecord r =
        FileInspector::inspect(info.absoluteFilePath(), info.absolutePath(), options);
    if (common.json) {
        QJsonObject root{{QStringLiteral("file"), r.path},
                         {QStringLiteral("format"), r.format},
                         {QStringLiteral("compression"), r.compression},
                         {QStringLiteral("status"), r.status},
                         {QStringLiteral("problems"), problemsJson(r.problems)}};
        if (!r.indexStatus.isEmpty())
            root.insert(QStringLiteral("index"), r.indexStatus);
        if (!r.samples.isEmpty())
            root.insert(QStringLiteral("samples"), QJsonArray::fromStringList(r.samples));
        for (auto it = r.statistics.constBegin(); it != r.statistics.constEnd(); ++it)
            root.insert(it.key(), it.value());
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        printProblems(err, r);
        if (r.statisticsKind == QLatin1String("variants"))
            printVariantText(out, r);
        else if (r.statisticsKind == QLatin1String("alignments"))
            out << AlignmentStatistics::fromJson(r.statistics).flagstatText();
        else if (r.status != QLatin1String("error"))
            out << CommandLine::tr("%1: %2 file; no statistics for this format.")
                       .arg(r.path, r.format)
                << '\n';
    }
    return r.status == QLatin1String("error") ? CommandLine::FileErrors : CommandLine::Success;
}

struct VariantsOptions
{
    QString region;
    QString include;
    QString exclude;
    QString sample;
    QString columns;
    QString format = QStringLiteral("tsv");
    bool count = false;
};

/** TSV fields hold no tabs or new lines; a missing value is empty. */
QString tsvField(QString value)
{
    value.replace(QLatin1Char('\t'), QLatin1Char(' '));
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return value;
}

QJsonValue jsonField(const VariantRow& row, int column)
{
    switch (column) {
    case VariantTableModel::Pos:
        return row.pos;
    case VariantTableModel::Qual:
        return std::isnan(row.qual) ? QJsonValue() : QJsonValue(row.qual);
    case VariantTableModel::Alt:
        return QJsonArray::fromStringList(row.alts);
    case VariantTableModel::ClinVarStars:
        return row.clinVarStars < 0 ? QJsonValue() : QJsonValue(row.clinVarStars);
    case VariantTableModel::PopulationFrequency:
        return std::isnan(row.populationFrequency) ? QJsonValue()
                                                   : QJsonValue(row.populationFrequency);
    case VariantTableModel::Depth:
        return row.depth < 0 ? QJsonValue() : QJsonValue(row.depth);
    case VariantTableModel::AlleleFraction:
        return std::isnan(row.alleleFraction) ? QJsonValue() : QJsonValue(row.alleleFraction);
    case VariantTableModel::GenotypeQuality:
        return row.genotypeQuality < 0 ? QJsonValue() : QJsonValue(row.genotypeQuality);
    default: {
        const QString text = VariantTableModel::cellText(row, column);
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    }
    }
}

int variantsCommand(const QString& path, const Common& common, const VariantsOptions& o,
                    QTextStream& out, QTextStream& err)
{
    if (!QFileInfo(path).isFile()) {
        err << CommandLine::tr("steward variants: %1 is not a file.").arg(path) << '\n';
        return CommandLine::UsageError;
    }
    if (!o.include.isEmpty() && !o.exclude.isEmpty()) {
        err << CommandLine::tr("steward variants: use --include or --exclude, not both.") << '\n';
        return CommandLine::UsageError;
    }
    if (o.format != QLatin1String("tsv") && o.format != QLatin1String("json")) {
        err << CommandLine::tr("steward variants: --format is tsv or json.") << '\n';
        return CommandLine::UsageError;
    }
    VariantQuery::Params params;
    params.path = path;
    params.expression = o.include.isEmpty() ? o.exclude : o.include;
    params.exclude = !o.exclude.isEmpty();
    params.region = o.region;
    params.threads = common.threads;
    params.decodeRows = !o.count;
    VariantQuery query;
    QString error;
    int position = -1;
    if (!query.open(params, &error, &position)) {
        err << error << '\n';
        if (position >= 0)
            err << FilterExpression::caretLine(params.expression, position) << '\n';
        return position >= 0 ? CommandLine::UsageError : CommandLine::FileErrors;
    }
    int sample = -1;
    if (!o.sample.isEmpty()) {
        sample = query.sampleIndex(o.sample);
        if (sample < 0) {
            err << CommandLine::tr("steward variants: the file has no sample %1.").arg(o.sample)
                << '\n';
            return CommandLine::UsageError;
        }
        params.sample = sample;
        if (!query.open(params, &error, &position)) {
            err << error << '\n';
            return CommandLine::FileErrors;
        }
    }

    // CHROM, POS, REF, ALT first, then the chosen (or default) columns.
    QVector<int> columns{VariantTableModel::Chrom, VariantTableModel::Pos, VariantTableModel::Ref,
                         VariantTableModel::Alt};
    if (o.columns.isEmpty()) {
        for (int c = VariantTableModel::Id; c < VariantTableModel::Genotype; ++c)
            if (c != VariantTableModel::Ref && c != VariantTableModel::Alt)
                columns << c;
        if (sample >= 0)
            for (int c = VariantTableModel::Genotype; c < VariantTableModel::ColumnCount; ++c)
                columns << c;
    } else {
        for (const QString& key : o.columns.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int c = VariantTableModel::columnForKey(key);
            if (c < 0) {
                QStringList known;
                for (int k = 0; k < VariantTableModel::ColumnCount; ++k)
                    known << VariantTableModel::columnKey(k);
                err << CommandLine::tr("steward variants: unknown column %1; the columns are: %2.")
                           .arg(key.trimmed(), known.join(QStringLiteral(", ")))
                    << '\n';
                return CommandLine::UsageError;
            }
            if (!columns.contains(c))
                columns << c;
        }
    }

    bool first = true;
    if (!o.count) {
        if (o.format == QLatin1String("tsv")) {
            QStringList header;
            for (int c : columns)
                header << VariantTableModel::columnKey(c).toUpper();
            out << header.join(QLatin1Char('\t')) << '\n';
        } else {
            out << "[";
        }
    }
    const auto visit = [&](qint64, const VariantRow& row) {
        if (o.count)
            return true;
        if (o.format == QLatin1String("tsv")) {
            QStringList fields;
            for (int c : columns)
                fields << (c == VariantTableModel::ClinVarStars && row.clinVarStars >= 0
                               ? QString::number(row.clinVarStars)
                               : tsvField(VariantTableModel::cellText(row, c)));
            out << fields.join(QLatin1Char('\t')) << '\n';
        } else {
            QJsonObject object;
            for (int c : columns)
                object.insert(VariantTableModel::columnKey(c), jsonField(row, c));
            if (!row.error.isEmpty())
                object.insert(QStringLiteral("error"), row.error);
            out << (first ? "\n" : ",\n") << QJsonDocument(object).toJson(QJsonDocument::Compact);
            first = false;
        }
        return true;
    };
    if (!query.run(nullptr, visit, {}, &error)) {
        err << error << '\n';
        return CommandLine::FileErrors;
    }
    if (o.count)
        out << query.recordsPassed() << '\n';
    else if (o.format == QLatin1String("json"))
        out << "\n]\n";
    return CommandLine::Success;
}

} // namespace

bool CommandLine::isHeadless(const QStringList& arguments)
{
    static const QStringList withValue{
        QStringLiteral("--catalog"),     QStringLiteral("--threads"), QStringLiteral("--reference"),
        QStringLiteral("--region"),      QStringLiteral("--include"), QStringLiteral("--exclude"),
        QStringLiteral("--sample"),      QStringLiteral("--columns"), QStringLiteral("--format"),
        QStringLiteral("--consent"),     QStringLiteral("--purpose"), QStringLiteral("--state"),
        QStringLiteral("--destination"), QStringLiteral("--comment")};
    static const QStringList transferWithValue =
        TransferCommands::optionsWithValue() + DeidCommands::optionsWithValue() +
        CryptCommands::optionsWithValue() + BundleCommands::optionsWithValue();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h") ||
            a == QLatin1String("--version") || a == QLatin1String("-v") ||
            a == QLatin1String("--headless"))
            return true;
        if (withValue.contains(a) || transferWithValue.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        // The first word that is not an option is the command; only screenshots needs a window.
        return a != QLatin1String("screenshots");
    }
    return false;
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Steward: review and share genomic data responsibly.\n\n"
        "Commands:\n"
        "  scan PATH...   scan folders into the catalog and print a summary\n"
        "  stats FILE     print the statistics of one VCF/BCF/SAM/BAM/CRAM file\n"
        "  variants FILE  list the variants of a VCF/BCF, filtered like bcftools view\n"
        "  consent import FILE | show DATASET | match --consent C --purpose P\n"
        "                 consent records (DUO) and what they allow\n"
        "  duo import FILE | list   the DUO release in use\n"
        "  repo declare NAME --purpose P | list   destinations and their declared use\n"
        "  review list | approve|reject|request-changes|start|reopen DATASET\n"
        "                 --destination NAME --comment TEXT\n"
        "  audit verify | export FILE   the hash-chained audit log\n"
        "  repo add NAME --kind s3|sftp|webdav|folder ... | test NAME   remote repositories\n"
        "  push PATH --to NAME [--wait]   send a bundle or folder (resumes after a crash)\n"
        "  queue list | pause ID | resume [ID] [--wait] | cancel ID   the transfer queue\n"
        "  phi-scan PATH...   find identifying text in genomic files and sidecars\n"
        "  deid PATH|DATASET... --profile NAME|FILE [--out DIR]   de-identify, validated\n"
        "  deid show DATASET | approve|reject|reopen DATASET --destination NAME\n"
        "  risk FILE --qi COLS [--sensitive COL] [--k N]   k-anonymity of a clinical table\n"
        "  pseudonyms list | export FILE   the workstation's pseudonym mapping\n"
        "  keygen [--name NAME] --out PREFIX [--passphrase-file F | --no-passphrase]\n"
        "                 make a Crypt4GH key pair (PREFIX.pub, PREFIX.sec)\n"
        "  encrypt --recipient-pk KEY... [--sk SENDER_SK] IN OUT   Crypt4GH-encrypt a file\n"
        "  decrypt --sk KEY... IN OUT [--passphrase-file F]   decrypt a Crypt4GH file\n"
        "  keys list | add NAME PUBKEY | remove NAME   the Crypt4GH address book\n"
        "  bundle plan|create --destination NAME DATASET... [--out DIR] [--encrypt-for KEY...]\n"
        "                 seal approved, de-identified datasets into a BagIt + RO-Crate bag\n"
        "  bundle verify DIR | list | show NAME   check a bag; the bundles on record\n"
        "  bag verify DIR   check that a folder is a complete and valid BagIt bag\n"
        "  checksum FILE...   SHA-256, SHA-512 and MD5 of files (cached in the catalog)\n"
        "Without a command, Steward opens its window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        CommandLine::tr("Catalog database (default: $STEWARD_CATALOG or the "
                        "application-data folder)."),
        CommandLine::tr("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CommandLine::tr("Machine-readable JSON output."));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"), CommandLine::tr("Decompression threads (default: cores)."),
        CommandLine::tr("n"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"), CommandLine::tr("scan: rescan files even when unchanged."));
    const QCommandLineOption noSamplesOption(
        QStringLiteral("no-samples"), CommandLine::tr("stats: skip per-sample genotype counts."));
    const QCommandLineOption referenceOption(QStringLiteral("reference"),
                                             CommandLine::tr("stats: reference FASTA for a CRAM."),
                                             CommandLine::tr("fasta"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"), CommandLine::tr("variants: chr:start-end, a contig, or a gene."),
        CommandLine::tr("region"));
    const QCommandLineOption includeOption(
        QStringLiteral("include"),
        CommandLine::tr("variants: keep records matching a bcftools-style expression."),
        CommandLine::tr("expr"));
    const QCommandLineOption excludeOption(
        QStringLiteral("exclude"),
        CommandLine::tr("variants: drop records matching the expression."),
        CommandLine::tr("expr"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        CommandLine::tr("variants: the sample whose genotype columns are shown."),
        CommandLine::tr("name"));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        CommandLine::tr("variants: comma-separated columns after CHROM,POS,REF,ALT."),
        CommandLine::tr("list"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          CommandLine::tr("variants: tsv (default) or json."),
                                          CommandLine::tr("format"));
    const QCommandLineOption countOption(
        QStringLiteral("count"),
        CommandLine::tr("variants: print only the number of matching records."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        CommandLine::tr("Open the generated demo workspace (made on first use)."));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"), CommandLine::tr("With --demo: scan without opening a window."));
    const QCommandLineOption consentOption(
        QStringLiteral("consent"),
        CommandLine::tr("consent match: DUO codes, e.g. DS(MONDO:0005148);NPU;GS(EU)."),
        CommandLine::tr("codes"));
    const QCommandLineOption purposeOption(
        QStringLiteral("purpose"),
        CommandLine::tr("consent match, repo declare: the declared use, e.g. "
                        "primary=hmb;region=DE;irb."),
        CommandLine::tr("items"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         CommandLine::tr("review list: only items in this state."),
                                         CommandLine::tr("state"));
    const QCommandLineOption destinationOption(
        QStringLiteral("destination"), CommandLine::tr("review, consent show: the destination."),
        CommandLine::tr("name"));
    const QCommandLineOption commentOption(QStringLiteral("comment"),
                                           CommandLine::tr("review: the reviewer's comment."),
                                           CommandLine::tr("text"));
    parser.addOptions(
        {consentOption, purposeOption, stateOption, destinationOption, commentOption});
    parser.addOptions(TransferCommands::options());
    parser.addOptions(DeidCommands::options());
    parser.addOptions(CryptCommands::options());
    parser.addOptions(BundleCommands::options());
    parser.addOptions({catalogOption, jsonOption, threadsOption, forceOption, noSamplesOption,
                       referenceOption, demoOption, headlessOption, regionOption, includeOption,
                       excludeOption, sampleOption, columnsOption, formatOption, countOption});
    parser.addPositionalArgument(QStringLiteral("command"), CommandLine::tr("scan or stats"));

    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return Success;
    }
    Common common;
    common.catalogPath = parser.value(catalogOption);
    common.json = parser.isSet(jsonOption);
    common.threads = qMax(1, QThread::idealThreadCount());
    if (parser.isSet(threadsOption)) {
        bool ok = false;
        common.threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || common.threads < 0 || common.threads > 256) {
            err << CommandLine::tr("--threads needs a number from 0 to 256.") << '\n';
            return UsageError;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(demoOption)) {
        const QString folder =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                .filePath(QStringLiteral("demo-workspace"));
        if (!DemoWorkspace::isCurrent(folder)) {
            QString error;
            if (!DemoWorkspace::generate(folder, &error)) {
                err << error << '\n';
                return FileErrors;
            }
            out << CommandLine::tr("Generated the demo workspace in %1").arg(folder) << '\n';
        }
        const int code = scanCommand({folder}, common, false, out, err);
        return code == FileErrors ? Success : code; // the demo has broken files on purpose
    }
    if (positional.isEmpty()) {
        err << CommandLine::tr("steward: name a command (scan or stats); see --help.") << '\n';
        return UsageError;
    }
    const QString command = positional.first();
    if (command == QLatin1String("scan")) {
        if (positional.size() < 2) {
            err << CommandLine::tr("steward scan: name at least one folder.") << '\n';
            return UsageError;
        }
        return scanCommand(positional.mid(1), common, parser.isSet(forceOption), out, err);
    }
    if (command == QLatin1String("stats")) {
        if (positional.size() != 2) {
            err << CommandLine::tr("steward stats: name exactly one file.") << '\n';
            return UsageError;
        }
        return statsCommand(positional.at(1), common, !parser.isSet(noSamplesOption),
                            parser.value(referenceOption), out, err);
    }
    if (command == QLatin1String("variants")) {
        if (positional.size() != 2) {
            err << CommandLine::tr("steward variants: name exactly one VCF or BCF file.") << '\n';
            return UsageError;
        }
        VariantsOptions o;
        o.region = parser.value(regionOption);
        o.include = parser.value(includeOption);
        o.exclude = parser.value(excludeOption);
        o.sample = parser.value(sampleOption);
        o.columns = parser.value(columnsOption);
        if (parser.isSet(formatOption))
            o.format = parser.value(formatOption);
        o.count = parser.isSet(countOption);
        return variantsCommand(positional.at(1), common, o, out, err);
    }
    if (TransferCommands::handles(positional))
        return TransferCommands::run(positional, parser, common.catalogPath, common.json, out, err);
    if (DeidCommands::handles(positional))
        return DeidCommands::run(positional, parser, common.catalogPath, common.json,
                                 common.threads, out, err);
    if (BundleCommands::handles(positional))
        return BundleCommands::run(positional, parser, common.catalogPath, common.json,
                                   common.threads, out, err);
    if (CryptCommands::handles(positional))
        return CryptCommands::run(positional, parser, common.catalogPath, common.json,
                                  common.threads, out, err);
    if (BagCommands::handles(positional))
        return BagCommands::run(positional, common.catalogPath, common.json, common.threads, out,
                                err);
    if (ConsentCommands::handles(command)) {
        ConsentCommands::Options o;
        o.catalogPath = common.catalogPath;
        o.json = common.json;
        o.consent = parser.value(consentOption);
        o.purpose = parser.value(purposeOption);
        o.state = parser.value(stateOption);
        o.destination = parser.value(destinationOption);
        o.comment = parser.value(commentOption);
        o.commentSet = parser.isSet(commentOption);
        return ConsentCommands::run(positional, o, out, err);
    }
    err << CommandLine::tr("steward: unknown command '%1'; see --help.").arg(command) << '\n';
    return UsageError;
}

} // namespace steward
