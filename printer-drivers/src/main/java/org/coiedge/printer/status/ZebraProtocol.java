package org.coiedge.printer.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.coiedge.printer.transport.PrinterConnection;
import org.coiedge.printer.transport.PrinterConnection.ReplyTerminator;
import org.coiedge.printer.transport.PrinterIoException;

/**
 * The Zebra status commands over one connection, whatever the transport: {@code ~HS},
 * {@code ~HQES}, {@code ~HI} and the label odometer. Blocking, not thread-safe; failures are
 * {@link PrinterIoException}s: no answer in time is {@code TIMEOUT} (a printer in paper-out,
 * head-open or ribbon-out sends no {@code ~HS} answer), an answer that does not parse (line noise,
 * wrong serial settings) is {@code BAD_REPLY}.
 */
public final class ZebraProtocol {
    private static final byte ETX = 3;
    private static final String ODOMETER = "! U1 getvar \"odometer.total_label_count\"\r\n";
    private static final String HQES_END = "WARNINGS:";

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
        return parse("~HS", ask("~HS", ReplyTerminator.count(ETX, 3)), PrinterStatus::parseHostStatus);
    }

    /**
     * {@code ~HQES}. Complete only at the ETX after the WARNINGS line, and parsed from the last
     * {@code PRINTER STATUS}, so a late answer to an earlier question in front of it does no harm.
     */
    public ErrorStatus errorStatus() throws PrinterIoException {
        String reply = ask("~HQES", (buf, len) -> {
            String s = new String(buf, 0, len, StandardCharsets.ISO_8859_1);
            int w = s.lastIndexOf(HQES_END);
            return w >= 0 && s.indexOf(ETX, w) >= 0;
        });
        int from = reply.lastIndexOf("PRINTER STATUS");
        return parse("~HQES", from < 0 ? reply : reply.substring(from), ErrorStatus::parse);
    }

    public PrinterIdentity identity() throws PrinterIoException {
        return parse("~HI", ask("~HI", ReplyTerminator.count(ETX, 1)), PrinterIdentity::parse);
    }

    /** The lifetime label count. */
    public long odometer() throws PrinterIoException {
        String r = ask(ODOMETER, ReplyTerminator.count((byte) '"', 2));
        String digits = r.substring(r.indexOf('"') + 1, r.lastIndexOf('"')).trim();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new PrinterIoException(PrinterIoException.Kind.BAD_REPLY,
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

    private <T> T parse(String command, String reply, Function<String, T> parser) throws PrinterIoException {
        try {
            return parser.apply(reply);
        } catch (RuntimeException e) {
            throw new PrinterIoException(PrinterIoException.Kind.BAD_REPLY, "Printer at " + connection.address()
                    + " gave an unreadable answer to " + command + " (" + e.getMessage() + ")", e);
        }
    }
}
