-- The persistent transfer queue: transfers (a bundle or folder to a repository), their
-- files and, for S3, the completed parts. Updated transactionally as work completes, so a
-- kill at any moment resumes without re-sending completed data.

CREATE TABLE transfers (
    id             INTEGER PRIMARY KEY,
    repository_id  INTEGER NOT NULL REFERENCES repositories(id),
    source_path    TEXT    NOT NULL,
    source_kind    TEXT    NOT NULL,  -- folder | bundle
    remote_prefix  TEXT    NOT NULL,  -- folder or key prefix under the repository's root
    state          TEXT    NOT NULL,  -- queued | running | paused | waiting | verifying | delivered | failed | cancelled
    error_kind     TEXT,              -- RemoteResult kind of the last error
    error          TEXT,
    total_bytes    INTEGER NOT NULL,
    done_bytes     INTEGER NOT NULL DEFAULT 0,
    files_total    INTEGER NOT NULL,
    files_done     INTEGER NOT NULL DEFAULT 0,
    attempts       INTEGER NOT NULL DEFAULT 0,
    repository_fingerprint TEXT NOT NULL, -- settings the transfer was queued with
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    started_at     TEXT,
    finished_at    TEXT
);
CREATE INDEX transfers_state ON transfers(state);

CREATE TABLE transfer_files (
    id             INTEGER PRIMARY KEY,
    transfer_id    INTEGER NOT NULL REFERENCES transfers(id) ON DELETE CASCADE,
    rel_path       TEXT    NOT NULL,
    local_path     TEXT    NOT NULL,
    size           INTEGER NOT NULL,
    mtime          INTEGER NOT NULL,  -- ms; a change after queueing is an error, not a silent re-send
    sha256         TEXT,              -- of the local file, computed before the upload
    state          TEXT    NOT NULL,  -- pending | uploading | uploaded | verified | failed
    done_bytes     INTEGER NOT NULL DEFAULT 0,
    sent_bytes     INTEGER NOT NULL DEFAULT 0, -- bytes actually sent over all attempts
    remote_temp    TEXT,              -- temporary remote name (sftp, webdav, folder)
    upload_id      TEXT,              -- S3 multipart upload
    part_size      INTEGER,
    error          TEXT,
    UNIQUE (transfer_id, rel_path)
);
CREATE INDEX transfer_files_transfer ON transfer_files(transfer_id);

CREATE TABLE transfer_parts (
    file_id        INTEGER NOT NULL REFERENCES transfer_files(id) ON DELETE CASCADE,
    part_number    INTEGER NOT NULL,
    size           INTEGER NOT NULL,
    etag           TEXT    NOT NULL,
    sha256         TEXT    NOT NULL,
    PRIMARY KEY (file_id, part_number)
);
