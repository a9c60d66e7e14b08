package org.coiedge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scan-image run in-process on images the test renders. */
class ScanImageCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, List<JsonNode> lines) {
    }

    private static Run run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CoiEdgeCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                lines.add(JSON.readTree(l));
            }
        }
        return new Run(exit, lines);
    }

    private Path png(String name, BarcodeFormat format, String contents, int w, int h) throws Exception {
        BitMatrix m = new MultiFormatWriter().encode(contents, format, w, h);
        BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(x, y, m.get(x, y) ? 0 : 0xFFFFFF);
            }
        }
        Path file = dir.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void eachImageGivesOneLineWithFileSymbolsAndMillis() throws Exception {
        Path din = png("din.png", BarcodeFormat.CODE_128, "=A99992612345600", 600, 150);
        Path dm = png("dm.png", BarcodeFormat.DATA_MATRIX, "=<E0001V00", 240, 240);

        Run r = run("", "scan-image", din.toString(), dm.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(2);
        JsonNode first = r.lines().get(0);
        assertThat(first.get("file").asText()).isEqualTo(din.toString());
        assertThat(first.get("symbols")).hasSize(1);
        assertThat(first.get("symbols").get(0).get("format").asText()).isEqualTo("CODE_128");
        assertThat(first.get("symbols").get(0).get("text").asText()).isEqualTo("]C0=A99992612345600");
        assertThat(first.get("millis").isNumber()).isTrue();
        assertThat(r.lines().get(1).get("symbols").get(0).get("text").asText()).isEqualTo("]d1=<E0001V00");
    }

    @Test
    void stdinGivesOnePathPerLine() throws Exception {
        Path qr = png("qr.png", BarcodeFormat.QR_CODE, "hello", 200, 200);

        Run r = run(qr + "\n\n" + qr + "\n", "scan-image", "--stdin");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).extracting(l -> l.get("symbols").get(0).get("text").asText()).containsExactly("]Q1hello", "]Q1hello");
    }

    @Test
    void missingFileAndNonImageAreNamedAndTheExitCodeSaysSo() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not an image");
        Path qr = png("qr.png", BarcodeFormat.QR_CODE, "hello", 200, 200);

        Run r = run("", "scan-image", dir.resolve("gone.png").toString(), text.toString(), qr.toString());

        assertThat(r.exit()).isEqualTo(ScanImageCommand.EXIT_NOT_READ);
        assertThat(r.lines().get(0).get("error").asText()).isEqualTo("no such file - check the path");
        assertThat(r.lines().get(1).get("error").asText()).startsWith("not an image");
        assertThat(r.lines().get(2).get("symbols")).hasSize(1);
    }

    @Test
    void imageWithoutSymbolsHasAnEmptyListAndExitTwo() throws Exception {
        BufferedImage white = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        white.getGraphics().fillRect(0, 0, 320, 240);
        Path file = dir.resolve("white.png");
        ImageIO.write(white, "png", file.toFile());

        Run r = run("", "scan-image", file.toString());

        assertThat(r.exit()).isEqualTo(ScanImageCommand.EXIT_NOT_READ);
        assertThat(r.lines().get(0).get("symbols")).isEmpty();
    }

    @Test
    void noFileAndNoStdinIsAUsageError() throws Exception {
        assertThat(run("", "scan-image").exit()).isEqualTo(CoiEdgeCommand.EXIT_USAGE);
    }
}
