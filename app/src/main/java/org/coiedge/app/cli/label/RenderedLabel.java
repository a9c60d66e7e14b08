package org.coiedge.app.cli.label;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.template.BadgeData;
import org.coiedge.printer.template.BadgeTemplate;
import org.coiedge.printer.template.CtBagData;
import org.coiedge.printer.template.CtBagTemplate;
import org.coiedge.printer.template.CtSmallData;
import org.coiedge.printer.template.CtSmallTemplate;
import org.coiedge.printer.template.ShipperData;
import org.coiedge.printer.template.ShipperTemplate;

/** A label laid out from a data file, with the ISBT 128 strings its bar codes carry. */
record RenderedLabel(Label label, List<String> symbols) {
    /** Template names the command knows, with their current versions. */
    static final Map<String, String> TEMPLATES = Map.of(
            CtBagTemplate.ID.name(), CtBagTemplate.ID.toString(),
            CtSmallTemplate.ID.name(), CtSmallTemplate.ID.toString(),
            BadgeTemplate.ID.name(), BadgeTemplate.ID.toString(),
            ShipperTemplate.ID.name(), ShipperTemplate.ID.toString());

    static RenderedLabel of(String template, JsonNode data) throws LabelDataException {
        if (CtBagTemplate.ID.name().equals(template)) {
            CtBagData d = LabelDataReader.ctBag(data);
            List<String> symbols = new ArrayList<>(CtBagTemplate.linearData(d));
            symbols.add(CtBagTemplate.compound(d).encode());
            return new RenderedLabel(CtBagTemplate.layout(d), symbols);
        }
        if (CtSmallTemplate.ID.name().equals(template)) {
            CtSmallData d = LabelDataReader.ctSmall(data);
            return new RenderedLabel(CtSmallTemplate.layout(d), CtSmallTemplate.linearData(d));
        }
        if (BadgeTemplate.ID.name().equals(template)) {
            BadgeData d = LabelDataReader.badge(data);
            return new RenderedLabel(BadgeTemplate.layout(d), List.of(d.staff().encode()));
        }
        if (ShipperTemplate.ID.name().equals(template)) {
            ShipperData d = LabelDataReader.shipper(data);
            return new RenderedLabel(ShipperTemplate.layout(d), ShipperTemplate.symbols(d));
        }
        throw new IllegalArgumentException("unknown template '" + template + "' - use one of "
                + String.join(", ", new java.util.TreeSet<>(TEMPLATES.keySet())));
    }
}
