package org.coiedge.core.workflow;

/** What a person may do at the kiosk. Roles come from the personnel reference data. */
public enum Role {
    APHERESIS_TECHNICIAN,
    COURIER,
    RECEIVING_STAFF,
    NURSE,
    ADMINISTRATOR
}
