package org.coiedge.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.coiedge.printer.emulator.EmulatedPrinter;
import org.coiedge.printer.emulator.PtyLink;
import org.coiedge.printer.status.ZebraProtocol;
import org.coiedge.printer.transport.PrinterConnection.ReplyTerminator;
import org.coiedge.printer.transport.PrinterIoException.Kind;
import org.coiedge.printer.transport.internal.Posix;
import org.coiedge.scanner.serial.emulator.PseudoTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The USB device-file transport. Its stand-in for {@code /dev/usb/lp0} is a pseudo-terminal's
 * slave: a real character device opened read/write, with the Zebra emulator on the master side.
 */
class DeviceFileConnectionTest {
    private static final ReplyTerminator ETX = ReplyTerminator.count((byte) 3, 1);

    @TempDir
    Path dir;

    @Test
    void statusQueriesAreAnsweredThroughTheDeviceFile() throws Exception {
        try (EmulatedPrinter p = EmulatedPrinter.over(EmulatedPrinter.Transport.USB); PrinterConnection c = p.connect()) {
            assertThat(c).isInstanceOf(DeviceFileConnection.class);
            ZebraProtocol z = new ZebraProtocol(c, Duration.ofSeconds(1));
            assertThat(z.identity().dpi()).isEqualTo(300);
            assertThat(z.odometer()).isEqualTo(1000);
            assertThat(z.hostStatus().isReadyToPrint()).isTrue();
        }
    }

    @Test
    void bytesWaitingInTheDeviceAreDroppedOnOpen() throws Exception {
        try (PseudoTerminal pty = PseudoTerminal.open();
                PtyLink link = PtyLink.open(pty.slave(), pty::read, pty::write, pty::close)) {
            link.write("\u0002stale\u0003".getBytes(StandardCharsets.US_ASCII));
            try (DeviceFileConnection c = DeviceFileConnection.open(pty.slave(), Duration.ofSeconds(1))) {
                link.write("\u0002fresh\u0003".getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(c.readReply(ETX, Duration.ofSeconds(1)), StandardCharsets.US_ASCII)).isEqualTo("\u0002fresh\u0003");
            }
        }
    }

    @Test
    void aDeviceThatStopsTakingDataFailsTheWriteWithATimeoutNotAHang() throws Exception {
        // Nobody reads the master: the terminal's buffer fills like a printer that stopped taking data.
        try (PseudoTerminal pty = PseudoTerminal.open();
                DeviceFileConnection c = DeviceFileConnection.open(pty.slave(), Duration.ofMillis(300))) {
            assertThatThrownBy(() -> c.write(new byte[1 << 20]))
                    .isInstanceOfSatisfying(PrinterIoException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT))
                    .hasMessageMatching("Printer at usb:" + pty.slave() + " took no data for 300 ms \\(\\d+ of 1048576 bytes sent\\)");
        }
    }

    @Test
    void silenceIsATimeout() throws Exception {
        try (PseudoTerminal pty = PseudoTerminal.open();
                PtyLink link = PtyLink.open(pty.slave(), pty::read, pty::write, pty::close);
                DeviceFileConnection c = DeviceFileConnection.open(pty.slave(), Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> c.readReply(ETX, Duration.ofMillis(200)))
                    .isInstanceOfSatisfying(PrinterIoException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT))
                    .hasMessage("Printer at usb:" + pty.slave() + " did not answer within 200 ms");
        }
    }

    @Test
    void aDeviceUnpluggedWhileWaitingIsClosed() throws Exception {
        try (PseudoTerminal pty = PseudoTerminal.open()) {
            PtyLink link = PtyLink.open(pty.slave(), pty::read, pty::write, pty::close);
            try (DeviceFileConnection c = DeviceFileConnection.open(pty.slave(), Duration.ofSeconds(1))) {
                link.close();
                assertThatThrownBy(() -> c.readReply(ETX, Duration.ofSeconds(5)))
                        .isInstanceOfSatisfying(PrinterIoException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CLOSED))
                        .hasMessageContaining("went away while waiting", "USB cable");
            }
        }
    }

    @Test
    void aMissingDeviceIsNotFoundWithAdvice() {
        Path missing = dir.resolve("lp7");
        assertThatThrownBy(() -> DeviceFileConnection.open(missing, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(PrinterIoException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND))
                .hasMessage("Printer at usb:" + missing + ": device not found - check that the printer is on and its USB"
                        + " cable is plugged in (ls /dev/usb/ lists the printers the system sees)");
    }

    @Test
    void aDeviceThisUserMayNotOpenSaysToJoinGroupLp() {
        // Tests may run as root, which no file mode refuses: the errno the kernel gives is mapped here.
        PrinterIoException e = DeviceFileConnection.openFailure(Path.of("/dev/usb/lp0"), Posix.EACCES);
        assertThat(e.kind()).isEqualTo(Kind.NO_PERMISSION);
        assertThat(e.getMessage()).isEqualTo("Printer at usb:/dev/usb/lp0: no permission to open /dev/usb/lp0 - add the"
                + " kiosk user to group lp (sudo usermod -aG lp USER) and log in again");
        assertThat(DeviceFileConnection.openFailure(Path.of("/dev/usb/lp0"), Posix.EBUSY).kind()).isEqualTo(Kind.BUSY);
    }

    @Test
    void aRegularFileWhereTheDeviceShouldBeIsRefusedSoNoJobDisappearsIntoIt() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("lp0"), "");
        assertThatThrownBy(() -> DeviceFileConnection.open(file, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(PrinterIoException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND))
                .hasMessageContaining(file + " is not a device", "remove it");
        assertThat(file).isEmptyFile();
    }
}
