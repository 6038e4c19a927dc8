#include "app/BundleCommands.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "models/bundle/BagValidator.h"
#include "models/bundle/BundleDelivery.h"
#include "models/bundle/BundlePlanner.h"
#include "models/bundle/BundleSealer.h"
#include "models/bundle/BundleStore.h"
#include "models/catalog/Catalog.h"
#include "models/crypt4gh/Crypt4ghKeyPair.h"
#include "models/crypt4gh/Crypt4ghKeyStore.h"
#include "models/transfer/RepositoryStore.h"

namespace steward {
namespace {

using E = BundleCommands::ExitCode;

const QString kEncryptFor = QStringLiteral("encrypt-for");
const QString kDescription = QStringLiteral("description");
const QString kOrganization = QStringLiteral("organization");
const QString kContact = QStringLiteral("contact");

int usage(QTextStream& err, const QString& text)
{
    err << BundleCommands::tr("Usage: %1").arg(text) << '\n';
    return E::Usage;
}

QJsonObject planJson(const BundlePlanner::Plan& plan)
{
    QJsonArray files;
    for (const BundlePlanner::File& f : plan.files)
        files.append(QJsonObject{{QStringLiteral("dataset"), f.datasetName},
                                 {QStringLiteral("path"), QStringLiteral("data/") + f.bagPath},
                                 {QStringLiteral("source"), f.sourcePath},
                                 {QStringLiteral("role"), f.role},
                                 {QStringLiteral("size"), QString::number(f.size)}});
    QJsonArray refusals;
    for (const BundlePlanner::Refusal& r : plan.refusals) {
        QJsonObject o{{QStringLiteral("dataset"), r.datasetName},
                      {QStringLiteral("code"), r.code},
                      {QStringLiteral("reason"), r.reason},
                      {QStringLiteral("whole_dataset"), r.file.isEmpty()}};
        if (!r.file.isEmpty())
            o.insert(QStringLiteral("file"), r.file);
        refusals.append(o);
    }
    return {{QStringLiteral("destination"), plan.destination},
            {QStringLiteral("complete"), plan.complete()},
            {QStringLiteral("files"), files},
            {QStringLiteral("refused"), refusals}};
}

void printPlan(const BundlePlanner::Plan& plan, QTextStream& out)
{
    const QLocale locale;
    for (const BundlePlanner::File& f : plan.files)
        out << "  + data/" << f.bagPath << "  (" << locale.formattedDataSize(f.size) << ", "
            << f.role << ")\n";
    for (const BundlePlanner::Refusal& r : plan.refusals)
        out << (r.file.isEmpty() ? "  refused " : "  left out ") << r.datasetName << ": "
            << r.reason << '\n';
}

bool openCatalog(Catalog& catalog, QTextStream& err)
{
    QString error;
    if (catalog.open(&error))
        return true;
    err << error << '\n';
    return false;
}

int verify(const QString& path, const Catalog& catalog, bool json, int threads, QTextStream& out)
{
    BagValidator::Options options;
    options.threads = threads;
    const BagValidator::Result r = BagValidator::validate(path, options);
    // A bag Steward sealed must also still carry the identifier it was sealed with.
    const std::optional<BundleRecord> bundle = BundleStore(catalog).findByPath(path);
    const QString identifierProblem =
        bundle ? BundleDelivery::identifierProblem(path, *bundle) : QString();
    const bool ok = r.valid && identifierProblem.isEmpty();
    if (json) {
        QJsonArray errors;
        for (const BagValidator::Problem& p : r.errors)
            errors.append(QJsonObject{{QStringLiteral("file"), p.file},
                                      {QStringLiteral("line"), p.line},
                                      {QStringLiteral("message"), p.message}});
        if (!identifierProblem.isEmpty())
            errors.append(QJsonObject{{QStringLiteral("file"), QStringLiteral("tagmanifest-sha256.txt")},
                                      {QStringLiteral("message"), identifierProblem}});
        QJsonArray warnings;
        for (const BagValidator::Problem& p : r.warnings)
            warnings.append(p.toString());
        QJsonObject o{{QStringLiteral("bag"), QFileInfo(path).absoluteFilePath()},
                      {QStringLiteral("valid"), ok},
                      {QStringLiteral("complete"), r.complete},
                      {QStringLiteral("payload_files"), r.payloadFiles},
                      {QStringLiteral("payload_bytes"), QString::number(r.payloadBytes)},
                      {QStringLiteral("errors"), errors},
                      {QStringLiteral("warnings"), warnings}};
        if (bundle) {
            o.insert(QStringLiteral("bundle"), bundle->displayName());
            o.insert(QStringLiteral("identifier"), bundle->identifier);
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ok ? E::Done : E::Failed;
    }
    for (const BagValidator::Problem& p : r.errors)
        out << "error: " << p.toString() << '\n';
    if (!identifierProblem.isEmpty())
        out << "error: " << identifierProblem << '\n';
    for (const BagValidator::Problem& p : r.warnings)
        out << "warning: " << p.toString() << '\n';
    out << QDir::toNativeSeparators(path) << ": " << r.summary() << '\n';
    if (bundle && ok)
        out << BundleCommands::tr("Sealed Steward bundle %1, identifier %2.")
                   .arg(bundle->displayName(), bundle->identifier)
            << '\n';
    return ok ? E::Done : E::Failed;
}

QJsonObject bundleJson(const BundleRecord& b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("name"), b.name},
            {QStringLiteral("version"), b.version},
            {QStringLiteral("state"), BundleRecord::stateName(b.state)},
            {QStringLiteral("destination"), b.repositoryName},
            {QStringLiteral("datasets"), QJsonArray::fromStringList(b.datasets)},
            {QStringLiteral("path"), b.path},
            {QStringLiteral("identifier"), b.identifier},
            {QStringLiteral("payload_oxum"), b.payloadOxum},
            {QStringLiteral("encrypted_for"), int(b.recipients.size())}};
}

} // namespace

