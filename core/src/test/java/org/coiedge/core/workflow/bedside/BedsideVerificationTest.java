package org.coiedge.core.workflow.bedside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coiedge.core.workflow.bedside.BedsideWorld.COI;
import static org.coiedge.core.workflow.bedside.BedsideWorld.COURIER;
import static org.coiedge.core.workflow.bedside.BedsideWorld.DIN;
import static org.coiedge.core.workflow.bedside.BedsideWorld.NURSE_1;
import static org.coiedge.core.workflow.bedside.BedsideWorld.NURSE_2;
import static org.coiedge.core.workflow.bedside.BedsideWorld.PATIENT;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.ledger.UnitStatus;
import org.coiedge.core.workflow.BagIdentity;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WorkflowProblem;
import org.junit.jupiter.api.Test;

class BedsideVerificationTest {
    private final BedsideWorld w = new BedsideWorld();

    BedsideVerificationTest() throws Exception {
    }

    private BedsideVerification verifiedOnce() throws Exception {
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        assertThat(v.bag(w.bag())).isInstanceOf(BedsideDecision.Proceed.class);
        return v;
    }

    private BedsideVerification readyToSign() throws Exception {
        BedsideVerification v = verifiedOnce();
        v.secondNurse(NURSE_2);
        assertThat(v.secondWristband(PATIENT)).isEmpty();
        assertThat(v.secondBag(w.bag())).isInstanceOf(BedsideDecision.Proceed.class);
        return v;
    }

    private List<BedsideRule> stopRules(BedsideDecision d) {
        assertThat(d).isInstanceOf(BedsideDecision.HardStop.class);
        return ((BedsideDecision.HardStop) d).mismatches().stream().map(Mismatch::rule).collect(Collectors.toList());
    }

    private UnitStatus statusNow() {
        return w.custodyNow(COI).units().stream().filter(u -> u.din().equals(DIN)).findFirst().orElseThrow().status();
    }

