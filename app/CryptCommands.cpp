#include "app/CryptCommands.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "app/TerminalPrompt.h"
#include "models/catalog/Catalog.h"
#include "models/crypt4gh/Crypt4ghKeyFile.h"
#include "models/crypt4gh/Crypt4ghKeyStore.h"
#include "models/crypt4gh/Crypt4ghReader.h"
#include "models/crypt4gh/Crypt4ghWriter.h"
#include "models/transfer/SecretStore.h"

namespace steward {
namespace {

using E = CryptCommands::ExitCode;

const QString kName = QStringLiteral("name");
const QString kOut = QStringLiteral("out");
const QString kPassphraseFile = QStringLiteral("passphrase-file");
const QString kNoPassphrase = QStringLiteral("no-passphrase");
const QString kRecipient = QStringLiteral("recipient-pk");
const QString kSecretKey = QStringLiteral("sk");

int usage(QTextStream& err, const QString& message)
{
    err << message << '\n';
    return E::Usage;
}

/** Where passphrases come from, in the reference tools' order of preference. */
class Passphrases
{
public:
    Passphrases(const QCommandLineParser& p, QTextStream& err) : m_parser(p), m_err(err) {}

    /** A null string (with the reason in error) when none can be had. */
    QString get(const QString& prompt, bool confirm, QString* error)
    {
        if (m_parser.isSet(kPassphraseFile)) {
            QFile f(m_parser.value(kPassphraseFile));
            if (!f.open(QIODevice::ReadOnly)) {
                *error = CryptCommands::tr("Cannot read the passphrase file %1: %2")
                             .arg(f.fileName(), f.errorString());
                return QString();
            }
            QByteArray line = f.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            return QString::fromUtf8(line);
        }
        if (qEnvironmentVariableIsSet("C4GH_PASSPHRASE")) {
            if (!m_warned)
                m_err << CryptCommands::tr(
                             "Warning: using the passphrase in C4GH_PASSPHRASE. Environment "
                             "variables can leak (to other processes, crash reports, shell "
                             "history); prefer --passphrase-file or the prompt.")
                      << '\n';
            m_warned = true;
            return qEnvironmentVariable("C4GH_PASSPHRASE");
        }
        const QString first = TerminalPrompt::askHidden(prompt);
        if (first.isNull()) {
            *error = CryptCommands::tr("No terminal to ask for the passphrase: use "
                                       "--passphrase-file F or set C4GH_PASSPHRASE.");
            return QString();
        }
        if (confirm && TerminalPrompt::askHidden(CryptCommands::tr("Repeat it: ")) != first) {
            *error = CryptCommands::tr("The passphrases do not match.");
            return QString();
        }
        return first;
    }

private:
    const QCommandLineParser& m_parser;
    QTextStream& m_err;
    bool m_warned = false;
};

/** A recipient: a public key file, else a name or fingerprint in the address book. */
bool resolveRecipient(const Catalog* catalog, const QString& arg, QByteArray* key, QString* label,
                      QString* error)
{
    if (catalog)
        return Crypt4ghKeyStore(*catalog).resolveRecipient(arg, key, label, error);
    *label = arg;
    return Crypt4ghKeyFile::readPublicKey(arg, key, error);
}

/** A secret key: a key file, else one of the user's key pairs in the catalog (whose
 * remembered passphrase, if any, comes from the secret store). */
bool resolveSecretKey(const Catalog* catalog, const QString& arg, Passphrases& passphrases,
                      Crypt4ghKeyPair* pair, QString* error)
{
    QString path = arg;
    std::optional<Crypt4ghOwnKey> own;
    if (catalog)
        own = Crypt4ghKeyStore(*catalog).findOwnKey(
            QFileInfo(arg).isFile() ? QFileInfo(arg).absoluteFilePath() : arg);
    if (!QFileInfo(arg).isFile()) {
        if (!own) {
            *error = CryptCommands::tr("%1 is neither a secret key file nor one of your key pairs "
                                       "(steward keys list).")
                         .arg(arg);
            return false;
        }
        path = own->secretKeyPath;
    }
    QString providerError;
    const auto provider = [&]() {
        if (own && own->passphraseRemembered) {
            SecretStore secrets;
            secrets.setPassphraseProvider([](bool creating) {
                return TerminalPrompt::askHidden(
                    creating ? CryptCommands::tr("New passphrase for Steward's secrets file: ")
                             : CryptCommands::tr("Passphrase of Steward's secrets file: "));
            });
            QString remembered;
            QString ignored;
            if (Crypt4ghKeyStore(*catalog).recallPassphrase(*own, secrets, &remembered, &ignored))
                return remembered;
        }
        return passphrases.get(CryptCommands::tr("Passphrase for %1: ").arg(path), false,
                               &providerError);
    };
    if (Crypt4ghKeyFile::readSecretKey(path, provider, pair, error))
        return true;
    if (!providerError.isEmpty())
        *error = providerError;
    return false;
}

QString rate(qint64 bytes, qint64 ms)
{
    const double seconds = qMax<qint64>(ms, 1) / 1000.0;
    return QStringLiteral("%1 MB/s").arg(bytes / seconds / 1e6, 0, 'f', 0);
}

int keygen(const QStringList& args, const QCommandLineParser& p, const QString& catalogPath,
           bool json, QTextStream& out, QTextStream& err)
{
    if (args.size() != 1 || !p.isSet(kOut))
        return usage(err, CryptCommands::tr("steward keygen [--name NAME] --out PREFIX "
                                            "[--passphrase-file F | --no-passphrase]"));
    if (p.isSet(kNoPassphrase) && p.isSet(kPassphraseFile))
        return usage(err, CryptCommands::tr("steward keygen: --no-passphrase and "
                                            "--passphrase-file exclude each other."));
    const QString prefix = QFileInfo(p.value(kOut)).absoluteFilePath();
    const QString pubPath = prefix + QStringLiteral(".pub");
    const QString secPath = prefix + QStringLiteral(".sec");
    const QString name = p.isSet(kName) ? p.value(kName) : QFileInfo(prefix).fileName();
    Catalog catalog(Catalog::resolvePath(catalogPath));
    QString error;
    if (!catalog.open(&error)) {
        err << error << '\n';
        return E::Failed;
    }
    Crypt4ghKeyStore store(catalog);
    if (const auto same = store.findOwnKey(name)) {
        err << CryptCommands::tr("You already have a key pair named %1 (%2); choose another "
                                 "--name.")
                   .arg(same->name, same->secretKeyPath)
            << '\n';
        return E::Failed;
    }
    QString passphrase;
    if (!p.isSet(kNoPassphrase)) {
        Passphrases passphrases(p, err);
        passphrase = passphrases.get(CryptCommands::tr("Passphrase to protect %1: ").arg(secPath),
                                     true, &error);
        if (passphrase.isNull()) {
            err << error << '\n';
            return E::Failed;
        }
        if (passphrase.isEmpty()) {
            err << CryptCommands::tr("An empty passphrase protects nothing; use --no-passphrase "
                                     "to write an unprotected secret key on purpose.")
                << '\n';
            return E::Failed;
        }
    }
    const Crypt4ghKeyPair pair = Crypt4ghKeyPair::generate();
    const Crypt4ghKeyFile::Kdf kdf =
        passphrase.isEmpty() ? Crypt4ghKeyFile::Kdf::None : Crypt4ghKeyFile::Kdf::Scrypt;
    if (!Crypt4ghKeyFile::writeKeyPair(pair, pubPath, secPath, passphrase, &error, kdf, name)) {
        err << error << '\n';
        return E::Failed;
    }
    Crypt4ghOwnKey key;
    key.name = name;
    key.publicKey = pair.publicKey();
    key.secretKeyPath = secPath;
    key.publicKeyPath = pubPath;
    key.kdf = Crypt4ghKeyFile::kdfName(kdf);
    if (!store.addOwnKey(key, &error)) {
        err << CryptCommands::tr("Wrote %1 and %2, but could not record them in the catalog: %3")
                   .arg(pubPath, secPath, error)
            << '\n';
        return E::Failed;
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                         {QStringLiteral("public_key"), pubPath},
                                         {QStringLiteral("secret_key"), secPath},
                                         {QStringLiteral("fingerprint"), key.fingerprint},
                                         {QStringLiteral("kdf"), key.kdf}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << CryptCommands::tr("Wrote %1 (give it to senders) and %2 (%3; keep it to "
                                 "yourself).")
                   .arg(pubPath, secPath,
                        passphrase.isEmpty() ? CryptCommands::tr("not protected")
                                             : CryptCommands::tr("passphrase-protected"))
            << '\n'
            << CryptCommands::tr("Key pair %1: %2").arg(name, key.fingerprint) << '\n';
    }
    return E::Done;
}

int encryptOrDecrypt(bool encrypt, const QStringList& args, const QCommandLineParser& p,
                     const QString& catalogPath, bool json, int threads, QTextStream& out,
                     QTextStream& err)
{
    if (args.size() != 3 || (encrypt && !p.isSet(kRecipient)) || (!encrypt && !p.isSet(kSecretKey)))
        return usage(err, encrypt ? CryptCommands::tr("steward encrypt --recipient-pk KEY... "
                                                      "[--sk SENDER_SK] IN OUT")
                                  : CryptCommands::tr("steward decrypt --sk KEY... IN OUT "
                                                      "[--passphrase-file F]"));
    const QString input = args.at(1);
    const QString output = args.at(2);
    if (!QFileInfo(input).isFile())
        return usage(err, CryptCommands::tr("%1: no such file").arg(input));
    // The catalog is only needed for names from the address book or the own-key list.
    Catalog catalog(Catalog::resolvePath(catalogPath));
    QString error;
    const Catalog* names = catalog.open(&error) ? &catalog : nullptr;
    Passphrases passphrases(p, err);
    QElapsedTimer timer;
    QJsonObject report{{QStringLiteral("input"), input}, {QStringLiteral("output"), output}};
    if (encrypt) {
        Crypt4ghWriter::Options options;
        options.threads = qMax(1, threads);
        QJsonArray recipients;
        for (const QString& arg : p.values(kRecipient)) {
            QByteArray key;
            QString label;
            if (!resolveRecipient(names, arg, &key, &label, &error)) {
                err << error << '\n';
                return E::Failed;
            }
            options.recipients << key;
            recipients.append(
                QJsonObject{{QStringLiteral("key"), label},
                            {QStringLiteral("fingerprint"), Crypt4ghKeyPair::fingerprint(key)}});
        }
        if (p.isSet(kSecretKey) &&
            !resolveSecretKey(names, p.value(kSecretKey), passphrases, &options.sender, &error)) {
            err << error << '\n';
            return E::Failed;
        }
        Crypt4ghWriter::Stats stats;
        timer.start(); // after the keys are unlocked: the rate is the encryption's
        if (!Crypt4ghWriter::encryptFile(input, output, options, &error, &stats)) {
            err << error << '\n';
            return E::Failed;
        }
        const qint64 ms = timer.elapsed();
        report.insert(QStringLiteral("recipients"), recipients);
        report.insert(QStringLiteral("bytes_in"), stats.plaintextBytes);
        report.insert(QStringLiteral("bytes_out"), stats.encryptedBytes);
        report.insert(QStringLiteral("elapsed_ms"), ms);
        if (!json)
            out << CryptCommands::tr("Encrypted %1 to %2 for %n recipient(s): %3 bytes in %4 s "
                                     "(%5).",
                                     nullptr, int(recipients.size()))
                       .arg(input, output, QLocale::c().toString(stats.plaintextBytes))
                       .arg(ms / 1000.0, 0, 'f', 2)
                       .arg(rate(stats.plaintextBytes, ms))
                << '\n';
    } else {
        Crypt4ghReader::Options options;
        options.threads = qMax(1, threads);
        for (const QString& arg : p.values(kSecretKey)) {
            Crypt4ghKeyPair pair;
            if (!resolveSecretKey(names, arg, passphrases, &pair, &error)) {
                err << error << '\n';
                return E::Failed;
            }
            options.keys << pair;
        }
        Crypt4ghReader::Stats stats;
        timer.start();
        if (!Crypt4ghReader::decryptFile(input, output, options, &error, &stats)) {
            err << error << '\n';
            return E::Failed;
        }
        const qint64 ms = timer.elapsed();
        report.insert(QStringLiteral("key"), stats.key);
        report.insert(QStringLiteral("bytes_out"), stats.plaintextBytes);
        report.insert(QStringLiteral("edit_list"), stats.editList);
        report.insert(QStringLiteral("elapsed_ms"), ms);
        if (!json)
            out << CryptCommands::tr("Decrypted %1 to %2 with %3: %4 bytes in %5 s (%6).")
                       .arg(input, output, stats.key, QLocale::c().toString(stats.plaintextBytes))
                       .arg(ms / 1000.0, 0, 'f', 2)
                       .arg(rate(QFileInfo(input).size(), ms))
                << '\n';
    }
    if (json)
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return E::Done;
}

int keys(const QStringList& args, const QString& catalogPath, bool json, QTextStream& out,
         QTextStream& err)
{
    const QString sub = args.value(1);
    const QString usageText =
        CryptCommands::tr("steward keys list | add NAME PUBKEY_FILE | remove NAME");
    if (!((sub == QLatin1String("list") && args.size() == 2) ||
          (sub == QLatin1String("add") && args.size() == 4) ||
          (sub == QLatin1String("remove") && args.size() == 3)))
        return usage(err, usageText);
    Catalog catalog(Catalog::resolvePath(catalogPath));
    QString error;
    if (!catalog.open(&error)) {
        err << error << '\n';
        return E::Failed;
    }
    Crypt4ghKeyStore store(catalog);
    if (sub == QLatin1String("add")) {
        Crypt4ghRecipient r;
        r.name = args.at(2);
        if (!Crypt4ghKeyFile::readPublicKey(args.at(3), &r.publicKey, &error) ||
            !store.addRecipient(r, &error)) {
            err << error << '\n';
            return E::Failed;
        }
        out << CryptCommands::tr("Added %1 (%2) to the address book.").arg(r.name, r.fingerprint)
            << '\n';
        return E::Done;
    }
    if (sub == QLatin1String("remove")) {
        const auto r = store.findRecipient(args.at(2));
        if (!r) {
            err << CryptCommands::tr("The address book has no recipient %1.").arg(args.at(2))
                << '\n';
            return E::Failed;
        }
        if (!store.removeRecipient(r->id, &error)) {
            err << error << '\n';
            return E::Failed;
        }
        out << CryptCommands::tr("Removed %1 from the address book.").arg(r->name) << '\n';
        return E::Done;
    }
    const QVector<Crypt4ghRecipient> recipients = store.recipients();
    const QVector<Crypt4ghOwnKey> own = store.ownKeys();
    if (json) {
        QJsonArray r;
        for (const Crypt4ghRecipient& x : recipients)
            r.append(QJsonObject{
                {QStringLiteral("name"), x.name},
                {QStringLiteral("fingerprint"), x.fingerprint},
                {QStringLiteral("public_key"), QString::fromLatin1(x.publicKey.toBase64())},
                {QStringLiteral("added"), x.addedAt.toString(Qt::ISODate)}});
        QJsonArray o;
        for (const Crypt4ghOwnKey& x : own)
            o.append(QJsonObject{{QStringLiteral("name"), x.name},
                                 {QStringLiteral("fingerprint"), x.fingerprint},
                                 {QStringLiteral("secret_key"), x.secretKeyPath},
                                 {QStringLiteral("kdf"), x.kdf}});
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("recipients"), r}, {QStringLiteral("own_keys"), o}})
                   .toJson(QJsonDocument::Indented);
        return E::Done;
    }
    out << CryptCommands::tr("Your key pairs:") << '\n';
    for (const Crypt4ghOwnKey& x : own)
        out << "  " << x.name.leftJustified(20) << ' ' << x.fingerprint << "  " << x.secretKeyPath
            << '\n';
    out << CryptCommands::tr("Recipients:") << '\n';
    for (const Crypt4ghRecipient& x : recipients)
        out << "  " << x.name.leftJustified(20) << ' ' << x.fingerprint << "  "
            << x.addedAt.toLocalTime().toString(Qt::ISODate) << '\n';
    return E::Done;
}

} // namespace

