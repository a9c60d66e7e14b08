package org.coiedge.app.collection;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.coiedge.app.kiosk.KioskServices;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.printverify.LabelRecorder;
import org.coiedge.app.printverify.PrintVerifyViewModel;
import org.coiedge.app.signature.SignatureViewModel;
import org.coiedge.app.signature.StepRunner;
import org.coiedge.app.signin.SignInView;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.png.PngRenderer;

/**
 * Builds the collection screen on the kiosk's services, with the site's wristband format
 * ({@code site.wristband}) and tube labels per collection ({@code collection.tube-labels}). FX thread.
 */
public final class CollectionScreen {

    private final CollectionViewModel vm;
    private final CollectionView view;

    public CollectionScreen(KioskServices s, ScanRouter router, Supplier<StaffMember> operator,
            List<SignInView.DemoBadge> demoBadges, Consumer<String> demoScan, Executor ui, Consumer<Screen> show,
            Runnable home) {
        var site = s.config.site();
        SiteContext context = new SiteContext(site.fin(), site.zone(), new Party(PartyRole.COLLECTION_SITE,
                site.fin().value(), site.name()), s.deviceId, s.clock);
        LabelRecorder recorder = new LabelRecorder(s.ledger, site, s.deviceId, s.clock);
        PngRenderer png = new PngRenderer(Resolution.ofDpi(s.config.printers().get(0).dpi()));
        Supplier<PrintVerifyViewModel> printVerify = () -> new PrintVerifyViewModel(s.printers.get(0), recorder, png,
                operator, s.messages, ui, s.worker);
        CollectionViewModel.Deps deps = new CollectionViewModel.Deps(context, site,
                new LedgerCollectionFacts(s.ledger.referenceData(), s.ledger), s.ledger.identifierBlocks(),
                EventSink.of(s.ledger), s.parser, s.config.workflows().wristband(), s.config.workflows().tubeLabels(),
                printVerify);
        vm = new CollectionViewModel(deps, new SignatureViewModel(s.authenticator, s.parser, s.messages, ui, s.worker),
                s.messages, new StepRunner(ui, s.worker));
        view = new CollectionView(vm, router, s.messages, demoBadges, demoScan, show, home);
    }

    /** Opens a new collection by {@code technician}; show {@link #screen()} next. */
    public Screen start(StaffMember technician) {
        vm.start(technician);
        return view;
    }

    public Screen screen() {
        return view;
    }
}
