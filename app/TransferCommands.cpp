#include "app/TransferCommands.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "models/catalog/Catalog.h"
#include "models/transfer/RepositoryStore.h"
#include "models/transfer/SecretStore.h"
#include "models/transfer/TransferBackend.h"
#include "models/transfer/TransferEngine.h"
#include "models/transfer/TransferStore.h"

namespace steward {
namespace {

QString humanBytes(double bytes)
{
    return QLocale::c().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

int usage(QTextStream& err, const QString& message)
{
    err << message << '\n';
    return TransferCommands::Usage;
}

int exitFor(TransferState state)
{
    switch (state) {
    case TransferState::Delivered:
        return TransferCommands::Done;
    case TransferState::Failed:
    case TransferState::Cancelled:
        return TransferCommands::Failed;
    default:
        return TransferCommands::NotFinished;
    }
}

QJsonObject transferJson(const TransferRecord& t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("repository"), t.repositoryName},
                  {QStringLiteral("source"), t.sourcePath},
                  {QStringLiteral("remote_prefix"), t.remotePrefix},
                  {QStringLiteral("state"), TransferRecord::stateName(t.state)},
                  {QStringLiteral("total_bytes"), double(t.totalBytes)},
                  {QStringLiteral("done_bytes"), double(t.doneBytes)},
                  {QStringLiteral("files_total"), t.filesTotal},
                  {QStringLiteral("files_done"), t.filesDone},
                  {QStringLiteral("attempts"), t.attempts}};
    if (!t.error.isEmpty()) {
        o.insert(QStringLiteral("error_kind"), t.errorKind);
        o.insert(QStringLiteral("error"), t.error);
    }
    return o;
}

/** Runs one transfer in the foreground with a progress line on stderr. */
TransferState runForeground(const Catalog& catalog, qint64 id, QTextStream& err, bool quiet,
                            qint64 bandwidthLimit)
{
    TransferEngine::Options options;
    options.bandwidthLimit = bandwidthLimit;
    TransferEngine engine(catalog, options);
    if (!quiet) {
        engine.setProgressHandler([&err](qint64 transferId, const TransferEngine::Progress& p) {
            const double pct = p.total > 0 ? 100.0 * double(p.done) / double(p.total) : 100.0;
            // No ETA until data flows at a meaningful rate (hashing comes first).
            const qint64 eta = p.done > 0 && p.bytesPerSecond > 65536
                                   ? qint64((p.total - p.done) / p.bytesPerSecond)
                                   : -1;
            err << TransferCommands::tr("transfer %1: %2% of %3, %4/s, %5")
                       .arg(transferId)
                       .arg(pct, 0, 'f', 1)
                       .arg(humanBytes(double(p.total)), humanBytes(p.bytesPerSecond),
                            eta >= 0 ? TransferCommands::tr("%n s left", nullptr, int(eta))
                                     : TransferCommands::tr("starting"))
                << '\r';
            err.flush();
        });
        engine.setStateHandler([&err](qint64 transferId, TransferState state, const QString& m) {
            err << '\n'
                << TransferCommands::tr("transfer %1: %2")
                       .arg(transferId)
                       .arg(TransferRecord::stateLabel(state));
            if (!m.isEmpty())
                err << " — " << m;
            err << '\n';
            err.flush();
        });
    }
    return engine.run(id);
}

QString readSecretFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

int repoAdd(const Catalog& catalog, const QString& name, const QCommandLineParser& p,
            QTextStream& out, QTextStream& err)
{
    const QString kind = p.value(QStringLiteral("kind"));
    static const QStringList kinds{QStringLiteral("s3"), QStringLiteral("sftp"),
                                   QStringLiteral("webdav"), QStringLiteral("folder")};
    if (!kinds.contains(kind))
        return usage(
            err, TransferCommands::tr("steward repo add NAME --kind s3|sftp|webdav|folder ..."));
    RepositoryStore store(catalog);
    Repository r;
    if (const std::optional<Repository> existing = store.repository(name))
        r = *existing;
    r.name = name;
    r.kind = kind;
    QJsonObject s;
    const auto need = [&](const char* option) -> bool {
        if (p.value(QLatin1String(option)).isEmpty()) {
            err << TransferCommands::tr("A %1 repository needs --%2.")
                       .arg(kind, QLatin1String(option))
                << '\n';
            return false;
        }
        return true;
    };
    if (kind == QLatin1String("folder")) {
        if (!need("path"))
            return TransferCommands::Usage;
        s.insert(QStringLiteral("path"),
                 QFileInfo(p.value(QStringLiteral("path"))).absoluteFilePath());
    } else if (kind == QLatin1String("s3")) {
        if (!need("endpoint") || !need("bucket") || !need("access-key"))
            return TransferCommands::Usage;
        s.insert(QStringLiteral("endpoint"), p.value(QStringLiteral("endpoint")));
        s.insert(QStringLiteral("region"), p.isSet(QStringLiteral("region"))
                                               ? p.value(QStringLiteral("region"))
                                               : QStringLiteral("us-east-1"));
        s.insert(QStringLiteral("bucket"), p.value(QStringLiteral("bucket")));
        s.insert(QStringLiteral("prefix"), p.value(QStringLiteral("prefix")));
        s.insert(QStringLiteral("path_style"), p.isSet(QStringLiteral("path-style")));
        s.insert(QStringLiteral("access_key"), p.value(QStringLiteral("access-key")));
        s.insert(QStringLiteral("checksum_headers"),
                 !p.isSet(QStringLiteral("no-checksum-headers")));
        if (p.isSet(QStringLiteral("part-size")))
            s.insert(QStringLiteral("part_size_mib"), p.value(QStringLiteral("part-size")).toInt());
        if (p.isSet(QStringLiteral("ca-file")))
            s.insert(QStringLiteral("ca_file"),
                     QFileInfo(p.value(QStringLiteral("ca-file"))).absoluteFilePath());
    } else if (kind == QLatin1String("sftp")) {
        if (!need("host") || !need("user") || !need("host-fingerprint"))
            return TransferCommands::Usage;
        const QString fp = p.value(QStringLiteral("host-fingerprint"));
        if (!fp.startsWith(QLatin1String("SHA256:")))
            return usage(err, TransferCommands::tr(
                                  "--host-fingerprint takes the fingerprint as OpenSSH prints "
                                  "it: SHA256:... (ssh-keyscan HOST | ssh-keygen -lf -)."));
        s.insert(QStringLiteral("host"), p.value(QStringLiteral("host")));
        s.insert(QStringLiteral("port"),
                 p.isSet(QStringLiteral("port")) ? p.value(QStringLiteral("port")).toInt() : 22);
        s.insert(QStringLiteral("user"), p.value(QStringLiteral("user")));
        if (p.isSet(QStringLiteral("key")))
            s.insert(QStringLiteral("key"),
                     QFileInfo(p.value(QStringLiteral("key"))).absoluteFilePath());
        s.insert(QStringLiteral("host_fingerprint"), fp);
        s.insert(QStringLiteral("path"), p.value(QStringLiteral("path")));
    } else {
        if (!need("url"))
            return TransferCommands::Usage;
        s.insert(QStringLiteral("url"), p.value(QStringLiteral("url")));
        s.insert(QStringLiteral("user"), p.value(QStringLiteral("user")));
        if (p.isSet(QStringLiteral("ca-file")))
            s.insert(QStringLiteral("ca_file"),
                     QFileInfo(p.value(QStringLiteral("ca-file"))).absoluteFilePath());
    }
    r.settings = s;
    if (r.dataUse.isEmpty())
        r.dataUse =
            p.isSet(QStringLiteral("purpose")) ? p.value(QStringLiteral("purpose")) : QString();
    QString error;
    if (p.isSet(QStringLiteral("secret-stdin"))) {
        const QString secret = readSecretFromStdin();
        if (secret.isEmpty())
            return usage(err, TransferCommands::tr("--secret-stdin: no secret on standard input."));
        SecretStore secrets;
        if (!secrets.write(SecretStore::repositoryKey(name), secret, &error)) {
            err << error << '\n';
            return TransferCommands::Failed;
        }
    }
    if (!store.save(r, &error)) {
        err << error << '\n';
        return TransferCommands::Failed;
    }
    out << TransferCommands::tr("Repository %1 (%2) saved.").arg(name, kind) << '\n';
    if (r.dataUse.isEmpty())
        out << TransferCommands::tr(
                   "It declares no data use yet, so no dataset can be approved for it: steward "
                   "repo declare %1 --purpose PURPOSE.")
                   .arg(name)
            << '\n';
    return TransferCommands::Done;
}

int repoTest(const Catalog& catalog, const QString& name, QTextStream& out, QTextStream& err)
{
    const std::optional<Repository> r = RepositoryStore(catalog).repository(name);
    if (!r) {
        err << TransferCommands::tr("No repository named %1.").arg(name) << '\n';
        return TransferCommands::Failed;
    }
    QString error;
    std::unique_ptr<TransferBackend> backend = TransferBackend::create(
        *r,
        SecretStore::repositorySecret(name),
        &error);
    if (!backend) {
        err << error << '\n';
        return TransferCommands::Failed;
    }
    QStringList notes;
    RequestControl control;
    const RemoteResult result = backend->test(&notes, control);
    for (const QString& n : std::as_const(notes))
        out << n << '\n';
    if (!result.ok()) {
        err << result.message << '\n';
        return TransferCommands::Failed;
    }
    out << TransferCommands::tr("%1 works.").arg(backend->describe()) << '\n';
    return TransferCommands::Done;
}

} // namespace

