package org.coiedge.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.coiedge.printer.emulator.PtyLink;
import org.coiedge.printer.transport.PrinterConnection.ReplyTerminator;
import org.coiedge.printer.transport.PrinterIoException.Kind;
import org.coiedge.scanner.serial.emulator.PseudoTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jssc serial transport on a real pseudo-terminal; the test plays the printer on the master side. */
class SerialConnectionTest {
    private static final ReplyTerminator ETX = ReplyTerminator.count((byte) 3, 1);

    @TempDir
    Path dir;
    private PseudoTerminal pty;
    private PtyLink link;

    @BeforeEach
    void open() throws Exception {
        pty = PseudoTerminal.open();
        link = PtyLink.open(pty.slave(), pty::read, pty::write, pty::close);
    }

    @AfterEach
    void close() {
        link.close();
    }

    private SerialConnection connect() throws PrinterIoException {
        return SerialConnection.open(SerialSettings.defaults(pty.slave()), Duration.ofSeconds(1));
    }

    @Test
    void setParamsRefusedByAPseudoTerminalIsNotHeldAgainstIt() throws Exception {
        try (SerialConnection c = connect()) {
            assertThat(c.settingsConfirmed()).isTrue();
            assertThat(c.address()).isEqualTo("serial:" + pty.slave());
            assertThat(c.noAnswerAdvice()).contains("9600 baud 8N1, no flow control").doesNotContain("did not confirm");
        }
    }

    @Test
    void bytesLeftInThePortFromBeforeAreDroppedOnOpen() throws Exception {
        link.write("\u0002stale answer\u0003\r\n".getBytes(StandardCharsets.US_ASCII));
        try (SerialConnection c = connect()) {
            link.write("\u0002fresh\u0003".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(c.readReply(ETX, Duration.ofSeconds(1)), StandardCharsets.US_ASCII)).isEqualTo("\u0002fresh\u0003");
        }
    }

    @Test
    void whatTheDriverWritesReachesThePrinterUnchanged() throws Exception {
        byte[] job = "^XA^FO10,10^FDA\r\n~_^FS^XZ\r\n".getBytes(StandardCharsets.US_ASCII);
        try (SerialConnection c = connect()) {
            c.write(job);
            byte[] got = new byte[job.length];
            int n = 0;
            while (n < job.length) {
                byte[] chunk = new byte[64];
                int r = link.read(chunk, 1000);
                assertThat(r).as("bytes arrive within a second").isPositive();
                System.arraycopy(chunk, 0, got, n, r);
                n += r;
            }
            assertThat(got).isEqualTo(job);
        }
    }

    @Test
    void aReplyArrivingInPiecesIsReadToItsTerminator() throws Exception {
        try (SerialConnection c = connect()) {
            link.write("\u0002030,0,0".getBytes(StandardCharsets.US_ASCII));
            boolean[] sentRest = {false};
            byte[] reply = c.readReply((buf, len) -> {
                if (len > 0 && !sentRest[0]) {
                    sentRest[0] = true;
                    try {
                        link.write(",1218\u0003\r\n".getBytes(StandardCharsets.US_ASCII));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return ETX.complete(buf, len);
            }, Duration.ofSeconds(1));
            assertThat(new String(reply, StandardCharsets.US_ASCII)).startsWith("\u0002030,0,0,1218\u0003");
        }
    }

    @Test
    void silenceIsATimeoutNamingThePort() throws Exception {
        try (SerialConnection c = connect()) {
            assertThatThrownBy(() -> c.readReply(ETX, Duration.ofMillis(200)))
                    .isInstanceOfSatisfying(PrinterIoException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT))
                    .hasMessage("Printer at serial:" + pty.slave() + " did not answer within 200 ms");
        }
    }

    @Test
    void aPortThatDisappearsWhileWaitingIsClosedNotSilent() throws Exception {
        try (SerialConnection c = connect()) {
            link.close();
            assertThatThrownBy(() -> c.readReply(ETX, Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(PrinterIoException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CLOSED))
                    .hasMessageContaining("went away");
        }
    }

    @Test
    void aMissingPortIsNotFoundWithAdvice() {
        Path missing = dir.resolve("ttyUSB9");
        assertThatThrownBy(() -> SerialConnection.open(SerialSettings.defaults(missing), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(PrinterIoException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND))
                .hasMessage("Printer at serial:" + missing + ": port not found - check the name and that the serial"
                        + " cable or USB serial adapter is plugged in");
    }

    @Test
    void aPortInUseOrNotPermittedGetsATypedCauseAndAdvice() {
        // jssc opens ports exclusively (TIOCEXCL), which root - as tests may run - ignores; the
        // classification of jssc's own failure types is checked here instead.
        String at = "Printer at serial:/dev/ttyUSB0";
        PrinterIoException busy = SerialConnection.openFailure(at,
                new jssc.SerialPortException("/dev/ttyUSB0", "openPort()", jssc.SerialPortException.TYPE_PORT_BUSY));
        assertThat(busy.kind()).isEqualTo(Kind.BUSY);
        assertThat(busy.getMessage()).isEqualTo(at + ": the port is in use by another program - close it, then try again");
        PrinterIoException denied = SerialConnection.openFailure(at,
                new jssc.SerialPortException("/dev/ttyUSB0", "openPort()", jssc.SerialPortException.TYPE_PERMISSION_DENIED));
        assertThat(denied.kind()).isEqualTo(Kind.NO_PERMISSION);
        assertThat(denied.getMessage()).contains("add the kiosk user to group dialout");
    }
}
