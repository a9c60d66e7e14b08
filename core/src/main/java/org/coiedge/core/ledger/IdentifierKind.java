package org.coiedge.core.ledger;

/** Identifier sequences a device assigns from leased blocks. */
public enum IdentifierKind {
    /** DIN sequence numbers, 000000-999999 per FIN and year. */
    DIN,
    /** DS040 COI sequences, 6 characters A-Z 0-9 (base 36) per FIN and year. */
    COI
}
