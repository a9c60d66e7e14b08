package org.coiedge.core.workflow.handoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.workflow.BagIdentity;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.auth.Role;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WorkflowProblem;

/**
 * Receipt at the treatment site: scan the shipment in against what was sent, accept, quarantine
 * or reject each unit (a reason for the last two), record where accepted units are stored, sign.
 * Completing records RECEIVED, then QUARANTINED / REJECTED per unit, then STORED, in one durable
 * transaction. Expired units and units of another COI cannot be accepted; missing units block
 * completion, and so do extra units until they are put aside ({@link #removeExtra}). Not thread-safe.
 */
public final class Receipt {
    private final SiteContext site;
    private final EventSink sink;
    private final Operator receiver;
    private final UnitTally tally;
    private final Map<Din, Disposition> decisions = new LinkedHashMap<>();
    private final Map<Din, String> reasons = new LinkedHashMap<>();
    private String location;
    private boolean done;

    /** @throws WorkflowException ROLE_REQUIRED unless the receiver has the receiving staff role */
    public Receipt(SiteContext site, Manifest sent, EventSink sink, Operator receiver) throws WorkflowException {
        this.site = Objects.requireNonNull(site, "site");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.tally = new UnitTally(Objects.requireNonNull(sent, "sent"), site.clock());
        if (!receiver.has(Role.RECEIVING_STAFF)) {
            throw new WorkflowException(WorkflowProblem.ROLE_REQUIRED,
                    receiver.printedName() + " may not receive shipments (needs receiving staff).");
        }
    }

    public UnitScan scanUnit(BagIdentity bag) throws WorkflowException {
        open();
        return tally.scan(bag);
    }

    public boolean confirmSameBag(Din din) throws WorkflowException {
        open();
        return tally.confirmSameBag(din);
    }

    /**
     * An unexpected bag was put aside, outside this receipt (it stays unreceived; the site follows it
     * up with the sender). The receipt can then complete for what was sent.
     */
    public boolean removeExtra(Din din) throws WorkflowException {
        open();
        return tally.removeExtra(din);
    }

