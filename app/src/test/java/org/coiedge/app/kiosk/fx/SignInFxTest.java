package org.coiedge.app.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.junit.jupiter.api.Test;

/** Sign-in, wrong PIN, lockout, automatic sign-out and the role menu, on the real shell. */
class SignInFxTest extends KioskFxTest {
    @Test
    void aNurseSignsInWithBadgeAndPinAndSeesOnlyTheNursesFunctions() throws Exception {
        startKiosk("virtual");
        screenshot("01-signin-scan-badge");
        scan("]C0='A9999N00004");
        waitUntil("the nurse is greeted", () -> text("#signin-greeting").contains("Nora Okafor"));
        clickOn("#key-4").clickOn("#key-4").clickOn("#key-4");
        screenshot("02-signin-pin-keypad");
        clickOn("#key-4").clickOn("#key-ok");
        waitUntil("the home screen shows", () -> showing("#home-tiles"));
        screenshot("03-home-nurse");
        assertThat(text("#status-user")).contains("Nora Okafor").contains("Nurse");
        assertThat(tiles()).containsExactly("tile-bedside-verification", "tile-coi-timeline");
        assertThat(lookup("#tile-bedside-verification").query().isDisabled()).as("bedside verification is built").isFalse();
        assertThat(lookup("#tile-coi-timeline").query().isDisabled()).as("the COI timeline is built").isFalse();
        assertThat(sounds).contains(ScanReaction.Kind.ACCEPTED);
    }

    @Test
    void anAdministratorSeesAdministrationAndTheBagLabelButNoBedside() throws Exception {
        startKiosk("virtual");
        signIn("A00006", "6666");
        waitUntil("the home screen shows", () -> showing("#home-tiles"));
        assertThat(tiles()).containsExactly("tile-administration", "tile-bag-label", "tile-coi-timeline");
        assertThat(lookup("#tile-administration").query().isDisabled()).isFalse();
        assertThat(lookup("#tile-bag-label").query().isDisabled()).isFalse();
        screenshot("04-home-administrator");
        clickOn("#tile-administration");
        waitUntil("the administrator screen shows", () -> showing("#admin-export"));
        assertThat(text("#admin-about")).startsWith("coi-edge " + org.coiedge.app.cli.VersionProvider.version())
                .contains("Device D-").contains("FIN A9999");
        scan("]C0=A99992512345600");
        waitUntil("the scan test shows the scan", () -> text("#admin-last-scan").contains("DIN A9999 25 123456"));
        clickOn("#admin-export");
        waitUntil("the export is written", () -> text("#admin-result").startsWith("Exported"));
        screenshot("05-administration");
    }

    @Test
    void aWrongPinIsRefusedWithTheTriesLeftAndTheBadgeStaysAtThePin() throws Exception {
        startKiosk("virtual");
        signIn("T00001", "9999");
        waitUntil("the wrong PIN is reported", () -> text("#signin-message").contains("Wrong PIN"));
        assertThat(text("#signin-message")).contains("4 more wrong PINs lock the badge");
        assertThat(shell.session().current()).isEmpty();
        screenshot("06-signin-wrong-pin");
    }

    @Test
    void fiveWrongPinsLockTheBadgeAndTheRightPinIsThenRefused() throws Exception {
        startKiosk("virtual");
        String[] answers = {"4 more wrong PINs", "3 more wrong PINs", "2 more wrong PINs", "1 more wrong PIN locks", "locked"};
        for (String answer : answers) {
            signIn("T00001", "9999");
            waitUntil("the answer '" + answer + "'", () -> text("#signin-message").contains(answer));
        }
        assertThat(text("#signin-message")).contains("Ask an administrator to unlock it, or try again after 09:30");
        screenshot("07-signin-locked");
        scan("]C0='A9999T00001");
        waitUntil("the locked badge is refused at the scan", () -> sounds.get(sounds.size() - 1) == ScanReaction.Kind.REJECTED);
        assertThat(showing("#key-ok")).isFalse();
        assertThat(shell.session().current()).isEmpty();
    }

    @Test
    void twoMinutesWithoutActivitySignOutAndSayWhy() throws Exception {
        startKiosk("virtual");
        signIn("C00002", "2222");
        waitUntil("the courier is signed in", () -> showing("#home-tiles"));
        kiosk.clock.advance(Duration.ofSeconds(119));
        interact(shell::tick);
        assertThat(shell.session().current()).as("still signed in after 119 s").isPresent();
        kiosk.clock.advance(Duration.ofSeconds(1));
        interact(shell::tick);
        waitUntil("the sign-in screen is back", () -> showing("#signin") && !showing("#home-tiles"));
        assertThat(text("#signin-message")).contains("Signed out after 120 seconds without activity");
        screenshot("08-signed-out-inactive");
    }
}
