package org.coiedge.app.printverify;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Picks the order whose bag label to print: one large button per order. FX thread only. */
public final class BagLabelView implements Screen {
    private final VBox root = new VBox(24);
    private final FlowPane orders = new FlowPane(16, 16);
    private final Messages m;
    private final Consumer<LabelOrder> pick;

    public BagLabelView(Messages m, Consumer<LabelOrder> pick, Runnable back) {
        this.m = m;
        this.pick = pick;
        root.setId("bag-label");
        root.getStyleClass().add("screen");
        root.setAlignment(Pos.TOP_LEFT);
        Button home = Ui.button(m.get("nav.home"), null, "nav-home");
        home.setOnAction(e -> back.run());
        root.getChildren().addAll(Ui.label(m.get("bag.title"), "screen-title"), Ui.label(m.get("bag.hint"), "hint"),
                orders, home);
    }

    public void setOrders(List<LabelOrder> list) {
        orders.getChildren().clear();
        for (LabelOrder o : list) {
            Button b = Ui.button(m.get("bag.order", o.patientName(), o.din().eyeReadable(), o.orderId()),
                    MaterialDesignP.PRINTER, "order-" + o.orderId());
            b.getStyleClass().add("order");
            b.setOnAction(e -> pick.accept(o));
            orders.getChildren().add(b);
        }
    }

    @Override
    public Node node() {
        return root;
    }
}
