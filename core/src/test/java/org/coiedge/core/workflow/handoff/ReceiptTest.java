package org.coiedge.core.workflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coiedge.core.workflow.handoff.HandoffWorld.BAG_1;
import static org.coiedge.core.workflow.handoff.HandoffWorld.BAG_2;
import static org.coiedge.core.workflow.handoff.HandoffWorld.COI;
import static org.coiedge.core.workflow.handoff.HandoffWorld.NURSE;
import static org.coiedge.core.workflow.handoff.HandoffWorld.RECEIVER;
import static org.coiedge.core.workflow.handoff.HandoffWorld.STRAY;
import static org.coiedge.core.workflow.handoff.HandoffWorld.bag;

import java.time.Duration;
import java.util.List;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.ledger.CustodyState;
import org.coiedge.core.ledger.UnitState;
import org.coiedge.core.ledger.UnitStatus;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WorkflowProblem;
import org.junit.jupiter.api.Test;

class ReceiptTest {
    private final HandoffWorld w = new HandoffWorld();

    private Receipt receipt() throws Exception {
        return new Receipt(w.atTreatment, w.manifest(), w.sink, RECEIVER);
    }

    private UnitStatus status(org.coiedge.core.isbt128.Din din) {
        CustodyState s = CustodyState.derive(COI, w.sink.events(), w.clock.instant(), w.clock.instant());
        return s.units().stream().filter(u -> u.din().equals(din)).map(UnitState::status).findFirst().orElseThrow();
    }

    @Test
    void acceptingOneAndQuarantiningTheOtherRecordsReceiptQuarantineAndStorageTogether() throws Exception {
        Receipt r = receipt();
        r.scanUnit(bag(BAG_1));
        r.scanUnit(bag(BAG_2));
        r.decide(BAG_1, Disposition.ACCEPT, null);
        r.decide(BAG_2, Disposition.QUARANTINE, "Outer bag cracked");
        r.storeAt("LN2 freezer 2, rack B, slot 4");

        List<CustodyEvent> events = r.complete();

        assertThat(events).extracting(CustodyEvent::type).containsExactly(EventType.RECEIVED, EventType.QUARANTINED,
                EventType.STORED);
        assertThat(events.get(0).content().dins()).containsExactly(BAG_1, BAG_2);
        assertThat(events.get(0).content().to().id()).isEqualTo("A9990");
        assertThat(events.get(1).content().payload()).containsEntry("reason", "Outer bag cracked");
        assertThat(events.get(2).content().payload()).containsEntry("location", "LN2 freezer 2, rack B, slot 4");
        assertThat(status(BAG_1)).isEqualTo(UnitStatus.STORED);
        assertThat(status(BAG_2)).isEqualTo(UnitStatus.QUARANTINED);
    }

    @Test
    void rejectingNeedsAReasonAndAcceptingAnExpiredBagIsRefused() throws Exception {
        Receipt r = new Receipt(w.atTreatment, w.manifest(Duration.ZERO), w.sink, RECEIVER);
        r.scanUnit(bag(BAG_1));
        assertThatThrownBy(() -> r.decide(BAG_1, Disposition.ACCEPT, null)).hasMessageContaining("expired");
        assertThatThrownBy(() -> r.decide(BAG_1, Disposition.REJECT, "")).hasMessageContaining("reason to reject");
        r.decide(BAG_1, Disposition.REJECT, "Expired in transit");
        r.scanUnit(bag(BAG_2));
        r.decide(BAG_2, Disposition.REJECT, "Expired in transit");
        assertThat(r.complete()).extracting(CustodyEvent::type).containsExactly(EventType.RECEIVED, EventType.REJECTED,
                EventType.REJECTED);
    }

    @Test
    void missingExtraAndUndecidedUnitsBlockCompletionAndNothingIsRecorded() throws Exception {
        Receipt r = receipt();
        r.scanUnit(bag(BAG_1));
        r.scanUnit(bag(STRAY));
        assertThatThrownBy(r::complete).satisfies(t -> assertThat(((WorkflowException) t).problem())
                .isEqualTo(WorkflowProblem.NOT_RECONCILED))
                .hasMessageContaining("Missing (not scanned): " + BAG_2.eyeReadable())
                .hasMessageContaining("Not on the manifest: " + STRAY.eyeReadable())
                .hasMessageContaining("Accept, quarantine or reject: " + BAG_1.eyeReadable());
        assertThatThrownBy(() -> r.decide(BAG_2, Disposition.ACCEPT, null)).hasMessageContaining("Scan bag");
        assertThat(w.sink.events()).isEmpty();
    }

