package org.coiedge.app.kiosk.data;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.ProductCode;

/**
 * An order in the {@link org.coiedge.core.ledger.Dataset#ORDERS} reference data with what its bag
 * label needs: the patient (name, date of birth, id and the wristband's scan text), the COI, the
 * DIN already assigned to the bag, the product and its times.
 */
public record LabelOrder(String orderId, String patientName, LocalDate dateOfBirth, String patientId, String wristband,
        CoiId coi, Din din, ProductCode productCode, String productDescription, ZonedDateTime collectedAt,
        ZonedDateTime expiresAt) {

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

    /** The ORDERS row: the {@link OrderRow} format with COI and DIN present. */
    public String toRow() {
        return new OrderRow(orderId, patientName, dateOfBirth, patientId, wristband, java.util.Optional.of(coi),
                java.util.Optional.of(din), productCode, productDescription, collectedAt, expiresAt, productDescription)
                .toRow();
    }

    /**
     * Reads a row of an order that has its COI and DIN (read by {@link OrderRow#fromRow}).
     *
     * @throws IllegalStateException naming the problem, for a malformed row or one still awaiting collection
     */
    public static LabelOrder fromRow(String row) {
        OrderRow o = OrderRow.fromRow(row);
        return o.labelOrder().orElseThrow(() -> new IllegalStateException("Order " + o.orderId()
                + " has no COI and DIN yet: its bag label can be printed once it is collected"));
    }
}
