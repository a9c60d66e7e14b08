package org.coiedge.app.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.ledger.UnitState;
import org.coiedge.core.ledger.Verification;

/**
 * Renders a {@link CoiReport} as a PDF an inspector can read without the kiosk: who, what, when
 * (site-local time with zone and UTC), why, signatures with their meaning, the custody derived,
 * and the chain verification result. Stateless; blocking file I/O on the caller's thread.
 */
public final class CoiReportPdf {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss zzz", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private CoiReportPdf() {
    }

    /** Writes the report to {@code file}. */
    public static void write(CoiReport r, Path file) throws IOException {
        try (PdfText pdf = new PdfText("COI " + coi(r) + " - as of " + UTC.format(r.asOf())
                + " - generated " + UTC.format(r.generatedAt()))) {
            pdf.heading("Chain of identity " + coi(r), 16);
            pdf.paragraph("The record as it stood at " + UTC.format(r.asOf()) + ". Generated " + UTC.format(r.generatedAt())
                    + " by coi-edge. " + r.events().size() + " events.", 9, false, 0);
            verification(pdf, r.verification());
            custody(pdf, r);
            pdf.heading("Events, in the order they happened (every device)", 12);
            for (CustodyEvent e : r.events()) {
                event(pdf, e, r.custody().voided().contains(e.id()), r.software().get(e.id()));
            }
            if (r.events().isEmpty()) {
                pdf.paragraph("No event of this COI was recorded by then.", 10, false, 0);
            }
            pdf.save(file);
        }
    }

    private static void verification(PdfText pdf, Verification v) throws IOException {
        pdf.heading("Record verification", 12);
        if (v instanceof Verification.Intact) {
            Verification.Intact ok = (Verification.Intact) v;
            pdf.paragraph("INTACT: all " + ok.events() + " events of this device's ledger are present, in order,"
                    + " unaltered and signed by the device. Head hash " + ok.headHash() + ". Events of other devices"
                    + " were checked against their device keys when this kiosk read them from the central chain.", 10, true, 0);
        } else {
            Verification.Broken b = (Verification.Broken) v;
            pdf.paragraph("BROKEN at event #" + b.sequence() + " (" + b.problem() + "): " + b.detail()
                    + " This record may have been altered; treat it as unreliable and escalate.", 10, true, 0);
        }
    }

    private static void custody(PdfText pdf, CoiReport r) throws IOException {
        pdf.heading("Custody at that time", 12);
        if (r.custody().patientId() != null) {
            pdf.paragraph("Patient: " + r.custody().patientId(), 10, false, 0);
        }
        if (r.custody().units().isEmpty()) {
            pdf.paragraph("No unit recorded.", 10, false, 0);
        }
        for (UnitState u : r.custody().units()) {
            pdf.paragraph(din(u.din()) + ": " + (u.status() == null ? "no status" : words(u.status().name()))
                    + ", held by " + (u.holder() == null ? "nobody recorded" : party(u.holder())) + ", at " + u.site().value()
                    + " since " + UTC.format(u.since()), 10, false, 0);
        }
        if (r.custody().hardStop()) {
            pdf.paragraph("HARD STOP: a unit is on hold after a detected mismatch.", 10, true, 0);
        }
    }

    private static void event(PdfText pdf, CustodyEvent e, boolean voided, String software) throws IOException {
        EventContent c = e.content();
        pdf.rule();
        pdf.paragraph("#" + e.sequence() + "  " + words(c.type().name()) + (voided ? "  [SET ASIDE BY A CORRECTION]" : ""),
                11, true, 0);
        ZoneId zone = c.siteZone();
        pdf.paragraph("When: " + LOCAL.format(c.occurredAt().atZone(zone)) + " (" + UTC.format(c.occurredAt()) + ") at site "
                + c.site().value() + ", " + zone.getId() + ". Recorded " + UTC.format(e.recordedAt()) + " by device "
                + c.deviceId() + (software == null ? "" : " running coi-edge " + software) + ".", 9, false, 12);
        if (!c.dins().isEmpty()) {
            pdf.paragraph("Units: " + c.dins().stream().map(CoiReportPdf::din).collect(Collectors.joining(", ")), 9, false, 12);
        }
        if (c.patientId() != null) {
            pdf.paragraph("Patient: " + c.patientId(), 9, false, 12);
        }
        if (c.from() != null || c.to() != null) {
            pdf.paragraph("Custody: " + (c.from() == null ? "-" : party(c.from())) + "  to  "
                    + (c.to() == null ? "-" : party(c.to())), 9, false, 12);
        }
        for (Signature s : c.signatures()) {
            pdf.paragraph(meaning(s.meaning()) + ": " + s.printedName() + " (" + s.staffId() + "), signed "
                    + LOCAL.format(s.signedAt().atZone(zone)) + " (" + UTC.format(s.signedAt()) + ")", 9, false, 12);
        }
        if (c.signatures().isEmpty()) {
            pdf.paragraph("Signatures: none (recorded by the device)", 9, false, 12);
        }
        if (c.correction() != null) {
            pdf.paragraph("Corrects event " + c.correction().correctedEventId() + ". Reason: " + c.correction().reason(),
                    9, true, 12);
        }
        if (!c.payload().isEmpty()) {
            pdf.paragraph("Details: " + details(c.payload()), 9, false, 12);
        }
        List<String> keyed = new ArrayList<>();
        c.provenance().forEach((id, p) -> {
            if (p == IdentifierProvenance.KEYED_WITH_CHECK) {
                keyed.add(id);
            }
        });
        if (!keyed.isEmpty()) {
            pdf.paragraph("Keyed by hand with check character (not scanned): " + String.join(", ", keyed), 9, true, 12);
        }
        pdf.paragraph("Event " + e.id() + ", hash " + e.hash(), 7, false, 12);
    }

    private static String din(Din d) {
        return d.eyeReadable() + " " + d.checkCharacter();
    }

    private static String coi(CoiReport r) {
        return r.coi().eyeReadable() + " " + r.coi().checkCharacter();
    }

    private static String details(Map<String, Object> payload) {
        return payload.entrySet().stream().map(en -> en.getKey() + " = " + en.getValue()).collect(Collectors.joining("; "));
    }

    private static String party(Party p) {
        return p.name() + " (" + words(p.role().name()).toLowerCase(Locale.ROOT) + " " + p.id() + ")";
    }

    static String meaning(SignatureMeaning m) {
        switch (m) {
            case PERFORMED: return "Performed by";
            case VERIFIED: return "Verified by";
            case WITNESSED: return "Witnessed by";
            case APPROVED: return "Approved by";
            case RELEASED: return "Released by";
            case RECEIVED: return "Received custody";
            default: return m.name();
        }
    }

    private static String words(String constant) {
        String s = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** For callers that want "now" formatted the same way. */
    static String utc(Instant t) {
        return UTC.format(t);
    }
}
