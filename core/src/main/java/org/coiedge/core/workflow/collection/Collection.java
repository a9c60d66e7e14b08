package org.coiedge.core.workflow.collection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.coiedge.core.ledger.IdentifierBlocks;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.auth.Role;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WorkflowProblem;

/**
 * A collection at the apheresis chair, as a state machine: identify the patient by wristband and
 * match the order (reusing the therapy episode's COI, or assigning a DS040 COI for a first
 * collection); assign the DIN from the leased block; print the bag label and the tube labels and
 * scan each back (the shared print-and-verify reports each verified label here); record start,
 * end and volume; the technician signs ("Collected by"). Every assignment is recorded when made,
 * so an interrupted collection never reuses a number. Not thread-safe.
 */
public final class Collection {

    /** Where the collection stands. */
    public enum Step { WRISTBAND, ASSIGN_DIN, LABELS, RECORD, SIGN, DONE }

    /** The largest plausible apheresis product volume; anything above is a typing error. */
    public static final long MAX_VOLUME_ML = 1_000;

    private final SiteContext site;
    private final CollectionFacts facts;
    private final IdentifierBlocks blocks;
    private final EventSink sink;
    private final Operator technician;
    private final int tubeLabels;
    private Step step = Step.WRISTBAND;
    private String patientId;
    private IdentifierProvenance patientProvenance;
    private CollectionOrder order;
    private CoiId coi;
    private boolean coiAssignedHere;
    private Din din;
    private boolean bagLabelVerified;
    private final Set<Integer> tubesVerified = new LinkedHashSet<>();
    private Instant start;
    private Instant end;
    private long volumeMl;

    /**
     * @param tubeLabels how many tube (sample) labels this site prints per collection
     * @throws WorkflowException ROLE_REQUIRED unless the technician has the apheresis technician role
     */
    public Collection(SiteContext site, CollectionFacts facts, IdentifierBlocks blocks, EventSink sink,
            Operator technician, int tubeLabels) throws WorkflowException {
        this.site = Objects.requireNonNull(site, "site");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.blocks = Objects.requireNonNull(blocks, "blocks");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.technician = Objects.requireNonNull(technician, "technician");
        if (tubeLabels < 0 || tubeLabels > 20) {
            throw new IllegalArgumentException("tube labels per collection must be 0-20: " + tubeLabels);
        }
        this.tubeLabels = tubeLabels;
        if (!technician.has(Role.APHERESIS_TECHNICIAN)) {
            throw new WorkflowException(WorkflowProblem.ROLE_REQUIRED,
                    technician.printedName() + " may not collect (needs apheresis technician).");
        }
    }

    public Step step() {
        return step;
    }

    public Optional<CoiId> coi() {
        return Optional.ofNullable(coi);
    }

    public Optional<Din> din() {
        return Optional.ofNullable(din);
    }

    public Optional<CollectionOrder> order() {
        return Optional.ofNullable(order);
    }

