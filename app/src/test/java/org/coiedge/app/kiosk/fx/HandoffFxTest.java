package org.coiedge.app.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.ledger.Verification;
import org.junit.jupiter.api.Test;

/**
 * Courier pickup of the demo shipment SHP-DEMO-1 (DOE, JANE's bags A9999 25 000101 and 000104,
 * leaving for the manufacturer): a missing, an extra and an expired bag each block with the list
 * and record nothing; the releasing technician cannot also sign as the courier; a complete handoff
 * records one CUSTODY_TRANSFERRED with both signatures, logger and seal.
 */
class HandoffFxTest extends WorkflowFxTest {
    private static final String BAG_101 = "A9999 25 000101";
    private static final String BAG_104 = "A9999 25 000104";

    private void openPickup() {
        startKioskQuietly();
        signIn("T00001", "1111");
        waitUntil("the home screen shows", () -> showing("#tile-courier-handoff"));
        clickOn("#tile-courier-handoff");
        waitUntil("the shipments are listed", () -> showing("#ho-shipment-SHP-DEMO-1"));
        assertThat(text("#ho-shipment-SHP-DEMO-1")).contains("PICKUP of 2 bag(s)").contains("Validation Cell Manufacturing");
        clickOn("#ho-shipment-SHP-DEMO-1");
        waitUntil("the bags are asked for", () -> showing("#ho-release"));
    }

