package org.coiedge.core.workflow.handoff;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.workflow.BagIdentity;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.RecordingSink;
import org.coiedge.core.auth.Role;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.testing.TestClock;

/** A two-bag shipment from collection site A9999 to treatment site A9990. */
final class HandoffWorld {
    static final Fin COLLECTION = Fin.of("A9999");
    static final Fin TREATMENT = Fin.of("A9990");
    static final CoiId COI = new CoiId(COLLECTION, 26, "B7K2Q9");
    static final Din BAG_1 = new Din(COLLECTION, 26, 4711);
    static final Din BAG_2 = new Din(COLLECTION, 26, 4712);
    static final Din STRAY = new Din(COLLECTION, 26, 5000);
    static final Operator TECH = new Operator("T-1", "Tom Tech", Set.of(Role.APHERESIS_TECHNICIAN));
    static final Operator COURIER = new Operator("C-1", "Sam Courier", Set.of(Role.COURIER));
    static final Operator RECEIVER = new Operator("R-1", "Rita Receiver", Set.of(Role.RECEIVING_STAFF));
    static final Operator NURSE = new Operator("N-1", "Grace Hopper", Set.of(Role.NURSE));

    final TestClock clock = new TestClock(Instant.parse("2026-11-22T15:00:00Z"));
    final RecordingSink sink = new RecordingSink(clock);
    final Party collectionSite = new Party(PartyRole.COLLECTION_SITE, "A9999", "Northside Apheresis");
    final Party treatmentSite = new Party(PartyRole.TREATMENT_SITE, "A9990", "Lakeside Infusion Center");
    final SiteContext atCollection = new SiteContext(COLLECTION, ZoneId.of("America/New_York"), collectionSite,
            "D-collect-1", clock);
    final SiteContext atTreatment = new SiteContext(TREATMENT, ZoneId.of("America/Chicago"), treatmentSite,
            "D-receive-1", clock);

    Manifest manifest(Duration expiresIn) {
        Instant exp = clock.instant().plus(expiresIn);
        return new Manifest("SHP-1", COI, List.of(new ExpectedUnit(BAG_1, exp), new ExpectedUnit(BAG_2, exp)),
                collectionSite, treatmentSite);
    }

    Manifest manifest() {
        return manifest(Duration.ofDays(10));
    }

    static BagIdentity bag(Din din) {
        return BagIdentity.of(din, COI, IdentifierProvenance.SCANNED);
    }
}
