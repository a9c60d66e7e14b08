package org.coiedge.app.receipt;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.coiedge.app.handoff.HandoffData;
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

/** Builds the receipt screen on the kiosk's services; this site receives as a treatment site. FX thread. */
public final class ReceiptScreen {
    private final ReceiptViewModel vm;
    private final ReceiptView view;

    public ReceiptScreen(KioskServices s, ScanRouter router, List<SignInView.DemoBadge> demoBadges,
            Consumer<String> demoScan, Executor ui, Runnable home) {
        var site = s.config.site();
        SiteContext context = new SiteContext(site.fin(), site.zone(), new Party(PartyRole.TREATMENT_SITE,
                site.fin().value(), site.name()), s.deviceId, s.clock);
        vm = new ReceiptViewModel(context, new HandoffData(s.ledger.referenceData(), s.ledger, site.fin()),
                EventSink.of(s.ledger), s.parser, new SignatureViewModel(s.authenticator, s.parser, s.messages, ui,
                s.worker), s.messages, new StepRunner(ui, s.worker));
        view = new ReceiptView(vm, router, s.messages, demoBadges, demoScan, home);
    }

    /** Opens the list of shipments addressed here, received by {@code user}; show the returned screen. */
    public Screen start(StaffMember user) {
        vm.start(user);
        return view;
    }
}
