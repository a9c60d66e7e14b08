package org.coiedge.ledger.synthetic;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coiedge.core.event.Correction;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;

/**
 * Realistic synthetic custody journeys for stress tests and benchmarks: {@code parallel} COIs in
 * flight at once, each going through 20 steps that use every event type (collection in New York at
 * A9990, treatment in Berlin at A9991, two bags per COI, a voided label, a corrected quarantine, a
 * rejected bag, a bedside mismatch). Only validation facilities are used. Not thread-safe.
 */
public final class SyntheticEvents {
    private static final EventType[] JOURNEY = {
        EventType.PATIENT_IDENTIFIED, EventType.COLLECTION_STARTED, EventType.IDENTIFIER_ASSIGNED,
        EventType.COLLECTION_COMPLETED, EventType.LABEL_PRINTED, EventType.LABEL_VOIDED, EventType.LABEL_VERIFIED,
        EventType.UNABLE_TO_SCAN, EventType.CUSTODY_TRANSFERRED, EventType.SHIPMENT_PACKED, EventType.RECEIVED,
        EventType.QUARANTINED, EventType.CORRECTION, EventType.REJECTED, EventType.STORED, EventType.THAWED,
        EventType.MISMATCH_DETECTED, EventType.ADMINISTRATION_VERIFIED, EventType.ADMINISTRATION_STARTED,
        EventType.ADMINISTRATION_COMPLETED,
    };
    public static final Fin COLLECTION = Fin.of("A9990");
    public static final Fin TREATMENT = Fin.of("A9991");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Party APHERESIS = new Party(PartyRole.COLLECTION_SITE, "A9990", "Validation Apheresis Center");
    private static final Party COURIER = new Party(PartyRole.COURIER, "C-0001", "Cryo Courier Validation");
    private static final Party HOSPITAL = new Party(PartyRole.TREATMENT_SITE, "A9991", "Validation Treatment Center");
    private static final Party NURSE = new Party(PartyRole.STAFF, "N-0007", "Nurse Validation");

    private final String deviceId;
    private final int parallel;
    private final Instant start;
    private final Map<String, UUID> lastRecorded = new HashMap<>();
    private long index;

    public SyntheticEvents(String deviceId, int parallel, Instant start) {
        this.deviceId = deviceId;
        this.parallel = Math.max(1, parallel);
        this.start = start;
    }

    /** Number of steps in one COI's journey. */
    public static int journeyLength() {
        return JOURNEY.length;
    }

    /** The COI identifier of the {@code n}-th journey. */
    public static CoiId coi(long n) {
        String s = Long.toString(n, 36).toUpperCase(Locale.ROOT);
        return new CoiId(COLLECTION, 25, "0".repeat(6 - s.length()) + s);
    }

    /** Tells the generator an event was recorded, so a later correction can point at it. */
    public void recorded(CustodyEvent e) {
        lastRecorded.put(e.content().coi().value(), e.id());
    }

    public void recorded(List<CustodyEvent> events) {
        events.forEach(this::recorded);
    }

    public EventContent next() {
        long i = index++;
        int step = (int) ((i / parallel) % JOURNEY.length);
        long journey = (i / ((long) parallel * JOURNEY.length)) * parallel + i % parallel;
        CoiId coi = coi(journey);
        Din bag1 = new Din(COLLECTION, 25, (int) ((journey * 2) % 1_000_000));
        Din bag2 = new Din(COLLECTION, 25, (int) ((journey * 2 + 1) % 1_000_000));
        EventType type = JOURNEY[step];
        UUID toCorrect = lastRecorded.get(coi.value());
        if (type == EventType.CORRECTION && toCorrect == null) {
            type = EventType.UNABLE_TO_SCAN; // the quarantine it would correct is not recorded yet
        }
        List<Din> dins = dinsFor(type, bag1, bag2);
        boolean treatment = step >= 10;
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(coi.value(), IdentifierProvenance.SCANNED);
        dins.forEach(d -> prov.put(d.value(), step == 7 ? IdentifierProvenance.KEYED_WITH_CHECK
                : IdentifierProvenance.SCANNED));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("step", (long) step);
        payload.put("temperatureC", treatment ? -150L : 4L);
        payload.put("note", type == EventType.CORRECTION ? "quarantine entered in error" : "synthetic");
        Instant at = start.plusSeconds(i * 7);
        return new EventContent(type, coi, dins, step == 0 ? "MRN-" + journey : null,
                step == 8 ? APHERESIS : step == 10 ? COURIER : null,
                step == 8 ? COURIER : step == 10 ? HOSPITAL : step == 17 ? NURSE : null,
                treatment ? TREATMENT : COLLECTION, treatment ? BERLIN : NEW_YORK, deviceId,
                List.of(new Signature("S-" + (step % 3), "Staff Validation " + (step % 3), SignatureMeaning.PERFORMED, at)),
                at, prov, payload,
                type == EventType.CORRECTION ? new Correction(toCorrect, "quarantine entered in error") : null);
    }

    private static List<Din> dinsFor(EventType type, Din bag1, Din bag2) {
        switch (type) {
            case PATIENT_IDENTIFIED:
            case COLLECTION_STARTED:
            case CORRECTION:
            case SHIPMENT_PACKED:
                return List.of();
            case LABEL_VOIDED:
            case UNABLE_TO_SCAN:
            case REJECTED:
                return List.of(bag2);
            case QUARANTINED:
            case STORED:
            case THAWED:
            case MISMATCH_DETECTED:
            case ADMINISTRATION_VERIFIED:
            case ADMINISTRATION_STARTED:
            case ADMINISTRATION_COMPLETED:
                return List.of(bag1);
            default:
                return List.of(bag1, bag2);
        }
    }
}
