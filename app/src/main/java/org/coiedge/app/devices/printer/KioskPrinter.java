package org.coiedge.app.devices.printer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.coiedge.app.devices.DeviceHealth;
import org.coiedge.app.devices.DeviceState;
import org.coiedge.printer.job.LabelPrinter;
import org.coiedge.printer.job.PrintOutcome;
import org.coiedge.printer.label.Label;

/**
 * A label printer as the kiosk uses it: one named thread ({@code printer-ID}) runs its jobs and its
 * status checks one after the other, so a status poll never interleaves with a job on the wire.
 * Results come back as futures completed on that thread; state changes go to listeners on that
 * thread (hop to the UI thread there). {@link #print} never retries: the outcome says what happened.
 */
public final class KioskPrinter implements AutoCloseable {
    private final String id;
    private final String name;
    private final LabelPrinter printer;
    private final PrinterProbe probe;
    private final Clock clock;
    private final ScheduledExecutorService thread;
    private final List<Consumer<DeviceState>> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceState state;

    /**
     * @param id   stable id, e.g. {@code bag}
     * @param name what people call it, e.g. {@code ZD621 at 10.0.0.5:9100}
     */
    public KioskPrinter(String id, String name, LabelPrinter printer, PrinterProbe probe, Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "printer-" + id);
            t.setDaemon(true);
            return t;
        });
        this.state = new DeviceState("printer:" + id, DeviceState.Kind.PRINTER, name, DeviceHealth.UNKNOWN,
                name + ": checking...", clock.instant());
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The latest known state. */
    public DeviceState state() {
        return state;
    }

    public void addListener(Consumer<DeviceState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<DeviceState> listener) {
        listeners.remove(listener);
    }

    /** Checks the printer now and then every {@code every}. */
    public void startPolling(Duration every) {
        thread.scheduleWithFixedDelay(this::checkQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Checks the printer now (after any job in progress). */
    public CompletableFuture<DeviceState> checkNow() {
        return CompletableFuture.supplyAsync(() -> {
            checkQuietly();
            return state;
        }, thread);
    }

    /** Prints one label on the printer's thread; the future never completes exceptionally. */
    public CompletableFuture<PrintOutcome> print(Label label) {
        return CompletableFuture.supplyAsync(() -> {
            PrintOutcome outcome;
            try {
                outcome = printer.print(label);
            } catch (RuntimeException e) {
                outcome = new PrintOutcome.Unconfirmed(PrintOutcome.Reason.PRINTER_ERROR, name
                        + ": printing failed unexpectedly. Destroy any label from this job and print again.");
            }
            if (outcome instanceof PrintOutcome.Printed) {
                publish(DeviceHealth.OK, name + " is ready");
            } else {
                publish(DeviceHealth.FAULT, message(outcome));
            }
            return outcome;
        }, thread);
    }

    private void checkQuietly() {
        PrinterProbe.Check c;
        try {
            c = probe.check();
        } catch (RuntimeException e) {
            c = new PrinterProbe.Check(DeviceHealth.FAULT, name + ": status check failed - restart the printer");
        }
        publish(c.health(), c.message());
    }

    private void publish(DeviceHealth health, String message) {
        DeviceState before = state;
        state = new DeviceState(before.id(), before.kind(), name, health, message, clock.instant());
        if (before.health() != health || !before.message().equals(message)) {
            for (Consumer<DeviceState> l : listeners) {
                try {
                    l.accept(state);
                } catch (RuntimeException ignored) {
                    // A failing listener must not stop the printer thread.
                }
            }
        }
    }

    static String message(PrintOutcome o) {
        if (o instanceof PrintOutcome.Failed) {
            return ((PrintOutcome.Failed) o).message();
        }
        if (o instanceof PrintOutcome.Unconfirmed) {
            return ((PrintOutcome.Unconfirmed) o).message();
        }
        return "";
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
