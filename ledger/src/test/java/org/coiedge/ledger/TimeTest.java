package org.coiedge.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.ledger.UnitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    @TempDir
    Path dir;
    LedgerFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new LedgerFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private CustodyEvent at(EventType type, Instant occurred, ZoneId zone) throws Exception {
        return f.ledger.append(Events.event(f.device(), type, Events.COI_A, occurred, zone, null, null, Events.DIN_A));
    }

    @Test
    void theRepeatedHourOfAnAutumnDstChangeKeepsBothEventsApartAndInOrder() throws Exception {
        // 01:30 happens twice in New York on 2 November 2025: first in EDT (-04:00), then in EST (-05:00).
        CustodyEvent first = at(EventType.STORED, Instant.parse("2025-11-02T05:30:00Z"), NEW_YORK);
        CustodyEvent second = at(EventType.THAWED, Instant.parse("2025-11-02T06:30:00Z"), NEW_YORK);
        var stored = f.ledger.eventsForCoi(Events.COI_A);
        assertThat(stored.get(0).content().occurredAtSite().toString()).isEqualTo("2025-11-02T01:30-04:00[America/New_York]");
        assertThat(stored.get(1).content().occurredAtSite().toString()).isEqualTo("2025-11-02T01:30-05:00[America/New_York]");
        assertThat(stored.get(0).content().occurredAt()).isEqualTo(first.content().occurredAt());
        var state = f.ledger.custodyState(Events.COI_A, Instant.parse("2025-11-02T06:00:00Z"), f.clock.instant());
        assertThat(state.units().get(0).status()).as("between the two 01:30s").isEqualTo(UnitStatus.STORED);
        state = f.ledger.custodyState(Events.COI_A, second.content().occurredAt(), f.clock.instant());
        assertThat(state.units().get(0).status()).isEqualTo(UnitStatus.THAWED);
    }

    @Test
    void theSkippedHourOfASpringDstChangeIsOneSecondAcrossNotAnHour() throws Exception {
        // Berlin jumps from 01:59:59 CET to 03:00:00 CEST on 30 March 2025.
        at(EventType.STORED, Instant.parse("2025-03-30T00:59:59Z"), BERLIN);
        at(EventType.THAWED, Instant.parse("2025-03-30T01:00:00Z"), BERLIN);
        var stored = f.ledger.eventsForCoi(Events.COI_A);
        assertThat(stored.get(0).content().occurredAtSite().toLocalTime().toString()).isEqualTo("01:59:59");
        assertThat(stored.get(1).content().occurredAtSite().toLocalTime().toString()).isEqualTo("03:00");
        assertThat(Duration.between(stored.get(0).content().occurredAt(), stored.get(1).content().occurredAt()))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anEventRecordedUnderOneDefaultZoneReadsTheSameUnderAnother() throws Exception {
        TimeZone saved = TimeZone.getDefault();
        Instant occurred = Instant.parse("2025-07-04T23:15:30.123456789Z");
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            at(EventType.RECEIVED, occurred, ZoneId.of("America/Los_Angeles"));
            f.reopen();
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            CustodyEvent read = f.ledger.eventsForCoi(Events.COI_A).get(0);
            assertThat(read.content().occurredAt()).isEqualTo(occurred);
            assertThat(read.content().siteZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
            assertThat(read.content().occurredAtSite().toLocalDateTime().toString()).isEqualTo("2025-07-04T16:15:30.123456789");
            assertThat(read.content().occurredAt().atZone(ZoneOffset.UTC).getDayOfMonth()).isEqualTo(4);
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void asOfATransactionTimeIncludesEventsRecordedExactlyThenAndNothingAfter() throws Exception {
        Instant t1 = Instant.parse("2025-03-01T10:00:00.000000001Z");
        Instant t2 = t1.plusNanos(1);
        f.clock.set(t1);
        CustodyEvent e1 = at(EventType.STORED, t1, NEW_YORK);
        f.clock.set(t2);
        CustodyEvent e2 = at(EventType.THAWED, t2, NEW_YORK);
        assertThat(f.ledger.asOf(t1.minusNanos(1))).isEmpty();
        assertThat(f.ledger.asOf(t1)).containsExactly(e1);
        assertThat(f.ledger.asOf(t2.minusNanos(1))).containsExactly(e1);
        assertThat(f.ledger.asOf(t2)).containsExactly(e1, e2);
        assertThat(f.ledger.eventsForCoiAsOf(Events.COI_A, t1)).containsExactly(e1);
    }

    @Test
    void validTimeIncludesAnEventThatOccurredExactlyAtTheQueriedInstant() throws Exception {
        Instant occurred = Instant.parse("2025-03-01T08:00:00Z");
        at(EventType.QUARANTINED, occurred, NEW_YORK);
        Instant known = f.clock.instant();
        assertThat(f.ledger.custodyState(Events.COI_A, occurred.minusNanos(1), known).units()).isEmpty();
        assertThat(f.ledger.custodyState(Events.COI_A, occurred, known).units().get(0).status())
                .isEqualTo(UnitStatus.QUARANTINED);
    }

    @Test
    void whenTheClockStepsBackTransactionTimeStillFollowsChainOrder() throws Exception {
        CustodyEvent e1 = at(EventType.STORED, LedgerFixture.T0, NEW_YORK);
        f.clock.advance(Duration.ofMinutes(-10));
        CustodyEvent e2 = at(EventType.THAWED, LedgerFixture.T0, NEW_YORK);
        assertThat(e2.recordedAt()).isEqualTo(e1.recordedAt());
        assertThat(f.ledger.asOf(e1.recordedAt())).containsExactly(e1, e2);
    }
}
