package org.coiedge.app.receipt;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coiedge.app.devices.DeviceHealth;
import org.coiedge.app.handoff.CodeKeyboard;
import org.coiedge.app.handoff.HandoffData;
import org.coiedge.app.handoff.UnitRows;
import org.coiedge.app.handoff.WorkflowUi;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.app.signature.SignaturePad;
import org.coiedge.app.signin.SignInView;
import org.coiedge.core.workflow.handoff.Disposition;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The receipt screen: the shipments addressed here; then one line per unit with Accept,
 * Quarantine and Reject, the reasons when one is asked for, the storage location with an
 * on-screen keyboard, and the signature pad. Takes scans while shown. FX thread only.
 */
public final class ReceiptView implements Screen {
    private final ReceiptViewModel vm;
    private final ScanRouter router;
    private final VBox root = new VBox(14);

    public ReceiptView(ReceiptViewModel vm, ScanRouter router, Messages m, List<SignInView.DemoBadge> demoBadges,
            Consumer<String> demoScan, Runnable home) {
        this.vm = vm;
        this.router = router;
        root.setId("receipt");
        root.getStyleClass().add("screen");
        Label message = WorkflowUi.message(vm.message(), vm.problem(), "rc-message");
        Label title = Ui.label("", "wf-patient");
        title.textProperty().bind(vm.title());

        VBox arrivals = new VBox(12);
        vm.arrivals().addListener((ListChangeListener<HandoffData.Arrival>) c -> {
            arrivals.getChildren().clear();
            for (HandoffData.Arrival a : vm.arrivals()) {
                var mf = a.shipment().manifest();
                Button b = Ui.button(m.get("rc.offer", mf.shipmentId(), mf.units().size(), mf.from().name())
                        + (a.received() ? "\n" + m.get("rc.received") : ""), MaterialDesignP.PACKAGE_DOWN,
                        "rc-shipment-" + mf.shipmentId());
                b.getStyleClass().add("wf-row");
                b.setDisable(a.received());
                b.setOnAction(e -> vm.choose(a));
                arrivals.getChildren().add(b);
            }
        });
        VBox lines = new VBox(8);
        vm.lines().addListener((ListChangeListener<ReceiptViewModel.Line>) c -> lines(lines, m));
        FlowPane reasons = new FlowPane(10, 10);
        for (ReceiptViewModel.Reason r : ReceiptViewModel.Reason.values()) {
            String key = r.name().toLowerCase(Locale.ROOT);
            Button b = Ui.button(m.get("rc.reason." + key), null, "rc-reason-" + key);
            b.setOnAction(e -> vm.reason(r));
            reasons.getChildren().add(b);
        }
        vm.pendingReason().addListener((o, a, din) -> WorkflowUi.show(reasons, din != null));
        WorkflowUi.show(reasons, false);
        VBox left = new VBox(12, title, lines, reasons);
        HBox.setHgrow(left, Priority.ALWAYS);

        Button where = WorkflowUi.codeField(vm.location(), ReceiptViewModel.Field.LOCATION, m.get("rc.location"),
                "rc-location");
        where.setMaxWidth(Double.MAX_VALUE);
        Button sign = Ui.button(m.get("rc.signButton"), MaterialDesignC.CHECK_BOLD, "rc-sign");
        sign.getStyleClass().add("accent");
        sign.setOnAction(e -> vm.signReceipt());
        sign.disableProperty().bind(vm.busy());
        CodeKeyboard keyboard = new CodeKeyboard(vm.location()::key);
        keyboard.getStyleClass().add("narrow-keys");
        VBox entry = new VBox(10, where, keyboard, sign);
        SignaturePad pad = new SignaturePad(vm.signature(), m, demoBadges, demoScan);
        VBox right = new VBox(12, entry);
        HBox work = new HBox(24, left, right);
        VBox.setVgrow(work, Priority.ALWAYS);

        Button leave = Ui.button(m.get("nav.home"), MaterialDesignH.HOME, "rc-home");
        leave.setOnAction(e -> home.run());
        root.getChildren().addAll(titleRow(Ui.label(m.get("fn.receipt"), "screen-title"), leave), message, arrivals, work, pad);
        vm.stage().addListener((o, a, s) -> {
            lines(lines, m);
            WorkflowUi.show(arrivals, s == ReceiptViewModel.Stage.CHOOSE);
            WorkflowUi.show(work, s == ReceiptViewModel.Stage.SCAN || s == ReceiptViewModel.Stage.DONE);
            WorkflowUi.show(entry, s == ReceiptViewModel.Stage.SCAN);
            WorkflowUi.show(pad, s == ReceiptViewModel.Stage.SIGN);
            leave.setText(s == ReceiptViewModel.Stage.CHOOSE || s == ReceiptViewModel.Stage.DONE ? m.get("nav.home")
                    : m.get("rc.stop"));
        });
        WorkflowUi.show(work, false);
        WorkflowUi.show(pad, false);
    }

