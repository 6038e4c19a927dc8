#include "models/deid/DeidRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include "models/catalog/Catalog.h"
#include "models/common/Digest.h"
#include "models/deid/AlignmentDeidentifier.h"
#include "models/deid/DeidStore.h"
#include "models/deid/PhiDetectors.h"
#include "models/deid/PhiScanner.h"
#include "models/deid/PseudonymStore.h"
#include "models/deid/Pseudonymizer.h"
#include "models/deid/SidecarDeidentifier.h"
#include "models/deid/VcfDeidentifier.h"
#include "models/formats/CramReference.h"
#include "models/formats/FormatDetector.h"

namespace steward {
namespace {

enum class Kind
{
    Variants,
    Alignments,
    Sidecar,
    Skip
};

Kind kindOf(const QString& format)
{
    if (format == QLatin1String("vcf") || format == QLatin1String("bcf"))
        return Kind::Variants;
    if (format == QLatin1String("bam") || format == QLatin1String("cram") ||
        format == QLatin1String("sam"))
        return Kind::Alignments;
    if (format == QLatin1String("phenopacket") || format == QLatin1String("ped") ||
        format == QLatin1String("samplesheet") || format == QLatin1String("json"))
        return Kind::Sidecar;
    return Kind::Skip;
}

bool isFamilyField(const QString& field)
{
    return field.contains(QLatin1String("family"), Qt::CaseInsensitive);
}

bool cancelled(const DeidRunner::Params& p)
{
    return p.cancel && p.cancel->load();
}

} // namespace

QJsonObject DeidRunner::FileOutcome::toJson() const
{
    QJsonObject o{{QStringLiteral("input"), input},
                  {QStringLiteral("format"), format},
                  {QStringLiteral("input_sha256"), inputSha256}};
    if (!skipped.isEmpty()) {
        o.insert(QStringLiteral("skipped"), skipped);
        return o;
    }
    o.insert(QStringLiteral("output"), result.output);
    o.insert(QStringLiteral("output_sha256"), outputSha256);
    o.insert(QStringLiteral("index"), result.index);
    o.insert(QStringLiteral("method"), result.method);
    o.insert(QStringLiteral("records_in"), double(result.recordsIn));
    o.insert(QStringLiteral("records_out"), double(result.recordsOut));
    o.insert(QStringLiteral("digest_in"), result.digestIn);
    o.insert(QStringLiteral("digest_out"), result.digestOut);
    o.insert(QStringLiteral("check"), result.bodyIdentical ? QStringLiteral("bytes")
                                                           : QStringLiteral("decode"));
    o.insert(QStringLiteral("validated"), result.validated());
    o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(result.changes));
    if (!result.error.isEmpty())
        o.insert(QStringLiteral("error"), result.error);
    return o;
}

int DeidRunner::Result::unresolved(PhiSeverity atLeast) const
{
    int n = 0;
    for (const PhiFinding& f : findings)
        if (!f.resolved && int(f.severity) >= int(atLeast))
            ++n;
    return n;
}

QJsonObject DeidRunner::Result::toJson(bool includeMapping) const
{
    QJsonArray fileRows;
    for (const FileOutcome& f : files)
        fileRows.append(f.toJson());
    QJsonArray findingRows;
    for (const PhiFinding& f : findings)
        findingRows.append(f.toJson());
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("run"), double(runId)},
                  {QStringLiteral("profile"), profileName},
                  {QStringLiteral("profile_sha256"), profileSha256},
                  {QStringLiteral("files"), fileRows},
                  {QStringLiteral("findings"), findingRows},
                  {QStringLiteral("unresolved_high"), unresolved(PhiSeverity::High)},
                  {QStringLiteral("dropped_samples"), QJsonArray::fromStringList(droppedSamples)}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (includeMapping) {
        QJsonObject map;
        for (auto it = pseudonyms.cbegin(); it != pseudonyms.cend(); ++it)
            map.insert(it.key(), it.value());
        o.insert(QStringLiteral("pseudonyms"), map);
    }
    return o;
}

QString DeidRunner::defaultDerivedFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("derived"));
}

QString DeidRunner::outputName(const QString& input, const QHash<QString, QString>& pseudonyms)
{
    QString name = QFileInfo(input).fileName();
    // Longest ids first, so "ADM1059A1" is replaced before a shorter id inside it.
    QStringList ids = pseudonyms.keys();
    std::sort(ids.begin(), ids.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& id : ids)
        if (id.size() >= 3 && pseudonyms.value(id) != id)
            name.replace(id, pseudonyms.value(id));
    return name;
}

