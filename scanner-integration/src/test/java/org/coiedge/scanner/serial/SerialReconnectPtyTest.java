package org.coiedge.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.coiedge.core.scanner.ScanProblem;
import org.coiedge.core.scanner.SourceStatus;
import org.coiedge.scanner.serial.emulator.PseudoTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unplug and replug: the source is configured with a stable link (like /dev/serial/by-id/...);
 * the test closes the pseudo-terminal, removes the link, then makes a new terminal and links it.
 */
@EnabledOnOs(OS.LINUX)
class SerialReconnectPtyTest {
    private static final String DIN = SerialScanSourcePtyTest.DIN;

    @TempDir
    Path dir;

    private PseudoTerminal pty;
    private SerialScanSource source;
    private final SourceRecorder recorder = new SourceRecorder();

    @AfterEach
    void tearDown() {
        if (source != null) {
            source.stop();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private SerialSettings settings(Path link) {
        return SerialSettings.of(link.toString()).withReconnect(Duration.ofMillis(20), Duration.ofMillis(200));
    }

    @Test
    void unpluggedScannerIsReportedAndScansResumeAfterReplugWithoutARestart() throws Exception {
        Path link = dir.resolve("scanner");
        pty = PseudoTerminal.open();
        pty.linkAs(link);
        source = new SerialScanSource(settings(link));
        source.addListener(recorder);
        source.start();
        recorder.awaitStatus(SourceStatus.Connected.class);
        pty.write(DIN + "\r");
        assertThat(recorder.nextScan().text()).isEqualTo(DIN);

        pty.close();
        Files.delete(link);
        SourceStatus.Disconnected lost = recorder.awaitStatus(SourceStatus.Disconnected.class);
        assertThat(lost.willReconnect()).isTrue();
        assertThat(lost.message()).isEqualTo("Scanner on " + link + " disconnected - check the cable; reconnecting");
        SourceStatus.Error absent = recorder.awaitStatus(SourceStatus.Error.class);
        assertThat(absent.problem()).isEqualTo(ScanProblem.DEVICE_NOT_FOUND);

        pty = PseudoTerminal.open();
        pty.linkAs(link);
        recorder.awaitStatus(SourceStatus.Connected.class);
        pty.write("=<E0001V00\r");
        assertThat(recorder.nextScan().text()).isEqualTo("=<E0001V00");
        assertThat(source.isRunning()).isTrue();
    }

    @Test
    void replugOntoAnotherDeviceBehindTheSameNameIsNoticedWhileTheOldOneLingers() throws Exception {
        Path link = dir.resolve("scanner");
        PseudoTerminal first = PseudoTerminal.open();
        first.linkAs(link);
        source = new SerialScanSource(settings(link));
        source.addListener(recorder);
        source.start();
        recorder.awaitStatus(SourceStatus.Connected.class);

        // The old device is still open somewhere, but the name now leads to a new one.
        pty = PseudoTerminal.open();
        pty.linkAs(link);
        recorder.awaitStatus(SourceStatus.Disconnected.class);
        recorder.awaitStatus(SourceStatus.Connected.class);
        pty.write(DIN + "\r");
        assertThat(recorder.nextScan().text()).isEqualTo(DIN);
        first.close();
    }

    @Test
    void scannerMissingAtStartIsReportedOnceAndPickedUpWhenPluggedIn() throws Exception {
        Path link = dir.resolve("scanner");
        source = new SerialScanSource(settings(link));
        source.addListener(recorder);
        source.start();
        SourceStatus.Error absent = recorder.awaitStatus(SourceStatus.Error.class);
        assertThat(absent.problem()).isEqualTo(ScanProblem.DEVICE_NOT_FOUND);
        assertThat(absent.message()).isEqualTo("Scanner port " + link + " not found - plug the scanner in; retrying");

        pty = PseudoTerminal.open();
        pty.linkAs(link);
        recorder.awaitStatus(SourceStatus.Connected.class);
        pty.write(DIN + "\r");
        assertThat(recorder.nextScan().text()).isEqualTo(DIN);
        assertThat(recorder.history).filteredOn(s -> s instanceof SourceStatus.Error).hasSize(1);
    }

    @Test
    void stopWhileWaitingToReconnectReturnsPromptly() throws Exception {
        Path link = dir.resolve("scanner");
        source = new SerialScanSource(SerialSettings.of(link.toString())
                .withReconnect(Duration.ofSeconds(30), Duration.ofSeconds(30)));
        source.addListener(recorder);
        source.start();
        recorder.awaitStatus(SourceStatus.Error.class);

        long started = System.nanoTime();
        source.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(source.isRunning()).isFalse();
    }
}
