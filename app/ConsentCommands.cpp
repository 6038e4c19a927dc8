#include "app/ConsentCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/CommandLine.h"
#include "models/audit/AuditLog.h"
#include "models/catalog/Catalog.h"
#include "models/consent/ConsentSheetImporter.h"
#include "models/consent/ConsentStore.h"
#include "models/consent/DatasetConsent.h"
#include "models/consent/DuoReleaseImporter.h"
#include "models/consent/DuoTermTable.h"
#include "models/review/ReviewStore.h"
#include "models/transfer/RepositoryStore.h"

namespace steward {
namespace {

using Options = ConsentCommands::Options;

constexpr int kSuccess = CommandLine::Success;
constexpr int kFailed = CommandLine::FileErrors;
constexpr int kUsage = CommandLine::UsageError;

void printJson(QTextStream& out, const QJsonObject& o)
{
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int usage(QTextStream& err, const QString& message)
{
    err << message << '\n';
    return kUsage;
}

/** Opens the catalog or prints why not. */
bool openCatalog(Catalog& catalog, QTextStream& err)
{
    QString error;
    if (catalog.open(&error))
        return true;
    err << error << '\n';
    return false;
}

void printReasons(QTextStream& out, const MatchResult& result, const QString& indent)
{
    for (const MatchReason& r : result.reasons) {
        out << indent << MatchResult::decisionName(r.decision).leftJustified(13) << r.rule << ": "
            << r.sentence << '\n';
    }
}

int matchCommand(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.consent.isEmpty() || o.purpose.isEmpty())
        return usage(err, ConsentCommands::tr("steward consent match: give --consent CONSENT "
                                              "and --purpose PURPOSE."));
    DataUse use;
    QString error;
    if (!DataUse::parse(o.purpose, &use, &error))
        return usage(err, ConsentCommands::tr("--purpose: %1").arg(error));
    QVector<ConsentProblem> problems;
    const Consent consent = Consent::parse(o.consent, DuoTermTable::builtIn(), &problems);
    for (const ConsentProblem& p : std::as_const(problems)) {
        err << (p.severity == ConsentProblem::Severity::Error ? ConsentCommands::tr("error")
                                                              : ConsentCommands::tr("warning"))
            << ": --consent " << ConsentCommands::tr("column %1").arg(p.column) << ": " << p.message
            << '\n';
    }
    if (!consent.isValid())
        return kUsage;
    const MatchResult result = ConsentMatcher::match(consent, use);
    if (o.json) {
        QJsonObject json = result.toJson();
        json.insert(QStringLiteral("consent"), consent.toString());
        json.insert(QStringLiteral("purpose"), use.toString());
        printJson(out, json);
    } else {
        out << MatchResult::decisionName(result.decision) << '\n';
        printReasons(out, result, QStringLiteral("  "));
    }
    return kSuccess;
}

int importCommand(const Catalog& catalog, const QString& path, const Options& o, QTextStream& out,
                  QTextStream& err)
{
    const ConsentSheetImporter::Result result = ConsentSheetImporter::importFile(catalog, path);
    if (o.json) {
        QJsonArray problems;
        for (const SheetProblem& p : result.problems) {
            problems.append(
                QJsonObject{{QStringLiteral("severity"), p.severity == SheetProblem::Severity::Error
                                                             ? QStringLiteral("error")
                                                             : QStringLiteral("warning")},
                            {QStringLiteral("file"), p.file},
                            {QStringLiteral("line"), p.line},
                            {QStringLiteral("column"), p.column},
                            {QStringLiteral("message"), p.message}});
        }
        printJson(out, {{QStringLiteral("file"), result.path},
                        {QStringLiteral("imported"), result.imported},
                        {QStringLiteral("records"), int(result.records.size())},
                        {QStringLiteral("problems"), problems}});
    } else {
        for (const SheetProblem& p : result.problems) {
            err << (p.severity == SheetProblem::Severity::Error ? ConsentCommands::tr("error")
                                                                : ConsentCommands::tr("warning"))
                << ": " << p.toString() << '\n';
        }
        if (result.imported)
            out << ConsentCommands::tr("Imported %n consent record(s) from %1.", nullptr,
                                       int(result.records.size()))
                       .arg(result.path)
                << '\n';
        else
            out << ConsentCommands::tr("Nothing was imported from %1: %n error(s).", nullptr,
                                       result.errors())
                       .arg(result.path)
                << '\n';
    }
    return result.imported ? kSuccess : kFailed;
}

int showCommand(const Catalog& catalog, const QString& key, const Options& o, QTextStream& out,
                QTextStream& err)
{
    QString error;
    const std::optional<DatasetConsent::Dataset> dataset =
        DatasetConsent::find(catalog, key, &error);
    if (!dataset) {
        err << error << '\n';
        return kFailed;
    }
    QVector<Repository> repositories = RepositoryStore(catalog).repositories();
    if (!o.destination.isEmpty()) {
        const std::optional<Repository> r = RepositoryStore(catalog).repository(o.destination);
        if (!r) {
            err << ConsentCommands::tr("No destination named %1; declare it with steward repo "
                                       "declare.")
                       .arg(o.destination)
                << '\n';
            return kFailed;
        }
        repositories = {*r};
    }
    const QVector<ConsentRecord> records = ConsentStore(catalog).records();
    const DuoTermTable terms = DuoTermTable::current(catalog);
    QJsonArray destinations;
    if (!o.json) {
        out << dataset->name << "  (" << dataset->path << ")\n";
        const QDate today = QDate::currentDate();
        const QStringList samples =
            dataset->samples.isEmpty() ? QStringList{QString()} : dataset->samples;
        for (const QString& s : samples) {
            const ConsentStore::Resolution r =
                ConsentStore::resolve(records, dataset->name, dataset->path, s);
            out << "  " << (s.isEmpty() ? ConsentCommands::tr("(dataset)") : s).leftJustified(16)
                << ' '
                << (r.record ? r.record->consent : ConsentCommands::tr("no consent recorded"));
            if (r.record && r.record->isExcluded(today))
                out << "  [" << ConsentCommands::tr("excluded") << ": "
                    << r.record->exclusionReason(today) << ']';
            out << '\n';
        }
    }
    for (const Repository& repository : std::as_const(repositories)) {
        DataUse use;
        if (!DataUse::parse(repository.dataUse, &use, &error)) {
            err << ConsentCommands::tr("The declared data use of %1 cannot be read: %2")
                       .arg(repository.name, error)
                << '\n';
            continue;
        }
        if (!use.dateGiven)
            use.date = QDate::currentDate();
        const DatasetMatch match = DatasetConsent::evaluate(*dataset, records, use, terms);
        if (o.json) {
            QJsonObject m = match.toJson();
            m.insert(QStringLiteral("destination"), repository.name);
            destinations.append(m);
            continue;
        }
        out << '\n'
            << ConsentCommands::tr("Destination %1 (%2): %3")
                   .arg(repository.name, use.toString(), MatchResult::decisionName(match.decision))
            << '\n'
            << "  " << match.reason << '\n';
        for (const SampleMatch& s : match.samples) {
            const QString who = s.sampleId.isEmpty() ? dataset->name : s.sampleId;
            if (s.excluded) {
                out << "  " << who.leftJustified(16) << ' ' << ConsentCommands::tr("EXCLUDED")
                    << "  " << s.exclusionReason << '\n';
                continue;
            }
            out << "  " << who.leftJustified(16) << ' '
                << MatchResult::decisionName(s.result.decision) << '\n';
            for (const MatchReason& r : s.result.reasons) {
                if (r.decision != MatchDecision::Approve ||
                    s.result.decision == MatchDecision::Approve)
                    out << "      " << r.rule << ": " << r.sentence << '\n';
            }
        }
    }
    if (o.json) {
        QJsonArray samples;
        for (const QString& s : dataset->samples)
            samples.append(s);
        printJson(out, {{QStringLiteral("dataset"), dataset->name},
                        {QStringLiteral("path"), dataset->path},
                        {QStringLiteral("samples"), samples},
                        {QStringLiteral("destinations"), destinations}});
    } else if (repositories.isEmpty()) {
        out << '\n'
            << ConsentCommands::tr("No destination is declared yet: steward repo declare NAME "
                                   "--purpose PURPOSE.")
            << '\n';
    }
    return kSuccess;
}

int duoCommand(const Catalog& catalog, const QStringList& args, const Options& o, QTextStream& out,
               QTextStream& err)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("import")) {
        if (args.size() != 3)
            return usage(err, ConsentCommands::tr("steward duo import: name one duo.owl or "
                                                  "duo.csv file."));
        DuoReleaseImporter::Release release;
        QString error;
        if (!DuoReleaseImporter::read(args.at(2), &release, &error)) {
            err << error << '\n';
            return kFailed;
        }
        for (const QString& w : std::as_const(release.warnings))
            err << ConsentCommands::tr("warning") << ": " << w << '\n';
        const QStringList changes =
            DuoReleaseImporter::differences(DuoTermTable::current(catalog), release);
        if (!DuoReleaseImporter::store(catalog, release, &error)) {
            err << error << '\n';
            return kFailed;
        }
        out << ConsentCommands::tr("Imported DUO release %1: %n term(s).", nullptr,
                                   int(release.terms.size()))
                   .arg(release.name)
            << '\n';
        for (const QString& c : changes)
            out << "  " << c << '\n';
        return kSuccess;
    }
    if (sub == QLatin1String("list")) {
        const DuoTermTable terms = DuoTermTable::current(catalog);
        if (o.json) {
            QJsonArray list;
            for (const DuoTerm& t : terms.terms())
                list.append(
                    QJsonObject{{QStringLiteral("id"), t.id},
                                {QStringLiteral("code"), t.code},
                                {QStringLiteral("kind"), DuoTerm::kindName(t.kind)},
                                {QStringLiteral("parameter"), DuoTerm::parameterName(t.parameter)},
                                {QStringLiteral("label"), t.label},
                                {QStringLiteral("obsolete"), t.obsolete}});
            printJson(out, {{QStringLiteral("release"), terms.release()},
                            {QStringLiteral("terms"), list}});
            return kSuccess;
        }
        out << terms.release() << '\n';
        for (const DuoTerm& t : terms.terms()) {
            if (t.kind == DuoTerm::Kind::Other && !t.obsolete)
                continue;
            out << "  " << t.id << "  " << t.code.leftJustified(8) << ' '
                << DuoTerm::kindName(t.kind).leftJustified(10) << ' ' << t.label;
            if (t.obsolete)
                out << "  [" << ConsentCommands::tr("obsolete") << ']';
            out << '\n';
        }
        return kSuccess;
    }
    return usage(err, ConsentCommands::tr("steward duo: use import FILE or list."));
}

