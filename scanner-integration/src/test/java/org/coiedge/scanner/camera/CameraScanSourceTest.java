package org.coiedge.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.scanner.ScanProblem;
import org.coiedge.core.scanner.ScanSourceListener;
import org.coiedge.core.scanner.SourceStatus;
import org.coiedge.scanner.image.DecodedSymbol;
import org.coiedge.scanner.image.ImageDecoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The camera pipeline fed by a fake camera playing rendered labels. */
class CameraScanSourceTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
    private final BlockingQueue<SourceStatus> statuses = new LinkedBlockingQueue<>();
    private CameraScanSource source;

    private static BufferedImage image(BarcodeFormat format, String text, int w, int h) throws Exception {
        BitMatrix m = new MultiFormatWriter().encode(text, format, w, h);
        BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(x, y, m.get(x, y) ? 0 : 0xFFFFFF);
            }
        }
        return img;
    }

    private static BufferedImage blank() {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillRect(0, 0, 320, 240);
        return img;
    }

    private void start(PlayingGrabber grabber, CameraSettings settings) {
        source = new CameraScanSource(grabber, settings, new ImageDecoder(), Clock.systemUTC());
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

    private Scan nextScan() throws InterruptedException {
        Scan s = scans.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(s).as("a scan within " + DEADLINE).isNotNull();
        return s;
    }

    private <T extends SourceStatus> T awaitStatus(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            SourceStatus s = statuses.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (type.isInstance(s)) {
                return type.cast(s);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + DEADLINE);
    }

    @AfterEach
    void stop() {
        if (source != null) {
            source.stop();
        }
    }

    @Test
    void labelHeldInFrontOfTheCameraIsOneScanNotOnePerFrame() throws Exception {
        PlayingGrabber cam = new PlayingGrabber(List.of(image(BarcodeFormat.CODE_128, "=A99992612345600", 500, 120)));
        start(cam, CameraSettings.defaults().withDecodeInterval(Duration.ofMillis(10)).withRepeatWindow(Duration.ofHours(1)));

        Scan scan = nextScan();
        assertThat(scan.text()).isEqualTo("]C0=A99992612345600");
        assertThat(scan.sourceId()).isEqualTo("camera:fake-cam");
        // Keep decoding the same label for a while: no second scan may come.
        long decodedBefore = source.frameCounts()[1];
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (source.frameCounts()[1] < decodedBefore + 10 && System.nanoTime() < deadline) {
            assertThat(scans.poll(20, TimeUnit.MILLISECONDS)).isNull();
        }
        assertThat(source.frameCounts()[1]).isGreaterThanOrEqualTo(decodedBefore + 10);
        assertThat(scans).isEmpty();
    }

    @Test
    void symbolSeenAgainAfterTheRepeatWindowIsANewScan() throws Exception {
        BufferedImage label = image(BarcodeFormat.DATA_MATRIX, "=<E0001V00", 200, 200);
        PlayingGrabber cam = new PlayingGrabber(List.of(label));
        start(cam, CameraSettings.defaults().withDecodeInterval(Duration.ofMillis(10)).withRepeatWindow(Duration.ofMillis(100)));
        assertThat(nextScan().text()).isEqualTo("]d1=<E0001V00");

        cam.play(List.of(blank()));
        long decoded = source.frameCounts()[1];
        long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
        // Let the camera see nothing for longer than the window (frames keep being decoded meanwhile).
        while (System.nanoTime() < until || source.frameCounts()[1] < decoded + 3) {
            assertThat(scans.poll(10, TimeUnit.MILLISECONDS)).isNull();
        }
        cam.play(List.of(label));

        assertThat(nextScan().text()).isEqualTo("]d1=<E0001V00");
    }

    @Test
    void framesArriveFasterThanTheDecodeRateAndTheLatestWins() throws Exception {
        PlayingGrabber cam = new PlayingGrabber(List.of(image(BarcodeFormat.QR_CODE, "latest", 200, 200)));
        start(cam, CameraSettings.defaults().withDecodeInterval(Duration.ofMillis(100)));
        nextScan();
        long started = System.nanoTime();
        long[] counts;
        do {
            counts = source.frameCounts();
        } while (counts[0] < 100 && System.nanoTime() - started < DEADLINE.toNanos() && scans.poll(5, TimeUnit.MILLISECONDS) == null);

        long elapsedMs = (System.nanoTime() - started) / 1_000_000L;
        assertThat(counts[0]).isGreaterThanOrEqualTo(100);
        // At most one decode per 100 ms (plus the first and one in flight).
        assertThat(counts[1]).isLessThanOrEqualTo(elapsedMs / 100 + 3);
    }

    @Test
    void symbolListenerGetsCornersForTheOverlay() throws Exception {
        PlayingGrabber cam = new PlayingGrabber(List.of(image(BarcodeFormat.QR_CODE, "overlay", 200, 200)));
        BlockingQueue<List<DecodedSymbol>> frames = new LinkedBlockingQueue<>();
        source = new CameraScanSource(cam, CameraSettings.defaults(), new ImageDecoder(), Clock.systemUTC());
        source.addSymbolListener(frames::add);
        source.start();

        List<DecodedSymbol> symbols = frames.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(symbols).hasSize(1);
        assertThat(symbols.get(0).corners()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void busyThenUnpluggedCameraIsReportedAndScanningResumesByItself() throws Exception {
        PlayingGrabber cam = new PlayingGrabber(List.of(image(BarcodeFormat.CODE_128, "=A99992612345600", 500, 120)));
        cam.busyOpens.set(2);
        cam.unplugAfterFrames.set(5);
        start(cam, CameraSettings.defaults().withDecodeInterval(Duration.ofMillis(1)).withRepeatWindow(Duration.ZERO)
                .withReconnect(Duration.ofMillis(10), Duration.ofMillis(50)));

        SourceStatus.Error busy = awaitStatus(SourceStatus.Error.class);
        assertThat(busy.problem()).isEqualTo(ScanProblem.DEVICE_BUSY);
        awaitStatus(SourceStatus.Connected.class);
        SourceStatus.Disconnected lost = awaitStatus(SourceStatus.Disconnected.class);
        assertThat(lost.willReconnect()).isTrue();
        assertThat(lost.message()).contains("disconnected - check the cable; reconnecting");
        awaitStatus(SourceStatus.Connected.class);
        scans.clear();

        assertThat(nextScan().text()).isEqualTo("]C0=A99992612345600");
        assertThat(cam.opens.get()).isEqualTo(2);
    }
}
