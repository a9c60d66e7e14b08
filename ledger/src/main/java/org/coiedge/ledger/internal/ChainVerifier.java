package org.coiedge.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.event.EventJson;
import org.coiedge.core.ledger.ChainProblem;
import org.coiedge.core.ledger.Verification;

/**
 * Walks the chain in stored order and names the first event that is missing, altered,
 * reordered, inserted or unlinked. Rows are read in chunks; the hashes and signatures of a chunk
 * are checked in parallel, the links in order. Reads one snapshot (one statement).
 */
public final class ChainVerifier {
    private static final int CHUNK = 4096;
    private static final String COLUMNS = "seq, id, coi, recorded_at, body, hash, signature, type, patient_id,"
            + " occurred_at, corrects, device_id, prev_hash";

    /** One stored row. */
    private static final class Row {
        long seq;
        String id;
        String coi;
        long recordedAt;
        String body;
        String hash;
        byte[] signature;
        String type;
        String patientId;
        long occurredAt;
        String corrects;
        String deviceId;
        String prevHash;
        CustodyEvent event; // null when the body is unreadable
        boolean hashOk;
        boolean signatureOk;
    }

    private final Connection c;
    private final PublicKey key;
    private final boolean everySignature;
    private final DinIndexCheck dins = new DinIndexCheck();
    private long expected = 1;
    private String previousHash = EventChain.GENESIS_HASH;
    private Row last;

    private ChainVerifier(Connection c, PublicKey key, boolean everySignature) {
        this.c = c;
        this.key = key;
        this.everySignature = everySignature;
    }

    /** Checks every link, every hash and every device signature. */
    public static Verification verify(Connection c) throws SQLException {
        return verify(c, true);
    }

