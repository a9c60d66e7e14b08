package org.coiedge.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.Ed25519;

/**
 * The software part of every event's device record: which coi-edge version recorded which chain
 * positions. Rows are signed by the device key, so a changed version is detected like a changed event.
 */
public final class DeviceSoftware {
    private DeviceSoftware() {
    }

    /** Records {@code version} as recording from the next chain position on, unless it already is. Writer thread. */
    public static void record(Connection c, DeviceSigner signer, String version, Clock clock) throws SQLException {
        if (version == null || version.isBlank() || version.equals(latest(c).orElse(null))) {
            return;
        }
        long next;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM event");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            next = rs.getLong(1);
        }
        long at = Nanos.of(clock.instant());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO device_software (from_seq, version, started_at, signature) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, next);
            ps.setString(2, version);
            ps.setLong(3, at);
            ps.setBytes(4, signer.sign(signed(next, version, at)));
            ps.executeUpdate();
        }
    }

    /** The version that recorded chain position {@code seq}, empty for events before any was recorded. */
    public static Optional<String> at(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version FROM device_software WHERE from_seq <= ? ORDER BY from_seq DESC, id DESC LIMIT 1")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<String> latest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM device_software ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /** The first chain position whose software row the device did not sign as stored, or -1. */
    static long firstUnsigned(Connection c, PublicKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT from_seq, version, started_at, signature FROM device_software ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byte[] msg = signed(rs.getLong(1), rs.getString(2), rs.getLong(3));
                if (key == null || !Ed25519.verify(key, msg, rs.getBytes(4))) {
                    return rs.getLong(1);
                }
            }
            return -1;
        }
    }

    private static byte[] signed(long fromSeq, String version, long startedAt) {
        return ("coi-edge-software|" + fromSeq + "|" + version + "|" + startedAt).getBytes(StandardCharsets.UTF_8);
    }
}
