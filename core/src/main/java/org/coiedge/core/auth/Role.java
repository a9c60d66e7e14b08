package org.coiedge.core.auth;

/** What a staff member may do at a kiosk. A person can hold several roles. */
public enum Role {
    APHERESIS_TECHNICIAN,
    COURIER,
    RECEIVING_STAFF,
    NURSE,
    ADMINISTRATOR;

    /** The name used in reference data and configuration, e.g. {@code apheresis-technician}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The role named {@code key} ({@code apheresis-technician}, case-insensitive, '_' or '-'). */
    public static Role ofKey(String key) {
        for (Role r : values()) {
            if (r.key().equalsIgnoreCase(key.trim().replace('_', '-'))) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + key + "' - use one of apheresis-technician, courier,"
                + " receiving-staff, nurse, administrator");
    }
}
