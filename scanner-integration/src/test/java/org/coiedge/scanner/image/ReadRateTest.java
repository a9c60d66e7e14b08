package org.coiedge.scanner.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coiedge.scanner.image.corpus.LabelCorpus;
import org.junit.jupiter.api.Test;

/**
 * Read rate of {@link ImageDecoder} on the generated, degraded label corpus: a frame counts as
 * read only when both symbols are read exactly. The floor is what the decoder measurably does
 * today, so a regression fails; the target (95%, median under 33 ms) is not met yet.
 * {@code -DargLine=-Dreadrate.verbose=1} names each frame missed.
 */
class ReadRateTest {
    @Test
    void decoderReadsAtLeastTheMeasuredShareOfDegradedFramesFully() throws Exception {
        List<LabelCorpus.Frame> corpus = LabelCorpus.generate(4, 128);
        ImageDecoder decoder = new ImageDecoder();
        Map<String, int[]> byKind = new LinkedHashMap<>();
        List<Double> millis = new ArrayList<>();
        int read = 0;
        for (LabelCorpus.Frame f : corpus) {
            long t = System.nanoTime();
            List<String> texts = decoder.decode(f.image()).stream().map(DecodedSymbol::text).toList();
            millis.add((System.nanoTime() - t) / 1e6);
            boolean full = texts.containsAll(f.expected());
            if (!full && System.getProperty("readrate.verbose") != null) {
                System.out.println("[ReadRateTest] " + f.name() + " missed " + f.expected().stream().filter(e -> !texts.contains(e)).map(e -> e.substring(0, 3)).toList() + " got " + texts.size());
            }
            read += full ? 1 : 0;
            int[] c = byKind.computeIfAbsent(f.name().substring(0, f.name().lastIndexOf('-')), k -> new int[2]);
            c[0] += full ? 1 : 0;
            c[1]++;
        }
        Collections.sort(millis);
        StringBuilder report = new StringBuilder("read " + read + "/" + corpus.size() + "; median "
                + String.format("%.1f", millis.get(millis.size() / 2)) + " ms; by kind:");
        byKind.forEach((k, c) -> report.append(' ').append(k).append(' ').append(c[0]).append('/').append(c[1]));
        System.out.println("[ReadRateTest] " + report);

        // Measured 17/28 (clean, low contrast, glare all read; heavy noise and 1-pixel-module symbols none).
        assertThat(read).as(report.toString()).isGreaterThanOrEqualTo(16);
    }
}
