package org.coiedge.app.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.coiedge.app.bedside.DemoLabels;
import org.coiedge.app.kiosk.demo.DemoBedside;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.ledger.Verification;
import org.coiedge.core.sync.SyncMonitor;
import org.coiedge.core.sync.SyncState;
import org.coiedge.core.sync.SyncStatus;
import org.junit.jupiter.api.Test;

/**
 * Bedside verification end to end in demo mode: two nurses, their badges and PINs, the released
 * demo bag of MUSTER, ERIKA; hard stops for the wrong patient, the wrong COI and an expired bag;
 * the same nurse twice; sync offline; a DIN keyed by hand. The ledger is checked after each.
 */
class BedsideFxTest extends KioskFxTest {
    private static final String RELEASED = DemoBedside.ORDER;
    private DemoLabels labels;

    private void openBedside() throws Exception {
        startKiosk("virtual");
        labels = new DemoLabels(kiosk);
        signIn("N00004", "4444");
        waitUntil("the home screen shows", () -> showing("#tile-bedside-verification"));
        clickOn("#tile-bedside-verification");
        waitUntil("bedside asks for the wristband", () -> step().startsWith("1."));
    }

    private String step() {
        return lookup("#bedside-step").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }

    private void scanAndWait(String text, String stepPrefix) {
        scan(text);
        waitUntil("step " + stepPrefix + " after " + text, () -> step().startsWith(stepPrefix));
    }

    private void badgeAndPin(String prefix, String badge, String pin) {
        badgeAndPin(prefix, badge, pin, null);
    }

    private void badgeAndPin(String prefix, String badge, String pin, String shotBeforeOk) {
        scan(org.coiedge.app.kiosk.TestKiosk.badge(badge));
        waitUntil("the PIN keys show for " + badge, () -> showing("#" + prefix + "-ok")
                && !lookup("#" + prefix + "-ok").query().isDisabled());
        for (char c : pin.toCharArray()) {
            clickOn("#" + prefix + "-key-" + c);
        }
        if (shotBeforeOk != null) {
            shot(shotBeforeOk);
        }
        clickOn("#" + prefix + "-ok");
    }

    private List<CustodyEvent> bedsideEvents() throws Exception {
        return kiosk.services.ledger.asOf(kiosk.clock.instant()).stream().filter(e -> !Boolean.TRUE.equals(
                e.content().payload().get("demo"))).collect(Collectors.toList());
    }

    private List<EventType> types() throws Exception {
        return bedsideEvents().stream().map(CustodyEvent::type).collect(Collectors.toList());
    }

    private void toSigned(Consumer<String> shots) throws Exception {
        scanAndWait(labels.wristband(RELEASED), "2.");
        shots.accept("30-bedside-bag");
        scanAndWait(labels.bag(RELEASED), "3.");
        assertThat(text("#bedside-message")).contains("First check passed");
        shots.accept("31-bedside-second-nurse");
        badgeAndPin("bedside-sign", "N00005", "5555");
        waitUntil("the second nurse is in", () -> step().startsWith("4."));
        scanAndWait(labels.wristband(RELEASED), "5.");
        scanAndWait(labels.bag(RELEASED), "6.");
        assertThat(text("#bedside-sign-meaning")).isEqualTo("Verified by");
        badgeAndPin("bedside-sign", "N00004", "4444");
        waitUntil("the witness is asked for", () -> step().startsWith("7."));
        assertThat(text("#bedside-sign-meaning")).isEqualTo("Witnessed by");
        assertThat(text("#bedside-verified-by")).isEqualTo("Verified by Nora Okafor");
        badgeAndPin("bedside-sign", "N00005", "5555", "32-bedside-witnessed-by-pin");
        waitUntil("the infusion can start", () -> showing("#bedside-start"));
    }

