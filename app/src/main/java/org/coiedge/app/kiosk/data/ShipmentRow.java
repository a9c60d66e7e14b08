package org.coiedge.app.kiosk.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.workflow.handoff.ExpectedUnit;
import org.coiedge.core.workflow.handoff.Manifest;

/**
 * A row of the {@link org.coiedge.core.ledger.Dataset#SHIPMENTS} reference data (key: shipment
 * id): {@code {"shipmentId","coi":"CH...","units":[{"din","expiresAt"}],"from":{"role","id","name"},
 * "to":{...},"sscc":"..."}}. COI and DINs are the 15- and 13-character values; {@code expiresAt} an
 * ISO instant; roles are {@link PartyRole} names; {@code sscc} (the shipper's GS1 SSCC, 18 digits)
 * is optional: when given, the shipper scanned at a handoff must carry it. Immutable; parsing is
 * thread-safe.
 */
public record ShipmentRow(Manifest manifest, Optional<String> sscc) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ShipmentRow {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(sscc, "sscc");
        sscc.ifPresent(s -> {
            if (!s.matches("[0-9]{18}")) {
                throw new IllegalArgumentException("an SSCC has 18 digits: " + s);
            }
        });
    }

    public String shipmentId() {
        return manifest.shipmentId();
    }

    public String toRow() {
        ObjectNode n = JSON.createObjectNode();
        n.put("shipmentId", manifest.shipmentId());
        n.put("coi", manifest.coi().value());
        ArrayNode units = n.putArray("units");
        for (ExpectedUnit u : manifest.units()) {
            units.addObject().put("din", u.din().value()).put("expiresAt", u.expiresAt().toString());
        }
        party(n.putObject("from"), manifest.from());
        party(n.putObject("to"), manifest.to());
        sscc.ifPresent(s -> n.put("sscc", s));
        return n.toString();
    }

    /** Reads a row; a malformed one is an {@link IllegalStateException} naming the shipment and the problem. */
    public static ShipmentRow fromRow(String row) {
        String id = "?";
        try {
            JsonNode n = JSON.readTree(row);
            id = text(n, "shipmentId");
            List<ExpectedUnit> units = new ArrayList<>();
            for (JsonNode u : n.path("units")) {
                units.add(new ExpectedUnit(Din.parseKeyed(text(u, "din")), Instant.parse(text(u, "expiresAt"))));
            }
            Manifest m = new Manifest(id, CoiId.parseKeyed(text(n, "coi")), units, party(n.path("from"), "from"),
                    party(n.path("to"), "to"));
            return new ShipmentRow(m, n.hasNonNull("sscc") ? Optional.of(n.get("sscc").asText()) : Optional.empty());
        } catch (java.io.IOException | org.coiedge.core.codec.ScanDecodeException | RuntimeException e) {
            throw new IllegalStateException("Shipment " + id + " in the reference data is damaged (" + e.getMessage()
                    + ") - reload the shipments", e);
        }
    }

    private static void party(ObjectNode n, Party p) {
        n.put("role", p.role().name());
        n.put("id", p.id());
        n.put("name", p.name());
    }

    private static Party party(JsonNode n, String which) {
        if (n.isMissingNode()) {
            throw new IllegalArgumentException(which + " is missing");
        }
        return new Party(PartyRole.valueOf(text(n, "role")), text(n, "id"), text(n, "name"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return v.asText();
    }
}
