package org.coiedge.core.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks PINs with PBKDF2-HMAC-SHA256, a 16-byte random salt per PIN and a 32-byte
 * hash. Checking uses the iterations stored with the hash and compares in constant time.
 * Thread-safe. Deliberately slow (about 0.1-0.3 s per PIN at the default): call off the UI thread.
 */
public final class PinHasher {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    /** Fewest digits a PIN has. */
    public static final int MIN_LENGTH = 4;
    /** Most digits a PIN has. */
    public static final int MAX_LENGTH = 8;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PinHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    public PinHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** Whether {@code pin} has the form of a PIN: 4 to 8 digits. */
    public static boolean isWellFormed(CharSequence pin) {
        if (pin == null || pin.length() < MIN_LENGTH || pin.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < pin.length(); i++) {
            if (pin.charAt(i) < '0' || pin.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A new salted hash of {@code pin}. */
    public PinHash hash(char[] pin) {
        if (!isWellFormed(new String(pin))) {
            throw new IllegalArgumentException("a PIN is " + MIN_LENGTH + " to " + MAX_LENGTH + " digits");
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PinHash(iterations, salt, derive(pin, salt, iterations));
    }

    /** Whether {@code pin} is the PIN behind {@code stored}. */
    public boolean matches(char[] pin, PinHash stored) {
        Objects.requireNonNull(stored, "stored");
        byte[] candidate = derive(pin, stored.salt(), stored.iterations());
        try {
            return MessageDigest.isEqual(candidate, stored.hash());
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
