package org.coiedge.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.coiedge.core.scanner.ScanProblem;
import org.coiedge.core.scanner.SourceStatus;
import org.coiedge.scanner.image.DecodedSymbol;
import org.coiedge.scanner.image.ImageDecoder;
import org.coiedge.scanner.image.corpus.Symbols;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame-dump debug option, with a fake camera playing a label. */
class CameraFrameDumpTest {
    private static final long DEADLINE_MS = 10_000;

    @TempDir
    Path dir;

    private CameraScanSource source;
    private final BlockingQueue<List<DecodedSymbol>> decoded = new LinkedBlockingQueue<>();
    private final BlockingQueue<SourceStatus> statuses = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        if (source != null) {
            source.stop();
        }
    }

    private void runUntilDecoded(FrameDump dump, int frames) throws Exception {
        BufferedImage label = Symbols.render(BarcodeFormat.CODE_128, "=A99992612345600", 500, 120);
        source = new CameraScanSource(new PlayingGrabber(List.of(label)),
                CameraSettings.defaults().withDecodeInterval(Duration.ofMillis(1)).withFrameDump(dump), new ImageDecoder(), Clock.systemUTC());
        source.addSymbolListener(decoded::add);
        source.addListener(new org.coiedge.core.scanner.ScanSourceListener() {
            @Override
            public void onScan(org.coiedge.core.scanner.Scan scan) {
            }

            @Override
            public void onStatus(SourceStatus status) {
                statuses.add(status);
            }
        });
        source.start();
        for (int i = 0; i < frames; i++) {
            assertThat(decoded.poll(DEADLINE_MS, TimeUnit.MILLISECONDS)).as("decoded frame " + (i + 1)).isNotNull();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void dumpIsOffByDefault() {
        assertThat(CameraSettings.defaults().frameDump().on()).isFalse();
        assertThat(FrameDump.fromProperties(new Properties()).on()).isFalse();
    }

    @Test
    void withTheDumpOffNoFrameIsWrittenEvenWithAFolderNamed() throws Exception {
        runUntilDecoded(new FrameDump(dir.resolve("frames"), 0), 5);

        assertThat(source.framesDumped()).isZero();
        assertThat(files()).isEmpty();
        assertThat(dir.resolve("frames")).doesNotExist();
    }

    @Test
    void withTheDumpOnDecodedFramesAreWrittenUpToTheLimit() throws Exception {
        Path folder = dir.resolve("dump");
        runUntilDecoded(FrameDump.to(folder, 3), 8);

        List<Path> written = files();
        assertThat(written).hasSize(3).allMatch(p -> p.getParent().equals(folder) && p.getFileName().toString().endsWith("-1sym.png"));
        // What was written is the frame as the camera gave it: it still reads.
        BufferedImage frame = ImageIO.read(written.get(0).toFile());
        assertThat(new ImageDecoder().decode(frame)).extracting(DecodedSymbol::text).containsExactly("]C0=A99992612345600");
        assertThat(source.framesDumped()).isEqualTo(3);
    }

    @Test
    void aDumpFolderThatCannotBeWrittenIsReportedOnceAndScanningGoesOn() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("occupied"), "a file where the folder should be");
        runUntilDecoded(FrameDump.to(notAFolder.resolve("frames"), 5), 3);

        SourceStatus.Error error = null;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MS);
        while (error == null && System.nanoTime() < deadline) {
            SourceStatus s = statuses.poll(100, TimeUnit.MILLISECONDS);
            error = s instanceof SourceStatus.Error ? (SourceStatus.Error) s : null;
        }
        assertThat(error).isNotNull();
        assertThat(error.problem()).isEqualTo(ScanProblem.SETTINGS_REJECTED);
        assertThat(error.message()).contains("frame dump").contains("scanning goes on");
        assertThat(decoded.poll(DEADLINE_MS, TimeUnit.MILLISECONDS)).isNotNull();
        assertThat(source.framesDumped()).isZero();
    }

    @Test
    void dumpIsReadFromConfigurationKeys() {
        Properties config = new Properties();
        config.setProperty(FrameDump.FOLDER_KEY, dir.toString());
        assertThat(FrameDump.fromProperties(config)).isEqualTo(FrameDump.to(dir, FrameDump.DEFAULT_MAX));

        config.setProperty(FrameDump.MAX_KEY, " 7 ");
        assertThat(FrameDump.fromProperties(config)).isEqualTo(FrameDump.to(dir, 7));

        config.setProperty(FrameDump.MAX_KEY, "many");
        assertThatThrownBy(() -> FrameDump.fromProperties(config)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(FrameDump.MAX_KEY);
    }
}
