package org.coiedge.printer.png;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.List;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.CompoundMessage;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.coiedge.core.isbt128.IsbtDateTime;
import org.coiedge.core.isbt128.ProductCode;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.template.BadgeTemplate;
import org.coiedge.printer.template.CtBagData;
import org.coiedge.printer.template.CtBagTemplate;
import org.coiedge.printer.template.CtSmallData;
import org.coiedge.printer.template.CtSmallTemplate;
import org.coiedge.printer.template.Samples;
import org.coiedge.printer.template.ShipperTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The preview of each template decodes (ZXing) to exactly the intended ISBT 128 strings, and
 * core's scan parser reads those strings back to the values the label was made from.
 */
class LabelRoundTripTest {
    private static final ScanParser PARSER = ScanParser.standard();

    @ParameterizedTest
    @EnumSource(Resolution.class)
    void ctBagPreviewDecodesToItsFiveLinearStructuresAndItsCompoundMessage(Resolution r) throws Exception {
        CtBagData d = Samples.bag();
        Label label = CtBagTemplate.layout(d);
        BufferedImage img = PreviewDecoder.read(new PngRenderer(r).png(label));

        List<String> linear = PreviewDecoder.linear(label, r, img);
        assertThat(linear).containsExactly("=A99992412345600", "=<S1234100", "&*0241550915", "&>0241571430",
                "&/CHA999924A1B2C3");
        assertThat(linear).isEqualTo(CtBagTemplate.linearData(d));
        assertThat(only(linear.get(0))).isEqualTo(d.din());
        assertThat(only(linear.get(1))).isEqualTo(d.productCode());
        assertThat(((IsbtDateTime) only(linear.get(2))).dateTime()).isEqualTo(LocalDateTime.of(2024, 6, 3, 9, 15));
        assertThat(((IsbtDateTime) only(linear.get(3))).dateTime()).isEqualTo(LocalDateTime.of(2024, 6, 5, 14, 30));
        assertThat(only(linear.get(4))).isEqualTo(d.coi());

        List<String> matrix = PreviewDecoder.matrix(label, r, img);
        assertThat(matrix).containsExactly(CtBagTemplate.compound(d).encode());
        CompoundMessage cm = (CompoundMessage) only("]d1" + matrix.get(0));
        assertThat(cm.structures()).hasSize(4);
        assertThat(cm.structures().get(0)).isEqualTo(d.din());
        assertThat(cm.structures().get(1)).isEqualTo(d.productCode());
        assertThat(((IsbtDateTime) cm.structures().get(2)).dateTime()).isEqualTo(LocalDateTime.of(2024, 6, 5, 14, 30));
        assertThat(((ChainOfIdentityIdentifier) cm.structures().get(3)).coi().value()).isEqualTo("CHA999924A1B2C3");
    }

    @ParameterizedTest
    @EnumSource(Resolution.class)
    void ctSmallPartialLabelDecodesToTheDinWithFlag12AndTheProductCode(Resolution r) throws Exception {
        CtSmallData d = Samples.small();
        Label label = CtSmallTemplate.layout(d);
        BufferedImage img = PreviewDecoder.read(new PngRenderer(r).png(label));
        List<String> linear = PreviewDecoder.linear(label, r, img);
        assertThat(linear).containsExactly("=A99992412345612", "=<S12341" + "0a");
        DonationIdentificationNumber din = (DonationIdentificationNumber) only(linear.get(0));
        assertThat(din.din()).isEqualTo(Samples.DIN);
        assertThat(din.flags().value()).isEqualTo(12);
        assertThat(((ProductCode) only(linear.get(1))).division()).isEqualTo("0a");
    }

    @ParameterizedTest
    @EnumSource(Resolution.class)
    void ctSmallFullLabelCarriesTheCheckValueFlag(Resolution r) throws Exception {
        CtSmallData d = new CtSmallData(Samples.DIN, Samples.small().productCode(), false);
        Label label = CtSmallTemplate.layout(d);
        List<String> linear = PreviewDecoder.linear(label, r, PreviewDecoder.read(new PngRenderer(r).png(label)));
        DonationIdentificationNumber din = (DonationIdentificationNumber) only(linear.get(0));
        assertThat(din.flags().value()).isEqualTo(60 + Samples.DIN.checkValue());
    }

    @ParameterizedTest
    @EnumSource(Resolution.class)
    void badgePreviewDecodesToTheStaffIdentificationNumber(Resolution r) throws Exception {
        Label label = BadgeTemplate.layout(Samples.badge());
        List<String> linear = PreviewDecoder.linear(label, r, PreviewDecoder.read(new PngRenderer(r).png(label)));
        assertThat(linear).containsExactly("='A9998AB1234");
        assertThat(only(linear.get(0))).isEqualTo(Samples.badge().staff());
    }

    @ParameterizedTest
    @EnumSource(Resolution.class)
    void shipperPreviewDecodesToTheCoiAndAGs1Sscc(Resolution r) throws Exception {
        Label label = ShipperTemplate.layout(Samples.shipper());
        List<String> linear = PreviewDecoder.linear(label, r, PreviewDecoder.read(new PngRenderer(r).png(label)));
        assertThat(linear).containsExactly("&/CHA999924A1B2C3", "00106141411234567897");
        assertThat(only(linear.get(0))).isEqualTo(Samples.shipper().coi());
        DecodedScan sscc = PARSER.decode("]C1" + linear.get(1));
        assertThat(sscc).isInstanceOf(DecodedScan.Gs1.class);
        assertThat(((DecodedScan.Gs1) sscc).elements().find("00").orElseThrow().value()).isEqualTo("106141411234567897");
    }

    private static Isbt128Structure only(String scan) throws Exception {
        DecodedScan decoded = PARSER.decode(scan);
        assertThat(decoded).isInstanceOf(DecodedScan.Isbt128.class);
        List<Isbt128Structure> s = ((DecodedScan.Isbt128) decoded).structures();
        assertThat(s).hasSize(1);
        return s.get(0);
    }
}
