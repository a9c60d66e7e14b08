-- Which coi-edge version recorded which events: a row each time the device starts a version other
-- than the one before. An event's device record is the device row plus the last row here whose
-- from_seq is at or below the event's chain position. Append-only; each row signed by the device key.
CREATE TABLE device_software (
    id         INTEGER PRIMARY KEY,
    from_seq   INTEGER NOT NULL,     -- the first chain position this version records
    version    TEXT NOT NULL,
    started_at INTEGER NOT NULL,     -- nanoseconds since the epoch, UTC
    signature  BLOB NOT NULL         -- Ed25519 over "coi-edge-software|from_seq|version|started_at"
);
CREATE INDEX device_software_by_seq ON device_software (from_seq, id);

CREATE TRIGGER device_software_no_update BEFORE UPDATE ON device_software
BEGIN SELECT RAISE(ABORT, 'the software record is append-only'); END;
CREATE TRIGGER device_software_no_delete BEFORE DELETE ON device_software
BEGIN SELECT RAISE(ABORT, 'the software record is append-only'); END;
