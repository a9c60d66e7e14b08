package org.coiedge.core.scan;

/** How the data of a scan is encoded. */
public enum Scheme {
    /** ISBT 128 data structures (bags, tubes, staff badges, ISBT wristbands). */
    ISBT128,
    /** A GS1 element string (patient GSRN wristbands, SSCC shippers, GTIN products). */
    GS1,
    /** Anything else, passed on as text (e.g. a plain MRN wristband); no structure is trusted from it. */
    TEXT
}
