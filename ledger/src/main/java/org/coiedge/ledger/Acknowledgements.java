package org.coiedge.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.ledger.internal.Nanos;

/** Stores the central chain's acknowledgements beside the events; an event is acknowledged or quarantined, never both. */
final class Acknowledgements {
    private Acknowledgements() {
    }

    static Void store(Connection c, UUID eventId, long serverSequence, Instant at, java.time.Clock clock, Path file)
            throws SQLException, LedgerException {
        long seq = sequenceOf(c, eventId, file);
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM rejection WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new LedgerException(LedgerException.Reason.REFUSED, "Event " + eventId
                            + " was refused by the central chain (" + rs.getString(1) + ") and is now acknowledged as #"
                            + serverSequence + ": the central chain disagrees with itself; report it to its operators");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT server_sequence FROM ack WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (rs.getLong(1) == serverSequence) {
                        return null;
                    }
                    throw new LedgerException(LedgerException.Reason.REFUSED, "Event " + eventId
                            + " was already acknowledged as #" + rs.getLong(1) + ", now as #" + serverSequence
                            + ": the central chain disagrees with itself; report it to the central system's operators");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ack (seq, event_id, server_sequence,"
                + " acknowledged_at, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, eventId.toString());
            ps.setLong(3, serverSequence);
            ps.setLong(4, Nanos.of(at));
            ps.setLong(5, Nanos.of(clock.instant()));
            ps.executeUpdate();
        }
        return null;
    }

    /** The chain position of an event; REFUSED when the ledger does not hold it. */
    static long sequenceOf(Connection c, UUID eventId, Path file) throws SQLException, LedgerException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM event WHERE id = ?")) {
            ps.setString(1, eventId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LedgerException(LedgerException.Reason.REFUSED, "The central chain answered for event "
                            + eventId + ", which is not in ledger " + file + ": check the device and ledger file");
                }
                return rs.getLong(1);
            }
        }
    }
}