    /**
     * With {@code everySignature} false, checks every link and hash but only the newest event's
     * signature: its body holds the previous hash, so it vouches for the whole chain before it.
     * If it fails, a binary search over the signatures names the first event the device did not
     * sign as stored (after a forged change every later event's signature fails too, since the
     * links were rewritten). Much faster, with the same verdict on an untouched chain.
     */
    public static Verification verify(Connection c, boolean everySignature) throws SQLException {
        PublicKey key = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT public_key FROM device LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                key = Ed25519.publicKey(rs.getBytes(1));
            }
        }
        return new ChainVerifier(c, key, everySignature).run();
    }

    private Verification run() throws SQLException {
        c.setAutoCommit(false); // one read transaction: one snapshot for the rows and the acks
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM event ORDER BY seq")) {
            ps.setFetchSize(CHUNK);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> chunk = new ArrayList<>(CHUNK);
                while (rs.next()) {
                    chunk.add(row(rs));
                    if (chunk.size() == CHUNK) {
                        Verification.Broken b = check(chunk);
                        if (b != null) {
                            return b;
                        }
                        chunk.clear();
                    }
                }
                Verification.Broken b = check(chunk);
                if (b != null) {
                    return b;
                }
            }
            Verification.Broken unsigned = everySignature ? null : firstUnsignedUpToLast();
            if (unsigned != null) {
                return unsigned;
            }
            Verification.Broken lost = acknowledgedButGone();
            if (lost != null) {
                return lost;
            }
            Verification.Broken index = unitIndex();
            if (index != null) {
                return index;
            }
            long software = DeviceSoftware.firstUnsigned(c, key);
            if (software >= 0) {
                return broken(software, null, ChainProblem.ALTERED, "the software record from event #" + software
                        + " is altered: the device did not sign which coi-edge version recorded it");
            }
            return new Verification.Intact(expected - 1, previousHash);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        Row r = new Row();
        r.seq = rs.getLong(1);
        r.id = rs.getString(2);
        r.coi = rs.getString(3);
        r.recordedAt = rs.getLong(4);
        r.body = rs.getString(5);
        r.hash = rs.getString(6);
        r.signature = rs.getBytes(7);
        r.type = rs.getString(8);
        r.patientId = rs.getString(9);
        r.occurredAt = rs.getLong(10);
        r.corrects = rs.getString(11);
        r.deviceId = rs.getString(12);
        r.prevHash = rs.getString(13);
        return r;
    }

    private Verification.Broken check(List<Row> chunk) throws SQLException {
        IntStream.range(0, chunk.size()).parallel().forEach(i -> {
            Row r = chunk.get(i);
            byte[] body = r.body == null ? new byte[0] : r.body.getBytes(StandardCharsets.UTF_8);
            r.hashOk = EventChain.sha256Hex(body).equals(r.hash);
            r.signatureOk = !everySignature || signed(r);
            try {
                r.event = EventJson.parse(r.body, r.hash == null ? "" : r.hash,
                        r.signature == null ? new byte[0] : r.signature);
            } catch (RuntimeException unreadable) {
                r.event = null;
            }
        });
        for (Row r : chunk) {
            Verification.Broken b = checkRow(r);
            if (b != null) {
                if (everySignature) {
                    return b;
                }
                // A forged change can surface one link later: name the event the device did not sign, if any,
                // and give the same verdict as the full check when this event itself is not signed.
                Verification.Broken earlier = firstUnsignedUpToLast();
                if (earlier != null) {
                    return earlier;
                }
                if (r.hashOk && r.event != null && r.event.sequence() == r.seq && !signed(r)) {
                    r.signatureOk = false;
                    return checkRow(r);
                }
                return b;
            }
            previousHash = r.hash;
            expected++;
            last = r;
            dins.add(r.seq, r.event);
        }
        return null;
    }

    private boolean signed(Row r) {
        return key != null && r.signature != null && r.body != null
                && Ed25519.verify(key, r.body.getBytes(StandardCharsets.UTF_8), r.signature);
    }

    /** Null when the last event that passed the sequential checks is signed (and so vouches for all before it). */
    private Verification.Broken firstUnsignedUpToLast() throws SQLException {
        if (last == null || signed(last)) {
            return null;
        }
        long lo = 1;
        long hi = last.seq; // the first unsigned event is in [lo, hi]
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (signed(rowAt(mid))) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Row r = rowAt(lo);
        r.hashOk = true;
        r.signatureOk = false;
        expected = lo;
        previousHash = lo == 1 ? EventChain.GENESIS_HASH : rowAt(lo - 1).hash;
        return checkRow(r);
    }

    private Row rowAt(long seq) throws SQLException {
        return next(seq - 1);
    }

    private Verification.Broken checkRow(Row r) throws SQLException {
        if (r.seq > expected) {
            return broken(expected, null, ChainProblem.MISSING, "event #" + expected
                    + " is missing: the chain jumps from #" + (expected - 1) + " to #" + r.seq);
        }
        if (r.event == null) {
            return broken(r.seq, r.id, ChainProblem.ALTERED, "event #" + r.seq + " (" + r.id
                    + ") is altered: its stored content is not a readable event");
        }
        CustodyEvent e = r.event;
        if (e.sequence() != r.seq) {
            Row next = next(r.seq);
            if (next != null && next.event != null && next.event.sequence() == r.seq) {
                return broken(r.seq, e.id().toString(), ChainProblem.REORDERED, "event " + e.id() + " was recorded as #"
                        + e.sequence() + " but is stored as #" + r.seq + ": events are out of order");
            }
            if (e.sequence() > r.seq) {
                return broken(r.seq, null, ChainProblem.MISSING, "event #" + r.seq + " is missing: event "
                        + e.id() + " recorded as #" + e.sequence() + " follows #" + (r.seq - 1));
            }
            return broken(r.seq, e.id().toString(), ChainProblem.REORDERED, "event " + e.id() + " was recorded as #"
                    + e.sequence() + " but is stored as #" + r.seq);
        }
        if (!r.hashOk) {
            return broken(r.seq, r.id, ChainProblem.ALTERED, "event #" + r.seq + " (" + e.id()
                    + ") is altered: its content does not match its hash");
        }
        if (!r.signatureOk) {
            Row next = next(r.seq);
            boolean skipped = next != null && next.event != null && previousHash.equals(next.event.previousHash());
            return broken(r.seq, e.id().toString(), skipped ? ChainProblem.INSERTED : ChainProblem.ALTERED,
                    "event #" + r.seq + " (" + e.id() + ") " + (skipped
                            ? "was inserted: the device never signed it and the next event links past it"
                            : "is altered: the device signature does not verify"));
        }
        if (!e.previousHash().equals(previousHash)) {
            return broken(r.seq, e.id().toString(), ChainProblem.UNLINKED, "event #" + r.seq + " (" + e.id()
                    + ") does not link to event #" + (r.seq - 1) + ": an event before it was replaced");
        }
        if (!indexColumnsMatch(r, e)) {
            return broken(r.seq, e.id().toString(), ChainProblem.ALTERED, "event #" + r.seq + " (" + e.id()
                    + ") is altered: its index columns differ from its signed content");
        }
        return null;
    }

    private static boolean indexColumnsMatch(Row r, CustodyEvent e) {
        var c = e.content();
        return e.id().toString().equals(r.id) && c.coi().value().equals(r.coi)
                && Nanos.of(e.recordedAt()) == r.recordedAt && c.type().name().equals(r.type)
                && java.util.Objects.equals(c.patientId(), r.patientId) && Nanos.of(c.occurredAt()) == r.occurredAt
                && java.util.Objects.equals(c.correction() == null ? null
                        : c.correction().correctedEventId().toString(), r.corrects)
                && c.deviceId().equals(r.deviceId) && e.previousHash().equals(r.prevHash);
    }

    /** Null when the unit index says exactly what the signed events say. */
    private Verification.Broken unitIndex() throws SQLException {
        long seq = dins.firstMismatch(c);
        if (seq < 0) {
            return null;
        }
        if (seq >= expected) {
            return broken(seq, null, ChainProblem.MISSING, "event #" + seq + " is missing: the unit index still lists"
                    + " bags for it, but the chain ends at #" + (expected - 1) + " (events cut from the end?)");
        }
        Row r = rowAt(seq);
        return broken(seq, r.id, ChainProblem.ALTERED, "event #" + seq + " (" + r.id + ") is misstated by the unit"
                + " index: the bags it lists differ from the signed event, so searches by DIN would mislead");
    }

    private Row next(long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM event WHERE seq > ? ORDER BY seq LIMIT 1")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Row r = row(rs);
                try {
                    r.event = EventJson.parse(r.body, r.hash, r.signature);
                } catch (RuntimeException unreadable) {
                    r.event = null;
                }
                return r;
            }
        }
    }

    private Verification.Broken acknowledgedButGone() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.seq, a.event_id, a.server_sequence FROM ack a"
                + " LEFT JOIN event e ON e.id = a.event_id WHERE e.id IS NULL ORDER BY a.seq LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return broken(rs.getLong(1), rs.getString(2), ChainProblem.MISSING, "event #" + rs.getLong(1) + " ("
                        + rs.getString(2) + ") is missing: the central chain acknowledged it as #" + rs.getLong(3));
            }
            return null;
        }
    }

    private Verification.Broken broken(long seq, String id, ChainProblem problem, String detail) {
        UUID uuid = null;
        try {
            uuid = id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            uuid = null;
        }
        return new Verification.Broken(expected - 1, seq, uuid, problem, detail);
    }
}
