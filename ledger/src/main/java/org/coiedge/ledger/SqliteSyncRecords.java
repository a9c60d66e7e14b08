package org.coiedge.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.ledger.Acknowledgement;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.OutboxSummary;
import org.coiedge.core.ledger.QuarantinedEvent;
import org.coiedge.core.ledger.Rejection;
import org.coiedge.core.ledger.SyncRecords;
import org.coiedge.ledger.internal.EventRows;
import org.coiedge.ledger.internal.Nanos;
import org.coiedge.ledger.internal.ReadPool;
import org.coiedge.ledger.internal.Writer;

/**
 * Acknowledgements and quarantined rejections beside the events, and the outbox after the sync
 * cursor. Every write advances the cursor in the same transaction.
 */
final class SqliteSyncRecords implements SyncRecords {
    static final String NOT_HANDLED = "NOT EXISTS (SELECT 1 FROM ack a WHERE a.seq = e.seq)"
            + " AND NOT EXISTS (SELECT 1 FROM rejection r WHERE r.seq = e.seq)";
    private static final String AFTER_CURSOR = "e.seq > (SELECT handled_through FROM sync_cursor WHERE id = 1)";

    private final Writer writer;
    private final ReadPool reads;
    private final Clock clock;
    private final Path file;

    SqliteSyncRecords(Writer writer, ReadPool reads, Clock clock, Path file) {
        this.writer = writer;
        this.reads = reads;
        this.clock = clock;
        this.file = file;
    }

    @Override
    public List<CustodyEvent> pending(int max) throws LedgerException {
        return reads.read("read the outbox", c -> EventRows.query(c, "SELECT " + EventRows.COLUMNS
                + " FROM event e WHERE " + AFTER_CURSOR + " AND " + NOT_HANDLED + " ORDER BY e.seq LIMIT ?", max));
    }

    @Override
    public List<CustodyEvent> pendingAfter(long sequence, int max) throws LedgerException {
        return reads.read("read the outbox", c -> EventRows.query(c, "SELECT " + EventRows.COLUMNS
                + " FROM event e WHERE e.seq > ? AND " + AFTER_CURSOR + " AND " + NOT_HANDLED + " ORDER BY e.seq LIMIT ?",
                sequence, max));
    }

    @Override
    public void record(List<Acknowledgement> acknowledged, List<Rejection> rejected) throws LedgerException {
        if (acknowledged.isEmpty() && rejected.isEmpty()) {
            return;
        }
        writer.run(c -> {
            for (Acknowledgement a : acknowledged) {
                Acknowledgements.store(c, a.eventId(), a.serverSequence(), a.acknowledgedAt(), clock, file);
            }
            for (Rejection r : rejected) {
                quarantine(c, r);
            }
            advanceCursor(c);
            return null;
        });
    }

    private void quarantine(Connection c, Rejection r) throws SQLException, LedgerException {
        long seq = Acknowledgements.sequenceOf(c, r.eventId(), file);
        try (PreparedStatement ps = c.prepareStatement("SELECT server_sequence FROM ack WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new LedgerException(LedgerException.Reason.REFUSED, "Event " + r.eventId()
                            + " was acknowledged by the central chain as #" + rs.getLong(1) + " and is now refused by it ("
                            + r.reason() + "): the central chain disagrees with itself; report it to its operators");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rejection (seq, event_id, code, reason,"
                + " rejected_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING")) {
            ps.setLong(1, seq);
            ps.setString(2, r.eventId().toString());
            ps.setString(3, r.code());
            ps.setString(4, r.reason());
            ps.setLong(5, Nanos.of(r.rejectedAt()));
            ps.setLong(6, Nanos.of(clock.instant()));
            ps.executeUpdate();
        }
    }

    /** Moves the cursor to just before the first event that is neither acknowledged nor quarantined. */
    static void advanceCursor(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_cursor SET handled_through = coalesce("
                + "(SELECT e.seq - 1 FROM event e WHERE " + AFTER_CURSOR + " AND " + NOT_HANDLED
                + " ORDER BY e.seq LIMIT 1), (SELECT coalesce(max(seq), 0) FROM event)) WHERE id = 1")) {
            ps.executeUpdate();
        }
    }

    @Override
    public OutboxSummary summary() throws LedgerException {
        return reads.read("count the outbox", c -> {
            c.setAutoCommit(false); // one snapshot for all four figures
            try (PreparedStatement ps = c.prepareStatement("SELECT"
                    + " (SELECT count(*) FROM event e WHERE " + AFTER_CURSOR + " AND " + NOT_HANDLED + "),"
                    + " (SELECT e.recorded_at FROM event e WHERE " + AFTER_CURSOR + " AND " + NOT_HANDLED
                    + " ORDER BY e.seq LIMIT 1), (SELECT count(*) FROM ack), (SELECT count(*) FROM rejection)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long pending = rs.getLong(1);
                long oldest = rs.getLong(2);
                Optional<Instant> oldestAt = rs.wasNull() ? Optional.empty() : Optional.of(Nanos.instant(oldest));
                return new OutboxSummary(pending, oldestAt, rs.getLong(3), rs.getLong(4));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
    }

    @Override
    public List<QuarantinedEvent> quarantined() throws LedgerException {
        return reads.read("read quarantined events", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.seq, r.event_id, e.type, e.coi, r.code, r.reason,"
                    + " r.rejected_at FROM rejection r JOIN event e ON e.seq = r.seq ORDER BY r.seq");
                 ResultSet rs = ps.executeQuery()) {
                List<QuarantinedEvent> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new QuarantinedEvent(rs.getLong(1), UUID.fromString(rs.getString(2)),
                            EventType.valueOf(rs.getString(3)), CoiId.parseKeyed(rs.getString(4)), rs.getString(5),
                            rs.getString(6), Nanos.instant(rs.getLong(7))));
                }
                return out;
            } catch (org.coiedge.core.codec.ScanDecodeException e) {
                throw new LedgerException(LedgerException.Reason.STORAGE, "Ledger " + file
                        + ": a quarantined event has an unreadable COI (" + e.getMessage() + "); run ledger verify", e);
            }
        });
    }
}
