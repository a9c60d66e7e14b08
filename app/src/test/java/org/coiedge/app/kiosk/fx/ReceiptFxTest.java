package org.coiedge.app.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.ledger.Verification;
import org.junit.jupiter.api.Test;

/**
 * Receipt of the demo shipment SHP-DEMO-2 (ROE, RICHARD's bags A9999 25 000102 and 000105 from the
 * manufacturer): one bag accepted and stored, one quarantined with a reason, signed by the
 * receiver with badge and PIN; the ledger holds RECEIVED, QUARANTINED and STORED.
 */
class ReceiptFxTest extends WorkflowFxTest {
    @Test
    void oneAcceptedAndOneQuarantinedBagAreRecordedWithReasonLocationAndTheReceiversSignature() throws Exception {
        startKiosk("virtual");
        signIn("R00003", "3333");
        waitUntil("the home screen shows", () -> showing("#tile-receipt"));
        clickOn("#tile-receipt");
        waitUntil("the arriving shipments are listed", () -> showing("#rc-shipment-SHP-DEMO-2"));
        assertThat(lookup("#rc-shipment-SHP-DEMO-1").tryQuery()).as("an outgoing shipment is not received here").isEmpty();
        clickOn("#rc-shipment-SHP-DEMO-2");
        waitUntil("the bags are asked for", () -> showing("#rc-sign"));
        scan(bag("ORD-1002"));
        waitUntil("the first bag is listed", () -> showing("#rc-accept-A999925000102"));
        scan(bag("ORD-1005"));
        waitUntil("the second bag is listed", () -> showing("#rc-quarantine-A999925000105"));
        clickOn("#rc-sign");
        waitUntil("undecided bags block", () -> text("#rc-message").contains("Accept, quarantine or reject: A9999 25 000102,"
                + " A9999 25 000105"));
        clickOn("#rc-accept-A999925000102");
        waitUntil("the first bag is accepted", () -> text("#unit-A999925000102").contains("Accept"));
        clickOn("#rc-quarantine-A999925000105");
        waitUntil("the reasons are offered", () -> showing("#rc-reason-temperature"));
        clickOn("#rc-reason-temperature");
        waitUntil("the second bag is quarantined", () -> text("#unit-A999925000105").contains("Temperature excursion"));
        scan("]C0LN2-RACK-B4");
        waitUntil("the location is read", () -> text("#rc-location").contains("LN2-RACK-B4"));
        screenshot("50-receipt-decisions");
        clickOn("#rc-sign");
        waitUntil("the receiver is asked to sign", () -> showing("#sig-pad"));
        assertThat(text("#sig-meaning")).isEqualTo("Received custody");
        assertThat(types()).isEmpty();
        signOnPad("R00003", "3333");
        waitUntil("the receipt is recorded", () -> text("#rc-message").startsWith("Receipt recorded"));
        screenshot("51-receipt-done");

        assertThat(types()).containsExactly(EventType.RECEIVED, EventType.QUARANTINED, EventType.STORED);
        List<CustodyEvent> events = ledger();
        CustodyEvent received = events.get(0);
        assertThat(received.content().dins()).extracting(d -> d.eyeReadable())
                .containsExactly("A9999 25 000102", "A9999 25 000105");
        assertThat(received.content().from().role()).isEqualTo(PartyRole.MANUFACTURER);
        assertThat(received.content().to().role()).isEqualTo(PartyRole.TREATMENT_SITE);
        assertThat(received.content().signatures()).singleElement().satisfies(s -> {
            assertThat(s.printedName()).isEqualTo("Robin Weber");
            assertThat(s.meaning()).isEqualTo(SignatureMeaning.RECEIVED);
        });
        assertThat(received.content().payload()).containsEntry("shipmentId", "SHP-DEMO-2");
        assertThat(events.get(1).content().dins()).extracting(d -> d.eyeReadable()).containsExactly("A9999 25 000105");
        assertThat(events.get(1).content().payload()).containsEntry("reason", "Temperature excursion");
        assertThat(events.get(2).content().dins()).extracting(d -> d.eyeReadable()).containsExactly("A9999 25 000102");
        assertThat(events.get(2).content().payload()).containsEntry("location", "LN2-RACK-B4");
        assertThat(kiosk.services.ledger.verify()).isInstanceOf(Verification.Intact.class);
    }
}
