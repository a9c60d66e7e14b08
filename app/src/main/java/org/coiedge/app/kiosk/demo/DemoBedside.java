package org.coiedge.app.kiosk.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.app.kiosk.data.ReleaseRow;
import org.coiedge.app.printverify.BagLabels;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.ReferenceDataCache;
import org.coiedge.core.workflow.bedside.Release;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.png.PngRenderer;

/**
 * Demo data for bedside verification: patient MUSTER, ERIKA (order {@value #ORDER}) has a bag that
 * is released for him and already received at this site. Seeded once, when the RELEASES dataset is
 * empty: the release (it expires when the bag's label says, 48 h after the demo data was made),
 * and the bag's journey in the ledger, signed by the demo staff - collection completed (Alex Tan),
 * handed to the courier (Alex Tan releases, Casey Ruiz receives) and received here (Casey Ruiz
 * releases, Robin Weber receives). The other demo patients have no release, so their bags stop.
 */
public final class DemoBedside {
    /** The demo order whose bag can be given at the bedside. */
    public static final String ORDER = "ORD-1003";

    private DemoBedside() {
    }

    /** Seeds the release and the journey unless releases were loaded already; returns whether it did. */
    public static boolean seedIfEmpty(Ledger ledger, ReferenceDataCache cache, KioskConfig.Site site, String deviceId,
            Clock clock) throws LedgerException {
        if (cache.version(Dataset.RELEASES).isPresent()) {
            return false;
        }
        Optional<LabelOrder> order = order(cache);
        if (order.isEmpty()) {
            return false;
        }
        LabelOrder o = order.get();
        Instant now = clock.instant();
        Release r = new Release(o.din(), o.coi(), o.patientId(), now, o.expiresAt().toInstant(), o.expiresAt().getZone());
        ledger.appendAll(journey(o, site, deviceId, now));
        cache.apply(Dataset.RELEASES, 1, Map.of(o.din().value(), ReleaseRow.toRow(r, "Demo Pharmacist")));
        return true;
    }

    /** The demo order, if the orders hold it. */
    public static Optional<LabelOrder> order(ReferenceDataCache cache) throws LedgerException {
        return cache.lookup(Dataset.ORDERS, ORDER).map(LabelOrder::fromRow);
    }

    private static List<EventContent> journey(LabelOrder o, KioskConfig.Site site, String deviceId, Instant now) {
        String fin = site.fin().value();
        Party collection = new Party(PartyRole.COLLECTION_SITE, fin, site.name());
        Party courier = new Party(PartyRole.COURIER, fin + "C00002", "Casey Ruiz");
        Party treatment = new Party(PartyRole.TREATMENT_SITE, fin, site.name());
        Instant collected = o.collectedAt().toInstant().isAfter(now) ? now : o.collectedAt().toInstant();
        Instant shipped = collected.plus(Duration.between(collected, now).dividedBy(2));
        List<EventContent> out = new ArrayList<>();
        out.add(event(EventType.COLLECTION_COMPLETED, o, site, deviceId, null, collection, collected,
                List.of(sig(fin + "T00001", "Alex Tan", SignatureMeaning.PERFORMED, collected))));
        out.add(event(EventType.CUSTODY_TRANSFERRED, o, site, deviceId, collection, courier, shipped,
                List.of(sig(fin + "T00001", "Alex Tan", SignatureMeaning.RELEASED, shipped),
                        sig(fin + "C00002", "Casey Ruiz", SignatureMeaning.RECEIVED, shipped))));
        out.add(event(EventType.RECEIVED, o, site, deviceId, courier, treatment, now,
                List.of(sig(fin + "C00002", "Casey Ruiz", SignatureMeaning.RELEASED, now),
                        sig(fin + "R00003", "Robin Weber", SignatureMeaning.RECEIVED, now))));
        return out;
    }

    private static EventContent event(EventType type, LabelOrder o, KioskConfig.Site site, String deviceId, Party from,
            Party to, Instant at, List<Signature> signatures) {
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(o.coi().value(), IdentifierProvenance.SCANNED);
        prov.put(o.din().value(), IdentifierProvenance.SCANNED);
        return new EventContent(type, o.coi(), List.of(o.din()), o.patientId(), from, to, site.fin(), site.zone(),
                deviceId, signatures, at, prov, Map.of("demo", true), null);
    }

    private static Signature sig(String staffId, String name, SignatureMeaning meaning, Instant at) {
        return new Signature(staffId, name, meaning, at);
    }

    /** Adds the bedside section (which patient, which bag, the bag label image) to the demo sheet. */
    public static void addToSheet(Path sheet, LabelOrder o, KioskConfig.Site site) throws IOException {
        Path images = sheet.resolveSibling("demo-sheet");
        Files.createDirectories(images);
        String file = "bag-" + o.din().value() + ".png";
        Files.write(images.resolve(file), new PngRenderer(Resolution.ofDpi(203)).png(BagLabels.forOrder(o, site).label()));
        String section = "<h2>Bedside verification</h2><p>The bag below is released for " + o.patientName() + " ("
                + o.patientId() + ", order " + o.orderId() + ") and already received at this site: scan "
                + o.patientName() + "'s wristband, then this bag (the square code, or the DIN and COI bar codes). "
                + "Any other patient's wristband with this bag, or another patient's bag, is a hard stop. The bag "
                + "expires " + o.expiresAt() + ".</p><div class=\"card\"><img src=\"demo-sheet/" + file
                + "\" width=\"480\"><br>DIN " + o.din().eyeReadable() + " - COI " + o.coi().eyeReadable() + "</div>";
        String html = Files.readString(sheet, StandardCharsets.UTF_8);
        Files.writeString(sheet, html.replace("</body>", section + "</body>"), StandardCharsets.UTF_8);
    }
}