QList<QCommandLineOption> TransferCommands::options()
{
    const auto value = [](const char* name, const QString& help, const QString& arg) {
        return QCommandLineOption(QString::fromLatin1(name), help, arg);
    };
    const auto flag = [](const char* name, const QString& help) {
        return QCommandLineOption(QString::fromLatin1(name), help);
    };
    return {
        value("kind", tr("repo add: s3, sftp, webdav or folder."), tr("kind")),
        value("endpoint", tr("repo add (S3): endpoint URL."), tr("url")),
        value("bucket", tr("repo add (S3): bucket."), tr("name")),
        value("prefix", tr("repo add (S3): key prefix."), tr("prefix")),
        flag("path-style", tr("repo add (S3): path-style URLs (most non-AWS stores).")),
        flag("no-checksum-headers",
             tr("repo add (S3): do not send x-amz-checksum-sha256 (stores that reject it).")),
        value("part-size", tr("repo add (S3): multipart part size in MiB."), tr("MiB")),
        value("access-key", tr("repo add (S3): access key id."), tr("id")),
        value("host", tr("repo add (SFTP): host."), tr("host")),
        value("port", tr("repo add (SFTP): port."), tr("port")),
        value("user", tr("repo add (SFTP, WebDAV): user name."), tr("user")),
        value("key", tr("repo add (SFTP): private key file."), tr("file")),
        value("host-fingerprint",
              tr("repo add (SFTP): the server's host key, SHA256:... as OpenSSH prints it."),
              tr("fingerprint")),
        value("path", tr("repo add (SFTP, folder): remote or local folder."), tr("path")),
        value("url", tr("repo add (WebDAV): base URL."), tr("url")),
        value("ca-file",
              tr("repo add (S3, WebDAV): a PEM file of certificate authorities to trust for this "
                 "server besides the system's (an institution's own CA)."),
              tr("file")),
        flag("secret-stdin",
             tr("repo add: read the secret (S3 secret key, password, key passphrase) from "
                "standard input.")),
        value("to", tr("push: the repository."), tr("name")),
        value("bwlimit", tr("push, queue resume: bandwidth limit in MB/s (0: none)."), tr("MB/s")),
        flag("wait", tr("push, queue resume: carry the transfer(s) to the end in the "
                        "foreground."))};
}

