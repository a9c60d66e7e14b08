package org.coiedge.app.kiosk.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.workflow.bedside.Release;

/**
 * A row of the {@link org.coiedge.core.ledger.Dataset#RELEASES} reference data, keyed by the
 * 13-character DIN: {@code {"din","coi","patientId","releasedAt","expiresAt","labelZone","releasedBy"}}
 * (instants in ISO-8601 UTC, the zone an IANA region). Stateless and thread-safe.
 */
public final class ReleaseRow {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReleaseRow() {
    }

    /** The row for a release; {@code releasedBy} is the name of the person who released it. */
    public static String toRow(Release r, String releasedBy) {
        ObjectNode n = JSON.createObjectNode();
        n.put("din", r.din().value());
        n.put("coi", r.coi().value());
        n.put("patientId", r.patientId());
        n.put("releasedAt", r.releasedAt().toString());
        n.put("expiresAt", r.expiresAt().toString());
        n.put("labelZone", r.labelZone().getId());
        n.put("releasedBy", releasedBy);
        return n.toString();
    }

    /**
     * Reads one row. A malformed row, or one whose {@code din} is not {@code key}, is an
     * {@link IllegalStateException} naming the DIN: a damaged release never lets a bag through.
     */
    public static Release fromRow(String key, String row) {
        try {
            JsonNode n = JSON.readTree(row);
            Din din = Din.parseKeyed(exactly(text(n, "din"), Din.LENGTH));
            if (!din.value().equals(key)) {
                throw new IllegalArgumentException("the row names DIN " + din.value());
            }
            CoiId coi = CoiId.parseKeyed(exactly(text(n, "coi"), CoiId.LENGTH));
            return new Release(din, coi, text(n, "patientId"), Instant.parse(text(n, "releasedAt")),
                    Instant.parse(text(n, "expiresAt")), region(text(n, "labelZone")));
        } catch (java.io.IOException | ScanDecodeException | RuntimeException e) {
            throw new IllegalStateException("The release of DIN " + key + " in the reference data is damaged ("
                    + e.getMessage() + ") - reload the releases", e);
        }
    }

    private static ZoneId region(String id) {
        ZoneId z = ZoneId.of(id);
        if (z instanceof java.time.ZoneOffset) {
            throw new IllegalArgumentException("labelZone " + id + " is an offset, not an IANA region like America/New_York");
        }
        return z;
    }

    private static String exactly(String s, int length) {
        if (s.length() != length) {
            throw new IllegalArgumentException(s + " is not " + length + " characters");
        }
        return s;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException("no " + field);
        }
        return v.asText();
    }
}