    /** Decides one scanned unit; may be changed until {@link #complete()}. */
    public void decide(Din din, Disposition disposition, String reason) throws WorkflowException {
        open();
        Reconciliation r = tally.reconciliation();
        if (!r.scanned().contains(din)) {
            throw new WorkflowException(WorkflowProblem.OUT_OF_ORDER, "Scan bag " + din.eyeReadable() + " before deciding.");
        }
        if (disposition == Disposition.ACCEPT && (r.expired().contains(din) || r.wrongCoi().contains(din))) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "Bag " + din.eyeReadable() + " is "
                    + (r.expired().contains(din) ? "expired" : "labelled for another COI")
                    + ": quarantine or reject it.");
        }
        if (disposition != Disposition.ACCEPT) {
            reasons.put(din, CourierHandoff.required(reason, "reason to " + disposition.name().toLowerCase(
                    java.util.Locale.ROOT)));
        } else {
            reasons.remove(din);
        }
        decisions.put(din, disposition);
    }

    /** Where accepted units are stored (freezer, rack, position). */
    public void storeAt(String storageLocation) throws WorkflowException {
        open();
        location = CourierHandoff.required(storageLocation, "storage location");
    }

    public Reconciliation reconciliation() {
        return tally.reconciliation();
    }

    /**
     * What still keeps the receipt from completing, in plain words (missing, extra or duplicated
     * units, units without a decision, no storage location for accepted units); empty when it can
     * be signed. Lets a screen show the list before asking anyone to sign.
     */
    public List<String> problems() {
        List<String> blocking = blocking(tally.reconciliation());
        if (blocking.isEmpty() && !byDisposition(Disposition.ACCEPT).isEmpty() && location == null) {
            blocking.add("Record where the accepted bags are stored");
        }
        return blocking;
    }

    /**
     * The receiver signs, re-authenticated by the caller just before: the same person who received
     * the shipment, else SAME_PERSON. Then as {@link #complete()}.
     */
    public List<CustodyEvent> sign(Operator signer) throws WorkflowException {
        open();
        if (!signer.samePersonAs(receiver)) {
            throw new WorkflowException(WorkflowProblem.SAME_PERSON, "This receipt is signed by "
                    + receiver.printedName() + ", who received the shipment.");
        }
        return complete();
    }

    /** Signs and records the receipt ("Received custody"). */
    public List<CustodyEvent> complete() throws WorkflowException {
        open();
        Reconciliation r = tally.reconciliation();
        List<String> blocking = blocking(r);
        if (!blocking.isEmpty()) {
            throw new WorkflowException(WorkflowProblem.NOT_RECONCILED, String.join("; ", blocking) + ".");
        }
        List<Din> accepted = byDisposition(Disposition.ACCEPT);
        if (!accepted.isEmpty() && location == null) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "Record where the accepted bags are stored.");
        }
        return record(r, accepted);
    }

    private List<String> blocking(Reconciliation r) {
        List<String> blocking = new ArrayList<>();
        if (!r.missing().isEmpty() || !r.extra().isEmpty() || !r.duplicated().isEmpty()) {
            blocking.addAll(new Reconciliation(r.scanned(), r.missing(), r.extra(), r.duplicated(), List.of(), List.of())
                    .problems());
        }
        List<String> undecided = new ArrayList<>();
        for (Din d : r.scanned()) {
            if (!decisions.containsKey(d)) {
                undecided.add(d.eyeReadable());
            }
        }
        if (!undecided.isEmpty()) {
            blocking.add("Accept, quarantine or reject: " + String.join(", ", undecided));
        }
        return blocking;
    }

    private List<CustodyEvent> record(Reconciliation r, List<Din> accepted) throws WorkflowException {
        List<EventContent> events = new ArrayList<>();
        Manifest m = tally.manifest();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("shipmentId", m.shipmentId());
        events.add(event(EventType.RECEIVED, r.scanned(), SignatureMeaning.RECEIVED, payload, true));
        for (Disposition d : new Disposition[] {Disposition.QUARANTINE, Disposition.REJECT}) {
            for (Din din : byDisposition(d)) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("shipmentId", m.shipmentId());
                p.put("reason", reasons.get(din));
                events.add(event(d == Disposition.QUARANTINE ? EventType.QUARANTINED : EventType.REJECTED, List.of(din),
                        SignatureMeaning.PERFORMED, p, false));
            }
        }
        if (!accepted.isEmpty()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("location", location);
            events.add(event(EventType.STORED, accepted, SignatureMeaning.PERFORMED, p, false));
        }
        try {
            List<CustodyEvent> out = sink.recordAll(events);
            done = true;
            return out;
        } catch (LedgerException e) {
            throw new WorkflowException(WorkflowProblem.NOT_RECORDED, "The receipt is not recorded: " + e.getMessage()
                    + " Nothing was saved; sign again.", e);
        }
    }

    private List<Din> byDisposition(Disposition d) {
        List<Din> out = new ArrayList<>();
        decisions.forEach((din, x) -> {
            if (x == d) {
                out.add(din);
            }
        });
        return out;
    }

    private EventContent event(EventType type, List<Din> dins, SignatureMeaning meaning, Map<String, Object> payload,
            boolean transfer) {
        Manifest m = tally.manifest();
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(m.coi().value(), IdentifierProvenance.IMPORTED);
        Map<Din, IdentifierProvenance> scanned = tally.provenance();
        for (Din d : dins) {
            prov.put(d.value(), scanned.get(d));
        }
        return new EventContent(type, m.coi(), dins, null, transfer ? m.from() : null, transfer ? site.siteParty() : null,
                site.site(), site.zone(), site.deviceId(), List.of(new Signature(receiver.staffId(),
                receiver.printedName(), meaning, site.clock().instant())), site.clock().instant(), prov, payload, null);
    }

    private void open() throws WorkflowException {
        if (done) {
            throw new WorkflowException(WorkflowProblem.OUT_OF_ORDER, "This receipt is complete.");
        }
    }
}
