package org.coiedge.app.kiosk.scan;

import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import org.coiedge.core.scanner.KeyboardWedgeScanSource;

/**
 * The JavaFX end of keyboard-wedge scanning: a scene filter that hands every typed character, with
 * the time it arrived, to the wedge detector and consumes the event. The detector tells a scanner's
 * burst (a scan, with its control characters) from a person typing; what a person typed comes back
 * through the source's typed-keys callback, so a PIN or a reason typed on a keyboard still arrives.
 * FX thread only (it runs in the event dispatch); the detector works on the source's own thread.
 */
public final class WedgeKeyFilter implements EventHandler<KeyEvent> {
    private final KeyboardWedgeScanSource wedge;
    private final LongSupplier nowMillis;

    /** @param nowMillis the same monotonic clock the wedge source was built with */
    public WedgeKeyFilter(KeyboardWedgeScanSource wedge, LongSupplier nowMillis) {
        this.wedge = Objects.requireNonNull(wedge, "wedge");
        this.nowMillis = Objects.requireNonNull(nowMillis, "nowMillis");
    }

    /** A filter on the system's monotonic clock, as {@link KeyboardWedgeScanSource}'s short constructor uses. */
    public static WedgeKeyFilter onSystemClock(KeyboardWedgeScanSource wedge) {
        return new WedgeKeyFilter(wedge, () -> System.nanoTime() / 1_000_000L);
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getEventType() != KeyEvent.KEY_TYPED) {
            return;
        }
        String c = e.getCharacter();
        if (c != null && c.length() == 1 && c.charAt(0) != KeyEvent.CHAR_UNDEFINED.charAt(0)) {
            wedge.key(c.charAt(0), nowMillis.getAsLong());
        }
        e.consume();
    }
}
