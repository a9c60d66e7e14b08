package org.coiedge.core.workflow.bedside;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.ledger.CustodyState;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.workflow.BagIdentity;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.auth.Role;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WorkflowProblem;

/**
 * Bedside verification before an infusion, as a state machine: the first nurse scans wristband
 * then bag; the kiosk checks ({@link BedsideCheck}); a second nurse (another person, nurse role)
 * scans both again independently; both sign; administration start and end are recorded.
 *
 * <p>Any mismatch is a hard stop: it is recorded as MISMATCH_DETECTED (the bag goes on hold) and
 * the verification accepts nothing more. Steps out of order, or by the wrong person, are refused
 * with a {@link WorkflowException} and change nothing. A step that records an event moves on only
 * once the event is durable. Not thread-safe: one screen drives one verification.
 */
public final class BedsideVerification {

    /** Where the verification stands. */
    public enum Step { WRISTBAND, BAG, SECOND_NURSE, SECOND_WRISTBAND, SECOND_BAG, SIGN, START, COMPLETE, DONE, HARD_STOP }

    private final SiteContext site;
    private final BedsideFacts facts;
    private final EventSink sink;
    private final Operator first;
    private Step step = Step.WRISTBAND;
    private String patientId;
    private IdentifierProvenance patientProvenance;
    private BagIdentity bag;
    private BedsideDecision.Proceed passed;
    private Operator second;

    /** @throws WorkflowException ROLE_REQUIRED when the first verifier is not a nurse */
    public BedsideVerification(SiteContext site, BedsideFacts facts, EventSink sink, Operator firstNurse)
            throws WorkflowException {
        this.site = Objects.requireNonNull(site, "site");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.first = Objects.requireNonNull(firstNurse, "firstNurse");
        requireNurse(firstNurse);
    }

    public Step step() {
        return step;
    }

    /** The first nurse's wristband scan. */
    public void wristband(String patientId, IdentifierProvenance provenance) throws WorkflowException {
        expect(Step.WRISTBAND, "Scan the patient's wristband first.");
        this.patientId = requireId(patientId);
        this.patientProvenance = Objects.requireNonNull(provenance, "provenance");
        step = Step.BAG;
    }

    /** The first nurse's bag scan: the decision. */
    public BedsideDecision bag(BagIdentity bag) throws WorkflowException {
        expect(Step.BAG, "Scan the wristband first, then the bag.");
        BedsideDecision d = decide(bag);
        if (d instanceof BedsideDecision.Proceed) {
            this.bag = bag;
            this.passed = (BedsideDecision.Proceed) d;
            step = Step.SECOND_NURSE;
        }
        return d;
    }

    /** The second nurse has signed in: another person with the nurse role. */
    public void secondNurse(Operator nurse) throws WorkflowException {
        expect(Step.SECOND_NURSE, "The second nurse signs in after the first check passed.");
        requireNurse(nurse);
        if (nurse.samePersonAs(first)) {
            throw new WorkflowException(WorkflowProblem.SAME_PERSON, first.printedName()
                    + " did the first check. A different nurse must do the second check.");
        }
        second = nurse;
        step = Step.SECOND_WRISTBAND;
    }

    /** The second nurse's own wristband scan; it must name the same patient. */
    public Optional<BedsideDecision.HardStop> secondWristband(String patientId) throws WorkflowException {
        expect(Step.SECOND_WRISTBAND, "The second nurse scans the wristband now.");
        String id = requireId(patientId);
        if (!id.equals(this.patientId)) {
            return Optional.of(stop(List.of(new Mismatch(BedsideRule.SECOND_CHECK_DIFFERS, this.patientId, id,
                    "The second wristband scan (" + id + ") is not the patient of the first check (" + this.patientId
                            + ").")), bag));
        }
        step = Step.SECOND_BAG;
        return Optional.empty();
    }

    /** The second nurse's own bag scan: the same bag, and every check again. */
    public BedsideDecision secondBag(BagIdentity again) throws WorkflowException {
        expect(Step.SECOND_BAG, "The second nurse scans the bag after the wristband.");
        if (!again.din().equals(bag.din()) || !again.coi().equals(bag.coi())) {
            return stop(List.of(new Mismatch(BedsideRule.SECOND_CHECK_DIFFERS, bag.din().eyeReadable(),
                    again.din().eyeReadable(), "The second nurse scanned bag " + again.din().eyeReadable()
                            + ", the first check was of bag " + bag.din().eyeReadable() + ".")), again);
        }
        BedsideDecision d = decide(again);
        if (d instanceof BedsideDecision.Proceed) {
            passed = (BedsideDecision.Proceed) d;
            step = Step.SIGN;
        }
        return d;
    }

    /**
     * Both nurses sign (each re-authenticated by the caller just before): records
     * ADMINISTRATION_VERIFIED with "Verified by" and "Witnessed by" signatures.
     */
    public CustodyEvent sign() throws WorkflowException {
        expect(Step.SIGN, "Both nurses sign after both checks passed.");
        Instant now = site.clock().instant();
        List<Signature> sigs = List.of(new Signature(first.staffId(), first.printedName(), SignatureMeaning.VERIFIED, now),
                new Signature(second.staffId(), second.printedName(), SignatureMeaning.WITNESSED, now));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("orderId", passed.order().orderId());
        payload.put("therapy", passed.order().therapy());
        payload.put("checks", "all passed twice");
        CustodyEvent e = record(EventType.ADMINISTRATION_VERIFIED, bag, null, null, sigs, payload);
        step = Step.START;
        return e;
    }

