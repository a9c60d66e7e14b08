package org.coiedge.tests.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar really starts the kiosk (headless, under Monocle) and `bench startup` times it. */
class KioskStartupProcessTest {
    private static final String JAR = System.getProperty("coiedge.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path data;

    @Test
    void thePackagedKioskStartsInDemoModeAndCreatesItsDataThenStopsCleanlyOnTerm() throws Exception {
        Process p = new ProcessBuilder(JAVA, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dcoiedge.reportReady=true", "-Dcoiedge.data=" + data,
                "-jar", JAR).redirectErrorStream(true).start();
        String ready = null;
        StringBuilder seen = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.startsWith("coi-edge: kiosk ready")) {
                    ready = line;
                    break;
                }
            }
            assertThat(ready).as(seen.toString()).isNotNull();
            assertThat(Files.size(data.resolve("ledger.db"))).isPositive();
            assertThat(Files.readString(data.resolve("demo-sheet.html"))).contains("A9999");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the kiosk stops on SIGTERM").isTrue();
        }
        assertThat(seen.toString()).doesNotContain("Exception");
    }

    @Test
    void benchStartupTimesTheKioskAgainstTheCommandLineBaseline() throws Exception {
        Process p = new ProcessBuilder(List.of(JAVA, "-jar", JAR, "bench", "startup", "--runs", "1", "--headless"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        JsonNode j = new ObjectMapper().readTree(out.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(j.get("display").asText()).isEqualTo("monocle-headless");
        assertThat(j.get("firstStartMs").asLong()).isPositive();
        assertThat(j.get("warmStartMedianMs").asLong()).isGreaterThan(j.get("baselineVersionMedianMs").asLong());
        assertThat(j.get("ratioKioskToBaseline").asDouble()).isGreaterThan(1.0);
    }
}
