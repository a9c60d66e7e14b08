package org.coiedge.app.kiosk.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.ProductCode;

/**
 * Any row of the {@link org.coiedge.core.ledger.Dataset#ORDERS} reference data, including orders
 * still awaiting their collection: the {@link LabelOrder} row with the COI fields absent for a
 * first collection (present when an earlier collection of the therapy episode assigned it), the
 * DIN fields absent until a bag exists, and an optional {@code "therapy"}. For an order awaiting
 * collection {@code collectedAt} is the planned collection time and {@code expiresAt - collectedAt}
 * the product's shelf life. Immutable; parsing is thread-safe.
 */
public record OrderRow(String orderId, String patientName, LocalDate dateOfBirth, String patientId, String wristband,
        Optional<CoiId> coi, Optional<Din> din, ProductCode productCode, String productDescription,
        ZonedDateTime collectedAt, ZonedDateTime expiresAt, String therapy) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public OrderRow {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(wristband, "wristband");
        Objects.requireNonNull(coi, "coi");
        Objects.requireNonNull(din, "din");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(productDescription, "productDescription");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(therapy, "therapy");
        if (!expiresAt.isAfter(collectedAt)) {
            throw new IllegalArgumentException("order " + orderId + " expires before it is collected");
        }
    }

    /** True while no bag exists for the order: a collection may use it. */
    public boolean awaitingCollection() {
        return din.isEmpty();
    }

    /** How long the product keeps after collection. */
    public Duration shelfLife() {
        return Duration.between(collectedAt.toInstant(), expiresAt.toInstant());
    }

    /** The bag-label view of a collected order (COI and DIN known). */
    public Optional<LabelOrder> labelOrder() {
        if (coi.isEmpty() || din.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LabelOrder(orderId, patientName, dateOfBirth, patientId, wristband, coi.get(), din.get(),
                productCode, productDescription, collectedAt, expiresAt));
    }

    /** The row's JSON text: the {@link LabelOrder} format without the absent fields, plus {@code therapy}. */
    public String toRow() {
        ObjectNode n = JSON.createObjectNode();
        n.put("orderId", orderId);
        ObjectNode p = n.putObject("patient");
        p.put("name", patientName);
        p.put("dateOfBirth", dateOfBirth.toString());
        p.put("id", patientId);
        p.put("wristband", wristband);
        coi.ifPresent(c -> {
            n.put("coiFin", c.fin().value());
            n.put("coiYear", c.year());
            n.put("coiSequence", c.sequence());
        });
        din.ifPresent(d -> {
            n.put("dinFin", d.fin().value());
            n.put("dinYear", d.year());
            n.put("dinSequence", d.sequence());
        });
        n.put("productDescriptionCode", productCode.descriptionCode());
        n.put("collectionType", productCode.collectionType() == null ? "" : productCode.collectionType().toString());
        n.put("division", productCode.division());
        n.put("productDescription", productDescription);
        n.put("collectedAt", collectedAt.toString());
        n.put("expiresAt", expiresAt.toString());
        if (!therapy.equals(productDescription)) {
            n.put("therapy", therapy); // absent means the product description (see fromRow)
        }
        return n.toString();
    }

    /**
     * Reads a row. COI and DIN are each all-or-none: a row with {@code coiFin} but no
     * {@code coiSequence} is damaged, not "awaiting". {@code therapy} defaults to the product
     * description.
     *
     * @throws IllegalStateException naming the problem and what to do, for a malformed row
     */
    public static OrderRow fromRow(String row) {
        String id = "?";
        try {
            JsonNode n = JSON.readTree(row);
            id = text(n, "orderId");
            JsonNode p = n.path("patient");
            String type = n.path("collectionType").asText("");
            String description = text(n, "productDescription");
            return new OrderRow(id, text(p, "name"), LocalDate.parse(text(p, "dateOfBirth")), text(p, "id"),
                    text(p, "wristband"), coi(n), din(n),
                    new ProductCode(text(n, "productDescriptionCode"), type.isEmpty() ? null : type.charAt(0),
                            text(n, "division")),
                    description, ZonedDateTime.parse(text(n, "collectedAt")), ZonedDateTime.parse(text(n, "expiresAt")),
                    n.hasNonNull("therapy") ? n.get("therapy").asText() : description);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("Order " + id + " in the reference data is damaged (" + e.getMessage()
                    + ") - reload the orders", e);
        }
    }

    private static Optional<CoiId> coi(JsonNode n) {
        if (absent(n, "coiFin", "coiYear", "coiSequence")) {
            return Optional.empty();
        }
        return Optional.of(new CoiId(Fin.of(text(n, "coiFin")), number(n, "coiYear"), text(n, "coiSequence")));
    }

    private static Optional<Din> din(JsonNode n) {
        if (absent(n, "dinFin", "dinYear", "dinSequence")) {
            return Optional.empty();
        }
        return Optional.of(new Din(Fin.of(text(n, "dinFin")), number(n, "dinYear"), number(n, "dinSequence")));
    }

    private static boolean absent(JsonNode n, String... fields) {
        int present = 0;
        for (String f : fields) {
            present += n.hasNonNull(f) ? 1 : 0;
        }
        if (present != 0 && present != fields.length) {
            throw new IllegalArgumentException("give all of " + String.join(", ", fields) + " or none");
        }
        return present == 0;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return v.asText();
    }

    private static int number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new IllegalArgumentException(field + " is not a number");
        }
        return v.asInt();
    }
}
