package org.coiedge.printer.template;

import java.util.List;
import org.coiedge.printer.label.Code128Element;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.TemplateId;
import org.coiedge.printer.label.TextElement;
import org.coiedge.printer.label.TextElement.Weight;

/**
 * {@code badge}: an 86 x 54 mm staff badge with the DS020 staff identification number in Code 128,
 * for demo sites and replacement badges. Change the layout only with a new {@link #ID} version.
 */
public final class BadgeTemplate {
    public static final TemplateId ID = new TemplateId("badge", 1);

    private BadgeTemplate() {
    }

    public static Label layout(BadgeData d) {
        String staff = d.staff().content();
        return new Label(ID, 86, 54, List.of(
                TextElement.wrapped(4, 4, d.name(), 5, Weight.BOLD, 78, 1),
                TextElement.line(4, 11, d.role(), 3.5, Weight.NORMAL),
                TextElement.wrapped(4, 16, d.facilityName() + " (FIN " + d.staff().fin().value() + ")", 2.5,
                        Weight.NORMAL, 78, 1),
                new Code128Element(2, 22, d.staff().encode(), 10),
                TextElement.line(4, 34, staff.substring(0, 5) + " " + staff.substring(5), 3.5, Weight.BOLD),
                TextElement.line(66, 49.5, ID.toString(), 2.0, Weight.NORMAL)));
    }
}
