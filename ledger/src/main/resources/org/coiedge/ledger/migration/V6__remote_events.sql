-- Events of other devices read from the central chain (each hash and signature verified by the sync
-- client before it is stored), so the timeline at a treatment site shows what the collection site
-- recorded. Kept apart from this device's own chain; append-only.
CREATE TABLE remote_event (
    event_id        TEXT PRIMARY KEY,
    device_id       TEXT NOT NULL,
    seq             INTEGER NOT NULL,     -- position in that device's chain
    coi             TEXT NOT NULL,
    server_sequence INTEGER NOT NULL,
    body            TEXT NOT NULL,        -- canonical JSON as signed by that device
    hash            TEXT NOT NULL,
    signature       BLOB NOT NULL,
    fetched_at      INTEGER NOT NULL
);
CREATE INDEX remote_event_by_coi ON remote_event (coi, server_sequence);

CREATE TRIGGER remote_event_no_update BEFORE UPDATE ON remote_event
BEGIN SELECT RAISE(ABORT, 'events read from the central chain are kept as read'); END;
CREATE TRIGGER remote_event_no_delete BEFORE DELETE ON remote_event
BEGIN SELECT RAISE(ABORT, 'events read from the central chain are kept as read'); END;
