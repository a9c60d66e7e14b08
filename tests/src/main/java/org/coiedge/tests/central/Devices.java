package org.coiedge.tests.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.sync.EnrolmentProof;

/** Enrolment with one-time codes, bearer tokens (only their SHA-256 is stored) and device records. */
final class Devices {
    /** An enrolled device as the server needs it on every request. */
    record Device(String deviceId, PublicKey publicKey, String site) {
    }

    private final CentralDb db;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Device> byTokenHash = new ConcurrentHashMap<>();

    Devices(CentralDb db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void seed(List<Seed.EnrolmentCode> codes) throws SQLException {
        db.tx(c -> {
            for (Seed.EnrolmentCode code : codes) {
                CentralDb.update(c, "INSERT OR IGNORE INTO enrolment_code (code, site, uses_left) VALUES (?, ?, ?)",
                        code.code(), code.site(), code.uses());
            }
            return null;
        });
    }

    ObjectNode enrol(JsonNode req) throws Problem, SQLException {
        String code = text(req, "code");
        String deviceId = text(req, "deviceId");
        PublicKey key;
        byte[] proof;
        try {
            key = Ed25519.publicKey(Base64.getDecoder().decode(text(req, "publicKey")));
            proof = Base64.getDecoder().decode(text(req, "proof"));
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "MALFORMED_REQUEST", "publicKey and proof must be base64 (" + e.getMessage() + ")");
        }
        if (!deviceId.equals("D-" + EventChain.sha256Hex(key.getEncoded()).substring(0, 16))) {
            throw new Problem(400, "DEVICE_ID_MISMATCH", "the device id must be D- and the first 16 hex digits of"
                    + " the SHA-256 of the public key");
        }
        if (!Ed25519.verify(key, EnrolmentProof.message(code, deviceId), proof)) {
            throw new Problem(400, "BAD_PROOF", "the proof is not a signature of the enrolment code by this key");
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String site = db.tx(c -> {
            List<Object[]> rows = CentralDb.rows(c, "SELECT site, uses_left FROM enrolment_code WHERE code = ?", code);
            if (rows.isEmpty() || ((Number) rows.get(0)[1]).intValue() < 1) {
                return null;
            }
            List<Object[]> existing = CentralDb.rows(c, "SELECT public_key FROM device WHERE device_id = ?", deviceId);
            if (!existing.isEmpty() && !java.util.Arrays.equals((byte[]) existing.get(0)[0], key.getEncoded())) {
                return "";
            }
            CentralDb.update(c, "UPDATE enrolment_code SET uses_left = uses_left - 1 WHERE code = ?", code);
            String s = (String) rows.get(0)[0];
            CentralDb.update(c, "INSERT INTO device (device_id, public_key, site, token_hash, enrolled_at, head_sequence,"
                    + " head_hash) VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (device_id) DO UPDATE SET"
                    + " token_hash = excluded.token_hash, site = excluded.site", deviceId, key.getEncoded(), s,
                    hash(token), clock.instant().toString(), EventChain.GENESIS_HASH);
            return s;
        });
        if (site == null) {
            throw new Problem(403, "ENROLMENT_CODE_INVALID", "the enrolment code is unknown or already used:"
                    + " ask the central system's administrator for a new one");
        }
        if (site.isEmpty()) {
            throw new Problem(409, "DEVICE_KEY_CONFLICT", "device " + deviceId + " is enrolled with another key");
        }
        byTokenHash.values().removeIf(d -> d.deviceId().equals(deviceId));
        ObjectNode out = Exchanges.JSON.createObjectNode();
        out.put("deviceId", deviceId);
        out.put("site", site);
        out.put("token", token);
        out.put("serverTime", clock.instant().toString());
        return out;
    }

    /** The device presenting this {@code Authorization} header. */
    Device authenticate(String authorization) throws Problem, SQLException {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new Problem(401, "NO_CREDENTIALS", "send the device's bearer token (enrol the device first)");
        }
        String h = hash(authorization.substring(7).trim());
        Device d = byTokenHash.get(h);
        if (d != null) {
            return d;
        }
        List<Object[]> rows = db.tx(c -> CentralDb.rows(c, "SELECT device_id, public_key, site FROM device"
                + " WHERE token_hash = ?", h));
        if (rows.isEmpty()) {
            throw new Problem(401, "BAD_CREDENTIALS", "the bearer token is not valid (revoked, or the device enrolled"
                    + " again): enrol the device again");
        }
        d = new Device((String) rows.get(0)[0], Ed25519.publicKey((byte[]) rows.get(0)[1]), (String) rows.get(0)[2]);
        byTokenHash.put(h, d);
        return d;
    }

    /** Revokes every token of a device (for tests and administrators). */
    void revoke(String deviceId) throws SQLException {
        db.tx(c -> CentralDb.update(c, "UPDATE device SET token_hash = ? WHERE device_id = ?",
                "revoked-" + deviceId, deviceId));
        byTokenHash.values().removeIf(d -> d.deviceId().equals(deviceId));
    }

    ObjectNode info(String deviceId) throws Problem, SQLException {
        List<Object[]> rows = db.tx(c -> CentralDb.rows(c, "SELECT device_id, public_key, site, enrolled_at,"
                + " head_sequence, head_hash, (SELECT count(*) FROM event e WHERE e.device_id = d.device_id),"
                + " (SELECT count(*) FROM rejection r WHERE r.device_id = d.device_id) FROM device d WHERE device_id = ?",
                deviceId));
        if (rows.isEmpty()) {
            throw new Problem(404, "UNKNOWN_DEVICE", "no device " + deviceId + " is enrolled");
        }
        Object[] r = rows.get(0);
        ObjectNode out = Exchanges.JSON.createObjectNode();
        out.put("deviceId", (String) r[0]);
        out.put("publicKey", Base64.getEncoder().encodeToString((byte[]) r[1]));
        out.put("site", (String) r[2]);
        out.put("enrolledAt", (String) r[3]);
        out.putObject("head").put("sequence", ((Number) r[4]).longValue()).put("hash", (String) r[5]);
        out.put("accepted", ((Number) r[6]).longValue());
        out.put("rejected", ((Number) r[7]).longValue());
        return out;
    }

    static String hash(String token) {
        return EventChain.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }

    static String text(JsonNode n, String field) throws Problem {
        if (!n.path(field).isTextual() || n.path(field).asText().isEmpty()) {
            throw new Problem(400, "MALFORMED_REQUEST", "'" + field + "' is missing");
        }
        return n.path(field).asText();
    }
}
