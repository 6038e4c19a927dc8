#include "app/BagCommands.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "models/bundle/BagValidator.h"
#include "models/bundle/ChecksumCache.h"
#include "models/catalog/Catalog.h"

namespace steward {
namespace {

using E = BagCommands::ExitCode;

QJsonArray problemsJson(const QList<BagValidator::Problem>& problems)
{
    QJsonArray list;
    for (const BagValidator::Problem& p : problems) {
        QJsonObject o{{QStringLiteral("file"), p.file}, {QStringLiteral("message"), p.message}};
        if (p.line > 0)
            o.insert(QStringLiteral("line"), p.line);
        list.append(o);
    }
    return list;
}

int bagVerify(const QString& path, bool json, int threads, QTextStream& out, QTextStream& err)
{
    if (!QFileInfo(path).isDir()) {
        err << BagCommands::tr("steward bag verify: %1 is not a folder.").arg(path) << '\n';
        return E::Usage;
    }
    BagValidator::Options options;
    options.threads = threads;
    const BagValidator::Result r = BagValidator::validate(path, options);
    if (json) {
        const QJsonObject root{
            {QStringLiteral("bag"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("valid"), r.valid},
            {QStringLiteral("complete"), r.complete},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("payload_files"), r.payloadFiles},
            {QStringLiteral("payload_bytes"), r.payloadBytes},
            {QStringLiteral("files_verified"), r.filesVerified},
            {QStringLiteral("payload_algorithms"), QJsonArray::fromStringList(r.payloadAlgorithms)},
            {QStringLiteral("tag_algorithms"), QJsonArray::fromStringList(r.tagAlgorithms)},
            {QStringLiteral("errors"), problemsJson(r.errors)},
            {QStringLiteral("warnings"), problemsJson(r.warnings)}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return r.valid ? E::Done : E::Failed;
    }
    const QDir bag(path);
    const auto print = [&](const char* kind, const BagValidator::Problem& p) {
        BagValidator::Problem named = p;
        named.file = p.file.isEmpty() ? bag.path() : bag.filePath(p.file);
        out << kind << ": " << named.toString() << '\n';
    };
    for (const BagValidator::Problem& p : r.errors)
        print("error", p);
    for (const BagValidator::Problem& p : r.warnings)
        print("warning", p);
    out << QDir::toNativeSeparators(bag.path()) << ": " << r.summary() << '\n';
    return r.valid ? E::Done : E::Failed;
}

int checksum(const QStringList& files, const QString& catalogPath, bool json, QTextStream& out,
             QTextStream& err)
{
    Catalog catalog(Catalog::resolvePath(catalogPath));
    QString error;
    if (!catalog.open(&error)) {
        err << error << '\n';
        return E::Failed;
    }
    ChecksumCache cache(catalog);
    QJsonArray rows;
    bool failed = false;
    for (const QString& file : files) {
        FileChecksums c;
        const qint64 hitsBefore = cache.cacheHits();
        if (!cache.checksums(file, &c, &error)) {
            err << error << '\n';
            failed = true;
            continue;
        }
        if (json) {
            rows.append(QJsonObject{{QStringLiteral("path"), QFileInfo(file).absoluteFilePath()},
                                    {QStringLiteral("size"), c.size},
                                    {QStringLiteral("sha256"), c.sha256},
                                    {QStringLiteral("sha512"), c.sha512},
                                    {QStringLiteral("md5"), c.md5},
                                    {QStringLiteral("cached"), cache.cacheHits() > hitsBefore}});
            continue;
        }
        // The BSD tag format of `sha256sum --tag`, which `sha256sum -c` reads back.
        out << "SHA256 (" << file << ") = " << c.sha256 << '\n'
            << "SHA512 (" << file << ") = " << c.sha512 << '\n'
            << "MD5 (" << file << ") = " << c.md5 << '\n';
    }
    if (json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("files"), rows}})
                   .toJson(QJsonDocument::Indented);
    return failed ? E::Failed : E::Done;
}

} // namespace

bool BagCommands::handles(const QStringList& positional)
{
    const QString command = positional.value(0);
    return command == QLatin1String("bag") || command == QLatin1String("checksum");
}

int BagCommands::run(const QStringList& args, const QString& catalogPath, bool json, int threads,
                     QTextStream& out, QTextStream& err)
{
    if (args.value(0) == QLatin1String("checksum")) {
        if (args.size() < 2) {
            err << tr("steward checksum FILE... [--json]") << '\n';
            return E::Usage;
        }
        return checksum(args.mid(1), catalogPath, json, out, err);
    }
    if (args.size() != 3 || args.at(1) != QLatin1String("verify")) {
        err << tr("steward bag verify DIR [--json]") << '\n';
        return E::Usage;
    }
    return bagVerify(args.at(2), json, threads, out, err);
}

} // namespace steward