QStringList TransferCommands::optionsWithValue()
{
    QStringList list;
    for (const QCommandLineOption& o : options()) {
        if (!o.valueName().isEmpty())
            list << QStringLiteral("--") + o.names().first();
    }
    return list;
}

bool TransferCommands::handles(const QStringList& positional)
{
    const QString command = positional.value(0);
    const QString sub = positional.value(1);
    return command == QLatin1String("push") || command == QLatin1String("queue") ||
           (command == QLatin1String("repo") &&
            (sub == QLatin1String("add") || sub == QLatin1String("test")));
}

int TransferCommands::run(const QStringList& args, const QCommandLineParser& p,
                          const QString& catalogPath, bool json, QTextStream& out, QTextStream& err)
{
    Catalog catalog(Catalog::resolvePath(catalogPath));
    QString error;
    if (!catalog.open(&error)) {
        err << error << '\n';
        return Failed;
    }
    const QString command = args.value(0);
    const QString sub = args.value(1);
    if (command == QLatin1String("repo")) {
        if (args.size() != 3)
            return usage(err, tr("steward repo %1 NAME ...").arg(sub));
        return sub == QLatin1String("add") ? repoAdd(catalog, args.at(2), p, out, err)
                                           : repoTest(catalog, args.at(2), out, err);
    }
    TransferStore store(catalog);
    qint64 limit = 0;
    if (p.isSet(QStringLiteral("bwlimit"))) {
        bool ok = false;
        const double mbps = p.value(QStringLiteral("bwlimit")).toDouble(&ok);
        if (!ok || mbps < 0)
            return usage(err, tr("--bwlimit takes megabytes per second, e.g. 50 or 0.5."));
        limit = qint64(mbps * 1e6);
    }
    if (command == QLatin1String("push")) {
        if (args.size() != 2 || !p.isSet(QStringLiteral("to")))
            return usage(err, tr("steward push PATH --to NAME [--wait]"));
        const std::optional<Repository> r =
            RepositoryStore(catalog).repository(p.value(QStringLiteral("to")));
        if (!r) {
            err << tr("No repository named %1; add it with steward repo add.")
                       .arg(p.value(QStringLiteral("to")))
                << '\n';
            return Failed;
        }
        if (!TransferBackend::create(
                *r, [] { return QString(); }, &error)) {
            err << error << '\n';
            return Failed;
        }
        const qint64 id = store.enqueue(args.at(1), *r, QString(), &error);
        if (id == 0) {
            err << error << '\n';
            return Failed;
        }
        if (!p.isSet(QStringLiteral("wait"))) {
            out << tr("Queued transfer %1 to %2; Steward sends it in the background (or run "
                      "steward queue resume --wait).")
                       .arg(id)
                       .arg(r->name)
                << '\n';
            return NotFinished;
        }
        const TransferState state = runForeground(catalog, id, err, json, limit);
        const std::optional<TransferRecord> t = store.transfer(id);
        if (json && t)
            out << QJsonDocument(transferJson(*t)).toJson(QJsonDocument::Indented);
        else if (t)
            out << tr("Transfer %1: %2.").arg(id).arg(TransferRecord::stateLabel(state)) << '\n';
        return exitFor(state);
    }
    // queue
    if (sub == QLatin1String("list") || sub.isEmpty()) {
        const QVector<TransferRecord> list = store.transfers();
        if (json) {
            QJsonArray array;
            for (const TransferRecord& t : list)
                array.append(transferJson(t));
            out << QJsonDocument(QJsonObject{{QStringLiteral("transfers"), array}})
                       .toJson(QJsonDocument::Indented);
            return Done;
        }
        for (const TransferRecord& t : list) {
            out << t.id << '\t' << TransferRecord::stateName(t.state) << '\t' << t.repositoryName
                << '\t' << humanBytes(double(t.doneBytes)) << '/'
                << humanBytes(double(t.totalBytes)) << '\t' << t.sourcePath;
            if (!t.error.isEmpty())
                out << '\t' << t.error;
            out << '\n';
        }
        if (list.isEmpty())
            out << tr("The transfer queue is empty.") << '\n';
        return Done;
    }
    bool ok = false;
    const qint64 id = args.value(2).toLongLong(&ok);
    if (sub == QLatin1String("resume") && args.size() == 2) {
        // Everything interrupted or queued, in the foreground (as the GUI does at start).
        const int recovered = store.recoverInterrupted(&error);
        if (recovered > 0)
            err << tr("%n interrupted transfer(s) resumed.", nullptr, recovered) << '\n';
        if (!p.isSet(QStringLiteral("wait")))
            return NotFinished;
        int code = Done;
        while (const std::optional<TransferRecord> next = store.nextQueued()) {
            const TransferState state = runForeground(catalog, next->id, err, json, limit);
            code = qMax(code, exitFor(state));
            if (state == TransferState::Queued)
                break;
        }
        return code;
    }
    if (!ok || args.size() != 3)
        return usage(err, tr("steward queue list | pause ID | resume [ID] [--wait] | cancel ID"));
    const std::optional<TransferRecord> t = store.transfer(id);
    if (!t) {
        err << tr("No transfer %1 in the queue.").arg(id) << '\n';
        return Failed;
    }
    if (sub == QLatin1String("pause")) {
        if (t->isFinished())
            return usage(err, tr("Transfer %1 is already %2.")
                                  .arg(id)
                                  .arg(TransferRecord::stateLabel(t->state).toLower()));
        store.setState(id, TransferState::Paused, QString(), tr("Paused."));
        out << tr("Transfer %1 paused.").arg(id) << '\n';
        return NotFinished;
    }
    if (sub == QLatin1String("cancel")) {
        if (t->state == TransferState::Delivered)
            return usage(err, tr("Transfer %1 was already delivered.").arg(id));
        // A transfer another Steward is sending (its heartbeat is fresh) is cleaned up by that
        // process; otherwise this one drops the remote leftovers itself.
        const bool live =
            (t->state == TransferState::Running || t->state == TransferState::Verifying ||
             t->state == TransferState::Waiting) &&
            t->updatedAt.secsTo(QDateTime::currentDateTimeUtc()) < 5;
        store.setState(id, TransferState::Cancelled, QString(), tr("Cancelled."));
        if (!live)
            TransferEngine::abandonRemote(catalog, id, &error);
        out << tr("Transfer %1 cancelled.").arg(id) << '\n';
        return Failed;
    }
    if (sub == QLatin1String("resume")) {
        if (t->state == TransferState::Delivered)
            return usage(err, tr("Transfer %1 was already delivered.").arg(id));
        // Resuming acknowledges the repository's current settings.
        if (const std::optional<Repository> r =
                RepositoryStore(catalog).repository(t->repositoryId))
            store.acknowledgeRepository(id, *r);
        store.setState(id, TransferState::Queued, QString(), QString());
        if (!p.isSet(QStringLiteral("wait"))) {
            out << tr("Transfer %1 queued again.").arg(id) << '\n';
            return NotFinished;
        }
        return exitFor(runForeground(catalog, id, err, json, limit));
    }
    return usage(err, tr("steward queue list | pause ID | resume [ID] [--wait] | cancel ID"));
}

} // namespace steward
