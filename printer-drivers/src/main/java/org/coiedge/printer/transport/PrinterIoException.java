package org.coiedge.printer.transport;

/** A connection to a printer failed; {@link #kind()} says how. The message is for people. */
public final class PrinterIoException extends Exception {
    /** How a connection failed. */
    public enum Kind {
        /** The printer could not be reached at all. */
        CONNECT_FAILED,
        /** The printer did not answer (completely) in time. */
        TIMEOUT,
        /** The printer closed the connection or it broke. */
        CLOSED
    }

    private final Kind kind;

    public PrinterIoException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
