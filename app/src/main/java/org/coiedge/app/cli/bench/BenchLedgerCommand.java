package org.coiedge.app.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coiedge.app.cli.ledger.LedgerExport;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.ledger.Verification;
import org.coiedge.ledger.SqliteLedger;
import org.coiedge.ledger.internal.Baseline;
import org.coiedge.ledger.keys.DeviceKeyStore;
import org.coiedge.ledger.synthetic.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge bench ledger}: durable appends per second against plain single-row SQLite commits
 * with the same pragmas in the same run, chain verification speed, and the time to export one COI
 * from a ledger of {@code --events} events. Progress goes to standard error, figures to standard output.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Benchmark the custody ledger against plain SQLite and print the figures as JSON.")
public final class BenchLedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "1000000", paramLabel = "N",
            description = "Size of the ledger the export is timed on (default 1,000,000).")
    int events;

    @Option(names = "--appends", defaultValue = "2000", paramLabel = "N",
            description = "Appends timed for the ledger and for the baseline (default 2,000).")
    int appends;

    @Option(names = "--threads", defaultValue = "4", paramLabel = "N",
            description = "Concurrent appenders for the group-commit figure (default 4).")
    int threads;

    @Option(names = "--dir", paramLabel = "DIR", description = "Working folder (default: a new temporary folder).")
    Path dir;

    private PrintWriter progress;

    @Override
    public Integer call() throws Exception {
        progress = spec.commandLine().getErr();
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("coi-edge-bench");
        // One device key per bench folder, so a reused --dir keeps its big export ledger; the
        // timed ledgers are made new on every run.
        DeviceSigner signer = DeviceKeyStore.openOrCreate(work.resolve("bench.device.p12"), "coi-edge-bench".toCharArray());
        for (String old : new String[] {"baseline-warmup.db", "baseline.db", "appends.db"}) {
            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                Files.deleteIfExists(work.resolve(old + suffix));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("machine", Map.of("cpus", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "dir", work.toString()));

        // Both sides get the same untimed warm-up (JIT, SQLite, file system) before they are measured.
        say("baseline: " + WARMUP + " warm-up, then " + appends + " plain single-row SQLite commits (WAL, synchronous=FULL)");
        Baseline.singleRowCommitsPerSecond(work.resolve("baseline-warmup.db"), WARMUP, 1024);
        double baseline = Baseline.singleRowCommitsPerSecond(work.resolve("baseline.db"), appends, 1024);
        Path appendDb = work.resolve("appends.db");
        double single;
        double concurrent;
        Verification v;
        long verifyNanos;
        Verification vFast;
        long fastNanos;
        try (SqliteLedger ledger = SqliteLedger.open(appendDb, signer, Clock.systemUTC())) {
            say("ledger: " + WARMUP + " warm-up appends, then " + appends + " appends from one thread");
            SyntheticEvents gen = new SyntheticEvents(signer.deviceId(), 8, Instant.now());
            for (int i = 0; i < WARMUP; i++) {
                gen.recorded(ledger.append(gen.next()));
            }
            long t = System.nanoTime();
            for (int i = 0; i < appends; i++) {
                gen.recorded(ledger.append(gen.next()));
            }
            single = appends / ((System.nanoTime() - t) / 1e9);
            say("ledger: " + appends + " appends from " + threads + " threads (group commit)");
            concurrent = concurrentAppends(ledger, signer.deviceId());
            say("verify: " + ledger.size() + " events");
            t = System.nanoTime();
            v = ledger.verify();
            verifyNanos = System.nanoTime() - t;
            t = System.nanoTime();
            vFast = ledger.verifyHeadSignature();
            fastNanos = System.nanoTime() - t;
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("appendsTimed", appends);
        a.put("warmupPerSide", WARMUP);
        a.put("baselinePlainSqliteCommitsPerSecond", round(baseline));
        a.put("ledgerAppendsPerSecondOneThread", round(single));
        a.put("ratioOneThread", round2(single / baseline));
        a.put("ledgerAppendsPerSecondConcurrent", round(concurrent));
        a.put("concurrentThreads", threads);
        a.put("ratioConcurrent", round2(concurrent / baseline));
        a.put("target", "ratio >= 0.5");
        out.put("appends", a);
        Map<String, Object> ver = new LinkedHashMap<>();
        ver.put("status", v instanceof Verification.Intact ? "INTACT" : "BROKEN");
        ver.put("events", v.events());
        ver.put("seconds", round3(verifyNanos / 1e9));
        ver.put("eventsPerSecond", round(v.events() / (verifyNanos / 1e9)));
        ver.put("fastStatus", vFast instanceof Verification.Intact ? "INTACT" : "BROKEN");
        ver.put("fastSeconds", round3(fastNanos / 1e9));
        ver.put("fastEventsPerSecond", round(vFast.events() / (fastNanos / 1e9)));
        ver.put("fastChecks", "every link and hash, the newest event's signature");
        ver.put("target", ">= 50000 events/s");
        out.put("verification", ver);
        out.put("export", exportFigure(work, signer));
        spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(out));
        return 0;
    }

    /** Untimed operations before each measured phase. */
    private static final int WARMUP = 1_000;

    private double concurrentAppends(SqliteLedger ledger, String deviceId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int th = 0; th < threads; th++) {
            SyntheticEvents gen = new SyntheticEvents(deviceId, 8, Instant.now());
            int share = appends / threads;
            jobs.add(() -> {
                for (int i = 0; i < share; i++) {
                    gen.recorded(ledger.append(gen.next()));
                }
                return null;
            });
        }
        long t = System.nanoTime();
        for (Future<Void> f : pool.invokeAll(jobs)) {
            f.get();
        }
        double rate = (appends / threads) * threads / ((System.nanoTime() - t) / 1e9);
        pool.shutdown();
        return rate;
    }

    private Map<String, Object> exportFigure(Path work, DeviceSigner signer) throws Exception {
        Path big = work.resolve("export-" + events + ".db");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ledgerEvents", events);
        try (SqliteLedger ledger = SqliteLedger.open(big, signer, Clock.systemUTC())) {
            long have = ledger.size();
            long t = System.nanoTime();
            SyntheticEvents gen = new SyntheticEvents(signer.deviceId(), 50, Instant.parse("2025-01-01T00:00:00Z"));
            for (long i = 0; i < have; i++) {
                gen.next(); // a reused --dir continues where the last run stopped
            }
            long lastSaid = have;
            while (have < events) {
                int n = (int) Math.min(2000, events - have);
                List<EventContent> batch = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    batch.add(gen.next());
                }
                gen.recorded(ledger.appendAll(batch));
                have += n;
                if (have - lastSaid >= Math.max(events / 10, 1)) {
                    say("export: built " + have + " of " + events + " events");
                    lastSaid = have;
                }
            }
            m.put("buildSeconds", round3((System.nanoTime() - t) / 1e9));
            say("verify --fast: " + events + " events");
            t = System.nanoTime();
            Verification fast = ledger.verifyHeadSignature();
            long fastNanos = System.nanoTime() - t;
            m.put("fastVerifyStatus", fast instanceof Verification.Intact ? "INTACT" : "BROKEN");
            m.put("fastVerifyEventsPerSecond", round(fast.events() / (fastNanos / 1e9)));
            CoiId coi = SyntheticEvents.coi(events / SyntheticEvents.journeyLength() / 2);
            Instant now = Instant.now();
            ObjectMapper json = new ObjectMapper();
            long[] samples = new long[60];
            int coiEvents = 0;
            for (int i = 0; i < samples.length; i++) {
                long s = System.nanoTime();
                var tree = LedgerExport.build(ledger, coi, null, now);
                json.writeValueAsString(tree);
                samples[i] = System.nanoTime() - s;
                coiEvents = (Integer) tree.get("eventCount");
            }
            long[] timed = Arrays.copyOfRange(samples, 10, samples.length); // the first runs warm up the JIT
            Arrays.sort(timed);
            m.put("coi", coi.value());
            m.put("coiEvents", coiEvents);
            m.put("medianMillis", round3(timed[timed.length / 2] / 1e6));
            m.put("maxMillis", round3(timed[timed.length - 1] / 1e6));
            m.put("firstRunMillis", round3(samples[0] / 1e6));
            m.put("target", "< 10 ms");
        }
        return m;
    }

    private void say(String s) {
        progress.println("bench: " + s);
        progress.flush();
    }

    private static long round(double d) {
        return Math.round(d);
    }

    private static double round2(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static double round3(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
