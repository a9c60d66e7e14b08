package org.coiedge.core.auth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The functions a kiosk offers on its home screen and the roles that see each. The role check is
 * made here, once, so a screen never shows a function its user may not start.
 */
public enum KioskFunction {
    COLLECTION(EnumSet.of(Role.APHERESIS_TECHNICIAN)),
    BAG_LABEL(EnumSet.of(Role.APHERESIS_TECHNICIAN, Role.ADMINISTRATOR)),
    COURIER_HANDOFF(EnumSet.of(Role.COURIER, Role.APHERESIS_TECHNICIAN, Role.RECEIVING_STAFF)),
    RECEIPT(EnumSet.of(Role.RECEIVING_STAFF)),
    BEDSIDE_VERIFICATION(EnumSet.of(Role.NURSE)),
    COI_TIMELINE(EnumSet.of(Role.APHERESIS_TECHNICIAN, Role.RECEIVING_STAFF, Role.NURSE, Role.ADMINISTRATOR)),
    ADMINISTRATION(EnumSet.of(Role.ADMINISTRATOR));

    private final Set<Role> roles;

    KioskFunction(Set<Role> roles) {
        this.roles = roles;
    }

    /** The roles that see this function. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** Whether someone holding {@code held} may use this function. */
    public boolean allowedFor(Set<Role> held) {
        Objects.requireNonNull(held, "held");
        for (Role r : held) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The functions someone holding {@code held} sees, in menu order. */
    public static List<KioskFunction> visibleTo(Set<Role> held) {
        List<KioskFunction> out = new ArrayList<>();
        for (KioskFunction f : values()) {
            if (f.allowedFor(held)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Roles that may authorise a label reprint (after a voided or unconfirmed label). */
    public static Set<Role> reprintRoles() {
        return EnumSet.of(Role.APHERESIS_TECHNICIAN, Role.ADMINISTRATOR);
    }
}
