package org.coiedge.app.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.coiedge.app.cli.CoiEdgeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchBedsideCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchBedsideTimesEveryDecisionThroughTheViewModelAndRecordsEveryHardStop() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CoiEdgeCommand.run(new String[] {"bench", "bedside", "--verifications", "20", "--dir", dir.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.get("scanToDecision").get("count").asInt()).isEqualTo(20);
        assertThat(j.get("scanToDecisionProceed").get("count").asInt()).isEqualTo(18);
        assertThat(j.get("scanToDecisionHardStopWithCommit").get("count").asInt()).isEqualTo(2);
        assertThat(j.get("baselineCheckPlusAppend").get("count").asInt()).isEqualTo(20);
        assertThat(j.get("scanToDecision").get("p99_ms").asDouble()).isPositive();
        assertThat(j.get("ratioP99").asDouble()).isPositive();
        // 3 demo journey events, 20 warm-up + 20 timed baseline appends, one MISMATCH_DETECTED per timed wrong bag.
        assertThat(j.get("ledgerEvents").asLong()).isEqualTo(3 + 40 + 2);
    }
}
