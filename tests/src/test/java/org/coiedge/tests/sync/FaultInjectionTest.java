package org.coiedge.tests.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.sync.SyncState;
import org.coiedge.sync.CentralException;
import org.coiedge.sync.RoundResult;
import org.coiedge.sync.SyncPolicy;
import org.coiedge.sync.SyncWorker;
import org.coiedge.tests.central.CentralServer;
import org.coiedge.tests.central.Seed;
import org.coiedge.tests.sync.faults.Fault;
import org.coiedge.tests.sync.faults.FaultProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the network does between the kiosk and the central chain, every event ends up there
 * exactly once, in order, and the outbox empties. The worker's waits go to a recording pause, so
 * backoff and Retry-After are asserted without sleeping.
 */
class FaultInjectionTest {
    private static final Predicate<String> UPLOADS = l -> l.startsWith("POST /v1/devices/");
    private static final SyncPolicy SMALL_BATCHES = SyncPolicy.defaults().withBatch(50, 1 << 20);
    @TempDir
    Path dir;
    CentralServer server;
    FaultProxy proxy;
    Kiosk kiosk;
    List<CustodyEvent> events;

    @BeforeEach
    void kioskWith120EventsBehindAProxy() throws Exception {
        server = Central.start(dir);
        proxy = new FaultProxy(server.port());
        kiosk = new Kiosk(dir, "kiosk").enrol(server.url(), "DEMO-A9990-1");
        events = kiosk.record(120);
    }

    @AfterEach
    void close() throws Exception {
        kiosk.close();
        proxy.close();
        server.close();
    }

    private SyncWorker worker() {
        return kiosk.worker(proxy.url(), SMALL_BATCHES);
    }

    @Test
    void whileTheServerIsDownTheKioskIsOfflineWithItsEventsPendingAndCatchesUpAfterwards() throws Exception {
        SyncWorker w = worker();
        proxy.down();

        RoundResult r = w.runRound();

        assertThat(r).isInstanceOfSatisfying(RoundResult.Failed.class,
                f -> assertThat(f.failure()).isEqualTo(CentralException.Failure.UNREACHABLE));
        assertThat(w.status().state()).isEqualTo(SyncState.OFFLINE);
        assertThat(w.status().pendingCount()).isEqualTo(120);
        assertThat(w.status().oldestPending()).contains(events.get(0).recordedAt());
        assertThat(w.status().lastError()).hasValueSatisfying(m -> assertThat(m)
                .contains("cannot be reached").contains("Work continues offline"));
        proxy.up();
        assertThat(w.syncUntilDone(3)).isEqualTo(new RoundResult.Synced(120, 0));
        Central.assertHoldsExactlyOnceInOrder(server, kiosk, events);
        assertThat(w.status().state()).isEqualTo(SyncState.IDLE);
        assertThat(w.status().lastError()).isEmpty();
    }

