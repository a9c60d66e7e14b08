package org.coiedge.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coiedge.core.gs1.Gs1Fixtures.JUNE_2025;
import static org.coiedge.core.gs1.Gs1ParserErrorTest.failure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gs1DatesTest {
    private static final Clock JUNE_2060 = Clock.fixed(Instant.parse("2060-06-15T10:00:00Z"), ZoneOffset.UTC);

    private static LocalDate expiry(String yymmdd, Clock clock) throws ScanDecodeException {
        return Gs1Parser.parse("17" + yymmdd, 0, clock).elements().get(0).date(clock);
    }

    @ParameterizedTest(name = "{0} seen in {1} is {2}")
    @CsvSource({
        "25, 2025, 2025",
        "75, 2025, 2075",
        "76, 2025, 1976",
        "99, 2025, 1999",
        "00, 2049, 2000",
        "99, 2049, 2099",
        "00, 2050, 2100",
        "99, 2050, 2099",
        "01, 2050, 2001",
        "00, 2051, 2100",
        "01, 2051, 2101",
        "02, 2051, 2002",
        "50, 2000, 2050",
        "51, 2000, 1951",
    })
    void twoDigitYearsFallFrom49YearsBackTo50YearsAhead(int yy, int referenceYear, int year) {
        assertThat(Gs1Dates.year(yy, referenceYear)).isEqualTo(year);
    }

    @Test
    void expiryDateCenturyFollowsTheSlidingWindowOfTheInjectedClock() throws ScanDecodeException {
        assertThat(expiry("750101", JUNE_2025)).isEqualTo(LocalDate.of(2075, 1, 1));
        assertThat(expiry("760101", JUNE_2025)).isEqualTo(LocalDate.of(1976, 1, 1));
        assertThat(expiry("100101", JUNE_2060)).isEqualTo(LocalDate.of(2110, 1, 1));
    }

    @Test
    void leapDayIsAcceptedInALeapYearOnly() throws ScanDecodeException {
        assertThat(expiry("280229", JUNE_2025)).isEqualTo(LocalDate.of(2028, 2, 29));

        ScanDecodeException e = failure("17270229", 3);
        assertThat(e.code()).isEqualTo(DecodeErrorCode.INVALID_DATE);
        assertThat(e.position()).isEqualTo(3 + 7);
        assertThat(e.rule()).contains("day 29", "2027-02 has days 01 to 28");
    }

    @Test
    void leapDayOfYear00DependsOnTheCenturyTheWindowChooses() throws ScanDecodeException {
        // 2000 is a leap year, 2100 is not.
        assertThat(expiry("000229", JUNE_2025)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThatThrownBy(() -> expiry("000229", JUNE_2060))
                .isInstanceOfSatisfying(ScanDecodeException.class,
                        e -> assertThat(e.code()).isEqualTo(DecodeErrorCode.INVALID_DATE));
    }

    @Test
    void dayZeroMeansTheWholeMonthAndReadsAsItsLastDay() throws ScanDecodeException {
        assertThat(expiry("260200", JUNE_2025)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(expiry("280200", JUNE_2025)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(expiry("261100", JUNE_2025)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Gs1Fixtures.parse("17261100").elements().get(0).dayOmitted()).isTrue();
        assertThat(Gs1Fixtures.parse("17261130").elements().get(0).dayOmitted()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"11250600", "13250600", "15250600", "16250600"})
    void dayZeroIsAllowedForEveryYymmddAi(String data) throws ScanDecodeException {
        assertThat(Gs1Fixtures.parse(data).elements().get(0).date(JUNE_2025)).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void dayZeroIsNotAllowedInExpiryDateAndTime() {
        ScanDecodeException e = failure("70032612001200", 0);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.INVALID_DATE);
        assertThat(e.position()).isEqualTo(9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"17251301, 5", "17250001, 5", "17250432, 7", "17250431, 7", "70032613012359, 7"})
    void impossibleMonthsAndDaysAreInvalidDatesAtTheirPosition(String data, int position) {
        ScanDecodeException e = failure(data, 0);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.INVALID_DATE);
        assertThat(e.position()).isEqualTo(position);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"70032612312400, 11", "70032612312360, 13", "70032612319999, 11"})
    void impossibleTimesAreInvalidTimesAtTheirPosition(String data, int position) {
        ScanDecodeException e = failure(data, 0);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.INVALID_TIME);
        assertThat(e.structure()).isEqualTo("GS1 (7003)");
        assertThat(e.position()).isEqualTo(position);
    }

    @Test
    void midnightAndLastMinuteAreValidTimes() throws ScanDecodeException {
        assertThat(Gs1Fixtures.parse("70032612310000").elements().get(0).dateTime(JUNE_2025))
                .hasToString("2026-12-31T00:00");
        assertThat(Gs1Fixtures.parse("70032612312359").elements().get(0).dateTime(JUNE_2025))
                .hasToString("2026-12-31T23:59");
    }

    @Test
    void askingANonDateElementForADateIsAProgrammingError() {
        Gs1Element lot = new Gs1Element("10", "LOT7", 0);
        Gs1Element expiry = new Gs1Element("17", "261231", 0);

        assertThatThrownBy(() -> lot.date(JUNE_2025)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> expiry.dateTime(JUNE_2025)).isInstanceOf(IllegalStateException.class);
    }
}
