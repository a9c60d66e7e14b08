package org.coiedge.app.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.printer.emulator.ZebraEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The status bar shows a device fault in red with its message one tap away; unexpected scans are shown, not lost. */
class StatusBarFxTest extends KioskFxTest {
    private ZebraEmulator printer;

    @AfterEach
    void stopPrinter() {
        if (printer != null) {
            printer.close();
        }
    }

    @Test
    void aPrinterWithItsHeadOpenTurnsRedAndATapSaysWhatToDo() throws Exception {
        printer = ZebraEmulator.start(0);
        printer.setFault(ZebraEmulator.Fault.HEAD_OPEN, true);
        startKiosk("tcp://127.0.0.1:" + printer.port());
        waitUntil("the printer indicator turns red", () -> lookup("#device-printer-bag").tryQuery()
                .map(n -> n.getStyleClass().contains("health-fault")).orElse(false));
        assertThat(text("#device-printer-bag")).contains("ZD621").contains("tap for help");
        assertThat(lookup("#device-test-scanner").query().getStyleClass()).contains("health-ok");
        assertThat(text("#status-sync")).contains("not configured");
        clickOn("#device-printer-bag");
        waitUntil("the message shows", () -> showing("#overlay"));
        assertThat(lookup(".overlay-text").queryLabeled().getText())
                .contains("Printer ZD621 at 127.0.0.1:" + printer.port()).contains("print head is open - close it");
        screenshot("10-status-printer-fault");
        clickOn("#overlay-close");
        printer.setFault(ZebraEmulator.Fault.HEAD_OPEN, false);
        kiosk.services.printers.get(0).checkNow().get();
        waitUntil("the printer indicator turns green", () -> lookup("#device-printer-bag").query().getStyleClass()
                .contains("health-ok"));
    }

    @Test
    void aScanNoScreenExpectsIsShownAsSetAsideAndNothingIsDoneWithIt() throws Exception {
        startKiosk("virtual");
        signIn("R00003", "3333");
        waitUntil("the home screen shows", () -> showing("#home-tiles"));
        long before = kiosk.services.ledger.size();
        scan("]C0=A99992510010100");
        waitUntil("the unexpected scan is shown", () -> text("#scan-unexpected").contains("DIN A9999 25 100101"));
        assertThat(text("#scan-feedback-text")).contains("Scan not expected here").contains("Nothing was done with it");
        Node strip = lookup("#scan-feedback").query();
        assertThat(strip.getStyleClass()).contains("scan-ignored");
        assertThat(sounds.get(sounds.size() - 1)).isEqualTo(ScanReaction.Kind.IGNORED);
        assertThat(kiosk.services.ledger.size()).isEqualTo(before);
        screenshot("11-unexpected-scan");
    }
}
