package org.coiedge.app.signin;

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
import org.coiedge.app.kiosk.Session;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanTarget;
import org.coiedge.core.auth.Authenticator;
import org.coiedge.core.auth.PinHasher;
import org.coiedge.core.auth.SignInResult;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.coiedge.core.isbt128.StaffIdentificationNumber;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scanner.Scan;

/**
 * Sign-in: scan a badge (DS020), then the PIN on the keypad (or typed). The PIN is checked on the
 * worker (PBKDF2 is slow by design); the result comes back through the UI executor. The PIN
 * digits are held in a char array that is wiped after every attempt. UI thread only, apart from
 * the work handed to the worker.
 */
public final class SignInViewModel implements ScanTarget {
    /** Where the sign-in is. */
    public enum Step { WAIT_BADGE, ENTER_PIN, CHECKING }

    /** How the message is shown: information, or a problem (red). */
    public enum Tone { INFO, PROBLEM }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Authenticator auth;
    private final ScanParser parser;
    private final Session session;
    private final Messages m;
    private final ZoneId zone;
    private final Executor ui;
    private final Executor worker;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.WAIT_BADGE);
    private final StringProperty greeting = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(Tone.INFO);
    private final PinEntry pin = new PinEntry();
    private String staffId;

    public SignInViewModel(Authenticator auth, ScanParser parser, Session session, Messages messages, ZoneId zone,
            Executor ui, Executor worker) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.session = Objects.requireNonNull(session, "session");
        this.m = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.worker = Objects.requireNonNull(worker, "worker");
        reset();
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step;
    }

    public ReadOnlyStringProperty greeting() {
        return greeting;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    public ReadOnlyObjectProperty<Tone> tone() {
        return tone;
    }

    public ReadOnlyIntegerProperty pinLength() {
        return pin.length();
    }

    /** Back to "scan your badge", forgetting badge and PIN. */
    public void reset() {
        wipe();
        staffId = null;
        step.set(Step.WAIT_BADGE);
        greeting.set("");
        String why = session.signedOutBecause().get();
        say(why.isEmpty() ? m.get("signin.scanBadge") : why, why.isEmpty() ? Tone.INFO : Tone.PROBLEM);
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        if (step.get() == Step.CHECKING) {
            return ScanReaction.ignored(m.get("signin.busy"));
        }
        Optional<String> badge = badgeOf(scan.text());
        if (badge.isEmpty()) {
            say(m.get("signin.notABadge"), Tone.PROBLEM);
            return ScanReaction.rejected(m.get("signin.notABadge"));
        }
        wipe();
        String id = badge.get();
        Optional<java.time.Instant> locked = auth.lockedUntil(id);
        if (locked.isPresent()) {
            staffId = null;
            step.set(Step.WAIT_BADGE);
            say(m.get("signin.locked", HH_MM.format(locked.get().atZone(zone))), Tone.PROBLEM);
            return ScanReaction.rejected(m.get("signin.lockedShort"));
        }
        Optional<StaffMember> staff = auth.identify(id);
        if (staff.isEmpty()) {
            say(m.get("signin.unknownBadge", id), Tone.PROBLEM);
            return ScanReaction.rejected(m.get("signin.unknownBadge", id));
        }
        staffId = id;
        greeting.set(m.get("signin.hello", staff.get().name()));
        step.set(Step.ENTER_PIN);
        say(m.get("signin.enterPin"), Tone.INFO);
        return ScanReaction.accepted(m.get("signin.badgeAccepted", staff.get().name()));
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

    /** Keys typed on a keyboard (given back by the wedge detector): digits, backspace, Enter. */
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

    /** Checks the PIN on the worker. */
    public void submit() {
        if (step.get() != Step.ENTER_PIN) {
            return;
        }
        if (!pin.wellFormed()) {
            say(m.get("signin.pinLength", PinHasher.MIN_LENGTH, PinHasher.MAX_LENGTH), Tone.PROBLEM);
            return;
        }
        char[] attempt = pin.take();
        String id = staffId;
        step.set(Step.CHECKING);
        say(m.get("signin.checking"), Tone.INFO);
        CompletableFuture.supplyAsync(() -> {
            try {
                return auth.signIn(id, attempt);
            } finally {
                Arrays.fill(attempt, '\0');
            }
        }, worker).whenComplete((r, e) -> ui.execute(() -> finish(r, e)));
    }

    private void finish(SignInResult r, Throwable e) {
        if (e != null) {
            step.set(Step.WAIT_BADGE);
            say(m.get("signin.failed"), Tone.PROBLEM);
            return;
        }
        if (r instanceof SignInResult.SignedIn) {
            session.signIn(((SignInResult.SignedIn) r).staff());
            reset();
        } else if (r instanceof SignInResult.WrongPin) {
            step.set(Step.ENTER_PIN);
            say(m.get("signin.wrongPin", ((SignInResult.WrongPin) r).attemptsLeft()), Tone.PROBLEM);
        } else if (r instanceof SignInResult.LockedOut) {
            staffId = null;
            greeting.set("");
            step.set(Step.WAIT_BADGE);
            say(m.get("signin.locked", HH_MM.format(((SignInResult.LockedOut) r).until().atZone(zone))), Tone.PROBLEM);
        } else {
            step.set(Step.WAIT_BADGE);
            say(m.get("signin.unknownBadge", ((SignInResult.UnknownBadge) r).staffId()), Tone.PROBLEM);
        }
    }

    private Optional<String> badgeOf(String text) {
        try {
            DecodedScan d = parser.decode(text);
            if (d instanceof DecodedScan.Isbt128) {
                for (Isbt128Structure s : ((DecodedScan.Isbt128) d).structures()) {
                    if (s instanceof StaffIdentificationNumber) {
                        return Optional.of(s.content());
                    }
                }
            }
        } catch (ScanDecodeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private void say(String text, Tone t) {
        message.set(text);
        tone.set(t);
    }

    private void wipe() {
        pin.wipe();
    }
}
