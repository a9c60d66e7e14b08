package org.coiedge.core.event;

/** How an identifier on an event reached the device. */
public enum IdentifierProvenance {
    /** Read by a scanner from a barcode. */
    SCANNED,
    /** Typed by a person and accepted because its check character matched. */
    KEYED_WITH_CHECK,
    /** Taken from reference data or another system (an order, a manifest). */
    IMPORTED
}
