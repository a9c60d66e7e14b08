package org.coiedge.tests.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.sync.CentralApi;
import org.coiedge.sync.CentralEvent;
import org.coiedge.sync.CentralException;
import org.coiedge.sync.RoundResult;
import org.coiedge.sync.SyncPolicy;
import org.coiedge.tests.central.CentralServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A collection site's kiosk and a treatment site's kiosk, two ledgers, one central chain. */
class TwoKiosksTest {
    @TempDir
    Path dir;

    @Test
    void theTreatmentSiteReadsAndVerifiesWhatTheCollectionSiteRecordedForASharedCoi() throws Exception {
        try (CentralServer server = Central.start(dir);
             Kiosk collection = new Kiosk(dir, "collection").enrol(server.url(), "DEMO-A9990-1");
             Kiosk treatment = new Kiosk(dir, "treatment").enrol(server.url(), "DEMO-A9991-1")) {
            List<CustodyEvent> collected = collection.record(40);
            assertThat(collection.worker(server.url(), SyncPolicy.defaults()).runRound()).isInstanceOf(RoundResult.Synced.class);
            CoiId shared = collected.get(0).content().coi();
            List<CustodyEvent> sharedAtCollection = collected.stream().filter(e -> e.content().coi().equals(shared)).toList();

            CentralApi api = new CentralApi(Kiosk.config(server.url()), treatment.credentials, Clock.systemUTC());
            List<CentralEvent> seen = api.eventsForCoi(shared);

            assertThat(seen).extracting(CentralEvent::event).containsExactlyElementsOf(sharedAtCollection);
            assertThat(seen).extracting(c -> c.event().content().deviceId()).containsOnly(collection.deviceId());

            List<CustodyEvent> treated = treatment.record(40);
            assertThat(treatment.worker(server.url(), SyncPolicy.defaults()).runRound()).isInstanceOf(RoundResult.Synced.class);
            List<CentralEvent> both = api.eventsForCoi(shared);
            assertThat(both).extracting(c -> c.event().content().deviceId())
                    .containsOnly(collection.deviceId(), treatment.deviceId());
            assertThat(both).extracting(CentralEvent::serverSequence).isSorted();
            assertThat(both).hasSize(sharedAtCollection.size()
                    + (int) treated.stream().filter(e -> e.content().coi().equals(shared)).count());

            List<CentralEvent> after30 = api.deviceEvents(collection.deviceId(), 30, 100);
            assertThat(after30).extracting(c -> c.event().sequence())
                    .containsExactly(31L, 32L, 33L, 34L, 35L, 36L, 37L, 38L, 39L, 40L);
        }
    }

    @Test
    void anEventAlteredOnTheCentralSideIsRefusedByTheReadingKiosk() throws Exception {
        try (CentralServer server = Central.start(dir);
             Kiosk collection = new Kiosk(dir, "collection").enrol(server.url(), "DEMO-A9990-1");
             Kiosk treatment = new Kiosk(dir, "treatment").enrol(server.url(), "DEMO-A9991-1")) {
            List<CustodyEvent> collected = collection.record(5);
            collection.worker(server.url(), SyncPolicy.defaults()).runRound();
            server.close();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("central.db"))) {
                c.createStatement().executeUpdate("UPDATE event SET body = replace(body, 'synthetic', 'rewritten')");
            }
            try (CentralServer reopened = CentralServer.start(server.port(), dir.resolve("central.db"),
                    org.coiedge.tests.central.Seed.read(Central.SEED), Clock.systemUTC())) {
                CentralApi api = new CentralApi(Kiosk.config(reopened.url()), treatment.credentials, Clock.systemUTC());
                assertThatThrownBy(() -> api.eventsForCoi(collected.get(0).content().coi()))
                        .isInstanceOfSatisfying(CentralException.class, e -> assertThat(e.failure())
                                .isEqualTo(CentralException.Failure.PROTOCOL))
                        .hasMessageContaining("does not verify").hasMessageContaining("does not match its hash");
            }
        }
    }
}
