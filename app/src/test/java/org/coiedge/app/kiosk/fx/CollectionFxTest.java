package org.coiedge.app.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.DinFlags;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.PatientIdentificationNumber;
import org.coiedge.core.ledger.Verification;
import org.coiedge.printer.emulator.ZebraEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Collection in demo mode against the Zebra emulator: LUND, TOVE's first collection gets a new
 * COI and the first DIN of the leased block (A9999 25 001000), the bag label and two tube labels
 * are printed and scanned back, times and volume are entered on the keypad and the technician
 * signs. The ledger is checked after each flow.
 */
class CollectionFxTest extends WorkflowFxTest {
    private static final Din DIN = new Din(Fin.of("A9999"), 25, 1000);
    private static final CoiId COI = new CoiId(Fin.of("A9999"), 25, "0000RS");
    private ZebraEmulator printer;

    @BeforeEach
    void startPrinter() throws Exception {
        printer = ZebraEmulator.start(0);
    }

    @AfterEach
    void stopPrinter() {
        printer.close();
    }

    private void identifyLund() {
        signIn("T00001", "1111");
        waitUntil("the home screen shows", () -> showing("#tile-collection"));
        clickOn("#tile-collection");
        waitUntil("the collection asks for the wristband", () -> showing("#collection"));
        scan("]C0" + new PatientIdentificationNumber("01", "MRN000321").encode());
        waitUntil("the patient is shown", () -> showing("#col-assign-din"));
    }

    private void printAndVerify(int label, String scan) {
        clickOn("#col-label-" + label);
        waitUntil("the label preview shows", () -> showing("#pv-print"));
        clickOn("#pv-print");
        waitUntil("the kiosk asks for the scan", () -> text("#pv-step").equals("Scan the printed label"));
        scan(scan);
        waitUntil("the label is verified", () -> text("#pv-step").equals("VERIFIED"));
        clickOn("#pv-done");
        waitUntil("back at the collection", () -> showing("#collection") && text("#col-label-" + label).contains("VERIFIED"));
    }

    private static String tubeScan() {
        return "]C0" + new DonationIdentificationNumber(DIN, DinFlags.process(DinFlags.AFFIXED_PARTIAL_LABEL)).encode();
    }

