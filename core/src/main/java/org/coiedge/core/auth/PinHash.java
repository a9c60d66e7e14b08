package org.coiedge.core.auth;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A salted PBKDF2 hash of a PIN, as stored: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and
 * hash in unpadded Base64). The PIN itself is never stored.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {
    static final String PREFIX = "pbkdf2-sha256";

    public PinHash {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        salt = Objects.requireNonNull(salt, "salt").clone();
        hash = Objects.requireNonNull(hash, "hash").clone();
        if (salt.length < 16 || hash.length < 32) {
            throw new IllegalArgumentException("a PIN hash needs a salt of at least 16 bytes and a hash of 32");
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** The stored form. */
    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Reads the stored form; the message of a refusal says what is wrong. */
    public static PinHash parse(String stored) {
        String[] p = Objects.requireNonNull(stored, "stored").split("\\$");
        if (p.length != 4 || !PREFIX.equals(p[0])) {
            throw new IllegalArgumentException("a PIN hash looks like " + PREFIX + "$ITERATIONS$SALT$HASH");
        }
        try {
            return new PinHash(Integer.parseInt(p[1]), Base64.getDecoder().decode(p[2]), Base64.getDecoder().decode(p[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PIN hash iterations are not a number: " + p[1], e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinHash && ((PinHash) o).iterations == iterations
                && Arrays.equals(((PinHash) o).salt, salt) && Arrays.equals(((PinHash) o).hash, hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(iterations, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
        return "PinHash[" + PREFIX + ", " + iterations + " iterations]";
    }
}
