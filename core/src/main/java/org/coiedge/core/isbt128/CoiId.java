package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * A Chain of Identity identifier (the content of ISBT 128 DS040): {@code CH} + issuing FIN + two
 * digit year + six characters {@code A-Z 0-9}. Assigned once per patient therapy event, never
 * reused, and carried on every custody event.
 */
public record CoiId(Fin fin, int year, String sequence) implements Comparable<CoiId> {
    public static final String PREFIX = "CH";
    public static final int LENGTH = 15;

    /**
     * Whether the check character K of a DS040 covers the literal {@code CH} prefix. The core
     * specification says K covers the "data content", which for DS040 is all 15 characters
     * including {@code CH}; ST-028, which would settle it, was not available. Every computation of
     * the DS040 K goes through this one constant: change it here if ST-028 says otherwise.
     */
    public static final boolean CHECK_CHARACTER_COVERS_CH_PREFIX = true;

    public CoiId {
        Objects.requireNonNull(fin, "fin");
        Objects.requireNonNull(sequence, "sequence");
        if (year < 0 || year > 99) {
            throw new IllegalArgumentException("COI year must be 00-99: " + year);
        }
        if (sequence.length() != 6 || !sequence.chars().allMatch(c -> Chars.isUpperAlnum((char) c))) {
            throw new IllegalArgumentException("COI sequence must be 6 characters A-Z or 0-9: " + sequence);
        }
    }

    /** Parses the 15-character identifier, optionally followed by K, as a person keys it (spaces allowed). */
    public static CoiId parseKeyed(String text) throws ScanDecodeException {
        String s = text.replace(" ", "");
        if (s.length() != LENGTH && s.length() != LENGTH + 1) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT, "COI", 0,
                    "a COI identifier has 15 characters (plus its check character), found " + s.length());
        }
        CoiId id = read("COI", s, 0, 0);
        if (s.length() == LENGTH + 1 && s.charAt(LENGTH) != id.checkCharacter()) {
            throw new ScanDecodeException(DecodeErrorCode.CHECK_CHARACTER_MISMATCH, "COI", LENGTH + 1,
                    "check character " + Chars.show(s.charAt(LENGTH)) + " does not match the COI (expected '"
                            + id.checkCharacter() + "') - re-key the COI");
        }
        return id;
    }

    static CoiId read(String structure, String s, int from, int offset) throws ScanDecodeException {
        if (s.length() < from + LENGTH) {
            throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, structure, offset + s.length() + 1,
                    "a COI identifier needs 15 characters");
        }
        if (!s.startsWith(PREFIX, from)) {
            int bad = s.charAt(from) == 'C' ? from + 1 : from;
            throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT, structure, offset + bad + 1,
                    "a COI identifier starts with 'CH', found " + Chars.show(s.charAt(bad)));
        }
        Fin fin = Fin.read(structure, s, from + 2, offset);
        Chars.requireDigits(structure, s, from + 7, from + 9, offset, "the COI year");
        Chars.requireUpperAlnum(structure, s, from + 9, from + 15, offset, "the COI sequence");
        return new CoiId(fin, Chars.parseInt(s, from + 7, from + 9), s.substring(from + 9, from + 15));
    }

    /** The 15 characters, e.g. {@code CHA999924A1B2C3}. */
    public String value() {
        return PREFIX + fin.value() + String.format("%02d", year) + sequence;
    }

    /** The characters K covers; see {@link #CHECK_CHARACTER_COVERS_CH_PREFIX}. */
    public String checkedData() {
        String v = value();
        return CHECK_CHARACTER_COVERS_CH_PREFIX ? v : v.substring(PREFIX.length());
    }

    public char checkCharacter() {
        return Mod37_2.checkCharacter(checkedData());
    }

    /** Eye-readable groups, e.g. {@code CH A9999 24 A1B2C3} (K printed separately). */
    public String eyeReadable() {
        return PREFIX + " " + fin.value() + " " + String.format("%02d", year) + " " + sequence;
    }

    @Override
    public int compareTo(CoiId o) {
        return value().compareTo(o.value());
    }

    @Override
    public String toString() {
        return value();
    }
}
