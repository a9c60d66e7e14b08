package org.coiedge.tests.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.IdentifierKind;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.sync.SyncState;
import org.coiedge.core.sync.SyncStatus;
import org.coiedge.sync.BlockTarget;
import org.coiedge.sync.CentralApi;
import org.coiedge.sync.Pause;
import org.coiedge.sync.RoundResult;
import org.coiedge.sync.SyncPolicy;
import org.coiedge.sync.SyncStores;
import org.coiedge.sync.SyncWorker;
import org.coiedge.tests.central.CentralServer;
import org.coiedge.tests.central.Seed;
import org.coiedge.tests.sync.faults.FaultProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk against the reference central server with nothing going wrong. */
class SyncEndToEndTest {
    private static final Fin COLLECTION = Fin.of("A9990");
    @TempDir
    Path dir;

    private static int year() {
        return Instant.now().atZone(ZoneOffset.UTC).getYear() % 100;
    }

    @Test
    void aKioskHandsEveryEventToTheCentralChainOnceInOrderInBatchesOfAtMostTheBatchSize() throws Exception {
        try (CentralServer server = Central.start(dir); FaultProxy proxy = new FaultProxy(server.port());
             Kiosk k = new Kiosk(dir, "kiosk").enrol(server.url(), "BENCH-A9990")) {
            List<CustodyEvent> events = k.record(1200);
            SyncWorker w = k.worker(proxy.url(), SyncPolicy.defaults().withBatch(500, 1 << 20));

            RoundResult r = w.syncUntilDone(3);

            assertThat(r).isEqualTo(new RoundResult.Synced(1200, 0));
            Central.assertHoldsExactlyOnceInOrder(server, k, events);
            assertThat(proxy.log().stream().filter(l -> l.startsWith("POST /v1/devices/"))).hasSize(3);
            SyncStatus s = w.status();
            assertThat(s.state()).isEqualTo(SyncState.IDLE);
            assertThat(s.pendingCount()).isZero();
            assertThat(s.oldestPending()).isEmpty();
            assertThat(s.lastSuccess()).isPresent();
            assertThat(s.lastError()).isEmpty();
            assertThat(s.rejectedCount()).isZero();
            assertThat(s.clockSkew()).hasValueSatisfying(d -> assertThat(d.abs()).isLessThan(Duration.ofSeconds(2)));
            assertThat(s.skewExceeded()).isFalse();
        }
    }

    @Test
    void referenceDataIsAppliedAndANewVersionArrivesAsChangesWithDeletions() throws Exception {
        try (CentralServer server = Central.start(dir); Kiosk k = new Kiosk(dir, "kiosk").enrol(server.url(), "DEMO-A9990-1")) {
            SyncWorker w = k.worker(server.url(), SyncPolicy.defaults());
            assertThat(w.runRound()).isInstanceOf(RoundResult.Synced.class);
            assertThat(k.ledger.referenceData().version(Dataset.SITES)).isEqualTo(OptionalLong.of(1));
            assertThat(k.ledger.referenceData().rows(Dataset.SITES)).containsOnlyKeys("A9990", "A9991", "A9999");
            assertThat(k.ledger.referenceData().resolveStep("Receipt")).contains(EventType.RECEIVED);

            Map<String, String> v2 = new LinkedHashMap<>(k.ledger.referenceData().rows(Dataset.SITES));
            v2.remove("A9999");
            v2.put("A9990", "{\"name\":\"Validation Apheresis Center (new building)\",\"zone\":\"America/New_York\"}");
            v2.put("A9992", "{\"name\":\"Validation Courier Hub\",\"zone\":\"Europe/London\"}");
            server.publish(Dataset.SITES, 2, v2);
            assertThat(w.runRound()).isInstanceOf(RoundResult.Synced.class);

            assertThat(k.ledger.referenceData().version(Dataset.SITES)).isEqualTo(OptionalLong.of(2));
            assertThat(k.ledger.referenceData().rows(Dataset.SITES)).isEqualTo(v2);
            assertThat(k.ledger.referenceData().version(Dataset.PERSONNEL)).isEqualTo(OptionalLong.of(1));
            assertThat(k.ledger.referenceData().version(Dataset.ORDERS)).as("never published").isEmpty();
        }
    }

