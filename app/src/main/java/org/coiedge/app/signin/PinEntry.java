package org.coiedge.app.signin;

import java.util.Arrays;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.coiedge.core.auth.PinHasher;

/**
 * The digits of a PIN being typed on a keypad: kept only as a char array that is wiped on every
 * change and when handed over, never as a String; the screen sees only how many digits there are.
 * Used by sign-in and by every badge + PIN signature. FX thread only.
 */
public final class PinEntry {
    private final IntegerProperty length = new SimpleIntegerProperty();
    private char[] pin = new char[0];

    /** How many digits are typed (for the dots on screen). */
    public ReadOnlyIntegerProperty length() {
        return length;
    }

    /** Adds a digit; anything else, and digits past the longest PIN, are ignored. */
    public void digit(char d) {
        if (d < '0' || d > '9' || pin.length >= PinHasher.MAX_LENGTH) {
            return;
        }
        char[] longer = Arrays.copyOf(pin, pin.length + 1);
        longer[pin.length] = d;
        replace(longer);
    }

    public void backspace() {
        if (pin.length > 0) {
            replace(Arrays.copyOf(pin, pin.length - 1));
        }
    }

    /** Whether the digits typed have the length a PIN must have. */
    public boolean wellFormed() {
        return PinHasher.isWellFormed(java.nio.CharBuffer.wrap(pin));
    }

    /** Hands the PIN over (the caller wipes its copy after use) and forgets it here. */
    public char[] take() {
        char[] attempt = pin.clone();
        wipe();
        return attempt;
    }

    public void wipe() {
        replace(new char[0]);
    }

    private void replace(char[] next) {
        Arrays.fill(pin, '\0');
        pin = next;
        length.set(pin.length);
    }
}
