package org.coiedge.core.isbt128;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * DS005 expiration, DS007 collection or DS009 production date and time ({@code cyyjjjhhmm}), in
 * the local time of the labelling facility (the zone is not in the bar code).
 */
public record IsbtDateTime(DataStructure type, LocalDateTime dateTime) implements Isbt128Structure {
    public IsbtDateTime {
        Objects.requireNonNull(dateTime, "dateTime");
        if (type != DataStructure.DS005 && type != DataStructure.DS007 && type != DataStructure.DS009) {
            throw new IllegalArgumentException("not a date-time structure: " + type);
        }
        dateTime = dateTime.withSecond(0).withNano(0);
        IsbtDates.encodeDate(dateTime.toLocalDate());
    }

    /** Builds DS005/007/009 from a time in the labelling facility's zone. */
    public static IsbtDateTime of(DataStructure type, ZonedDateTime facilityLocal) {
        return new IsbtDateTime(type, facilityLocal.toLocalDateTime());
    }

    static IsbtDateTime decode(DataStructure type, String content, int offset) throws ScanDecodeException {
        return new IsbtDateTime(type, IsbtDates.decodeDateTime(type.label(), content, 0, offset));
    }

    @Override
    public String content() {
        return IsbtDates.encodeDateTime(dateTime);
    }
}
