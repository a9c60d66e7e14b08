package org.coiedge.tests.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.sync.SignedEvents;

/**
 * Upload of device chains. Each event is checked outside the lock (canonical body, hash, device
 * signature, in parallel), then placed under the lock in one transaction, in order:
 * <ol>
 * <li>an event id already accepted is a {@code duplicate} (same hash) or an {@code ID_CONFLICT};
 *     one already refused gets the same refusal again;</li>
 * <li>a position the chain already holds is a {@code FORK};</li>
 * <li>an event that is not the next position linking to the head's hash is a chain break: it and
 *     the rest of the batch are not looked at, and the answer names the expected head;</li>
 * <li>at the right position, an event whose body does not match its hash, whose signature fails,
 *     that names another device or an unknown site is {@code rejected} but <em>holds its
 *     position</em> (the head moves to its claimed hash), so the chain goes on: the next event's
 *     device signature vouches for that link;</li>
 * <li>otherwise it is {@code accepted} with the next server sequence.</li>
 * </ol>
 */
final class Chains {
    private static final String HEX64 = "[0-9a-f]{64}";

    private final CentralDb db;
    private final Clock clock;
    private final Predicate<String> siteKnown;

    Chains(CentralDb db, Clock clock, Predicate<String> siteKnown) {
        this.db = db;
        this.clock = clock;
        this.siteKnown = siteKnown;
    }

    private record Item(String body, String hash, String signature, SignedEvents.Outcome check, CustodyEvent event,
            String eventId) {
    }

    ObjectNode upload(Devices.Device device, JsonNode req, int maxEvents) throws Problem, SQLException {
        JsonNode events = req.path("events");
        if (!events.isArray()) {
            throw new Problem(400, "MALFORMED_REQUEST", "'events' must be an array");
        }
        int n = Math.min(events.size(), maxEvents);
        Item[] items = new Item[n];
        IntStream.range(0, n).parallel().forEach(i -> items[i] = check(events.get(i), device));
        for (Item it : items) {
            if (it.eventId == null) {
                throw new Problem(400, "MALFORMED_REQUEST", "every event body needs its 'id' (a UUID)");
            }
        }
        return db.tx(c -> place(c, device, items));
    }

    private static Item check(JsonNode n, Devices.Device device) {
        String body = n.path("body").toString();
        String hash = n.path("hash").asText(null);
        String sig = n.path("signature").asText(null);
        SignedEvents.Outcome o = SignedEvents.check(body, hash, sig, device.publicKey());
        CustodyEvent e = o instanceof SignedEvents.Authentic ? ((SignedEvents.Authentic) o).event()
                : ((SignedEvents.Refused) o).event();
        String id = e != null ? e.id().toString() : uuidOrNull(n.path("body").path("id").asText(null));
        return new Item(body, hash, sig, o, e, id);
    }

