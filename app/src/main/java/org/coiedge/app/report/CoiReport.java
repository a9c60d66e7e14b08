package org.coiedge.app.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.ledger.CustodyState;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.Verification;

/**
 * Everything an inspector needs about one chain of identity, as the ledger stood at {@code asOf}:
 * its events in chain order, the custody derived from them, and the verification of the whole
 * ledger (which covers these events).
 *
 * @param coi          the chain of identity
 * @param asOf         transaction time the report reflects
 * @param generatedAt  when the report was made
 * @param events       the COI's events known at {@code asOf}: this device's and those read from other devices
 *                     through the central chain, in the order they happened
 * @param custody      custody at {@code asOf} as known at {@code asOf}
 * @param verification the ledger's verification when the report was made
 * @param software     per event id, the coi-edge version that recorded it (this device's events, when known)
 */
public record CoiReport(CoiId coi, Instant asOf, Instant generatedAt, List<CustodyEvent> events, CustodyState custody,
        Verification verification, java.util.Map<java.util.UUID, String> software) {

    public CoiReport {
        Objects.requireNonNull(coi, "coi");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        events = List.copyOf(events);
        Objects.requireNonNull(custody, "custody");
        Objects.requireNonNull(verification, "verification");
        software = java.util.Map.copyOf(software);
    }

    /** Reads the report from a ledger; blocking. */
    public static CoiReport of(Ledger ledger, CoiId coi, Instant asOf, Instant now) throws LedgerException {
        List<CustodyEvent> events = new java.util.ArrayList<>(ledger.eventsForCoiAsOf(coi, asOf));
        for (CustodyEvent e : ledger.otherDevicesEventsForCoi(coi)) {
            if (!e.recordedAt().isAfter(asOf)) {
                events.add(e);
            }
        }
        events.sort(java.util.Comparator.comparing((CustodyEvent e) -> e.content().occurredAt())
                .thenComparing(CustodyEvent::recordedAt));
        java.util.Map<java.util.UUID, String> software = new java.util.HashMap<>();
        for (CustodyEvent e : ledger.eventsForCoiAsOf(coi, asOf)) {
            ledger.softwareAt(e.sequence()).ifPresent(v -> software.put(e.id(), v));
        }
        return new CoiReport(coi, asOf, now, events, CustodyState.derive(coi, events, asOf, asOf), ledger.verify(),
                software);
    }
}
