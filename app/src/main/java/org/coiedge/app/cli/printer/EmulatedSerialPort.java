package org.coiedge.app.cli.printer;

import java.io.IOException;
import org.coiedge.printer.emulator.PtyLink;
import org.coiedge.printer.emulator.ZebraEmulator;
import org.coiedge.scanner.serial.emulator.PseudoTerminal;

/**
 * Puts an emulated Zebra printer behind a new pseudo-terminal, so {@code serial:SLAVE} and
 * {@code usb:SLAVE} reach it like a printer on a port. Closing the returned link hangs up.
 */
public final class EmulatedSerialPort {
    private EmulatedSerialPort() {
    }

    public static PtyLink attach(ZebraEmulator emulator) throws IOException {
        PseudoTerminal pty = PseudoTerminal.open();
        PtyLink link;
        try {
            link = PtyLink.open(pty.slave(), pty::read, pty::write, pty::close);
        } catch (IOException e) {
            pty.close();
            throw e;
        }
        emulator.serve(link);
        return link;
    }
}
