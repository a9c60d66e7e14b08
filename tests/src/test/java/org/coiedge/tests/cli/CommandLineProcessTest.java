package org.coiedge.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code coi-edge.jar} run as a separate process, as a technician or an integration
 * script would, with no display: the command line must never need a UI toolkit.
 */
class CommandLineProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path jar;

    record Result(int exit, String out, String err) {
        List<JsonNode> json() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("coiedge.jar", "../app/target/coi-edge.jar"));
        assertThat(jar).as("run 'mvn verify' so the app module packages coi-edge.jar first").exists();
    }

    static Result run(byte[] stdin, String... args) throws Exception {
        return run(java.util.Map.of(), stdin, args);
    }

    static Result run(java.util.Map<String, String> env, byte[] stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
        File out = Files.createTempFile("coi-edge-out", ".txt").toFile();
        File err = Files.createTempFile("coi-edge-err", ".txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("coi-edge finished").isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
        out.delete();
        err.delete();
        return r;
    }

    @Test
    void versionIsPrintedWithoutADisplay() throws Exception {
        Result r = run(new byte[0], "--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).matches("coi-edge \\d+\\.\\d+\\.\\d+.*\\s*");
    }

    @Test
    void decodeOfOneScanPrintsOneJsonObjectAndExits0() throws Exception {
        Result r = run(new byte[0], "decode", "]C0&/CHA999926X7K2Q9");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode coi = r.json().get(0).get("structures").get(0);
        assertThat(coi.get("ds").asText()).isEqualTo("040");
        assertThat(coi.get("coi").asText()).isEqualTo("CHA999926X7K2Q9");
        assertThat(coi.get("fin").asText()).isEqualTo("A9999");
        assertThat(coi.get("year").asText()).isEqualTo("26");
        assertThat(coi.get("sequence").asText()).isEqualTo("X7K2Q9");
    }

    @Test
    void decodeOfABadScanStillPrintsItsLineAndExits2() throws Exception {
        Result r = run(new byte[0], "decode", "=A99992412345671");
        assertThat(r.exit()).isEqualTo(2);
        JsonNode o = r.json().get(0);
        assertThat(o.get("error").get("code").asText()).isEqualTo("CHECK_CHARACTER_MISMATCH");
        assertThat(o.has("structures")).isFalse();
    }

    @Test
    void stdinModeKeepsGroupSeparatorsAndOrderAcrossManyScans() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            in.append(i % 2 == 0 ? String.format("=A9999%02d%06d00", i % 100, i) : "]d2\u001D8018" + gsrn(i))
                    .append(i % 3 == 0 ? "\r\n" : "\n");
        }
        Result r = run(in.toString().getBytes(StandardCharsets.UTF_8), "decode", "--stdin");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> lines = r.json();
        assertThat(lines).hasSize(200);
        for (int i = 0; i < 200; i++) {
            JsonNode o = lines.get(i);
            if (i % 2 == 0) {
                assertThat(o.get("structures").get(0).get("din").asText()).isEqualTo(String.format("A9999%02d%06d", i % 100, i));
            } else {
                assertThat(o.get("input").asText()).startsWith("]d2\u001D8018");
                assertThat(o.get("elements").get(0).get("value").asText()).isEqualTo(gsrn(i));
            }
        }
    }

    @Test
    void withoutACommandAndWithoutADisplayTheKioskRefusesInOneLineAndTouchesNoFiles() throws Exception {
        Path data = Files.createTempDirectory("coi-edge-data").resolve("kiosk");
        Result r = run(java.util.Map.of("COIEDGE_DATA", data.toString()), new byte[0]);
        assertThat(r.exit()).isEqualTo(69);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("coi-edge: no display to show the kiosk on").contains("coi-edge --help")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(data).doesNotExist();
    }

    @Test
    void unknownCommandIsAUsageErrorOnStandardError() throws Exception {
        Result r = run(new byte[0], "no-such-command");
        assertThat(r.exit()).isEqualTo(64);
        assertThat(r.err()).contains("Unmatched argument");
    }

    /** An 18-digit GSRN for test patient {@code i}, with its GS1 mod-10 check digit computed here. */
    static String gsrn(int i) {
        String body = String.format("09506000%09d", i);
        int sum = 0;
        for (int k = 0; k < body.length(); k++) {
            int d = body.charAt(body.length() - 1 - k) - '0';
            sum += (k % 2 == 0) ? d * 3 : d;
        }
        return body + (10 - sum % 10) % 10;
    }

    @Test
    void ledgerCommandsPrintOnlyTheirOwnLinesWithNoLibraryNoise(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String db = dir.resolve("l.db").toString();
        Result stress = run(new byte[0], "ledger", "stress", "--db", db, "--events", "3", "--ack-log",
                dir.resolve("acks").toString());
        assertThat(stress.exit()).as(stress.err()).isZero();
        Result verify = run(new byte[0], "ledger", "verify", "--db", db);
        assertThat(verify.exit()).isZero();
        assertThat(verify.err()).as("nothing on standard error, e.g. no SLF4J binder warning").isEmpty();
        assertThat(verify.out().strip().lines()).hasSize(1);
    }
}
