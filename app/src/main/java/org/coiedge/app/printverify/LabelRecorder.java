package org.coiedge.app.printverify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;

/**
 * Writes the label events of print-and-verify to the ledger: {@code LABEL_PRINTED} (with the
 * reprint reason and the authorising signature when it is a reprint), {@code LABEL_VERIFIED},
 * {@code LABEL_VOIDED}. Blocking until durable (the ledger's contract); call off the UI thread.
 * Throws {@link LedgerException} when the event was not recorded.
 */
public final class LabelRecorder {
    /** Why a reprint is needed; the operator picks one. */
    public enum ReprintReason { SCAN_MISMATCH, NOT_CONFIRMED, DAMAGED, UNREADABLE, OTHER }

    /** A reprint: why, and who authorised it. */
    public record Reprint(ReprintReason reason, StaffMember authorisedBy) {
        public Reprint {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(authorisedBy, "authorisedBy");
        }
    }

    private final Ledger ledger;
    private final KioskConfig.Site site;
    private final String deviceId;
    private final Clock clock;

    public LabelRecorder(Ledger ledger, KioskConfig.Site site, String deviceId, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.site = Objects.requireNonNull(site, "site");
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CustodyEvent printed(PrintRequest r, StaffMember operator, String printer, int copy, Reprint reprint)
            throws LedgerException {
        Instant now = clock.instant();
        Map<String, Object> payload = base(r, printer);
        payload.put("copy", copy);
        List<Signature> signatures = new ArrayList<>();
        signatures.add(new Signature(operator.staffId(), operator.name(), SignatureMeaning.PERFORMED, now));
        if (reprint != null) {
            payload.put("reprint", true);
            payload.put("reprintReason", reprint.reason().name());
            signatures.add(new Signature(reprint.authorisedBy().staffId(), reprint.authorisedBy().name(),
                    SignatureMeaning.APPROVED, now));
        }
        return ledger.append(event(EventType.LABEL_PRINTED, r, signatures, now, payload));
    }

    public CustodyEvent verified(PrintRequest r, StaffMember operator, String printer, String scanned, String sourceId)
            throws LedgerException {
        Instant now = clock.instant();
        Map<String, Object> payload = base(r, printer);
        payload.put("scanned", LabelMatch.data(scanned));
        payload.put("scanSource", sourceId);
        return ledger.append(event(EventType.LABEL_VERIFIED, r,
                List.of(new Signature(operator.staffId(), operator.name(), SignatureMeaning.VERIFIED, now)), now, payload));
    }

    /** @param scanned the scan that did not match, or null when the label was voided for another reason */
    public CustodyEvent voided(PrintRequest r, StaffMember operator, String printer, String reason, String scanned)
            throws LedgerException {
        Instant now = clock.instant();
        Map<String, Object> payload = base(r, printer);
        payload.put("reason", reason);
        if (scanned != null) {
            payload.put("scanned", LabelMatch.data(scanned));
        }
        return ledger.append(event(EventType.LABEL_VOIDED, r,
                List.of(new Signature(operator.staffId(), operator.name(), SignatureMeaning.PERFORMED, now)), now, payload));
    }

    private static Map<String, Object> base(PrintRequest r, String printer) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("template", r.label().template().toString());
        payload.put("printer", printer);
        payload.put("identifying", new ArrayList<>(new java.util.TreeSet<>(r.identifying())));
        return payload;
    }

    private EventContent event(EventType type, PrintRequest r, List<Signature> signatures, Instant at,
            Map<String, Object> payload) {
        PrintRequest.Subject s = r.subject();
        return new EventContent(type, s.coi(), s.dins(), s.patientId(), null, null, site.fin(), site.zone(), deviceId,
                signatures, at, s.provenance(), payload, null);
    }
}
