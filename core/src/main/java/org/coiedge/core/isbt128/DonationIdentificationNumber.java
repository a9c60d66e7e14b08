package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * DS001: the DIN with its flags, {@code =αppppyynnnnnnff}. A Type 3 flag must equal 60 plus the
 * DIN's check value; a mismatch means the symbol or the keying is wrong and is an error.
 */
public record DonationIdentificationNumber(Din din, DinFlags flags) implements Isbt128Structure {
    private static final String LABEL = DataStructure.DS001.label();

    public DonationIdentificationNumber {
        Objects.requireNonNull(din, "din");
        Objects.requireNonNull(flags, "flags");
        if (flags.type() == DinFlags.Type.CHECK_CHARACTER && flags.value() != 60 + din.checkValue()) {
            throw new IllegalArgumentException("check flag " + flags + " does not match DIN " + din);
        }
    }

    /** DS001 with its Type 3 check flag. */
    public static DonationIdentificationNumber withCheckFlag(Din din) {
        return new DonationIdentificationNumber(din, DinFlags.checkFor(din));
    }

    static DonationIdentificationNumber decode(String content, int offset) throws ScanDecodeException {
        Din din = Din.read(LABEL, content, 0, offset);
        if (!Chars.isDigit(content.charAt(13)) || !Chars.isDigit(content.charAt(14))) {
            int bad = Chars.isDigit(content.charAt(13)) ? 14 : 13;
            throw new ScanDecodeException(DecodeErrorCode.INVALID_FLAG, LABEL, offset + bad + 1,
                    "flag characters must be digits 00-99, found " + Chars.show(content.charAt(bad)));
        }
        DinFlags flags = new DinFlags(Chars.parseInt(content, 13, 15));
        if (flags.type() == DinFlags.Type.CHECK_CHARACTER && flags.value() != 60 + din.checkValue()) {
            throw new ScanDecodeException(DecodeErrorCode.CHECK_CHARACTER_MISMATCH, LABEL, offset + 14,
                    "check flag " + flags + " does not match the DIN (expected " + (60 + din.checkValue())
                            + ") - the label may be damaged or misprinted; scan again or key the DIN with its check character");
        }
        return new DonationIdentificationNumber(din, flags);
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS001;
    }

    @Override
    public String dataIdentifier() {
        return "=" + din.fin().value().charAt(0);
    }

    @Override
    public String content() {
        return din.value() + flags.text();
    }

    /** The keyboard-entry check character K of the DIN. */
    public char checkCharacter() {
        return din.checkCharacter();
    }
}
