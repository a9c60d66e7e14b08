package org.coiedge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decode command run in-process with captured streams. */
class DecodeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GS = "\u001D";

    record Run(int exit, List<JsonNode> lines, String err) {
    }

    private static Run run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CoiEdgeCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                lines.add(JSON.readTree(l));
            }
        }
        return new Run(exit, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneIsbtScanWithSymbologyIdentifierDecodesToItsStructures() throws Exception {
        Run r = run("", "decode", "]C0=G12341765432170");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(1);
        JsonNode o = r.lines().get(0);
        assertThat(o.get("input").asText()).isEqualTo("]C0=G12341765432170");
        assertThat(o.get("symbology").asText()).isEqualTo("]C0");
        assertThat(o.get("scheme").asText()).isEqualTo("ISBT128");
        JsonNode ds = o.get("structures").get(0);
        assertThat(ds.get("ds").asText()).isEqualTo("001");
        assertThat(ds.get("di").asText()).isEqualTo("=G");
        assertThat(ds.get("content").asText()).isEqualTo("G12341765432170");
        assertThat(ds.get("din").asText()).isEqualTo("G123417654321");
        assertThat(ds.get("flags").asText()).isEqualTo("70");
        assertThat(ds.get("checkCharacter").asText()).isEqualTo("A");
        assertThat(o.has("error")).isFalse();
    }

    @Test
    void compoundMessageNestsItsStructuresWithTheirFields() throws Exception {
        Run r = run("", "decode", "]d1=+04000=/A9997XYZ100T0479=A99991712345600=,000012=>019031");
        JsonNode cm = r.lines().get(0).get("structures").get(0);
        assertThat(cm.get("ds").asText()).isEqualTo("023");
        assertThat(cm.get("count").asInt()).isEqualTo(4);
        assertThat(cm.get("messageId").asText()).isEqualTo("000");
        JsonNode nested = cm.get("structures");
        assertThat(nested).hasSize(4);
        assertThat(nested.get(0).get("productCode").asText()).isEqualTo("T0479");
        assertThat(nested.get(0).get("fin").asText()).isEqualTo("A9997");
        assertThat(nested.get(3).get("date").asText()).isEqualTo("2019-01-31");
    }

    @Test
    void stdinModeWritesOneLinePerScanInOrderAndExits2WhenAnyFails() throws Exception {
        String stdin = "]C4=A99992412345600=%5100\r\n"
                + "]C1" + "01095060001343521726113010LOT42" + GS + "21SER9\n"
                + "=O99992412345600\n"
                + "MRN-000123\n"
                + "&>0183652359";
        Run r = run(stdin, "decode", "--stdin");
        assertThat(r.exit()).isEqualTo(DecodeCommand.EXIT_NOT_DECODED);
        assertThat(r.lines()).extracting(n -> n.get("scheme").asText())
                .containsExactly("ISBT128", "GS1", "ISBT128", "TEXT", "ISBT128");
        assertThat(r.lines().get(0).get("input").asText()).isEqualTo("]C4=A99992412345600=%5100");
        assertThat(r.lines().get(0).get("structures")).hasSize(2);
        JsonNode gs1 = r.lines().get(1).get("elements");
        assertThat(gs1).extracting(e -> e.get("ai").asText()).containsExactly("01", "17", "10", "21");
        assertThat(gs1.get(2).get("value").asText()).isEqualTo("LOT42");
        JsonNode failed = r.lines().get(2);
        assertThat(failed.has("structures")).isFalse();
        assertThat(failed.get("error").get("code").asText()).isEqualTo("INVALID_FIN");
        assertThat(failed.get("error").get("message").asText())
                .isEqualTo("DS001: 'O' is not allowed as the first FIN character (position 2)");
        assertThat(r.lines().get(3).get("text").asText()).isEqualTo("MRN-000123");
        assertThat(r.lines().get(4).get("structures").get(0).get("dateTime").asText()).isEqualTo("2018-12-31T23:59");
    }

    @Test
    void stdinModeWithOnlyGoodScansExits0AndAnEmptyLineIsReportedNotSkipped() throws Exception {
        assertThat(run("=A99992412345600\n&/CHA999926X7K2Q9\n", "decode", "--stdin").exit()).isZero();
        Run r = run("=A99992412345600\n\n=%5100\n", "decode", "--stdin");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines().get(1).get("error").get("code").asText()).isEqualTo("EMPTY_INPUT");
    }

    @Test
    void missingOrConflictingArgumentsAreAUsageError() throws Exception {
        assertThat(run("", "decode").exit()).isEqualTo(CoiEdgeCommand.EXIT_USAGE);
        Run both = run("", "decode", "--stdin", "=%5100");
        assertThat(both.exit()).isEqualTo(CoiEdgeCommand.EXIT_USAGE);
        assertThat(both.err()).contains("Usage: coi-edge decode");
    }
}
