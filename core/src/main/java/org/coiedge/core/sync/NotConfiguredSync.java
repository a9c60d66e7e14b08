package org.coiedge.core.sync;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/** The null object for a device without a central system: always {@link SyncState#NOT_CONFIGURED}. */
public final class NotConfiguredSync implements SyncMonitor {
    private final Clock clock;

    public NotConfiguredSync(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SyncStatus status() {
        return SyncStatus.notConfigured(0, Optional.empty(), clock.instant());
    }

    @Override
    public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
        return () -> { };
    }

    @Override
    public void requestSync() {
        // nothing to sync with
    }
}
