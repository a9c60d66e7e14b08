package org.coiedge.app.bedside;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.coiedge.app.badgepin.BadgePinViewModel;
import org.coiedge.app.badgepin.BadgeReader;
import org.coiedge.app.bedside.BedsideViewModel.Phase;
import org.coiedge.app.keyed.KeyedEntryViewModel;
import org.coiedge.app.kiosk.TestKiosk;
import org.coiedge.app.kiosk.demo.DemoBedside;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.WristbandFormat;
import org.coiedge.core.workflow.keyed.UnableToScanReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bedside verification through its ViewModel without the FX thread: demo data on a real ledger,
 * UI executor and worker both direct, so each step has finished when the call returns.
 */
class BedsideViewModelTest {
    private static final String RELEASED = DemoBedside.ORDER;
    @TempDir
    Path dir;
    private TestKiosk kiosk;
    private DemoLabels labels;
    private BedsideViewModel vm;
    private final List<ScanReaction> alarms = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        kiosk = new TestKiosk(dir, "virtual", keys -> { });
        labels = new DemoLabels(kiosk);
        var s = kiosk.services;
        var site = BedsideScreens.site(s);
        BadgeReader badges = new BadgeReader(s.parser);
        KeyedEntryViewModel keyed = new KeyedEntryViewModel(site, EventSink.of(s.ledger), new BadgePinViewModel(
                s.authenticator, badges, s.messages, site.zone(), Runnable::run, Runnable::run), s.messages,
                Runnable::run, Runnable::run);
        vm = new BedsideViewModel(site, new LedgerBedsideFacts(s.ledger, s.ledger.referenceData(), kiosk.clock),
                EventSink.of(s.ledger), WristbandFormat.ISBT128_DS025, s.parser, new BadgePinViewModel(s.authenticator,
                        badges, s.messages, site.zone(), Runnable::run, Runnable::run), keyed, s.messages, alarms::add,
                Runnable::run, Runnable::run);
        vm.begin(s.personnel.find("A9999N00004").orElseThrow());
    }

    @AfterEach
    void close() {
        kiosk.services.close();
    }

    private ScanReaction scan(String text) {
        return vm.onScan(Scan.fromText(text, StandardCharsets.UTF_8, "test", kiosk.clock.instant()));
    }

    private void badgeAndPin(String suffix, String pin) {
        assertThat(scan(TestKiosk.badge(suffix)).kind()).as(vm.signing().pad().message().get())
                .isEqualTo(ScanReaction.Kind.ACCEPTED);
        vm.typed(pin + "\n");
    }

    private List<EventType> events() throws Exception {
        return kiosk.services.ledger.asOf(kiosk.clock.instant()).stream().map(CustodyEvent::type)
                .filter(t -> t != EventType.COLLECTION_COMPLETED && t != EventType.CUSTODY_TRANSFERRED
                        && t != EventType.RECEIVED).collect(Collectors.toList());
    }

    private CustodyEvent last() throws Exception {
        var all = kiosk.services.ledger.asOf(kiosk.clock.instant());
        return all.get(all.size() - 1);
    }

    @Test
    void twoNursesVerifySignStartAndCompleteAndEveryStepIsInTheLedger() throws Exception {
        scan(labels.wristband(RELEASED));
        assertThat(vm.phase().get()).isEqualTo(Phase.BAG);
        assertThat(vm.patient().get()).contains("MRN000789").contains(RELEASED);
        scan(labels.bag(RELEASED));
        assertThat(vm.phase().get()).as(vm.message().get()).isEqualTo(Phase.SECOND_NURSE);
        badgeAndPin("N00005", "5555");
        assertThat(vm.phase().get()).isEqualTo(Phase.SECOND_WRISTBAND);
        scan(labels.wristband(RELEASED));
        scan(labels.dinSymbol(RELEASED));
        assertThat(vm.message().get()).contains("Now scan the COI");
        scan(labels.coiSymbol(RELEASED));
        assertThat(vm.phase().get()).isEqualTo(Phase.SIGN_FIRST);
        assertThat(vm.signing().pad().meaning().get()).isEqualTo("Verified by");
        badgeAndPin("N00004", "4444");
        assertThat(vm.phase().get()).isEqualTo(Phase.SIGN_SECOND);
        assertThat(vm.signing().pad().meaning().get()).isEqualTo("Witnessed by");
        assertThat(events()).isEmpty();
        badgeAndPin("N00005", "5555");
        assertThat(vm.phase().get()).isEqualTo(Phase.START);
        CustodyEvent verified = last();
        assertThat(verified.type()).isEqualTo(EventType.ADMINISTRATION_VERIFIED);
        assertThat(verified.content().signatures()).extracting(s -> s.printedName() + "/" + s.meaning())
                .containsExactly("Nora Okafor/" + SignatureMeaning.VERIFIED, "Sam Lindqvist/" + SignatureMeaning.WITNESSED);
        assertThat(vm.signing().verifiedBy().get()).isEqualTo("Verified by Nora Okafor");
        vm.start();
        vm.typed("68");
        vm.complete();
        assertThat(vm.phase().get()).isEqualTo(Phase.DONE);
        assertThat(events()).containsExactly(EventType.ADMINISTRATION_VERIFIED, EventType.ADMINISTRATION_STARTED,
                EventType.ADMINISTRATION_COMPLETED);
        assertThat(last().content().payload()).containsEntry("volumeMl", 68L);
        assertThat(alarms).isEmpty();
    }

    @Test
    void theFirstNurseCannotBeTheSecondAndNothingIsRecorded() throws Exception {
        scan(labels.wristband(RELEASED));
        scan(labels.bag(RELEASED));
        long before = kiosk.services.ledger.size();
        assertThat(scan(TestKiosk.badge("N00004")).kind()).isEqualTo(ScanReaction.Kind.REJECTED);
        assertThat(vm.signing().pad().message().get()).isEqualTo(
                "Nora Okafor did the first check. A different nurse must do the second check.");
        assertThat(scan(TestKiosk.badge("R00003")).kind()).isEqualTo(ScanReaction.Kind.REJECTED);
        assertThat(vm.signing().pad().message().get()).contains("Robin Weber is not a nurse");
        assertThat(vm.phase().get()).isEqualTo(Phase.SECOND_NURSE);
        assertThat(kiosk.services.ledger.size()).isEqualTo(before);
    }

    @Test
    void onlyTheFirstNurseCanSignVerifiedByAndAWrongPinSignsNothing() throws Exception {
        scan(labels.wristband(RELEASED));
        scan(labels.bag(RELEASED));
        badgeAndPin("N00005", "5555");
        scan(labels.wristband(RELEASED));
        scan(labels.bag(RELEASED));
        assertThat(scan(TestKiosk.badge("N00005")).kind()).isEqualTo(ScanReaction.Kind.REJECTED);
        assertThat(vm.signing().pad().message().get()).contains("Nora Okafor scans their own badge");
        badgeAndPin("N00004", "9999");
        assertThat(vm.signing().pad().message().get()).contains("Wrong PIN");
        assertThat(vm.phase().get()).isEqualTo(Phase.SIGN_FIRST);
        assertThat(events()).isEmpty();
    }

    @Test
    void anotherPatientsWristbandWithThisBagIsAHardStopRecordedAndSounded() throws Exception {
        scan(labels.wristband("ORD-1002"));
        scan(labels.bag(RELEASED));
        assertThat(vm.phase().get()).isEqualTo(Phase.HARD_STOP);
        assertThat(vm.mismatches()).anyMatch(s -> s.contains("is not this patient's COI"))
                .anyMatch(s -> s.contains("was released for another patient or COI, not for MRN000456"));
        assertThat(alarms).extracting(ScanReaction::kind).containsExactly(ScanReaction.Kind.REJECTED);
        assertThat(events()).containsExactly(EventType.MISMATCH_DETECTED);
        assertThat(vm.recorded().get()).startsWith("Recorded as a mismatch at");
        assertThat(scan(labels.bag(RELEASED)).kind()).isEqualTo(ScanReaction.Kind.IGNORED);
        vm.start();
        assertThat(events()).containsExactly(EventType.MISMATCH_DETECTED);
    }

    @Test
    void aDinKeyedWithItsCheckCharacterAndConfirmedByASecondPersonContinuesTheVerification() throws Exception {
        scan(labels.wristband(RELEASED));
        scan(labels.coiSymbol(RELEASED));
        vm.unableToScan();
        var keyed = vm.keyed();
        assertThat(keyed.step().get()).isEqualTo(KeyedEntryViewModel.Step.KEY);
        keyed.typed(labels.dinKeyed(RELEASED));
        keyed.reason(UnableToScanReason.LABEL_DAMAGED);
        keyed.next();
        assertThat(keyed.step().get()).as(keyed.message().get()).isEqualTo(KeyedEntryViewModel.Step.SECOND_PERSON);
        assertThat(scan(TestKiosk.badge("N00004")).kind()).isEqualTo(ScanReaction.Kind.REJECTED);
        badgeAndPinKeyed("R00003", "3333");
        assertThat(keyed.typed().get()).as("the first entry is not shown to the second person").isEmpty();
        keyed.typed(labels.dinKeyed(RELEASED) + "\n");
        assertThat(vm.phase().get()).as(vm.message().get()).isEqualTo(Phase.SECOND_NURSE);
        CustodyEvent unable = kiosk.services.ledger.asOf(kiosk.clock.instant()).stream()
                .filter(e -> e.type() == EventType.UNABLE_TO_SCAN).findFirst().orElseThrow();
        String din = labels.order(RELEASED).din().value();
        assertThat(unable.content().provenance()).containsEntry(din, IdentifierProvenance.KEYED_WITH_CHECK);
        assertThat(unable.content().payload()).containsEntry("reason", "LABEL_DAMAGED")
                .containsEntry("verifiedBy", "A9999R00003");
        assertThat(vm.bag().get()).contains("keyed by hand");
        List<String> report = org.coiedge.app.keyed.UnableToScanReport.lines(kiosk.services.ledger, kiosk.clock);
        assertThat(report).hasSize(2);
        assertThat(report.get(1)).contains(din).contains("LABEL_DAMAGED").contains("Nora Okafor (A9999N00004)")
                .contains("Robin Weber (A9999R00003)").contains(labels.order(RELEASED).coi().value());
    }

    private void badgeAndPinKeyed(String suffix, String pin) {
        assertThat(scan(TestKiosk.badge(suffix)).kind()).isEqualTo(ScanReaction.Kind.ACCEPTED);
        vm.typed(pin + "\n");
    }
}
