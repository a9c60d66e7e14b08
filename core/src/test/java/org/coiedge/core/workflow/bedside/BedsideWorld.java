package org.coiedge.core.workflow.bedside;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.coiedge.core.ledger.CustodyState;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.workflow.BagIdentity;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.RecordingSink;
import org.coiedge.core.auth.Role;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.testing.TestClock;

/** A treatment site (A9990) holding one released bag for patient MRN-7 of collection site A9999. */
final class BedsideWorld implements BedsideFacts {
    static final Fin TREATMENT = Fin.of("A9990");
    static final Fin COLLECTION = Fin.of("A9999");
    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final CoiId COI = new CoiId(COLLECTION, 26, "B7K2Q9");
    static final CoiId OTHER_COI = new CoiId(COLLECTION, 26, "C3M4N5");
    static final Din DIN = new Din(COLLECTION, 26, 4711);
    static final String PATIENT = "MRN7";
    static final Operator NURSE_1 = new Operator("N-1", "Grace Hopper", Set.of(Role.NURSE));
    static final Operator NURSE_2 = new Operator("N-2", "Mary Seacole", Set.of(Role.NURSE));
    static final Operator COURIER = new Operator("C-1", "Sam Courier", Set.of(Role.COURIER));

    final TestClock clock = new TestClock(Instant.parse("2026-11-22T15:00:00Z"));
    final RecordingSink sink = new RecordingSink(clock);
    final SiteContext site = new SiteContext(TREATMENT, ZONE, new Party(PartyRole.TREATMENT_SITE, "A9990",
            "Lakeside Infusion Center"), "D-bedside-1", clock);
    final Map<String, TreatmentOrder> orders = new HashMap<>();
    final Map<Din, Release> releases = new HashMap<>();

    BedsideWorld() throws LedgerException {
        orders.put(PATIENT, new TreatmentOrder("ORD-1", PATIENT, COI, "CAR-T (demo)"));
        releases.put(DIN, new Release(DIN, COI, PATIENT, clock.instant().minus(Duration.ofDays(2)),
                clock.instant().plus(Duration.ofDays(10)), ZoneId.of("America/New_York")));
        custodyEvent(EventType.RECEIVED, TREATMENT, COI, DIN);
    }

    /** Records an earlier event of this bag's journey at {@code where}. */
    void custodyEvent(EventType type, Fin where, CoiId coi, Din din) throws LedgerException {
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(coi.value(), IdentifierProvenance.SCANNED);
        prov.put(din.value(), IdentifierProvenance.SCANNED);
        sink.record(new EventContent(type, coi, List.of(din), PATIENT, null,
                new Party(PartyRole.TREATMENT_SITE, where.value(), "Site " + where.value()), where, ZONE, "D-other",
                List.of(new Signature("R-1", "Rita Receiver", SignatureMeaning.RECEIVED, clock.instant())),
                clock.instant(), prov, Map.of(), null));
        clock.advance(Duration.ofMinutes(1));
    }

    BagIdentity bag() {
        return BagIdentity.of(DIN, COI, IdentifierProvenance.SCANNED);
    }

    BedsideVerification start() throws Exception {
        return new BedsideVerification(site, this, sink, NURSE_1);
    }

    @Override
    public Optional<TreatmentOrder> orderForPatient(String patientId) {
        return Optional.ofNullable(orders.get(patientId));
    }

    @Override
    public Optional<Release> releaseFor(Din din) {
        return Optional.ofNullable(releases.get(din));
    }

    @Override
    public CustodyState custodyNow(CoiId coi) {
        return CustodyState.derive(coi, sink.events(), clock.instant(), clock.instant());
    }
}
