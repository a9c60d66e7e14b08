package org.coiedge.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventJson;
import org.coiedge.core.isbt128.Din;

/** The SQL of the event tables: inserts on the writer connection, and row mapping for readers. */
public final class EventRows {
    /** Columns every event query selects, in this order. */
    public static final String COLUMNS = "e.body, e.hash, e.signature";

    private final Connection conn;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertDin;

    EventRows(Connection conn) throws SQLException {
        this.conn = conn;
        this.insertEvent = conn.prepareStatement("INSERT INTO event (seq, id, device_id, type, coi, patient_id,"
                + " occurred_at, recorded_at, corrects, body, prev_hash, hash, signature)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.insertDin = conn.prepareStatement("INSERT INTO event_din (din, seq) VALUES (?, ?)");
    }

    Sealer.Head head() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT seq, hash, recorded_at FROM event ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return new Sealer.Head(rs.getLong(1), rs.getString(2), Nanos.instant(rs.getLong(3)));
            }
            return new Sealer.Head(0, EventChain.GENESIS_HASH, null);
        }
    }

    CustodyEvent insert(Sealer.Pending p) throws SQLException {
        EventContent c = p.content;
        insertEvent.setLong(1, p.sequence);
        insertEvent.setString(2, p.id.toString());
        insertEvent.setString(3, c.deviceId());
        insertEvent.setString(4, c.type().name());
        insertEvent.setString(5, c.coi().value());
        insertEvent.setString(6, c.patientId());
        insertEvent.setLong(7, Nanos.of(c.occurredAt()));
        insertEvent.setLong(8, Nanos.of(p.recordedAt));
        insertEvent.setString(9, c.correction() == null ? null : c.correction().correctedEventId().toString());
        insertEvent.setString(10, new String(p.body, StandardCharsets.UTF_8));
        insertEvent.setString(11, p.previousHash);
        insertEvent.setString(12, p.hash);
        insertEvent.setBytes(13, p.signature);
        insertEvent.executeUpdate();
        for (Din d : c.dins()) {
            insertDin.setString(1, d.value());
            insertDin.setLong(2, p.sequence);
            insertDin.executeUpdate();
        }
        return p.event();
    }

    /** Runs a query selecting {@link #COLUMNS} and maps every row to an event. */
    public static List<CustodyEvent> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<CustodyEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(EventJson.parse(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                }
            }
            return out;
        }
    }
}
