package org.coiedge.scanner.serial.emulator;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.scanner.ScanSourceListener;
import org.coiedge.core.scanner.SourceStatus;
import org.coiedge.scanner.serial.SerialScanSource;
import org.coiedge.scanner.serial.SerialSettings;

/**
 * Measures the time from writing a scan's terminator into an emulated scanner (a pseudo-terminal)
 * to the {@link Scan} reaching a listener of a real {@link SerialScanSource}.
 */
public final class SerialLatencyProbe {
    private SerialLatencyProbe() {
    }

    /** Latencies of {@code scans} scans in milliseconds, sorted; throws if a scan does not arrive within 5 s. */
    public static double[] measure(int scans) throws IOException, InterruptedException {
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        BlockingQueue<SourceStatus> statuses = new LinkedBlockingQueue<>();
        try (PseudoTerminal pty = PseudoTerminal.open();
             SerialScanSource source = new SerialScanSource(SerialSettings.of(pty.slave().toString()))) {
            source.addListener(new ScanSourceListener() {
                @Override
                public void onScan(Scan scan) {
                    arrivals.add(System.nanoTime());
                }

                @Override
                public void onStatus(SourceStatus status) {
                    statuses.add(status);
                }
            });
            source.start();
            SourceStatus first = statuses.poll(5, TimeUnit.SECONDS);
            if (!(first instanceof SourceStatus.Connected)) {
                throw new IOException("the emulated scanner did not connect: " + first);
            }
            double[] millis = new double[scans];
            for (int i = 0; i < scans; i++) {
                long sent = System.nanoTime();
                pty.write(String.format("=A9999%02d%06d00\r", 26, i));
                Long arrived = arrivals.poll(5, TimeUnit.SECONDS);
                if (arrived == null) {
                    throw new IOException("scan " + i + " did not arrive within 5 s");
                }
                millis[i] = (arrived - sent) / 1e6;
            }
            Arrays.sort(millis);
            return millis;
        }
    }
}
