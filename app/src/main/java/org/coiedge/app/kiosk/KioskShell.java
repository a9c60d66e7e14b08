package org.coiedge.app.kiosk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.coiedge.app.admin.AdminView;
import org.coiedge.app.admin.AdminViewModel;
import org.coiedge.app.home.HomeView;
import org.coiedge.app.home.HomeViewModel;
import org.coiedge.app.kiosk.demo.DemoData;
import org.coiedge.app.kiosk.scan.ScanDescriber;
import org.coiedge.app.kiosk.scan.ScanFeedback;
import org.coiedge.app.kiosk.scan.ScanFeedbackView;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.scan.Sounds;
import org.coiedge.app.kiosk.ui.Overlay;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.app.printverify.BagLabelView;
import org.coiedge.app.printverify.BagLabels;
import org.coiedge.app.printverify.LabelRecorder;
import org.coiedge.app.printverify.PrintVerifyView;
import org.coiedge.app.printverify.PrintVerifyViewModel;
import org.coiedge.app.signin.SignInView;
import org.coiedge.app.signin.SignInViewModel;
import org.coiedge.app.status.StatusBarView;
import org.coiedge.app.status.StatusBarViewModel;
import org.coiedge.core.auth.KioskFunction;
import org.coiedge.core.isbt128.StaffIdentificationNumber;
import org.coiedge.core.scanner.Scan;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.png.PngRenderer;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The kiosk window's content: status bar on top, the current screen in the middle, scan feedback
 * at the bottom, messages over it all. Builds the ViewModels and Views on the services and moves
 * between screens; signing out (by the user or after inactivity) always returns to sign-in.
 * Created and used on the FX thread.
 */
public final class KioskShell {
    private final KioskServices s;
    private final Executor ui;
    private final StackPane layers = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final Session session;
    private final ScanFeedback feedback;
    private final ScanRouter router;
    private final StatusBarViewModel status;
    private final HomeViewModel homeVm = new HomeViewModel(built());
    private final Screen signIn;
    private final HomeView home;
    private final BagLabelView bagLabels;
    private final PrintVerifyView printVerify;
    private final AdminView admin;
    private final org.coiedge.app.collection.CollectionScreen collection;
    private final org.coiedge.app.handoff.HandoffScreen handoff;
    private final org.coiedge.app.receipt.ReceiptScreen receipt;
    private final Overlay overlay;
    private final Timeline ticker;
    private Screen current;
    private final Screen bedside;
    private final Screen timeline;

    public KioskShell(KioskServices services, Sounds sounds, Executor ui, Runnable exit) {
        this.s = services;
        this.ui = ui;
        var m = s.messages;
        session = new Session(s.clock, s.config.signOutAfter());
        feedback = new ScanFeedback(sounds, s.clock);
        router = new ScanRouter(ui, feedback, new ScanDescriber(s.parser), session::activity);
        router.attach(s.scanners);
        overlay = new Overlay(layers, m.get("overlay.close"));
        status = new StatusBarViewModel(s.config.site(), s.clock, m);
        for (var p : s.printers) {
            status.device(p.state());
            p.addListener(st -> ui.execute(() -> status.device(st)));
        }
        s.scanners.states().forEach(status::device);
        s.scanners.onState(st -> ui.execute(() -> status.device(st)));
        status.sync(s.sync.status());
        s.sync.subscribe(st -> ui.execute(() -> status.sync(st)));

        SignInViewModel signInVm = new SignInViewModel(s.authenticator, s.parser, session, m, s.config.site().zone(), ui,
                s.worker);
        signIn = new SignInView(signInVm, router, m, demoBadges(), text -> router.route(
                Scan.fromText(text, java.nio.charset.StandardCharsets.UTF_8, "demo:badge", s.clock.instant())));
        home = new HomeView(homeVm, m, this::open);
        PrintVerifyViewModel pvVm = new PrintVerifyViewModel(s.printers.get(0), new LabelRecorder(s.ledger,
                s.config.site(), s.deviceId, s.clock), new PngRenderer(Resolution.ofDpi(s.config.printers().get(0).dpi())),
                () -> session.current().orElse(null), m, ui, s.worker);
        printVerify = new PrintVerifyView(pvVm, router, m, () -> show(bagLabelsScreen()));
        bagLabels = new BagLabelView(m, o -> {
            printVerify.start(BagLabels.forOrder(o, s.config.site()));
            show(printVerify);
        }, this::goHome);
        admin = new AdminView(new AdminViewModel(s.config.site(), s.ledger, s.deviceId, s.paths.exports(), s.sync,
                new ScanDescriber(s.parser), m, s.clock, ui, s.worker), status, s.printers, Cameras.current(), router, m,
                this::goHome, exit);
        java.util.function.Consumer<String> demoScan = text -> router.route(
                Scan.fromText(text, java.nio.charset.StandardCharsets.UTF_8, "demo:badge", s.clock.instant()));
        java.util.function.Supplier<org.coiedge.core.auth.StaffMember> operator = () -> session.current().orElse(null);
        collection = new org.coiedge.app.collection.CollectionScreen(s, router, operator, demoBadges(), demoScan, ui,
                this::show, this::goHome);
        handoff = new org.coiedge.app.handoff.HandoffScreen(s, router, demoBadges(), demoScan, ui, this::goHome);
        receipt = new org.coiedge.app.receipt.ReceiptScreen(s, router, demoBadges(), demoScan, ui, this::goHome);

        Label user = Ui.label("", "status-user");
        user.setId("status-user");
        Button signOut = Ui.button(m.get("nav.signOut"), MaterialDesignL.LOGOUT, "sign-out");
        signOut.setOnAction(e -> session.signOut(""));
        signOut.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        user.setWrapText(false);
        user.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox userArea = new HBox(12, user, signOut);
        userArea.setAlignment(Pos.CENTER_RIGHT);
        userArea.visibleProperty().bind(session.user().isNotNull());
        frame.setTop(new StatusBarView(status, overlay, m, userArea));
        frame.setBottom(new ScanFeedbackView(feedback, m));
        frame.getStyleClass().add("kiosk");
        layers.getChildren().add(frame);

        session.user().addListener((o, before, now) -> {
            user.setText(now == null ? "" : now.name() + " \u00b7 " + roles(now));
            homeVm.showFor(now);
            show(now == null ? signIn : home);
        });
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        bedside = org.coiedge.app.bedside.BedsideScreens.bedside(s, router, session, feedback::show, layers, ui,
                this::goHome);
        homeVm.built(KioskFunction.BEDSIDE_VERIFICATION);
        timeline = new org.coiedge.app.timeline.TimelineView(new org.coiedge.app.timeline.TimelineViewModel(s.ledger,
                s.ledger.referenceData(), s.parser, s.paths.exports(), s.clock, m, ui, s.worker), router, m, this::goHome);
        homeVm.built(KioskFunction.COI_TIMELINE);
        show(signIn);
    }

