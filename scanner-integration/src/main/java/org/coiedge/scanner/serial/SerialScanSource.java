package org.coiedge.scanner.serial;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import jssc.SerialPort;
import jssc.SerialPortException;
import org.coiedge.core.scanner.AbstractScanSource;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.scanner.ScanProblem;
import org.coiedge.core.scanner.SourceStatus;

/**
 * A serial scanner read through jssc on the source's own thread ({@code scan-source-serial:PORT}).
 *
 * <p>Opens the port, applies the settings, purges old bytes, then reassembles chunks into scans
 * (see {@link FrameAssembler}). When the device goes away (read error, or the port name no
 * longer leads to the device that was opened) it reports {@link SourceStatus.Disconnected} and
 * reopens by itself with exponential backoff until it is back or the source is stopped. Open
 * failures are reported once per kind while retrying, not on every attempt.
 */
public final class SerialScanSource extends AbstractScanSource {
    /** How often a quiet line checks that its device is still there. */
    private static final Duration PRESENCE_CHECK = Duration.ofMillis(100);

    private final SerialSettings settings;
    private final PortOpener opener;

    public SerialScanSource(SerialSettings settings, Clock clock) {
        super("serial:" + settings.portName(), clock);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.opener = new PortOpener(settings);
    }

    public SerialScanSource(SerialSettings settings) {
        this(settings, Clock.systemUTC());
    }

    @Override
    protected void runSource() {
        long backoffMillis = settings.reconnectMin().toMillis();
        ScanProblem lastReported = null;
        while (!stopRequested()) {
            PortOpener.Outcome outcome = opener.open();
            if (outcome instanceof PortOpener.Failed) {
                PortOpener.Failed failed = (PortOpener.Failed) outcome;
                if (failed.problem() != lastReported) {
                    emitError(failed.problem(), failed.message());
                    lastReported = failed.problem();
                }
                pauseUnlessStopped(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, settings.reconnectMax().toMillis());
                continue;
            }
            PortOpener.Opened opened = (PortOpener.Opened) outcome;
            backoffMillis = settings.reconnectMin().toMillis();
            lastReported = null;
            emitStatus(new SourceStatus.Connected(id(), clock.instant(),
                    "Scanner on " + settings.portName() + " connected (" + settings.lineDescription() + ")"));
            opened.warning().ifPresent(w -> emitError(ScanProblem.SETTINGS_REJECTED, w));
            read(opened.port(), opened.device());
            closeQuietly(opened.port());
            if (!stopRequested()) {
                emitStatus(new SourceStatus.Disconnected(id(), clock.instant(), "Scanner on " + settings.portName()
                        + " disconnected - check the cable; reconnecting", true));
            }
        }
        emitStatus(new SourceStatus.Disconnected(id(), clock.instant(),
                "Scanner on " + settings.portName() + " stopped", false));
    }

    /** Reads until the device is lost or the source is stopped. */
    private void read(SerialPort port, Path device) {
        FrameAssembler assembler = new FrameAssembler(settings.framing(), settings.maxFrameBytes());
        long silenceNanos = settings.framing().silence().toNanos();
        long lastByte = System.nanoTime();
        long lastPresenceCheck = lastByte;
        while (!stopRequested()) {
            try {
                int available = port.getInputBufferBytesCount();
                if (available > 0) {
                    byte[] chunk = port.readBytes(available);
                    lastByte = System.nanoTime();
                    deliver(assembler.accept(chunk), clock.instant());
                    continue;
                }
            } catch (SerialPortException e) {
                return;
            } catch (RuntimeException e) {
                // Whatever the bytes were, the reader survives; a broken port is reopened.
                emitError(ScanProblem.READ_FAILED, "Scanner on " + settings.portName()
                        + " sent data that could not be read - reconnecting");
                return;
            }
            long now = System.nanoTime();
            if (assembler.hasPending() && now - lastByte >= silenceNanos) {
                deliver(assembler.silence(), clock.instant());
            }
            if (now - lastPresenceCheck >= PRESENCE_CHECK.toNanos()) {
                lastPresenceCheck = now;
                Optional<Path> current = PortOpener.realDevice(Path.of(settings.portName()));
                if (current.isEmpty() || !current.get().equals(device)) {
                    return;
                }
            }
            LockSupport.parkNanos(settings.pollInterval().toNanos());
        }
    }

    private void deliver(List<FrameAssembler.Piece> pieces, Instant receivedAt) {
        for (FrameAssembler.Piece piece : pieces) {
            if (piece instanceof FrameAssembler.Frame) {
                emitScan(Scan.fromBytes(((FrameAssembler.Frame) piece).bytes(), settings.charset(), id(), receivedAt));
            } else {
                FrameAssembler.Dropped dropped = (FrameAssembler.Dropped) piece;
                emitError(dropped.problem(), dropMessage(dropped));
            }
        }
    }

    private String dropMessage(FrameAssembler.Dropped dropped) {
        if (dropped.problem() == ScanProblem.FRAME_TOO_LONG) {
            return "Scanner on " + settings.portName() + " sent " + dropped.byteCount() + "+ bytes without a "
                    + "terminator (limit " + settings.maxFrameBytes() + ") - scan ignored; check the scanner's "
                    + "suffix setting and scan again";
        }
        return "Scanner on " + settings.portName() + " sent " + dropped.byteCount() + " bytes and stopped before "
                + "the terminator - scan ignored; scan again";
    }

    private static void closeQuietly(SerialPort port) {
        try {
            port.closePort();
        } catch (SerialPortException | RuntimeException e) {
            // Closing a port whose device is gone fails; there is nothing left to release.
        }
    }
}
