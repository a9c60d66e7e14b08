package org.coiedge.core.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Two-component sign-in: the badge (something you have) and the PIN (something you know). Counts
 * wrong PINs per badge and locks the badge per {@link LockoutPolicy}; a correct PIN clears the
 * count. A locked badge is refused without checking the PIN, so guessing during the lock gains
 * nothing. Counts and locks are kept in a {@link LockoutStore}, so a restart does not clear them;
 * only an administrator's {@link #unlock} does.
 *
 * <p>Thread-safe. {@link #signIn} hashes the PIN (slow by design): call it off the UI thread.
 */
public final class Authenticator {
    private record Failures(int count, Instant lockedUntil) {
    }

    private final StaffDirectory directory;
    private final PinHasher hasher;
    private final LockoutPolicy policy;
    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();
    private final LockoutStore store;

    /** An authenticator whose locks last only as long as this process (tests, tools). */
    public Authenticator(StaffDirectory directory, PinHasher hasher, LockoutPolicy policy, Clock clock) {
        this(directory, hasher, policy, clock, LockoutStore.inMemory());
    }

    public Authenticator(StaffDirectory directory, PinHasher hasher, LockoutPolicy policy, Clock clock,
            LockoutStore store) {
        this.store = Objects.requireNonNull(store, "store");
        store.load().forEach((id, e) -> failures.put(id, new Failures(e.failures(), e.lockedUntil().orElse(null))));
        this.directory = Objects.requireNonNull(directory, "directory");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The staff member behind a badge, without signing in (to greet them before the PIN). */
    public Optional<StaffMember> identify(String staffId) {
        return directory.find(staffId);
    }

    /** When the badge is locked until, if it is locked now. */
    public synchronized Optional<Instant> lockedUntil(String staffId) {
        Failures f = failures.get(staffId);
        Instant now = clock.instant();
        if (f == null || f.lockedUntil() == null || !now.isBefore(f.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(f.lockedUntil());
    }

    /** Checks {@code pin} for the badge {@code staffId}. */
    public SignInResult signIn(String staffId, char[] pin) {
        Optional<Instant> locked = lockedUntil(staffId);
        if (locked.isPresent()) {
            return new SignInResult.LockedOut(staffId, locked.get());
        }
        Optional<StaffMember> staff = directory.find(staffId);
        if (staff.isEmpty()) {
            return new SignInResult.UnknownBadge(staffId);
        }
        boolean ok = PinHasher.isWellFormed(new String(pin)) && hasher.matches(pin, staff.get().pin());
        synchronized (this) {
            if (ok) {
                if (failures.remove(staffId) != null) {
                    store.clear(staffId);
                }
                return new SignInResult.SignedIn(staff.get());
            }
            Failures before = failures.get(staffId);
            int count = (before == null || before.lockedUntil() != null ? 0 : before.count()) + 1;
            if (count >= policy.maxFailures()) {
                Instant until = clock.instant().plus(policy.lockDuration());
                store.save(staffId, new LockoutStore.Entry(count, Optional.of(until)));
                failures.put(staffId, new Failures(count, until));
                return new SignInResult.LockedOut(staffId, until);
            }
            store.save(staffId, new LockoutStore.Entry(count, Optional.empty()));
            failures.put(staffId, new Failures(count, null));
            return new SignInResult.WrongPin(staff.get(), policy.maxFailures() - count);
        }
    }

    /** Clears the wrong-PIN count and any lock of a badge (an administrator's unlock). */
    public synchronized void unlock(String staffId) {
        failures.remove(staffId);
        store.clear(staffId);
    }
}
