package org.coiedge.core.workflow.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.IdentifierBlocks;
import org.coiedge.core.ledger.IdentifierKind;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.RecordingSink;
import org.coiedge.core.auth.Role;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.testing.TestClock;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WorkflowProblem;
import org.junit.jupiter.api.Test;

class CollectionTest {
    private static final Fin FIN = Fin.of("A9999");
    private static final Operator TECH = new Operator("T-1", "Tom Tech", Set.of(Role.APHERESIS_TECHNICIAN));
    private static final Operator NURSE = new Operator("N-1", "Grace Hopper", Set.of(Role.NURSE));

    private final TestClock clock = new TestClock(Instant.parse("2026-11-22T15:00:00Z"));
    private final RecordingSink sink = new RecordingSink(clock);
    private final SiteContext site = new SiteContext(FIN, ZoneId.of("America/New_York"),
            new Party(PartyRole.COLLECTION_SITE, "A9999", "Northside Apheresis"), "D-collect-1", clock);
    private final Map<String, CollectionOrder> orders = new HashMap<>();
    private final Blocks blocks = new Blocks();

    /** Leased numbers handed out in order; runs out after {@code left}. */
    private static final class Blocks implements IdentifierBlocks {
        int nextDin = 100;
        int dinsLeft = 5;

        @Override
        public void lease(IdentifierKind kind, Fin fin, int year, long first, long last) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Din nextDin(Fin fin, int year) throws LedgerException {
            if (dinsLeft-- <= 0) {
                throw new LedgerException(LedgerException.Reason.EXHAUSTED, "no DIN left for " + fin.value());
            }
            return new Din(fin, year, nextDin++);
        }

        @Override
        public CoiId nextCoi(Fin fin, int year) {
            return new CoiId(fin, year, "00000A");
        }

        @Override
        public long remaining(IdentifierKind kind, Fin fin, int year) {
            return dinsLeft;
        }
    }

    private Collection collection(int tubes) throws Exception {
        orders.put("MRN7", new CollectionOrder("ORD-1", "MRN7", Optional.empty(), "CAR-T (demo)"));
        return new Collection(site, p -> Optional.ofNullable(orders.get(p)), blocks, sink, TECH, tubes);
    }

    private Collection labelled(int tubes) throws Exception {
        Collection c = collection(tubes);
        c.wristband("MRN7", IdentifierProvenance.SCANNED);
        c.assignDin();
        c.bagLabelVerified(c.din().orElseThrow());
        for (int i = 1; i <= tubes; i++) {
            c.tubeLabelVerified(c.din().orElseThrow(), i);
        }
        return c;
    }

    @Test
    void aFirstCollectionAssignsCoiAndDinVerifiesLabelsAndIsSigned() throws Exception {
        Collection c = labelled(2);
        c.record(clock.instant().minus(Duration.ofHours(3)), clock.instant().minus(Duration.ofMinutes(5)), 212);
        List<CustodyEvent> signed = c.sign(TECH);

        CoiId coi = new CoiId(FIN, 26, "00000A");
        Din din = new Din(FIN, 26, 100);
        assertThat(sink.events()).extracting(CustodyEvent::type).containsExactly(EventType.PATIENT_IDENTIFIED,
                EventType.IDENTIFIER_ASSIGNED, EventType.COLLECTION_STARTED, EventType.COLLECTION_COMPLETED);
        assertThat(sink.events()).allSatisfy(e -> assertThat(e.content().coi()).isEqualTo(coi));
        assertThat(sink.events().get(0).content().payload()).containsEntry("coiAssigned", true);
        assertThat(sink.events().get(1).content().dins()).containsExactly(din);
        assertThat(signed.get(0).content().occurredAt()).isEqualTo(clock.instant().minus(Duration.ofHours(3)));
        assertThat(signed.get(1).content().payload()).containsEntry("volumeMl", 212L);
        assertThat(signed.get(1).content().signatures().get(0).meaning()).isEqualTo(SignatureMeaning.PERFORMED);
        assertThat(signed.get(1).content().to().role()).isEqualTo(PartyRole.COLLECTION_SITE);
        assertThat(c.step()).isEqualTo(Collection.Step.DONE);
    }

    @Test
    void aSecondCollectionForTheSameTherapyReusesTheCoi() throws Exception {
        CoiId existing = new CoiId(FIN, 26, "B7K2Q9");
        Collection c = collection(0);
        orders.put("MRN7", new CollectionOrder("ORD-1", "MRN7", Optional.of(existing), "CAR-T (demo)"));
        c.wristband("MRN7", IdentifierProvenance.SCANNED);
        assertThat(c.coi()).contains(existing);
        assertThat(sink.events().get(0).content().payload()).containsEntry("coiAssigned", false);
    }

