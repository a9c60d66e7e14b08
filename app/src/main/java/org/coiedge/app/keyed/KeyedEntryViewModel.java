package org.coiedge.app.keyed;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanTarget;
import org.coiedge.app.badgepin.BadgePinRequest;
import org.coiedge.app.badgepin.BadgePinViewModel;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.keyed.KeyedEntry;
import org.coiedge.core.workflow.keyed.UnableToScanReason;

/**
 * "Unable to scan", for any workflow: the person at the screen keys the DIN or COI with its check
 * character K and picks a reason; a second person signs with badge + PIN and keys the same value
 * again without seeing the first entry; only then is UNABLE_TO_SCAN recorded ({@link KeyedEntry})
 * and the value handed back to the workflow with KEYED_WITH_CHECK provenance. Cancelling records
 * nothing.
 *
 * <p>Use: {@link #start(Request)}, embed a {@link KeyedEntryView}, route scans and typed keys here
 * while {@link #active()}. Threading: public methods on the UI thread; the record is written on
 * {@code worker}, the outcome comes back through {@code ui}.
 */
public final class KeyedEntryViewModel implements ScanTarget {
    /** Where the keying is. */
    public enum Step { IDLE, KEY, SECOND_PERSON, KEY_AGAIN, RECORDING }

    /**
     * What to key and what to do with it.
     *
     * @param kind        DIN or COI first (the person may switch)
     * @param context     the COI of the work in hand; UNABLE_TO_SCAN is recorded on it
     * @param keyer       the person keying first
     * @param onConfirmed called on the UI thread once both agreed and the event is durable
     * @param onCancelled called on the UI thread when the person gives up
     */
    public record Request(KeyedEntry.Kind kind, CoiId context, Operator keyer,
            Consumer<KeyedEntry.Confirmed> onConfirmed, Runnable onCancelled) {
        public Request {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(keyer, "keyer");
            Objects.requireNonNull(onConfirmed, "onConfirmed");
            Objects.requireNonNull(onCancelled, "onCancelled");
        }
    }

