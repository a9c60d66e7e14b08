-- The custody events of one device's hash chain. Append-only: triggers refuse UPDATE and DELETE.
CREATE TABLE device (
    device_id     TEXT PRIMARY KEY,
    public_key    BLOB NOT NULL,
    registered_at INTEGER NOT NULL
);

CREATE TABLE event (
    seq         INTEGER PRIMARY KEY,      -- chain position, 1, 2, 3, ... without gaps
    id          TEXT NOT NULL UNIQUE,     -- UUIDv7
    device_id   TEXT NOT NULL,
    type        TEXT NOT NULL,
    coi         TEXT NOT NULL,
    patient_id  TEXT,
    occurred_at INTEGER NOT NULL,         -- valid time, nanoseconds since the epoch, UTC
    recorded_at INTEGER NOT NULL,         -- transaction time, nanoseconds since the epoch, UTC
    corrects    TEXT,                     -- id of the event this one corrects
    body        TEXT NOT NULL,            -- canonical JSON that is hashed and signed
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    signature   BLOB NOT NULL             -- Ed25519 over body
);
CREATE INDEX event_by_coi ON event (coi, seq);
CREATE INDEX event_by_patient ON event (patient_id) WHERE patient_id IS NOT NULL;

CREATE TABLE event_din (
    din TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (din, seq)
) WITHOUT ROWID;

-- Acknowledgements by the central chain, beside the events (events are never changed).
CREATE TABLE ack (
    seq             INTEGER PRIMARY KEY,
    event_id        TEXT NOT NULL UNIQUE,
    server_sequence INTEGER NOT NULL UNIQUE,
    acknowledged_at INTEGER NOT NULL,
    recorded_at     INTEGER NOT NULL
);

CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'custody events are append-only: record a correction event instead'); END;
CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'custody events are append-only: record a correction event instead'); END;
CREATE TRIGGER event_din_no_update BEFORE UPDATE ON event_din
BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
CREATE TRIGGER event_din_no_delete BEFORE DELETE ON event_din
BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
CREATE TRIGGER ack_no_update BEFORE UPDATE ON ack
BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END;
CREATE TRIGGER ack_no_delete BEFORE DELETE ON ack
BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END;
CREATE TRIGGER device_no_update BEFORE UPDATE ON device
BEGIN SELECT RAISE(ABORT, 'the device registration is permanent'); END;
CREATE TRIGGER device_no_delete BEFORE DELETE ON device
BEGIN SELECT RAISE(ABORT, 'the device registration is permanent'); END;
