package org.coiedge.tests.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.QuarantinedEvent;
import org.coiedge.core.sync.SyncState;
import org.coiedge.sync.RoundResult;
import org.coiedge.sync.SyncPolicy;
import org.coiedge.sync.SyncWorker;
import org.coiedge.tests.central.CentralServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events altered or removed on the device, and events the central system refuses on its own
 * rules: refused with a reason the kiosk shows, quarantined (kept, counted, listed, not sent
 * again), and the rest of the chain either goes on or is stopped loudly, as the contract says.
 */
class TamperAndRejectionTest {
    @TempDir
    Path dir;
    CentralServer server;
    Kiosk kiosk;
    List<CustodyEvent> events;
    SyncWorker worker;

    @BeforeEach
    void sixEventsOnAKiosk() throws Exception {
        server = Central.start(dir);
        kiosk = new Kiosk(dir, "kiosk").enrol(server.url(), "DEMO-A9990-1");
        events = kiosk.record(6);
        worker = kiosk.worker(server.url(), SyncPolicy.defaults());
    }

    @AfterEach
    void close() throws Exception {
        kiosk.close();
        server.close();
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kiosk.db); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER IF EXISTS event_no_update");
            s.executeUpdate("DROP TRIGGER IF EXISTS event_no_delete");
            s.executeUpdate("DROP TRIGGER IF EXISTS event_din_no_delete");
            for (String st : statements) {
                s.executeUpdate(st);
            }
        }
    }

    private List<String> storedIds() throws Exception {
        return server.events(kiosk.deviceId()).stream().map(CentralServer.StoredEvent::eventId).toList();
    }

    private static String id(CustodyEvent e) {
        return e.id().toString();
    }

    @Test
    void anEventAlteredOnTheDeviceIsRefusedQuarantinedAndShownWhileTheChainGoesOn() throws Exception {
        sql("UPDATE event SET body = replace(body, '\"note\":\"synthetic\"', '\"note\":\"altered\"') WHERE seq = 3");

        RoundResult r = worker.runRound();

        assertThat(r).isEqualTo(new RoundResult.Synced(5, 1));
        assertThat(storedIds()).containsExactly(id(events.get(0)), id(events.get(1)), id(events.get(3)),
                id(events.get(4)), id(events.get(5)));
        List<QuarantinedEvent> q = worker.quarantined();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).sequence()).isEqualTo(3);
        assertThat(q.get(0).code()).isEqualTo("HASH_MISMATCH");
        assertThat(q.get(0).reason()).contains("does not match its hash").contains("changed after it was recorded");
        assertThat(worker.status().rejectedCount()).isEqualTo(1);
        assertThat(worker.status().pendingCount()).isZero();
        assertThat(worker.status().lastError()).hasValueSatisfying(m -> assertThat(m)
                .contains("Central chain refused event #3").contains("does not match its hash")
                .contains("quarantined").contains("site administrator"));
        JsonNode refusals = server.rejections(kiosk.deviceId());
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).path("holdsPosition").asBoolean()).isTrue();
        assertThat(worker.runRound()).as("not sent again").isEqualTo(new RoundResult.Synced(0, 0));
    }

    @Test
    void anEventRemovedOnTheDeviceStopsTheChainWithAReasonAndIsNotRetriedInALoop() throws Exception {
        sql("DELETE FROM event_din WHERE seq = 3", "DELETE FROM event WHERE seq = 3");

        RoundResult r = worker.runRound();

        assertThat(r).isInstanceOfSatisfying(RoundResult.ChainRefused.class, c -> {
            assertThat(c.chainBreak().sequence()).isEqualTo(4);
            assertThat(c.chainBreak().expectedSequence()).isEqualTo(3);
            assertThat(c.chainBreak().expectedPreviousHash()).isEqualTo(events.get(1).hash());
            assertThat(c.retryIn()).isEqualTo(SyncPolicy.defaults().chainRefusedWait());
        });
        assertThat(storedIds()).containsExactly(id(events.get(0)), id(events.get(1)));
        assertThat(worker.status().state()).isEqualTo(SyncState.IDLE);
        assertThat(worker.status().pendingCount()).as("nothing dropped").isEqualTo(3);
        assertThat(worker.status().lastError()).hasValueSatisfying(m -> assertThat(m)
                .contains("Central chain refused event #4").contains("expects #3")
                .contains("missing or was changed on this device").contains("coi-edge ledger verify"));
        assertThat(worker.syncUntilDone(5)).as("a refused chain is not retried at once")
                .isInstanceOf(RoundResult.ChainRefused.class);
        assertThat(kiosk.pause.waits).isEmpty();
    }

    @Test
    void anEventForgedWithARecomputedHashIsRefusedForItsSignatureAndTheChainStopsAtTheForgedLink() throws Exception {
        String body;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kiosk.db);
             ResultSet rs = c.createStatement().executeQuery("SELECT body FROM event WHERE seq = 4")) {
            rs.next();
            body = rs.getString(1).replace("\"note\":\"synthetic\"", "\"note\":\"forged\"");
        }
        sql();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kiosk.db);
             PreparedStatement ps = c.prepareStatement("UPDATE event SET body = ?, hash = ? WHERE seq = 4")) {
            ps.setString(1, body);
            ps.setString(2, EventChain.sha256Hex(body.getBytes(StandardCharsets.UTF_8)));
            ps.executeUpdate();
        }

        RoundResult r = worker.runRound();

        assertThat(r).isInstanceOfSatisfying(RoundResult.ChainRefused.class,
                c -> assertThat(c.chainBreak().sequence()).isEqualTo(5));
        assertThat(worker.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.sequence()).isEqualTo(4);
            assertThat(q.code()).isEqualTo("BAD_SIGNATURE");
        });
        assertThat(storedIds()).hasSize(3);
    }

    @Test
    void anEventTheCentralSystemRefusesOnItsOwnRulesHoldsItsPlaceAndTheEventsAfterItAreAccepted() throws Exception {
        EventContent unknownSite = kiosk.events.next();
        unknownSite = new EventContent(unknownSite.type(), unknownSite.coi(), unknownSite.dins(), unknownSite.patientId(),
                unknownSite.from(), unknownSite.to(), Fin.of("A9998"), unknownSite.siteZone(), unknownSite.deviceId(),
                unknownSite.signatures(), unknownSite.occurredAt(), unknownSite.provenance(), unknownSite.payload(),
                unknownSite.correction());
        CustodyEvent refused = kiosk.ledger.append(unknownSite);
        List<CustodyEvent> after = kiosk.record(3);

        RoundResult r = worker.runRound();

        assertThat(r).isEqualTo(new RoundResult.Synced(9, 1));
        assertThat(storedIds()).hasSize(9).doesNotContain(id(refused)).contains(id(after.get(2)));
        assertThat(worker.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.eventId()).isEqualTo(refused.id());
            assertThat(q.code()).isEqualTo("UNKNOWN_SITE");
            assertThat(q.reason()).contains("A9998");
        });
        assertThat(kiosk.ledger.verify().events()).as("the refused event is kept on the device").isEqualTo(10);
        assertThat(server.device(kiosk.deviceId()).path("head").path("sequence").asLong()).isEqualTo(10);
        assertThat(worker.status().lastError()).hasValueSatisfying(m -> assertThat(m).contains("UNKNOWN_SITE"));
        worker.runRound();
        assertThat(worker.status().lastError()).as("a clean round clears the message").isEmpty();
        assertThat(worker.status().rejectedCount()).as("the count stays for the administrator").isEqualTo(1);
    }
}
