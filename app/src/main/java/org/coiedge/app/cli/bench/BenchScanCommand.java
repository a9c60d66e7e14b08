package org.coiedge.app.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.coiedge.scanner.image.DecodedSymbol;
import org.coiedge.scanner.image.ImageDecoder;
import org.coiedge.scanner.image.corpus.LabelCorpus;
import org.coiedge.scanner.serial.emulator.SerialLatencyProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge bench scan}: per-frame decode time (median, p95) and full-read rate on the
 * generated degraded label corpus, for the coi-edge decoder and for plain ZXing
 * ({@code MultiFormatReader} defaults, multiple symbols), side by side. A frame counts as read
 * only when every symbol on it is; and the serial terminator-to-event latency through an emulated
 * scanner on a pseudo-terminal. Each decoder first decodes the whole corpus once untimed (the JIT
 * compiles the hot paths, as it has in a kiosk that has been running), then once timed.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Benchmark barcode decoding on generated degraded ISBT 128 label frames and print JSON.")
public final class BenchScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--per-kind", defaultValue = "20", paramLabel = "N",
            description = "Frames per degradation kind (8 kinds; default 20).")
    int perKind;

    @Option(names = "--seed", defaultValue = "128", paramLabel = "N", description = "Corpus seed (default 128).")
    long seed;

    @Option(names = "--serial-scans", defaultValue = "200", paramLabel = "N",
            description = "Scans sent through an emulated serial scanner for the latency figure (default 200).")
    int scans;

    @Override
    public Integer call() throws Exception {
        spec.commandLine().getErr().println("generating " + perKind * LabelCorpus.KINDS.size() + " frames at 1280x720");
        List<LabelCorpus.Frame> corpus = LabelCorpus.generate(perKind, seed);
        ImageDecoder decoder = new ImageDecoder();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("machine", Map.of("cpus", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")));
        out.put("frames", corpus.size());
        // A frame with part of a symbol outside the picture cannot be read fully by any decoder.
        out.put("framesWithASymbolOutOfView", corpus.stream().filter(f -> !f.inView()).count());
        Function<BufferedImage, List<String>> ours = img -> decoder.decode(img).stream().map(DecodedSymbol::text).toList();
        warmUp(corpus, ours);
        warmUp(corpus, BenchScanCommand::plain);
        out.put("coiEdge", measure(corpus, ours));
        out.put("plainZxing", measure(corpus, BenchScanCommand::plain));
        out.put("targets", Map.of("readRate", 0.95, "medianMillis", 33));
        out.put("serialLatency", serialLatency());
        spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }

    private static void warmUp(List<LabelCorpus.Frame> corpus, Function<BufferedImage, List<String>> decode) {
        for (LabelCorpus.Frame f : corpus) {
            decode.apply(f.image());
        }
    }

    private static Map<String, Object> measure(List<LabelCorpus.Frame> corpus, Function<BufferedImage, List<String>> decode) {
        List<Double> millis = new ArrayList<>();
        Map<String, int[]> byKind = new LinkedHashMap<>();
        Map<String, List<Double>> millisByKind = new LinkedHashMap<>();
        int read = 0;
        int wrong = 0;
        for (LabelCorpus.Frame f : corpus) {
            long t = System.nanoTime();
            List<String> texts = decode.apply(f.image());
            double ms = (System.nanoTime() - t) / 1e6;
            millis.add(ms);
            millisByKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(ms);
            boolean full = texts.containsAll(f.expected());
            read += full ? 1 : 0;
            wrong += (int) texts.stream().filter(text -> !f.expected().contains(text)).count();
            int[] c = byKind.computeIfAbsent(f.kind(), k -> new int[2]);
            c[0] += full ? 1 : 0;
            c[1]++;
        }
        millis.sort(null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullyRead", read);
        m.put("wrongTexts", wrong);
        m.put("readRate", Math.round(1000.0 * read / corpus.size()) / 1000.0);
        m.put("medianMillis", round(millis.get(millis.size() / 2)));
        m.put("p95Millis", round(millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.95) - 1))));
        Map<String, String> kinds = new LinkedHashMap<>();
        byKind.forEach((k, c) -> kinds.put(k, c[0] + "/" + c[1]));
        m.put("byKind", kinds);
        Map<String, Double> medians = new LinkedHashMap<>();
        millisByKind.forEach((k, list) -> {
            list.sort(null);
            medians.put(k, round(list.get(list.size() / 2)));
        });
        m.put("medianMillisByKind", medians);
        return m;
    }

    /** Plain ZXing: MultiFormatReader with default hints, asked for every symbol. */
    private static List<String> plain(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, img.getRGB(0, 0, w, h, null, 0, w))));
        List<String> texts = new ArrayList<>();
        try {
            for (Result r : new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap)) {
                Object aim = r.getResultMetadata() == null ? null : r.getResultMetadata().get(com.google.zxing.ResultMetadataType.SYMBOLOGY_IDENTIFIER);
                texts.add(aim == null || r.getText().startsWith(aim.toString()) ? r.getText() : aim + r.getText());
            }
        } catch (NotFoundException e) {
            // No symbol at all: an empty list.
        }
        return texts;
    }

    /** Terminator-to-event latency through a pseudo-terminal and the real jssc source; Linux only. */
    private Object serialLatency() {
        try {
            double[] ms = SerialLatencyProbe.measure(scans);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scans", scans);
            m.put("medianMillis", round(ms[ms.length / 2]));
            m.put("p95Millis", round(ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.95) - 1)]));
            m.put("maxMillis", round(ms[ms.length - 1]));
            return m;
        } catch (Exception | LinkageError e) {
            return Map.of("error", "not measured: " + e.getMessage());
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
