package org.coiedge.app.kiosk.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.ProductCode;

/**
 * An order in the {@link org.coiedge.core.ledger.Dataset#ORDERS} reference data with what its bag
 * label needs: the patient (name, date of birth, id and the wristband's scan text), the COI, the
 * DIN already assigned to the bag, the product and its times.
 */
public record LabelOrder(String orderId, String patientName, LocalDate dateOfBirth, String patientId, String wristband,
        CoiId coi, Din din, ProductCode productCode, String productDescription, ZonedDateTime collectedAt,
        ZonedDateTime expiresAt) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public LabelOrder {
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
    }

    public String toRow() {
        ObjectNode n = JSON.createObjectNode();
        n.put("orderId", orderId);
        ObjectNode p = n.putObject("patient");
        p.put("name", patientName);
        p.put("dateOfBirth", dateOfBirth.toString());
        p.put("id", patientId);
        p.put("wristband", wristband);
        n.put("coiFin", coi.fin().value());
        n.put("coiYear", coi.year());
        n.put("coiSequence", coi.sequence());
        n.put("dinFin", din.fin().value());
        n.put("dinYear", din.year());
        n.put("dinSequence", din.sequence());
        n.put("productDescriptionCode", productCode.descriptionCode());
        n.put("collectionType", productCode.collectionType() == null ? "" : productCode.collectionType().toString());
        n.put("division", productCode.division());
        n.put("productDescription", productDescription);
        n.put("collectedAt", collectedAt.toString());
        n.put("expiresAt", expiresAt.toString());
        return n.toString();
    }

    /** Reads a row; a malformed one is an {@link IllegalStateException} naming the problem. */
    public static LabelOrder fromRow(String row) {
        try {
            JsonNode n = JSON.readTree(row);
            JsonNode p = n.path("patient");
            String type = n.path("collectionType").asText();
            return new LabelOrder(n.path("orderId").asText(), p.path("name").asText(),
                    LocalDate.parse(p.path("dateOfBirth").asText()), p.path("id").asText(), p.path("wristband").asText(),
                    new CoiId(Fin.of(n.path("coiFin").asText()), n.path("coiYear").asInt(), n.path("coiSequence").asText()),
                    new Din(Fin.of(n.path("dinFin").asText()), n.path("dinYear").asInt(), n.path("dinSequence").asInt()),
                    new ProductCode(n.path("productDescriptionCode").asText(), type.isEmpty() ? null : type.charAt(0),
                            n.path("division").asText()),
                    n.path("productDescription").asText(), ZonedDateTime.parse(n.path("collectedAt").asText()),
                    ZonedDateTime.parse(n.path("expiresAt").asText()));
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("An order in the reference data is damaged (" + e.getMessage()
                    + ") - reload the orders", e);
        }
    }
}
