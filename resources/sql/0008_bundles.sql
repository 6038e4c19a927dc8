-- Steward catalog, schema version 8: bundles (drafts and sealed BagIt + RO-Crate bags), the
-- datasets chosen for them and the files they carry.

CREATE TABLE bundles (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    parent_id     INTEGER REFERENCES bundles(id) ON DELETE SET NULL, -- the version it revises
    repository_id INTEGER NOT NULL REFERENCES repositories(id),
    state         TEXT    NOT NULL,  -- draft | sealed | queued | delivered | failed
    description   TEXT    NOT NULL DEFAULT '',
    recipients    TEXT    NOT NULL DEFAULT '[]', -- JSON [{name, fingerprint}]: Crypt4GH recipients
    path          TEXT,              -- the bag folder once sealed
    identifier    TEXT,              -- SHA-256 of tagmanifest-sha256.txt once sealed
    payload_oxum  TEXT,
    actor         TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    sealed_at     TEXT,
    UNIQUE (name, version)
);

CREATE TABLE bundle_datasets (
    bundle_id    INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
    dataset_path TEXT    NOT NULL,
    PRIMARY KEY (bundle_id, dataset_path)
);

-- What a sealed bundle carries: each payload file, where it came from and its checksums.
CREATE TABLE bundle_files (
    id          INTEGER PRIMARY KEY,
    bundle_id   INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
    bag_path    TEXT    NOT NULL,     -- relative to the bag, under data/
    source_path TEXT,                 -- NULL for files Steward generated (ro-crate-metadata.json)
    dataset_path TEXT,
    role        TEXT    NOT NULL,     -- data | index | sidecar | metadata
    encrypted   INTEGER NOT NULL DEFAULT 0,
    size        INTEGER NOT NULL,
    sha256      TEXT    NOT NULL,
    sha512      TEXT    NOT NULL
);
CREATE INDEX bundle_files_bundle ON bundle_files(bundle_id);
