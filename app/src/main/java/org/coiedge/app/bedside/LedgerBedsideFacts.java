package org.coiedge.app.bedside;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.coiedge.app.kiosk.data.ReleaseRow;
import org.coiedge.app.kiosk.data.TreatmentOrderRow;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.ledger.CustodyState;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.ReferenceDataCache;
import org.coiedge.core.workflow.bedside.BedsideFacts;
import org.coiedge.core.workflow.bedside.Release;
import org.coiedge.core.workflow.bedside.TreatmentOrder;

/**
 * The bedside facts from this kiosk's own data, so verification works offline: treatment orders
 * from the ORDERS reference data (indexed by patient id, the index rebuilt whenever the dataset's
 * version changes), releases from the RELEASES reference data (keyed by DIN), and custody from the
 * ledger as it stands now. A patient with several orders that have a COI gets the most recently
 * collected one. A damaged row is a {@link LedgerException}: verification stops rather than guess.
 *
 * <p>Blocking local reads; thread-safe.
 */
public final class LedgerBedsideFacts implements BedsideFacts {
    private final Ledger ledger;
    private final ReferenceDataCache cache;
    private final Clock clock;
    private long indexedVersion = Long.MIN_VALUE;
    private Map<String, TreatmentOrder> byPatient = Map.of();

    public LedgerBedsideFacts(Ledger ledger, ReferenceDataCache cache, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized Optional<TreatmentOrder> orderForPatient(String patientId) throws LedgerException {
        OptionalLong version = cache.version(Dataset.ORDERS);
        long v = version.isPresent() ? version.getAsLong() : -1;
        if (v != indexedVersion) {
            byPatient = index(cache.rows(Dataset.ORDERS));
            indexedVersion = v;
        }
        return Optional.ofNullable(byPatient.get(patientId));
    }

    @Override
    public Optional<Release> releaseFor(Din din) throws LedgerException {
        Optional<String> row = cache.lookup(Dataset.RELEASES, din.value());
        try {
            return row.map(r -> ReleaseRow.fromRow(din.value(), r));
        } catch (IllegalStateException e) {
            throw new LedgerException(LedgerException.Reason.STORAGE, e.getMessage(), e);
        }
    }

    @Override
    public CustodyState custodyNow(CoiId coi) throws LedgerException {
        var now = clock.instant();
        return ledger.custodyState(coi, now, now);
    }

    private static Map<String, TreatmentOrder> index(Map<String, String> rows) throws LedgerException {
        Map<String, TreatmentOrder> out = new HashMap<>();
        Map<String, ZonedDateTime> when = new HashMap<>();
        for (String row : rows.values()) {
            TreatmentOrderRow.Parsed p;
            try {
                p = TreatmentOrderRow.fromRow(row);
            } catch (IllegalStateException e) {
                throw new LedgerException(LedgerException.Reason.STORAGE, e.getMessage(), e);
            }
            if (p.order().isEmpty()) {
                continue;
            }
            ZonedDateTime at = p.collectedAt().orElse(null);
            ZonedDateTime before = when.get(p.patientId());
            if (!out.containsKey(p.patientId()) || at != null && (before == null || at.isAfter(before))) {
                out.put(p.patientId(), p.order().get());
                when.put(p.patientId(), at);
            }
        }
        return out;
    }
}
