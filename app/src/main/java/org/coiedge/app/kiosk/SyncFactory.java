package org.coiedge.app.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.coiedge.app.cli.ledger.DeviceKeys;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.core.ledger.IdentifierKind;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.OutboxSummary;
import org.coiedge.core.sync.DeviceCredentials;
import org.coiedge.core.sync.NotConfiguredSync;
import org.coiedge.core.sync.SyncMonitor;
import org.coiedge.core.sync.SyncState;
import org.coiedge.core.sync.SyncStatus;
import org.coiedge.ledger.SqliteLedger;
import org.coiedge.ledger.keys.DeviceKeyStore;
import org.coiedge.sync.BlockTarget;
import org.coiedge.sync.CentralApi;
import org.coiedge.sync.CentralConfig;
import org.coiedge.sync.Pause;
import org.coiedge.sync.SyncPolicy;
import org.coiedge.sync.SyncStores;
import org.coiedge.sync.SyncWorker;

/**
 * Chooses the kiosk's sync: none without {@code central.url} ("not configured", with the real count
 * of events waiting); a started {@link SyncWorker} on its own thread when the device is enrolled
 * (credentials in the device key store, written by {@code coi-edge sync --enrol CODE}); otherwise a
 * monitor that says, in the status bar, that the kiosk must be enrolled and how. Blocking (reads the
 * key store); called once when the kiosk opens its data. The caller closes what it gets if it is
 * {@link AutoCloseable}.
 */
public final class SyncFactory {
    /** Numbers kept leased ahead of need per kind, so assignment works offline. */
    static final long KEEP_IDENTIFIERS = 200;

    private SyncFactory() {
    }

    public static SyncMonitor create(KioskConfig config, SqliteLedger ledger, Path ledgerFile, Path keyStore, Clock clock) {
        if (config.central().isEmpty()) {
            return new WaitingOnly(ledger, clock, SyncState.NOT_CONFIGURED, Optional.empty());
        }
        String url = config.central().get().url().toString();
        Optional<DeviceCredentials> creds;
        try {
            creds = DeviceKeyStore.credentials(keyStore, DeviceKeys.password());
        } catch (LedgerException e) {
            return new WaitingOnly(ledger, clock, SyncState.AUTH_FAILED, Optional.of("Sync cannot read this kiosk's"
                    + " credentials: " + e.getMessage()));
        }
        if (creds.isEmpty()) {
            return new WaitingOnly(ledger, clock, SyncState.AUTH_FAILED, Optional.of("This kiosk is not enrolled with "
                    + url + ". An administrator enrols it once: coi-edge sync --db " + ledgerFile + " --central "
                    + url + " --enrol CODE"));
        }
        var site = config.site().fin();
        SyncPolicy policy = SyncPolicy.defaults().withBlockTargets(List.of(
                new BlockTarget(IdentifierKind.DIN, site, KEEP_IDENTIFIERS),
                new BlockTarget(IdentifierKind.COI, site, KEEP_IDENTIFIERS)));
        SyncWorker worker = new SyncWorker(new CentralApi(CentralConfig.of(url), creds.get(), clock),
                creds.get().deviceId(), new SyncStores(ledger.syncRecords(), ledger.referenceData(),
                ledger.identifierBlocks(), ledger.remoteEvents()), policy, clock, Pause.real(), new Random());
        worker.start();
        return worker;
    }

    /** A kiosk that does not sync: says why, and counts what waits in the outbox. */
    static final class WaitingOnly implements SyncMonitor {
        private final SqliteLedger ledger;
        private final Clock clock;
        private final SyncState state;
        private final Optional<String> why;

        WaitingOnly(SqliteLedger ledger, Clock clock, SyncState state, Optional<String> why) {
            this.ledger = ledger;
            this.clock = clock;
            this.state = state;
            this.why = why;
        }

        @Override
        public SyncStatus status() {
            OutboxSummary s;
            try {
                s = ledger.syncRecords().summary();
            } catch (LedgerException e) {
                return new NotConfiguredSync(clock).status();
            }
            return new SyncStatus(state, s.pending(), s.oldestPending(), Optional.empty(), why, s.quarantined(),
                    Optional.empty(), false, clock.instant());
        }

        @Override
        public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
            return () -> { };
        }

        @Override
        public void requestSync() {
            // nothing to sync with; the status says why
        }
    }
}
