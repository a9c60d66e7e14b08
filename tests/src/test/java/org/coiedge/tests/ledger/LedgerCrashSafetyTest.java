package org.coiedge.tests.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM running {@code coi-edge ledger stress} with SIGKILL at random moments, again and
 * again on the same ledger file; afterwards every id the child logged as durable must be in the
 * ledger, and {@code ledger verify} must pass.
 */
class LedgerCrashSafetyTest {
    private static final int KILLS = 24;
    private static final Path JAR = Path.of(System.getProperty("coiedge.jar", "../app/target/coi-edge.jar"));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEventSurvivesRepeatedSigkillsAndTheChainStaysIntact() throws Exception {
        assertThat(JAR).as("build the app first: mvn -pl app -am package").exists();
        Path db = dir.resolve("ledger.db");
        Path acks = dir.resolve("acks.log");
        Files.createFile(acks);
        Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
        int killsAfterAppends = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            long before = lines(acks);
            Child c = start("ledger", "stress", "--db", db.toString(), "--events", "1000000",
                    "--ack-log", acks.toString());
            Process p = c.process;
            if (kill % 4 == 3) {
                // Kill at a random moment of start-up or the first appends, whatever the child is doing.
                p.waitFor(random.nextInt(1500), TimeUnit.MILLISECONDS);
            } else {
                long target = before + 1 + random.nextInt(60);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (lines(acks) < target) {
                    assertThat(p.isAlive()).as("stress child died by itself: %s", c.err()).isTrue();
                    assertThat(System.nanoTime()).as("no progress in the ack log within 60 s").isLessThan(deadline);
                    p.waitFor(2, TimeUnit.MILLISECONDS); // returns at once if the child exits
                }
                killsAfterAppends++;
            }
            assertThat(p.isAlive()).as("the child must still be running when it is killed").isTrue();
            p.destroyForcibly(); // SIGKILL on Linux and macOS
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Set<String> acked = ackedIds(acks);
        assertThat(killsAfterAppends).isGreaterThanOrEqualTo(KILLS / 2);
        assertThat(acked).hasSizeGreaterThan(KILLS);

        Child finish = start("ledger", "stress", "--db", db.toString(), "--events", "5", "--ack-log", acks.toString());
        assertThat(finish.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(finish.process.exitValue()).as("after the kills the ledger opens and appends: %s", finish.err())
                .isZero();

        Child verify = start("ledger", "verify", "--db", db.toString());
        assertThat(verify.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String verdict = verify.out();
        assertThat(verify.process.exitValue()).as(verdict + verify.err()).isZero();
        JsonNode v = new ObjectMapper().readTree(verdict);
        assertThat(v.get("status").asText()).isEqualTo("INTACT");
        assertThat(v.get("events").asLong()).isGreaterThanOrEqualTo(acked.size() + 5L);

        Child export = start("ledger", "export", "--db", db.toString());
        assertThat(export.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(export.process.exitValue()).as(export.err()).isZero();
        Set<String> inLedger = new HashSet<>();
        for (JsonNode e : new ObjectMapper().readTree(export.out.toFile()).get("events")) {
            inLedger.add(e.get("id").asText());
        }
        assertThat(inLedger).containsAll(ackedIds(acks));
    }

    /** A child coi-edge JVM with its standard output and error in files. */
    private static final class Child {
        final Process process;
        final Path out;
        final Path err;

        Child(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        String out() throws IOException {
            return Files.readString(out);
        }

        String err() throws IOException {
            return Files.readString(err);
        }
    }

    private Child start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Child(p, out, err);
    }

    private static long lines(Path f) throws IOException {
        long n = 0;
        for (byte b : Files.readAllBytes(f)) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Complete lines only: a kill may cut the last line short, and such an id was never acknowledged. */
    private static Set<String> ackedIds(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.US_ASCII);
        Set<String> ids = new HashSet<>();
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return ids;
        }
        for (String line : text.substring(0, end).split("\n")) {
            assertThat(line).hasSize(36);
            ids.add(line);
        }
        return ids;
    }
}
