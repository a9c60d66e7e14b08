package org.coiedge.app.cli.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coiedge.ledger.synthetic.SyntheticEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerReportCommandTest {
    @TempDir
    Path dir;
    Path db;
    final String coi = SyntheticEvents.coi(0).value();

    @BeforeEach
    void twoJourneys() {
        db = dir.resolve("l.db");
        LedgerCommandsTest.Run r = LedgerCommandsTest.run("ledger", "stress", "--db", db.toString(), "--events",
                String.valueOf(2 * SyntheticEvents.journeyLength()), "--cois", "2", "--ack-log",
                dir.resolve("acks").toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void theReportShowsEveryEventWithLocalAndUtcTimesSignaturesAndAnIntactVerdict() throws Exception {
        Path pdf = dir.resolve("coi.pdf");
        LedgerCommandsTest.Run r = LedgerCommandsTest.run("ledger", "report", "--db", db.toString(), "--coi", coi,
                "--pdf", pdf.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(SyntheticEvents.journeyLength() + " events").contains("intact");
        String t = text(pdf);
        assertThat(t).contains("Chain of identity " + SyntheticEvents.coi(0).eyeReadable() + " "
                + SyntheticEvents.coi(0).checkCharacter());
        assertThat(t).contains("INTACT: all " + 2 * SyntheticEvents.journeyLength() + " events");
        assertThat(t).contains("Patient identified").contains("Custody transferred").contains("Administration completed");
        assertThat(t).contains("Performed by: Staff Validation");
        assertThat(t).contains("running coi-edge " + org.coiedge.app.cli.VersionProvider.version());
        assertThat(t).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d (EST|EDT) \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)");
        assertThat(t).containsPattern("(CET|CEST)");
        assertThat(t).contains("[SET ASIDE BY A CORRECTION]").contains("Reason: quarantine entered in error");
        assertThat(t).contains("Keyed by hand with check character");
        assertThat(t).contains("Mismatch detected");
        assertThat(t).contains(new org.coiedge.core.isbt128.Din(SyntheticEvents.COLLECTION, 25, 1).eyeReadable() + " "
                + new org.coiedge.core.isbt128.Din(SyntheticEvents.COLLECTION, 25, 1).checkCharacter());
        assertThat(t).doesNotContain(SyntheticEvents.coi(1).eyeReadable());
    }

    @Test
    void anAsOfBeforeTheFirstEventGivesAnEmptyButValidReport() throws Exception {
        Path pdf = dir.resolve("early.pdf");
        LedgerCommandsTest.Run r = LedgerCommandsTest.run("ledger", "report", "--db", db.toString(), "--coi", coi,
                "--as-of", "2000-01-01T00:00:00Z", "--pdf", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(text(pdf)).contains("No event of this COI was recorded by then").contains("2000-01-01 00:00:00 UTC");
    }

    @Test
    void aTamperedLedgerStillGetsAReportThatSaysItIsBrokenAndExitsOne() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER event_no_update");
            s.executeUpdate("UPDATE event SET body = replace(body, 'synthetic', 'forged') WHERE seq = 5");
        }
        Path pdf = dir.resolve("tampered.pdf");
        LedgerCommandsTest.Run r = LedgerCommandsTest.run("ledger", "report", "--db", db.toString(), "--coi", coi,
                "--pdf", pdf.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED verification");
        assertThat(text(pdf)).contains("BROKEN at event #5").contains("treat it as unreliable");
    }

    @Test
    void aBadCoiIsAUsageErrorAndWritesNothing() {
        Path pdf = dir.resolve("none.pdf");
        LedgerCommandsTest.Run r = LedgerCommandsTest.run("ledger", "report", "--db", db.toString(), "--coi", "CHX",
                "--pdf", pdf.toString());
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).contains("--coi CHX");
        assertThat(Files.exists(pdf)).isFalse();
    }
}
