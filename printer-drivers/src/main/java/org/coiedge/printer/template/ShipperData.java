package org.coiedge.printer.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.gs1.Gs1CheckDigit;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;

/**
 * What a {@code shipper} label shows: the COI, the units (DINs) inside, where from and to, and an
 * SSCC when the shipment has one.
 *
 * @param sscc 18 digits with a valid GS1 check digit, or empty
 */
public record ShipperData(ChainOfIdentityIdentifier coi, List<Din> units, String fromName, Fin fromFin,
        String toName, Optional<String> sscc) {
    /** Units listed on the label; more need a manifest, so they are refused. */
    public static final int MAX_UNITS = 12;

    public ShipperData {
        Objects.requireNonNull(coi, "coi");
        units = List.copyOf(units);
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(fromFin, "fromFin");
        Objects.requireNonNull(toName, "toName");
        Objects.requireNonNull(sscc, "sscc");
        if (units.isEmpty() || units.size() > MAX_UNITS) {
            throw new IllegalArgumentException("a shipper lists 1-" + MAX_UNITS + " units, not " + units.size());
        }
        if (sscc.isPresent() && (!sscc.get().matches("[0-9]{18}") || !Gs1CheckDigit.isValid(sscc.get()))) {
            throw new IllegalArgumentException("SSCC must be 18 digits with a valid check digit: " + sscc.get());
        }
    }
}
