package org.coiedge.core.scanner;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A keyboard-wedge scanner as a {@link ScanSource}. The UI adapter passes every key it sees to
 * {@link #key} (from any thread; it never blocks); the source's thread runs a
 * {@link KeyboardWedgeDetector} and emits scans to listeners, gives a person's keys back through
 * {@code typedKeys} (on the source's thread: hop to the UI thread there), and reports a burst that
 * was not a whole scan as {@link ScanProblem#INCOMPLETE_FRAME}.
 */
public final class KeyboardWedgeScanSource extends AbstractScanSource {
    private record KeyStroke(char c, long atMillis) {
    }

    private final KeyboardWedgeDetector detector;
    private final long idleMillis;
    private final Consumer<String> typedKeys;
    private final LongSupplier nowMillis;
    private final BlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();

    /**
     * @param nowMillis the monotonic clock the key timestamps come from, to give back held keys
     *                  when typing stops
     */
    public KeyboardWedgeScanSource(String id, WedgeSettings settings, Consumer<String> typedKeys, Clock clock,
            LongSupplier nowMillis) {
        super(id, clock);
        this.detector = new KeyboardWedgeDetector(settings);
        this.idleMillis = settings.maxGap().toMillis() + 1;
        this.typedKeys = Objects.requireNonNull(typedKeys, "typedKeys");
        this.nowMillis = Objects.requireNonNull(nowMillis, "nowMillis");
    }

    /** A source on the system clocks: key timestamps must be {@code System.nanoTime() / 1_000_000}. */
    public KeyboardWedgeScanSource(String id, WedgeSettings settings, Consumer<String> typedKeys) {
        this(id, settings, typedKeys, Clock.systemUTC(), () -> System.nanoTime() / 1_000_000L);
    }

    /** One key typed at {@code atMillis}; call it for every key the focused screen receives. */
    public void key(char c, long atMillis) {
        keys.add(new KeyStroke(c, atMillis));
    }

    @Override
    protected void runSource() {
        emitStatus(new SourceStatus.Connected(id(), clock.instant(), "Keyboard scanner ready"));
        while (!stopRequested()) {
            try {
                KeyStroke k = keys.poll(idleMillis, TimeUnit.MILLISECONDS);
                handle(k == null ? detector.idle(nowMillis.getAsLong()) : detector.key(k.c(), k.atMillis()));
            } catch (InterruptedException e) {
                // stop() interrupts; the loop condition decides.
            } catch (RuntimeException e) {
                emitError(ScanProblem.LISTENER_FAILED, "Typed keys could not be handed back - check the screen");
            }
        }
        emitStatus(new SourceStatus.Disconnected(id(), clock.instant(), "Keyboard scanner stopped", false));
    }

    private void handle(List<WedgeResult> results) {
        for (WedgeResult r : results) {
            if (r instanceof WedgeResult.Scanned) {
                emitScan(Scan.fromText(((WedgeResult.Scanned) r).text(), StandardCharsets.UTF_8, id(), clock.instant()));
            } else if (r instanceof WedgeResult.Typed) {
                typedKeys.accept(((WedgeResult.Typed) r).text());
            } else {
                WedgeResult.Incomplete incomplete = (WedgeResult.Incomplete) r;
                emitError(ScanProblem.INCOMPLETE_FRAME, incomplete.reason() == WedgeResult.Reason.NO_TERMINATOR
                        ? "The scanner typed a code without Enter at the end - scan again; if it keeps happening, set the scanner to add Enter"
                        : "A scan was cut short - scan again");
            }
        }
    }
}
