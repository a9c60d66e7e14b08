package org.coiedge.core.workflow.keyed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WorkflowProblem;

/**
 * Keying a DIN or COI when its label will not scan: only with a reason, only with the check
 * character K (which must match), and only after a second person keys the same value
 * independently. The confirmation records UNABLE_TO_SCAN (keyed by, verified by, reason) on the
 * COI in hand; the value then carries {@link IdentifierProvenance#KEYED_WITH_CHECK} wherever it is
 * used. Patient ids have no check character and cannot be keyed here: reprint the wristband.
 * Not thread-safe.
 */
public final class KeyedEntry {

    /** What is being keyed. */
    public enum Kind { DIN, COI }

    /** A keyed value both people agreed on, and the event that records it. */
    public record Confirmed(Kind kind, Din din, CoiId coi, CustodyEvent recorded) {
        public Confirmed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(recorded, "recorded");
        }
    }

    private final SiteContext site;
    private final EventSink sink;
    private final CoiId context;
    private final Operator keyer;
    private Kind kind;
    private String value;
    private UnableToScanReason reason;
    private String note;

    /**
     * @param context the COI of the work in hand (the order, manifest or bag already identified);
     *                the UNABLE_TO_SCAN event is recorded on it
     */
    public KeyedEntry(SiteContext site, EventSink sink, CoiId context, Operator keyer) {
        this.site = Objects.requireNonNull(site, "site");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.context = Objects.requireNonNull(context, "context");
        this.keyer = Objects.requireNonNull(keyer, "keyer");
    }

    /** The first person keys the identifier with its check character and says why. */
    public void key(Kind what, String typed, UnableToScanReason why, String whyNote) throws WorkflowException {
        Objects.requireNonNull(what, "what");
        if (why == null) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "Choose why the label cannot be scanned.");
        }
        if (why == UnableToScanReason.OTHER && (whyNote == null || whyNote.isBlank())) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "Write a short note saying why it cannot be scanned.");
        }
        value = normalized(what, typed);
        kind = what;
        reason = why;
        note = whyNote == null ? null : whyNote.strip();
    }

    /** A second person keys the same identifier without seeing the first entry; it must be identical. */
    public Confirmed confirm(Operator second, String typedAgain) throws WorkflowException {
        if (kind == null) {
            throw new WorkflowException(WorkflowProblem.OUT_OF_ORDER, "Key the identifier first.");
        }
        if (second.samePersonAs(keyer)) {
            throw new WorkflowException(WorkflowProblem.SAME_PERSON, keyer.printedName()
                    + " keyed it. A second person must key it again to confirm.");
        }
        String again = normalized(kind, typedAgain);
        if (!again.equals(value)) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "The two entries differ. Both people key the "
                    + kind + " again, slowly, from the label.");
        }
        Din din = kind == Kind.DIN ? parseDin(value) : null;
        CoiId coi = kind == Kind.COI ? parseCoi(value) : null;
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(context.value(), coi != null && coi.equals(context) ? IdentifierProvenance.KEYED_WITH_CHECK
                : IdentifierProvenance.IMPORTED);
        if (din != null) {
            prov.put(din.value(), IdentifierProvenance.KEYED_WITH_CHECK);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", kind.name());
        payload.put("value", din != null ? din.value() : coi.value());
        payload.put("reason", reason.name());
        if (note != null) {
            payload.put("note", note);
        }
        payload.put("keyedBy", keyer.staffId());
        payload.put("verifiedBy", second.staffId());
        if (coi != null && !coi.equals(context)) {
            payload.put("keyedCoiDiffersFromContext", true);
        }
        var now = site.clock().instant();
        EventContent e = new EventContent(EventType.UNABLE_TO_SCAN, context, din == null ? List.of() : List.of(din), null,
                null, null, site.site(), site.zone(), site.deviceId(), List.of(
                new Signature(keyer.staffId(), keyer.printedName(), SignatureMeaning.PERFORMED, now),
                new Signature(second.staffId(), second.printedName(), SignatureMeaning.VERIFIED, now)),
                now, prov, payload, null);
        try {
            return new Confirmed(kind, din, coi, sink.record(e));
        } catch (LedgerException ex) {
            throw new WorkflowException(WorkflowProblem.NOT_RECORDED, "Not recorded: " + ex.getMessage()
                    + " Confirm again.", ex);
        }
    }

    private static String normalized(Kind kind, String typed) throws WorkflowException {
        String s = typed == null ? "" : typed.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        int withK = kind == Kind.DIN ? Din.LENGTH + 1 : CoiId.LENGTH + 1;
        if (s.length() != withK) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, "Key all " + (withK - 1) + " characters of the "
                    + kind + " and its check character (the boxed character after it) - " + s.length() + " keyed.");
        }
        if (kind == Kind.DIN) {
            parseDin(s);
        } else {
            parseCoi(s);
        }
        return s;
    }

    private static Din parseDin(String s) throws WorkflowException {
        try {
            return Din.parseKeyed(s);
        } catch (ScanDecodeException e) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, e.getMessage(), e);
        }
    }

    private static CoiId parseCoi(String s) throws WorkflowException {
        try {
            return CoiId.parseKeyed(s);
        } catch (ScanDecodeException e) {
            throw new WorkflowException(WorkflowProblem.INVALID_INPUT, e.getMessage(), e);
        }
    }
}
