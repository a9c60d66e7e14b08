package org.coiedge.printer.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.coiedge.printer.emulator.ZebraEmulator;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.template.CtSmallTemplate;
import org.coiedge.printer.template.Samples;
import org.coiedge.printer.transport.TcpConnection;
import org.coiedge.printer.zpl.ZplRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelPrintersTest {
    @TempDir
    Path dir;

    @Test
    void theVirtualPrinterKeepsTheZplAndAPreviewOfEveryLabelInOrder() throws Exception {
        VirtualLabelPrinter p = new VirtualLabelPrinter(dir.resolve("labels"), Resolution.DPI_203);
        assertThat(p.print(CtSmallTemplate.layout(Samples.small()))).isEqualTo(new PrintOutcome.Printed(0, 1));
        assertThat(p.print(CtSmallTemplate.layout(Samples.small()))).isEqualTo(new PrintOutcome.Printed(1, 2));
        assertThat(Files.readString(dir.resolve("labels/000002-ct-small.zpl"))).contains("^FX coi-edge ct-small@1 203 dpi");
        assertThat(Files.readAllBytes(dir.resolve("labels/000001-ct-small.png"))).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theVirtualPrinterFailsWithAnActionableMessageWhenItCannotWrite() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        PrintOutcome o = new VirtualLabelPrinter(file, Resolution.DPI_203).print(CtSmallTemplate.layout(Samples.small()));
        assertThat(o).isInstanceOf(PrintOutcome.Failed.class);
        assertThat(((PrintOutcome.Failed) o).message()).contains("Virtual printer cannot write to", "writable");
    }

    @Test
    void theZebraPrinterRendersForItsResolutionAndConfirms() throws Exception {
        try (ZebraEmulator emulator = ZebraEmulator.start(0)) {
            LabelPrinter p = new ZebraLabelPrinter(new ZplRenderer(Resolution.DPI_600), new ConfirmedPrinter(
                    () -> TcpConnection.open("127.0.0.1", emulator.port(), Duration.ofSeconds(2)),
                    Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(5)));
            assertThat(p.print(CtSmallTemplate.layout(Samples.small()))).isInstanceOf(PrintOutcome.Printed.class);
            assertThat(emulator.formatsReceived().get(0)).contains("600 dpi");
        }
    }
}
