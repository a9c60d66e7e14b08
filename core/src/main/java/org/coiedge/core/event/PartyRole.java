package org.coiedge.core.event;

/** What kind of party gives or takes custody. */
public enum PartyRole {
    PATIENT,
    STAFF,
    COURIER,
    COLLECTION_SITE,
    MANUFACTURER,
    TREATMENT_SITE,
    STORAGE
}
