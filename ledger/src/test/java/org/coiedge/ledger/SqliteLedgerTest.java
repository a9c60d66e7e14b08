package org.coiedge.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.event.EventType;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLedgerTest {
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

    private CustodyEvent append(EventType type, org.coiedge.core.isbt128.CoiId coi, org.coiedge.core.isbt128.Din... dins)
            throws LedgerException {
        f.clock.advance(Duration.ofSeconds(1));
        return f.ledger.append(Events.event(f.device(), type, coi, f.clock.instant(), dins));
    }

    @Test
    void appendedEventsAreChainedSignedAndFoundByCoiDinAndPatient() throws Exception {
        CustodyEvent a1 = f.ledger.append(Events.event(f.device(), EventType.PATIENT_IDENTIFIED, Events.COI_A,
                LedgerFixture.T0, java.time.ZoneId.of("UTC"), "MRN-7", null));
        CustodyEvent b1 = append(EventType.COLLECTION_STARTED, Events.COI_B, Events.DIN_B);
        CustodyEvent a2 = append(EventType.STORED, Events.COI_A, Events.DIN_A);
        assertThat(List.of(a1.sequence(), b1.sequence(), a2.sequence())).containsExactly(1L, 2L, 3L);
        assertThat(a1.previousHash()).isEqualTo(EventChain.GENESIS_HASH);
        assertThat(b1.previousHash()).isEqualTo(a1.hash());
        assertThat(EventChain.isAuthentic(a2, f.signer.publicKey())).isTrue();
        assertThat(f.ledger.eventsForCoi(Events.COI_A)).containsExactly(a1, a2);
        assertThat(f.ledger.eventsForDin(Events.DIN_B)).containsExactly(b1);
        assertThat(f.ledger.eventsForPatient("MRN-7")).containsExactly(a1, a2);
        assertThat(f.ledger.eventsForPatient("MRN-unknown")).isEmpty();
        assertThat(f.ledger.verify()).isEqualTo(new Verification.Intact(3, a2.hash()));
    }

    @Test
    void anAppendedEventIsCommittedWhenAppendReturns() throws Exception {
        CustodyEvent e = append(EventType.RECEIVED, Events.COI_A, Events.DIN_A);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.db);
             ResultSet rs = c.createStatement().executeQuery("SELECT id FROM event")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(e.id().toString());
        }
    }

    @Test
    void theLedgerFileIsInWalModeAndTheWriterSyncsEveryCommit() throws Exception {
        append(EventType.RECEIVED, Events.COI_A, Events.DIN_A);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.db);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
        // The writer's connection comes from the same factory.
        try (Connection w = org.coiedge.ledger.internal.Db.openExisting(f.db).connect(false);
             ResultSet rs = w.createStatement().executeQuery("PRAGMA synchronous")) {
            assertThat(rs.getInt(1)).as("2 = FULL").isEqualTo(2);
        }
    }

    @Test
    void concurrentAppendersFormOneUnbrokenChainWithoutGaps() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<List<CustodyEvent>>> jobs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            jobs.add(() -> {
                List<CustodyEvent> mine = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    mine.add(f.ledger.append(Events.event(f.device(), EventType.UNABLE_TO_SCAN, Events.COI_A,
                            LedgerFixture.T0, Events.DIN_A)));
                }
                return mine;
            });
        }
        List<Long> seqs = new ArrayList<>();
        for (Future<List<CustodyEvent>> r : pool.invokeAll(jobs)) {
            r.get().forEach(e -> seqs.add(e.sequence()));
        }
        pool.shutdown();
        assertThat(seqs).hasSize(160).doesNotHaveDuplicates().allMatch(s -> s >= 1 && s <= 160);
        assertThat(f.ledger.size()).isEqualTo(160);
        assertThat(f.ledger.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void aConcurrentReaderSeesEachTransactionWholeOrNotAtAll() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try {
                while (writing.get()) {
                    seen.add(f.ledger.eventsForDin(Events.DIN_A).size());
                }
            } catch (LedgerException e) {
                seen.add(-1);
            }
        });
        reader.start();
        for (int batch = 0; batch < 30; batch++) {
            List<org.coiedge.core.event.EventContent> ten = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ten.add(Events.event(f.device(), EventType.UNABLE_TO_SCAN, Events.COI_A, LedgerFixture.T0, Events.DIN_A));
            }
            f.ledger.appendAll(ten);
        }
        writing.set(false);
        reader.join();
        assertThat(seen).isNotEmpty().allMatch(n -> n >= 0 && n % 10 == 0, "a multiple of 10");
        assertThat(f.ledger.eventsForDin(Events.DIN_A)).hasSize(300);
    }

    @Test
    void sqliteRefusesToUpdateOrDeleteEventRows() throws Exception {
        append(EventType.RECEIVED, Events.COI_A, Events.DIN_A);
        assertThatThrownBy(() -> f.sql("UPDATE event SET coi = 'X'")).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> f.sql("DELETE FROM event")).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> f.sql("DELETE FROM event_din")).hasMessageContaining("append-only");
        assertThat(f.ledger.size()).isEqualTo(1);
    }

    @Test
    void theOutboxListsUnacknowledgedEventsInChainOrderAndAcknowledgementsLeaveEventsUnchanged() throws Exception {
        CustodyEvent e1 = append(EventType.RECEIVED, Events.COI_A, Events.DIN_A);
        CustodyEvent e2 = append(EventType.STORED, Events.COI_A, Events.DIN_A);
        CustodyEvent e3 = append(EventType.THAWED, Events.COI_A, Events.DIN_A);
        assertThat(f.ledger.outbox(10)).containsExactly(e1, e2, e3);
        f.ledger.acknowledge(e2.id(), 900, Instant.parse("2025-03-01T10:00:00Z"));
        f.ledger.acknowledge(e2.id(), 900, Instant.parse("2025-03-01T10:00:01Z"));
        assertThat(f.ledger.outbox(10)).containsExactly(e1, e3);
        assertThat(f.ledger.outbox(1)).containsExactly(e1);
        assertThatThrownBy(() -> f.ledger.acknowledge(e2.id(), 901, Instant.now()))
                .hasMessageContaining("already acknowledged as #900");
        assertThatThrownBy(() -> f.ledger.acknowledge(java.util.UUID.randomUUID(), 5, Instant.now()))
                .hasMessageContaining("not in ledger");
        assertThat(f.ledger.eventsForCoi(Events.COI_A)).containsExactly(e1, e2, e3);
        assertThat(f.ledger.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void reopeningTheLedgerContinuesTheSameChain() throws Exception {
        CustodyEvent e1 = append(EventType.RECEIVED, Events.COI_A, Events.DIN_A);
        f.reopen();
        CustodyEvent e2 = append(EventType.STORED, Events.COI_A, Events.DIN_A);
        assertThat(e2.sequence()).isEqualTo(2);
        assertThat(e2.previousHash()).isEqualTo(e1.hash());
        assertThat(f.ledger.verify()).isEqualTo(new Verification.Intact(2, e2.hash()));
    }

    @Test
    void aSecondWriterOnTheSameFileIsRefused() {
        assertThatThrownBy(() -> SqliteLedger.open(f.db, f.signer, f.clock))
                .isInstanceOf(LedgerException.class).hasMessageContaining("open for writing in another");
    }

    @Test
    void anotherDeviceCannotAppendToThisDevicesLedger() throws Exception {
        append(EventType.RECEIVED, Events.COI_A, Events.DIN_A);
        f.ledger.close();
        var other = Ed25519.signer("D-other", Ed25519.generate());
        assertThatThrownBy(() -> SqliteLedger.open(f.db, other, f.clock))
                .hasMessageContaining("belongs to device " + f.device());
        f.reopen();
    }

    @Test
    void aReadOnlyLedgerRefusesAppends() throws Exception {
        append(EventType.RECEIVED, Events.COI_A, Events.DIN_A);
        try (SqliteLedger ro = SqliteLedger.openReadOnly(f.db)) {
            assertThat(ro.size()).isEqualTo(1);
            assertThatThrownBy(() -> ro.append(Events.event(f.device(), EventType.STORED, Events.COI_A, LedgerFixture.T0)))
                    .hasMessageContaining("without a device key");
        }
    }
}
