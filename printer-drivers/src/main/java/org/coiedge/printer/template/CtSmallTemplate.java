package org.coiedge.printer.template;

import java.util.ArrayList;
import java.util.List;
import org.coiedge.core.isbt128.DinFlags;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.printer.label.Code128Element;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.LabelElement;
import org.coiedge.printer.label.TemplateId;
import org.coiedge.printer.label.TextElement;
import org.coiedge.printer.label.TextElement.Weight;

/**
 * {@code ct-small}: the 50 x 25 mm partial label for small containers and sample tubes: DIN bar
 * code and eye-readable DIN with boxed K, product code with division. As an affixed partial label
 * the DIN carries flag 12, printed rotated. Change the layout only with a new {@link #ID} version.
 */
public final class CtSmallTemplate {
    public static final TemplateId ID = new TemplateId("ct-small", 1);

    private CtSmallTemplate() {
    }

    /** DS001 as this label encodes it: flag 12 on a partial label, else the check-value flag. */
    public static DonationIdentificationNumber ds001(CtSmallData d) {
        return d.partialLabel()
                ? new DonationIdentificationNumber(d.din(), DinFlags.process(DinFlags.AFFIXED_PARTIAL_LABEL))
                : DonationIdentificationNumber.withCheckFlag(d.din());
    }

    /** The structures the linear symbols carry, top to bottom. */
    public static List<String> linearData(CtSmallData d) {
        return List.of(ds001(d).encode(), d.productCode().encode());
    }

    public static Label layout(CtSmallData d) {
        DonationIdentificationNumber ds001 = ds001(d);
        List<String> bars = linearData(d);
        List<LabelElement> e = new ArrayList<>();
        e.add(new Code128Element(0.5, 1.5, bars.get(0), 6));
        String flag = ds001.flags().printed() ? ds001.flags().text() : null;
        e.addAll(LabelText.identifier(3, 8.2, d.din().eyeReadable(), d.din().checkCharacter(), flag, 2.8));
        e.add(new Code128Element(0.5, 12.3, bars.get(1), 6));
        String division = d.productCode().division();
        e.add(TextElement.line(3, 19, d.productCode().descriptionCode()
                + (d.productCode().collectionType() == null ? "" : " " + d.productCode().collectionType())
                + " DIV " + division, 2.5, Weight.BOLD));
        e.add(TextElement.line(3, 22.3, ID.toString(), 1.6, Weight.NORMAL));
        return new Label(ID, 50, 25, e);
    }
}
