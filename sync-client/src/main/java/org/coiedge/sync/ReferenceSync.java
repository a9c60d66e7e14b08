package org.coiedge.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.ReferenceDataCache;

/**
 * Pulls each reference dataset and applies a newer version atomically: changes since the version
 * held are merged with it (added, changed and deleted rows), or a complete version replaces it.
 */
final class ReferenceSync {
    private final CentralApi api;
    private final ReferenceDataCache cache;

    ReferenceSync(CentralApi api, ReferenceDataCache cache) {
        this.api = api;
        this.cache = cache;
    }

    /** Returns how many datasets got a new version. */
    int pullAll() throws CentralException, LedgerException {
        int changed = 0;
        for (Dataset d : Dataset.values()) {
            if (pull(d)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean pull(Dataset d) throws CentralException, LedgerException {
        OptionalLong held = cache.version(d);
        ReferenceUpdate u = api.reference(d, held);
        if (!(u instanceof ReferenceUpdate.Changes)) {
            return false;
        }
        ReferenceUpdate.Changes c = (ReferenceUpdate.Changes) u;
        if (!c.complete() && !c.baseVersion().equals(held)) {
            // changes against a version this device does not hold: ask for the whole dataset
            u = api.reference(d, OptionalLong.empty());
            if (!(u instanceof ReferenceUpdate.Changes) || !((ReferenceUpdate.Changes) u).complete()) {
                throw new CentralException(CentralException.Failure.PROTOCOL, "Central system at " + api.where()
                        + " sent no complete version of " + d + " when asked for one. Report it to its operators.", null);
            }
            c = (ReferenceUpdate.Changes) u;
        }
        if (held.isPresent() && c.version() <= held.getAsLong()) {
            return false;
        }
        Map<String, String> rows = new LinkedHashMap<>();
        if (!c.complete()) {
            rows.putAll(cache.rows(d));
            c.deleted().forEach(rows::remove);
        }
        rows.putAll(c.rows());
        cache.apply(d, c.version(), rows);
        return true;
    }
}
