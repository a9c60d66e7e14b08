package org.coiedge.printer.template;

import java.util.ArrayList;
import java.util.List;
import org.coiedge.core.isbt128.CompoundMessage;
import org.coiedge.core.isbt128.DataStructure;
import org.coiedge.core.isbt128.IsbtDateTime;
import org.coiedge.printer.label.BoxElement;
import org.coiedge.printer.label.Code128Element;
import org.coiedge.printer.label.DataMatrixElement;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.LabelElement;
import org.coiedge.printer.label.TemplateId;
import org.coiedge.printer.label.TextElement;
import org.coiedge.printer.label.TextElement.Weight;

/**
 * {@code ct-bag}: the 100 x 100 mm cellular therapy product label. Linear Code 128 symbols for
 * DS001 (DIN with flags), DS003, DS007, DS005 and DS040; a Data Matrix with a DS023 compound
 * message (DIN, product code, expiry, COI); eye-readable DIN and COI with boxed K, times local
 * with zone and UTC, patient, intended use, facility, storage and warnings.
 * Change the layout only with a new {@link #ID} version.
 */
public final class CtBagTemplate {
    public static final TemplateId ID = new TemplateId("ct-bag", 1);
    private static final double LEFT = 1.5;
    private static final double RIGHT = 51.5;
    private static final double BAR_H = 8.0;

    private CtBagTemplate() {
    }

    /** The structures the linear symbols carry, top-left to bottom-right. */
    public static List<String> linearData(CtBagData d) {
        return List.of(d.din().encode(), d.productCode().encode(),
                IsbtDateTime.of(DataStructure.DS007, d.collectedAt()).encode(),
                IsbtDateTime.of(DataStructure.DS005, d.expiresAt()).encode(), d.coi().encode());
    }

    /** The DS023 compound message of the Data Matrix. */
    public static CompoundMessage compound(CtBagData d) {
        return CompoundMessage.unordered(List.of(d.din(), d.productCode(),
                IsbtDateTime.of(DataStructure.DS005, d.expiresAt()), d.coi()));
    }

    public static Label layout(CtBagData d) {
        List<String> bars = linearData(d);
        List<LabelElement> e = new ArrayList<>();
        e.add(new Code128Element(LEFT, 2, bars.get(0), BAR_H));
        e.add(new Code128Element(RIGHT, 2, bars.get(1), BAR_H));
        String flag = !d.din().flags().printed() ? null : d.din().flags().text();
        e.addAll(LabelText.identifier(4, 11, d.din().din().eyeReadable(), d.din().checkCharacter(), flag, 3.5));
        e.add(TextElement.line(54, 11, d.productCode().content(), 3.0, Weight.BOLD));
        e.add(TextElement.wrapped(54, 15.5, d.productDescription(), 2.4, Weight.NORMAL, 45, 2));
        e.add(TextElement.wrapped(4, 15.5, d.facility().name() + " (FIN " + d.facility().fin().value() + ")",
                2.2, Weight.NORMAL, 45, 2));
        e.add(BoxElement.horizontalLine(1, 21.5, 98, 0.3));

        e.add(new Code128Element(LEFT, 23, bars.get(2), BAR_H));
        e.add(new Code128Element(RIGHT, 23, bars.get(3), BAR_H));
        e.add(TextElement.line(4, 32, "COLLECTED " + LabelText.local(d.collectedAt()), 2.3, Weight.NORMAL));
        e.add(TextElement.line(4, 35, LabelText.utc(d.collectedAt()), 2.3, Weight.NORMAL));
        e.add(TextElement.line(54, 32, "EXPIRES " + LabelText.local(d.expiresAt()), 2.3, Weight.BOLD));
        e.add(TextElement.line(54, 35, LabelText.utc(d.expiresAt()), 2.3, Weight.NORMAL));
        e.add(BoxElement.horizontalLine(1, 38.5, 98, 0.3));

        e.add(new Code128Element(LEFT, 40, bars.get(4), BAR_H));
        e.add(new DataMatrixElement(74, 40, compound(d).encode(), 0.5));
        e.addAll(LabelText.identifier(4, 50, d.coi().coi().eyeReadable(), d.coi().checkCharacter(), null, 3.5));
        e.add(BoxElement.horizontalLine(1, 57.5, 98, 0.3));

        e.add(TextElement.line(4, 59, d.patient().name(), 3.5, Weight.BOLD));
        e.add(TextElement.line(4, 63.5, "DOB " + LabelText.DATE.format(d.patient().dateOfBirth()).toUpperCase(
                java.util.Locale.ROOT) + "   ID " + d.patient().id(), 2.8, Weight.NORMAL));
        e.add(TextElement.line(4, 68, d.intendedUse(), 3.5, Weight.BOLD));
        e.add(TextElement.wrapped(4, 73, d.storage(), 2.5, Weight.NORMAL, 92, 2));
        e.add(TextElement.wrapped(4, 79, String.join("; ", d.warnings()), 2.5, Weight.BOLD, 92, 5));
        e.add(TextElement.line(80, 95.5, ID.toString(), 2.0, Weight.NORMAL));
        return new Label(ID, 100, 100, e);
    }
}
