package org.coiedge.app.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.coiedge.core.auth.InactivityTimer;
import org.coiedge.core.auth.StaffMember;

/**
 * Who is signed in at the kiosk, and the inactivity sign-out. The shell calls {@link #activity()}
 * on every touch, key and scan and {@link #tick()} once a second. UI thread only.
 */
public final class Session {
    private final Clock clock;
    private final InactivityTimer timer;
    private final ObjectProperty<StaffMember> user = new SimpleObjectProperty<>();
    private final StringProperty signedOutBecause = new SimpleStringProperty("");

    public Session(Clock clock, Duration signOutAfter) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = new InactivityTimer(signOutAfter);
    }

    public ReadOnlyObjectProperty<StaffMember> user() {
        return user;
    }

    public Optional<StaffMember> current() {
        return Optional.ofNullable(user.get());
    }

    /** Why the last session ended when it was not the user's choice (shown on the sign-in screen). */
    public ReadOnlyStringProperty signedOutBecause() {
        return signedOutBecause;
    }

    public void signIn(StaffMember staff) {
        signedOutBecause.set("");
        timer.reset();
        timer.activity(clock.instant());
        user.set(Objects.requireNonNull(staff, "staff"));
    }

    /** Ends the session; {@code reason} is shown on the sign-in screen (empty for a sign-out by the user). */
    public void signOut(String reason) {
        timer.reset();
        signedOutBecause.set(reason);
        user.set(null);
    }

    public void activity() {
        if (user.get() != null) {
            timer.activity(clock.instant());
        }
    }

    /** Signs out when the session was left alone for the timeout; returns whether it did. */
    public boolean tick(String reason) {
        if (user.get() != null && timer.expired(clock.instant())) {
            signOut(reason);
            return true;
        }
        return false;
    }

    public Duration timeout() {
        return timer.timeout();
    }
}
