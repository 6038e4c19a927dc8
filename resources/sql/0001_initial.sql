-- Steward catalog, schema version 1: workspaces, files, datasets, samples, contigs,
-- statistics and problems. Portable SQL (SQLite now, PostgreSQL later).

CREATE TABLE workspaces (
    id            INTEGER PRIMARY KEY,
    path          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    added_at      TEXT    NOT NULL,
    last_scan_at  TEXT
);

CREATE TABLE datasets (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    kind          TEXT    NOT NULL,  -- variants | alignments | reference | sidecar
    primary_path  TEXT    NOT NULL UNIQUE
);
CREATE INDEX datasets_workspace ON datasets(workspace_id);

CREATE TABLE files (
    id             INTEGER PRIMARY KEY,
    workspace_id   INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    dataset_id     INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
    role           TEXT,              -- data | index | sidecar | reference
    path           TEXT    NOT NULL UNIQUE,
    rel_path       TEXT    NOT NULL,
    size           INTEGER NOT NULL,
    mtime          INTEGER NOT NULL,  -- milliseconds since the epoch
    format         TEXT    NOT NULL,  -- vcf | bcf | sam | bam | cram | fasta | fai | tbi | csi | bai | crai | phenopacket | ped | samplesheet | other
    compression    TEXT    NOT NULL,  -- none | gzip | bgzf | cram
    format_version TEXT,
    index_path     TEXT,
    index_status   TEXT,              -- ok | missing | stale | not-indexable | n/a
    eof_ok         INTEGER,           -- 1 ok, 0 truncated, NULL not applicable
    status         TEXT    NOT NULL,  -- ok | warning | error
    error_text     TEXT,
    header_text    TEXT,
    scanned_at     TEXT    NOT NULL,
    scan_ms        INTEGER
);
CREATE INDEX files_workspace ON files(workspace_id);
CREATE INDEX files_dataset ON files(dataset_id);

CREATE TABLE samples (
    id            INTEGER PRIMARY KEY,
    file_id       INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    UNIQUE(file_id, name, position)
);
CREATE INDEX samples_name ON samples(name);

CREATE TABLE contigs (
    id            INTEGER PRIMARY KEY,
    file_id       INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    length        INTEGER,
    records       INTEGER,            -- variants: records; alignments: mapped reads
    unmapped      INTEGER,
    position      INTEGER NOT NULL
);
CREATE INDEX contigs_file ON contigs(file_id);

CREATE TABLE statistics (
    file_id       INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL,   -- variants | alignments
    json          TEXT    NOT NULL,
    records       INTEGER            -- records or reads, for sorting
);

CREATE TABLE problems (
    id            INTEGER PRIMARY KEY,
    file_id       INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    severity      TEXT    NOT NULL,   -- info | warning | error
    code          TEXT    NOT NULL,
    message       TEXT    NOT NULL,
    location      TEXT
);
CREATE INDEX problems_file ON problems(file_id);

-- Problems of a workspace as a whole (folder missing, subfolder unreadable), replaced at
-- each scan of the workspace.
CREATE TABLE workspace_problems (
    id            INTEGER PRIMARY KEY,
    workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    severity      TEXT    NOT NULL,
    code          TEXT    NOT NULL,
    message       TEXT    NOT NULL,
    location      TEXT
);
CREATE INDEX workspace_problems_workspace ON workspace_problems(workspace_id);
