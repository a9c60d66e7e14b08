package org.coiedge.printer.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.coiedge.printer.transport.PrinterConnection;
import org.coiedge.printer.transport.PrinterConnection.ReplyTerminator;
import org.coiedge.printer.transport.PrinterIoException;

/**
 * The Zebra status commands over one connection: {@code ~HS}, {@code ~HQES}, {@code ~HI} and the
 * label odometer. Blocking, not thread-safe; failures are {@link PrinterIoException}s (a printer
 * in paper-out, head-open or ribbon-out sends no {@code ~HS} answer: that is a TIMEOUT).
 */
public final class ZebraProtocol {
    private static final byte ETX = 3;
    private static final String ODOMETER = "! U1 getvar \"odometer.total_label_count\"\r\n";

    private final PrinterConnection connection;
    private final Duration replyTimeout;

    public ZebraProtocol(PrinterConnection connection, Duration replyTimeout) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.replyTimeout = Objects.requireNonNull(replyTimeout, "replyTimeout");
    }

    public PrinterConnection connection() {
        return connection;
    }

    public PrinterStatus hostStatus() throws PrinterIoException {
        return PrinterStatus.parseHostStatus(ask("~HS", ReplyTerminator.count(ETX, 3)));
    }

    public ErrorStatus errorStatus() throws PrinterIoException {
        return ErrorStatus.parse(ask("~HQES", ReplyTerminator.count(ETX, 1)));
    }

    public PrinterIdentity identity() throws PrinterIoException {
        return PrinterIdentity.parse(ask("~HI", ReplyTerminator.count(ETX, 1)));
    }

    /** The lifetime label count. */
    public long odometer() throws PrinterIoException {
        String r = ask(ODOMETER, ReplyTerminator.count((byte) '"', 2));
        String digits = r.substring(r.indexOf('"') + 1, r.lastIndexOf('"')).trim();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new PrinterIoException(PrinterIoException.Kind.CLOSED,
                    "Printer at " + connection.address() + " gave an unreadable label count: " + digits, e);
        }
    }

    /** Sends a format (or anything else) without waiting for an answer. */
    public void send(String zpl) throws PrinterIoException {
        connection.write(zpl.getBytes(StandardCharsets.UTF_8));
    }

    private String ask(String command, ReplyTerminator terminator) throws PrinterIoException {
        connection.write(command.getBytes(StandardCharsets.US_ASCII));
        return new String(connection.readReply(terminator, replyTimeout), StandardCharsets.UTF_8);
    }
}
