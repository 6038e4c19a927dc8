-- Consent (DUO), destinations with their declared data use, review items and the
-- hash-chained audit log.

-- A DUO release imported by the user (duo.owl or duo.csv); without one the built-in table
-- is used. Only the newest import is in force.
CREATE TABLE duo_releases (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,   -- e.g. "2021-02-23"
    source_path   TEXT    NOT NULL,
    source_sha256 TEXT    NOT NULL,
    imported_at   TEXT    NOT NULL
);

CREATE TABLE duo_terms (
    release_id    INTEGER NOT NULL REFERENCES duo_releases(id) ON DELETE CASCADE,
    id            TEXT    NOT NULL,   -- DUO:0000007
    code          TEXT    NOT NULL,   -- DS
    kind          TEXT    NOT NULL,   -- permission | modifier | other
    parameter     TEXT    NOT NULL,   -- none | diseases | regions | date | ...
    label         TEXT    NOT NULL,
    obsolete      INTEGER NOT NULL DEFAULT 0,
    replaced_by   TEXT,
    PRIMARY KEY (release_id, id)
);

-- One consent per (dataset scope, sample). dataset '' applies to the sample in every
-- dataset; sample_id '' is the dataset-level consent (files without samples). Empty strings
-- rather than NULL so the UNIQUE constraint holds.
CREATE TABLE consent_records (
    id              INTEGER PRIMARY KEY,
    dataset         TEXT    NOT NULL DEFAULT '',
    sample_id       TEXT    NOT NULL DEFAULT '',
    consent         TEXT    NOT NULL,  -- canonical CONSENT syntax: GRU;NPU;GS(EU)
    consent_date    TEXT,              -- YYYY-MM-DD
    expiry          TEXT,              -- YYYY-MM-DD
    withdrawn       INTEGER NOT NULL DEFAULT 0,
    withdrawn_date  TEXT,
    document_path   TEXT,
    document_sha256 TEXT,
    attributes      TEXT,              -- JSON object: the sheet's other columns
    source          TEXT    NOT NULL,  -- file:line of the import, or "manual"
    updated_at      TEXT    NOT NULL,
    UNIQUE (dataset, sample_id)
);
CREATE INDEX consent_records_sample ON consent_records(sample_id);

-- Remote repositories and other destinations. [Consent] stores the declared data use;
-- [Transfers] adds the connection (kind, settings JSON; never secrets).
CREATE TABLE repositories (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE,
    kind          TEXT    NOT NULL DEFAULT 'declared', -- declared | folder | sftp | s3 | webdav
    settings      TEXT,              -- JSON, connection details without secrets
    data_use      TEXT    NOT NULL,  -- canonical PURPOSE syntax: primary=hmb;region=DE;irb
    declared_at   TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

-- One review item per dataset per destination. The dataset is keyed by its primary file's
-- path, which survives rescans; fingerprint is what the last decision saw (files + consent).
CREATE TABLE review_items (
    id                 INTEGER PRIMARY KEY,
    dataset_path       TEXT    NOT NULL,
    repository_id      INTEGER NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    state              TEXT    NOT NULL,  -- pending | in_review | changes_requested | approved | rejected
    consent_decision   TEXT,              -- APPROVE | DENY | NEEDS_REVIEW at the last decision
    fingerprint        TEXT,
    invalidated_reason TEXT,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    UNIQUE (dataset_path, repository_id)
);

CREATE TABLE review_decisions (
    id            INTEGER PRIMARY KEY,
    item_id       INTEGER NOT NULL REFERENCES review_items(id) ON DELETE CASCADE,
    part          TEXT    NOT NULL,   -- consent | deid
    from_state    TEXT    NOT NULL,
    to_state      TEXT    NOT NULL,
    reviewer      TEXT    NOT NULL,   -- configured name
    os_user       TEXT    NOT NULL,
    decided_at    TEXT    NOT NULL,
    comment       TEXT    NOT NULL,
    match_summary TEXT                -- JSON: decision and reasons the reviewer saw
);
CREATE INDEX review_decisions_item ON review_decisions(item_id);

-- Append-only, hash-chained audit log. hash = SHA-256(prev_hash || canonical content).
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    time          TEXT    NOT NULL,   -- ISO 8601 UTC with milliseconds
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    subject       TEXT    NOT NULL,
    details       TEXT    NOT NULL,   -- JSON object
    prev_hash     TEXT    NOT NULL,
    hash          TEXT    NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
