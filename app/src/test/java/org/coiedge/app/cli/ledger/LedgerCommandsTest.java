package org.coiedge.app.cli.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.coiedge.app.cli.CoiEdgeCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandsTest {
    @TempDir
    Path dir;
    Path db;
    Path acks;

    /** Result of one in-process run. */
    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CoiEdgeCommand.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void fortyEvents() {
        db = dir.resolve("l.db");
        acks = dir.resolve("acks.log");
        Run r = run("ledger", "stress", "--db", db.toString(), "--events", "40", "--cois", "2", "--ack-log",
                acks.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void stressLogsEveryDurableIdAndReportsItsRateAsJson() throws Exception {
        List<String> ids = Files.readAllLines(acks);
        assertThat(ids).hasSize(40).doesNotHaveDuplicates();
        Run again = run("ledger", "stress", "--db", db.toString(), "--events", "2", "--ack-log", acks.toString());
        assertThat(again.json().get("appended").asLong()).isEqualTo(2);
        assertThat(again.json().get("appendsPerSecond").asLong()).isPositive();
        assertThat(Files.readAllLines(acks)).hasSize(42);
    }

    @Test
    void verifyPrintsOneJsonLineAndExitsZeroWhenIntact() throws Exception {
        Run r = run("ledger", "verify", "--db", db.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).doesNotContain("\n");
        assertThat(r.json().get("status").asText()).isEqualTo("INTACT");
        assertThat(r.json().get("events").asLong()).isEqualTo(40);
        assertThat(r.json().get("headHash").asText()).hasSize(64);
    }

    @Test
    void verifyExitsOneAndNamesTheFirstBrokenEvent() throws Exception {
        String victim = Files.readAllLines(acks).get(16);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER event_no_update");
            s.executeUpdate("UPDATE event SET body = replace(body, 'synthetic', 'forged') WHERE id = '" + victim + "'");
        }
        Run r = run("ledger", "verify", "--db", db.toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode first = r.json().get("firstBroken");
        assertThat(first.get("sequence").asLong()).isEqualTo(17);
        assertThat(first.get("eventId").asText()).isEqualTo(victim);
        assertThat(first.get("problem").asText()).isEqualTo("ALTERED");
        assertThat(r.err()).contains("is broken").contains(victim).contains("keep the file for investigation");
    }

    @Test
    void verifyOfAMissingFileExitsTwoWithTheFix() {
        Run r = run("ledger", "verify", "--db", dir.resolve("nope.db").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("No ledger at").contains("check the --db path");
    }

    @Test
    void aFileThatIsNotALedgerIsReportedAsSuch() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a database");
        Run r = run("ledger", "export", "--db", text.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a coi-edge ledger: check the --db path");
    }

    @Test
    void exportOfOneCoiGivesItsEventsAndItsCustodyState() throws Exception {
        Run r = run("ledger", "export", "--db", db.toString(), "--coi", "CHA999025000001");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("eventCount").asInt()).isEqualTo(20);
        assertThat(j.get("events")).allSatisfy(e -> assertThat(e.get("coi").asText()).isEqualTo("CHA999025000001"));
        assertThat(j.get("events")).allSatisfy(e -> assertThat(e.get("software").asText())
                .isEqualTo(org.coiedge.app.cli.VersionProvider.version()));
        JsonNode state = j.get("custodyStates").get(0);
        assertThat(state.get("patientId").asText()).isEqualTo("MRN-1");
        assertThat(state.get("units")).hasSize(2);
        assertThat(state.get("units").get(0).get("status").asText()).isEqualTo("ADMINISTERED");
        assertThat(state.get("units").get(1).get("status").asText()).isEqualTo("REJECTED");
        assertThat(state.get("voidedByCorrection")).hasSize(1);
    }

    @Test
    void exportAsOfAnInstantShowsTheLedgerAsItStoodThen() throws Exception {
        JsonNode all = run("ledger", "export", "--db", db.toString()).json();
        String tenthRecorded = all.get("events").get(9).get("recordedAt").asText();
        Run r = run("ledger", "export", "--db", db.toString(), "--as-of", tenthRecorded);
        assertThat(r.json().get("eventCount").asInt()).isEqualTo(10);
        assertThat(r.json().get("asOf").asText()).isEqualTo(tenthRecorded);
    }

    @Test
    void badOptionValuesAreUsageErrorsThatSayWhatToWrite() {
        Run r = run("ledger", "export", "--db", db.toString(), "--as-of", "yesterday");
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).contains("write it like 2025-03-01T10:00:00Z");
        r = run("ledger", "export", "--db", db.toString(), "--coi", "CHA99902500000");
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).contains("--coi");
    }
}
