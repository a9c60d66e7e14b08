package org.coiedge.sync;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the sync worker behaves.
 *
 * @param batchMaxEvents   events per upload request, at most
 * @param batchMaxBytes    uncompressed bytes per upload request, at most (a single larger event goes alone)
 * @param interval         wait between rounds while everything goes well
 * @param backoff          waits after failures in a row
 * @param maxRetryAfter    the longest {@code Retry-After} honoured as given (longer ones are cut to this)
 * @param chainRefusedWait wait after the central chain refused the chain's continuation (an administrator must act)
 * @param skewThreshold    device/server clock difference beyond which the status says so
 * @param blockTargets     identifier blocks to keep topped up
 * @param yearEndMargin    how long before the end of the year the next year's blocks are leased too
 * @param referenceData    whether rounds pull reference data
 */
public record SyncPolicy(int batchMaxEvents, int batchMaxBytes, Duration interval, Backoff backoff,
        Duration maxRetryAfter, Duration chainRefusedWait, Duration skewThreshold, List<BlockTarget> blockTargets,
        Duration yearEndMargin, boolean referenceData) {
    public SyncPolicy {
        if (batchMaxEvents < 1 || batchMaxBytes < 1) {
            throw new IllegalArgumentException("a batch holds at least one event");
        }
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(chainRefusedWait, "chainRefusedWait");
        Objects.requireNonNull(skewThreshold, "skewThreshold");
        blockTargets = List.copyOf(blockTargets);
        Objects.requireNonNull(yearEndMargin, "yearEndMargin");
    }

    /**
     * Kiosk defaults: 500 events or 1 MiB per request, a round every 30 s, backoff from 1 s to 5 min,
     * Retry-After honoured up to 1 hour, 15 min after a refused chain, skew threshold 2 minutes, no
     * block targets, next year's blocks from 30 days before the year ends, reference data pulled.
     */
    public static SyncPolicy defaults() {
        return new SyncPolicy(500, 1 << 20, Duration.ofSeconds(30), Backoff.standard(), Duration.ofHours(1),
                Duration.ofMinutes(15), Duration.ofMinutes(2), List.of(), Duration.ofDays(30), true);
    }

    public SyncPolicy withBatch(int maxEvents, int maxBytes) {
        return new SyncPolicy(maxEvents, maxBytes, interval, backoff, maxRetryAfter, chainRefusedWait, skewThreshold,
                blockTargets, yearEndMargin, referenceData);
    }

    public SyncPolicy withBlockTargets(List<BlockTarget> targets) {
        return new SyncPolicy(batchMaxEvents, batchMaxBytes, interval, backoff, maxRetryAfter, chainRefusedWait,
                skewThreshold, targets, yearEndMargin, referenceData);
    }

    public SyncPolicy withSkewThreshold(Duration threshold) {
        return new SyncPolicy(batchMaxEvents, batchMaxBytes, interval, backoff, maxRetryAfter, chainRefusedWait,
                threshold, blockTargets, yearEndMargin, referenceData);
    }

    public SyncPolicy withReferenceData(boolean pull) {
        return new SyncPolicy(batchMaxEvents, batchMaxBytes, interval, backoff, maxRetryAfter, chainRefusedWait,
                skewThreshold, blockTargets, yearEndMargin, pull);
    }
}
