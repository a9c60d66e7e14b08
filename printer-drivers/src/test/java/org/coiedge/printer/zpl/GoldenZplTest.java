package org.coiedge.printer.zpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.template.BadgeTemplate;
import org.coiedge.printer.template.CtBagTemplate;
import org.coiedge.printer.template.CtSmallTemplate;
import org.coiedge.printer.template.Samples;
import org.coiedge.printer.template.ShipperTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ZPL of every template at every resolution, compared byte for byte with reviewed files in
 * {@code src/test/resources/golden}. After a deliberate layout change (with a new template
 * version), regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenZplTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    static Stream<Arguments> labels() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Resolution r : Resolution.values()) {
            b.add(Arguments.of(CtBagTemplate.layout(Samples.bag()), r));
            b.add(Arguments.of(CtSmallTemplate.layout(Samples.small()), r));
            b.add(Arguments.of(BadgeTemplate.layout(Samples.badge()), r));
            b.add(Arguments.of(ShipperTemplate.layout(Samples.shipper()), r));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("labels")
    void templateRendersExactlyTheReviewedZpl(Label label, Resolution r) throws IOException {
        String zpl = new ZplRenderer(r).render(label);
        Path golden = DIR.resolve(label.template().name() + "-" + r.dpi() + ".zpl");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, zpl, StandardCharsets.UTF_8);
        }
        assertThat(zpl).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
