package org.coiedge.app.kiosk.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.workflow.bedside.TreatmentOrder;

/**
 * Reads an {@link org.coiedge.core.ledger.Dataset#ORDERS} row (the {@link LabelOrder} row, plus an
 * optional {@code "therapy"}) as the {@link TreatmentOrder} bedside verification checks against:
 * order id, {@code patient.id}, the COI from {@code coiFin}/{@code coiYear}/{@code coiSequence}, and
 * the therapy (else the product description). An order still awaiting its first collection has no
 * COI fields and is no treatment order yet. Stateless and thread-safe.
 */
public final class TreatmentOrderRow {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param order      the treatment order, empty when the order has no COI yet
     * @param patientId  the patient's id as on the wristband
     * @param collectedAt when the product was collected, if the row says
     */
    public record Parsed(Optional<TreatmentOrder> order, String patientId, Optional<ZonedDateTime> collectedAt) {
    }

    private TreatmentOrderRow() {
    }

    /** Reads one row; a malformed one is an {@link IllegalStateException} naming the order. */
    public static Parsed fromRow(String row) {
        String id = "?";
        try {
            JsonNode n = JSON.readTree(row);
            id = text(n, "orderId");
            String patient = text(n.path("patient"), "id");
            Optional<ZonedDateTime> collected = n.hasNonNull("collectedAt")
                    ? Optional.of(ZonedDateTime.parse(n.get("collectedAt").asText())) : Optional.empty();
            if (!n.hasNonNull("coiFin")) {
                return new Parsed(Optional.empty(), patient, collected);
            }
            CoiId coi = new CoiId(Fin.of(text(n, "coiFin")), n.path("coiYear").asInt(-1), text(n, "coiSequence"));
            String therapy = n.hasNonNull("therapy") ? n.get("therapy").asText()
                    : n.path("productDescription").asText("");
            return new Parsed(Optional.of(new TreatmentOrder(id, patient, coi, therapy)), patient, collected);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("Order " + id + " in the reference data is damaged (" + e.getMessage()
                    + ") - reload the orders", e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException("no " + field);
        }
        return v.asText();
    }
}