int repoCommand(const Catalog& catalog, const QStringList& args, const Options& o, QTextStream& out,
                QTextStream& err)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("declare")) {
        if (args.size() != 3 || o.purpose.isEmpty())
            return usage(err, ConsentCommands::tr("steward repo declare NAME --purpose "
                                                  "PURPOSE"));
        DataUse use;
        QString error;
        if (!DataUse::parse(o.purpose, &use, &error))
            return usage(err, ConsentCommands::tr("--purpose: %1").arg(error));
        if (!RepositoryStore(catalog).declare(args.at(2), use.toString(), &error)) {
            err << error << '\n';
            return kFailed;
        }
        out << ConsentCommands::tr("%1 declares: %2").arg(args.at(2), use.describe()) << '\n';
        return kSuccess;
    }
    if (sub == QLatin1String("list")) {
        const QVector<Repository> list = RepositoryStore(catalog).repositories();
        if (o.json) {
            QJsonArray array;
            for (const Repository& r : list)
                array.append(QJsonObject{{QStringLiteral("name"), r.name},
                                         {QStringLiteral("kind"), r.kind},
                                         {QStringLiteral("data_use"), r.dataUse}});
            printJson(out, {{QStringLiteral("repositories"), array}});
            return kSuccess;
        }
        for (const Repository& r : list)
            out << r.name << '\t' << r.kind << '\t' << r.dataUse << '\n';
        return kSuccess;
    }
    return usage(err, ConsentCommands::tr("steward repo: use declare NAME --purpose PURPOSE, or "
                                          "list."));
}