    @Test
    void serverErrorsAreRetriedWithAGrowingJitteredBackoff() throws Exception {
        proxy.inject(UPLOADS, Fault.status(500), Fault.status(500), Fault.status(502));

        RoundResult r = worker().syncUntilDone(10);

        assertThat(r).isEqualTo(new RoundResult.Synced(120, 0));
        Central.assertHoldsExactlyOnceInOrder(server, kiosk, events);
        List<Duration> waits = kiosk.pause.waits;
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(waits.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(waits.get(2)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aThrottledKioskWaitsAtLeastTheRetryAfterTheServerAskedForInSecondsOrAsADate() throws Exception {
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
        proxy.inject(UPLOADS, Fault.throttled(429, "7"), Fault.throttled(503, inAMinute));
        SyncWorker w = worker();

        RoundResult first = w.runRound();

        assertThat(first).isInstanceOf(RoundResult.Failed.class);
        assertThat(w.status().lastError()).hasValueSatisfying(m -> assertThat(m).contains("busy").contains("7 s"));
        assertThat(w.syncUntilDone(5)).isEqualTo(new RoundResult.Synced(120, 0));
        assertThat(((RoundResult.Failed) first).retryIn()).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        assertThat(kiosk.pause.waits).hasSize(1);
        assertThat(kiosk.pause.waits.get(0)).isBetween(Duration.ofSeconds(57), Duration.ofSeconds(61));
        Central.assertHoldsExactlyOnceInOrder(server, kiosk, events);
    }

    @Test
    void anUploadThatTimesOutIsSentAgainAndLandsOnce() throws Exception {
        proxy.inject(UPLOADS, Fault.stall());
        SyncWorker w = kiosk.worker(Kiosk.config(proxy.url()).withTimeouts(Duration.ofSeconds(1),
                Duration.ofMillis(300), Duration.ofSeconds(2)), SMALL_BATCHES);

        RoundResult first = w.runRound();

        assertThat(first).isInstanceOfSatisfying(RoundResult.Failed.class,
                f -> assertThat(f.failure()).isEqualTo(CentralException.Failure.TIMEOUT));
        assertThat(w.status().lastError()).hasValueSatisfying(m -> assertThat(m).contains("did not answer in time"));
        assertThat(w.syncUntilDone(3)).isEqualTo(new RoundResult.Synced(120, 0));
        Central.assertHoldsExactlyOnceInOrder(server, kiosk, events);
    }

    @Test
    void aConnectionResetAfterTheServerCommittedEndsWithDuplicatesTakenAsAcknowledgements() throws Exception {
        proxy.inject(UPLOADS, Fault.resetAfterServerAnswered(), Fault.resetAfterServerAnswered(),
                Fault.resetBeforeForwarding());

        RoundResult r = worker().syncUntilDone(10);

        assertThat(r).isInstanceOf(RoundResult.Synced.class);
        Central.assertHoldsExactlyOnceInOrder(server, kiosk, events);
        long uploads = proxy.log().stream().filter(UPLOADS).count();
        assertThat(uploads).as("120 events in batches of 50, two of them sent again").isGreaterThanOrEqualTo(5);
        assertThat(server.events(kiosk.deviceId())).extracting(CentralServer.StoredEvent::serverSequence)
                .as("no server sequence was spent twice").doesNotHaveDuplicates();
    }

    @Test
    void aBatchDeliveredTwiceIsAnsweredWithDuplicatesCarryingTheFirstServerSequences() throws Exception {
        proxy.inject(UPLOADS, Fault.deliverTwice());

        RoundResult r = worker().syncUntilDone(3);

        assertThat(r).isEqualTo(new RoundResult.Synced(120, 0));
        Central.assertHoldsExactlyOnceInOrder(server, kiosk, events);
    }

    @Test
    void aServerThatTakesOnlyPartOfEachBatchGetsTheRestInLaterRequests() throws Exception {
        proxy.close();
        server.close();
        Seed file = Seed.read(Central.SEED);
        server = CentralServer.start(0, dir.resolve("central-partial.db"), new Seed(file.enrolmentCodes(),
                file.blockSizes(), 30, file.maxBatchBytes(), file.referenceData()), Clock.systemUTC());
        proxy = new FaultProxy(server.port());
        kiosk.enrol(server.url(), "DEMO-A9990-2");

        RoundResult r = worker().syncUntilDone(3);

        assertThat(r).isEqualTo(new RoundResult.Synced(120, 0));
        Central.assertHoldsExactlyOnceInOrder(server, kiosk, events);
        assertThat(proxy.log().stream().filter(UPLOADS)).as("30 accepted per request").hasSize(4);
    }

    @Test
    void aDeviceClockFiveMinutesBehindTheServerIsReportedAsSkewed() throws Exception {
        proxy.close();
        server.close();
        server = Central.start(dir.resolve("ahead"), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5)));
        proxy = new FaultProxy(server.port());
        kiosk.enrol(server.url(), "DEMO-A9990-1");
        SyncWorker w = worker();

        assertThat(w.syncUntilDone(3)).isEqualTo(new RoundResult.Synced(120, 0));

        assertThat(w.status().clockSkew()).hasValueSatisfying(d -> assertThat(d)
                .isBetween(Duration.ofMinutes(-5).minusSeconds(2), Duration.ofMinutes(-5).plusSeconds(2)));
        assertThat(w.status().skewExceeded()).isTrue();
        Central.assertHoldsExactlyOnceInOrder(server, kiosk, events);
    }

    @Test
    void aSkewWithinTheThresholdIsMeasuredButNotFlagged() throws Exception {
        proxy.close();
        server.close();
        server = Central.start(dir.resolve("slightly-ahead"), Clock.offset(Clock.systemUTC(), Duration.ofSeconds(40)));
        proxy = new FaultProxy(server.port());
        kiosk.enrol(server.url(), "DEMO-A9990-1");
        SyncWorker w = worker();

        w.runRound();

        assertThat(w.status().clockSkew()).hasValueSatisfying(d -> assertThat(d.abs()).isGreaterThan(Duration.ofSeconds(38)));
        assertThat(w.status().skewExceeded()).isFalse();
    }

    @Test
    void revokedCredentialsStopSyncUntilAnAdministratorActsWithoutRetrying() throws Exception {
        server.revoke(kiosk.deviceId());
        SyncWorker w = worker();

        RoundResult r = w.syncUntilDone(5);

        assertThat(r).isInstanceOf(RoundResult.Stopped.class);
        assertThat(w.status().state()).isEqualTo(SyncState.AUTH_FAILED);
        assertThat(w.status().lastError()).hasValueSatisfying(m -> assertThat(m).contains("401")
                .contains("enrol the device again"));
        assertThat(kiosk.pause.waits).as("no retry loop").isEmpty();
        assertThat(proxy.log()).as("the server time, then one upload refused").hasSize(2);
        assertThat(proxy.log().get(1)).startsWith("POST /v1/devices/" + kiosk.deviceId() + "/events");
        assertThat(w.status().pendingCount()).isEqualTo(120);
    }

    @Test
    void aForbiddenAnswerToAnUploadAlsoStopsSync() throws Exception {
        proxy.inject(UPLOADS, Fault.status(403));

        RoundResult r = worker().syncUntilDone(5);

        assertThat(r).isInstanceOf(RoundResult.Stopped.class);
        assertThat(kiosk.worker.status().state()).isEqualTo(SyncState.AUTH_FAILED);
        assertThat(server.events(kiosk.deviceId())).isEmpty();
    }
}
