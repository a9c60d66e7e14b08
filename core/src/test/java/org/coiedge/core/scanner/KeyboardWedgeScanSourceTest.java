package org.coiedge.core.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyboardWedgeScanSourceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private final AtomicLong now = new AtomicLong(1_000);
    private final BlockingQueue<String> typed = new LinkedBlockingQueue<>();
    private final BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
    private final BlockingQueue<SourceStatus> statuses = new LinkedBlockingQueue<>();
    private final KeyboardWedgeScanSource source =
            new KeyboardWedgeScanSource("wedge:kiosk", WedgeSettings.defaults(), typed::add, CLOCK, now::get);

    KeyboardWedgeScanSourceTest() {
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
        source.start();
    }

    @AfterEach
    void stop() {
        source.stop();
    }

    private void type(String text, long start, long gap) {
        for (int i = 0; i < text.length(); i++) {
            source.key(text.charAt(i), start + gap * i);
        }
    }

    @Test
    void scannerBurstBecomesAScanOnTheSourcesThreadWithItsSymbology() throws Exception {
        type("]C0=A99992612345600\r", 1_000, 5);

        Scan scan = scans.poll(5, TimeUnit.SECONDS);
        assertThat(scan).isNotNull();
        assertThat(scan.text()).isEqualTo("]C0=A99992612345600");
        assertThat(scan.sourceId()).isEqualTo("wedge:kiosk");
        assertThat(scan.symbology()).isPresent();
        assertThat(typed).isEmpty();
    }

    @Test
    void personsKeysAreGivenBackOnceTypingStops() throws Exception {
        type("ok", 1_000, 200);
        now.set(1_500);

        assertThat(typed.poll(5, TimeUnit.SECONDS)).isEqualTo("o");
        assertThat(typed.poll(5, TimeUnit.SECONDS)).isEqualTo("k");
        assertThat(scans).isEmpty();
    }

    @Test
    void burstWithoutEnterIsReportedSoThePersonScansAgain() throws Exception {
        type("=A99992612345600", 1_000, 5);
        now.set(2_000);

        SourceStatus s;
        do {
            s = statuses.poll(5, TimeUnit.SECONDS);
        } while (s != null && !(s instanceof SourceStatus.Error));
        assertThat(s).isInstanceOfSatisfying(SourceStatus.Error.class, e -> {
            assertThat(e.problem()).isEqualTo(ScanProblem.INCOMPLETE_FRAME);
            assertThat(e.message()).contains("without Enter");
        });
        assertThat(scans).isEmpty();
    }
}