int reviewCommand(const Catalog& catalog, const QStringList& args, const Options& o,
                  QTextStream& out, QTextStream& err)
{
    ReviewStore store(catalog);
    QString error;
    if (!store.refresh(&error)) {
        err << error << '\n';
        return kFailed;
    }
    const QString sub = args.value(1);
    if (sub == QLatin1String("list")) {
        ReviewStore::Filter filter;
        if (!o.state.isEmpty()) {
            ReviewState state;
            if (!ReviewItem::stateFromName(o.state, &state))
                return usage(err, ConsentCommands::tr("--state: use pending, in_review, "
                                                      "changes_requested, approved or "
                                                      "rejected."));
            filter.state = state;
        }
        filter.repository = o.destination;
        const QVector<ReviewItem> items = store.items(filter);
        // The match as the consent stands now (the stored decision is the one last decided on).
        const auto liveMatch = [&store](const ReviewItem& i) {
            QString ignored;
            const std::optional<DatasetMatch> m = store.currentMatch(i, &ignored);
            return m ? MatchResult::decisionName(m->decision) : QStringLiteral("?");
        };
        if (o.json) {
            QJsonArray list;
            for (const ReviewItem& i : items)
                list.append(QJsonObject{{QStringLiteral("id"), i.id},
                                        {QStringLiteral("dataset"), i.datasetName},
                                        {QStringLiteral("path"), i.datasetPath},
                                        {QStringLiteral("destination"), i.repositoryName},
                                        {QStringLiteral("state"), ReviewItem::stateName(i.state)},
                                        {QStringLiteral("consent_decision"), i.consentDecision},
                                        {QStringLiteral("consent_match"), liveMatch(i)},
                                        {QStringLiteral("reviewer"), i.lastReviewer},
                                        {QStringLiteral("comment"), i.lastComment},
                                        {QStringLiteral("invalidated"), i.invalidatedReason}});
            printJson(out, {{QStringLiteral("items"), list}});
            return kSuccess;
        }
        for (const ReviewItem& i : items) {
            out << i.datasetName.leftJustified(24) << ' ' << i.repositoryName.leftJustified(16)
                << ' ' << ReviewItem::stateName(i.state).leftJustified(18) << ' '
                << liveMatch(i).leftJustified(13) << ' ' << i.lastReviewer;
            if (!i.invalidatedReason.isEmpty())
                out << "  (" << i.invalidatedReason << ')';
            out << '\n';
        }
        if (items.isEmpty())
            out << ConsentCommands::tr("No review items match.") << '\n';
        return kSuccess;
    }
    ReviewAction action;
    if (!ReviewItem::actionFromName(sub, &action))
        return usage(err, ConsentCommands::tr("steward review: use list, approve, reject, "
                                              "request-changes, start or reopen."));
    if (args.size() != 3 || o.destination.isEmpty())
        return usage(err, ConsentCommands::tr("steward review %1 DATASET --destination NAME "
                                              "--comment TEXT")
                              .arg(sub));
    if ((action == ReviewAction::Approve || action == ReviewAction::Reject ||
         action == ReviewAction::RequestChanges) &&
        !o.commentSet)
        return usage(err, ConsentCommands::tr("steward review %1 needs --comment TEXT (it may "
                                              "be empty for an approval the matcher allows).")
                              .arg(sub));
    const std::optional<DatasetConsent::Dataset> dataset =
        DatasetConsent::find(catalog, args.at(2), &error);
    if (!dataset) {
        err << error << '\n';
        return kFailed;
    }
    const std::optional<Repository> repository = RepositoryStore(catalog).repository(o.destination);
    if (!repository) {
        err << ConsentCommands::tr("No destination named %1; declare it with steward repo "
                                   "declare.")
                   .arg(o.destination)
            << '\n';
        return kFailed;
    }
    const std::optional<ReviewItem> item = store.item(dataset->path, repository->id);
    if (!item) {
        err << ConsentCommands::tr("No review item for %1 and %2.")
                   .arg(dataset->name, repository->name)
            << '\n';
        return kFailed;
    }
    if (!store.decide(item->id, action, o.comment, &error)) {
        err << error << '\n';
        return kFailed;
    }
    const std::optional<ReviewItem> after = store.item(item->id);
    out << ConsentCommands::tr("%1 for %2: %3.")
               .arg(dataset->name, repository->name,
                    ReviewItem::stateLabel(after ? after->state : item->state))
        << '\n';
    return kSuccess;
}

