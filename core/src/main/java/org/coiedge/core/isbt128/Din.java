package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * A Donation Identification Number: the 13 characters {@code αppppyynnnnnn} (FIN, nominal year,
 * sequence) that identify one donation worldwide for 100 years. Flags are not part of the DIN;
 * see {@link DonationIdentificationNumber} for the DS001 structure that carries them.
 */
public record Din(Fin fin, int year, int sequence) implements Comparable<Din> {
    public static final int LENGTH = 13;

    public Din {
        Objects.requireNonNull(fin, "fin");
        if (year < 0 || year > 99) {
            throw new IllegalArgumentException("DIN year must be 00-99: " + year);
        }
        if (sequence < 0 || sequence > 999_999) {
            throw new IllegalArgumentException("DIN sequence must be 000000-999999: " + sequence);
        }
    }

    /**
     * Parses the 13-character DIN, optionally followed by its check character K, as a person keys
     * it (spaces allowed between groups). With K present it must match.
     */
    public static Din parseKeyed(String text) throws ScanDecodeException {
        String s = text.replace(" ", "");
        if (s.length() != LENGTH && s.length() != LENGTH + 1) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT, "DIN", 0,
                    "a DIN has 13 characters (plus its check character), found " + s.length());
        }
        Din din = read("DIN", s, 0, 0);
        if (s.length() == LENGTH + 1 && s.charAt(LENGTH) != din.checkCharacter()) {
            throw new ScanDecodeException(DecodeErrorCode.CHECK_CHARACTER_MISMATCH, "DIN", LENGTH + 1,
                    "check character " + Chars.show(s.charAt(LENGTH)) + " does not match the DIN (expected '"
                            + din.checkCharacter() + "') - re-key the DIN");
        }
        return din;
    }

    static Din read(String structure, String s, int from, int offset) throws ScanDecodeException {
        if (s.length() < from + LENGTH) {
            throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, structure, offset + s.length() + 1,
                    "a DIN needs 13 characters");
        }
        Fin fin = Fin.read(structure, s, from, offset);
        Chars.requireDigits(structure, s, from + 5, from + 7, offset, "the DIN year");
        Chars.requireDigits(structure, s, from + 7, from + 13, offset, "the DIN sequence number");
        return new Din(fin, Chars.parseInt(s, from + 5, from + 7), Chars.parseInt(s, from + 7, from + 13));
    }

    /** The 13 characters, e.g. {@code A99992412345 6} without the space. */
    public String value() {
        return fin.value() + String.format("%02d%06d", year, sequence);
    }

    /** ISO/IEC 7064 MOD 37-2 check value (0-36) over the 13 DIN characters. */
    public int checkValue() {
        return Mod37_2.checkValue(value());
    }

    /** The keyboard-entry check character K printed boxed beside the eye-readable DIN. */
    public char checkCharacter() {
        return Mod37_2.characterOf(checkValue());
    }

    /** Eye-readable groups as printed on labels, e.g. {@code A9999 24 123456} (K is printed separately, boxed). */
    public String eyeReadable() {
        return fin.value() + " " + String.format("%02d", year) + " " + String.format("%06d", sequence);
    }

    @Override
    public int compareTo(Din o) {
        return value().compareTo(o.value());
    }

    @Override
    public String toString() {
        return value();
    }
}
