package org.coiedge.printer.template;

import java.util.ArrayList;
import java.util.List;
import org.coiedge.core.isbt128.Din;
import org.coiedge.printer.label.BoxElement;
import org.coiedge.printer.label.Code128Element;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.LabelElement;
import org.coiedge.printer.label.TemplateId;
import org.coiedge.printer.label.TextElement;
import org.coiedge.printer.label.TextElement.Weight;

/**
 * {@code shipper}: the 100 x 150 mm transport label: DS040 COI in Code 128 with eye-readable COI
 * and boxed K, from and to, the unit count and every unit's DIN with its K, and the SSCC in
 * GS1-128 when given. Change the layout only with a new {@link #ID} version.
 */
public final class ShipperTemplate {
    public static final TemplateId ID = new TemplateId("shipper", 1);

    private ShipperTemplate() {
    }

    /** The bar codes' data: the COI structure, then {@code 00} + SSCC when given (GS1). */
    public static List<String> symbols(ShipperData d) {
        List<String> out = new ArrayList<>(List.of(d.coi().encode()));
        d.sscc().ifPresent(s -> out.add("00" + s));
        return out;
    }

    public static Label layout(ShipperData d) {
        List<LabelElement> e = new ArrayList<>();
        e.add(TextElement.line(4, 3, "CELLULAR THERAPY SHIPMENT", 4, Weight.BOLD));
        e.add(new Code128Element(1.5, 9, d.coi().encode(), 12));
        e.addAll(LabelText.identifier(4, 23, d.coi().coi().eyeReadable(), d.coi().checkCharacter(), null, 4));
        e.add(BoxElement.horizontalLine(1, 30, 98, 0.3));
        e.add(TextElement.line(4, 32, "FROM", 2.5, Weight.BOLD));
        e.add(TextElement.wrapped(4, 35.5, d.fromName() + " (FIN " + d.fromFin().value() + ")", 3, Weight.NORMAL, 92, 2));
        e.add(TextElement.line(4, 43, "TO", 2.5, Weight.BOLD));
        e.add(TextElement.wrapped(4, 46.5, d.toName(), 3, Weight.NORMAL, 92, 2));
        e.add(BoxElement.horizontalLine(1, 54, 98, 0.3));
        e.add(TextElement.line(4, 56, "UNITS: " + d.units().size(), 3.5, Weight.BOLD));
        double y = 61;
        for (int i = 0; i < d.units().size(); i++) {
            Din din = d.units().get(i);
            double x = i % 2 == 0 ? 4 : 52;
            e.addAll(LabelText.identifier(x, y, din.eyeReadable(), din.checkCharacter(), null, 2.8));
            if (i % 2 == 1) {
                y += 5;
            }
        }
        d.sscc().ifPresent(s -> {
            e.add(BoxElement.horizontalLine(1, 124, 98, 0.3));
            e.add(Code128Element.gs1(1.5, 126, "00" + s, 14));
            e.add(TextElement.line(4, 141.5, "(00) " + s, 3, Weight.NORMAL));
        });
        e.add(TextElement.line(80, 146.5, ID.toString(), 2.0, Weight.NORMAL));
        return new Label(ID, 100, 150, e);
    }
}