    @Test
    void identifierBlocksAreLeasedAheadOfNeedWithoutOverlapAndAssignmentWorksOfflineUntilTheyRunOut() throws Exception {
        Seed file = Seed.read(Central.SEED);
        Seed small = new Seed(file.enrolmentCodes(), Map.of(IdentifierKind.DIN, 5L, IdentifierKind.COI, 3L),
                file.maxBatchEvents(), file.maxBatchBytes(), file.referenceData());
        CentralServer server = CentralServer.start(0, dir.resolve("central.db"), small, Clock.systemUTC());
        try (Kiosk k = new Kiosk(dir, "kiosk").enrol(server.url(), "DEMO-A9990-1")) {
            SyncWorker w = k.worker(server.url(), SyncPolicy.defaults().withBlockTargets(List.of(
                    new BlockTarget(IdentifierKind.COI, COLLECTION, 4), new BlockTarget(IdentifierKind.DIN, COLLECTION, 5))));
            assertThat(w.runRound()).isInstanceOf(RoundResult.Synced.class);
            assertThat(k.ledger.identifierBlocks().remaining(IdentifierKind.COI, COLLECTION, year()))
                    .as("two blocks of 3 to reach 4").isEqualTo(6);
            assertThat(k.ledger.identifierBlocks().remaining(IdentifierKind.DIN, COLLECTION, year())).isEqualTo(5);
            server.close();

            List<CoiId> assigned = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                assigned.add(k.ledger.identifierBlocks().nextCoi(COLLECTION, year()));
            }
            assertThat(assigned).doesNotHaveDuplicates().extracting(CoiId::sequence)
                    .containsExactly("000001", "000002", "000003", "000004", "000005", "000006");
            assertThatThrownBy(() -> k.ledger.identifierBlocks().nextCoi(COLLECTION, year()))
                    .isInstanceOf(LedgerException.class)
                    .hasMessageContaining("No COI numbers left for A9990")
                    .hasMessageContaining("connect to the central system to lease a new block");
        } finally {
            server.close();
        }
    }

    @Test
    void aStartedWorkerSyncsOnItsOwnThreadAndAgainWhenAsked() throws Exception {
        try (CentralServer server = Central.start(dir); Kiosk k = new Kiosk(dir, "kiosk").enrol(server.url(), "DEMO-A9990-1")) {
            k.record(30);
            SyncWorker w = new SyncWorker(new CentralApi(Kiosk.config(server.url()), k.credentials, Clock.systemUTC()),
                    k.deviceId(), new SyncStores(k.ledger.syncRecords(), k.ledger.referenceData(),
                    k.ledger.identifierBlocks()), SyncPolicy.defaults(), Clock.systemUTC(), Pause.real(), new Random());
            BlockingQueue<String> seen = new LinkedBlockingQueue<>();
            try (w; AutoCloseable sub = w.subscribe(s -> seen.add(Thread.currentThread().getName() + " " + s.state()
                    + " " + s.pendingCount()))) {
                w.start();
                awaitLine(seen, "coi-edge-sync IDLE 0");
                List<CustodyEvent> more = k.record(7);
                w.requestSync();
                awaitLine(seen, "coi-edge-sync IDLE 0");
                assertThat(server.events(k.deviceId())).hasSize(37);
                assertThat(server.events(k.deviceId()).get(36).eventId()).isEqualTo(more.get(6).id().toString());
            }
        }
    }

    private static void awaitLine(BlockingQueue<String> seen, String wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String s = seen.poll(100, TimeUnit.MILLISECONDS);
            if (wanted.equals(s)) {
                return;
            }
        }
        throw new AssertionError("no status '" + wanted + "' within 20 s");
    }
}
