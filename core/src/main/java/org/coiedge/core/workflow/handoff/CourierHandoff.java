package org.coiedge.core.workflow.handoff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
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
 * A courier handoff (pickup from the site, or delivery to it) as a state machine: scan every bag
 * and the shipper; record the temperature logger and the seal; the releasing person signs, then
 * the taking person signs. The handoff is verified only when the manifest reconciles, both have
 * signed and the CUSTODY_TRANSFERRED event is durable. Not thread-safe.
 */
public final class CourierHandoff {

    /** Which way custody goes. */
    public enum Direction {
        /** Site staff release to the courier. */
        PICKUP(EnumSet.of(Role.APHERESIS_TECHNICIAN, Role.RECEIVING_STAFF), EnumSet.of(Role.COURIER)),
        /** The courier releases to the receiving site. */
        DELIVERY(EnumSet.of(Role.COURIER), EnumSet.of(Role.RECEIVING_STAFF));

        private final Set<Role> releasing;
        private final Set<Role> taking;

        Direction(Set<Role> releasing, Set<Role> taking) {
            this.releasing = releasing;
            this.taking = taking;
        }
    }

    /** Where the handoff stands. */
    public enum Step { SCAN, SIGN_TAKE, DONE }

    private final SiteContext site;
    private final EventSink sink;
    private final Direction direction;
    private final UnitTally tally;
    private Step step = Step.SCAN;
    private String shipperId;
    private String loggerId;
    private String sealNumber;
    private Operator releaser;
    private Signature releaseSignature;

    public CourierHandoff(SiteContext site, Manifest manifest, Direction direction, EventSink sink) {
        this.site = Objects.requireNonNull(site, "site");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.tally = new UnitTally(Objects.requireNonNull(manifest, "manifest"), site.clock());
    }

    public Step step() {
        return step;
    }

    /** One bag scanned. */
    public UnitScan scanUnit(BagIdentity bag) throws WorkflowException {
        expect(Step.SCAN, "All bags are scanned before the release is signed.");
        return tally.scan(bag);
    }

    /** See {@link UnitTally#confirmSameBag}. */
    public boolean confirmSameBag(Din din) throws WorkflowException {
        expect(Step.SCAN, "Rescans are confirmed before signing.");
        return tally.confirmSameBag(din);
    }

    /** See {@link UnitTally#removeExtra}. */
    public boolean removeExtra(Din din) throws WorkflowException {
        expect(Step.SCAN, "Extra bags are put aside before signing.");
        return tally.removeExtra(din);
    }

    /** The shipper's label (SSCC or shipper id). */
    public void shipper(String id) throws WorkflowException {
        expect(Step.SCAN, "The shipper is scanned before signing.");
        shipperId = required(id, "shipper id");
    }

    /** The temperature logger's id and the seal number, as read from them. */
    public void transport(String temperatureLogger, String seal) throws WorkflowException {
        expect(Step.SCAN, "The logger and seal are recorded before signing.");
        loggerId = required(temperatureLogger, "temperature logger id");
        sealNumber = required(seal, "seal number");
    }

    public Reconciliation reconciliation() {
        return tally.reconciliation();
    }

    /** The releasing person signs ("Released to courier" / "Released by courier"). */
    public void signRelease(Operator person) throws WorkflowException {
        expect(Step.SCAN, "The release is already signed; the " + (direction == Direction.PICKUP ? "courier" : "receiver")
                + " signs now.");
        Reconciliation r = tally.reconciliation();
        if (!r.complete()) {
            throw new WorkflowException(WorkflowProblem.NOT_RECONCILED, "The shipment does not match its manifest: "
                    + String.join("; ", r.problems()) + ".");
        }
        if (shipperId == null || loggerId == null || sealNumber == null) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "Scan the shipper and record the temperature"
                    + " logger and seal number before signing.");
        }
        requireRole(person, direction.releasing, "release this shipment");
        releaser = person;
        releaseSignature = new Signature(person.staffId(), person.printedName(), SignatureMeaning.RELEASED,
                site.clock().instant());
        step = Step.SIGN_TAKE;
    }

    /** The taking person signs ("Received custody"): records the transfer. */
    public CustodyEvent signTake(Operator person) throws WorkflowException {
        expect(Step.SIGN_TAKE, "The releasing person signs first.");
        if (person.samePersonAs(releaser)) {
            throw new WorkflowException(WorkflowProblem.SAME_PERSON, releaser.printedName()
                    + " released the shipment. Another person takes custody and signs.");
        }
        requireRole(person, direction.taking, "take custody of this shipment");
        Manifest m = tally.manifest();
        Party from = direction == Direction.PICKUP ? m.from() : new Party(PartyRole.COURIER, releaser.staffId(),
                releaser.printedName());
        Party to = direction == Direction.PICKUP ? new Party(PartyRole.COURIER, person.staffId(), person.printedName())
                : m.to();
        Reconciliation r = tally.reconciliation();
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(m.coi().value(), IdentifierProvenance.IMPORTED);
        tally.provenance().forEach((din, p) -> prov.put(din.value(), p));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("shipmentId", m.shipmentId());
        payload.put("direction", direction.name());
        payload.put("shipperId", shipperId);
        payload.put("temperatureLogger", loggerId);
        payload.put("seal", sealNumber);
        payload.put("unitCount", (long) r.scanned().size());
        if (!tally.confirmedRescans().isEmpty()) {
            payload.put("confirmedRescans", tally.confirmedRescans().stream().map(Din::value).collect(Collectors.toList()));
        }
        List<Signature> sigs = List.of(releaseSignature, new Signature(person.staffId(), person.printedName(),
                SignatureMeaning.RECEIVED, site.clock().instant()));
        EventContent e = new EventContent(EventType.CUSTODY_TRANSFERRED, m.coi(), new ArrayList<>(r.scanned()), null,
                from, to, site.site(), site.zone(), site.deviceId(), sigs, site.clock().instant(), prov, payload, null);
        try {
            CustodyEvent recorded = sink.record(e);
            step = Step.DONE;
            return recorded;
        } catch (LedgerException ex) {
            throw new WorkflowException(WorkflowProblem.NOT_RECORDED, "The handoff is not recorded: " + ex.getMessage()
                    + " Keep the shipment here and sign again.", ex);
        }
    }

    private void expect(Step wanted, String message) throws WorkflowException {
        if (step == Step.DONE) {
            throw new WorkflowException(WorkflowProblem.OUT_OF_ORDER, "This handoff is complete.");
        }
        if (step != wanted) {
            throw new WorkflowException(WorkflowProblem.OUT_OF_ORDER, message);
        }
    }

    private static void requireRole(Operator person, Set<Role> allowed, String what) throws WorkflowException {
        if (allowed.stream().noneMatch(person::has)) {
            throw new WorkflowException(WorkflowProblem.ROLE_REQUIRED, person.printedName() + " may not " + what
                    + " (needs " + allowed.stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(" or ")) + ").");
        }
    }

    static String required(String value, String what) throws WorkflowException {
        if (value == null || value.isBlank()) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "The " + what + " is empty. Scan or type it.");
        }
        return value.strip();
    }
}
