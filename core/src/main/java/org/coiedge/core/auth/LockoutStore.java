package org.coiedge.core.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Where wrong-PIN counts and badge locks are kept, so that restarting the kiosk (or pulling its
 * plug) does not unlock a badge. Implementations write durably before returning; a failure to
 * write is reported as an unchecked exception and the sign-in is refused rather than forgotten.
 * Called under the {@link Authenticator}'s lock; need not be thread-safe itself.
 */
public interface LockoutStore {

    /** One badge's state: wrong PINs in a row, and the end of its lock if it is locked. */
    record Entry(int failures, Optional<Instant> lockedUntil) {
    }

    /** Everything kept, read once when the kiosk starts. */
    Map<String, Entry> load();

    /** Keeps one badge's state (replacing what was kept). */
    void save(String staffId, Entry entry);

    /** Forgets one badge (a correct PIN, or an administrator's unlock). */
    void clear(String staffId);

    /** A store that keeps nothing across restarts (tests, and the command line). */
    static LockoutStore inMemory() {
        return new LockoutStore() {
            @Override
            public Map<String, Entry> load() {
                return Map.of();
            }

            @Override
            public void save(String staffId, Entry entry) {
                // kept by the Authenticator's own map only
            }

            @Override
            public void clear(String staffId) {
                // nothing kept
            }
        };
    }
}
