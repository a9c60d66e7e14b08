package org.coiedge.app.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.ledger.Verification;
import org.coiedge.printer.emulator.ZebraEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Label print-and-verify against the Zebra emulator on a loopback port: a matching scan verifies,
 * a mismatching scan voids and a reprint needs a reason, a printer fault prints nothing. The ledger
 * is checked after each.
 */
class PrintVerifyFxTest extends KioskFxTest {
    private ZebraEmulator printer;

    @BeforeEach
    void startPrinter() throws Exception {
        printer = ZebraEmulator.start(0);
    }

    @AfterEach
    void stopPrinter() {
        printer.close();
    }

    private void openFirstOrder() {
        signIn("T00001", "1111");
        waitUntil("the home screen shows", () -> showing("#tile-bag-label"));
        clickOn("#tile-bag-label");
        waitUntil("the orders show", () -> showing("#order-ORD-1001"));
        clickOn("#order-ORD-1001");
        waitUntil("the preview shows", () -> showing("#pv-print") && lookup("#label-preview").queryAs(
                javafx.scene.image.ImageView.class).getImage() != null);
    }

    /** The events this test caused: the demo bag's journey, seeded with the demo data, left out. */
    private List<CustodyEvent> labelEvents() throws Exception {
        return kiosk.services.ledger.asOf(kiosk.clock.instant()).stream()
                .filter(e -> !Boolean.TRUE.equals(e.content().payload().get("demo"))).collect(Collectors.toList());
    }

    private List<EventType> events() throws Exception {
        return labelEvents().stream().map(CustodyEvent::type).collect(Collectors.toList());
    }

    @Test
    void aPrintedLabelWhoseScanMatchesIsVerifiedAndRecorded() throws Exception {
        startKiosk("tcp://127.0.0.1:" + printer.port());
        openFirstOrder();
        screenshot("20-print-verify-preview");
        clickOn("#pv-print");
        waitUntil("the kiosk asks for the scan", () -> text("#pv-step").equals("Scan the printed label"));
        assertThat(printer.labelsPrinted()).isEqualTo(1);
        assertThat(events()).containsExactly(EventType.LABEL_PRINTED);
        screenshot("21-print-verify-scan-now");
        String din = printer.formatsReceived().get(0).contains("A99992500010100") ? "]C0=A99992500010100" : null;
        assertThat(din).as("the printed ZPL carries the order's DIN").isNotNull();
        scan(din);
        waitUntil("the label is verified", () -> text("#pv-step").equals("VERIFIED"));
        assertThat(events()).containsExactly(EventType.LABEL_PRINTED, EventType.LABEL_VERIFIED);
        CustodyEvent verified = labelEvents().get(1);
        assertThat(verified.content().signatures().get(0).printedName()).isEqualTo("Alex Tan");
        assertThat(verified.content().signatures().get(0).meaning()).isEqualTo(SignatureMeaning.VERIFIED);
        assertThat(verified.content().payload()).containsEntry("scanned", "=A99992500010100");
        assertThat(kiosk.services.ledger.verify()).isInstanceOf(Verification.Intact.class);
        screenshot("22-print-verify-verified");
    }

    @Test
    void aScanOfAnotherLabelVoidsThePrintedOneAndAReprintNeedsAReasonAndIsRecorded() throws Exception {
        startKiosk("tcp://127.0.0.1:" + printer.port());
        openFirstOrder();
        clickOn("#pv-print");
        waitUntil("the kiosk asks for the scan", () -> text("#pv-step").equals("Scan the printed label"));
        scan("]C0=A99992500010200");
        waitUntil("the label is void", () -> text("#pv-step").equals("VOID"));
        assertThat(text("#pv-message")).contains("does not match").contains("destroy it");
        assertThat(events()).containsExactly(EventType.LABEL_PRINTED, EventType.LABEL_VOIDED);
        CustodyEvent voided = labelEvents().get(1);
        assertThat(voided.content().payload()).containsEntry("reason", "SCAN_MISMATCH")
                .containsEntry("scanned", "=A99992500010200");
        screenshot("23-print-verify-void");
        clickOn("#pv-reprint");
        waitUntil("the reasons show", () -> showing("#pv-reason-scan-mismatch"));
        screenshot("24-print-verify-reprint-reason");
        clickOn("#pv-reason-scan-mismatch");
        waitUntil("the reprint waits for its scan", () -> text("#pv-step").equals("Scan the printed label"));
        assertThat(printer.labelsPrinted()).isEqualTo(2);
        CustodyEvent reprint = labelEvents().get(2);
        assertThat(reprint.type()).isEqualTo(EventType.LABEL_PRINTED);
        assertThat(reprint.content().payload()).containsEntry("reprint", true).containsEntry("reprintReason", "SCAN_MISMATCH")
                .containsEntry("copy", 2L);
        assertThat(reprint.content().signatures()).extracting(s -> s.meaning())
                .containsExactly(SignatureMeaning.PERFORMED, SignatureMeaning.APPROVED);
        scan("]C0=A99992500010100");
        waitUntil("the reprint is verified", () -> text("#pv-step").equals("VERIFIED"));
    }

    @Test
    void aPrinterFaultPrintsNothingRecordsNothingAndSaysWhatToDo() throws Exception {
        startKiosk("tcp://127.0.0.1:" + printer.port());
        openFirstOrder();
        printer.setFault(ZebraEmulator.Fault.HEAD_OPEN, true);
        clickOn("#pv-print");
        waitUntil("the print fails", () -> text("#pv-step").equals("NOT PRINTED"));
        assertThat(text("#pv-message")).contains("print head is open - close it").contains("Nothing was printed");
        assertThat(printer.labelsPrinted()).isZero();
        assertThat(events()).isEmpty();
        waitUntil("the status bar shows the fault", () -> lookup("#device-printer-bag").query().getStyleClass()
                .contains("health-fault"));
        screenshot("25-print-verify-printer-fault");
        printer.setFault(ZebraEmulator.Fault.HEAD_OPEN, false);
        clickOn("#pv-print");
        waitUntil("the retry prints", () -> text("#pv-step").equals("Scan the printed label"));
        assertThat(events()).containsExactly(EventType.LABEL_PRINTED);
    }
}
