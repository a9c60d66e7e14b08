package org.coiedge.core.isbt128;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.coiedge.core.codec.ScanDecodeException;

/** DS004 expiration, DS006 collection or DS008 production date ({@code cyyjjj}); 23:59 is implied. */
public record IsbtDate(DataStructure type, LocalDate date) implements Isbt128Structure {
    public IsbtDate {
        Objects.requireNonNull(date, "date");
        if (type != DataStructure.DS004 && type != DataStructure.DS006 && type != DataStructure.DS008) {
            throw new IllegalArgumentException("not a date structure: " + type);
        }
        IsbtDates.encodeDate(date);
    }

    static IsbtDate decode(DataStructure type, String content, int offset) throws ScanDecodeException {
        return new IsbtDate(type, IsbtDates.decodeDate(type.label(), content, 0, offset));
    }

    /** The date with the implied end-of-day time 23:59. */
    public LocalDateTime impliedDateTime() {
        return date.atTime(IsbtDates.IMPLIED_HOUR, IsbtDates.IMPLIED_MINUTE);
    }

    @Override
    public String content() {
        return IsbtDates.encodeDate(date);
    }
}
