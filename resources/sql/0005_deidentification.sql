-- Steward catalog, schema version 5: de-identification runs, their outputs and findings, the
-- encrypted pseudonym mapping, and the de-identification part of review items.

CREATE TABLE deid_runs (
    id             INTEGER PRIMARY KEY,
    dataset_path   TEXT    NOT NULL,  -- the dataset's primary file; '' for files named on the command line
    profile_name   TEXT    NOT NULL,
    profile_sha256 TEXT    NOT NULL,
    profile_json   TEXT    NOT NULL,
    out_dir        TEXT    NOT NULL,
    actor          TEXT    NOT NULL,
    started_at     TEXT    NOT NULL,
    finished_at    TEXT,
    state          TEXT    NOT NULL,  -- validated | failed | cancelled
    error          TEXT
);
CREATE INDEX deid_runs_dataset ON deid_runs(dataset_path);

CREATE TABLE deid_outputs (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES deid_runs(id) ON DELETE CASCADE,
    input_path    TEXT    NOT NULL,
    input_sha256  TEXT,
    output_path   TEXT,
    output_sha256 TEXT,
    index_path    TEXT,
    method        TEXT,               -- header-only | re-encode | rewrite
    records_in    INTEGER,
    records_out   INTEGER,
    digest_in     TEXT,
    digest_out    TEXT,
    validated     INTEGER NOT NULL,
    error         TEXT,
    header_before TEXT,
    header_after  TEXT,
    changes       TEXT                -- JSON array of sentences
);
CREATE INDEX deid_outputs_run ON deid_outputs(run_id);
CREATE INDEX deid_outputs_output ON deid_outputs(output_path);

CREATE TABLE deid_findings (
    id        INTEGER PRIMARY KEY,
    run_id    INTEGER NOT NULL REFERENCES deid_runs(id) ON DELETE CASCADE,
    file      TEXT    NOT NULL,
    line      INTEGER,
    record    INTEGER,
    field     TEXT,
    class     TEXT    NOT NULL,
    severity  TEXT    NOT NULL,       -- low | medium | high
    text      TEXT    NOT NULL,
    action    TEXT,
    resolved  INTEGER NOT NULL
);
CREATE INDEX deid_findings_run ON deid_findings(run_id);

-- Pseudonym -> original, the original sealed with ChaCha20-Poly1305 under a key derived from
-- the workstation's pseudonymisation key (which lives in the keychain, never here).
-- original_mac (keyed) tells two originals apart without decrypting: a second original for the
-- same pseudonym is a collision.
CREATE TABLE pseudonyms (
    kind            TEXT    NOT NULL,  -- sample | family
    pseudonym       TEXT    NOT NULL,
    original_mac    TEXT    NOT NULL,
    sealed_original BLOB    NOT NULL,
    first_run_id    INTEGER,
    created_at      TEXT    NOT NULL,
    PRIMARY KEY (kind, pseudonym)
);

ALTER TABLE review_items ADD COLUMN deid_state TEXT NOT NULL DEFAULT 'pending'; -- pending | approved | rejected
ALTER TABLE review_items ADD COLUMN deid_run_id INTEGER;