    private static String uuidOrNull(String s) {
        try {
            return s == null ? null : UUID.fromString(s).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private ObjectNode place(Connection c, Devices.Device device, Item[] items) throws SQLException {
        List<Object[]> h = CentralDb.rows(c, "SELECT head_sequence, head_hash FROM device WHERE device_id = ?",
                device.deviceId());
        long headSeq = ((Number) h.get(0)[0]).longValue();
        String headHash = (String) h.get(0)[1];
        String now = clock.instant().toString();
        ObjectNode out = Exchanges.JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        try (PreparedStatement findEvent = c.prepareStatement("SELECT server_seq, hash FROM event WHERE event_id = ?");
             PreparedStatement findRefusal = c.prepareStatement("SELECT claimed_hash, code, reason, holds_position"
                     + " FROM rejection WHERE event_id = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO event (event_id, device_id, sequence, coi, hash,"
                     + " body, signature, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Item it : items) {
                ObjectNode r = Exchanges.JSON.createObjectNode().put("eventId", it.eventId);
                List<Object[]> known = rows(findEvent, it.eventId);
                List<Object[]> refused = rows(findRefusal, it.eventId);
                if (!known.isEmpty()) {
                    if (known.get(0)[1].equals(it.hash)) {
                        results.add(r.put("status", "duplicate").put("serverSequence", ((Number) known.get(0)[0]).longValue()));
                    } else {
                        results.add(rejected(r, "ID_CONFLICT", "the central chain already holds event " + it.eventId
                                + " with other content", false));
                    }
                    continue;
                }
                if (!refused.isEmpty()) {
                    boolean same = it.hash != null && it.hash.equals(refused.get(0)[0]);
                    results.add(same ? rejected(r, (String) refused.get(0)[1], (String) refused.get(0)[2],
                            ((Number) refused.get(0)[3]).intValue() == 1)
                            : rejected(r, "ID_CONFLICT", "event " + it.eventId + " was refused before with other content", false));
                    continue;
                }
                if (it.event == null) {
                    reject(c, device, it, -1, "MALFORMED", ((SignedEvents.Refused) it.check).detail(), false, now);
                    results.add(rejected(r, "MALFORMED", ((SignedEvents.Refused) it.check).detail(), false));
                    continue;
                }
                long seq = it.event.sequence();
                if (seq <= headSeq) {
                    String reason = "position #" + seq + " of device " + device.deviceId() + "'s chain is already taken:"
                            + " this event forks the chain";
                    reject(c, device, it, seq, "FORK", reason, false, now);
                    results.add(rejected(r, "FORK", reason, false));
                    continue;
                }
                if (seq != headSeq + 1 || !it.event.previousHash().equals(headHash)) {
                    ObjectNode b = out.putObject("chainBreak");
                    b.put("eventId", it.eventId).put("sequence", seq).put("code", "CHAIN_BREAK");
                    b.put("reason", seq != headSeq + 1 ? "event #" + seq + " does not follow #" + headSeq
                            + ", the last position the central chain holds for this device"
                            : "event #" + seq + " does not link to the hash of #" + headSeq);
                    b.putObject("expected").put("sequence", headSeq + 1).put("previousHash", headHash);
                    break;
                }
                String[] refusal = refusal(device, it);
                if (refusal != null) {
                    boolean holds = it.hash != null && it.hash.matches(HEX64);
                    reject(c, device, it, seq, refusal[0], refusal[1], holds, now);
                    results.add(rejected(r, refusal[0], refusal[1], holds));
                    if (!holds) {
                        continue;
                    }
                } else {
                    Object[] values = {it.eventId, device.deviceId(), seq, it.event.content().coi().value(), it.hash,
                        ((SignedEvents.Authentic) it.check).canonicalBody(), it.signature, now};
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        results.add(r.put("status", "accepted").put("serverSequence", keys.getLong(1)));
                    }
                }
                headSeq = seq;
                headHash = it.hash;
            }
        }
        CentralDb.update(c, "UPDATE device SET head_sequence = ?, head_hash = ? WHERE device_id = ?", headSeq, headHash,
                device.deviceId());
        out.putObject("head").put("sequence", headSeq).put("hash", headHash);
        return out;
    }

    private static List<Object[]> rows(PreparedStatement ps, String id) throws SQLException {
        ps.setString(1, id);
        List<Object[]> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    /** Why an event at the right position is refused, or null when it is accepted. */
    private String[] refusal(Devices.Device device, Item it) {
        if (!it.event.content().deviceId().equals(device.deviceId())) {
            return new String[] {"WRONG_DEVICE", "the event names device " + it.event.content().deviceId()
                    + " but was sent by " + device.deviceId()};
        }
        if (it.check instanceof SignedEvents.Refused) {
            SignedEvents.Refused f = (SignedEvents.Refused) it.check;
            return new String[] {f.problem().name(), f.detail()};
        }
        if (!siteKnown.test(it.event.content().site().value())) {
            return new String[] {"UNKNOWN_SITE", "site " + it.event.content().site().value()
                    + " is not in the central system's site list"};
        }
        return null;
    }

    private static ObjectNode rejected(ObjectNode r, String code, String reason, boolean holds) {
        return r.put("status", "rejected").put("code", code).put("reason", reason).put("holdsPosition", holds);
    }

    private static void reject(Connection c, Devices.Device device, Item it, long seq, String code, String reason,
            boolean holds, String now) throws SQLException {
        CentralDb.update(c, "INSERT INTO rejection (event_id, device_id, sequence, claimed_hash, code, reason,"
                + " holds_position, body, signature, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", it.eventId,
                device.deviceId(), seq < 0 ? null : seq, it.hash, code, reason, holds ? 1 : 0, it.body, it.signature, now);
    }

    /** Events as stored, for reads: {@code serverSequence}, {@code body} (raw canonical JSON), hash, signature. */
    List<String[]> read(String where, Object... args) throws SQLException {
        return db.tx(c -> {
            List<String[]> out = new ArrayList<>();
            for (Object[] r : CentralDb.rows(c, "SELECT server_seq, body, hash, signature FROM event WHERE " + where, args)) {
                out.add(new String[] {String.valueOf(r[0]), (String) r[1], (String) r[2], (String) r[3]});
            }
            return out;
        });
    }

    ArrayNode rejections(String deviceId) throws SQLException {
        ArrayNode out = Exchanges.JSON.createArrayNode();
        for (Object[] r : db.tx(c -> CentralDb.rows(c, "SELECT event_id, sequence, code, reason, holds_position,"
                + " received_at FROM rejection WHERE device_id = ? ORDER BY received_at, sequence", deviceId))) {
            ObjectNode n = out.addObject().put("eventId", (String) r[0]);
            if (r[1] != null) {
                n.put("sequence", ((Number) r[1]).longValue());
            }
            n.put("code", (String) r[2]).put("reason", (String) r[3]).put("holdsPosition", ((Number) r[4]).intValue() == 1)
                    .put("receivedAt", (String) r[5]);
        }
        return out;
    }
}
