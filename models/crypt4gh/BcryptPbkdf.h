#pragma once

#include <QByteArray>

namespace steward {

/**
 * bcrypt_pbkdf, the key derivation OpenSSH uses for its key files and the Crypt4GH reference
 * implementation uses for "bcrypt"-protected secret keys (its default before 1.6, so the test
 * keys of every implementation use it). Neither OpenSSL nor any Debian-packaged C library
 * exports it (libbsd has no bcrypt_pbkdf; libssh and libssh2 keep theirs private), so it is
 * implemented here after OpenBSD's bcrypt_pbkdf.c: SHA-512 (OpenSSL) around Blowfish with the
 * eksblowfish key schedule.
 */
class BcryptPbkdf final
{
public:
    /** False for an empty password or salt, rounds < 1 or keyLength outside 1..1024. */
    static bool derive(const QByteArray& password, const QByteArray& salt, unsigned rounds,
                       int keyLength, QByteArray* key);
};

} // namespace steward
