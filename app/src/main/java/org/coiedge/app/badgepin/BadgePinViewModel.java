package org.coiedge.app.badgepin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanTarget;
import org.coiedge.app.signin.PinEntry;
import org.coiedge.core.auth.Authenticator;
import org.coiedge.core.auth.PinHasher;
import org.coiedge.core.auth.SignInResult;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.scanner.Scan;

/**
 * One electronic signature, or one person proving who they are, with badge + PIN and without
 * touching the kiosk session: the person scans their own badge, enters their PIN, and the
 * {@link BadgePinRequest} decides whether that person may sign here (role, the one person
 * expected, or anybody but someone). Wrong PINs count towards the badge's lock exactly as at
 * sign-in (the same {@link Authenticator}).
 *
 * <p>Threading: public methods on the UI thread. The PIN is checked on {@code worker}; the result
 * and the request's callback come back through {@code ui}. PIN digits are wiped after each attempt.
 */
public final class BadgePinViewModel implements ScanTarget {
    /** Where the signature is. */
    public enum Step { IDLE, WAIT_BADGE, ENTER_PIN, CHECKING, SIGNED }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private final Authenticator auth;
    private final BadgeReader badges;
    private final Messages m;
    private final ZoneId zone;
    private final Executor ui;
    private final Executor worker;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.IDLE);
    private final StringProperty meaning = new SimpleStringProperty("");
    private final StringProperty instruction = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final PinEntry pin = new PinEntry();
    private BadgePinRequest request;
    private StaffMember candidate;

    public BadgePinViewModel(Authenticator auth, BadgeReader badges, Messages messages, ZoneId zone, Executor ui,
            Executor worker) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.badges = Objects.requireNonNull(badges, "badges");
        this.m = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    /** Asks for a signature: "scan your badge". Replaces any request in progress. */
    public void request(BadgePinRequest r) {
        wipe();
        request = Objects.requireNonNull(r, "request");
        candidate = null;
        meaning.set(r.meaning());
        instruction.set(r.instruction());
        message.set(m.get("sign.scanBadge"));
        step.set(Step.WAIT_BADGE);
    }

    /** Stops asking; nothing is signed. */
    public void cancel() {
        wipe();
        request = null;
        candidate = null;
        step.set(Step.IDLE);
        message.set("");
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step;
    }

    /** The signature's meaning as shown, e.g. "Verified by". */
    public ReadOnlyStringProperty meaning() {
        return meaning;
    }

    public ReadOnlyStringProperty instruction() {
        return instruction;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    public ReadOnlyIntegerProperty pinLength() {
        return pin.length();
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        if (step.get() == Step.CHECKING) {
            return ScanReaction.ignored(m.get("signin.busy"));
        }
        if (step.get() != Step.WAIT_BADGE && step.get() != Step.ENTER_PIN) {
            return ScanReaction.ignored(m.get("sign.notNow"));
        }
        Optional<String> badge = badges.staffId(scan.text());
        if (badge.isEmpty()) {
            message.set(m.get("signin.notABadge"));
            return ScanReaction.rejected(m.get("signin.notABadge"));
        }
        wipe();
        candidate = null;
        step.set(Step.WAIT_BADGE);
        Optional<java.time.Instant> locked = auth.lockedUntil(badge.get());
        if (locked.isPresent()) {
            message.set(m.get("signin.locked", HH_MM.format(locked.get().atZone(zone))));
            return ScanReaction.rejected(m.get("signin.lockedShort"));
        }
        Optional<StaffMember> staff = auth.identify(badge.get());
        if (staff.isEmpty()) {
            message.set(m.get("signin.unknownBadge", badge.get()));
            return ScanReaction.rejected(m.get("signin.unknownBadge", badge.get()));
        }
        Optional<String> refused = request.refusal(staff.get());
        if (refused.isPresent()) {
            message.set(refused.get());
            return ScanReaction.rejected(refused.get());
        }
        candidate = staff.get();
        message.set(m.get("sign.enterPin", candidate.name()));
        step.set(Step.ENTER_PIN);
        return ScanReaction.accepted(m.get("signin.badgeAccepted", candidate.name()));
    }

    public void digit(char d) {
        if (step.get() != Step.ENTER_PIN) {
            return;
        }
        pin.digit(d);
    }

    public void backspace() {
        pin.backspace();
    }

    @Override
    public void typed(String keys) {
        for (char c : keys.toCharArray()) {
            if (c == '\r' || c == '\n') {
                submit();
            } else if (c == '\b') {
                backspace();
            } else {
                digit(c);
            }
        }
    }

    /** Checks the PIN on the worker; on success the request's callback gets the signer. */
    public void submit() {
        if (step.get() != Step.ENTER_PIN) {
            return;
        }
        if (!pin.wellFormed()) {
            message.set(m.get("signin.pinLength", PinHasher.MIN_LENGTH, PinHasher.MAX_LENGTH));
            return;
        }
        char[] attempt = pin.take();
        String id = candidate.staffId();
        BadgePinRequest r = request;
        step.set(Step.CHECKING);
        message.set(m.get("signin.checking"));
        CompletableFuture.supplyAsync(() -> {
            try {
                return auth.signIn(id, attempt);
            } finally {
                Arrays.fill(attempt, '\0');
            }
        }, worker).whenComplete((res, e) -> ui.execute(() -> finish(r, res, e)));
    }

    private void finish(BadgePinRequest r, SignInResult res, Throwable e) {
        if (r != request) {
            return;
        }
        if (e != null) {
            step.set(Step.WAIT_BADGE);
            message.set(m.get("signin.failed"));
        } else if (res instanceof SignInResult.SignedIn) {
            StaffMember signer = ((SignInResult.SignedIn) res).staff();
            step.set(Step.SIGNED);
            message.set(m.get("sign.signed", r.meaning(), signer.name()));
            r.onSigned().accept(signer);
        } else if (res instanceof SignInResult.WrongPin) {
            step.set(Step.ENTER_PIN);
            message.set(m.get("signin.wrongPin", ((SignInResult.WrongPin) res).attemptsLeft()));
        } else if (res instanceof SignInResult.LockedOut) {
            candidate = null;
            step.set(Step.WAIT_BADGE);
            message.set(m.get("signin.locked", HH_MM.format(((SignInResult.LockedOut) res).until().atZone(zone))));
        } else {
            candidate = null;
            step.set(Step.WAIT_BADGE);
            message.set(m.get("signin.unknownBadge", ((SignInResult.UnknownBadge) res).staffId()));
        }
    }

    private void wipe() {
        pin.wipe();
    }
}
