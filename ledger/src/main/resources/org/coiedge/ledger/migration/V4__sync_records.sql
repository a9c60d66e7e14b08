-- Events the central chain refused: quarantined beside the events (the events are never changed),
-- kept for an administrator and no longer offered for upload.
CREATE TABLE rejection (
    seq         INTEGER PRIMARY KEY,      -- the refused event's chain position
    event_id    TEXT NOT NULL UNIQUE,
    code        TEXT NOT NULL,            -- the central system's reason code
    reason      TEXT NOT NULL,            -- the central system's reason, in words
    rejected_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL
);

-- Every event at or below handled_through is acknowledged or quarantined: the outbox starts after
-- it, so finding what to send does not re-read the whole history. It only moves forward.
CREATE TABLE sync_cursor (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    handled_through INTEGER NOT NULL
);
INSERT INTO sync_cursor (id, handled_through) VALUES (1, coalesce(
    (SELECT min(e.seq) - 1 FROM event e WHERE NOT EXISTS (SELECT 1 FROM ack a WHERE a.seq = e.seq)),
    (SELECT coalesce(max(seq), 0) FROM event)));

CREATE TRIGGER rejection_no_update BEFORE UPDATE ON rejection
BEGIN SELECT RAISE(ABORT, 'quarantine records are append-only'); END;
CREATE TRIGGER rejection_no_delete BEFORE DELETE ON rejection
BEGIN SELECT RAISE(ABORT, 'quarantine records are append-only'); END;
CREATE TRIGGER sync_cursor_forward_only BEFORE UPDATE ON sync_cursor
WHEN NEW.handled_through < OLD.handled_through
BEGIN SELECT RAISE(ABORT, 'the sync cursor only moves forward'); END;
CREATE TRIGGER sync_cursor_no_delete BEFORE DELETE ON sync_cursor
BEGIN SELECT RAISE(ABORT, 'the sync cursor is permanent'); END;
