package org.coiedge.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.coiedge.core.ledger.IdentifierBlocks;
import org.coiedge.core.ledger.LedgerException;

/**
 * Keeps identifier blocks above their low-water marks, for this year and, near its end, the next
 * (years in UTC). A lease whose answer was lost is asked for again with the same request id, so the
 * central system returns the same block instead of spending another.
 */
final class BlockTopUp {
    private static final int MAX_LEASES_PER_TARGET = 4;
    private final CentralApi api;
    private final IdentifierBlocks blocks;
    private final List<BlockTarget> targets;
    private final Duration yearEndMargin;
    private final Clock clock;
    private final Map<String, UUID> openRequests = new ConcurrentHashMap<>();

    BlockTopUp(CentralApi api, IdentifierBlocks blocks, List<BlockTarget> targets, Duration yearEndMargin, Clock clock) {
        this.api = api;
        this.blocks = blocks;
        this.targets = targets;
        this.yearEndMargin = yearEndMargin;
        this.clock = clock;
    }

    /** Tops up every target; returns a warning for targets the central system refused (the round goes on). */
    Optional<String> topUp() throws CentralException, LedgerException {
        List<String> refused = new ArrayList<>();
        for (BlockTarget t : targets) {
            for (int year : years()) {
                try {
                    topUp(t, year);
                } catch (CentralException e) {
                    if (e.failure() != CentralException.Failure.REFUSED) {
                        throw e;
                    }
                    refused.add(e.getMessage());
                }
            }
        }
        return refused.isEmpty() ? Optional.empty() : Optional.of(refused.get(0));
    }

    private void topUp(BlockTarget t, int year) throws CentralException, LedgerException {
        for (int i = 0; i < MAX_LEASES_PER_TARGET && blocks.remaining(t.kind(), t.fin(), year) < t.lowWater(); i++) {
            String key = t.kind() + "/" + t.fin().value() + "/" + year;
            UUID request = openRequests.computeIfAbsent(key, k -> UUID.randomUUID());
            IdentifierLease l = api.lease(request, t.kind(), t.fin(), year);
            if (l.kind() != t.kind() || !l.fin().equals(t.fin()) || l.year() != year) {
                throw new CentralException(CentralException.Failure.PROTOCOL, "Central system at " + api.where()
                        + " leased a block for " + l.kind() + " " + l.fin().value() + " year " + l.year() + " when asked for "
                        + t.kind() + " " + t.fin().value() + " year " + year + ". Report it to its operators.", null);
            }
            blocks.lease(l.kind(), l.fin(), l.year(), l.first(), l.last());
            openRequests.remove(key);
        }
    }

    private List<Integer> years() {
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        List<Integer> ys = new ArrayList<>(List.of(now.getYear() % 100));
        if (now.plus(yearEndMargin).getYear() != now.getYear()) {
            ys.add((now.getYear() + 1) % 100);
        }
        return ys;
    }
}