    private final SiteContext site;
    private final EventSink sink;
    private final BadgePinViewModel second;
    private final Messages m;
    private final Executor ui;
    private final Executor worker;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.IDLE);
    private final ObjectProperty<KeyedEntry.Kind> kind = new SimpleObjectProperty<>(KeyedEntry.Kind.DIN);
    private final ObjectProperty<UnableToScanReason> reason = new SimpleObjectProperty<>();
    private final StringProperty typed = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty editingNote = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private Request request;
    private KeyedEntry entry;
    private Operator confirmer;

    public KeyedEntryViewModel(SiteContext site, EventSink sink, BadgePinViewModel secondPerson, Messages messages,
            Executor ui, Executor worker) {
        this.site = Objects.requireNonNull(site, "site");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.second = Objects.requireNonNull(secondPerson, "secondPerson");
        this.m = Objects.requireNonNull(messages, "messages");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    /** Starts keying for {@code r}. */
    public void start(Request r) {
        request = Objects.requireNonNull(r, "request");
        kind.set(r.kind());
        reason.set(null);
        note.set("");
        editingNote.set(false);
        confirmer = null;
        toKey(m.get("keyed.keyFirst", r.keyer().printedName()));
    }

    public boolean active() {
        return step.get() != Step.IDLE;
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step;
    }

    public ReadOnlyObjectProperty<KeyedEntry.Kind> kind() {
        return kind;
    }

    public ReadOnlyObjectProperty<UnableToScanReason> reason() {
        return reason;
    }

    /** What is keyed in the current step, grouped for reading. */
    public ReadOnlyStringProperty typed() {
        return typed;
    }

    public ReadOnlyStringProperty note() {
        return note;
    }

    public ReadOnlyBooleanProperty editingNote() {
        return editingNote;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    public BadgePinViewModel secondPerson() {
        return second;
    }

    public void kind(KeyedEntry.Kind k) {
        if (step.get() == Step.KEY) {
            kind.set(k);
            typed.set("");
        }
    }

    public void reason(UnableToScanReason r) {
        if (step.get() == Step.KEY) {
            reason.set(r);
            editingNote.set(r == UnableToScanReason.OTHER);
        }
    }

    /** Whether keys go to the note (for reason OTHER) instead of the identifier. */
    public void editNote(boolean on) {
        editingNote.set(on && step.get() == Step.KEY);
    }

    public void key(char c) {
        if (step.get() == Step.KEY && editingNote.get()) {
            if (note.get().length() < 200 && c >= 0x20 && c < 0x7f) {
                note.set(note.get() + c);
            }
        } else if (step.get() == Step.KEY || step.get() == Step.KEY_AGAIN) {
            char u = Character.toUpperCase(c);
            int max = (kind.get() == KeyedEntry.Kind.DIN ? 13 : 15) + 1;
            if ((Character.isLetterOrDigit(u) && u < 0x80 || u == '*') && raw().length() < max) {
                typed.set(raw() + u);
            }
        }
    }

    public void backspace() {
        if (step.get() == Step.KEY && editingNote.get()) {
            note.set(note.get().isEmpty() ? "" : note.get().substring(0, note.get().length() - 1));
        } else if (!raw().isEmpty()) {
            typed.set(raw().substring(0, raw().length() - 1));
        }
    }

    @Override
    public void typed(String keys) {
        if (step.get() == Step.SECOND_PERSON) {
            second.typed(keys);
            return;
        }
        for (char c : keys.toCharArray()) {
            if (c == '\b') {
                backspace();
            } else if (c == '\r' || c == '\n') {
                next();
            } else if (c != ' ' || editingNote.get()) {
                key(c);
            }
        }
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        if (step.get() == Step.SECOND_PERSON) {
            return second.onScan(scan);
        }
        return ScanReaction.ignored(m.get("keyed.scanNotNow"));
    }

    /** Goes on: from the first entry to the second person, from the second entry to the record. */
    public void next() {
        if (step.get() == Step.KEY) {
            entry = new KeyedEntry(site, sink, request.context(), request.keyer());
            try {
                entry.key(kind.get(), raw(), reason.get(), note.get());
            } catch (WorkflowException e) {
                message.set(e.getMessage());
                return;
            }
            typed.set("");
            editingNote.set(false);
            step.set(Step.SECOND_PERSON);
            message.set(m.get("keyed.secondPerson", request.keyer().printedName()));
            String keyer = request.keyer().staffId();
            second.request(new BadgePinRequest(m.get("keyed.meaning"), m.get("keyed.secondInstruction"),
                    s -> s.staffId().equals(keyer) ? Optional.of(m.get("keyed.samePerson", s.name())) : Optional.empty(),
                    this::secondSigned));
        } else if (step.get() == Step.KEY_AGAIN) {
            confirm();
        }
    }

    private void secondSigned(StaffMember s) {
        confirmer = new Operator(s.staffId(), s.name(), s.roles());
        second.cancel();
        typed.set("");
        step.set(Step.KEY_AGAIN);
        message.set(m.get("keyed.keyAgain", s.name(), kind.get().name()));
    }

    private void confirm() {
        String again = raw();
        KeyedEntry e = entry;
        Operator who = confirmer;
        Request r = request;
        step.set(Step.RECORDING);
        message.set(m.get("keyed.recording"));
        CompletableFuture.supplyAsync(() -> {
            try {
                return (Object) e.confirm(who, again);
            } catch (WorkflowException ex) {
                return ex;
            }
        }, worker).whenComplete((o, t) -> ui.execute(() -> confirmed(r, o, t)));
    }

    private void confirmed(Request r, Object outcome, Throwable t) {
        if (r != request) {
            return;
        }
        if (outcome instanceof KeyedEntry.Confirmed) {
            step.set(Step.IDLE);
            typed.set("");
            message.set("");
            r.onConfirmed().accept((KeyedEntry.Confirmed) outcome);
            return;
        }
        String why = t != null ? m.get("keyed.failed", t.getMessage()) : ((WorkflowException) outcome).getMessage();
        if (outcome instanceof WorkflowException && ((WorkflowException) outcome).problem()
                == org.coiedge.core.workflow.WorkflowProblem.NOT_RECORDED) {
            typed.set("");
            step.set(Step.KEY_AGAIN);
            message.set(why);
            return;
        }
        toKey(why);
    }

    /** Gives up: nothing is recorded. */
    public void cancel() {
        if (step.get() == Step.IDLE || step.get() == Step.RECORDING) {
            return;
        }
        second.cancel();
        step.set(Step.IDLE);
        typed.set("");
        message.set("");
        request.onCancelled().run();
    }

    private void toKey(String why) {
        second.cancel();
        typed.set("");
        entry = null;
        step.set(Step.KEY);
        message.set(why);
    }

    private String raw() {
        return typed.get().replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
