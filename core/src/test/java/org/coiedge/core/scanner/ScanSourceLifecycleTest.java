package org.coiedge.core.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScanSourceLifecycleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    /** A source that emits whatever is put into its queue, on its own thread. */
    static final class QueueSource extends AbstractScanSource {
        final BlockingQueue<String> input = new LinkedBlockingQueue<>();
        volatile String threadName;

        QueueSource() {
            super("test:queue", CLOCK);
        }

        @Override
        protected void runSource() {
            threadName = Thread.currentThread().getName();
            emitStatus(new SourceStatus.Connected(id(), clock.instant(), "ready"));
            while (!stopRequested()) {
                try {
                    String s = input.poll(5, TimeUnit.SECONDS);
                    if (s != null) {
                        emitScan(Scan.fromText(s, StandardCharsets.ISO_8859_1, id(), clock.instant()));
                    }
                } catch (InterruptedException e) {
                    // stop() interrupts; the loop condition decides.
                }
            }
        }

        @Override
        protected void wakeUp() {
        }
    }

    @Test
    void scansArriveOnTheSourcesOwnNamedThreadAndStopEndsIt() throws Exception {
        QueueSource source = new QueueSource();
        BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
        BlockingQueue<String> threads = new LinkedBlockingQueue<>();
        source.addListener(scan -> {
            scans.add(scan);
            threads.add(Thread.currentThread().getName());
        });
        source.start();
        source.start();
        source.input.add("]C0ABC");

        Scan scan = scans.poll(5, TimeUnit.SECONDS);
        assertThat(scan).isNotNull();
        assertThat(scan.symbology()).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("]C0"));
        assertThat(threads.poll(5, TimeUnit.SECONDS)).isEqualTo("scan-source-test:queue");
        assertThat(source.isRunning()).isTrue();

        source.stop();
        assertThat(source.isRunning()).isFalse();
        source.stop();
    }

    @Test
    void listenerThatThrowsIsReportedToTheOthersAndScansKeepComing() throws Exception {
        QueueSource source = new QueueSource();
        BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
        BlockingQueue<SourceStatus> statuses = new LinkedBlockingQueue<>();
        source.addListener(scan -> {
            throw new IllegalStateException("broken screen");
        });
        source.addListener(new ScanSourceListener() {
            @Override
            public void onScan(Scan scan) {
                scans.add(scan);
            }

            @Override
            public void onStatus(SourceStatus status) {
                statuses.add(status);
            }
        });
        try (source) {
            source.start();
            source.input.add("one");
            source.input.add("two");

            assertThat(scans.poll(5, TimeUnit.SECONDS).text()).isEqualTo("one");
            assertThat(scans.poll(5, TimeUnit.SECONDS).text()).isEqualTo("two");
            assertThat(statuses.poll(5, TimeUnit.SECONDS)).isInstanceOf(SourceStatus.Connected.class);
            SourceStatus error = statuses.poll(5, TimeUnit.SECONDS);
            assertThat(error).isInstanceOfSatisfying(SourceStatus.Error.class,
                    e -> assertThat(e.problem()).isEqualTo(ScanProblem.LISTENER_FAILED));
        }
    }

    @Test
    void scanKeepsExactBytesAndCopiesThem() {
        byte[] raw = {']', 'd', '2', '0', '1', 0x1D, '2', '1', (byte) 0xE9};
        Scan scan = Scan.fromBytes(raw, StandardCharsets.ISO_8859_1, "s", CLOCK.instant());
        raw[0] = 'X';
        byte[] out = scan.bytes();
        out[1] = 'X';

        assertThat(scan.bytes()).containsExactly(']', 'd', '2', '0', '1', 0x1D, '2', '1', (byte) 0xE9);
        assertThat(scan.text()).isEqualTo("]d201\u001D21\u00E9");
        assertThat(scan.symbology()).hasValueSatisfying(s -> assertThat(s.isGs1()).isTrue());
        assertThat(scan.toString()).contains("]d201<GS>21");
        assertThat(scan).isEqualTo(Scan.fromBytes(scan.bytes(), StandardCharsets.ISO_8859_1, "s", CLOCK.instant()));
    }
}
