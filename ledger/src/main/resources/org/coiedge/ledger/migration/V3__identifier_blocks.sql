-- Leased blocks of DIN and COI (DS040) sequence numbers and every number handed out from them.
-- Both append-only: a number once allocated can never be allocated again.
CREATE TABLE id_block (
    block_id  INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    fin       TEXT NOT NULL,
    year      INTEGER NOT NULL,
    first     INTEGER NOT NULL,
    last      INTEGER NOT NULL,
    leased_at INTEGER NOT NULL,
    CHECK (first <= last)
);
CREATE INDEX id_block_by_series ON id_block (kind, fin, year, first);

CREATE TABLE id_allocation (
    kind         TEXT NOT NULL,
    fin          TEXT NOT NULL,
    year         INTEGER NOT NULL,
    value        INTEGER NOT NULL,
    block_id     INTEGER NOT NULL,
    allocated_at INTEGER NOT NULL,
    PRIMARY KEY (kind, fin, year, value)
) WITHOUT ROWID;

CREATE TRIGGER id_block_no_update BEFORE UPDATE ON id_block
BEGIN SELECT RAISE(ABORT, 'leased identifier blocks are permanent'); END;
CREATE TRIGGER id_block_no_delete BEFORE DELETE ON id_block
BEGIN SELECT RAISE(ABORT, 'leased identifier blocks are permanent'); END;
CREATE TRIGGER id_allocation_no_update BEFORE UPDATE ON id_allocation
BEGIN SELECT RAISE(ABORT, 'allocated identifiers are permanent'); END;
CREATE TRIGGER id_allocation_no_delete BEFORE DELETE ON id_allocation
BEGIN SELECT RAISE(ABORT, 'allocated identifiers are permanent'); END;