    @Test
    void acceptedBagsNeedAStorageLocation() throws Exception {
        Receipt r = receipt();
        r.scanUnit(bag(BAG_1));
        r.scanUnit(bag(BAG_2));
        r.decide(BAG_1, Disposition.ACCEPT, null);
        r.decide(BAG_2, Disposition.ACCEPT, null);
        assertThatThrownBy(r::complete).hasMessageContaining("where the accepted bags are stored");
        r.storeAt("Freezer 1");
        assertThat(r.complete()).hasSize(2);
        assertThatThrownBy(() -> r.scanUnit(bag(BAG_1))).hasMessageContaining("complete");
    }

    @Test
    void onlyReceivingStaffReceive() {
        assertThatThrownBy(() -> new Receipt(w.atTreatment, w.manifest(), w.sink, NURSE))
                .hasMessageContaining("may not receive shipments");
    }

    @Test
    void aFailedWriteRecordsNothingAndCanBeSignedAgain() throws Exception {
        Receipt r = receipt();
        r.scanUnit(bag(BAG_1));
        r.scanUnit(bag(BAG_2));
        r.decide(BAG_1, Disposition.REJECT, "Label smudged");
        r.decide(BAG_2, Disposition.REJECT, "Label smudged");
        w.sink.failNext(1);
        assertThatThrownBy(r::complete).hasMessageContaining("not recorded");
        assertThat(w.sink.events()).isEmpty();
        assertThat(r.complete()).hasSize(3);
    }

    @Test
    void theProblemsListSaysWhatStillBlocksAndIsEmptyOnceTheReceiptCanBeSigned() throws Exception {
        Receipt r = receipt();
        r.scanUnit(bag(BAG_1));
        assertThat(r.problems()).containsExactly("Missing (not scanned): " + BAG_2.eyeReadable(),
                "Accept, quarantine or reject: " + BAG_1.eyeReadable());
        r.scanUnit(bag(BAG_2));
        r.decide(BAG_1, Disposition.ACCEPT, null);
        r.decide(BAG_2, Disposition.REJECT, "Seal broken");
        assertThat(r.problems()).containsExactly("Record where the accepted bags are stored");
        r.storeAt("LN2-1");
        assertThat(r.problems()).isEmpty();
        assertThat(w.sink.events()).isEmpty();
    }

    @Test
    void onlyTheReceiverSignsTheReceiptAndARefusedSignerRecordsNothing() throws Exception {
        Receipt r = receipt();
        r.scanUnit(bag(BAG_1));
        r.scanUnit(bag(BAG_2));
        r.decide(BAG_1, Disposition.QUARANTINE, "Temperature excursion");
        r.decide(BAG_2, Disposition.QUARANTINE, "Temperature excursion");
        assertThatThrownBy(() -> r.sign(NURSE)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("signed by Rita Receiver")
                .satisfies(t -> assertThat(((WorkflowException) t).problem()).isEqualTo(WorkflowProblem.SAME_PERSON));
        assertThat(w.sink.events()).isEmpty();

        assertThat(r.sign(RECEIVER)).extracting(CustodyEvent::type).containsExactly(EventType.RECEIVED,
                EventType.QUARANTINED, EventType.QUARANTINED);
    }

    @Test
    void anExtraBagPutAsideNoLongerBlocksTheReceipt() throws Exception {
        Receipt r = receipt();
        r.scanUnit(bag(BAG_1));
        r.scanUnit(bag(BAG_2));
        assertThat(r.scanUnit(bag(STRAY))).isEqualTo(UnitScan.UNEXPECTED);
        r.decide(BAG_1, Disposition.ACCEPT, null);
        r.decide(BAG_2, Disposition.ACCEPT, null);
        r.storeAt("Freezer 1");
        assertThatThrownBy(r::complete).hasMessageContaining("Not on the manifest: " + STRAY.eyeReadable());
        assertThat(r.removeExtra(STRAY)).isTrue();
        assertThat(r.complete()).extracting(CustodyEvent::type).containsExactly(EventType.RECEIVED, EventType.STORED);
        assertThat(w.sink.events().get(0).content().dins()).containsExactly(BAG_1, BAG_2);
    }
}