    @Test
    void aPatientWithoutOrderIsRefusedAndNothingIsRecorded() throws Exception {
        Collection c = collection(0);
        assertThatThrownBy(() -> c.wristband("MRN8", IdentifierProvenance.SCANNED))
                .hasMessageContaining("Patient MRN8 has no collection order");
        assertThat(sink.events()).isEmpty();
        assertThat(c.step()).isEqualTo(Collection.Step.WRISTBAND);
    }

    @Test
    void labelsMustAllBeVerifiedBeforeTheCollectionIsRecorded() throws Exception {
        Collection c = collection(2);
        c.wristband("MRN7", IdentifierProvenance.SCANNED);
        c.assignDin();
        Instant s = clock.instant().minus(Duration.ofHours(1));
        assertThatThrownBy(() -> c.record(s, clock.instant(), 100)).hasMessageContaining("bag label first");
        c.bagLabelVerified(c.din().orElseThrow());
        c.tubeLabelVerified(c.din().orElseThrow(), 1);
        assertThatThrownBy(() -> c.record(s, clock.instant(), 100)).hasMessageContaining("(1 left)");
        assertThatThrownBy(() -> c.tubeLabelVerified(c.din().orElseThrow(), 3)).hasMessageContaining("not one of the 2");
        c.tubeLabelVerified(c.din().orElseThrow(), 2);
        c.record(s, clock.instant(), 100);
        assertThat(c.step()).isEqualTo(Collection.Step.SIGN);
    }

    @Test
    void aLabelOfAnotherDinDoesNotCount() throws Exception {
        Collection c = collection(0);
        c.wristband("MRN7", IdentifierProvenance.SCANNED);
        c.assignDin();
        assertThatThrownBy(() -> c.bagLabelVerified(new Din(FIN, 26, 999))).hasMessageContaining("Void it");
        assertThat(c.step()).isEqualTo(Collection.Step.LABELS);
    }

    @Test
    void implausibleTimesAndVolumesAreRefused() throws Exception {
        Collection c = labelled(0);
        Instant now = clock.instant();
        assertThatThrownBy(() -> c.record(now, now.minusSeconds(60), 100)).hasMessageContaining("after its start");
        assertThatThrownBy(() -> c.record(now.minusSeconds(600), now.plus(Duration.ofHours(1)), 100))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> c.record(now.minus(Duration.ofHours(13)), now, 100)).hasMessageContaining("12 hours");
        assertThatThrownBy(() -> c.record(now.minusSeconds(600), now, 0)).hasMessageContaining("1-1000 mL");
        assertThatThrownBy(() -> c.record(now.minusSeconds(600), now, 5000)).hasMessageContaining("5000 was entered");
    }

    @Test
    void onlyTheTechnicianWhoCollectedSignsAndOnlyTechniciansCollect() throws Exception {
        assertThatThrownBy(() -> new Collection(site, p -> Optional.empty(), blocks, sink, NURSE, 0))
                .hasMessageContaining("may not collect");
        Collection c = labelled(0);
        c.record(clock.instant().minusSeconds(3600), clock.instant(), 150);
        Operator other = new Operator("T-2", "Tina Tech", Set.of(Role.APHERESIS_TECHNICIAN));
        assertThatThrownBy(() -> c.sign(other)).satisfies(t -> assertThat(((WorkflowException) t).problem())
                .isEqualTo(WorkflowProblem.SAME_PERSON));
    }

    @Test
    void noDinLeftGivesAClearMessageAndAFailedWriteNeverReusesANumber() throws Exception {
        Collection c = collection(0);
        c.wristband("MRN7", IdentifierProvenance.SCANNED);
        sink.failNext(1);
        assertThatThrownBy(c::assignDin).satisfies(t -> assertThat(((WorkflowException) t).problem())
                .isEqualTo(WorkflowProblem.NOT_RECORDED));
        c.assignDin();
        assertThat(c.din()).contains(new Din(FIN, 26, 101));

        Collection d = collection(0);
        d.wristband("MRN7", IdentifierProvenance.SCANNED);
        blocks.dinsLeft = 0;
        assertThatThrownBy(d::assignDin).hasMessageContaining("No donation numbers are left");
    }

    @Test
    void stepsOutOfOrderAreRefused() throws Exception {
        Collection c = collection(0);
        assertThatThrownBy(c::assignDin).hasMessageContaining("Identify the patient");
        assertThatThrownBy(() -> c.sign(TECH)).isInstanceOf(WorkflowException.class);
        Collection done = labelled(0);
        done.record(clock.instant().minusSeconds(3600), clock.instant(), 150);
        done.sign(TECH);
        assertThatThrownBy(() -> done.sign(TECH)).hasMessageContaining("signed and complete");
    }
}