    private void lines(VBox box, Messages m) {
        box.getChildren().clear();
        for (ReceiptViewModel.Line line : vm.lines()) {
            UnitRows.Row r = line.row();
            String decision = line.decision() == null ? "" : " \u2192 " + m.get("rc.disposition."
                    + line.decision().name().toLowerCase(Locale.ROOT)) + (line.reason() == null ? "" : ": " + line.reason());
            Label l = Ui.label(m.get("unit.line", r.din().eyeReadable(), m.get("unit." + r.state().name()
                    .toLowerCase(Locale.ROOT))) + decision, "unit-line");
            l.setId("unit-" + r.din().value());
            l.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(l, Priority.ALWAYS);
            Ui.setHealth(l, health(line));
            VBox unit = new VBox(6, l);
            if (r.state() != UnitRows.State.EXPECTED && r.state() != UnitRows.State.EXTRA
                    && vm.stage().get() == ReceiptViewModel.Stage.SCAN) {
                HBox actions = new HBox(8);
                actions.getStyleClass().add("unit-actions");
                actions.setAlignment(Pos.CENTER_LEFT);
                for (Disposition d : Disposition.values()) {
                    String key = d.name().toLowerCase(Locale.ROOT);
                    Button b = Ui.button(m.get("rc.disposition." + key), null, "rc-" + key + "-" + r.din().value());
                    b.setOnAction(e -> vm.decide(r.din(), d));
                    actions.getChildren().add(b);
                }
                if (r.state() == UnitRows.State.DUPLICATE) {
                    Button same = Ui.button(m.get("unit.sameBag"), null, "same-" + r.din().value());
                    same.setOnAction(e -> vm.sameBag(r.din()));
                    actions.getChildren().add(same);
                }
                unit.getChildren().add(actions);
            }
            if (r.state() == UnitRows.State.EXTRA && vm.stage().get() == ReceiptViewModel.Stage.SCAN) {
                Button aside = Ui.button(m.get("unit.putAside"), null, "aside-" + r.din().value());
                aside.setOnAction(e -> vm.putAside(r.din()));
                unit.getChildren().add(aside);
            }
            box.getChildren().add(unit);
        }
    }

    /** Green accepted, amber quarantined, red rejected or blocking, grey still to scan or decide. */
    private static DeviceHealth health(ReceiptViewModel.Line line) {
        if (line.decision() != null) {
            return line.decision() == Disposition.ACCEPT ? DeviceHealth.OK
                    : line.decision() == Disposition.QUARANTINE ? DeviceHealth.WARNING : DeviceHealth.FAULT;
        }
        UnitRows.State s = line.row().state();
        return s == UnitRows.State.EXPECTED || s == UnitRows.State.SCANNED ? DeviceHealth.UNKNOWN : DeviceHealth.FAULT;
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
