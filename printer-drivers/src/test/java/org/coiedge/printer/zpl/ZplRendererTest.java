package org.coiedge.printer.zpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coiedge.printer.label.Code128Element;
import org.coiedge.printer.label.DataMatrixElement;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.label.TemplateId;
import org.coiedge.printer.label.TextElement;
import org.coiedge.printer.template.CtBagTemplate;
import org.coiedge.printer.template.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ZplRendererTest {
    private static final TemplateId T = new TemplateId("test", 1);

    @ParameterizedTest
    @EnumSource(Resolution.class)
    void everyFormatIsUtf8StatesTheNoReprintPolicyAndSizesTheLabelInDots(Resolution r) {
        String z = new ZplRenderer(r).render(CtBagTemplate.layout(Samples.bag()));
        int dots = 100 * r.dotsPerMm();
        assertThat(z).startsWith("^XA\n").endsWith("^PQ1\n^XZ\n")
                .contains("^CI28\n", "^JZN\n", "^PW" + dots + "\n", "^LL" + dots + "\n", "^FX coi-edge ct-bag@1 " + r.dpi() + " dpi");
    }

    @ParameterizedTest
    @EnumSource(Resolution.class)
    void code128ModulesAreAtLeastPoint17MmAndNearTheQuarterMillimetreTarget(Resolution r) {
        String z = new ZplRenderer(r).render(CtBagTemplate.layout(Samples.bag()));
        assertThat(z).contains("^BY" + r.code128ModuleDots() + "^BCN,");
        assertThat(r.code128ModuleMm()).isGreaterThanOrEqualTo(0.17).isBetween(0.24, 0.26);
    }

    @Test
    void theBarcodeStartsTenModulesRightOfItsElementToLeaveTheQuietZone() {
        Label l = new Label(T, 60, 20, List.of(new Code128Element(2, 1, "=<S1234100", 6)));
        String z = new ZplRenderer(Resolution.DPI_300).render(l);
        assertThat(z).contains("^FO" + (24 + 30) + ",12^BY3^BCN,72,N,N,N,N^FD>:=<S1>5234100^FS");
    }

    @Test
    void aBarcodeThatWouldLoseItsQuietZoneOffTheLabelIsRefused() {
        Label l = new Label(T, 40, 20, List.of(new Code128Element(5, 1, "&/CHA999924A1B2C3", 6)));
        assertThatThrownBy(() -> new ZplRenderer(Resolution.DPI_203).render(l))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit on the 40 mm label");
    }

    @Test
    void dataMatrixSetsItsEscapeCharacterExplicitly() {
        Label l = new Label(T, 30, 30, List.of(new DataMatrixElement(2, 2, "=+01000&>0241551430", 0.5)));
        assertThat(new ZplRenderer(Resolution.DPI_600).render(l)).contains("^FO48,48^BXN,12,200,,,,_^FD=+01000&>0241551430^FS");
    }

    @Test
    void boldTextIsStruckTwiceAndTextIsHexEscaped() {
        Label l = new Label(T, 30, 30, List.of(TextElement.line(1, 1, "A^B", 2, TextElement.Weight.BOLD)));
        String z = new ZplRenderer(Resolution.DPI_203).render(l);
        assertThat(z).contains("^FO8,8^A0N,16,16^FH_^FDA_5EB^FS\n^FO9,8^A0N,16,16^FH_^FDA_5EB^FS\n");
    }

    @Test
    void theFactoryReprintPolicyIsOnlyUsedWhenAskedFor() {
        Label l = new Label(T, 30, 30, List.of());
        assertThat(new ZplRenderer(Resolution.DPI_203, ReprintPolicy.REPRINT).render(l)).contains("^JZY\n").doesNotContain("^JZN");
    }
}
