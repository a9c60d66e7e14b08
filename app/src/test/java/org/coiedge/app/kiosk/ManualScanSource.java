package org.coiedge.app.kiosk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.coiedge.core.scanner.AbstractScanSource;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.scanner.SourceStatus;

/** A scanner for tests: {@link #scan} delivers a scan on the source's own thread, as a real one does. */
public final class ManualScanSource extends AbstractScanSource {
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

    public ManualScanSource(String id, Clock clock) {
        super(id, clock);
    }

    public void scan(String text) {
        queue.add(text);
    }

    @Override
    protected void runSource() {
        emitStatus(new SourceStatus.Connected(id(), clock.instant(), "Test scanner ready"));
        while (!stopRequested()) {
            try {
                String t = queue.poll(20, TimeUnit.MILLISECONDS);
                if (t != null) {
                    emitScan(Scan.fromText(t, StandardCharsets.UTF_8, id(), clock.instant()));
                }
            } catch (InterruptedException e) {
                // stop() interrupts; the loop condition decides.
            }
        }
        emitStatus(new SourceStatus.Disconnected(id(), clock.instant(), "Test scanner stopped", false));
    }
}
