package org.coiedge.sync;

import java.util.ArrayList;
import java.util.List;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.RemoteEvents;

/**
 * Reads, for the COIs this device recorded events for (newest first, at most {@link #MAX_COIS}), the
 * events other devices recorded, as the central chain holds them — each already verified by
 * {@link CentralApi#eventsForCoi} against its device's registered key — and keeps the new ones. So a
 * treatment site's timeline shows what the collection site recorded. Runs on the sync worker's thread.
 */
final class RemoteFollower {
    static final int MAX_COIS = 100;

    private final CentralApi api;
    private final String deviceId;
    private final RemoteEvents store;

    RemoteFollower(CentralApi api, String deviceId, RemoteEvents store) {
        this.api = api;
        this.deviceId = deviceId;
        this.store = store;
    }

    /** Returns how many events were new. */
    int follow() throws CentralException, LedgerException {
        int added = 0;
        for (CoiId coi : store.coisToFollow(MAX_COIS)) {
            List<RemoteEvents.RemoteEvent> theirs = new ArrayList<>();
            for (CentralEvent e : api.eventsForCoi(coi)) {
                if (!e.event().content().deviceId().equals(deviceId)) {
                    theirs.add(new RemoteEvents.RemoteEvent(e.serverSequence(), e.event()));
                }
            }
            added += store.store(theirs);
        }
        return added;
    }
}
