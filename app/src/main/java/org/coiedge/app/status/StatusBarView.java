package org.coiedge.app.status;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coiedge.app.devices.DeviceHealth;
import org.coiedge.app.devices.DeviceState;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.ui.Overlay;
import org.coiedge.app.kiosk.ui.Ui;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The status bar, always visible: site, local time and UTC, a tappable indicator per device
 * (coloured by health; a tap shows its message), sync and the offline flag. FX thread only.
 */
public final class StatusBarView extends VBox {
    private final HBox devices = new HBox(8);
    private final Overlay overlay;
    private final Messages m;

    public StatusBarView(StatusBarViewModel vm, Overlay overlay, Messages messages, Region userArea) {
        super(8);
        this.overlay = overlay;
        this.m = messages;
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label site = Ui.label("", "status-site");
        site.textProperty().bind(vm.siteText());
        Label local = Ui.label("", "status-time");
        local.setId("status-local-time");
        local.textProperty().bind(vm.localTime());
        Label utc = Ui.label("", "status-utc");
        utc.textProperty().bind(vm.utcTime());
        for (Label l : new Label[] {local, utc}) {
            l.setWrapText(false);
            l.setMinWidth(Region.USE_PREF_SIZE);
        }

        Button sync = Ui.button("", MaterialDesignS.SYNC, "status-sync");
        sync.getStyleClass().add("indicator");
        sync.textProperty().bind(vm.syncText());
        vm.syncHealth().addListener((o, a, h) -> Ui.setHealth(sync, h));
        Ui.setHealth(sync, vm.syncHealth().get());
        sync.setMinWidth(Region.USE_PREF_SIZE);
        sync.setOnAction(e -> overlay.show(m.get("status.sync"), vm.syncDetail().get(), vm.syncHealth().get()));

        Label offline = Ui.label(m.get("status.offline"), "status-offline");
        offline.setId("status-offline");
        offline.setGraphic(org.kordamp.ikonli.javafx.FontIcon.of(MaterialDesignC.CLOUD_OFF_OUTLINE, 26));
        offline.visibleProperty().bind(vm.offline());
        offline.managedProperty().bind(vm.offline());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        site.setWrapText(false);
        site.setMinWidth(120);
        HBox top = new HBox(24, site, local, utc, grow, userArea);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, devices, sync, offline);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, bottom);
        vm.devices().addListener((ListChangeListener<DeviceState>) c -> rebuild(vm));
        rebuild(vm);
    }

    private void rebuild(StatusBarViewModel vm) {
        devices.getChildren().clear();
        for (DeviceState s : vm.devices()) {
            Button b = Ui.button(s.name(), icon(s.kind()), "device-" + s.id().replaceAll("[^A-Za-z0-9]", "-"));
            b.getStyleClass().add("indicator");
            Ui.setHealth(b, s.health());
            if (s.health() == DeviceHealth.FAULT) {
                b.setText(s.name() + " - " + m.get("status.tapForHelp"));
            }
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> overlay.show(s.name(), s.message(), s.health()));
            devices.getChildren().add(b);
        }
    }

    private static Ikon icon(DeviceState.Kind kind) {
        switch (kind) {
            case PRINTER:
                return MaterialDesignP.PRINTER;
            case CAMERA:
                return MaterialDesignC.CAMERA;
            default:
                return MaterialDesignB.BARCODE_SCAN;
        }
    }
}
