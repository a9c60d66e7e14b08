package org.coiedge.tests.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coiedge.core.ledger.IdentifierKind;

/**
 * Leases of DIN and DS040 sequence ranges per kind, FIN and year, never overlapping: each block
 * starts after the highest number leased in its series. A device may lease only for the FIN it was
 * enrolled for. The same request id returns the same block.
 */
final class BlockStore {
    private static final long DIN_MAX = 999_999L;
    private static final long COI_MAX = 36L * 36 * 36 * 36 * 36 * 36 - 1;
    private final CentralDb db;
    private final Clock clock;
    private final Map<IdentifierKind, Long> sizes;

    BlockStore(CentralDb db, Clock clock, Map<IdentifierKind, Long> sizes) {
        this.db = db;
        this.clock = clock;
        this.sizes = sizes;
    }

    /** Returns the block, and whether it was leased by this call (201) or an earlier one with the same id (200). */
    Object[] lease(Devices.Device device, JsonNode req) throws Problem, SQLException {
        String requestId = Devices.text(req, "requestId");
        IdentifierKind kind;
        try {
            UUID.fromString(requestId);
            kind = IdentifierKind.valueOf(Devices.text(req, "kind"));
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "MALFORMED_REQUEST", "requestId must be a UUID and kind DIN or COI");
        }
        String fin = Devices.text(req, "fin");
        int year = req.path("year").asInt(-1);
        if (year < 0 || year > 99) {
            throw new Problem(400, "MALFORMED_REQUEST", "year must be 0-99 (two digits)");
        }
        if (!fin.equals(device.site())) {
            throw new Problem(422, "FIN_NOT_ALLOWED", "device " + device.deviceId() + " is enrolled for " + device.site()
                    + " and may not assign identifiers of " + fin);
        }
        long max = kind == IdentifierKind.DIN ? DIN_MAX : COI_MAX;
        Object[] r = db.tx(c -> {
            List<Object[]> same = CentralDb.rows(c, "SELECT kind, fin, year, first, last FROM id_block WHERE request_id = ?"
                    + " AND device_id = ?", requestId, device.deviceId());
            if (!same.isEmpty()) {
                return new Object[] {same.get(0), false};
            }
            long first = CentralDb.scalar(c, "SELECT coalesce(max(last), 0) FROM id_block WHERE kind = ? AND fin = ?"
                    + " AND year = ?", kind.name(), fin, year) + 1;
            if (first > max) {
                return null;
            }
            long last = Math.min(max, first + sizes.get(kind) - 1);
            CentralDb.update(c, "INSERT INTO id_block (request_id, device_id, kind, fin, year, first, last, leased_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", requestId, device.deviceId(), kind.name(), fin, year, first, last,
                    clock.instant().toString());
            return new Object[] {new Object[] {kind.name(), fin, year, first, last}, true};
        });
        if (r == null) {
            throw new Problem(409, "EXHAUSTED", "no " + kind + " numbers are left for " + fin + " year " + year);
        }
        Object[] b = (Object[]) r[0];
        ObjectNode out = Exchanges.JSON.createObjectNode().put("requestId", requestId).put("kind", (String) b[0])
                .put("fin", (String) b[1]).put("year", ((Number) b[2]).intValue())
                .put("first", ((Number) b[3]).longValue()).put("last", ((Number) b[4]).longValue());
        return new Object[] {out, r[1]};
    }
}
