-- Steward catalog, schema version 6: the checksum cache. A file's SHA-256, SHA-512 and MD5 are
-- computed once and reused while the file is unchanged: same canonical path, size, modification
-- time (nanoseconds) and inode on the same device. Any change re-hashes the file.

CREATE TABLE checksum_cache (
    path       TEXT    PRIMARY KEY,  -- canonical absolute path (symbolic links resolved)
    size       INTEGER NOT NULL,
    mtime_ns   INTEGER NOT NULL,     -- nanoseconds since the epoch
    inode      INTEGER NOT NULL,
    device     INTEGER NOT NULL,
    sha256     TEXT    NOT NULL,     -- lowercase hex
    sha512     TEXT    NOT NULL,
    md5        TEXT    NOT NULL,
    hashed_at  TEXT    NOT NULL      -- catalogTimestamp() of the read
);
