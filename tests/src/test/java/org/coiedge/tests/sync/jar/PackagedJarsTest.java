package org.coiedge.tests.sync.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two packaged jars as people run them: {@code reference-central.jar} started from the README's
 * seed file, {@code coi-edge sync} enrolling and syncing a ledger against it, and
 * {@code coi-edge bench sync} starting the reference jar itself, so neither command can rot. Runs
 * in the {@code integration-test} phase, after this module packaged reference-central.jar.
 */
class PackagedJarsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path coiEdge;
    private static Path central;
    @TempDir
    Path dir;
    Process server;

    @BeforeAll
    static void jars() {
        coiEdge = Path.of(System.getProperty("coiedge.jar", "../app/target/coi-edge.jar"));
        central = Path.of(System.getProperty("reference.central.jar", "target/reference-central.jar"));
        assertThat(coiEdge).exists();
        assertThat(central).as("packaged by this module before the integration-test phase").exists();
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("the reference server stops on SIGTERM").isTrue();
        }
    }

    record Result(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Result coiEdge(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", coiEdge.toString()));
        cmd.addAll(List.of(args));
        File out = dir.resolve("out-" + System.nanoTime()).toFile();
        File err = dir.resolve("err-" + System.nanoTime()).toFile();
        Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("coi-edge " + args[0] + " finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    private String startCentral() throws Exception {
        server = new ProcessBuilder(java(), "-jar", central.toString(), "--port", "0", "--db",
                dir.resolve("central.db").toString(), "--seed", Path.of("reference-central-seed.json").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        assertThat(line).startsWith("reference central listening on http://127.0.0.1:");
        return line.substring(line.indexOf("http://"));
    }

    @Test
    void aLedgerEnrolsAndSyncsOnceAgainstTheReferenceJarAndTheStatusShowsNothingPending() throws Exception {
        String url = startCentral();
        Path db = dir.resolve("kiosk.db");
        assertThat(coiEdge("ledger", "stress", "--db", db.toString(), "--events", "60", "--ack-log",
                dir.resolve("acks.txt").toString()).exit()).isZero();

        Result sync = coiEdge("sync", "--db", db.toString(), "--central", url, "--enrol", "DEMO-A9990-1", "--once");

        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(sync.json().path("result").asText()).isEqualTo("SYNCED");
        assertThat(sync.json().path("acknowledged").asLong()).isEqualTo(60);
        assertThat(sync.json().path("status").path("pending").asLong()).isZero();
        assertThat(sync.err()).contains("enrolled as D-");
        Result again = coiEdge("sync", "--db", db.toString(), "--once");
        assertThat(again.exit()).as("credentials kept with the device key: " + again.err()).isZero();
        assertThat(again.json().path("acknowledged").asLong()).isZero();
        Result status = coiEdge("sync", "status", "--db", db.toString());
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.json().path("outbox").path("acknowledged").asLong()).isEqualTo(60);
        assertThat(status.json().path("outbox").path("pending").asLong()).isZero();
        assertThat(status.json().path("enrolment").path("site").asText()).isEqualTo("A9990");
    }

    @Test
    void aSecondEnrolmentWithAUsedCodeIsRefusedWithTheReason() throws Exception {
        String url = startCentral();
        Path db = dir.resolve("kiosk.db");
        coiEdge("sync", "--db", db.toString(), "--central", url, "--enrol", "DEMO-A9991-1", "--once");

        Result second = coiEdge("sync", "--db", dir.resolve("other.db").toString(), "--central", url,
                "--enrol", "DEMO-A9991-1", "--once");

        assertThat(second.exit()).isEqualTo(4);
        assertThat(second.err()).contains("enrolment failed").contains("already used")
                .contains("ENROLMENT_CODE_INVALID");
    }

    @Test
    void benchSyncStartsTheReferenceJarDrainsBothLedgersAndPrintsTheRatio() throws Exception {
        Result r = coiEdge("bench", "sync", "--events", "400", "--baseline-events", "20", "--batch", "100",
                "--server-jar", central.toString(), "--dir", dir.resolve("bench").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.path("batched").path("serverHeld").asLong()).isEqualTo(400);
        assertThat(j.path("batched").path("outboxLeft").asLong()).isZero();
        assertThat(j.path("baseline").path("serverHeld").asLong()).isEqualTo(20);
        assertThat(j.path("batched").path("eventsPerSecond").asDouble()).isPositive();
        assertThat(j.path("ratio").asDouble()).isEqualTo(Math.round(j.path("batched").path("eventsPerSecond").asDouble()
                / j.path("baseline").path("eventsPerSecond").asDouble() * 100) / 100.0);
    }
}
