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

class BenchPrinterCommandTest {
    @Test
    void benchPrinterWithSmallCountsReportsEveryResolutionAndConfirmsEveryJobOverTcpAndSerial() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CoiEdgeCommand.run(new String[] {"bench", "printer", "--labels", "5", "--jobs", "3"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.get("zplPerLabel").fieldNames()).toIterable().containsExactly("203", "300", "600");
        assertThat(j.get("zplPerLabel").get("300").get("count").asInt()).isEqualTo(5);
        assertThat(j.get("printToConfirmed").get("count").asInt()).isEqualTo(3);
        assertThat(j.get("printToConfirmedSerialPty").get("count").asInt()).isEqualTo(3);
        assertThat(j.get("labelsCounted").asLong()).isEqualTo(6);
    }
}