    @Test
    void aFirstCollectionAssignsCoiAndDinVerifiesEveryLabelAndIsSignedCollectedBy() throws Exception {
        startKiosk("tcp://127.0.0.1:" + printer.port());
        identifyLund();
        assertThat(text("#col-patient")).contains("LUND, TOVE").contains("1969-05-21").contains("ORD-2001");
        assertThat(text("#col-ids")).contains("COI " + COI.eyeReadable() + " (new");
        screenshot("30-collection-patient");
        clickOn("#col-assign-din");
        waitUntil("the labels are listed", () -> showing("#col-label-0"));
        assertThat(text("#col-ids")).contains("DIN " + DIN.eyeReadable());
        screenshot("31-collection-labels");
        printAndVerify(0, "]C0=" + DIN.value() + "00");
        printAndVerify(1, tubeScan());
        printAndVerify(2, tubeScan());
        waitUntil("the times are asked for", () -> showing("#col-save"));
        for (char c : "07000905212".toCharArray()) {
            clickOn("#col-key-" + c);
        }
        screenshot("32-collection-times");
        clickOn("#col-save");
        waitUntil("the signature is asked for", () -> showing("#sig-pad"));
        assertThat(text("#sig-meaning")).isEqualTo("Collected by");
        scan("]C0='A9999T00001");
        waitUntil("the PIN is asked for", () -> showing("#sig-ok"));
        screenshot("33-collection-sign");
        for (char c : "1111".toCharArray()) {
            clickOn("#sig-key-" + c);
        }
        clickOn("#sig-ok");
        waitUntil("the collection is recorded", () -> text("#col-message").startsWith("Collection recorded"));
        screenshot("34-collection-done");

        assertThat(text("#col-message")).contains("212 mL").contains("Collected by Alex Tan");
        List<CustodyEvent> events = ledger();
        assertThat(types()).containsExactly(EventType.PATIENT_IDENTIFIED, EventType.IDENTIFIER_ASSIGNED,
                EventType.LABEL_PRINTED, EventType.LABEL_VERIFIED, EventType.LABEL_PRINTED, EventType.LABEL_VERIFIED,
                EventType.LABEL_PRINTED, EventType.LABEL_VERIFIED, EventType.COLLECTION_STARTED,
                EventType.COLLECTION_COMPLETED);
        assertThat(events).allSatisfy(e -> assertThat(e.content().coi()).isEqualTo(COI));
        assertThat(events).allSatisfy(e -> assertThat(e.content().patientId()).isEqualTo("MRN000321"));
        assertThat(events.get(0).content().payload()).containsEntry("coiAssigned", true).containsEntry("orderId", "ORD-2001");
        assertThat(events.subList(1, 10)).allSatisfy(e -> assertThat(e.content().dins()).containsExactly(DIN));
        assertThat(events.get(2).content().payload()).containsEntry("template", "ct-bag@1");
        assertThat(events.get(4).content().payload()).containsEntry("template", "ct-small@1");
        CustodyEvent started = events.get(8);
        CustodyEvent completed = events.get(9);
        assertThat(started.content().occurredAt()).isEqualTo(Instant.parse("2025-06-03T11:00:00Z"));
        assertThat(completed.content().occurredAt()).isEqualTo(Instant.parse("2025-06-03T13:05:00Z"));
        assertThat(completed.content().payload()).containsEntry("volumeMl", 212L).containsEntry("tubeLabels", 2L);
        assertThat(completed.content().to().role()).isEqualTo(PartyRole.COLLECTION_SITE);
        assertThat(completed.content().signatures()).singleElement().satisfies(s -> {
            assertThat(s.printedName()).isEqualTo("Alex Tan");
            assertThat(s.meaning()).isEqualTo(SignatureMeaning.PERFORMED);
        });
        assertThat(printer.labelsPrinted()).isEqualTo(3);
        assertThat(kiosk.services.ledger.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void aPrinterFaultDuringCollectionRecordsNothingForTheFailedPrintSaysWhatToDoAndTheRetryPrints() throws Exception {
        startKiosk("tcp://127.0.0.1:" + printer.port());
        identifyLund();
        clickOn("#col-assign-din");
        waitUntil("the labels are listed", () -> showing("#col-label-0"));
        printer.setFault(ZebraEmulator.Fault.HEAD_OPEN, true);
        clickOn("#col-label-0");
        waitUntil("the label preview shows", () -> showing("#pv-print"));
        clickOn("#pv-print");
        waitUntil("the print fails", () -> text("#pv-step").equals("NOT PRINTED"));
        assertThat(text("#pv-message")).contains("print head is open - close it").contains("Nothing was printed");
        assertThat(types()).containsExactly(EventType.PATIENT_IDENTIFIED, EventType.IDENTIFIER_ASSIGNED);
        assertThat(printer.labelsPrinted()).isZero();
        screenshot("35-collection-printer-fault");
        clickOn("#pv-done");
        waitUntil("back at the collection", () -> text("#col-label-0").contains("NOT PRINTED"));
        assertThat(showing("#col-save")).as("no times before the labels are verified").isFalse();

        printer.setFault(ZebraEmulator.Fault.HEAD_OPEN, false);
        clickOn("#col-label-0");
        waitUntil("the failed label is offered again", () -> showing("#pv-print"));
        clickOn("#pv-print");
        waitUntil("the retry prints", () -> text("#pv-step").equals("Scan the printed label"));
        assertThat(types()).containsExactly(EventType.PATIENT_IDENTIFIED, EventType.IDENTIFIER_ASSIGNED,
                EventType.LABEL_PRINTED);
        assertThat(ledger().get(2).content().payload()).containsEntry("copy", 1L);
        assertThat(printer.labelsPrinted()).isEqualTo(1);
    }
}
