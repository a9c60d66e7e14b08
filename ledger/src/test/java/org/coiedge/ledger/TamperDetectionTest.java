package org.coiedge.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coiedge.core.event.CanonicalJson;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.event.EventJson;
import org.coiedge.core.event.EventType;
import org.coiedge.core.ledger.ChainProblem;
import org.coiedge.core.ledger.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An attacker with the file drops the triggers and edits rows with plain SQL; verify must name the event. */
class TamperDetectionTest {
    @TempDir
    Path dir;
    LedgerFixture f;
    final List<CustodyEvent> events = new ArrayList<>();

    @BeforeEach
    void sixEventsThenTriggersDropped() throws Exception {
        f = new LedgerFixture(dir);
        for (int i = 0; i < 6; i++) {
            f.clock.advance(Duration.ofMinutes(1));
            events.add(f.ledger.append(Events.event(f.device(), EventType.UNABLE_TO_SCAN, Events.COI_A,
                    f.clock.instant(), Events.DIN_A)));
        }
        assertThat(f.ledger.verify()).isInstanceOf(Verification.Intact.class)
                .isEqualTo(f.ledger.verifyHeadSignature());
        f.sql("DROP TRIGGER event_no_update", "DROP TRIGGER event_no_delete",
                "DROP TRIGGER event_din_no_delete", "DROP TRIGGER event_din_no_update");
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private Verification.Broken broken() throws Exception {
        Verification v = f.ledger.verify();
        assertThat(v).isInstanceOf(Verification.Broken.class);
        assertThat(f.ledger.verifyHeadSignature()).as("the fast check agrees").isEqualTo(v);
        return (Verification.Broken) v;
    }

    private UUID id(int seq) {
        return events.get(seq - 1).id();
    }

    private void assertBroken(long seq, UUID id, ChainProblem problem) throws Exception {
        Verification.Broken b = broken();
        assertThat(b.sequence()).as(b.detail()).isEqualTo(seq);
        assertThat(b.eventId()).as(b.detail()).isEqualTo(id);
        assertThat(b.problem()).as(b.detail()).isEqualTo(problem);
    }

    @Test
    void anEditedPayloadIsNamedAsAltered() throws Exception {
        f.sql("UPDATE event SET body = replace(body, '\"note\":\"test\"', '\"note\":\"tampered\"') WHERE seq = 3");
        assertBroken(3, id(3), ChainProblem.ALTERED);
        assertThat(broken().detail()).contains("does not match its hash").contains(id(3).toString());
    }

    @Test
    void anEditWithARecomputedHashIsNamedAsAlteredBecauseTheSignatureFails() throws Exception {
        try (Connection c = raw()) {
            String body = scalar(c, "SELECT body FROM event WHERE seq = 4").replace("UNABLE_TO_SCAN", "ADMINISTRATION_COMPLETED");
            update(c, "UPDATE event SET body = ?, hash = ? WHERE seq = 4", body,
                    EventChain.sha256Hex(body.getBytes(StandardCharsets.UTF_8)));
        }
        assertBroken(4, id(4), ChainProblem.ALTERED);
        assertThat(broken().detail()).contains("signature does not verify");
    }

    @Test
    void aDeletedEventIsNamedAsMissingByItsPosition() throws Exception {
        f.sql("DELETE FROM event WHERE seq = 3");
        assertBroken(3, null, ChainProblem.MISSING);
        assertThat(broken().detail()).isEqualTo("event #3 is missing: the chain jumps from #2 to #4");
    }

    @Test
    void aDeletionHiddenByRenumberingTheLaterEventsIsStillNamedAsMissing() throws Exception {
        f.sql("DELETE FROM event WHERE seq = 3");
        for (int s = 4; s <= 6; s++) {
            f.sql("UPDATE event SET seq = " + (s - 1) + " WHERE seq = " + s);
        }
        assertBroken(3, null, ChainProblem.MISSING);
        assertThat(broken().detail()).contains(id(4).toString() + " recorded as #4 follows #2");
    }

    @Test
    void twoSwappedEventsAreNamedAsReordered() throws Exception {
        f.sql("UPDATE event SET seq = -3 WHERE seq = 3", "UPDATE event SET seq = 3 WHERE seq = 4",
                "UPDATE event SET seq = 4 WHERE seq = -3");
        assertBroken(3, id(4), ChainProblem.REORDERED);
    }

    @Test
    void aForgedEventInsertedBetweenTwoGenuineOnesIsNamedAsInserted() throws Exception {
        for (int s = 6; s >= 4; s--) {
            f.sql("UPDATE event SET seq = " + (s + 1) + " WHERE seq = " + s);
        }
        CustodyEvent forged = EventChain.seal(UUID.randomUUID(), 4, Events.event(f.device(), EventType.RECEIVED,
                Events.COI_A, LedgerFixture.T0, Events.DIN_A), events.get(2).recordedAt(), events.get(2).hash(),
                Ed25519.signer(f.device(), Ed25519.generate()));
        try (Connection c = raw()) {
            update(c, "INSERT INTO event (seq, id, device_id, type, coi, occurred_at, recorded_at, body, prev_hash,"
                    + " hash, signature) SELECT 4, ?, device_id, 'RECEIVED', coi, occurred_at, recorded_at, ?, ?, ?, ?"
                    + " FROM event WHERE seq = 3", forged.id().toString(),
                    CanonicalJson.write(EventJson.body(forged)), forged.previousHash(), forged.hash(),
                    forged.deviceSignature());
        }
        assertBroken(4, forged.id(), ChainProblem.INSERTED);
    }

    @Test
    void aForgedEditWithEveryLaterLinkRewrittenIsNamedAtTheFirstChangedEvent() throws Exception {
        var forger = Ed25519.signer(f.device(), Ed25519.generate());
        String previous = events.get(1).hash();
        try (Connection c = raw()) {
            for (int seq = 3; seq <= 6; seq++) {
                CustodyEvent e = events.get(seq - 1);
                var content = seq == 3 ? e.content().withPayload(java.util.Map.of("note", "rewritten")) : e.content();
                CustodyEvent forged = EventChain.seal(e.id(), seq, content, e.recordedAt(), previous, forger);
                update(c, "UPDATE event SET body = ?, prev_hash = ?, hash = ?, signature = ? WHERE seq = ?",
                        CanonicalJson.write(EventJson.body(forged)), forged.previousHash(), forged.hash(),
                        forged.deviceSignature(), seq);
                previous = forged.hash();
            }
        }
        assertBroken(3, id(3), ChainProblem.ALTERED);
    }

    @Test
    void aChangedIndexColumnIsNamedAsAlteredEvenThoughTheBodyIsIntact() throws Exception {
        f.sql("UPDATE event SET coi = '" + Events.COI_B.value() + "' WHERE seq = 2");
        assertBroken(2, id(2), ChainProblem.ALTERED);
        assertThat(broken().detail()).contains("index columns");
    }

    @Test
    void aChangedPatientTypeOrTimeColumnIsNamedAsAltered() throws Exception {
        f.sql("UPDATE event SET patient_id = 'MRN-OTHER' WHERE seq = 5");
        assertBroken(5, id(5), ChainProblem.ALTERED);
        f.sql("UPDATE event SET patient_id = (SELECT patient_id FROM event WHERE seq = 4) WHERE seq = 5",
                "UPDATE event SET type = 'RECEIVED' WHERE seq = 3");
        assertBroken(3, id(3), ChainProblem.ALTERED);
        f.sql("UPDATE event SET type = 'UNABLE_TO_SCAN' WHERE seq = 3", "UPDATE event SET occurred_at = occurred_at + 1 WHERE seq = 2");
        assertBroken(2, id(2), ChainProblem.ALTERED);
    }

    @Test
    void aBagRemovedFromTheUnitIndexIsNamedAtItsEvent() throws Exception {
        f.sql("DELETE FROM event_din WHERE seq = 4");
        assertBroken(4, id(4), ChainProblem.ALTERED);
        assertThat(broken().detail()).contains("unit index");
    }

    @Test
    void aBagAddedToTheUnitIndexIsNamedAtItsEvent() throws Exception {
        f.sql("INSERT INTO event_din (din, seq) VALUES ('" + Events.DIN_B.value() + "', 2)");
        assertBroken(2, id(2), ChainProblem.ALTERED);
    }

    @Test
    void aBagMovedBetweenEventsInTheUnitIndexIsNamedAtTheFirstEventItMisstates() throws Exception {
        f.sql("DELETE FROM event_din WHERE seq = 5", "INSERT INTO event_din (din, seq) VALUES ('" + Events.DIN_B.value()
                + "', 3)");
        assertBroken(3, id(3), ChainProblem.ALTERED);
    }

    @Test
    void anIndexRowBeyondTheEndRevealsEventsCutFromTheEnd() throws Exception {
        f.sql("INSERT INTO event_din (din, seq) VALUES ('" + Events.DIN_A.value() + "', 99)");
        Verification.Broken b = broken();
        assertThat(b.sequence()).isEqualTo(99);
        assertThat(b.problem()).isEqualTo(ChainProblem.MISSING);
        assertThat(b.detail()).contains("the chain ends at #6");
    }

    @Test
    void cuttingOffTheTailIsNamedByTheUnitIndexEvenBeforeTheCentralChainAcknowledgedIt() throws Exception {
        f.sql("DELETE FROM event WHERE seq >= 5");
        Verification.Broken b = broken();
        assertThat(b.sequence()).as(b.detail()).isEqualTo(5);
        assertThat(b.problem()).isEqualTo(ChainProblem.MISSING);
    }

    @Test
    void cuttingOffTheTailAfterTheCentralChainAcknowledgedItIsNamedAsMissing() throws Exception {
        f.ledger.acknowledge(id(6), 106, LedgerFixture.T0);
        f.sql("DELETE FROM event WHERE seq >= 5");
        assertBroken(6, id(6), ChainProblem.MISSING);
        assertThat(broken().detail()).contains("acknowledged it as #106");
    }

    private Connection raw() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + f.db);
    }

    private static String scalar(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void update(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
