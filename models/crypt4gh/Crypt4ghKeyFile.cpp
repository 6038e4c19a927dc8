#include "models/crypt4gh/Crypt4ghKeyFile.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "models/crypt4gh/BcryptPbkdf.h"
#include "models/crypt4gh/ChaCha20Poly1305.h"
#include "models/common/SecretBox.h"

namespace steward {
namespace {

const QByteArray kMagic = QByteArrayLiteral("c4gh-v1");
const QByteArray kCipher = QByteArrayLiteral("chacha20_poly1305");
// DER prefixes of X25519 keys as OpenSSL writes them (RFC 8410).
const QByteArray kPkcs8Prefix = QByteArray::fromHex("302e020100300506032b656e04220420");
const QByteArray kSpkiPrefix = QByteArray::fromHex("302a300506032b656e032100");
constexpr int kSaltSize = 16;
constexpr qint64 kMaxKeyFileSize = 64 * 1024;

struct Armor
{
    QByteArray label;
    QByteArray body; // base64-decoded
};

/** The first -----BEGIN X----- ... -----END X----- block; false when none or bad base64. */
bool unarmor(const QByteArray& text, Armor* armor)
{
    const int begin = text.indexOf("-----BEGIN ");
    if (begin < 0)
        return false;
    const int labelEnd = text.indexOf("-----", begin + 11);
    if (labelEnd < 0)
        return false;
    armor->label = text.mid(begin + 11, labelEnd - begin - 11).trimmed();
    const int end = text.indexOf("-----END", labelEnd + 5);
    if (end < 0)
        return false;
    QByteArray base64 = text.mid(labelEnd + 5, end - labelEnd - 5);
    base64 = base64.simplified().replace(' ', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    armor->body = *decoded;
    return true;
}

bool readSmallFile(const QString& path, QByteArray* text, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Crypt4ghKeyFile::tr("Cannot read the key file %1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > kMaxKeyFileSize) {
        *error = Crypt4ghKeyFile::tr("%1 is not a Crypt4GH key file (it is %2 bytes; key files "
                                     "are a few hundred).")
                     .arg(path)
                     .arg(f.size());
        return false;
    }
    *text = f.readAll();
    return true;
}

/** Length-prefixed (2-byte big-endian) fields of the c4gh-v1 format. */
class FieldReader
{
public:
    FieldReader(const QByteArray& data, int at) : m_data(data), m_at(at) {}
    bool atEnd() const { return m_at >= m_data.size(); }
    bool next(QByteArray* field)
    {
        if (m_at + 2 > m_data.size())
            return false;
        const int size = (quint8(m_data.at(m_at)) << 8) | quint8(m_data.at(m_at + 1));
        if (m_at + 2 + size > m_data.size())
            return false;
        *field = m_data.mid(m_at + 2, size);
        m_at += 2 + size;
        return true;
    }

private:
    const QByteArray& m_data;
    int m_at;
};

QByteArray field(const QByteArray& value)
{
    QByteArray out;
    out.append(char((value.size() >> 8) & 0xff));
    out.append(char(value.size() & 0xff));
    return out + value;
}

QByteArray armored(const char* label, const QByteArray& body)
{
    return QByteArray("-----BEGIN ") + label + "-----\n" + body.toBase64() + "\n-----END " + label +
           "-----\n";
}

void wipe(QByteArray& b)
{
    if (!b.isEmpty())
        OPENSSL_cleanse(b.data(), size_t(b.size()));
    b.clear();
}

bool writeNew(const QString& path, const QByteArray& content, bool secret, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = Crypt4ghKeyFile::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    // Before any byte is written, so the secret is never readable by others.
    if (secret && !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        f.cancelWriting();
        *error = Crypt4ghKeyFile::tr("Cannot make %1 private to its owner.").arg(path);
        return false;
    }
    if (f.write(content) != content.size() || !f.commit()) {
        *error = Crypt4ghKeyFile::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    if (secret &&
        QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther)) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

} // namespace

QString Crypt4ghKeyFile::kdfName(Kdf kdf)
{
    switch (kdf) {
    case Kdf::None:
        return QStringLiteral("none");
    case Kdf::Scrypt:
        return QStringLiteral("scrypt");
    case Kdf::Bcrypt:
        return QStringLiteral("bcrypt");
    case Kdf::Pbkdf2HmacSha256:
        return QStringLiteral("pbkdf2_hmac_sha256");
    }
    return QString();
}

bool Crypt4ghKeyFile::kdfFromName(const QByteArray& name, Kdf* kdf)
{
    for (Kdf k : {Kdf::None, Kdf::Scrypt, Kdf::Bcrypt, Kdf::Pbkdf2HmacSha256}) {
        if (name == kdfName(k).toLatin1()) {
            *kdf = k;
            return true;
        }
    }
    return false;
}

bool Crypt4ghKeyFile::deriveKey(Kdf kdf, const QByteArray& passphrase, const QByteArray& salt,
                                quint32 rounds, QByteArray* key)
{
    key->resize(32);
    auto* out = reinterpret_cast<unsigned char*>(key->data());
    const auto* s = reinterpret_cast<const unsigned char*>(salt.constData());
    switch (kdf) {
    case Kdf::Scrypt:
        return EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()), s,
                              size_t(salt.size()), 1 << 14, 8, 1, 64ULL << 20, out, 32) == 1;
    case Kdf::Bcrypt:
        return BcryptPbkdf::derive(passphrase, salt, rounds, 32, key);
    case Kdf::Pbkdf2HmacSha256:
        return rounds > 0 &&
               PKCS5_PBKDF2_HMAC(passphrase.constData(), int(passphrase.size()), s,
                                 int(salt.size()), int(rounds), EVP_sha256(), 32, out) == 1;
    case Kdf::None:
        break;
    }
    return false;
}

bool Crypt4ghKeyFile::parsePublicKey(const QByteArray& text, const QString& origin, QByteArray* key,
                                     QString* error)
{
    Armor armor;
    if (!unarmor(text, &armor)) {
        *error = tr("%1 is not a Crypt4GH public key: it has no -----BEGIN ... KEY----- block "
                    "of base64 text.")
                     .arg(origin);
        return false;
    }
    if (armor.body.startsWith(kMagic) || armor.body.startsWith(kPkcs8Prefix) ||
        (armor.body.size() == 32 && armor.label.contains("PRIVATE"))) {
        *error = tr("%1 holds a secret key, not a public key; give the .pub file (and keep "
                    "the secret key to yourself).")
                     .arg(origin);
        return false;
    }
    if (armor.body.size() == 32) {
        *key = armor.body;
        return true;
    }
    if (armor.body.size() == kSpkiPrefix.size() + 32 && armor.body.startsWith(kSpkiPrefix)) {
        *key = armor.body.mid(kSpkiPrefix.size());
        return true;
    }
    *error = tr("%1 is not a Crypt4GH public key (a %2 block of %3 bytes; an X25519 public key "
                "is 32 bytes).")
                 .arg(origin, QString::fromLatin1(armor.label))
                 .arg(armor.body.size());
    return false;
}

bool Crypt4ghKeyFile::readPublicKey(const QString& path, QByteArray* key, QString* error)
{
    QByteArray text;
    return readSmallFile(path, &text, error) && parsePublicKey(text, path, key, error);
}

bool Crypt4ghKeyFile::inspectSecretKey(const QString& path, SecretKeyInfo* info, QString* error)
{
    QByteArray text;
    if (!readSmallFile(path, &text, error))
        return false;
    // With a provider that refuses, parsing stops at the passphrase and says which KDF.
    Crypt4ghKeyPair pair;
    bool asked = false;
    QString parseError;
    const bool ok = parseSecretKey(
        text, path,
        [&asked]() {
            asked = true;
            return QString();
        },
        &pair, &parseError, info);
    if (!ok && !asked) {
        *error = parseError;
        return false;
    }
    return true;
}

bool Crypt4ghKeyFile::readSecretKey(const QString& path, const PassphraseProvider& passphrase,
                                    Crypt4ghKeyPair* pair, QString* error, SecretKeyInfo* info)
{
    QByteArray text;
    const bool ok = readSmallFile(path, &text, error) &&
                    parseSecretKey(text, path, passphrase, pair, error, info);
    wipe(text);
    return ok;
}

bool Crypt4ghKeyFile::parseSecretKey(const QByteArray& text, const QString& origin,
                                     const PassphraseProvider& passphrase, Crypt4ghKeyPair* pair,
                                     QString* error, SecretKeyInfo* info)
{
    SecretKeyInfo local;
    SecretKeyInfo& meta = info ? *info : local;
    meta = SecretKeyInfo();
    Armor armor;
    if (!unarmor(text, &armor)) {
        *error = tr("%1 is not a Crypt4GH secret key: it has no -----BEGIN ... KEY----- block "
                    "of base64 text.")
                     .arg(origin);
        return false;
    }
    const auto finish = [&](QByteArray& secret) {
        *pair = Crypt4ghKeyPair::fromSecret(secret, origin);
        wipe(secret);
        wipe(armor.body);
        if (!pair->isValid()) {
            *error = tr("%1: OpenSSL refused the X25519 key.").arg(origin);
            return false;
        }
        return true;
    };
    if (armor.label.contains("OPENSSH")) {
        *error = tr("%1 is an OpenSSH key, not a Crypt4GH key; make a Crypt4GH key pair "
                    "(steward keygen) instead.")
                     .arg(origin);
        return false;
    }
    if (armor.body.size() == 32 && !armor.label.contains("PUBLIC")) {
        meta.format = QStringLiteral("raw");
        return finish(armor.body);
    }
    if (armor.body.size() == kPkcs8Prefix.size() + 32 && armor.body.startsWith(kPkcs8Prefix)) {
        meta.format = QStringLiteral("pkcs8");
        QByteArray secret = armor.body.mid(kPkcs8Prefix.size());
        return finish(secret);
    }
    if (!armor.body.startsWith(kMagic)) {
        *error = (armor.body.size() == 32 || armor.body.startsWith(kSpkiPrefix))
                     ? tr("%1 holds a public key, not a secret key.").arg(origin)
                     : tr("%1 is not a Crypt4GH secret key (no c4gh-v1 marker in its %2 "
                          "block).")
                           .arg(origin, QString::fromLatin1(armor.label));
        return false;
    }
    meta.format = QStringLiteral("c4gh-v1");
    FieldReader fields(armor.body, kMagic.size());
    QByteArray kdfName;
    QByteArray kdfOptions;
    QByteArray cipher;
    QByteArray data;
    const auto damaged = [&]() {
        *error = tr("%1: the Crypt4GH secret key is damaged (a field is cut short).").arg(origin);
        return false;
    };
    if (!fields.next(&kdfName))
        return damaged();
    if (!kdfFromName(kdfName, &meta.kdf)) {
        *error = tr("%1: unsupported key derivation \"%2\" (known: scrypt, bcrypt, "
                    "pbkdf2_hmac_sha256, none).")
                     .arg(origin, QString::fromLatin1(kdfName.left(40)));
        return false;
    }
    if (meta.kdf != Kdf::None && !fields.next(&kdfOptions))
        return damaged();
    if (!fields.next(&cipher) || !fields.next(&data))
        return damaged();
    QByteArray comment;
    if (!fields.atEnd() && fields.next(&comment))
        meta.comment = QString::fromUtf8(comment);
    if (meta.kdf == Kdf::None) {
        if (cipher != "none" || data.size() != 32) {
            *error = tr("%1: an unprotected Crypt4GH secret key must hold 32 bytes.").arg(origin);
            return false;
        }
        return finish(data);
    }
    if (cipher != kCipher) {
        *error = tr("%1: unsupported key cipher \"%2\" (known: chacha20_poly1305).")
                     .arg(origin, QString::fromLatin1(cipher.left(40)));
        return false;
    }
    if (kdfOptions.size() < 4 + 1 ||
        data.size() != ChaCha20Poly1305::kNonceSize + 32 + ChaCha20Poly1305::kTagSize)
        return damaged();
    meta.rounds = (quint32(quint8(kdfOptions[0])) << 24) | (quint32(quint8(kdfOptions[1])) << 16) |
                  (quint32(quint8(kdfOptions[2])) << 8) | quint32(quint8(kdfOptions[3]));
    const QByteArray salt = kdfOptions.mid(4);
    const QString phrase = passphrase ? passphrase() : QString();
    if (phrase.isNull()) {
        *error = tr("%1 is protected by a passphrase (%2); none was given.")
                     .arg(origin, Crypt4ghKeyFile::kdfName(meta.kdf));
        return false;
    }
    QByteArray utf8 = phrase.toUtf8();
    QByteArray derived;
    const bool derivedOk = deriveKey(meta.kdf, utf8, salt, meta.rounds, &derived);
    wipe(utf8);
    QByteArray secret;
    const bool opened = derivedOk && ChaCha20Poly1305::openWithNonce(derived, data, &secret);
    wipe(derived);
    if (!opened) {
        *error = tr("%1: wrong passphrase (the %2-protected key did not decrypt with it).")
                     .arg(origin, Crypt4ghKeyFile::kdfName(meta.kdf));
        return false;
    }
    return finish(secret);
}

QByteArray Crypt4ghKeyFile::encodePublicKey(const QByteArray& publicKey)
{
    return armored("CRYPT4GH PUBLIC KEY", publicKey);
}

QByteArray Crypt4ghKeyFile::encodeSecretKey(const Crypt4ghKeyPair& pair, const QString& passphrase,
                                            Kdf kdf, const QString& comment, QString* error)
{
    if (!pair.isValid()) {
        *error = tr("No key to write.");
        return QByteArray();
    }
    if (passphrase.isEmpty())
        kdf = Kdf::None;
    QByteArray body = kMagic + field(kdfName(kdf).toLatin1());
    if (kdf == Kdf::None) {
        body += field("none") + field(pair.secretKey());
    } else {
        const quint32 rounds = kdf == Kdf::Bcrypt ? 100 : kdf == Kdf::Pbkdf2HmacSha256 ? 100000 : 0;
        const QByteArray salt = SecretBox::randomBytes(kSaltSize);
        QByteArray options(4, '\0');
        options[0] = char(rounds >> 24);
        options[1] = char(rounds >> 16);
        options[2] = char(rounds >> 8);
        options[3] = char(rounds);
        options += salt;
        QByteArray utf8 = passphrase.toUtf8();
        QByteArray derived;
        const bool ok = deriveKey(kdf, utf8, salt, rounds, &derived);
        wipe(utf8);
        const QByteArray sealed =
            ok ? ChaCha20Poly1305::sealWithRandomNonce(derived, pair.secretKey()) : QByteArray();
        wipe(derived);
        if (sealed.isEmpty()) {
            *error = tr("OpenSSL could not protect the secret key.");
            return QByteArray();
        }
        body += field(options) + field(kCipher) + field(sealed);
    }
    if (!comment.isEmpty())
        body += field(comment.toUtf8().left(1024));
    const QByteArray text = armored("CRYPT4GH PRIVATE KEY", body);
    wipe(body);
    return text;
}

bool Crypt4ghKeyFile::writeKeyPair(const Crypt4ghKeyPair& pair, const QString& publicPath,
                                   const QString& secretPath, const QString& passphrase,
                                   QString* error, Kdf kdf, const QString& comment)
{
    for (const QString& path : {publicPath, secretPath}) {
        if (QFileInfo::exists(path)) {
            *error = tr("%1 already exists; Steward does not replace key files (choose another "
                        "name, or move the old one away).")
                         .arg(path);
            return false;
        }
    }
    QByteArray secretText = encodeSecretKey(pair, passphrase, kdf, comment, error);
    if (secretText.isEmpty())
        return false;
    const bool ok = writeNew(secretPath, secretText, true, error);
    wipe(secretText);
    if (!ok)
        return false;
    if (!writeNew(publicPath, encodePublicKey(pair.publicKey()), false, error)) {
        QFile::remove(secretPath);
        return false;
    }
    return true;
}

} // namespace steward
