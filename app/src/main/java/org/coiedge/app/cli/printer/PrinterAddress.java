package org.coiedge.app.cli.printer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.coiedge.printer.job.ConfirmedPrinter;
import org.coiedge.printer.transport.TcpConnection;

/** A {@code --printer} URI. Only {@code tcp://HOST[:PORT]} (default port 9100) is supported so far. */
public record PrinterAddress(String host, int port) {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration REPLY_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(30);

    /** Parses the URI; the message of a refusal says what is accepted. */
    public static PrinterAddress parse(String uri) {
        try {
            URI u = new URI(uri);
            if (!"tcp".equals(u.getScheme()) || u.getHost() == null) {
                throw new IllegalArgumentException("--printer: '" + uri + "' is not supported - use tcp://HOST[:PORT]"
                        + " (serial and USB printers are not supported yet)");
            }
            return new PrinterAddress(u.getHost(), u.getPort() < 0 ? TcpConnection.DEFAULT_PORT : u.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--printer: '" + uri + "' is not a URI like tcp://10.0.0.5:9100");
        }
    }

    /** Opens a connection. */
    public ConfirmedPrinter.Connector connector() {
        return () -> TcpConnection.open(host, port, CONNECT_TIMEOUT);
    }

    /** A confirming printer with the command line's timeouts. */
    public ConfirmedPrinter confirmedPrinter() {
        return new ConfirmedPrinter(connector(), REPLY_TIMEOUT, CONFIRM_TIMEOUT, Duration.ofMillis(200));
    }
}
