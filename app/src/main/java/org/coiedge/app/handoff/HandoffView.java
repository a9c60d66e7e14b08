package org.coiedge.app.handoff;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coiedge.app.handoff.HandoffViewModel.Field;
import org.coiedge.app.handoff.HandoffViewModel.Stage;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.app.signature.SignaturePad;
import org.coiedge.app.signin.SignInView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The courier handoff screen: the shipments to choose; then the live unit list on the left and,
 * on the right, shipper, logger and seal with an on-screen keyboard and the release button, or
 * the signature pad while signing. Takes scans while shown. FX thread only.
 */
public final class HandoffView implements Screen {
    private final HandoffViewModel vm;
    private final ScanRouter router;
    private final VBox root = new VBox(16);

    public HandoffView(HandoffViewModel vm, ScanRouter router, Messages m, List<SignInView.DemoBadge> demoBadges,
            Consumer<String> demoScan, Runnable home) {
        this.vm = vm;
        this.router = router;
        root.setId("handoff");
        root.getStyleClass().add("screen");
        Label message = WorkflowUi.message(vm.message(), vm.problem(), "ho-message");
        Label title = Ui.label("", "wf-patient");
        title.textProperty().bind(vm.title());
        Label summary = Ui.label("", "wf-ids");
        summary.setId("ho-summary");
        summary.textProperty().bind(vm.summary());

        VBox offers = new VBox(12);
        vm.offers().addListener((ListChangeListener<HandoffViewModel.Offer>) c -> {
            offers.getChildren().clear();
            for (HandoffViewModel.Offer o : vm.offers()) {
                var mf = o.shipment().manifest();
                boolean pickup = o.direction() == org.coiedge.core.workflow.handoff.CourierHandoff.Direction.PICKUP;
                Button b = Ui.button(m.get(pickup ? "ho.offerPickup" : "ho.offerDelivery", mf.shipmentId(),
                        mf.units().size(), (pickup ? mf.to() : mf.from()).name())
                        + (o.handedOver() ? "\n" + m.get("ho.handedOver") : ""), MaterialDesignT.TRUCK_DELIVERY,
                        "ho-shipment-" + mf.shipmentId());
                b.getStyleClass().add("wf-row");
                b.setDisable(o.handedOver());
                b.setOnAction(e -> vm.choose(o));
                offers.getChildren().add(b);
            }
        });
        UnitListView list = new UnitListView(vm.units(), m, vm::putAside, vm::sameBag);
        VBox left = new VBox(12, title, summary, list);
        left.setMinWidth(470);
        left.setMaxWidth(500);

        HBox fields = new HBox(10);
        for (Field f : Field.values()) {
            Button field = WorkflowUi.codeField(vm.codes(), f, m.get("ho.field." + f.name().toLowerCase(Locale.ROOT)),
                    "ho-" + f.name().toLowerCase(Locale.ROOT));
            field.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(field, f == Field.SHIPPER ? Priority.SOMETIMES : Priority.ALWAYS);
            fields.getChildren().add(field);
        }
        CodeKeyboard keyboard = new CodeKeyboard(vm.codes()::key);
        Button release = Ui.button(m.get("ho.release"), MaterialDesignC.CHECK_BOLD, "ho-release");
        release.getStyleClass().add("accent");
        release.setOnAction(e -> vm.release());
        release.disableProperty().bind(vm.busy());
        VBox entry = new VBox(12, fields, keyboard, release);
        SignaturePad pad = new SignaturePad(vm.signature(), m, demoBadges, demoScan);
        VBox right = new VBox(12, entry, pad);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox work = new HBox(24, left, right);
        VBox.setVgrow(work, Priority.ALWAYS);

        Button leave = Ui.button(m.get("nav.home"), MaterialDesignH.HOME, "ho-home");
        leave.setOnAction(e -> home.run());
        root.getChildren().addAll(titleRow(Ui.label(m.get("fn.courier_handoff"), "screen-title"), leave), message, offers, work);
        vm.stage().addListener((o, a, s) -> {
            WorkflowUi.show(offers, s == Stage.CHOOSE);
            WorkflowUi.show(work, s != Stage.CHOOSE);
            WorkflowUi.show(entry, s == Stage.SCAN);
            WorkflowUi.show(pad, s == Stage.SIGN_RELEASE || s == Stage.SIGN_TAKE);
            leave.setText(s == Stage.CHOOSE || s == Stage.DONE ? m.get("nav.home") : m.get("ho.stop"));
        });
        WorkflowUi.show(work, false);
    }

    private static HBox titleRow(Label title, Button leave) {
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(16, title, gap, leave);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        router.setTarget(vm);
    }

    @Override
    public void hidden() {
        router.clearTarget(vm);
    }
}