int auditCommand(const Catalog& catalog, const QStringList& args, const Options& o,
                 QTextStream& out, QTextStream& err)
{
    AuditLog log(catalog);
    const QString sub = args.value(1);
    if (sub == QLatin1String("verify")) {
        const AuditLog::Verification v = log.verify();
        if (o.json) {
            QJsonObject json{{QStringLiteral("ok"), v.ok},
                             {QStringLiteral("entries"), v.entries},
                             {QStringLiteral("head"), v.headHash}};
            if (!v.ok) {
                json.insert(QStringLiteral("first_bad_entry"), v.firstBadSeq);
                json.insert(QStringLiteral("problem"), v.problem);
            }
            printJson(out, json);
        } else if (v.ok) {
            out << ConsentCommands::tr("Audit log verified: %n entr(y|ies), chain intact.", nullptr,
                                       int(v.entries))
                << '\n';
            if (!v.headHash.isEmpty())
                out << ConsentCommands::tr("Head: %1").arg(v.headHash) << '\n';
        } else {
            out << ConsentCommands::tr("Audit log BROKEN at entry %1: %2")
                       .arg(v.firstBadSeq)
                       .arg(v.problem)
                << '\n';
        }
        return v.ok ? kSuccess : kFailed;
    }
    if (sub == QLatin1String("export")) {
        if (args.size() != 3)
            return usage(err, ConsentCommands::tr("steward audit export FILE"));
        QString error;
        if (!log.exportJsonLines(args.at(2), &error)) {
            err << error << '\n';
            return kFailed;
        }
        out << ConsentCommands::tr("Exported the audit log to %1.").arg(args.at(2)) << '\n';
        return kSuccess;
    }
    return usage(err, ConsentCommands::tr("steward audit: use verify or export FILE."));
}

} // namespace

