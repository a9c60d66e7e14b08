package org.coiedge.app.handoff;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coiedge.app.devices.DeviceHealth;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.core.isbt128.Din;

/**
 * The live unit list of a handoff or receipt: one line per unit (DIN and state, green when
 * scanned, red when it blocks), with "Put aside" for an extra unit and "Same bag" for one scanned
 * twice when the screen offers them. Line ids {@code unit-<DIN>}. FX thread only.
 */
public final class UnitListView extends VBox {
    public UnitListView(ObservableList<UnitRows.Row> rows, Messages m, Consumer<Din> putAside, Consumer<Din> sameBag) {
        super(8);
        setId("unit-list");
        rows.addListener((ListChangeListener<UnitRows.Row>) c -> {
            getChildren().clear();
            for (UnitRows.Row r : rows) {
                Label l = Ui.label(m.get("unit.line", r.din().eyeReadable(),
                        m.get("unit." + r.state().name().toLowerCase(Locale.ROOT))), "unit-line");
                l.setId("unit-" + r.din().value());
                l.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(l, Priority.ALWAYS);
                Ui.setHealth(l, r.state() == UnitRows.State.SCANNED ? DeviceHealth.OK
                        : r.state() == UnitRows.State.EXPECTED ? DeviceHealth.UNKNOWN : DeviceHealth.FAULT);
                HBox line = new HBox(8, l);
                line.setAlignment(Pos.CENTER_LEFT);
                if (r.state() == UnitRows.State.EXTRA && putAside != null) {
                    Button b = Ui.button(m.get("unit.putAside"), null, "aside-" + r.din().value());
                    b.setOnAction(e -> putAside.accept(r.din()));
                    b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    line.getChildren().add(b);
                }
                if (r.state() == UnitRows.State.DUPLICATE && sameBag != null) {
                    Button b = Ui.button(m.get("unit.sameBag"), null, "same-" + r.din().value());
                    b.setOnAction(e -> sameBag.accept(r.din()));
                    b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    line.getChildren().add(b);
                }
                getChildren().add(line);
            }
        });
    }
}
