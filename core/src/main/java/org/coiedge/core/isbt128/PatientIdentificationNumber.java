package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * DS025 {@code aa ll x...x}: location code, the length {@code ll} of the patient id, then the id
 * (letters and digits). The only ICCBBA structure here whose length is declared inside it.
 */
public record PatientIdentificationNumber(String location, String patientId) implements Isbt128Structure {
    public PatientIdentificationNumber {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(patientId, "patientId");
        if (location.length() != 2 || !location.chars().allMatch(c -> Chars.isUpperAlnum((char) c))) {
            throw new IllegalArgumentException("DS025 location is 2 characters A-Z or 0-9: " + location);
        }
        if (patientId.isEmpty() || patientId.length() > 99 || !patientId.chars().allMatch(c -> Chars.isAlnum((char) c))) {
            throw new IllegalArgumentException("DS025 patient id is 1-99 letters or digits: " + patientId);
        }
    }

    /** Number of content characters at {@code s[from...]}, reading the declared length. */
    static int length(String s, int from, int offset) throws ScanDecodeException {
        String label = DataStructure.DS025.label();
        if (s.length() < from + 4) {
            throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, label, offset + s.length() + 1,
                    "the location and length of the patient id are missing");
        }
        Chars.requireDigits(label, s, from + 2, from + 4, offset, "the patient id length");
        int n = Chars.parseInt(s, from + 2, from + 4);
        if (n == 0) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT, label, offset + from + 3,
                    "the patient id length is 00; a patient id cannot be empty");
        }
        return 4 + n;
    }

    static PatientIdentificationNumber decode(String c, int offset) throws ScanDecodeException {
        String label = DataStructure.DS025.label();
        Chars.requireUpperAlnum(label, c, 0, 2, offset, "the location code");
        Chars.requireAlnum(label, c, 4, c.length(), offset, "the patient id");
        return new PatientIdentificationNumber(c.substring(0, 2), c.substring(4));
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS025;
    }

    @Override
    public String content() {
        return location + String.format("%02d", patientId.length()) + patientId;
    }
}