    /** Administration started: custody passes from the site to the patient. */
    public CustodyEvent start() throws WorkflowException {
        expect(Step.START, "Sign the verification before starting the infusion.");
        CustodyEvent e = record(EventType.ADMINISTRATION_STARTED, bag, site.siteParty(), patientParty(),
                List.of(new Signature(first.staffId(), first.printedName(), SignatureMeaning.PERFORMED,
                        site.clock().instant())), Map.of());
        step = Step.COMPLETE;
        return e;
    }

    /** Administration completed; {@code details} (volume given, reactions) go into the payload. */
    public CustodyEvent complete(Map<String, Object> details) throws WorkflowException {
        expect(Step.COMPLETE, "Start the infusion before completing it.");
        CustodyEvent e = record(EventType.ADMINISTRATION_COMPLETED, bag, null, patientParty(),
                List.of(new Signature(first.staffId(), first.printedName(), SignatureMeaning.PERFORMED,
                        site.clock().instant())), new LinkedHashMap<>(details));
        step = Step.DONE;
        return e;
    }

    private BedsideDecision decide(BagIdentity b) throws WorkflowException {
        try {
            Optional<TreatmentOrder> order = facts.orderForPatient(patientId);
            Optional<Release> release = facts.releaseFor(b.din());
            Optional<CoiId> coi = b.coi().or(() -> order.map(TreatmentOrder::coi));
            CustodyState custody = coi.isPresent() ? facts.custodyNow(coi.get()) : null;
            List<Mismatch> m = BedsideCheck.check(patientId, b, order, release, custody, site.site(),
                    site.clock().instant());
            if (m.isEmpty()) {
                return new BedsideDecision.Proceed(order.get(), release.get());
            }
            return stop(m, b);
        } catch (LedgerException e) {
            throw new WorkflowException(WorkflowProblem.NOT_RECORDED, "Cannot read this kiosk's records: "
                    + e.getMessage() + " Do not give the product; call the site administrator.", e);
        }
    }

    private BedsideDecision.HardStop stop(List<Mismatch> mismatches, BagIdentity b) throws WorkflowException {
        step = Step.HARD_STOP;
        Optional<CoiId> coi = b.coi();
        if (coi.isEmpty()) {
            try {
                coi = facts.orderForPatient(patientId).map(TreatmentOrder::coi);
            } catch (LedgerException e) {
                coi = Optional.empty();
            }
        }
        if (coi.isEmpty()) {
            return new BedsideDecision.HardStop(mismatches, Optional.empty());
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        for (Mismatch m : mismatches) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("rule", m.rule().name());
            one.put("expected", m.expected());
            one.put("found", m.found());
            one.put("message", m.message());
            list.add(one);
        }
        payload.put("step", "bedside verification");
        payload.put("mismatches", list);
        payload.put("detectedBy", first.staffId());
        if (second != null) {
            payload.put("secondVerifier", second.staffId());
        }
        BagIdentity onChain = new BagIdentity(b.din(), coi, b.expiry(), b.patientId(), b.provenance(),
                b.coi().isPresent() ? b.coiProvenance() : IdentifierProvenance.IMPORTED);
        return new BedsideDecision.HardStop(mismatches,
                Optional.of(record(EventType.MISMATCH_DETECTED, onChain, null, null, List.of(), payload)));
    }

    private CustodyEvent record(EventType type, BagIdentity b, Party from, Party to, List<Signature> sigs,
            Map<String, Object> payload) throws WorkflowException {
        CoiId coi = b.coi().orElseThrow();
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(coi.value(), b.coiProvenance());
        prov.put(b.din().value(), b.provenance());
        prov.put(patientId, patientProvenance);
        EventContent content = new EventContent(type, coi, List.of(b.din()), patientId, from, to, site.site(),
                site.zone(), site.deviceId(), sigs, site.clock().instant(), prov, payload, null);
        try {
            return sink.record(content);
        } catch (LedgerException e) {
            throw new WorkflowException(WorkflowProblem.NOT_RECORDED, "Not recorded: " + e.getMessage()
                    + " Nothing was saved; try again.", e);
        }
    }

    private Party patientParty() {
        return new Party(PartyRole.PATIENT, patientId, "Patient " + patientId);
    }

    private void expect(Step wanted, String message) throws WorkflowException {
        if (step == Step.HARD_STOP) {
            throw new WorkflowException(WorkflowProblem.STOPPED,
                    "This verification stopped at a mismatch. Do not give the product; call the pharmacy.");
        }
        if (step != wanted) {
            throw new WorkflowException(WorkflowProblem.OUT_OF_ORDER, message);
        }
    }

    private static void requireNurse(Operator o) throws WorkflowException {
        if (!o.has(Role.NURSE)) {
            throw new WorkflowException(WorkflowProblem.ROLE_REQUIRED,
                    o.printedName() + " is not a nurse. Bedside verification needs two nurses.");
        }
    }

    private static String requireId(String patientId) throws WorkflowException {
        if (patientId == null || patientId.isBlank()) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "The wristband gave no patient id. Scan it again.");
        }
        return patientId;
    }
}
