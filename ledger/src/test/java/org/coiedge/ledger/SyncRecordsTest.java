package org.coiedge.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.ledger.Acknowledgement;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.OutboxSummary;
import org.coiedge.core.ledger.QuarantinedEvent;
import org.coiedge.core.ledger.Rejection;
import org.coiedge.core.ledger.SyncRecords;
import org.coiedge.core.ledger.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncRecordsTest {
    @TempDir
    Path dir;
    LedgerFixture f;
    SyncRecords sync;
    final List<CustodyEvent> events = new ArrayList<>();

    @BeforeEach
    void fiveEvents() throws Exception {
        f = new LedgerFixture(dir);
        sync = f.ledger.syncRecords();
        for (int i = 0; i < 5; i++) {
            f.clock.advance(Duration.ofMinutes(1));
            events.add(f.ledger.append(Events.event(f.device(), EventType.RECEIVED, Events.COI_A, f.clock.instant(),
                    Events.DIN_A)));
        }
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private Acknowledgement ack(int seq) {
        return new Acknowledgement(events.get(seq - 1).id(), 100 + seq, f.clock.instant());
    }

    private Rejection reject(int seq, String code) {
        return new Rejection(events.get(seq - 1).id(), code, "the site is unknown to the central system", f.clock.instant());
    }

    private List<Long> pendingSequences() throws LedgerException {
        List<Long> out = new ArrayList<>();
        sync.pending(100).forEach(e -> out.add(e.sequence()));
        return out;
    }

    @Test
    void acknowledgedAndQuarantinedEventsLeaveTheOutboxAndAreCountedApart() throws Exception {
        sync.record(List.of(ack(1), ack(2), ack(4)), List.of(reject(3, "UNKNOWN_SITE")));

        assertThat(pendingSequences()).containsExactly(5L);
        assertThat(f.ledger.outbox(100)).extracting(CustodyEvent::sequence).containsExactly(5L);
        OutboxSummary s = sync.summary();
        assertThat(s.pending()).isEqualTo(1);
        assertThat(s.oldestPending()).contains(events.get(4).recordedAt());
        assertThat(s.acknowledged()).isEqualTo(3);
        assertThat(s.quarantined()).isEqualTo(1);
    }

    @Test
    void aQuarantinedEventStaysInTheLedgerUnchangedAndIsListedWithTheReason() throws Exception {
        sync.record(List.of(ack(1), ack(2)), List.of(reject(3, "UNKNOWN_SITE")));

        List<QuarantinedEvent> q = sync.quarantined();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).sequence()).isEqualTo(3);
        assertThat(q.get(0).eventId()).isEqualTo(events.get(2).id());
        assertThat(q.get(0).type()).isEqualTo(EventType.RECEIVED);
        assertThat(q.get(0).coi()).isEqualTo(Events.COI_A);
        assertThat(q.get(0).code()).isEqualTo("UNKNOWN_SITE");
        assertThat(q.get(0).reason()).contains("site is unknown");
        assertThat(f.ledger.eventsForCoi(Events.COI_A)).containsExactlyElementsOf(events);
        assertThat(f.ledger.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void recordingTheSameOutcomesAgainChangesNothing() throws Exception {
        sync.record(List.of(ack(1)), List.of(reject(2, "FORK")));
        sync.record(List.of(ack(1)), List.of(reject(2, "FORK")));

        assertThat(sync.summary()).isEqualTo(new OutboxSummary(3, Optional.of(events.get(2).recordedAt()), 1, 1));
    }

    @Test
    void anAcknowledgedEventCannotBeQuarantinedAndTheRefusedCallRecordsNothing() throws Exception {
        sync.record(List.of(ack(1)), List.of());

        assertThatThrownBy(() -> sync.record(List.of(ack(2)), List.of(reject(1, "FORK"))))
                .isInstanceOf(LedgerException.class).hasMessageContaining("disagrees with itself");
        assertThat(pendingSequences()).containsExactly(2L, 3L, 4L, 5L);
        assertThat(sync.quarantined()).isEmpty();
    }

    @Test
    void aQuarantinedEventCannotBeAcknowledgedLater() throws Exception {
        sync.record(List.of(), List.of(reject(1, "HASH_MISMATCH")));

        assertThatThrownBy(() -> sync.record(List.of(ack(1)), List.of()))
                .isInstanceOf(LedgerException.class).hasMessageContaining("HASH_MISMATCH");
        assertThatThrownBy(() -> f.ledger.acknowledge(events.get(0).id(), 101, f.clock.instant()))
                .isInstanceOf(LedgerException.class);
    }

    @Test
    void anAnswerForAnEventTheLedgerDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> sync.record(List.of(new Acknowledgement(UUID.randomUUID(), 7, Instant.EPOCH)), List.of()))
                .isInstanceOf(LedgerException.class).hasMessageContaining("not in ledger");
    }

    @Test
    void outOfOrderAcknowledgementsLeaveTheEarlierEventsPendingAcrossReopening() throws Exception {
        f.ledger.acknowledge(events.get(3).id(), 104, f.clock.instant());
        sync.record(List.of(ack(2)), List.of());
        f.reopen();
        sync = f.ledger.syncRecords();

        assertThat(pendingSequences()).containsExactly(1L, 3L, 5L);
        sync.record(List.of(ack(1), ack(3)), List.of());
        assertThat(pendingSequences()).containsExactly(5L);
        f.clock.advance(Duration.ofMinutes(1));
        CustodyEvent sixth = f.ledger.append(Events.event(f.device(), EventType.STORED, Events.COI_A,
                f.clock.instant(), Events.DIN_A));
        assertThat(pendingSequences()).containsExactly(5L, sixth.sequence());
    }

    @Test
    void quarantineRecordsCannotBeDeletedWithPlainSql() throws Exception {
        sync.record(List.of(), List.of(reject(1, "BAD_SIGNATURE")));

        assertThatThrownBy(() -> f.sql("DELETE FROM rejection")).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> f.sql("UPDATE sync_cursor SET handled_through = 0"))
                .isInstanceOf(SQLException.class).hasMessageContaining("only moves forward");
    }
}
