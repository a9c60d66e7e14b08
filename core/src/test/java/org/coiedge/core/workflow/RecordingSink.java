package org.coiedge.core.workflow;

import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.UuidV7Generator;
import org.coiedge.core.ledger.LedgerException;

/**
 * An in-memory chain for workflow tests: seals each event exactly as the ledger does (hash chain,
 * Ed25519 signature) and can be told to fail the next write, as a full disk would.
 */
public final class RecordingSink implements EventSink {
    private static final KeyPair KEYS = Ed25519.generate();

    private final List<CustodyEvent> events = new ArrayList<>();
    private final DeviceSigner signer = Ed25519.signer("D-test", KEYS);
    private final UuidV7Generator ids;
    private final Clock clock;
    private int failures;

    public RecordingSink(Clock clock) {
        this.clock = clock;
        this.ids = new UuidV7Generator(clock);
    }

    @Override
    public CustodyEvent record(EventContent content) throws LedgerException {
        if (failures > 0) {
            failures--;
            throw new LedgerException(LedgerException.Reason.STORAGE, "Ledger test.db: disk full");
        }
        String previous = events.isEmpty() ? EventChain.GENESIS_HASH : events.get(events.size() - 1).hash();
        CustodyEvent e = EventChain.seal(ids.next(), events.size() + 1L, content, clock.instant(), previous, signer);
        events.add(e);
        return e;
    }

    /** The next {@code n} writes fail. */
    public void failNext(int n) {
        failures = n;
    }

    public List<CustodyEvent> events() {
        return List.copyOf(events);
    }
}
