package org.coiedge.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coiedge.core.testing.TestClock;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private final PinHasher hasher = new PinHasher(1_000);
    private final StaffMember nurse = new StaffMember("A9999N00001", "Nora Nurse", Set.of(Role.NURSE),
            hasher.hash("2468".toCharArray()));
    private final Map<String, StaffMember> staff = Map.of(nurse.staffId(), nurse);
    private final TestClock clock = new TestClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final Authenticator auth = new Authenticator(id -> Optional.ofNullable(staff.get(id)), hasher,
            new LockoutPolicy(5, Duration.ofMinutes(15)), clock);

    @Test
    void badgeAndTheRightPinSignIn() {
        SignInResult r = auth.signIn("A9999N00001", "2468".toCharArray());
        assertThat(r).isEqualTo(new SignInResult.SignedIn(nurse));
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeft() {
        assertThat(auth.signIn("A9999N00001", "1111".toCharArray())).isEqualTo(new SignInResult.WrongPin(nurse, 4));
        assertThat(auth.signIn("A9999N00001", "1111".toCharArray())).isEqualTo(new SignInResult.WrongPin(nurse, 3));
    }

    @Test
    void theFifthWrongPinLocksTheBadgeAndEvenTheRightPinIsRefusedUntilTheLockEnds() {
        for (int i = 0; i < 4; i++) {
            assertThat(auth.signIn("A9999N00001", "0000".toCharArray())).isInstanceOf(SignInResult.WrongPin.class);
        }
        SignInResult fifth = auth.signIn("A9999N00001", "0000".toCharArray());
        assertThat(fifth).isEqualTo(new SignInResult.LockedOut("A9999N00001", clock.instant().plus(Duration.ofMinutes(15))));
        clock.advance(Duration.ofMinutes(14));
        assertThat(auth.signIn("A9999N00001", "2468".toCharArray())).isInstanceOf(SignInResult.LockedOut.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(auth.signIn("A9999N00001", "2468".toCharArray())).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void aRightPinClearsTheCountOfWrongOnes() {
        auth.signIn("A9999N00001", "0000".toCharArray());
        auth.signIn("A9999N00001", "0000".toCharArray());
        auth.signIn("A9999N00001", "2468".toCharArray());
        assertThat(auth.signIn("A9999N00001", "0000".toCharArray())).isEqualTo(new SignInResult.WrongPin(nurse, 4));
    }

    @Test
    void anAdministratorsUnlockEndsALockAtOnce() {
        for (int i = 0; i < 5; i++) {
            auth.signIn("A9999N00001", "0000".toCharArray());
        }
        assertThat(auth.lockedUntil("A9999N00001")).isPresent();
        auth.unlock("A9999N00001");
        assertThat(auth.signIn("A9999N00001", "2468".toCharArray())).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void anUnknownBadgeIsReportedAsSuch() {
        assertThat(auth.signIn("A9999X99999", "2468".toCharArray())).isEqualTo(new SignInResult.UnknownBadge("A9999X99999"));
    }

    /** A store backed by a map that outlives the authenticators, as a file outlives a restart. */
    private static final class KeptStore implements LockoutStore {
        final Map<String, Entry> kept = new java.util.HashMap<>();

        @Override
        public Map<String, Entry> load() {
            return Map.copyOf(kept);
        }

        @Override
        public void save(String staffId, Entry entry) {
            kept.put(staffId, entry);
        }

        @Override
        public void clear(String staffId) {
            kept.remove(staffId);
        }
    }

    private Authenticator restartedWith(KeptStore store) {
        return new Authenticator(id -> Optional.ofNullable(staff.get(id)), hasher,
                new LockoutPolicy(5, Duration.ofMinutes(15)), clock, store);
    }

    @Test
    void aLockAndTheCountOfWrongPinsSurviveARestart() {
        KeptStore store = new KeptStore();
        Authenticator before = restartedWith(store);
        for (int i = 0; i < 3; i++) {
            before.signIn("A9999N00001", "0000".toCharArray());
        }
        Authenticator after = restartedWith(store);
        assertThat(after.signIn("A9999N00001", "0000".toCharArray())).isEqualTo(new SignInResult.WrongPin(nurse, 1));
        assertThat(after.signIn("A9999N00001", "0000".toCharArray())).isInstanceOf(SignInResult.LockedOut.class);
        Authenticator rebooted = restartedWith(store);
        assertThat(rebooted.signIn("A9999N00001", "2468".toCharArray())).isInstanceOf(SignInResult.LockedOut.class);
        rebooted.unlock("A9999N00001");
        assertThat(store.kept).isEmpty();
        assertThat(restartedWith(store).signIn("A9999N00001", "2468".toCharArray())).isInstanceOf(SignInResult.SignedIn.class);
    }
}
