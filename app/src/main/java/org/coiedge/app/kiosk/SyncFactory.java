package org.coiedge.app.kiosk;

import java.time.Clock;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.core.sync.NotConfiguredSync;
import org.coiedge.core.sync.SyncMonitor;

/**
 * The seam where the sync client is wired in. Today every configuration gets
 * {@link NotConfiguredSync} (the status bar says "not configured"): the sync-client module's
 * monitor is to be returned here when {@code central.url} is set, with the ledger's outbox and the
 * credentials file from {@link KioskConfig#central()}.
 */
public final class SyncFactory {
    private SyncFactory() {
    }

    public static SyncMonitor create(KioskConfig config, Clock clock) {
        return new NotConfiguredSync(clock);
    }
}