    /** The root node, to put in a scene. */
    public StackPane root() {
        return layers;
    }

    /** Watches the scene for activity and keyboard-wedge keys, starts the clock. */
    public void install(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> session.activity());
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> session.activity());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> session.activity());
        if (s.wedge != null) {
            scene.addEventFilter(KeyEvent.KEY_TYPED, org.coiedge.app.kiosk.scan.WedgeKeyFilter.onSystemClock(s.wedge));
        }
        ticker.play();
    }

    /** Keys the wedge detector gives back as typed by a person (called on the wedge's thread). */
    public void typedKeys(String keys) {
        ui.execute(() -> router.typed(keys));
    }

    public Session session() {
        return session;
    }

    /** One clock tick: status bar time and the inactivity sign-out. Public for tests. */
    public void tick() {
        status.tick();
        session.tick(s.messages.get("signin.signedOutInactive", session.timeout().toSeconds()));
    }

    public void stop() {
        ticker.stop();
    }

    private void open(KioskFunction f) {
        if (session.current().isEmpty() || !f.allowedFor(session.current().get().roles())) {
            return;
        }
        if (f == KioskFunction.BEDSIDE_VERIFICATION || f == KioskFunction.COI_TIMELINE) {
            show(f == KioskFunction.BEDSIDE_VERIFICATION ? bedside : timeline);
            return;
        }
        if (f == KioskFunction.BAG_LABEL) {
            show(bagLabelsScreen());
        } else if (f == KioskFunction.ADMINISTRATION) {
            show(admin);
        } else if (f == KioskFunction.COLLECTION) {
            show(collection.start(session.current().get()));
        } else if (f == KioskFunction.COURIER_HANDOFF) {
            show(handoff.start(session.current().get()));
        } else if (f == KioskFunction.RECEIPT) {
            show(receipt.start(session.current().get()));
        }
    }

    /** The functions this build has screens for. */
    private static java.util.Set<KioskFunction> built() {
        java.util.Set<KioskFunction> b = EnumSet.of(KioskFunction.BAG_LABEL, KioskFunction.ADMINISTRATION);
        b.addAll(EnumSet.of(KioskFunction.COLLECTION, KioskFunction.COURIER_HANDOFF, KioskFunction.RECEIPT));
        return b;
    }

    private Screen bagLabelsScreen() {
        try {
            bagLabels.setOrders(s.orders());
        } catch (Exception e) {
            overlay.show(s.messages.get("bag.title"), s.messages.get("bag.ordersUnreadable", e.getMessage()),
                    org.coiedge.app.devices.DeviceHealth.FAULT);
        }
        return bagLabels;
    }

    private void goHome() {
        show(session.current().isPresent() ? home : signIn);
    }

    private void show(Screen next) {
        if (current == next) {
            return;
        }
        if (current != null) {
            current.hidden();
        }
        overlay.hide();
        current = next;
        if (next.node() instanceof javafx.scene.layout.Region) {
            // A tall screen must not push the status bar or the feedback strip out of the window.
            ((javafx.scene.layout.Region) next.node()).setMinHeight(0);
        }
        frame.setCenter(next.node());
        next.shown();
    }

    private List<SignInView.DemoBadge> demoBadges() {
        List<SignInView.DemoBadge> out = new ArrayList<>();
        if (s.config.demo()) {
            for (DemoData.DemoStaff d : DemoData.STAFF) {
                String scan = "]C0" + new StaffIdentificationNumber(s.config.site().fin(), d.staffSuffix()).encode();
                out.add(new SignInView.DemoBadge(d.name() + " (" + s.messages.get("role." + d.role().key()) + ")", scan));
            }
        }
        return out;
    }

    private String roles(org.coiedge.core.auth.StaffMember staff) {
        List<String> names = new ArrayList<>();
        for (var r : EnumSet.copyOf(staff.roles())) {
            names.add(s.messages.get("role." + r.key()));
        }
        return String.join(", ", names);
    }
}
