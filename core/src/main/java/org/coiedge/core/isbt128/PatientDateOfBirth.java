package org.coiedge.core.isbt128;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/** DS024 {@code aa yyyymmdd}: location code and the patient's date of birth. */
public record PatientDateOfBirth(String location, LocalDate dateOfBirth) implements Isbt128Structure {
    public PatientDateOfBirth {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        if (location.length() != 2 || !location.chars().allMatch(c -> Chars.isUpperAlnum((char) c))) {
            throw new IllegalArgumentException("DS024 location is 2 characters A-Z or 0-9: " + location);
        }
        if (dateOfBirth.getYear() < 1000 || dateOfBirth.getYear() > 9999) {
            throw new IllegalArgumentException("DS024 year must have four digits: " + dateOfBirth);
        }
    }

    static PatientDateOfBirth decode(String c, int offset) throws ScanDecodeException {
        String label = DataStructure.DS024.label();
        Chars.requireUpperAlnum(label, c, 0, 2, offset, "the location code");
        Chars.requireDigits(label, c, 2, 10, offset, "the date of birth yyyymmdd");
        return new PatientDateOfBirth(c.substring(0, 2), readDate(label, c, 2, offset));
    }

    /** Validates {@code yyyymmdd} at {@code s[from, from+8)} (digits already checked). */
    static LocalDate readDate(String label, String s, int from, int offset) throws ScanDecodeException {
        int y = Chars.parseInt(s, from, from + 4);
        int m = Chars.parseInt(s, from + 4, from + 6);
        int d = Chars.parseInt(s, from + 6, from + 8);
        if (y < 1000) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_DATE, label, offset + from + 1,
                    "year " + s.substring(from, from + 4) + " is not a real year");
        }
        if (m < 1 || m > 12) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_DATE, label, offset + from + 5,
                    "month " + s.substring(from + 4, from + 6) + " does not exist (01-12)");
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_DATE, label, offset + from + 7,
                    "day " + s.substring(from + 6, from + 8) + " does not exist in " + y + "-"
                            + s.substring(from + 4, from + 6));
        }
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS024;
    }

    @Override
    public String content() {
        return location + String.format("%04d%02d%02d", dateOfBirth.getYear(), dateOfBirth.getMonthValue(),
                dateOfBirth.getDayOfMonth());
    }
}
