package org.coiedge.app.kiosk.fx;

import java.util.List;
import java.util.stream.Collectors;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.app.kiosk.TestKiosk;
import org.coiedge.app.printverify.BagLabels;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;

/** Helpers for the workflow suites: demo bags' scans, a shipper's SSCC, signing on the pad, the ledger. */
abstract class WorkflowFxTest extends KioskFxTest {
    /** The Data Matrix scan of the demo bag of {@code orderId} (as printed by the bag-label screen). */
    String bag(String orderId) throws Exception {
        LabelOrder o = kiosk.services.orders().stream().filter(x -> x.orderId().equals(orderId)).findFirst().orElseThrow();
        return "]d1" + BagLabels.forOrder(o, kiosk.services.config.site()).identifying().stream()
                .filter(s -> s.startsWith("=+")).findFirst().orElseThrow();
    }

    /** A GS1-128 scan of the SSCC with extension digit 0, company prefix 0950110 and {@code serial}. */
    static String shipper(String serial) {
        String body = "00950110" + "0".repeat(9 - serial.length()) + serial;
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * d : d;
        }
        return "]C100" + body + (10 - sum % 10) % 10;
    }

    /** The signer scans their badge and enters their PIN on the signature pad. */
    void signOnPad(String badgeSuffix, String pin) {
        scan(TestKiosk.badge(badgeSuffix));
        waitUntil("the signature keypad shows", () -> showing("#sig-ok") && !lookup("#sig-ok").query().isDisabled());
        for (char c : pin.toCharArray()) {
            clickOn("#sig-key-" + c);
        }
        clickOn("#sig-ok");
    }

    void typeOnKeyboard(String text) {
        for (char c : text.toCharArray()) {
            clickOn("#kb-" + c);
        }
    }

    /** The events the test's flows recorded (the demo journey seeded for bedside verification left out). */
    List<CustodyEvent> ledger() throws Exception {
        return kiosk.services.ledger.asOf(kiosk.clock.instant().plusSeconds(3600 * 100)).stream().filter(e -> !Boolean.TRUE.equals(e.content().payload().get("demo"))).collect(java.util.stream.Collectors.toList());
    }

    List<EventType> types() throws Exception {
        return ledger().stream().map(CustodyEvent::type).collect(Collectors.toList());
    }
}
