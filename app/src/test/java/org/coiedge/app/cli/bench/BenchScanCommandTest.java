package org.coiedge.app.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.coiedge.app.cli.CoiEdgeCommand;
import org.junit.jupiter.api.Test;

class BenchScanCommandTest {
    @Test
    void smallRunReportsBothDecodersSideBySideAndOursReadsNoLess() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CoiEdgeCommand.run(new String[] {"bench", "scan", "--per-kind", "1", "--serial-scans", "20"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("frames").asInt()).isEqualTo(8);
        assertThat(json.get("framesWithASymbolOutOfView").asInt()).isZero();
        for (String decoder : new String[] {"coiEdge", "plainZxing"}) {
            assertThat(json.get(decoder).get("medianMillis").asDouble()).isPositive();
            assertThat(json.get(decoder).get("p95Millis").asDouble()).isGreaterThanOrEqualTo(json.get(decoder).get("medianMillis").asDouble());
            assertThat(json.get(decoder).get("byKind")).hasSize(8);
            assertThat(json.get(decoder).get("medianMillisByKind")).hasSize(8);
            assertThat(json.get(decoder).get("wrongTexts").isInt()).isTrue();
        }
        assertThat(json.get("coiEdge").get("wrongTexts").asInt()).isZero();
        JsonNode serial = json.get("serialLatency");
        assertThat(serial.has("error")).as(serial.toString()).isFalse();
        assertThat(serial.get("scans").asInt()).isEqualTo(20);
        assertThat(serial.get("maxMillis").asDouble()).isGreaterThanOrEqualTo(serial.get("medianMillis").asDouble()).isLessThan(5_000);
        assertThat(json.get("coiEdge").get("fullyRead").asInt()).isGreaterThanOrEqualTo(json.get("plainZxing").get("fullyRead").asInt());
    }
}
