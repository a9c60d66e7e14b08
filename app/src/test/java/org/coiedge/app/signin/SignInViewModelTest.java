package org.coiedge.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.coiedge.app.kiosk.MutableClock;
import org.coiedge.app.kiosk.Session;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.core.auth.Authenticator;
import org.coiedge.core.auth.LockoutPolicy;
import org.coiedge.core.auth.PinHasher;
import org.coiedge.core.auth.Role;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scanner.Scan;
import org.junit.jupiter.api.Test;

/** The sign-in ViewModel without the FX thread: direct executors, an in-memory staff list. */
class SignInViewModelTest {
    private final Executor direct = Runnable::run;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-03T13:15:00Z"));
    private final PinHasher hasher = new PinHasher(1_000);
    private final StaffMember nurse = new StaffMember("A9999N00004", "Nora Okafor", Set.of(Role.NURSE),
            hasher.hash("4444".toCharArray()));
    private final Session session = new Session(clock, Duration.ofMinutes(2));
    private final SignInViewModel vm = new SignInViewModel(new Authenticator(id -> Optional.ofNullable(
            Map.of(nurse.staffId(), nurse).get(id)), hasher, LockoutPolicy.defaults(), clock), ScanParser.standard(),
            session, new Messages(Locale.ENGLISH), ZoneId.of("America/New_York"), direct, direct);

    private Scan scan(String text) {
        return Scan.fromText(text, StandardCharsets.UTF_8, "test", clock.instant());
    }

    @Test
    void aBadgeThenTheRightPinOnTheKeypadSignsIn() {
        assertThat(vm.onScan(scan("]C0='A9999N00004")).kind()).isEqualTo(ScanReaction.Kind.ACCEPTED);
        assertThat(vm.step().get()).isEqualTo(SignInViewModel.Step.ENTER_PIN);
        assertThat(vm.greeting().get()).isEqualTo("Hello, Nora Okafor");
        "4444".chars().forEach(c -> vm.digit((char) c));
        assertThat(vm.pinLength().get()).isEqualTo(4);
        vm.submit();
        assertThat(session.current()).contains(nurse);
        assertThat(vm.pinLength().get()).isZero();
        assertThat(vm.step().get()).isEqualTo(SignInViewModel.Step.WAIT_BADGE);
    }

    @Test
    void keysTypedOnAKeyboardEnterThePinAndEnterSubmitsIt() {
        vm.onScan(scan("]C0='A9999N00004"));
        vm.typed("44");
        vm.typed("x\b4");
        vm.typed("44\r");
        assertThat(session.current()).contains(nurse);
    }

    @Test
    void aScanThatIsNotABadgeIsRejectedAndNothingElseHappens() {
        ScanReaction r = vm.onScan(scan("]C0=A99992500010100"));
        assertThat(r.kind()).isEqualTo(ScanReaction.Kind.REJECTED);
        assertThat(vm.message().get()).contains("not a staff badge");
        assertThat(vm.step().get()).isEqualTo(SignInViewModel.Step.WAIT_BADGE);
    }

    @Test
    void aWrongPinStaysAtThePinAndSaysHowManyTriesAreLeft() {
        vm.onScan(scan("]C0='A9999N00004"));
        vm.typed("1234\r");
        assertThat(session.current()).isEmpty();
        assertThat(vm.step().get()).isEqualTo(SignInViewModel.Step.ENTER_PIN);
        assertThat(vm.tone().get()).isEqualTo(SignInViewModel.Tone.PROBLEM);
        assertThat(vm.message().get()).isEqualTo("Wrong PIN. 4 more wrong PINs lock the badge.");
    }

    @Test
    void digitsBeyondEightAndTooShortPinsAreNotSent() {
        vm.onScan(scan("]C0='A9999N00004"));
        vm.typed("123456789");
        assertThat(vm.pinLength().get()).isEqualTo(8);
        vm.onScan(scan("]C0='A9999N00004"));
        vm.typed("12\r");
        assertThat(vm.message().get()).contains("4 to 8 digits");
        assertThat(vm.step().get()).isEqualTo(SignInViewModel.Step.ENTER_PIN);
    }

    @Test
    void anUnknownBadgeIsRejectedNamingIt() {
        assertThat(vm.onScan(scan("]C0='A9999X99999")).kind()).isEqualTo(ScanReaction.Kind.REJECTED);
        assertThat(vm.message().get()).contains("A9999X99999").contains("not known at this site");
    }
}
