package org.coiedge.printer.png;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.DinFlags;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.ProductCode;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.template.CtBagData;
import org.coiedge.printer.template.CtBagTemplate;
import org.coiedge.printer.template.Samples;
import org.coiedge.printer.zpl.ZplRenderer;
import org.junit.jupiter.api.Test;

/** Seeded random ct-bag labels: each fits at every resolution and its preview decodes to exactly its data. */
class RandomLabelRoundTripTest {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String[] ZONES = {"America/New_York", "Europe/Berlin", "Asia/Tokyo", "Australia/Adelaide", "UTC"};

    @Test
    void randomCtBagLabelsFitEveryResolutionAndDecodeToTheirData() throws Exception {
        Random random = new Random(20240603);
        for (int i = 0; i < 40; i++) {
            CtBagData d = randomBag(random);
            Label label = CtBagTemplate.layout(d);
            for (Resolution r : Resolution.values()) {
                new ZplRenderer(r).render(label);
            }
            Resolution r = Resolution.values()[i % 3];
            BufferedImage img = PreviewDecoder.read(new PngRenderer(r).png(label));
            assertThat(PreviewDecoder.linear(label, r, img)).as("label %d", i).isEqualTo(CtBagTemplate.linearData(d));
            assertThat(PreviewDecoder.matrix(label, r, img)).as("label %d", i).containsExactly(CtBagTemplate.compound(d).encode());
        }
    }

    private static CtBagData randomBag(Random random) {
        Fin fin = Fin.of("A999" + random.nextInt(10));
        Din din = new Din(fin, random.nextInt(100), random.nextInt(1_000_000));
        DinFlags flags = random.nextBoolean() ? DinFlags.checkFor(din) : new DinFlags(random.nextInt(60));
        StringBuilder seq = new StringBuilder();
        for (int j = 0; j < 6; j++) {
            seq.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        String pdc = "S" + String.format("%04d", random.nextInt(10000));
        String division = "" + ALNUM.charAt(random.nextInt(ALNUM.length())) + "abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36));
        ZonedDateTime collected = ZonedDateTime.of(2024 + random.nextInt(20), 1, 1, 0, 0, 0, 0,
                ZoneId.of(ZONES[random.nextInt(ZONES.length)])).plusMinutes(random.nextInt(525_000));
        CtBagData s = Samples.bag();
        return new CtBagData(new DonationIdentificationNumber(din, flags), new ProductCode(pdc, '1', division),
                s.productDescription(), ChainOfIdentityIdentifier.of(fin, random.nextInt(100), seq.toString()),
                collected, collected.plusMinutes(1 + random.nextInt(100_000)), s.patient(), s.intendedUse(),
                s.facility(), s.storage(), s.warnings());
    }
}
