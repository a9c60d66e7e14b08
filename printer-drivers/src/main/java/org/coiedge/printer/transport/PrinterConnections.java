package org.coiedge.printer.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * Opens the right {@link PrinterConnection} for a {@link PrinterUri}. {@code timeout} bounds the
 * TCP connect and, on serial and USB, how long a write may make no progress (opening a device is
 * immediate; a printer that is absent shows as no answer). Safe to call from any thread; each
 * connection belongs to the thread that opened it.
 */
public final class PrinterConnections {
    private PrinterConnections() {
    }

    public static PrinterConnection open(PrinterUri uri, Duration timeout) throws PrinterIoException {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(timeout, "timeout");
        if (uri instanceof PrinterUri.Tcp) {
            PrinterUri.Tcp t = (PrinterUri.Tcp) uri;
            return TcpConnection.open(t.host(), t.port(), timeout);
        }
        if (uri instanceof PrinterUri.Serial) {
            return SerialConnection.open(((PrinterUri.Serial) uri).settings(), timeout);
        }
        return DeviceFileConnection.open(((PrinterUri.Usb) uri).device(), timeout);
    }
}
