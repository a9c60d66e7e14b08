package org.coiedge.app.bedside;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.layout.StackPane;
import org.coiedge.app.badgepin.BadgePinViewModel;
import org.coiedge.app.badgepin.BadgeReader;
import org.coiedge.app.keyed.KeyedEntryViewModel;
import org.coiedge.app.kiosk.KioskServices;
import org.coiedge.app.kiosk.Session;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.app.kiosk.demo.DemoBedside;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.printverify.BagLabels;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.SiteContext;

/**
 * Builds the bedside screen on the kiosk's services: the site as a treatment site, facts from
 * this kiosk's ledger and reference data, the ledger as event sink, the worker thread. The
 * wristband format is ISBT 128 DS025 (the demo's and, for now, every site's: there is no
 * per-site configuration key yet). FX thread only.
 */
public final class BedsideScreens {
    private BedsideScreens() {
    }

    /** The site as workflows see it: this kiosk's facility as a treatment site. */
    public static SiteContext site(KioskServices s) {
        var site = s.config.site();
        return new SiteContext(site.fin(), site.zone(), new Party(PartyRole.TREATMENT_SITE, site.fin().value(),
                site.name()), s.deviceId, s.clock);
    }

    /**
     * @param alarm  shows and sounds a late scan reaction (the scan feedback strip)
     * @param window the kiosk window's layers, for the full-window hard stop
     */
    public static BedsideView bedside(KioskServices s, ScanRouter router, Session session, Consumer<ScanReaction> alarm,
            StackPane window, Executor ui, Runnable home) {
        BedsideViewModel vm = viewModel(s, alarm, ui);
        return new BedsideView(vm, router, session, s.messages, window, demoScans(s), text -> router.route(
                Scan.fromText(text, StandardCharsets.UTF_8, "demo:tap", s.clock.instant())), home);
    }

    /** The bedside ViewModel on the kiosk's services (also what {@code coi-edge bench bedside} measures). */
    public static BedsideViewModel viewModel(KioskServices s, Consumer<ScanReaction> alarm, Executor ui) {
        SiteContext site = site(s);
        EventSink sink = EventSink.of(s.ledger);
        BadgeReader badges = new BadgeReader(s.parser);
        KeyedEntryViewModel keyed = new KeyedEntryViewModel(site, sink, new BadgePinViewModel(s.authenticator, badges,
                s.messages, site.zone(), ui, s.worker), s.messages, ui, s.worker);
        return new BedsideViewModel(site, new LedgerBedsideFacts(s.ledger, s.ledger.referenceData(), s.clock), sink,
                s.config.workflows().wristband(), s.parser, new BadgePinViewModel(s.authenticator, badges, s.messages,
                        site.zone(), ui, s.worker), keyed, s.messages, alarm, ui, s.worker);
    }

    /** In demo mode: each demo patient's wristband, the released bag's square code, and another patient's bag. */
    static List<BedsideView.DemoScan> demoScans(KioskServices s) {
        List<BedsideView.DemoScan> out = new ArrayList<>();
        if (!s.config.demo()) {
            return out;
        }
        try {
            java.util.Set<String> patients = new java.util.HashSet<>();
            for (LabelOrder o : s.orders()) {
                if (patients.add(o.patientId())) { // one wristband per patient, however many orders
                    out.add(new BedsideView.DemoScan("Wristband " + o.patientName().split(",")[0], "]C0" + o.wristband()));
                }
            }
            for (LabelOrder o : s.orders()) {
                boolean released = o.orderId().equals(DemoBedside.ORDER);
                if (released || o.orderId().equals("ORD-1001")) {
                    String dm = BagLabels.forOrder(o, s.config.site()).identifying().stream()
                            .filter(t -> t.startsWith("=+")).findFirst().orElseThrow();
                    out.add(new BedsideView.DemoScan("Bag " + o.patientName().split(",")[0] + (released ? " (released)" : ""),
                            "]d1" + dm));
                }
            }
        } catch (Exception e) {
            return List.of();
        }
        return out;
    }
}