    private void shot(String name) {
        try {
            screenshot(name);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void twoNursesVerifySignStartAndCompleteAndTheLedgerHoldsAllThreeSteps() throws Exception {
        openBedside();
        screenshot("29-bedside-wristband");
        toSigned(this::shot);
        assertThat(text("#bedside-witnessed-by")).isEqualTo("Witnessed by Sam Lindqvist");
        clickOn("#bedside-start");
        waitUntil("the volume is asked for", () -> showing("#bedside-complete"));
        clickOn("#bedside-vol-7");
        clickOn("#bedside-vol-2");
        screenshot("33-bedside-infusion-running");
        clickOn("#bedside-complete");
        waitUntil("the administration is done", () -> step().startsWith("Done"));
        screenshot("34-bedside-done");
        List<CustodyEvent> events = bedsideEvents();
        assertThat(events).extracting(CustodyEvent::type).containsExactly(EventType.ADMINISTRATION_VERIFIED,
                EventType.ADMINISTRATION_STARTED, EventType.ADMINISTRATION_COMPLETED);
        assertThat(events.get(0).content().signatures()).extracting(s -> s.printedName() + " " + s.meaning())
                .containsExactly("Nora Okafor " + SignatureMeaning.VERIFIED, "Sam Lindqvist " + SignatureMeaning.WITNESSED);
        assertThat(events.get(0).content().patientId()).isEqualTo("MRN000789");
        assertThat(events.get(2).content().payload()).containsEntry("volumeMl", 72L);
        assertThat(kiosk.services.ledger.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void anotherPatientsWristbandIsAFullWindowHardStopRecordedAsAMismatch() throws Exception {
        openBedside();
        scanAndWait(labels.wristband("ORD-1002"), "2.");
        scan(labels.bag(RELEASED));
        waitUntil("the hard stop shows", () -> showing("#hard-stop"));
        assertThat(lookup(".hard-stop-mismatch").queryAllAs(javafx.scene.control.Label.class)).extracting(l -> l.getText())
                .anyMatch(t -> t.contains("is not this patient's COI"))
                .anyMatch(t -> t.contains("released for another patient or COI, not for MRN000456"));
        assertThat(lookup("#hard-stop").lookup(".button").queryAll()).hasSize(1);
        waitUntil("the rejected tone sounded", () -> sounds.contains(ScanReaction.Kind.REJECTED));
        assertThat(types()).containsExactly(EventType.MISMATCH_DETECTED);
        assertThat(bedsideEvents().get(0).content().patientId()).isEqualTo("MRN000456");
        screenshot("35-hard-stop-wrong-patient");
        clickOn("#hard-stop-ack");
        waitUntil("home again", () -> showing("#home-tiles") && !showing("#hard-stop"));
    }

    @Test
    void aBagOfAnotherCoiIsAHardStopRecordedOnThatCoi() throws Exception {
        openBedside();
        scanAndWait(labels.wristband(RELEASED), "2.");
        scan(labels.bag("ORD-1001"));
        waitUntil("the hard stop shows", () -> showing("#hard-stop"));
        assertThat(lookup(".hard-stop-mismatch").queryAllAs(javafx.scene.control.Label.class)).extracting(l -> l.getText())
                .anyMatch(t -> t.startsWith("\u2022 The bag's COI CH A9999 25 A1B2C3 is not this patient's COI"))
                .anyMatch(t -> t.contains("has no release"));
        CustodyEvent m = bedsideEvents().get(0);
        assertThat(m.type()).isEqualTo(EventType.MISMATCH_DETECTED);
        assertThat(m.content().coi()).isEqualTo(labels.order("ORD-1001").coi());
    }

    @Test
    void anExpiredBagIsAHardStop() throws Exception {
        startKiosk("virtual");
        kiosk.clock.advance(Duration.ofHours(49));
        labels = new DemoLabels(kiosk);
        signIn("N00004", "4444");
        waitUntil("the home screen shows", () -> showing("#tile-bedside-verification"));
        clickOn("#tile-bedside-verification");
        scanAndWait(labels.wristband(RELEASED), "2.");
        scan(labels.bag(RELEASED));
        waitUntil("the hard stop shows", () -> showing("#hard-stop"));
        assertThat(lookup(".hard-stop-mismatch").queryAllAs(javafx.scene.control.Label.class)).extracting(l -> l.getText())
                .containsExactly("\u2022 Bag A9999 25 000103 expired at " + labels.order(RELEASED).expiresAt()
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu HH:mm z", java.util.Locale.ENGLISH))
                        + ".");
        assertThat(types()).containsExactly(EventType.MISMATCH_DETECTED);
        screenshot("36-hard-stop-expired");
    }

    @Test
    void theSameNurseCannotBeTheSecondVerifierAndNothingIsRecorded() throws Exception {
        openBedside();
        scanAndWait(labels.wristband(RELEASED), "2.");
        scanAndWait(labels.bag(RELEASED), "3.");
        scan(org.coiedge.app.kiosk.TestKiosk.badge("N00004"));
        waitUntil("the refusal shows", () -> text("#bedside-sign-message").contains("A different nurse"));
        assertThat(text("#bedside-sign-message"))
                .isEqualTo("Nora Okafor did the first check. A different nurse must do the second check.");
        assertThat(showing("#bedside-sign-ok")).isFalse();
        assertThat(step()).startsWith("3.");
        assertThat(types()).isEmpty();
        screenshot("37-bedside-same-nurse-refused");
    }

    @Test
    void withSyncOfflineTheVerificationCompletesFromLocalData() throws Exception {
        sync = new OfflineSync(kiosk == null ? java.time.Instant.parse("2025-06-03T13:15:00Z") : kiosk.clock.instant());
        openBedside();
        waitUntil("the status bar says offline", () -> showing("#status-offline"));
        toSigned(name -> { });
        clickOn("#bedside-start");
        waitUntil("the volume is asked for", () -> showing("#bedside-complete"));
        assertThat(types()).containsExactly(EventType.ADMINISTRATION_VERIFIED, EventType.ADMINISTRATION_STARTED);
        assertThat(showing("#status-offline")).isTrue();
        screenshot("38-bedside-offline");
    }

    @Test
    void aDinKeyedByHandWithItsCheckCharacterAndASecondPersonContinuesTheVerification() throws Exception {
        openBedside();
        scanAndWait(labels.wristband(RELEASED), "2.");
        scan(labels.coiSymbol(RELEASED));
        waitUntil("the DIN is asked for", () -> text("#bedside-message").contains("Now scan the DIN"));
        clickOn("#bedside-unable");
        waitUntil("the keying panel shows", () -> showing("#keyed-value"));
        for (char c : labels.dinKeyed(RELEASED).toCharArray()) {
            clickOn("#keyed-key-" + c);
        }
        clickOn("#keyed-reason-barcode-unreadable");
        screenshot("39-keyed-entry");
        clickOn("#keyed-next");
        waitUntil("a second person is asked for", () -> showing("#keyed-sign-meaning"));
        badgeAndPin("keyed-sign", "N00005", "5555");
        waitUntil("the second entry is asked for", () -> text("#keyed-message").contains("Sam Lindqvist: key the DIN"));
        assertThat(text("#keyed-value")).isEqualTo("_");
        screenshot("40-keyed-second-entry");
        // The second person types on a keyboard: keys the wedge detector gives back as a person's.
        String keyedDin = labels.dinKeyed(RELEASED);
        shell.typedKeys(keyedDin);
        waitUntil("the second entry shows", () -> text("#keyed-value").endsWith(" " + keyedDin.substring(13)));
        clickOn("#keyed-next");
        waitUntil("the verification goes on", () -> step().startsWith("3."));
        assertThat(text("#bedside-bag")).contains("keyed by hand");
        screenshot("41-bedside-after-keyed-din");
        List<CustodyEvent> events = bedsideEvents();
        assertThat(events).extracting(CustodyEvent::type).containsExactly(EventType.UNABLE_TO_SCAN);
        String din = labels.order(RELEASED).din().value();
        assertThat(events.get(0).content().provenance()).containsEntry(din, IdentifierProvenance.KEYED_WITH_CHECK);
        assertThat(events.get(0).content().payload()).containsEntry("reason", "BARCODE_UNREADABLE")
                .containsEntry("keyedBy", "A9999N00004").containsEntry("verifiedBy", "A9999N00005");
    }

    /** Sync that cannot reach the central system. */
    private static final class OfflineSync implements SyncMonitor {
        private final java.time.Instant at;

        OfflineSync(java.time.Instant at) {
            this.at = at;
        }

        @Override
        public SyncStatus status() {
            return new SyncStatus(SyncState.OFFLINE, 3, Optional.of(at), Optional.empty(),
                    Optional.of("central.example.org: connection refused"), 0, Optional.empty(), false, at);
        }

        @Override
        public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
            return () -> { };
        }

        @Override
        public void requestSync() {
        }
    }
}
