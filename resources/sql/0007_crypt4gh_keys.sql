-- Crypt4GH keys. The address book holds recipients' public keys (public by nature). The
-- user's own key pairs are listed with the path of their passphrase-protected secret-key file:
-- the secret key itself, and its passphrase, never enter the catalog (a remembered passphrase
-- lives in the OS keychain under steward/crypt4gh/<fingerprint>).

CREATE TABLE crypt4gh_recipients (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    public_key     TEXT    NOT NULL,         -- base64 of the 32 raw X25519 bytes
    fingerprint    TEXT    NOT NULL UNIQUE,  -- SHA256:<unpadded base64>, as OpenSSH shows keys
    comment        TEXT,
    added_at       TEXT    NOT NULL
);

CREATE TABLE crypt4gh_own_keys (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    public_key            TEXT    NOT NULL,        -- base64 of the 32 raw bytes
    fingerprint           TEXT    NOT NULL UNIQUE,
    secret_key_path       TEXT    NOT NULL,        -- the protected secret-key file
    public_key_path       TEXT,
    kdf                   TEXT    NOT NULL,        -- scrypt | bcrypt | pbkdf2_hmac_sha256 | none
    passphrase_remembered INTEGER NOT NULL DEFAULT 0, -- 1: in the keychain
    created_at            TEXT    NOT NULL
);
