package org.coiedge.app.kiosk.scan;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.coiedge.app.devices.scanner.ScannerHub;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.scanner.SourceStatus;

/**
 * Brings every scan, from any source, to the screen that expects scans now, and shows what came
 * of it. A screen sets itself as target when shown and clears it when hidden; a scan that arrives
 * with no target is shown as unexpected ("nothing was done with it"), never dropped silently.
 * Scans reach the UI thread through the injected executor; everything else runs on the UI thread.
 */
public final class ScanRouter {
    private final Executor ui;
    private final ScanFeedback feedback;
    private final ScanDescriber describer;
    private final Runnable activity;
    private ScanTarget target;

    /**
     * @param activity called on the UI thread for every scan (a scan is activity: it keeps the
     *                 session signed in)
     */
    public ScanRouter(Executor ui, ScanFeedback feedback, ScanDescriber describer, Runnable activity) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.describer = Objects.requireNonNull(describer, "describer");
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    /** Listens to the hub's scans and frame problems (from the sources' threads). */
    public void attach(ScannerHub hub) {
        hub.onScan(scan -> ui.execute(() -> route(scan)));
        hub.onProblem(problem -> ui.execute(() -> problem(problem)));
    }

    /** The screen now expecting scans (UI thread). */
    public void setTarget(ScanTarget t) {
        target = Objects.requireNonNull(t, "target");
    }

    /** Clears the target if it is still {@code t} (UI thread). */
    public void clearTarget(ScanTarget t) {
        if (target == t) {
            target = null;
        }
    }

    /** Keys typed by a person (not a scanner), on the UI thread: they go to the target, if any. */
    public void typed(String keys) {
        activity.run();
        if (target != null) {
            target.typed(keys);
        }
    }

    /** Handles one scan on the UI thread. */
    public void route(Scan scan) {
        activity.run();
        if (target == null) {
            String what = describer.describe(scan.text());
            feedback.unexpected(what);
            feedback.show(ScanReaction.ignored("Scan not expected here: " + what + ". Nothing was done with it."));
            return;
        }
        ScanReaction r;
        try {
            r = target.onScan(scan);
        } catch (RuntimeException e) {
            r = ScanReaction.rejected("This scan could not be handled - scan again; if it repeats, call an administrator");
        }
        feedback.show(r);
    }

    private void problem(SourceStatus.Error e) {
        feedback.show(ScanReaction.rejected(e.message()));
    }
}
