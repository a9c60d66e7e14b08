package org.coiedge.app.signature;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.workflow.WorkflowException;

/**
 * Runs one workflow step (a state-machine call that may write the ledger) on the worker and
 * reports on the UI thread: the result, or the refusal's message as the workflow wrote it for
 * the person at the screen. One step at a time: {@link #busy()} is true while one runs, and a
 * step asked for meanwhile is dropped (a double tap does nothing twice). Workflow objects are only
 * touched on the worker's single thread, in the order asked. Called on the UI thread.
 */
public final class StepRunner {
    /** A workflow call. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws WorkflowException, LedgerException;
    }

    private final Executor ui;
    private final Executor worker;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private int running;

    public StepRunner(Executor ui, Executor worker) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    /** Runs {@code step} for a tap; returns false (and does nothing) while another step runs. */
    public <T> boolean run(Step<T> step, Consumer<T> done, Consumer<String> refused) {
        if (running > 0) {
            return false;
        }
        queue(step, done, refused);
        return true;
    }

    /** Runs {@code step} after any running ones (for reports that must not be dropped, e.g. a verified label). */
    public <T> void queue(Step<T> step, Consumer<T> done, Consumer<String> refused) {
        running++;
        busy.set(true);
        CompletableFuture.supplyAsync(() -> {
            try {
                return step.run();
            } catch (WorkflowException | LedgerException e) {
                throw new CompletionException(e);
            }
        }, worker).whenComplete((r, e) -> ui.execute(() -> {
            running--;
            try {
                if (e == null) {
                    done.accept(r);
                } else {
                    refused.accept(message(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e));
                }
            } finally {
                // After the result is on screen, so "not busy" means the screen shows the outcome.
                busy.set(running > 0);
            }
        }));
    }

    private static String message(Throwable e) {
        if (e instanceof WorkflowException) {
            return e.getMessage();
        }
        if (e instanceof LedgerException) {
            return "Not recorded: " + e.getMessage() + " Try again; if it repeats, call an administrator.";
        }
        return "This step could not be done (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "). Nothing more was recorded; call an administrator.";
    }
}
