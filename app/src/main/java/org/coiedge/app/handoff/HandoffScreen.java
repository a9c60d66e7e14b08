package org.coiedge.app.handoff;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.coiedge.app.kiosk.KioskServices;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.signature.SignatureViewModel;
import org.coiedge.app.signature.StepRunner;
import org.coiedge.app.signin.SignInView;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.SiteContext;

/** Builds the courier handoff screen on the kiosk's services. FX thread. */
public final class HandoffScreen {
    private final HandoffViewModel vm;
    private final HandoffView view;

    public HandoffScreen(KioskServices s, ScanRouter router, List<SignInView.DemoBadge> demoBadges,
            Consumer<String> demoScan, Executor ui, Runnable home) {
        var site = s.config.site();
        // The site party is not used by a handoff: the manifest names both sites.
        SiteContext context = new SiteContext(site.fin(), site.zone(), new Party(PartyRole.COLLECTION_SITE,
                site.fin().value(), site.name()), s.deviceId, s.clock);
        vm = new HandoffViewModel(context, new HandoffData(s.ledger.referenceData(), s.ledger, site.fin()),
                EventSink.of(s.ledger), s.parser, new SignatureViewModel(s.authenticator, s.parser, s.messages, ui,
                s.worker), s.messages, new StepRunner(ui, s.worker));
        view = new HandoffView(vm, router, s.messages, demoBadges, demoScan, home);
    }

    /** Opens the shipment list; show the returned screen. Anyone may start; the signatures decide. */
    public Screen start(StaffMember user) {
        vm.start();
        return view;
    }
}
