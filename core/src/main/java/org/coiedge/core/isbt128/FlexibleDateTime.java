package org.coiedge.core.isbt128;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * DS031 {@code Z U TT yyyymmddhhmm}: a date and time in local time ({@code Z}=1) or UTC
 * ({@code Z}=2), {@code U} reserved, {@code TT} what the time is (01 expiry, 02 collection, ...).
 */
public record FlexibleDateTime(Zone zone, char reserved, String timeType, LocalDateTime dateTime)
        implements Isbt128Structure {
    private static final Map<String, String> TIME_TYPES = Map.of(
            "01", "Expiration", "02", "Collection", "03", "Production", "04", "Cross clamp",
            "05", "Preservation", "06", "Donor death");

    /** Which clock the time is on. */
    public enum Zone {
        LOCAL('1'), UTC('2');

        private final char code;

        Zone(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }
    }

    public FlexibleDateTime {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(timeType, "timeType");
        Objects.requireNonNull(dateTime, "dateTime");
        if (!Chars.isDigit(reserved) || timeType.length() != 2 || !timeType.chars().allMatch(c -> Chars.isDigit((char) c))) {
            throw new IllegalArgumentException("invalid DS031 parts: " + reserved + timeType);
        }
        dateTime = dateTime.withSecond(0).withNano(0);
    }

    static FlexibleDateTime decode(String c, int offset) throws ScanDecodeException {
        String label = DataStructure.DS031.label();
        Zone zone;
        if (c.charAt(0) == '1') {
            zone = Zone.LOCAL;
        } else if (c.charAt(0) == '2') {
            zone = Zone.UTC;
        } else {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT, label, offset + 1,
                    "the time zone code must be 1 (local) or 2 (UTC), found " + Chars.show(c.charAt(0)));
        }
        Chars.requireDigits(label, c, 1, 16, offset, "the reserved digit, time type and yyyymmddhhmm");
        var date = PatientDateOfBirth.readDate(label, c, 4, offset);
        int hour = IsbtDates.decodeTime(label, c, 12, offset);
        return new FlexibleDateTime(zone, c.charAt(1), c.substring(2, 4),
                date.atTime(hour, Chars.parseInt(c, 14, 16)));
    }

    /** What kind of time this is, if the type code is one coi-edge knows. */
    public Optional<String> timeTypeName() {
        return Optional.ofNullable(TIME_TYPES.get(timeType));
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS031;
    }

    @Override
    public String content() {
        return "" + zone.code() + reserved + timeType + String.format("%04d%02d%02d%02d%02d", dateTime.getYear(),
                dateTime.getMonthValue(), dateTime.getDayOfMonth(), dateTime.getHour(), dateTime.getMinute());
    }
}