    /** The patient's wristband: matches the order and fixes the COI (recorded as PATIENT_IDENTIFIED). */
    public CustodyEvent wristband(String patient, IdentifierProvenance provenance) throws WorkflowException {
        expect(Step.WRISTBAND, "Scan the patient's wristband first.");
        if (patient == null || patient.isBlank()) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "The wristband gave no patient id. Scan it again.");
        }
        try {
            Optional<CollectionOrder> o = facts.orderForPatient(patient);
            if (o.isEmpty()) {
                throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "Patient " + patient
                        + " has no collection order on this kiosk. Check the wristband, or ask for the order to be sent.");
            }
            CoiId id = o.get().coi().orElse(null);
            boolean assigned = id == null;
            if (assigned) {
                id = blocks.nextCoi(site.site(), year());
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("orderId", o.get().orderId());
            payload.put("therapy", o.get().therapy());
            payload.put("coiAssigned", assigned);
            patientId = patient;
            patientProvenance = Objects.requireNonNull(provenance, "provenance");
            CustodyEvent e = record(EventType.PATIENT_IDENTIFIED, id, null, IdentifierProvenance.IMPORTED, payload,
                    List.of(), site.clock().instant());
            order = o.get();
            coi = id;
            coiAssignedHere = assigned;
            step = Step.ASSIGN_DIN;
            return e;
        } catch (LedgerException e) {
            patientId = null;
            throw notRecorded(e);
        }
    }

    /** Takes the next DIN from the leased block (recorded as IDENTIFIER_ASSIGNED). */
    public CustodyEvent assignDin() throws WorkflowException {
        expect(Step.ASSIGN_DIN, "Identify the patient before assigning the DIN.");
        try {
            Din next = blocks.nextDin(site.site(), year());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("orderId", order.orderId());
            payload.put("coiAssignedHere", coiAssignedHere);
            din = next;
            CustodyEvent e = record(EventType.IDENTIFIER_ASSIGNED, coi, next, IdentifierProvenance.IMPORTED, payload,
                    List.of(), site.clock().instant());
            step = Step.LABELS;
            return e;
        } catch (LedgerException e) {
            din = null;
            if (e.reason() == LedgerException.Reason.EXHAUSTED) {
                throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "No donation numbers are left on this kiosk."
                        + " Connect it to the network so it can lease more, or call the site administrator.", e);
            }
            throw notRecorded(e);
        }
    }

    /** How many tube labels remain to be verified. */
    public int tubeLabelsOutstanding() {
        return tubeLabels - tubesVerified.size();
    }

    /** The print-and-verify step confirmed the bag label (the scan matched what was printed). */
    public void bagLabelVerified(Din verified) throws WorkflowException {
        expect(Step.LABELS, "Assign the DIN before printing labels.");
        requireThisDin(verified);
        bagLabelVerified = true;
        labelsDone();
    }

    /** The print-and-verify step confirmed tube label {@code n} (1-based). */
    public void tubeLabelVerified(Din verified, int n) throws WorkflowException {
        expect(Step.LABELS, "Assign the DIN before printing labels.");
        requireThisDin(verified);
        if (n < 1 || n > tubeLabels) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "Tube label " + n + " is not one of the "
                    + tubeLabels + " tube labels of this collection.");
        }
        tubesVerified.add(n);
        labelsDone();
    }

    private void labelsDone() {
        if (bagLabelVerified && tubesVerified.size() == tubeLabels) {
            step = Step.RECORD;
        }
    }

    /** The collection's start and end (as read from the apheresis device) and the product volume. */
    public void record(Instant started, Instant ended, long volume) throws WorkflowException {
        expect(Step.RECORD, bagLabelVerified ? "Scan each printed tube label to verify it first ("
                + tubeLabelsOutstanding() + " left)." : "Print and scan the bag label first.");
        Instant now = site.clock().instant();
        if (started == null || ended == null || !started.isBefore(ended)) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "The end of the collection must be after its start.");
        }
        if (ended.isAfter(now.plus(Duration.ofMinutes(1)))) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "The end of the collection is in the future."
                    + " Check the time entered.");
        }
        if (Duration.between(started, ended).compareTo(Duration.ofHours(12)) > 0) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "A collection longer than 12 hours is not"
                    + " plausible. Check the times entered.");
        }
        if (volume <= 0 || volume > MAX_VOLUME_ML) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "The volume must be 1-" + MAX_VOLUME_ML
                    + " mL; " + volume + " was entered.");
        }
        start = started;
        end = ended;
        volumeMl = volume;
        step = Step.SIGN;
    }

    /**
     * The technician signs (re-authenticated by the caller just before): records COLLECTION_STARTED
     * and COLLECTION_COMPLETED ("Collected by") in one durable transaction.
     */
    public List<CustodyEvent> sign(Operator signer) throws WorkflowException {
        expect(Step.SIGN, "Record the start, end and volume before signing.");
        if (!signer.samePersonAs(technician)) {
            throw new WorkflowException(WorkflowProblem.SAME_PERSON, "The collection is signed by "
                    + technician.printedName() + ", who performed it.");
        }
        Instant now = site.clock().instant();
        Signature collectedBy = new Signature(technician.staffId(), technician.printedName(), SignatureMeaning.PERFORMED, now);
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("orderId", order.orderId());
        done.put("volumeMl", volumeMl);
        done.put("tubeLabels", (long) tubeLabels);
        Party patient = new Party(PartyRole.PATIENT, patientId, "Patient " + patientId);
        List<EventContent> events = new ArrayList<>();
        events.add(content(EventType.COLLECTION_STARTED, coi, din, IdentifierProvenance.IMPORTED,
                Map.of("orderId", order.orderId()), List.of(collectedBy), start, patient, null));
        events.add(content(EventType.COLLECTION_COMPLETED, coi, din, IdentifierProvenance.IMPORTED, done,
                List.of(collectedBy), end, patient, site.siteParty()));
        try {
            List<CustodyEvent> out = sink.recordAll(events);
            step = Step.DONE;
            return out;
        } catch (LedgerException e) {
            throw notRecorded(e);
        }
    }

    private int year() {
        return site.clock().instant().atZone(site.zone()).getYear() % 100;
    }

    private void requireThisDin(Din verified) throws WorkflowException {
        if (!din.equals(verified)) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "That label is for DIN " + verified.eyeReadable()
                    + ", this collection is " + din.eyeReadable() + ". Void it and print again.");
        }
    }

    private CustodyEvent record(EventType type, CoiId c, Din d, IdentifierProvenance p, Map<String, Object> payload,
            List<Signature> sigs, Instant at) throws LedgerException {
        return sink.record(content(type, c, d, p, payload, sigs, at, null, null));
    }

    private EventContent content(EventType type, CoiId c, Din d, IdentifierProvenance p, Map<String, Object> payload,
            List<Signature> sigs, Instant at, Party from, Party to) {
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(c.value(), p);
        if (d != null) {
            prov.put(d.value(), p);
        }
        prov.put(patientId, patientProvenance);
        return new EventContent(type, c, d == null ? List.of() : List.of(d), patientId, from, to, site.site(), site.zone(),
                site.deviceId(), sigs, at, prov, payload, null);
    }

    private void expect(Step wanted, String message) throws WorkflowException {
        if (step == Step.DONE) {
            throw new WorkflowException(WorkflowProblem.OUT_OF_ORDER, "This collection is signed and complete.");
        }
        if (step != wanted) {
            throw new WorkflowException(WorkflowProblem.OUT_OF_ORDER, message);
        }
    }

    private static WorkflowException notRecorded(LedgerException e) {
        return new WorkflowException(WorkflowProblem.NOT_RECORDED, "Not recorded: " + e.getMessage() + " Try again.", e);
    }
}
