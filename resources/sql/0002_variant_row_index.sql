-- The variant browser's sparse row index (BGZF virtual offset of every stride-th record and
-- the position of each block's first record), cached per file; valid while the file's size
-- and mtime are unchanged.
CREATE TABLE variant_row_index (
    path        TEXT    PRIMARY KEY,
    size        INTEGER NOT NULL,
    mtime       INTEGER NOT NULL,
    blob        BLOB    NOT NULL,
    built_at    TEXT    NOT NULL
);
