package org.coiedge.app.timeline;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The COI timeline: the COIs to pick (or scan a bag), the custody holders as a row of places, the
 * as-of slider (one stop per recorded event; the last is now), the events known at that moment
 * with their signatures, and Export PDF. Subscribes to scans while shown. FX thread only.
 */
public final class TimelineView implements Screen {
    private final TimelineViewModel vm;
    private final ScanRouter router;
    private final VBox root = new VBox(12);

    public TimelineView(TimelineViewModel vm, ScanRouter router, Messages m, Runnable home) {
        this.vm = vm;
        this.router = router;
        root.setId("timeline");
        root.getStyleClass().add("screen");
        Label title = Ui.label(m.get("timeline.title"), "screen-title");
        title.setWrapText(false);
        Label coi = Ui.label(m.get("timeline.pick"), "timeline-coi");
        coi.setId("timeline-coi");
        vm.coi().addListener((o, a, c) -> coi.setText(c == null ? m.get("timeline.pick") : "COI " + c.eyeReadable()));
        FlowPane choices = new FlowPane(8, 8);
        choices.setId("timeline-choices");
        vm.choices().addListener((ListChangeListener<TimelineViewModel.Choice>) ch -> {
            choices.getChildren().clear();
            for (TimelineViewModel.Choice c : vm.choices()) {
                Button b = Ui.button(c.label(), null, "timeline-pick-" + c.coi().value());
                b.getStyleClass().add("timeline-choice");
                b.setOnAction(e -> vm.show(c.coi()));
                choices.getChildren().add(b);
            }
        });
        HBox holders = new HBox(8);
        holders.setId("timeline-holders");
        holders.setAlignment(Pos.CENTER_LEFT);
        vm.holders().addListener((ListChangeListener<String>) ch -> {
            holders.getChildren().clear();
            for (int i = 0; i < vm.holders().size(); i++) {
                if (i > 0) {
                    holders.getChildren().add(Ui.label("\u2192", "timeline-arrow"));
                }
                Label h = Ui.label(vm.holders().get(i), "timeline-holder");
                h.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                h.setMaxWidth(320);
                if (i == vm.holders().size() - 1) {
                    h.getStyleClass().add("timeline-holder-now");
                }
                holders.getChildren().add(h);
            }
        });
        Slider slider = new Slider(1, 1, 1);
        slider.setId("timeline-asof");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setPrefWidth(520);
        vm.positions().addListener((o, a, n) -> slider.setMax(Math.max(1, n.intValue())));
        vm.position().addListener((o, a, n) -> slider.setValue(n.intValue()));
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.asOf((int) Math.round(slider.getValue()));
            }
        });
        slider.setOnMouseReleased(e -> vm.asOf((int) Math.round(slider.getValue())));
        Button earlier = Ui.button("", MaterialDesignC.CHEVRON_LEFT, "timeline-earlier");
        earlier.setOnAction(e -> vm.asOf(Math.max(1, vm.position().get() - 1)));
        Button later = Ui.button("", MaterialDesignC.CHEVRON_RIGHT, "timeline-later");
        later.setOnAction(e -> vm.asOf(Math.min(vm.positions().get(), vm.position().get() + 1)));
        Button now = Ui.button(m.get("timeline.nowButton"), null, "timeline-now");
        now.setOnAction(e -> vm.asOf(vm.positions().get()));
        Label asOf = Ui.label("", "timeline-asof-text");
        asOf.setId("timeline-asof-text");
        asOf.textProperty().bind(vm.asOfText());
        HBox asOfRow = new HBox(12, Ui.label(m.get("timeline.asOfLabel"), "card-title"), earlier, slider, later, now);
        asOfRow.setAlignment(Pos.CENTER_LEFT);
        VBox events = new VBox(8);
        events.setId("timeline-events");
        vm.rows().addListener((ListChangeListener<TimelineRow>) ch -> {
            events.getChildren().clear();
            for (TimelineRow r : vm.rows()) {
                events.getChildren().add(row(r, m));
            }
        });
        ScrollPane scroll = new ScrollPane(events);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label message = Ui.label("", "hint");
        message.setId("timeline-message");
        message.textProperty().bind(vm.message());
        Button pdf = Ui.button(m.get("timeline.export"), MaterialDesignF.FILE_PDF_BOX, "timeline-export");
        pdf.disableProperty().bind(vm.coi().isNull());
        pdf.setOnAction(e -> vm.exportPdf());
        Button back = Ui.button(m.get("nav.home"), null, "timeline-home");
        back.setOnAction(e -> home.run());
        HBox top = new HBox(24, title, coi, pdf, back);
        top.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(top, choices, holders, asOfRow, asOf, message, scroll);
    }

    private static Node row(TimelineRow r, Messages m) {
        Label when = Ui.label(r.local() + "\n" + r.utc(), "timeline-when");
        when.setMinWidth(230);
        VBox what = new VBox(2, Ui.label(r.what() + (r.setAside() ? "  " + m.get("timeline.setAside") : ""),
                "timeline-what"));
        if (!r.custody().isEmpty()) {
            what.getChildren().add(Ui.label(r.custody(), "timeline-detail"));
        }
        what.getChildren().add(Ui.label(r.place(), "timeline-detail"));
        if (!r.signatures().isEmpty()) {
            what.getChildren().add(Ui.label(String.join(" \u00b7 ", r.signatures()), "timeline-signatures"));
        }
        if (!r.keyed().isEmpty()) {
            what.getChildren().add(Ui.label(m.get("timeline.keyed", String.join(", ", r.keyed())), "timeline-keyed"));
        }
        HBox box = new HBox(16, when, what);
        box.getStyleClass().add("timeline-row");
        box.setId("timeline-row-" + r.id());
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.refreshChoices();
        router.setTarget(vm);
    }

    @Override
    public void hidden() {
        router.clearTarget(vm);
    }
}
