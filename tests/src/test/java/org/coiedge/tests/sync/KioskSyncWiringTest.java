package org.coiedge.tests.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.coiedge.app.cli.ledger.DeviceKeys;
import org.coiedge.app.config.ConfigLoader;
import org.coiedge.app.config.ConfigResult;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.config.KioskPaths;
import org.coiedge.app.kiosk.KioskServices;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.sync.SyncState;
import org.coiedge.ledger.keys.DeviceKeyStore;
import org.coiedge.ledger.synthetic.SyntheticEvents;
import org.coiedge.sync.CentralApi;
import org.coiedge.tests.central.CentralServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's own services sync through the real worker once enrolled, and say how to enrol before. */
class KioskSyncWiringTest {
    @TempDir
    Path dir;

    private KioskConfig config(String url) {
        Properties p = new Properties();
        p.setProperty("site.fin", "A9990");
        p.setProperty("site.name", "Validation Apheresis Center");
        p.setProperty("site.zone", "America/New_York");
        p.setProperty("central.url", url);
        ConfigResult r = ConfigLoader.parse(p, "test");
        assertThat(r).as(r.toString()).isInstanceOf(ConfigResult.Valid.class);
        return ((ConfigResult.Valid) r).config();
    }

    private KioskServices open(KioskConfig config, KioskPaths paths) throws Exception {
        return KioskServices.builder(config, paths).cameras(false).open(keys -> { });
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    @Test
    void aKioskNotYetEnrolledSaysHowToEnrolAndCountsWhatWaits() throws Exception {
        try (CentralServer server = Central.start(dir)) {
            KioskPaths paths = KioskPaths.resolve(Map.of("COIEDGE_DATA", dir.resolve("kiosk").toString()));
            try (KioskServices k = open(config(server.url()), paths)) {
                k.ledger.append(new SyntheticEvents(k.deviceId, 1, Instant.parse("2026-01-01T00:00:00Z")).next());
                assertThat(k.sync.status().state()).isEqualTo(SyncState.AUTH_FAILED);
                assertThat(k.sync.status().lastError().orElseThrow()).contains("not enrolled")
                        .contains("--enrol CODE").contains(paths.ledger().toString());
                assertThat(k.sync.status().pendingCount()).isEqualTo(1);
            }
        }
    }

    @Test
    void anEnrolledKioskUploadsItsEventsOnItsOwnThread() throws Exception {
        try (CentralServer server = Central.start(dir)) {
            KioskPaths paths = KioskPaths.resolve(Map.of("COIEDGE_DATA", dir.resolve("kiosk").toString()));
            java.nio.file.Files.createDirectories(paths.dataDir());
            var signer = DeviceKeys.open(paths.ledger(), paths.deviceKey());
            DeviceKeyStore.saveCredentials(paths.deviceKey(), DeviceKeys.password(),
                    new CentralApi(Kiosk.config(server.url()), Clock.systemUTC()).enrol("DEMO-A9990-1", signer));
            try (KioskServices k = open(config(server.url()), paths)) {
                CustodyEvent e = k.ledger.append(new SyntheticEvents(k.deviceId, 1,
                        Instant.now().minus(Duration.ofMinutes(5))).next());
                k.sync.requestSync();
                waitUntil("the event is acknowledged", () -> k.sync.status().pendingCount() == 0
                        && k.sync.status().lastSuccess().isPresent());
                assertThat(server.events(k.deviceId)).extracting(CentralServer.StoredEvent::eventId)
                        .containsExactly(e.id().toString());
                assertThat(k.sync.status().state()).isIn(SyncState.IDLE, SyncState.SYNCING);
                assertThat(k.ledger.outbox(10)).isEmpty();
            }
        }
    }
}
