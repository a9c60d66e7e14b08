package org.coiedge.printer.template;

import java.util.Objects;
import org.coiedge.core.isbt128.StaffIdentificationNumber;

/** What a {@code badge} shows: the DS020 staff identification number, name, role and facility. */
public record BadgeData(StaffIdentificationNumber staff, String name, String role, String facilityName) {
    public BadgeData {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(facilityName, "facilityName");
    }
}
