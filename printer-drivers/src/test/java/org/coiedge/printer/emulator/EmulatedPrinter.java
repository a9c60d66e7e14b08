package org.coiedge.printer.emulator;

import java.io.IOException;
import java.time.Duration;
import org.coiedge.printer.job.ConfirmedPrinter;
import org.coiedge.printer.transport.PrinterConnection;
import org.coiedge.printer.transport.PrinterConnections;
import org.coiedge.printer.transport.PrinterIoException;
import org.coiedge.printer.transport.PrinterUri;
import org.coiedge.scanner.serial.emulator.PseudoTerminal;

/**
 * Test fixture: one {@link ZebraEmulator} reached over a chosen transport - its loopback TCP port,
 * or a real pseudo-terminal whose slave the serial (jssc) or USB device-file transport opens.
 */
public final class EmulatedPrinter implements AutoCloseable {
    /** How the driver reaches the emulator. */
    public enum Transport {
        TCP, SERIAL, USB
    }

    private final ZebraEmulator emulator;
    private final PseudoTerminal pty;
    private final PtyLink link;
    private final PrinterUri uri;

    private EmulatedPrinter(ZebraEmulator emulator, PseudoTerminal pty, PtyLink link, PrinterUri uri) {
        this.emulator = emulator;
        this.pty = pty;
        this.link = link;
        this.uri = uri;
    }

    public static EmulatedPrinter over(Transport transport) throws IOException {
        if (transport == Transport.TCP) {
            ZebraEmulator e = ZebraEmulator.start(0);
            return new EmulatedPrinter(e, null, null, PrinterUri.parse("tcp://127.0.0.1:" + e.port()));
        }
        ZebraEmulator e = ZebraEmulator.withoutTcp();
        PseudoTerminal pty = PseudoTerminal.open();
        PtyLink link = PtyLink.open(pty.slave(), pty::read, pty::write, pty::close);
        e.serve(link);
        String scheme = transport == Transport.SERIAL ? "serial:" : "usb:";
        return new EmulatedPrinter(e, pty, link, PrinterUri.parse(scheme + pty.slave()));
    }

    public ZebraEmulator emulator() {
        return emulator;
    }

    public PrinterUri uri() {
        return uri;
    }

    /** The pseudo-terminal (null over TCP), to write stray bytes into the port as a printer would. */
    public PseudoTerminal pty() {
        return pty;
    }

    public PrinterConnection connect() throws PrinterIoException {
        return PrinterConnections.open(uri, Duration.ofSeconds(2));
    }

    /** A confirming printer with short test timeouts. */
    public ConfirmedPrinter printer(Duration reply, Duration confirm) {
        return new ConfirmedPrinter(this::connect, reply, confirm, Duration.ofMillis(5));
    }

    @Override
    public void close() {
        emulator.close();
        if (link != null) {
            link.close();
        }
    }
}
