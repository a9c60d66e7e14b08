package org.coiedge.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.scanner.ScanProblem;
import org.coiedge.core.scanner.SourceStatus;
import org.coiedge.scanner.serial.emulator.PseudoTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The jssc source against a real pseudo-terminal: the test is the scanner on the master side. */
@EnabledOnOs(OS.LINUX)
class SerialScanSourcePtyTest {
    static final String DIN = "=A99992612345600";

    private PseudoTerminal pty;
    private SerialScanSource source;
    private final SourceRecorder recorder = new SourceRecorder();

    private void start(SerialSettings settings) throws Exception {
        source = new SerialScanSource(settings);
        source.addListener(recorder);
        source.start();
        recorder.awaitStatus(SourceStatus.Connected.class);
    }

    private SerialSettings onPty() throws Exception {
        pty = PseudoTerminal.open();
        return SerialSettings.of(pty.slave().toString());
    }

    @AfterEach
    void tearDown() {
        if (source != null) {
            source.stop();
        }
        if (pty != null) {
            pty.close();
        }
    }

    @Test
    void scanArrivesWithExactTextBytesSourceAndSymbology() throws Exception {
        start(onPty());
        pty.write("]C0" + DIN + "\r");

        Scan scan = recorder.nextScan();
        assertThat(scan.text()).isEqualTo("]C0" + DIN);
        assertThat(scan.bytes()).isEqualTo(("]C0" + DIN).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(scan.symbology()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("]C0"));
        assertThat(scan.sourceId()).isEqualTo("serial:" + pty.slave());
        // setParams reports failure on a pty although it works: no settings error may reach people.
        assertThat(recorder.history).noneMatch(s -> s instanceof SourceStatus.Error);
    }

    @Test
    void scanSentInChunksOverASlowLineArrivesWhole() throws Exception {
        start(onPty());
        for (String chunk : new String[] {"=A99", "9926", "1234", "5600", "\r"}) {
            pty.write(chunk);
            // Pacing the writer like a slow 9600-baud line, not waiting for a result.
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(15).toNanos());
        }

        assertThat(recorder.nextScan().text()).isEqualTo(DIN);
    }

    static Stream<Arguments> terminators() {
        return Stream.of(
                Arguments.of("CR", Framing.cr(), "\r"),
                Arguments.of("LF", Framing.lf(), "\n"),
                Arguments.of("CRLF", Framing.crlf(), "\r\n"),
                Arguments.of("TAB", Framing.tab(), "\t"),
                Arguments.of("ETX (configured)", Framing.terminator(new byte[] {0x03}), "\u0003"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("terminators")
    void everyTerminatorEndsEachScanAndIsRemoved(String name, Framing framing, String terminator) throws Exception {
        start(onPty().withFraming(framing));
        pty.write(DIN + terminator + "=<E0001V00" + terminator);

        assertThat(recorder.nextScan().text()).isEqualTo(DIN);
        assertThat(recorder.nextScan().text()).isEqualTo("=<E0001V00");
    }

    @Test
    void silenceFramingEndsAScanWhenTheLineGoesQuiet() throws Exception {
        start(onPty().withFraming(Framing.silence(Duration.ofMillis(60))));
        pty.write(DIN);

        assertThat(recorder.nextScan().text()).isEqualTo(DIN);
    }

    @Test
    void groupSeparatorAndOtherControlCharactersAreKept() throws Exception {
        start(onPty());
        String gs1 = "]d2010950110102091710ABC\u001D2110\u001E\u0004";
        pty.write(gs1 + "\r");

        Scan scan = recorder.nextScan();
        assertThat(scan.text()).isEqualTo(gs1);
        assertThat(scan.bytes()).contains(0x1D, 0x1E, 0x04);
        assertThat(scan.symbology()).hasValueSatisfying(s -> assertThat(s.isGs1()).isTrue());
    }

    @Test
    void bytesLeftInThePortBeforeOpeningArePurged() throws Exception {
        SerialSettings settings = onPty();
        pty.write("=A99990000000000\r");
        start(settings);
        pty.write(DIN + "\r");

        assertThat(recorder.nextScan().text()).isEqualTo(DIN);
        assertThat(recorder.pendingScans()).isEmpty();
    }

    @Test
    void overLongFrameIsDroppedWithAnErrorAndTheNextScanIsClean() throws Exception {
        start(onPty());
        pty.write("X".repeat(5000) + "\r" + DIN + "\r");

        SourceStatus.Error error = recorder.awaitStatus(SourceStatus.Error.class);
        assertThat(error.problem()).isEqualTo(ScanProblem.FRAME_TOO_LONG);
        assertThat(error.message()).contains(pty.slave().toString()).contains("4096");
        assertThat(recorder.nextScan().text()).isEqualTo(DIN);
        assertThat(recorder.pendingScans()).isEmpty();
    }

    @Test
    void garbageNeverStopsTheReaderAndAPartialFrameIsDroppedNotGluedToTheNextScan() throws Exception {
        start(onPty());
        byte[] garbage = new byte[512];
        new java.util.Random(5).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == '\r') {
                garbage[i] = 0;
            }
        }
        pty.write(garbage);

        SourceStatus.Error error = recorder.awaitStatus(SourceStatus.Error.class);
        assertThat(error.problem()).isEqualTo(ScanProblem.INCOMPLETE_FRAME);
        pty.write(DIN + "\r");
        assertThat(recorder.nextScan().text()).isEqualTo(DIN);
        assertThat(source.isRunning()).isTrue();
    }

    @Test
    void stopReportsAFinalDisconnectAndEndsTheThread() throws Exception {
        start(onPty());
        source.stop();

        SourceStatus.Disconnected last = recorder.awaitStatus(SourceStatus.Disconnected.class);
        assertThat(last.willReconnect()).isFalse();
        assertThat(source.isRunning()).isFalse();
    }
}
