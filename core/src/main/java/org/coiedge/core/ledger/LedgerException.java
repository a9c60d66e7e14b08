package org.coiedge.core.ledger;

import java.util.Objects;

/**
 * A ledger operation failed. The message says what a technician can do about it; {@link #reason()}
 * says what kind of failure it was, for code. When {@code append} throws, the event was not
 * recorded (the transaction rolled back) and may be appended again.
 */
public final class LedgerException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Kinds of ledger failure. */
    public enum Reason {
        /** The database file could not be opened, read or written (disk full, permissions, corrupt). */
        STORAGE,
        /** The request was refused by a ledger rule (unknown event, duplicate acknowledgement, overlapping block). */
        REFUSED,
        /** No identifier is left in the leased blocks: lease a new block from the central system. */
        EXHAUSTED,
        /** The ledger was closed. */
        CLOSED
    }

    private final Reason reason;

    public LedgerException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public LedgerException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
