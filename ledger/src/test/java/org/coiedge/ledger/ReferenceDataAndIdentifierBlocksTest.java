package org.coiedge.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.coiedge.core.event.EventType;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.IdentifierKind;
import org.coiedge.core.ledger.LedgerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataAndIdentifierBlocksTest {
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

    @Test
    void aNewDatasetVersionReplacesTheOldOneWholeAndOlderVersionsAreRefused() throws Exception {
        var ref = f.ledger.referenceData();
        assertThat(ref.version(Dataset.SITES)).isEqualTo(OptionalLong.empty());
        ref.apply(Dataset.SITES, 1, Map.of("A9990", "{\"name\":\"Old name\"}", "A9991", "{\"name\":\"Gone\"}"));
        ref.apply(Dataset.SITES, 2, Map.of("A9990", "{\"name\":\"New name\"}"));
        assertThat(ref.version(Dataset.SITES)).hasValue(2);
        assertThat(ref.rows(Dataset.SITES)).containsExactly(Map.entry("A9990", "{\"name\":\"New name\"}"));
        assertThat(ref.lookup(Dataset.SITES, "A9991")).isEmpty();
        assertThatThrownBy(() -> ref.apply(Dataset.SITES, 2, Map.of())).hasMessageContaining("not newer than version 2");
        assertThat(ref.version(Dataset.PERSONNEL)).isEmpty();
    }

    @Test
    void aDatasetWithOneBadRowIsNotAppliedAtAll() throws Exception {
        var ref = f.ledger.referenceData();
        assertThatThrownBy(() -> ref.apply(Dataset.PERSONNEL, 1, Map.of("S-1", "{\"name\":\"Ada\"}", "S-2", "{oops")))
                .isInstanceOf(LedgerException.class).hasMessageContaining("row 'S-2'");
        assertThat(ref.version(Dataset.PERSONNEL)).isEmpty();
        assertThat(ref.rows(Dataset.PERSONNEL)).isEmpty();
    }

    @Test
    void localStepNamesResolveToTheCanonicalVocabulary() throws Exception {
        var ref = f.ledger.referenceData();
        ref.apply(Dataset.STEP_ALIASES, 7, Map.of("Einlagern", "\"STORED\"", "Kaputt", "\"BROKEN\""));
        assertThat(ref.resolveStep("Einlagern")).hasValue(EventType.STORED);
        assertThat(ref.resolveStep("thawed")).hasValue(EventType.THAWED);
        assertThat(ref.resolveStep("Unbekannt")).isEmpty();
        assertThatThrownBy(() -> ref.resolveStep("Kaputt")).hasMessageContaining("not a canonical event type");
    }

    @Test
    void dinsComeFromLeasedBlocksInOrderAndNeverTwiceAcrossRestarts() throws Exception {
        var ids = f.ledger.identifierBlocks();
        ids.lease(IdentifierKind.DIN, Events.FIN, 25, 100, 102);
        ids.lease(IdentifierKind.DIN, Events.FIN, 25, 500, 500);
        Set<Din> seen = new HashSet<>();
        seen.add(ids.nextDin(Events.FIN, 25));
        seen.add(ids.nextDin(Events.FIN, 25));
        f.reopen();
        ids = f.ledger.identifierBlocks();
        seen.add(ids.nextDin(Events.FIN, 25));
        seen.add(ids.nextDin(Events.FIN, 25));
        assertThat(seen).extracting(Din::sequence).containsExactlyInAnyOrder(100, 101, 102, 500);
        assertThat(ids.remaining(IdentifierKind.DIN, Events.FIN, 25)).isZero();
        var exhausted = ids;
        assertThatThrownBy(() -> exhausted.nextDin(Events.FIN, 25))
                .isInstanceOf(LedgerException.class).hasMessageContaining("lease a new block")
                .extracting(e -> ((LedgerException) e).reason()).isEqualTo(LedgerException.Reason.EXHAUSTED);
    }

    @Test
    void overlappingBlocksAreRefusedAndAllocatedNumbersCannotBeDeletedWithSql() throws Exception {
        var ids = f.ledger.identifierBlocks();
        ids.lease(IdentifierKind.COI, Events.FIN, 25, 0, 35);
        assertThatThrownBy(() -> f.ledger.identifierBlocks().lease(IdentifierKind.COI, Events.FIN, 25, 35, 40))
                .hasMessageContaining("overlaps block 0-35");
        assertThat(List.of(ids.nextCoi(Events.FIN, 25).value(), ids.nextCoi(Events.FIN, 25).value()))
                .containsExactly("CHA999925000000", "CHA999925000001");
        assertThatThrownBy(() -> f.sql("DELETE FROM id_allocation")).hasMessageContaining("permanent");
        assertThat(ids.remaining(IdentifierKind.COI, Events.FIN, 25)).isEqualTo(34);
    }

    @Test
    void concurrentAllocationsNeverHandOutTheSameNumber() throws Exception {
        var ids = f.ledger.identifierBlocks();
        ids.lease(IdentifierKind.DIN, Events.FIN, 26, 0, 199);
        Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Callable<Void>> jobs = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            jobs.add(() -> {
                for (int i = 0; i < 50; i++) {
                    assertThat(seen.add(ids.nextDin(Events.FIN, 26).sequence())).isTrue();
                }
                return null;
            });
        }
        for (var r : pool.invokeAll(jobs)) {
            r.get();
        }
        pool.shutdown();
        assertThat(seen).hasSize(200);
    }
}
