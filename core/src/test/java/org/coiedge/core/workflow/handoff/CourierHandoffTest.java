package org.coiedge.core.workflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coiedge.core.workflow.handoff.HandoffWorld.BAG_1;
import static org.coiedge.core.workflow.handoff.HandoffWorld.BAG_2;
import static org.coiedge.core.workflow.handoff.HandoffWorld.COURIER;
import static org.coiedge.core.workflow.handoff.HandoffWorld.NURSE;
import static org.coiedge.core.workflow.handoff.HandoffWorld.RECEIVER;
import static org.coiedge.core.workflow.handoff.HandoffWorld.STRAY;
import static org.coiedge.core.workflow.handoff.HandoffWorld.TECH;
import static org.coiedge.core.workflow.handoff.HandoffWorld.bag;

import java.time.Duration;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.workflow.BagIdentity;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WorkflowProblem;
import org.junit.jupiter.api.Test;

class CourierHandoffTest {
    private final HandoffWorld w = new HandoffWorld();

    private CourierHandoff pickup() {
        return new CourierHandoff(w.atCollection, w.manifest(), CourierHandoff.Direction.PICKUP, w.sink);
    }

    private void packed(CourierHandoff h) throws Exception {
        h.shipper("00095011010000000018");
        h.transport("LOG-77", "SEAL-9");
    }

    private static WorkflowProblem problem(Throwable t) {
        return ((WorkflowException) t).problem();
    }

    @Test
    void aCompletePickupIsRecordedWithBothSignaturesOnlyAfterTheCourierSigns() throws Exception {
        CourierHandoff h = pickup();
        assertThat(h.scanUnit(bag(BAG_2))).isEqualTo(UnitScan.ACCEPTED);
        assertThat(h.scanUnit(bag(BAG_1))).isEqualTo(UnitScan.ACCEPTED);
        packed(h);
        h.signRelease(TECH);
        assertThat(w.sink.events()).isEmpty();

        CustodyEvent e = h.signTake(COURIER);

        assertThat(h.step()).isEqualTo(CourierHandoff.Step.DONE);
        assertThat(e.type()).isEqualTo(EventType.CUSTODY_TRANSFERRED);
        assertThat(e.content().dins()).containsExactly(BAG_2, BAG_1);
        assertThat(e.content().from().role()).isEqualTo(PartyRole.COLLECTION_SITE);
        assertThat(e.content().to().role()).isEqualTo(PartyRole.COURIER);
        assertThat(e.content().to().id()).isEqualTo("C-1");
        assertThat(e.content().signatures()).extracting(Signature::meaning)
                .containsExactly(SignatureMeaning.RELEASED, SignatureMeaning.RECEIVED);
        assertThat(e.content().payload()).containsEntry("temperatureLogger", "LOG-77").containsEntry("seal", "SEAL-9")
                .containsEntry("shipmentId", "SHP-1").containsEntry("unitCount", 2L);
        assertThat(w.sink.events()).hasSize(1);
    }

    @Test
    void aMissingBagBlocksTheReleaseWithItsDin() throws Exception {
        CourierHandoff h = pickup();
        h.scanUnit(bag(BAG_1));
        packed(h);
        assertThatThrownBy(() -> h.signRelease(TECH)).hasMessageContaining("Missing (not scanned): "
                + BAG_2.eyeReadable()).satisfies(t -> assertThat(problem(t)).isEqualTo(WorkflowProblem.NOT_RECONCILED));
        assertThat(h.step()).isEqualTo(CourierHandoff.Step.SCAN);
    }

    @Test
    void anExtraBagBlocksUntilItIsPutAside() throws Exception {
        CourierHandoff h = pickup();
        h.scanUnit(bag(BAG_1));
        h.scanUnit(bag(BAG_2));
        assertThat(h.scanUnit(bag(STRAY))).isEqualTo(UnitScan.UNEXPECTED);
        packed(h);
        assertThatThrownBy(() -> h.signRelease(TECH)).hasMessageContaining("Not on the manifest: " + STRAY.eyeReadable());
        assertThat(h.removeExtra(STRAY)).isTrue();
        h.signRelease(TECH);
        assertThat(h.signTake(COURIER).content().dins()).doesNotContain(STRAY);
    }

    @Test
    void aDuplicateScanBlocksUntilConfirmedAsTheSameBagAndTheConfirmationIsRecorded() throws Exception {
        CourierHandoff h = pickup();
        h.scanUnit(bag(BAG_1));
        assertThat(h.scanUnit(bag(BAG_1))).isEqualTo(UnitScan.DUPLICATE);
        h.scanUnit(bag(BAG_2));
        packed(h);
        assertThatThrownBy(() -> h.signRelease(TECH)).hasMessageContaining("Scanned twice");
        assertThat(h.confirmSameBag(BAG_1)).isTrue();
        h.signRelease(TECH);
        assertThat(h.signTake(COURIER).content().payload().get("confirmedRescans").toString()).contains(BAG_1.value());
    }