    private void startKioskQuietly() {
        try {
            startKiosk("virtual");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void scanBag(String orderId, String expectedSummary) throws Exception {
        scan(bag(orderId));
        waitUntil("the list shows " + expectedSummary, () -> text("#ho-summary").startsWith(expectedSummary));
    }

    /** Shipper scanned, logger scanned into its field, seal typed on the on-screen keyboard. */
    private void packing() {
        scan(shipper("4711"));
        waitUntil("the shipper is read", () -> text("#ho-shipper").contains("009501100000047115"));
        scan("]C0TL-4471");
        waitUntil("the logger is read", () -> text("#ho-logger").contains("TL-4471"));
        clickOn("#ho-seal");
        typeOnKeyboard("S90210");
        assertThat(text("#ho-seal")).contains("S90210");
    }

    @Test
    void aMissingBagBlocksTheReleaseListsItAndRecordsNothing() throws Exception {
        openPickup();
        scanBag("ORD-1001", "1 of 2 scanned");
        packing();
        clickOn("#ho-release");
        waitUntil("the handoff is blocked", () -> text("#ho-message").startsWith("Cannot hand over"));
        assertThat(text("#ho-message")).contains("Missing (not scanned): " + BAG_104).doesNotContain(BAG_101);
        assertThat(text("#unit-A999925000104")).contains("expected");
        assertThat(showing("#sig-pad")).isFalse();
        assertThat(types()).isEmpty();
        screenshot("40-handoff-missing-unit");
    }

    @Test
    void anExtraBagBlocksUntilItIsPutAsideAndTheHandoffThenGoesOn() throws Exception {
        openPickup();
        scanBag("ORD-1001", "1 of 2");
        scanBag("ORD-1004", "2 of 2");
        scanBag("ORD-1003", "2 of 2 scanned \u00b7 missing 0 \u00b7 extra 1");
        assertThat(text("#ho-message")).contains("A9999 25 000103 is NOT on the manifest");
        packing();
        clickOn("#ho-release");
        waitUntil("the handoff is blocked", () -> text("#ho-message").startsWith("Cannot hand over"));
        assertThat(text("#ho-message")).contains("Not on the manifest: A9999 25 000103");
        screenshot("41-handoff-extra-unit");
        clickOn("#aside-A999925000103");
        waitUntil("the extra bag is gone", () -> !showing("#unit-A999925000103"));
        clickOn("#ho-release");
        waitUntil("the release is signed for", () -> showing("#sig-pad"));
        assertThat(text("#sig-meaning")).isEqualTo("Released to courier");
        assertThat(types()).isEmpty();
    }

    @Test
    void anExpiredBagCannotBeHandedOver() throws Exception {
        openPickup();
        kiosk.clock.advance(Duration.ofHours(49));
        scanBag("ORD-1001", "1 of 2");
        assertThat(text("#ho-message")).contains(BAG_101 + " is EXPIRED");
        scanBag("ORD-1004", "2 of 2");
        packing();
        clickOn("#ho-release");
        waitUntil("the handoff is blocked", () -> text("#ho-message").startsWith("Cannot hand over"));
        assertThat(text("#ho-message")).contains("Expired: " + BAG_101 + ", " + BAG_104);
        assertThat(text("#unit-A999925000101")).contains("EXPIRED");
        screenshot("42-handoff-expired-unit");
        assertThat(types()).isEmpty();
    }

    @Test
    void theReleasingTechnicianCannotAlsoSignAsTheCourierAndNothingIsRecorded() throws Exception {
        openPickup();
        scanBag("ORD-1001", "1 of 2");
        scanBag("ORD-1004", "2 of 2");
        packing();
        clickOn("#ho-release");
        waitUntil("the release is signed for", () -> showing("#sig-pad"));
        signOnPad("T00001", "1111");
        waitUntil("the courier is asked to sign", () -> text("#sig-meaning").equals("Received custody"));
        signOnPad("T00001", "1111");
        waitUntil("the same person is refused", () -> text("#ho-message").contains("Another person takes custody"));
        assertThat(text("#ho-message")).isEqualTo("Alex Tan released the shipment. Another person takes custody and signs.");
        assertThat(text("#sig-message")).contains("Another person takes custody");
        screenshot("43-handoff-same-person-refused");
        assertThat(types()).isEmpty();
    }

    @Test
    void aCompletePickupIsRecordedOnceWithReleasedAndReceivedSignaturesLoggerAndSeal() throws Exception {
        openPickup();
        scanBag("ORD-1004", "1 of 2");
        scan("]C0=A99992500010100");
        waitUntil("half a bag is read", () -> text("#ho-message").contains("now scan the COI of the same bag"));
        scan(bag("ORD-1001").replace("]d1", "]d1"));
        waitUntil("both bags are scanned", () -> text("#ho-summary").startsWith("2 of 2 scanned"));
        packing();
        screenshot("44-handoff-all-scanned");
        clickOn("#ho-release");
        waitUntil("the release is signed for", () -> showing("#sig-pad"));
        signOnPad("T00001", "1111");
        waitUntil("the courier is asked to sign", () -> text("#sig-meaning").equals("Received custody"));
        assertThat(types()).as("nothing before the courier signs").isEmpty();
        signOnPad("C00002", "2222");
        waitUntil("the handoff is recorded", () -> text("#ho-message").startsWith("Handoff recorded"));
        screenshot("45-handoff-done");

        assertThat(types()).containsExactly(EventType.CUSTODY_TRANSFERRED);
        CustodyEvent e = ledger().get(0);
        assertThat(e.content().dins()).extracting(d -> d.eyeReadable()).containsExactly(BAG_104, BAG_101);
        assertThat(e.content().coi().eyeReadable()).isEqualTo("CH A9999 25 A1B2C3");
        assertThat(e.content().from().role()).isEqualTo(PartyRole.COLLECTION_SITE);
        assertThat(e.content().to().role()).isEqualTo(PartyRole.COURIER);
        assertThat(e.content().to().name()).isEqualTo("Casey Ruiz");
        assertThat(e.content().signatures()).extracting(Signature::printedName).containsExactly("Alex Tan", "Casey Ruiz");
        assertThat(e.content().signatures()).extracting(Signature::meaning)
                .containsExactly(SignatureMeaning.RELEASED, SignatureMeaning.RECEIVED);
        assertThat(e.content().payload()).containsEntry("shipmentId", "SHP-DEMO-1").containsEntry("direction", "PICKUP")
                .containsEntry("shipperId", "009501100000047115").containsEntry("temperatureLogger", "TL-4471")
                .containsEntry("seal", "S90210").containsEntry("unitCount", 2L);
        assertThat(kiosk.services.ledger.verify()).isInstanceOf(Verification.Intact.class);

        clickOn("#ho-home");
        clickOn("#tile-courier-handoff");
        waitUntil("the shipments are listed", () -> showing("#ho-shipment-SHP-DEMO-1"));
        assertThat(text("#ho-shipment-SHP-DEMO-1")).contains("already handed over");
        assertThat(lookup("#ho-shipment-SHP-DEMO-1").query().isDisabled()).isTrue();
    }
}
