package org.coiedge.core.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;

/**
 * Who holds which unit of a chain of identity, where and in what status, bitemporally: as it
 * was at valid time {@code validAt} (events that occurred at or before it), according to what the
 * ledger knew at transaction time {@code knownAt} (events recorded at or before it).
 *
 * <p>Corrections: an event named by a {@link org.coiedge.core.event.Correction} recorded at or
 * before {@code knownAt} is ignored, whatever its valid time; a correcting event of another type
 * than {@code CORRECTION} then applies in its place. An event without DINs applies to every unit
 * of the COI known so far.
 *
 * @param coi        the chain of identity
 * @param validAt    valid time
 * @param knownAt    transaction time
 * @param patientId  the last patient id named by an applied event, or null
 * @param units      per unit, ordered by DIN
 * @param applied    ids of the events that shaped this state, in the order applied
 * @param voided     ids of events set aside by corrections known at {@code knownAt}
 */
public record CustodyState(CoiId coi, Instant validAt, Instant knownAt, String patientId, List<UnitState> units,
        List<UUID> applied, Set<UUID> voided) {

    public CustodyState {
        Objects.requireNonNull(coi, "coi");
        Objects.requireNonNull(validAt, "validAt");
        Objects.requireNonNull(knownAt, "knownAt");
        units = List.copyOf(units);
        applied = List.copyOf(applied);
        voided = Set.copyOf(voided);
    }

    /** True when any unit is on hold after a detected mismatch: a hard stop for administration. */
    public boolean hardStop() {
        return units.stream().anyMatch(u -> u.status() == UnitStatus.ON_HOLD_MISMATCH);
    }

    /**
     * Derives the state from the events of one COI (any order; events of other COIs are ignored).
     * Pure function.
     */
    public static CustodyState derive(CoiId coi, List<CustodyEvent> events, Instant validAt, Instant knownAt) {
        List<CustodyEvent> known = new ArrayList<>();
        Set<UUID> voided = new HashSet<>();
        for (CustodyEvent e : events) {
            if (e.content().coi().equals(coi) && !e.recordedAt().isAfter(knownAt)) {
                known.add(e);
                if (e.content().correction() != null) {
                    voided.add(e.content().correction().correctedEventId());
                }
            }
        }
        known.sort(Comparator.comparing((CustodyEvent e) -> e.content().occurredAt())
                .thenComparingLong(CustodyEvent::sequence));
        String patient = null;
        TreeMap<Din, UnitState> units = new TreeMap<>();
        List<UUID> applied = new ArrayList<>();
        for (CustodyEvent e : known) {
            EventContent c = e.content();
            if (c.occurredAt().isAfter(validAt) || voided.contains(e.id()) || c.type() == EventType.CORRECTION) {
                continue;
            }
            applied.add(e.id());
            if (c.patientId() != null) {
                patient = c.patientId();
            }
            List<Din> targets = c.dins().isEmpty() ? new ArrayList<>(units.keySet()) : c.dins();
            for (Din din : targets) {
                UnitState before = units.get(din);
                UnitStatus status = UnitStatus.after(c.type());
                if (status == null && before != null) {
                    status = before.status();
                }
                var holder = c.to() != null ? c.to() : before == null ? null : before.holder();
                units.put(din, new UnitState(din, status, holder, c.site(), e.id(), c.occurredAt()));
            }
        }
        return new CustodyState(coi, validAt, knownAt, patient, new ArrayList<>(units.values()), applied, voided);
    }
}