QList<QCommandLineOption> CryptCommands::options()
{
    return {
        QCommandLineOption(kName, tr("keygen: the key pair's name (default: the prefix)."),
                           tr("name")),
        QCommandLineOption(kNoPassphrase, tr("keygen: write the secret key without a passphrase.")),
        QCommandLineOption(kRecipient,
                           tr("encrypt: a recipient's public key file or address-book name "
                              "(repeat for several)."),
                           tr("key")),
        QCommandLineOption(kSecretKey,
                           tr("decrypt: your secret key file or key pair name (repeat to try "
                              "several); encrypt: the sender's."),
                           tr("key"))};
}

QStringList CryptCommands::optionsWithValue()
{
    QStringList list;
    for (const QCommandLineOption& o : options())
        if (!o.valueName().isEmpty())
            list << QStringLiteral("--") + o.names().first();
    return list;
}

bool CryptCommands::handles(const QStringList& positional)
{
    const QString command = positional.value(0);
    return command == QLatin1String("keygen") || command == QLatin1String("encrypt") ||
           command == QLatin1String("decrypt") || command == QLatin1String("keys");
}

int CryptCommands::run(const QStringList& args, const QCommandLineParser& p,
                       const QString& catalogPath, bool json, int threads, QTextStream& out,
                       QTextStream& err)
{
    const QString command = args.value(0);
    if (command == QLatin1String("keygen"))
        return keygen(args, p, catalogPath, json, out, err);
    if (command == QLatin1String("keys"))
        return keys(args, catalogPath, json, out, err);
    return encryptOrDecrypt(command == QLatin1String("encrypt"), args, p, catalogPath, json,
                            threads, out, err);
}

} // namespace steward