DeidRunner::Result DeidRunner::run(const Params& params)
{
    Result result;
    result.profileName = params.profile.name;
    result.profileSha256 = params.profile.sha256;
    const auto progress = [&params](int permille, const QString& file) {
        if (params.progress)
            params.progress(permille, file);
    };
    if (params.key.size() != 32) {
        result.error = tr("No pseudonymisation key: the run needs the workstation's key.");
        return result;
    }
    if (params.inputs.isEmpty()) {
        result.error = tr("Nothing to de-identify: no input files.");
        return result;
    }
    if (!QDir().mkpath(params.outDir)) {
        result.error = tr("Cannot create the output folder %1.").arg(params.outDir);
        return result;
    }
    const QString outDir = QDir(params.outDir).canonicalPath();

    // 1. Scan every input.
    QVector<DetectedFormat> formats;
    const int n = int(params.inputs.size());
    for (int i = 0; i < n; ++i) {
        const QString& input = params.inputs.at(i);
        progress(i * 200 / n, input);
        DetectedFormat format = FormatDetector::detect(input);
        if (!format.error.isEmpty()) {
            result.error = tr("Cannot read %1: %2").arg(input, format.error);
            return result;
        }
        formats.push_back(format);
        if (kindOf(format.format) == Kind::Skip)
            continue;
        PhiScanner::Options options;
        options.cancel = params.cancel;
        PhiFindings found;
        QString error;
        if (!PhiScanner::scanFile(input, options, &found, &error)) {
            result.error = error;
            return result;
        }
        result.findings += found;
        if (cancelled(params)) {
            result.error = tr("Cancelled.");
            return result;
        }
    }

    // 2. One pseudonym per sample for every file; excluded samples leave every output.
    const Pseudonymizer pseudonymizer(params.key, params.profile.samples.prefix,
                                      params.profile.samples.length);
    QHash<QString, QString> families;
    for (const PhiFinding& f : result.findings) {
        if (f.phiClass != PhiClass::SampleId || f.text.isEmpty())
            continue;
        if (isFamilyField(f.field))
            families.insert(f.text, pseudonymizer.family(f.text));
        else if (params.profile.samples.pseudonymize)
            result.pseudonyms.insert(f.text, pseudonymizer.sample(f.text));
    }
    result.familyPseudonyms = families;
    QSet<QString> drop;
    for (auto it = params.excludedSamples.cbegin(); it != params.excludedSamples.cend(); ++it) {
        drop.insert(it.key());
        result.droppedSamples.append(it.key());
    }
    std::sort(result.droppedSamples.begin(), result.droppedSamples.end());
    std::unique_ptr<Catalog> catalog;
    if (!params.catalogPath.isEmpty()) {
        catalog = std::make_unique<Catalog>(params.catalogPath);
        QString error;
        if (!catalog->open(&error)) {
            result.error = error;
            return result;
        }
        const PseudonymStore store(*catalog, params.key);
        if (!store.check(QStringLiteral("sample"), result.pseudonyms, &result.error) ||
            !store.check(QStringLiteral("family"), families, &result.error))
            return result;
    } else {
        const QSet<QString> distinct(result.pseudonyms.cbegin(), result.pseudonyms.cend());
        if (distinct.size() != result.pseudonyms.size()) {
            result.error = tr("Pseudonym collision: two samples would get the same pseudonym. "
                              "Lengthen the profile's pseudonyms (samples.length).");
            return result;
        }
    }

    // 3. Outputs: never onto an input, never two onto one name.
    QSet<QString> inputPaths;
    for (const QString& input : params.inputs)
        inputPaths.insert(QFileInfo(input).canonicalFilePath());
    QHash<QString, QString> outputOf;
    QSet<QString> taken;
    for (int i = 0; i < n; ++i) {
        if (kindOf(formats[i].format) == Kind::Skip)
            continue;
        const QString input = params.inputs.at(i);
        const QString output = QDir(outDir).filePath(outputName(input, result.pseudonyms));
        if (inputPaths.contains(QFileInfo(output).absoluteFilePath())) {
            result.error = tr("The output %1 would overwrite the input %2: choose another "
                              "output folder.")
                               .arg(output, input);
            return result;
        }
        if (taken.contains(output)) {
            result.error = tr("Two inputs would both be written to %1.").arg(output);
            return result;
        }
        taken.insert(output);
        outputOf.insert(input, output);
    }

    // 4. Transform, each file validated before it is renamed into place.
    auto shared = std::make_shared<const Pseudonymizer>(pseudonymizer);
    QHash<QString, QString> mapping = result.pseudonyms;
    for (auto it = families.cbegin(); it != families.cend(); ++it)
        mapping.insert(it.key(), it.value());
    bool allOk = true;
    for (int i = 0; i < n; ++i) {
        FileOutcome outcome;
        outcome.input = params.inputs.at(i);
        outcome.format = formats[i].format;
        const Kind kind = kindOf(formats[i].format);
        const int base = 200 + i * 700 / n;
        progress(base, outcome.input);
        if (kind == Kind::Skip) {
            outcome.skipped = tr("not a data file or sidecar (%1): left out; indexes are rebuilt")
                                  .arg(formats[i].format);
            result.files.push_back(outcome);
            continue;
        }
        QString error;
        outcome.inputSha256 =
            Digest::fileHex(Digest::Algorithm::Sha256, outcome.input, &error, params.cancel);
        DeidTransformParams tp;
        tp.input = outcome.input;
        tp.output = outputOf.value(outcome.input);
        tp.profile = params.profile;
        tp.pseudonyms = mapping;
        tp.dropSamples = drop;
        tp.pseudonymizer = shared;
        tp.scrubText = [](const QString& text) { return PhiDetectors::scrub(text); };
        tp.threads = params.threads;
        tp.cancel = params.cancel;
        tp.progress = [&progress, base, n, &outcome](qint64 done, qint64 total) {
            if (total > 0)
                progress(base + int(done * 700 / n / total), outcome.input);
        };
        if (formats[i].format == QLatin1String("cram")) {
            ReadOptions options;
            options.referenceFasta = params.referenceFasta;
            options.referenceFolders = params.referenceFolders;
            const CramReference::Result ref = CramReference::find(outcome.input, options);
            if (ref.found() && ref.source != CramReference::Source::Cache)
                tp.referencePath = ref.location;
            else if (!params.referenceFasta.isEmpty())
                tp.referencePath = params.referenceFasta;
        }
        switch (kind) {
        case Kind::Variants:
            outcome.result = VcfDeidentifier::run(tp);
            break;
        case Kind::Alignments:
            outcome.result = AlignmentDeidentifier::run(tp);
            break;
        case Kind::Sidecar:
            outcome.result = SidecarDeidentifier::run(tp);
            break;
        case Kind::Skip:
            break;
        }
        if (outcome.result.ok)
            outcome.outputSha256 = Digest::fileHex(Digest::Algorithm::Sha256, outcome.result.output,
                                                   &error, params.cancel);
        if (!outcome.result.validated()) {
            allOk = false;
            if (result.error.isEmpty())
                result.error = outcome.result.error.isEmpty()
                                   ? tr("%1: the output's content digest or record count differs "
                                        "from the input's; it was not kept.")
                                         .arg(outcome.input)
                                   : outcome.result.error;
        }
        result.files.push_back(outcome);
        if (cancelled(params)) {
            result.error = tr("Cancelled.");
            allOk = false;
            break;
        }
    }

    // 5. Which findings did the profile resolve? Whatever the outputs still contain is not.
    progress(920, QString());
    QSet<QString> survivors;
    QSet<QString> failedInputs;
    for (const FileOutcome& f : result.files) {
        if (!f.skipped.isEmpty())
            continue;
        if (!f.result.ok) {
            failedInputs.insert(f.input);
            continue;
        }
        PhiFindings after;
        QString error;
        PhiScanner::Options options;
        options.cancel = params.cancel;
        if (PhiScanner::scanFile(f.result.output, options, &after, &error))
            for (const PhiFinding& a : after)
                survivors.insert(f.input + QLatin1Char('\n') + a.text);
        else
            failedInputs.insert(f.input);
    }
    for (PhiFinding& finding : result.findings)
        finding.resolved = !failedInputs.contains(finding.file) &&
                           !survivors.contains(finding.file + QLatin1Char('\n') + finding.text);

    result.ok = allOk;
    if (catalog) {
        QString error;
        if (!DeidStore(*catalog).saveRun(params, &result, &error)) {
            result.ok = false;
            result.error = error;
        }
    }
    progress(1000, QString());
    return result;
}

} // namespace steward