bool ConsentCommands::handles(const QString& command)
{
    static const QStringList commands{QStringLiteral("consent"), QStringLiteral("duo"),
                                      QStringLiteral("repo"), QStringLiteral("review"),
                                      QStringLiteral("audit")};
    return commands.contains(command);
}

int ConsentCommands::run(const QStringList& args, const Options& o, QTextStream& out,
                         QTextStream& err)
{
    const QString command = args.value(0);
    const QString sub = args.value(1);
    if (command == QLatin1String("consent") && sub == QLatin1String("match")) {
        if (args.size() != 2)
            return usage(err, ConsentCommands::tr("steward consent match takes no file; give "
                                                  "--consent and --purpose."));
        return matchCommand(o, out, err);
    }
    if (command == QLatin1String("consent") && sub != QLatin1String("import") &&
        sub != QLatin1String("show"))
        return usage(err, ConsentCommands::tr("steward consent: use import FILE, show DATASET "
                                              "or match --consent C --purpose P."));
    Catalog catalog(Catalog::resolvePath(o.catalogPath));
    if (!openCatalog(catalog, err))
        return kFailed;
    if (command == QLatin1String("consent")) {
        if (args.size() != 3)
            return usage(err, sub == QLatin1String("import")
                                  ? ConsentCommands::tr("steward consent import: name one file.")
                                  : ConsentCommands::tr("steward consent show: name one "
                                                        "dataset."));
        return sub == QLatin1String("import") ? importCommand(catalog, args.at(2), o, out, err)
                                              : showCommand(catalog, args.at(2), o, out, err);
    }
    if (command == QLatin1String("duo"))
        return duoCommand(catalog, args, o, out, err);
    if (command == QLatin1String("repo"))
        return repoCommand(catalog, args, o, out, err);
    if (command == QLatin1String("review"))
        return reviewCommand(catalog, args, o, out, err);
    return auditCommand(catalog, args, o, out, err);
}

} // namespace steward
