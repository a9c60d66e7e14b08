package org.coiedge.app.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.sync.DeviceCredentials;
import org.coiedge.ledger.SqliteLedger;
import org.coiedge.ledger.keys.DeviceKeyStore;
import org.coiedge.ledger.synthetic.SyntheticEvents;
import org.coiedge.sync.CentralApi;
import org.coiedge.sync.CentralConfig;
import org.coiedge.sync.Pause;
import org.coiedge.sync.RoundResult;
import org.coiedge.sync.SyncPolicy;
import org.coiedge.sync.SyncStores;
import org.coiedge.sync.SyncWorker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge bench sync}: drains a ledger of {@code --events} events to a reference central
 * server over loopback in batches, and, in the same run against the same server, a ledger of
 * {@code --baseline-events} events one event per request; prints both rates and their ratio. The
 * server is a running one ({@code --central URL}) or the reference jar started here as a child
 * process on a free loopback port and stopped afterwards ({@code --server-jar PATH}).
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Benchmark draining the outbox to a reference central server, batched against one event per request.")
public final class BenchSyncCommand implements Callable<Integer> {
    private static final String SEED = "{\"enrolmentCodes\":[{\"code\":\"BENCH-A9990\",\"site\":\"A9990\",\"uses\":10}],"
            + "\"referenceData\":{\"SITES\":[{\"version\":1,\"rows\":{\"A9990\":{\"name\":\"Validation Apheresis Center\"},"
            + "\"A9991\":{\"name\":\"Validation Treatment Center\"}}}]}}";

    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "10000", paramLabel = "N", description = "Events drained in batches (default 10,000).")
    int events;

    @Option(names = "--baseline-events", defaultValue = "1000", paramLabel = "N",
            description = "Events drained one per request for the baseline (default 1,000).")
    int baselineEvents;

    @Option(names = "--batch", defaultValue = "500", paramLabel = "N", description = "Events per request (default 500).")
    int batch;

    @Option(names = "--central", paramLabel = "URL", description = "A running reference central server.")
    String central;

    @Option(names = "--enrol-code", defaultValue = "BENCH-A9990", paramLabel = "CODE",
            description = "Enrolment code with at least 3 uses on --central (the sample seed's BENCH-A9990).")
    String enrolCode;

    @Option(names = "--server-jar", paramLabel = "PATH",
            description = "Start this reference-central.jar instead (default: tests/target/reference-central.jar when --central is not given).")
    Path serverJar;

    @Option(names = "--dir", paramLabel = "DIR", description = "Working folder (default: a new temporary folder).")
    Path dir;

    private PrintWriter progress;

    @Override
    public Integer call() throws Exception {
        progress = spec.commandLine().getErr();
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("coi-edge-bench-sync");
        Process server = null;
        String url = central;
        try {
            if (url == null) {
                Path jar = serverJar != null ? serverJar : Path.of("tests", "target", "reference-central.jar");
                if (!Files.isRegularFile(jar)) {
                    progress.println("coi-edge bench sync: no reference server at " + jar + ": run 'mvn -B package'"
                            + " first, or give --server-jar PATH or --central URL");
                    return 64;
                }
                server = startServer(jar, work);
                url = readUrl(server);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("machine", Map.of("cpus", Runtime.getRuntime().availableProcessors(), "java",
                    System.getProperty("java.version"), "dir", work.toString()));
            out.put("central", url + (server != null ? " (started here)" : ""));
            say("warm-up: 500 events in batches (untimed)");
            drain(url, work, "warmup", 500, batch);
            say("baseline: " + baselineEvents + " events, one per request");
            Map<String, Object> base = drain(url, work, "baseline", baselineEvents, 1);
            say("batched: " + events + " events, " + batch + " per request");
            Map<String, Object> batched = drain(url, work, "batched", events, batch);
            out.put("batched", batched);
            out.put("baseline", base);
            double rate = (Double) batched.get("eventsPerSecond");
            double ratio = rate / (Double) base.get("eventsPerSecond");
            out.put("ratio", Math.round(ratio * 100) / 100.0);
            out.put("target", "batched >= 2000 events/s and ratio >= 10");
            out.put("met", rate >= 2000 && ratio >= 10);
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(out));
            return 0;
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
    }

    private Process startServer(Path jar, Path work) throws Exception {
        Path seed = work.resolve("bench-seed.json");
        Files.writeString(seed, SEED);
        Path db = work.resolve("central-" + System.currentTimeMillis() + ".db");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", "0", "--db", db.toString(), "--seed", seed.toString()));
        say("starting " + String.join(" ", cmd));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String readUrl(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null || !line.contains("listening on ")) {
            throw new IllegalStateException("the reference server did not start (it said: " + line + ")");
        }
        return line.substring(line.indexOf("listening on ") + 13).trim();
    }

    /** Fills a new ledger with {@code n} events, enrols it, drains it and returns the figures. */
    private Map<String, Object> drain(String url, Path work, String name, int n, int perRequest) throws Exception {
        Path db = work.resolve(name + "-" + System.nanoTime() + ".db");
        var keys = Ed25519.generate();
        DeviceSigner signer = Ed25519.signer(DeviceKeyStore.deviceId(keys.getPublic()), keys);
        try (SqliteLedger ledger = SqliteLedger.open(db, signer, Clock.systemUTC())) {
            SyntheticEvents gen = new SyntheticEvents(signer.deviceId(), 50, Instant.now().minusSeconds(7L * n));
            for (int done = 0; done < n; ) {
                List<EventContent> chunk = new ArrayList<>();
                for (int i = 0; i < Math.min(2000, n - done); i++) {
                    chunk.add(gen.next());
                }
                gen.recorded(ledger.appendAll(chunk));
                done += chunk.size();
            }
            CentralConfig config = CentralConfig.of(url);
            DeviceCredentials creds = new CentralApi(config, Clock.systemUTC()).enrol(enrolCode, signer);
            CentralApi api = new CentralApi(config, creds, Clock.systemUTC());
            SyncWorker worker = new SyncWorker(api, signer.deviceId(), new SyncStores(ledger.syncRecords(),
                    ledger.referenceData(), ledger.identifierBlocks()),
                    SyncPolicy.defaults().withBatch(perRequest, 4 << 20).withReferenceData(false), Clock.systemUTC(),
                    Pause.real(), new Random());
            long t = System.nanoTime();
            RoundResult r = worker.syncUntilDone(3);
            double seconds = (System.nanoTime() - t) / 1e9;
            if (!(r instanceof RoundResult.Synced) || ((RoundResult.Synced) r).acknowledged() != n) {
                throw new IllegalStateException("the " + name + " drain did not complete: " + r);
            }
            long held = api.deviceHead(signer.deviceId()).headSequence();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("events", n);
            m.put("eventsPerRequest", perRequest);
            m.put("seconds", Math.round(seconds * 1000) / 1000.0);
            m.put("eventsPerSecond", (double) Math.round(n / seconds));
            m.put("serverHeld", held);
            m.put("outboxLeft", ledger.syncRecords().summary().pending());
            return m;
        }
    }

    private void say(String s) {
        progress.println("bench: " + s);
        progress.flush();
    }
}
