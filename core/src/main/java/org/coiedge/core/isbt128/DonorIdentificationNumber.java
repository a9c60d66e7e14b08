package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.ScanDecodeException;

/** DS019 {@code αpppp} + 16 digits: the donor (for autologous therapy, the patient) as registered by a facility. */
public record DonorIdentificationNumber(Fin fin, String donorId) implements Isbt128Structure {
    public DonorIdentificationNumber {
        Objects.requireNonNull(fin, "fin");
        Objects.requireNonNull(donorId, "donorId");
        if (donorId.length() != 16 || !donorId.chars().allMatch(c -> Chars.isDigit((char) c))) {
            throw new IllegalArgumentException("DS019 donor id is 16 digits: " + donorId);
        }
    }

    static DonorIdentificationNumber decode(String c, int offset) throws ScanDecodeException {
        String label = DataStructure.DS019.label();
        Fin fin = Fin.read(label, c, 0, offset);
        Chars.requireDigits(label, c, 5, 21, offset, "the donor identification number");
        return new DonorIdentificationNumber(fin, c.substring(5));
    }

    /** The keyboard-entry check character K over the 21 content characters. */
    public char checkCharacter() {
        return Mod37_2.checkCharacter(content());
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS019;
    }

    @Override
    public String content() {
        return fin.value() + donorId;
    }
}
