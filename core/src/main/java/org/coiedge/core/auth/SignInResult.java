package org.coiedge.core.auth;

import java.time.Instant;
import java.util.Objects;

/** How a badge + PIN attempt ended. */
public sealed interface SignInResult
        permits SignInResult.SignedIn, SignInResult.WrongPin, SignInResult.LockedOut, SignInResult.UnknownBadge {

    /** Badge and PIN belong together: {@code staff} is signed in. */
    record SignedIn(StaffMember staff) implements SignInResult {
        public SignedIn {
            Objects.requireNonNull(staff, "staff");
        }
    }

    /** The PIN is wrong; {@code attemptsLeft} more wrong PINs lock the badge. */
    record WrongPin(StaffMember staff, int attemptsLeft) implements SignInResult {
        public WrongPin {
            Objects.requireNonNull(staff, "staff");
        }
    }

    /** The badge is locked until {@code until}; the PIN was not checked. */
    record LockedOut(String staffId, Instant until) implements SignInResult {
        public LockedOut {
            Objects.requireNonNull(staffId, "staffId");
            Objects.requireNonNull(until, "until");
        }
    }

    /** No staff member with this badge is known at this site. */
    record UnknownBadge(String staffId) implements SignInResult {
        public UnknownBadge {
            Objects.requireNonNull(staffId, "staffId");
        }
    }
}
