package org.coiedge.core.workflow.keyed;

/** Why an identifier was keyed instead of scanned; reported to supervisors. */
public enum UnableToScanReason {
    /** The label is torn, wet, frosted or smudged. */
    LABEL_DAMAGED,
    /** The barcode prints but no scanner reads it. */
    BARCODE_UNREADABLE,
    /** The scanner or camera is out of order. */
    SCANNER_FAULT,
    /** Anything else: a note is required. */
    OTHER
}
