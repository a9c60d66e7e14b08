package org.coiedge.printer.transport;

/**
 * A connection to a printer failed; {@link #kind()} says how, for code. The message is for a
 * technician: what is wrong and what to do.
 */
public final class PrinterIoException extends Exception {
    /** How a connection failed. */
    public enum Kind {
        /** The printer could not be reached at all (TCP connect failed). */
        CONNECT_FAILED,
        /** The serial port or device file does not exist (unplugged, wrong name). */
        NOT_FOUND,
        /** The port or device file exists but this user may not open it (group dialout or lp). */
        NO_PERMISSION,
        /** Another program holds the port or device file. */
        BUSY,
        /** The printer did not answer (completely) in time, or did not take the data in time. */
        TIMEOUT,
        /** The printer closed the connection, or the cable or device went away. */
        CLOSED,
        /** The printer answered something that is not the expected reply (line noise, wrong settings). */
        BAD_REPLY
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
