package org.coiedge.tests.sync;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.coiedge.sync.Pause;

/** A pause that only records how long the worker wanted to wait, so fault tests run in milliseconds. */
final class RecordingPause implements Pause {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public boolean await(Duration d) {
        waits.add(d);
        return false;
    }

    @Override
    public void wake() {
        // nothing waits
    }
}
