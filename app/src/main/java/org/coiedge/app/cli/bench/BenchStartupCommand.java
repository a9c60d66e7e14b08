package org.coiedge.app.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.coiedge.app.Main;
import org.coiedge.app.kiosk.KioskApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge bench startup}: JVM start to an interactive kiosk (the sign-in screen laid out and
 * the FX thread idle), in fresh JVMs, under the display it finds or else Monocle's headless virtual
 * display. The first start also creates the demo data; later starts reuse it. Baseline in the same
 * run: a JVM that starts the command line and prints the version. The figure a native image must beat.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Time from JVM start to an interactive kiosk, beside `coi-edge --version` as a baseline.")
public final class BenchStartupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", description = "Warm starts to time after the first (default 5).")
    int runs;

    @Option(names = "--jar", paramLabel = "FILE", description = "The coi-edge jar to start (default: this one).")
    Path jar;

    @Option(names = "--headless", description = "Use Monocle's headless display even when DISPLAY is set.")
    boolean headless;

    @Option(names = "--timeout-seconds", defaultValue = "120", description = "Give up on a start after this long.")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Path target = jar != null ? jar : Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        boolean display = !headless && System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        Path data = Files.createTempDirectory("coi-edge-bench-startup");
        try {
            long cold = kiosk(target, data, display);
            List<Long> warm = new ArrayList<>();
            List<Long> base = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs); i++) {
                warm.add(kiosk(target, data, display));
                base.add(version(target));
            }
            ObjectNode out = new ObjectMapper().createObjectNode();
            out.put("display", display ? "DISPLAY=" + System.getenv("DISPLAY") : "monocle-headless");
            out.put("firstStartMs", cold);
            out.put("warmStartMedianMs", median(warm));
            out.put("warmStartMaxMs", warm.stream().mapToLong(Long::longValue).max().orElse(0));
            out.put("baselineVersionMedianMs", median(base));
            out.put("ratioKioskToBaseline", Math.round(100.0 * median(warm) / Math.max(1, median(base))) / 100.0);
            out.put("runs", warm.size());
            spec.commandLine().getOut().println(out);
            return 0;
        } finally {
            deleteTree(data);
        }
    }

    private static List<String> java() {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    }

    /** Wall time from process start to the kiosk's ready line. */
    private long kiosk(Path target, Path data, boolean display) throws IOException, InterruptedException {
        List<String> cmd = java();
        if (!display) {
            cmd.addAll(Arrays.asList("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dprism.text=t2k"));
        }
        cmd.addAll(Arrays.asList("-D" + KioskApp.READY_PROPERTY + "=true", "-Dcoiedge.data=" + data, "-jar",
                target.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("COIEDGE_CONFIG");
        long start = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(KioskApp.READY_LINE)) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
                seen.append(line).append('\n');
                if (seen.length() > 20_000) {
                    seen.delete(0, 10_000);
                }
            }
            throw new IOException("the kiosk exited (" + p.waitFor() + ") before it was ready: " + seen.toString().strip());
        } finally {
            p.destroy();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private long version(Path target) throws IOException, InterruptedException {
        List<String> cmd = java();
        cmd.addAll(Arrays.asList("-jar", target.toString(), "--version"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("coi-edge --version did not finish cleanly");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
