package org.coiedge.sync;

import java.time.Duration;
import java.util.Objects;

/** How one sync round ended, and how long the worker waits before the next. */
public sealed interface RoundResult
        permits RoundResult.Synced, RoundResult.Failed, RoundResult.Stopped, RoundResult.ChainRefused {

    /**
     * Everything pending at the start was handed over (acknowledged or quarantined), reference data
     * and identifier blocks are current.
     *
     * @param acknowledged events acknowledged this round (accepted or duplicate)
     * @param quarantined  events the central chain refused this round, now quarantined
     */
    record Synced(long acknowledged, long quarantined) implements RoundResult {
    }

    /** The round could not finish (network, server, ledger); sync tries again after {@code retryIn}. */
    record Failed(String message, CentralException.Failure failure, Duration retryIn) implements RoundResult {
        public Failed {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(retryIn, "retryIn");
        }
    }

    /** The central system refused the device's credentials: no more rounds until an administrator acts. */
    record Stopped(String message) implements RoundResult {
        public Stopped {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The central chain refused the chain's continuation; nothing more can be sent until an administrator acts. */
    record ChainRefused(ChainBreak chainBreak, String message, Duration retryIn) implements RoundResult {
        public ChainRefused {
            Objects.requireNonNull(chainBreak, "chainBreak");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(retryIn, "retryIn");
        }
    }
}
