package org.coiedge.app.devices.scanner;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.coiedge.app.devices.DeviceHealth;
import org.coiedge.app.devices.DeviceState;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.scanner.ScanProblem;
import org.coiedge.core.scanner.ScanSource;
import org.coiedge.core.scanner.ScanSourceListener;
import org.coiedge.core.scanner.SourceStatus;

/**
 * Every scan source of the kiosk behind one door: scans from all of them go to the scan listeners,
 * each source's condition becomes a {@link DeviceState}. Listeners are called on the source's own
 * thread (hop to the UI thread there). A frame problem (an incomplete or over-long scan) is not a
 * device fault: it goes to the problem listeners so the screen can ask for a rescan.
 */
public final class ScannerHub implements AutoCloseable {
    /** A source and the name people see for it. */
    public record Named(ScanSource source, String name, DeviceState.Kind kind) {
        public Named {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final Clock clock;
    private final List<Named> sources = new ArrayList<>();
    private final Map<String, DeviceState> states = new LinkedHashMap<>();
    private final List<Consumer<Scan>> scanListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<DeviceState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SourceStatus.Error>> problemListeners = new CopyOnWriteArrayList<>();

    public ScannerHub(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds a source (before {@link #start()}). */
    public synchronized void add(ScanSource source, String name, DeviceState.Kind kind) {
        Named n = new Named(source, name, kind);
        sources.add(n);
        states.put(source.id(), new DeviceState(source.id(), kind, name, DeviceHealth.UNKNOWN, name + ": starting...",
                clock.instant()));
        source.addListener(new ScanSourceListener() {
            @Override
            public void onScan(Scan scan) {
                for (Consumer<Scan> l : scanListeners) {
                    l.accept(scan);
                }
            }

            @Override
            public void onStatus(SourceStatus status) {
                statusOf(n, status);
            }
        });
    }

    public synchronized List<Named> sources() {
        return List.copyOf(sources);
    }

    public synchronized List<DeviceState> states() {
        return List.copyOf(states.values());
    }

    public void onScan(Consumer<Scan> l) {
        scanListeners.add(l);
    }

    public void onState(Consumer<DeviceState> l) {
        stateListeners.add(l);
    }

    public void onProblem(Consumer<SourceStatus.Error> l) {
        problemListeners.add(l);
    }

    public void start() {
        for (Named n : sources()) {
            n.source().start();
        }
    }

    private void statusOf(Named n, SourceStatus status) {
        if (status instanceof SourceStatus.Error) {
            SourceStatus.Error e = (SourceStatus.Error) status;
            if (isFrameProblem(e.problem())) {
                problemListeners.forEach(l -> l.accept(e));
                return;
            }
            update(n, DeviceHealth.FAULT, status.message());
        } else if (status instanceof SourceStatus.Connected) {
            update(n, DeviceHealth.OK, status.message());
        } else {
            SourceStatus.Disconnected d = (SourceStatus.Disconnected) status;
            update(n, d.willReconnect() ? DeviceHealth.FAULT : DeviceHealth.UNKNOWN, status.message());
        }
    }

    static boolean isFrameProblem(ScanProblem p) {
        return p == ScanProblem.INCOMPLETE_FRAME || p == ScanProblem.FRAME_TOO_LONG || p == ScanProblem.LISTENER_FAILED;
    }

    private void update(Named n, DeviceHealth health, String message) {
        DeviceState s = new DeviceState(n.source().id(), n.kind(), n.name(), health, message, clock.instant());
        synchronized (this) {
            states.put(s.id(), s);
        }
        for (Consumer<DeviceState> l : stateListeners) {
            l.accept(s);
        }
    }

    /** Stops every source; not under the hub's lock, since a stopping source reports its last status here. */
    @Override
    public void close() {
        for (Named n : sources()) {
            n.source().stop();
        }
    }
}