    @Test
    void twoNursesVerifySignStartAndCompleteAndTheLedgerShowsTheBagGiven() throws Exception {
        BedsideVerification v = readyToSign();
        CustodyEvent verified = v.sign();
        w.clock.advance(Duration.ofMinutes(2));
        CustodyEvent started = v.start();
        w.clock.advance(Duration.ofMinutes(30));
        CustodyEvent done = v.complete(Map.of("volumeMl", 68L));

        assertThat(v.step()).isEqualTo(BedsideVerification.Step.DONE);
        assertThat(verified.type()).isEqualTo(EventType.ADMINISTRATION_VERIFIED);
        assertThat(verified.content().signatures()).extracting(Signature::staffId, Signature::meaning)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("N-1", SignatureMeaning.VERIFIED),
                        org.assertj.core.groups.Tuple.tuple("N-2", SignatureMeaning.WITNESSED));
        assertThat(verified.content().patientId()).isEqualTo(PATIENT);
        assertThat(verified.content().payload()).containsEntry("orderId", "ORD-1");
        assertThat(started.content().to().role()).isEqualTo(PartyRole.PATIENT);
        assertThat(done.content().payload()).containsEntry("volumeMl", 68L);
        assertThat(w.sink.events()).extracting(CustodyEvent::type).containsExactly(EventType.RECEIVED,
                EventType.ADMINISTRATION_VERIFIED, EventType.ADMINISTRATION_STARTED, EventType.ADMINISTRATION_COMPLETED);
        assertThat(statusNow()).isEqualTo(UnitStatus.ADMINISTERED);
    }

    @Test
    void aBagOfAnotherCoiIsAHardStopRecordedAndPutsTheBagOnHold() throws Exception {
        Din otherBag = new Din(BedsideWorld.COLLECTION, 26, 999);
        w.custodyEvent(EventType.RECEIVED, BedsideWorld.TREATMENT, BedsideWorld.OTHER_COI, otherBag);
        w.releases.put(otherBag, new Release(otherBag, BedsideWorld.OTHER_COI, "MRN8", w.clock.instant(),
                w.clock.instant().plus(Duration.ofDays(3)), BedsideWorld.ZONE));
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);

        BedsideDecision d = v.bag(BagIdentity.of(otherBag, BedsideWorld.OTHER_COI, IdentifierProvenance.SCANNED));

        assertThat(stopRules(d)).containsExactly(BedsideRule.COI_MISMATCH, BedsideRule.RELEASED_FOR_ANOTHER_PATIENT);
        BedsideDecision.HardStop stop = (BedsideDecision.HardStop) d;
        assertThat(stop.mismatches().get(0).message()).contains(COI.eyeReadable()).contains(
                BedsideWorld.OTHER_COI.eyeReadable());
        CustodyEvent recorded = stop.recorded().orElseThrow();
        assertThat(recorded.type()).isEqualTo(EventType.MISMATCH_DETECTED);
        assertThat(recorded.content().coi()).isEqualTo(BedsideWorld.OTHER_COI);
        assertThat(recorded.content().payload().toString()).contains("COI_MISMATCH").contains("N-1");
        assertThat(v.step()).isEqualTo(BedsideVerification.Step.HARD_STOP);
        assertThat(w.custodyNow(BedsideWorld.OTHER_COI).hardStop()).isTrue();
    }

    @Test
    void nothingIsAcceptedAfterAHardStopNotEvenTheRightBag() throws Exception {
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        w.orders.clear();
        assertThat(stopRules(v.bag(w.bag()))).containsExactly(BedsideRule.NO_ORDER);
        w.orders.put(PATIENT, new TreatmentOrder("ORD-1", PATIENT, COI, "CAR-T (demo)"));

        assertThatThrownBy(() -> v.bag(w.bag())).isInstanceOf(WorkflowException.class)
                .extracting(e -> ((WorkflowException) e).problem()).isEqualTo(WorkflowProblem.STOPPED);
        assertThatThrownBy(() -> v.secondNurse(NURSE_2)).hasMessageContaining("stopped at a mismatch");
    }

    @Test
    void aLabelNamingAnotherPatientIsAPatientMismatch() throws Exception {
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        BagIdentity labelled = new BagIdentity(DIN, Optional.of(COI), Optional.empty(), Optional.of("MRN9"),
                IdentifierProvenance.SCANNED);

        BedsideDecision d = v.bag(labelled);

        assertThat(stopRules(d)).containsExactly(BedsideRule.PATIENT_MISMATCH);
        assertThat(((BedsideDecision.HardStop) d).mismatches().get(0).message()).contains("MRN9").contains(PATIENT);
    }

    @Test
    void aBagWithoutReleaseIsStopped() throws Exception {
        w.releases.clear();
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        assertThat(stopRules(v.bag(w.bag()))).containsExactly(BedsideRule.NO_RELEASE);
    }

    @Test
    void aBagReleasedForAnotherPatientOfTheSameCoiIsStopped() throws Exception {
        w.releases.put(DIN, new Release(DIN, COI, "MRN8", w.clock.instant(), w.clock.instant().plus(Duration.ofDays(1)),
                BedsideWorld.ZONE));
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        assertThat(stopRules(v.bag(w.bag()))).containsExactly(BedsideRule.RELEASED_FOR_ANOTHER_PATIENT);
    }

    @Test
    void anExpiredReleaseIsStoppedAtTheExactExpiryInstant() throws Exception {
        w.releases.put(DIN, new Release(DIN, COI, PATIENT, w.clock.instant().minus(Duration.ofDays(1)),
                w.clock.instant(), BedsideWorld.ZONE));
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        BedsideDecision d = v.bag(w.bag());
        assertThat(stopRules(d)).containsExactly(BedsideRule.EXPIRED);
        assertThat(((BedsideDecision.HardStop) d).mismatches().get(0).message()).contains("CST");
    }

    @Test
    void anEarlierExpiryOnTheLabelWinsOverTheRelease() throws Exception {
        // The label says 08:00 New York time = 13:00 UTC, two hours before now; the release says ten days later.
        BagIdentity b = new BagIdentity(DIN, Optional.of(COI), Optional.of(LocalDateTime.parse("2026-11-22T08:00")),
                Optional.empty(), IdentifierProvenance.SCANNED);
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        assertThat(stopRules(v.bag(b))).containsExactly(BedsideRule.EXPIRED);
    }

    @Test
    void aLabelExpiryStillAheadPasses() throws Exception {
        BagIdentity b = new BagIdentity(DIN, Optional.of(COI), Optional.of(LocalDateTime.parse("2026-11-22T11:00")),
                Optional.of(PATIENT), IdentifierProvenance.SCANNED);
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        assertThat(v.bag(b)).isInstanceOf(BedsideDecision.Proceed.class);
    }

    @Test
    void aBagAlreadyGivenIsStopped() throws Exception {
        BedsideVerification first = readyToSign();
        first.sign();
        first.start();
        first.complete(Map.of());

        BedsideVerification again = w.start();
        again.wristband(PATIENT, IdentifierProvenance.SCANNED);
        assertThat(stopRules(again.bag(w.bag()))).containsExactly(BedsideRule.ALREADY_ADMINISTERED);
    }

    @Test
    void aBagLastSeenAtAnotherSiteIsNotInThisSitesCustody() throws Exception {
        BedsideWorld elsewhere = w;
        elsewhere.custodyEvent(EventType.SHIPMENT_PACKED, BedsideWorld.COLLECTION, COI, DIN);
        BedsideVerification v = elsewhere.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        BedsideDecision d = v.bag(elsewhere.bag());
        assertThat(stopRules(d)).containsExactly(BedsideRule.NOT_IN_SITE_CUSTODY);
        assertThat(((BedsideDecision.HardStop) d).mismatches().get(0).message()).contains("packed at A9999");
    }

    @Test
    void aBagThisKioskNeverSawIsNotInThisSitesCustody() throws Exception {
        Din unknown = new Din(BedsideWorld.COLLECTION, 26, 4712);
        w.releases.put(unknown, new Release(unknown, COI, PATIENT, w.clock.instant(),
                w.clock.instant().plus(Duration.ofDays(1)), BedsideWorld.ZONE));
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        BedsideDecision d = v.bag(BagIdentity.of(unknown, COI, IdentifierProvenance.SCANNED));
        assertThat(stopRules(d)).containsExactly(BedsideRule.NOT_IN_SITE_CUSTODY);
        assertThat(((BedsideDecision.HardStop) d).mismatches().get(0).message()).contains("no record");
    }

    @Test
    void aBagOnHoldAfterAnEarlierMismatchIsStopped() throws Exception {
        w.custodyEvent(EventType.MISMATCH_DETECTED, BedsideWorld.TREATMENT, COI, DIN);
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        assertThat(stopRules(v.bag(w.bag()))).containsExactly(BedsideRule.ON_HOLD);
    }

    @Test
    void everyFailedCheckIsListedAtOnce() throws Exception {
        w.releases.put(DIN, new Release(DIN, BedsideWorld.OTHER_COI, "MRN8", w.clock.instant(), w.clock.instant(),
                BedsideWorld.ZONE));
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        BagIdentity b = new BagIdentity(DIN, Optional.of(BedsideWorld.OTHER_COI), Optional.empty(), Optional.of("MRN8"),
                IdentifierProvenance.SCANNED);
        assertThat(stopRules(v.bag(b))).containsExactly(BedsideRule.COI_MISMATCH, BedsideRule.PATIENT_MISMATCH,
                BedsideRule.RELEASED_FOR_ANOTHER_PATIENT,
                BedsideRule.EXPIRED, BedsideRule.NOT_IN_SITE_CUSTODY);
    }

    @Test
    void theSecondNurseMustBeAnotherPerson() throws Exception {
        BedsideVerification v = verifiedOnce();
        assertThatThrownBy(() -> v.secondNurse(NURSE_1)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("different nurse")
                .extracting(e -> ((WorkflowException) e).problem()).isEqualTo(WorkflowProblem.SAME_PERSON);
        assertThat(v.step()).isEqualTo(BedsideVerification.Step.SECOND_NURSE);
    }

    @Test
    void theSecondVerifierMustBeANurseAndSoMustTheFirst() throws Exception {
        BedsideVerification v = verifiedOnce();
        assertThatThrownBy(() -> v.secondNurse(COURIER)).extracting(e -> ((WorkflowException) e).problem())
                .isEqualTo(WorkflowProblem.ROLE_REQUIRED);
        assertThatThrownBy(() -> new BedsideVerification(w.site, w, w.sink, COURIER))
                .hasMessageContaining("not a nurse");
    }

    @Test
    void aSecondWristbandOfAnotherPatientIsAHardStop() throws Exception {
        BedsideVerification v = verifiedOnce();
        v.secondNurse(NURSE_2);
        BedsideDecision.HardStop stop = v.secondWristband("MRN8").orElseThrow();
        assertThat(stop.mismatches()).extracting(Mismatch::rule).containsExactly(BedsideRule.SECOND_CHECK_DIFFERS);
        assertThat(stop.recorded().orElseThrow().content().payload()).containsEntry("secondVerifier", "N-2");
        assertThat(v.step()).isEqualTo(BedsideVerification.Step.HARD_STOP);
    }

    @Test
    void aSecondScanOfAnotherBagIsAHardStop() throws Exception {
        BedsideVerification v = verifiedOnce();
        v.secondNurse(NURSE_2);
        v.secondWristband(PATIENT);
        Din other = new Din(BedsideWorld.COLLECTION, 26, 4712);
        assertThat(stopRules(v.secondBag(BagIdentity.of(other, COI, IdentifierProvenance.SCANNED))))
                .containsExactly(BedsideRule.SECOND_CHECK_DIFFERS);
    }

    @Test
    void theSecondCheckRunsEveryRuleAgain() throws Exception {
        BedsideVerification v = verifiedOnce();
        v.secondNurse(NURSE_2);
        v.secondWristband(PATIENT);
        w.clock.advance(Duration.ofDays(11)); // the release expired between the two checks
        assertThat(stopRules(v.secondBag(w.bag()))).containsExactly(BedsideRule.EXPIRED);
    }

    @Test
    void stepsOutOfOrderAreRefusedAndChangeNothing() throws Exception {
        BedsideVerification v = w.start();
        assertThatThrownBy(() -> v.bag(w.bag())).hasMessage("Scan the wristband first, then the bag.");
        assertThatThrownBy(v::sign).extracting(e -> ((WorkflowException) e).problem())
                .isEqualTo(WorkflowProblem.OUT_OF_ORDER);
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        assertThatThrownBy(() -> v.secondNurse(NURSE_2)).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> v.wristband(PATIENT, IdentifierProvenance.SCANNED)).isInstanceOf(WorkflowException.class);
        v.bag(w.bag());
        assertThatThrownBy(v::start).hasMessageContaining("Sign the verification");
        assertThatThrownBy(() -> v.complete(Map.of())).isInstanceOf(WorkflowException.class);
        assertThat(v.step()).isEqualTo(BedsideVerification.Step.SECOND_NURSE);
        assertThat(w.sink.events()).hasSize(1);
    }

    @Test
    void aFailedWriteLeavesTheStepToTryAgain() throws Exception {
        BedsideVerification v = readyToSign();
        w.sink.failNext(1);
        assertThatThrownBy(v::sign).isInstanceOf(WorkflowException.class).hasMessageContaining("disk full")
                .extracting(e -> ((WorkflowException) e).problem()).isEqualTo(WorkflowProblem.NOT_RECORDED);
        assertThat(v.step()).isEqualTo(BedsideVerification.Step.SIGN);
        assertThat(v.sign().type()).isEqualTo(EventType.ADMINISTRATION_VERIFIED);
        assertThat(v.step()).isEqualTo(BedsideVerification.Step.START);
    }

    @Test
    void aKeyedWristbandIsRecordedWithItsProvenance() throws Exception {
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.KEYED_WITH_CHECK);
        v.bag(w.bag());
        v.secondNurse(NURSE_2);
        v.secondWristband(PATIENT);
        v.secondBag(w.bag());
        assertThat(v.sign().content().provenance()).containsEntry(PATIENT, IdentifierProvenance.KEYED_WITH_CHECK)
                .containsEntry(DIN.value(), IdentifierProvenance.SCANNED);
    }

    @Test
    void aKeyedDinBesideAScannedCoiKeepsEachIdentifiersOwnProvenanceOnTheRecord() throws Exception {
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        BagIdentity keyedDin = new BagIdentity(DIN, Optional.of(COI), Optional.empty(), Optional.empty(),
                IdentifierProvenance.KEYED_WITH_CHECK, IdentifierProvenance.SCANNED);
        assertThat(v.bag(keyedDin)).isInstanceOf(BedsideDecision.Proceed.class);
        v.secondNurse(NURSE_2);
        v.secondWristband(PATIENT);
        v.secondBag(w.bag());
        assertThat(v.sign().content().provenance()).containsEntry(DIN.value(), IdentifierProvenance.KEYED_WITH_CHECK)
                .containsEntry(COI.value(), IdentifierProvenance.SCANNED);
    }

    @Test
    void aMismatchOnABagWithoutCoiIsRecordedOnThePatientsCoiAsImported() throws Exception {
        BedsideVerification v = w.start();
        v.wristband(PATIENT, IdentifierProvenance.SCANNED);
        BagIdentity dinOnly = new BagIdentity(new Din(BedsideWorld.COLLECTION, 26, 4712), Optional.empty(),
                Optional.empty(), Optional.empty(), IdentifierProvenance.SCANNED);
        BedsideDecision d = v.bag(dinOnly);
        CustodyEvent e = ((BedsideDecision.HardStop) d).recorded().orElseThrow();
        assertThat(e.content().coi()).isEqualTo(COI);
        assertThat(e.content().provenance()).containsEntry(COI.value(), IdentifierProvenance.IMPORTED);
    }
}
