package org.coiedge.core.isbt128;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;
import org.junit.jupiter.api.Test;

class IsbtDatesTest {
    private static LocalDate date(String s) throws ScanDecodeException {
        return IsbtDates.decodeDate("DS004", s, 0, 2);
    }

    @Test
    void publishedExpiryExampleIsLastMinuteOf2018() throws Exception {
        assertThat(IsbtDates.decodeDateTime("DS005", "0183652359", 0, 2)).isEqualTo(LocalDateTime.of(2018, 12, 31, 23, 59));
    }

    @Test
    void day366ExistsOnlyInLeapYears() throws Exception {
        assertThat(date("020366")).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(date("000366")).isEqualTo(LocalDate.of(2000, 12, 31));
        assertThat(date("024060")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(date("023060")).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThatThrownBy(() -> date("023366"))
                .isInstanceOf(ScanDecodeException.class)
                .hasMessage("DS004: day 366 does not exist in 2023 (not a leap year) (position 6)");
    }

    @Test
    void dayZeroAndDaysBeyond366AreRejected() {
        assertThatThrownBy(() -> date("024000")).hasMessageContaining("day 000 does not exist");
        assertThatThrownBy(() -> date("024367")).hasMessageContaining("day of year 367 does not exist (001-366)");
    }

    @Test
    void impossibleTimesAreRejectedWithTheirOwnCode() {
        assertThatThrownBy(() -> IsbtDates.decodeDateTime("DS007", "0240012400", 0, 2))
                .satisfies(e -> assertThat(((ScanDecodeException) e).code()).isEqualTo(DecodeErrorCode.INVALID_TIME))
                .hasMessage("DS007: hour 24 does not exist (00-23) (position 9)");
        assertThatThrownBy(() -> IsbtDates.decodeDateTime("DS007", "0240012360", 0, 2))
                .hasMessageContaining("minute 60 does not exist");
    }

    @Test
    void nonDigitsAreAFormatErrorAtTheirPosition() {
        assertThatThrownBy(() -> date("02A001"))
                .hasMessage("DS004: the date cyyjjj must be digits, found 'A' (position 5)");
    }

    @Test
    void encodesTheWallClockOfTheFacilityZone() {
        ZonedDateTime ny = ZonedDateTime.of(2017, 1, 15, 15, 15, 42, 0, ZoneId.of("America/New_York"));
        assertThat(IsbtDates.encodeDateTime(ny)).isEqualTo("0170151515");
        assertThat(IsbtDates.encodeDateTime(ny.withZoneSameInstant(ZoneId.of("UTC")))).isEqualTo("0170152015");
        assertThat(IsbtDates.encodeDate(LocalDate.of(2024, 12, 31))).isEqualTo("024366");
        assertThat(IsbtDates.encodeDate(LocalDate.of(2999, 1, 1))).isEqualTo("999001");
        assertThatThrownBy(() -> IsbtDates.encodeDate(LocalDate.of(1999, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dateStructuresImplyEndOfDay() {
        IsbtDate d = new IsbtDate(DataStructure.DS004, LocalDate.of(2026, 3, 8));
        assertThat(d.impliedDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 8, 23, 59));
        assertThat(d.encode()).isEqualTo("=>026067");
    }
}