QList<QCommandLineOption> BundleCommands::options()
{
    return {QCommandLineOption(kEncryptFor,
                               tr("bundle create: encrypt every file with Crypt4GH for this "
                                  "recipient (public key file or address-book name); repeat "
                                  "for several."),
                               tr("key")),
            QCommandLineOption(kDescription, tr("bundle create: the bag's External-Description."),
                               tr("text")),
            QCommandLineOption(kOrganization,
                               tr("bundle create: the bag's Source-Organization (default: the "
                                  "Bundles/sourceOrganization setting)."),
                               tr("name")),
            QCommandLineOption(kContact,
                               tr("bundle create: the bag's contact, as \"Name <email>\" "
                                  "(default: the Bundles/contact settings, else the reviewer)."),
                               tr("contact"))};
}

QStringList BundleCommands::optionsWithValue()
{
    return {QStringLiteral("--") + kEncryptFor, QStringLiteral("--") + kDescription,
            QStringLiteral("--") + kOrganization, QStringLiteral("--") + kContact};
}

bool BundleCommands::handles(const QStringList& positional)
{
    return !positional.isEmpty() && positional.first() == QLatin1String("bundle");
}

int BundleCommands::run(const QStringList& args, const QCommandLineParser& p,
                        const QString& catalogPath, bool json, int threads, QTextStream& out,
                        QTextStream& err)
{
    const QString sub = args.value(1);
    Catalog catalog(Catalog::resolvePath(catalogPath));
    if (sub == QLatin1String("verify")) {
        if (args.size() != 3)
            return usage(err, tr("steward bundle verify DIR [--json]"));
        if (!QFileInfo(args.at(2)).isDir()) {
            err << tr("steward bundle verify: %1 is not a folder.").arg(args.at(2)) << '\n';
            return E::Usage;
        }
        if (!openCatalog(catalog, err))
            return E::Failed;
        return verify(args.at(2), catalog, json, threads, out);
    }
    if (sub == QLatin1String("list") || sub == QLatin1String("show")) {
        if ((sub == QLatin1String("list") && args.size() != 2) ||
            (sub == QLatin1String("show") && args.size() != 3))
            return usage(err, tr("steward bundle list | show NAME [--json]"));
        if (!openCatalog(catalog, err))
            return E::Failed;
        BundleStore store(catalog);
        if (sub == QLatin1String("list")) {
            const QVector<BundleRecord> bundles = store.bundles();
            if (json) {
                QJsonArray a;
                for (const BundleRecord& b : bundles)
                    a.append(bundleJson(b));
                out << QJsonDocument(QJsonObject{{QStringLiteral("bundles"), a}})
                           .toJson(QJsonDocument::Indented);
                return E::Done;
            }
            if (bundles.isEmpty())
                out << tr("No bundles yet.") << '\n';
            for (const BundleRecord& b : bundles)
                out << b.displayName() << '\t' << BundleRecord::stateName(b.state) << '\t'
                    << b.repositoryName << '\t' << b.identifier << '\n';
            return E::Done;
        }
        const std::optional<BundleRecord> b = store.find(args.at(2));
        if (!b) {
            err << tr("No bundle named %1.").arg(args.at(2)) << '\n';
            return E::Failed;
        }
        const QVector<BundleFile> files = store.files(b->id);
        if (json) {
            QJsonObject o = bundleJson(*b);
            QJsonArray a;
            for (const BundleFile& f : files)
                a.append(QJsonObject{{QStringLiteral("path"), f.bagPath},
                                     {QStringLiteral("role"), f.role},
                                     {QStringLiteral("encrypted"), f.encrypted},
                                     {QStringLiteral("size"), QString::number(f.size)},
                                     {QStringLiteral("sha256"), f.sha256}});
            o.insert(QStringLiteral("files"), a);
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return E::Done;
        }
        out << tr("%1: %2 for %3").arg(b->displayName(), BundleRecord::stateLabel(b->state),
                                       b->repositoryName)
            << '\n';
        if (!b->identifier.isEmpty())
            out << tr("Identifier: %1").arg(b->identifier) << '\n'
                << tr("Folder: %1").arg(b->path) << '\n';
        for (const BundleFile& f : files)
            out << "  " << f.sha256 << "  " << f.bagPath << '\n';
        return E::Done;
    }
    if (sub != QLatin1String("plan") && sub != QLatin1String("create"))
        return usage(err, tr("steward bundle plan|create --destination NAME DATASET... | verify "
                             "DIR | list | show NAME"));
    const bool create = sub == QLatin1String("create");
    const QString destination = p.value(QStringLiteral("destination"));
    const QStringList datasets = args.mid(2);
    if (destination.isEmpty() || datasets.isEmpty())
        return usage(err, create ? tr("steward bundle create --destination NAME DATASET... "
                                      "[--out DIR] [--name NAME] [--encrypt-for KEY...]")
                                 : tr("steward bundle plan --destination NAME DATASET..."));
    if (!openCatalog(catalog, err))
        return E::Failed;
    const BundlePlanner::Plan plan = BundlePlanner(catalog).plan(destination, datasets);
    if (!plan.ok()) {
        err << plan.error << '\n';
        return E::Failed;
    }
    if (!create) {
        if (json)
            out << QJsonDocument(planJson(plan)).toJson(QJsonDocument::Indented);
        else {
            out << tr("Bundle for %1: %n file(s), %2", nullptr, int(plan.files.size()))
                       .arg(destination, QLocale().formattedDataSize(plan.bytes()))
                << '\n';
            printPlan(plan, out);
        }
        return plan.complete() ? E::Done : E::Failed;
    }
    if (!plan.complete()) {
        if (json)
            out << QJsonDocument(planJson(plan)).toJson(QJsonDocument::Indented);
        err << tr("Nothing was sealed: %n dataset(s) cannot be shipped to %1.", nullptr,
                  int(std::count_if(plan.refusals.cbegin(), plan.refusals.cend(),
                                    [](const BundlePlanner::Refusal& r) { return r.file.isEmpty(); })))
                   .arg(destination)
            << '\n';
        for (const BundlePlanner::Refusal& r : plan.refusals)
            if (r.file.isEmpty())
                err << "  " << r.datasetName << ": " << r.reason << '\n';
        return E::Failed;
    }

    BundleRecord bundle;
    bundle.name = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name"))
                                                  : destination.toLower().replace(
                                                        QLatin1Char(' '), QLatin1Char('-'));
    bundle.repositoryId = plan.repositoryId;
    bundle.repositoryName = destination;
    bundle.description = p.value(kDescription);
    bundle.datasets = plan.shippedDatasets();
    const Crypt4ghKeyStore keys(catalog);
    for (const QString& arg : p.values(kEncryptFor)) {
        QByteArray key;
        QString label;
        QString error;
        if (!keys.resolveRecipient(arg, &key, &label, &error)) {
            err << error << '\n';
            return E::Failed;
        }
        bundle.recipients.push_back({label, Crypt4ghKeyPair::fingerprint(key),
                                     QString::fromLatin1(key.toBase64())});
    }
    QString error;
    BundleStore store(catalog);
    // A draft of that name (an interrupted create, or one edited in the window) is sealed
    // with this selection rather than left behind as a version that never was.
    const std::optional<BundleRecord> draft = store.find(bundle.name);
    if (draft && !draft->isSealed()) {
        bundle.id = draft->id;
        bundle.version = draft->version;
        if (!store.updateDraft(bundle, &error)) {
            err << error << '\n';
            return E::Failed;
        }
    } else if (!store.createDraft(bundle, &error)) {
        err << error << '\n';
        return E::Failed;
    }
    BundleSealer::Params params = BundleSealer::fromSettings(bundle.id);
    if (p.isSet(QStringLiteral("out")))
        params.outDir = p.value(QStringLiteral("out"));
    params.threads = threads > 0 ? threads : 2;
    if (p.isSet(kOrganization))
        params.sourceOrganization = p.value(kOrganization);
    if (p.isSet(kContact)) {
        const QString contact = p.value(kContact).trimmed();
        const int lt = contact.indexOf(QLatin1Char('<'));
        params.contactName = (lt >= 0 ? contact.left(lt) : contact).trimmed();
        params.contactEmail =
            lt >= 0 ? contact.mid(lt + 1).remove(QLatin1Char('>')).trimmed() : QString();
    }
    const BundleSealer::Result sealed = BundleSealer(catalog).seal(params);
    if (!sealed.ok) {
        // The draft stays for the GUI to fix and seal; nothing exists under the bag's name.
        err << sealed.error << '\n';
        return E::Failed;
    }
    if (json) {
        QJsonObject o = bundleJson(*store.bundle(bundle.id));
        QJsonArray files;
        for (const BundleFile& f : sealed.files)
            files.append(QJsonObject{{QStringLiteral("path"), f.bagPath},
                                     {QStringLiteral("encrypted"), f.encrypted},
                                     {QStringLiteral("sha256"), f.sha256}});
        o.insert(QStringLiteral("files"), files);
        o.insert(QStringLiteral("plan"), planJson(sealed.plan));
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return E::Done;
    }
    out << tr("Sealed %1 for %2: %n file(s) in %3", nullptr, int(sealed.files.size()))
               .arg(bundle.displayName(), destination, QDir::toNativeSeparators(sealed.path))
        << '\n';
    printPlan(sealed.plan, out);
    if (!bundle.recipients.isEmpty())
        out << tr("Encrypted with Crypt4GH for %n recipient(s).", nullptr,
                  int(bundle.recipients.size()))
            << '\n';
    out << tr("Identifier (SHA-256 of tagmanifest-sha256.txt): %1").arg(sealed.identifier) << '\n';
    return E::Done;
}

} // namespace steward
