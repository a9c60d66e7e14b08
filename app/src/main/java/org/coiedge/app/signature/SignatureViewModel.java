package org.coiedge.app.signature;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.coiedge.core.isbt128.StaffIdentificationNumber;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.Operator;

/**
 * An electronic signature at a workflow step: the signer scans their own badge and enters their
 * PIN, whoever is signed in at the kiosk. The meaning ("Collected by", "Released to courier") is
 * shown while signing. The PIN is checked by the same {@link Authenticator} as sign-in (wrong PINs
 * count towards the badge's lock) on the worker; a correct PIN hands the signer to the step's
 * callback on the UI thread. Whether that person may sign this step is the workflow's decision,
 * not this class's. PIN digits are wiped after every attempt. UI thread only.
 */
public final class SignatureViewModel implements ScanTarget {
    /** Where the signature is. */
    public enum Step { IDLE, WAIT_BADGE, ENTER_PIN, CHECKING }

    private final Authenticator auth;
    private final ScanParser parser;
    private final Messages m;
    private final Executor ui;
    private final Executor worker;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.IDLE);
    private final StringProperty meaning = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final PinEntry pin = new PinEntry();
    private String staffId;
    private String instruction = "";
    private Consumer<Operator> onSigned;

    public SignatureViewModel(Authenticator auth, ScanParser parser, Messages messages, Executor ui, Executor worker) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.m = Objects.requireNonNull(messages, "messages");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step;
    }

    /** The signature's meaning, shown large: "Collected by". */
    public ReadOnlyStringProperty meaning() {
        return meaning;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    /** Whether {@link #message()} reports a problem (shown red). */
    public ReadOnlyBooleanProperty problem() {
        return problem;
    }

    public ReadOnlyIntegerProperty pinLength() {
        return pin.length();
    }

    /**
     * Starts a signature.
     *
     * @param meaningText what signing means, shown large
     * @param whoSigns    who is asked to sign, e.g. "The courier scans their badge."
     * @param signed      called on the UI thread with the authenticated signer
     */
    public void begin(String meaningText, String whoSigns, Consumer<Operator> signed) {
        wipe();
        staffId = null;
        meaning.set(Objects.requireNonNull(meaningText, "meaningText"));
        instruction = Objects.requireNonNull(whoSigns, "whoSigns");
        onSigned = Objects.requireNonNull(signed, "signed");
        step.set(Step.WAIT_BADGE);
        say(instruction, false);
    }

    /** Back to "scan your badge" with {@code why} shown as a problem (the step refused the signer). */
    public void refuse(String why) {
        if (onSigned == null) {
            return; // not signing (cancelled)
        }
        wipe();
        staffId = null;
        step.set(Step.WAIT_BADGE);
        say(why, true);
    }

    /** Stops signing; nothing is signed. */
    public void cancel() {
        wipe();
        staffId = null;
        onSigned = null;
        step.set(Step.IDLE);
        meaning.set("");
        say("", false);
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        if (step.get() == Step.IDLE || step.get() == Step.CHECKING) {
            return ScanReaction.ignored(m.get("sig.notNow"));
        }
        Optional<String> badge = badgeOf(scan.text());
        if (badge.isEmpty()) {
            say(m.get("sig.notABadge"), true);
            return ScanReaction.rejected(m.get("sig.notABadge"));
        }
        wipe();
        Optional<java.time.Instant> locked = auth.lockedUntil(badge.get());
        Optional<StaffMember> staff = locked.isPresent() ? Optional.empty() : auth.identify(badge.get());
        if (staff.isEmpty()) {
            staffId = null;
            step.set(Step.WAIT_BADGE);
            String why = locked.isPresent() ? m.get("sig.locked") : m.get("signin.unknownBadge", badge.get());
            say(why, true);
            return ScanReaction.rejected(why);
        }
        staffId = badge.get();
        step.set(Step.ENTER_PIN);
        say(m.get("sig.enterPin", staff.get().name()), false);
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

    /** Checks badge and PIN on the worker; a match calls the step's callback. */
    public void submit() {
        if (step.get() != Step.ENTER_PIN) {
            return;
        }
        if (!pin.wellFormed()) {
            say(m.get("signin.pinLength", PinHasher.MIN_LENGTH, PinHasher.MAX_LENGTH), true);
            return;
        }
        char[] attempt = pin.take();
        String id = staffId;
        step.set(Step.CHECKING);
        say(m.get("signin.checking"), false);
        CompletableFuture.supplyAsync(() -> {
            try {
                return auth.signIn(id, attempt);
            } finally {
                Arrays.fill(attempt, '\0');
            }
        }, worker).whenComplete((r, e) -> ui.execute(() -> checked(r, e)));
    }

    private void checked(SignInResult r, Throwable e) {
        if (step.get() != Step.CHECKING) {
            return; // cancelled meanwhile
        }
        if (r instanceof SignInResult.SignedIn) {
            StaffMember s = ((SignInResult.SignedIn) r).staff();
            Consumer<Operator> callback = onSigned;
            // Message before step: whoever watches the step sees the final words.
            say(m.get("sig.signedAs", s.name()), false);
            step.set(Step.IDLE);
            callback.accept(new Operator(s.staffId(), s.name(), s.roles()));
        } else if (r instanceof SignInResult.WrongPin) {
            say(m.get("signin.wrongPin", ((SignInResult.WrongPin) r).attemptsLeft()), true);
            step.set(Step.ENTER_PIN);
        } else {
            staffId = null;
            say(e != null ? m.get("signin.failed") : r instanceof SignInResult.LockedOut ? m.get("sig.locked")
                    : m.get("signin.unknownBadge", ((SignInResult.UnknownBadge) r).staffId()), true);
            step.set(Step.WAIT_BADGE);
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

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    private void wipe() {
        pin.wipe();
    }
}
