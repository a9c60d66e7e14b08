package org.coiedge.ledger.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventJson;
import org.coiedge.core.isbt128.Din;

/**
 * Checks that the unit index ({@code event_din}, which answers "events of this bag") says exactly
 * what the signed events say. The common path is one scan of the index, compared with the events
 * through a sum of keyed 64-bit hashes of each (position, DIN) pair; the key is drawn at random
 * for every verification, so a tampered index cannot be made to collide on purpose. Only when the
 * sums differ is the index sorted and merged with the events to name the first event it misstates.
 */
final class DinIndexCheck {
    private final long k0;
    private final long k1;
    private long expectedSum;
    private long expectedRows;

    DinIndexCheck() {
        SecureRandom r = new SecureRandom();
        k0 = r.nextLong();
        k1 = r.nextLong() | 1;
    }

    /** Adds the DINs of one signed event. */
    void add(long seq, CustodyEvent e) {
        for (Din d : e.content().dins()) {
            expectedSum += pair(seq, d.value());
            expectedRows++;
        }
    }

    /** The position of the first event the index misstates, or -1 when it matches. */
    long firstMismatch(Connection c) throws SQLException {
        long sum = 0;
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, din FROM event_din");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sum += pair(rs.getLong(1), rs.getString(2));
                rows++;
            }
        }
        if (sum == expectedSum && rows == expectedRows) {
            return -1;
        }
        return locate(c);
    }

    private long locate(Connection c) throws SQLException {
        try (PreparedStatement idx = c.prepareStatement("SELECT seq, din FROM event_din ORDER BY seq, din");
             PreparedStatement ev = c.prepareStatement("SELECT seq, body, hash, signature FROM event ORDER BY seq");
             ResultSet ri = idx.executeQuery(); ResultSet re = ev.executeQuery()) {
            boolean more = ri.next();
            while (re.next()) {
                long seq = re.getLong(1);
                List<String> indexed = new ArrayList<>();
                if (more && ri.getLong(1) < seq) {
                    return ri.getLong(1); // an index row for a position that holds no event
                }
                while (more && ri.getLong(1) == seq) {
                    indexed.add(ri.getString(2));
                    more = ri.next();
                }
                TreeSet<String> signed = new TreeSet<>();
                EventJson.parse(re.getString(2), re.getString(3), re.getBytes(4)).content().dins()
                        .forEach(d -> signed.add(d.value()));
                if (!new ArrayList<>(signed).equals(indexed)) {
                    return seq;
                }
            }
            return more ? ri.getLong(1) : Long.MAX_VALUE;
        }
    }

    private long pair(long seq, String din) {
        long h = k0 ^ (seq * 0x9E3779B97F4A7C15L);
        for (int i = 0; i < din.length(); i++) {
            h = (h ^ din.charAt(i)) * k1;
            h = Long.rotateLeft(h, 31);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