    @Test
    void anExpiredBagBlocksTheHandoff() throws Exception {
        CourierHandoff h = new CourierHandoff(w.atCollection, w.manifest(Duration.ZERO), CourierHandoff.Direction.PICKUP,
                w.sink);
        assertThat(h.scanUnit(bag(BAG_1))).isEqualTo(UnitScan.EXPIRED);
        h.scanUnit(bag(BAG_2));
        packed(h);
        assertThatThrownBy(() -> h.signRelease(TECH)).hasMessageContaining("Expired: " + BAG_1.eyeReadable());
    }

    @Test
    void aLabelOfAnotherCoiBlocksTheHandoff() throws Exception {
        CourierHandoff h = pickup();
        CoiId other = new CoiId(HandoffWorld.COLLECTION, 26, "C3M4N5");
        assertThat(h.scanUnit(BagIdentity.of(BAG_1, other, IdentifierProvenance.SCANNED))).isEqualTo(UnitScan.WRONG_COI);
        h.scanUnit(bag(BAG_2));
        packed(h);
        assertThatThrownBy(() -> h.signRelease(TECH)).hasMessageContaining("another COI");
    }

    @Test
    void shipperLoggerAndSealAreRequired() throws Exception {
        CourierHandoff h = pickup();
        h.scanUnit(bag(BAG_1));
        h.scanUnit(bag(BAG_2));
        assertThatThrownBy(() -> h.signRelease(TECH)).hasMessageContaining("temperature logger");
        assertThatThrownBy(() -> h.transport(" ", "SEAL-9")).hasMessageContaining("temperature logger id is empty");
    }

    @Test
    void theCourierCannotReleaseAPickupAndTheTechnicianCannotTakeIt() throws Exception {
        CourierHandoff h = pickup();
        h.scanUnit(bag(BAG_1));
        h.scanUnit(bag(BAG_2));
        packed(h);
        assertThatThrownBy(() -> h.signRelease(COURIER)).satisfies(t -> assertThat(problem(t))
                .isEqualTo(WorkflowProblem.ROLE_REQUIRED)).hasMessageContaining("apheresis technician");
        h.signRelease(TECH);
        assertThatThrownBy(() -> h.signTake(TECH)).satisfies(t -> assertThat(problem(t))
                .isEqualTo(WorkflowProblem.SAME_PERSON));
        assertThatThrownBy(() -> h.signTake(NURSE)).satisfies(t -> assertThat(problem(t))
                .isEqualTo(WorkflowProblem.ROLE_REQUIRED));
        assertThat(w.sink.events()).isEmpty();
    }

    @Test
    void aDeliveryGoesFromTheCourierToTheReceivingSite() throws Exception {
        CourierHandoff h = new CourierHandoff(w.atTreatment, w.manifest(), CourierHandoff.Direction.DELIVERY, w.sink);
        h.scanUnit(bag(BAG_1));
        h.scanUnit(bag(BAG_2));
        packed(h);
        assertThatThrownBy(() -> h.signRelease(RECEIVER)).isInstanceOf(WorkflowException.class);
        h.signRelease(COURIER);
        CustodyEvent e = h.signTake(RECEIVER);
        assertThat(e.content().from().role()).isEqualTo(PartyRole.COURIER);
        assertThat(e.content().to().role()).isEqualTo(PartyRole.TREATMENT_SITE);
        assertThat(e.content().site()).isEqualTo(HandoffWorld.TREATMENT);
    }

    @Test
    void stepsOutOfOrderAndAfterTheEndAreRefused() throws Exception {
        CourierHandoff h = pickup();
        assertThatThrownBy(() -> h.signTake(COURIER)).satisfies(t -> assertThat(problem(t))
                .isEqualTo(WorkflowProblem.OUT_OF_ORDER));
        h.scanUnit(bag(BAG_1));
        h.scanUnit(bag(BAG_2));
        packed(h);
        h.signRelease(TECH);
        assertThatThrownBy(() -> h.scanUnit(bag(STRAY))).hasMessageContaining("before the release is signed");
        h.signTake(COURIER);
        assertThatThrownBy(() -> h.signTake(COURIER)).hasMessageContaining("complete");
    }

    @Test
    void aFailedWriteLeavesTheHandoffUnverifiedAndSignableAgain() throws Exception {
        CourierHandoff h = pickup();
        h.scanUnit(bag(BAG_1));
        h.scanUnit(bag(BAG_2));
        packed(h);
        h.signRelease(TECH);
        w.sink.failNext(1);
        assertThatThrownBy(() -> h.signTake(COURIER)).hasMessageContaining("not recorded")
                .satisfies(t -> assertThat(problem(t)).isEqualTo(WorkflowProblem.NOT_RECORDED));
        assertThat(h.step()).isEqualTo(CourierHandoff.Step.SIGN_TAKE);
        h.signTake(COURIER);
        assertThat(w.sink.events()).hasSize(1);
    }
}
