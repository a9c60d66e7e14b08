package org.coiedge.printer.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.status.ErrorStatus;
import org.coiedge.printer.status.PrinterIdentity;
import org.coiedge.printer.status.PrinterStatus;
import org.coiedge.printer.status.ZebraProtocol;
import org.coiedge.printer.template.CtSmallTemplate;
import org.coiedge.printer.template.Samples;
import org.coiedge.printer.transport.PrinterConnection;
import org.coiedge.printer.transport.PrinterConnections;
import org.coiedge.printer.transport.PrinterUri;
import org.coiedge.printer.zpl.ZplRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real Zebra printer, named by {@code COIEDGE_PRINTER_URI} (tcp://, serial: or usb:), ready and
 * loaded with 50 x 25 mm or larger labels. Skipped by default (tag {@code hardware}); prints one
 * ct-small test label (validation facility A9999). See printer-drivers/README.md.
 */
@Tag("hardware")
class RealPrinterTest {
    private static PrinterUri uri() {
        String text = System.getenv("COIEDGE_PRINTER_URI");
        assumeTrue(text != null && !text.isBlank(), "set COIEDGE_PRINTER_URI to the printer, e.g. usb:/dev/usb/lp0");
        return PrinterUri.parse(text);
    }

    @Test
    void theRealPrinterAnswersEveryStatusQueryAndIsReady() throws Exception {
        try (PrinterConnection c = PrinterConnections.open(uri(), Duration.ofSeconds(5))) {
            ZebraProtocol p = new ZebraProtocol(c, Duration.ofSeconds(3));
            ErrorStatus errors = p.errorStatus();
            PrinterIdentity identity = p.identity();
            PrinterStatus status = p.hostStatus();
            long odometer = p.odometer();
            System.out.printf("%s: %s %s, %d dpi, odometer %d, errors %s, status %s%n", c.address(), identity.model(),
                    identity.firmware(), identity.dpi(), odometer, errors.errors(), status);
            assertThat(errors.hasErrors()).as("printer reports errors: %s", errors.errors()).isFalse();
            assertThat(identity.dpi()).as("~HI gives 8, 12 or 24 dots per mm").isIn(203, 300, 600);
            assertThat(status.isReadyToPrint()).as("ready: %s", status).isTrue();
            assertThat(odometer).isPositive();
        }
    }

    @Test
    void oneLabelPrintedOnTheRealPrinterIsConfirmedByItsOdometer() throws Exception {
        PrinterUri uri = uri();
        int dpi;
        try (PrinterConnection c = PrinterConnections.open(uri, Duration.ofSeconds(5))) {
            dpi = new ZebraProtocol(c, Duration.ofSeconds(3)).identity().dpi();
        }
        String zpl = new ZplRenderer(Resolution.ofDpi(dpi)).render(CtSmallTemplate.layout(Samples.small()));
        PrintOutcome o = ConfirmedPrinter.at(uri, new PrinterTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(3),
                Duration.ofSeconds(60), Duration.ofMillis(250))).print(zpl, 1);
        assertThat(o).as("outcome").isInstanceOf(PrintOutcome.Printed.class);
        PrintOutcome.Printed p = (PrintOutcome.Printed) o;
        assertThat(p.odometerAfter()).isEqualTo(p.odometerBefore() + 1);
    }
}
