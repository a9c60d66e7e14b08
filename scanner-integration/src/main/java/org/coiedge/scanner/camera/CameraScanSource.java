package org.coiedge.scanner.camera;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.coiedge.core.scanner.AbstractScanSource;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.scanner.ScanProblem;
import org.coiedge.core.scanner.SourceStatus;
import org.coiedge.scanner.image.DecodedSymbol;
import org.coiedge.scanner.image.ImageDecoder;

/**
 * A camera as a scan source. The source's thread ({@code scan-source-camera:ID}) captures frames
 * and hands the latest to a decode thread ({@code scan-decode-camera:ID}), rate-limited; results
 * come back to the source's thread, which calls listeners, so listeners see one thread as the
 * port promises. A symbol seen again within the repeat window is not a new scan. A lost or busy
 * camera is reported and reopened with backoff. Frames are never written anywhere unless the
 * frame-dump debug option ({@link CameraSettings#frameDump()}) is on; a dump that cannot write is
 * reported once as an error and scanning goes on.
 */
public final class CameraScanSource extends AbstractScanSource {
    private final FrameGrabber grabber;
    private final CameraSettings settings;
    private final ImageDecoder decoder;
    private final List<Consumer<List<DecodedSymbol>>> symbolListeners = new CopyOnWriteArrayList<>();
    private final Map<String, Long> lastSeen = new HashMap<>();
    private volatile DecodeWorker worker;
    private volatile FrameDumper dumper;

    public CameraScanSource(FrameGrabber grabber, CameraSettings settings, ImageDecoder decoder, Clock clock) {
        super("camera:" + grabber.id(), clock);
        this.grabber = grabber;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** Every decoded frame's symbols with their corners (for an on-screen overlay), on the source's thread. */
    public void addSymbolListener(Consumer<List<DecodedSymbol>> listener) {
        symbolListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Frames captured and frames decoded so far (the difference was dropped: the latest frame wins). */
    public long[] frameCounts() {
        DecodeWorker w = worker;
        return w == null ? new long[] {0, 0} : new long[] {w.framesOffered(), w.framesDecoded()};
    }

    /** Frames written by the frame dump in the current run (0 when it is off). */
    public int framesDumped() {
        FrameDumper d = dumper;
        return d == null ? 0 : d.written();
    }

    @Override
    protected void runSource() {
        FrameDumper d = new FrameDumper(settings.frameDump(), clock);
        dumper = d;
        DecodeWorker w = new DecodeWorker(decoder, settings.minDecodeInterval().toNanos(), d);
        worker = w;
        Thread decodeThread = new Thread(w, "scan-decode-" + id());
        decodeThread.setDaemon(true);
        decodeThread.start();
        try {
            long backoff = settings.reconnectMin().toMillis();
            ScanProblem lastReported = null;
            while (!stopRequested()) {
                try {
                    grabber.open();
                } catch (CameraException e) {
                    if (e.problem() != lastReported) {
                        emitError(e.problem(), e.getMessage());
                        lastReported = e.problem();
                    }
                    pauseUnlessStopped(backoff);
                    backoff = Math.min(backoff * 2, settings.reconnectMax().toMillis());
                    continue;
                }
                backoff = settings.reconnectMin().toMillis();
                lastReported = null;
                emitStatus(new SourceStatus.Connected(id(), clock.instant(), "Camera " + grabber.id() + " connected"));
                String lost = capture(w, d);
                grabber.close();
                if (lost != null) {
                    emitStatus(new SourceStatus.Disconnected(id(), clock.instant(), lost, true));
                }
            }
        } finally {
            w.stop();
            decodeThread.interrupt();
        }
        emitStatus(new SourceStatus.Disconnected(id(), clock.instant(), "Camera " + grabber.id() + " stopped", false));
    }

    /** Captures until stopped (returns null) or the camera is lost (returns the message). */
    private String capture(DecodeWorker w, FrameDumper d) {
        boolean dumpProblemReported = false;
        while (!stopRequested()) {
            try {
                BufferedImage frame = grabber.grab();
                if (frame != null) {
                    w.offer(frame);
                }
            } catch (CameraException e) {
                return e.getMessage();
            }
            List<DecodedSymbol> symbols;
            while ((symbols = w.results().poll()) != null) {
                deliver(symbols);
            }
            if (!dumpProblemReported && d.problem() != null) {
                // No ScanProblem in core fits a debug option yet; READ_FAILED would read as a lost camera.
                emitError(ScanProblem.SETTINGS_REJECTED, d.problem());
                dumpProblemReported = true;
            }
            LockSupport.parkNanos(settings.pollInterval().toNanos());
        }
        return null;
    }

    private void deliver(List<DecodedSymbol> symbols) {
        for (Consumer<List<DecodedSymbol>> l : symbolListeners) {
            try {
                l.accept(symbols);
            } catch (RuntimeException e) {
                emitError(ScanProblem.LISTENER_FAILED, "The camera overlay failed - scanning goes on");
            }
        }
        long now = clock.millis();
        for (DecodedSymbol s : symbols) {
            String key = s.format() + '\u0000' + s.text();
            Long seen = lastSeen.put(key, now);
            if (seen == null || now - seen > settings.repeatWindow().toMillis()) {
                emitScan(Scan.fromText(s.text(), StandardCharsets.UTF_8, id(), clock.instant()));
            }
        }
        lastSeen.values().removeIf(t -> now - t > settings.repeatWindow().toMillis());
    }
}
