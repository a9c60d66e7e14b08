package org.coiedge.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.coiedge.core.event.CanonicalJson;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventJson;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.RemoteEvents;
import org.coiedge.ledger.internal.Nanos;
import org.coiedge.ledger.internal.ReadPool;
import org.coiedge.ledger.internal.Writer;

/** {@link RemoteEvents} in the ledger's {@code remote_event} table; writes on the ledger's writer thread. */
final class SqliteRemoteEvents implements RemoteEvents {
    private final Writer writer;
    private final ReadPool reads;
    private final Clock clock;

    SqliteRemoteEvents(Writer writer, ReadPool reads, Clock clock) {
        this.writer = writer;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public int store(List<RemoteEvent> events) throws LedgerException {
        if (events.isEmpty()) {
            return 0;
        }
        return writer.run(c -> {
            int added = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO remote_event (event_id, device_id, seq,"
                    + " coi, server_sequence, body, hash, signature, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long now = Nanos.of(clock.instant());
                for (RemoteEvent r : events) {
                    CustodyEvent e = r.event();
                    ps.setString(1, e.id().toString());
                    ps.setString(2, e.content().deviceId());
                    ps.setLong(3, e.sequence());
                    ps.setString(4, e.content().coi().value());
                    ps.setLong(5, r.serverSequence());
                    ps.setString(6, CanonicalJson.write(EventJson.body(e)));
                    ps.setString(7, e.hash());
                    ps.setBytes(8, e.deviceSignature());
                    ps.setLong(9, now);
                    added += ps.executeUpdate();
                }
            }
            return added;
        });
    }

    @Override
    public List<CustodyEvent> forCoi(CoiId coi) throws LedgerException {
        return reads.read("read other devices' events", c -> {
            List<CustodyEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT body, hash, signature FROM remote_event WHERE coi = ? ORDER BY server_sequence")) {
                ps.setString(1, coi.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(EventJson.parse(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<CoiId> coisToFollow(int max) throws LedgerException {
        return reads.read("list the COIs to follow", c -> {
            List<CoiId> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coi FROM event GROUP BY coi ORDER BY max(seq) DESC LIMIT ?")) {
                ps.setInt(1, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            out.add(CoiId.parseKeyed(rs.getString(1)));
                        } catch (org.coiedge.core.codec.ScanDecodeException damaged) {
                            // a damaged index value: verification names it; nothing to follow here
                        }
                    }
                }
            }
            return out;
        });
    }
}
