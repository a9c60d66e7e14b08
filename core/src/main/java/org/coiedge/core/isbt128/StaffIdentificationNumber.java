package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.ScanDecodeException;

/** DS020 {@code αpppp uuuuuu}: a staff member's badge, unique within the facility's FIN. */
public record StaffIdentificationNumber(Fin fin, String staffId) implements Isbt128Structure {
    public StaffIdentificationNumber {
        Objects.requireNonNull(fin, "fin");
        Objects.requireNonNull(staffId, "staffId");
        if (staffId.length() != 6 || !staffId.chars().allMatch(c -> Chars.isUpperAlnum((char) c))) {
            throw new IllegalArgumentException("DS020 staff id is 6 characters A-Z or 0-9: " + staffId);
        }
    }

    static StaffIdentificationNumber decode(String c, int offset) throws ScanDecodeException {
        String label = DataStructure.DS020.label();
        Fin fin = Fin.read(label, c, 0, offset);
        Chars.requireUpperAlnum(label, c, 5, 11, offset, "the staff identification number");
        return new StaffIdentificationNumber(fin, c.substring(5));
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS020;
    }

    @Override
    public String content() {
        return fin.value() + staffId;
    }
}
