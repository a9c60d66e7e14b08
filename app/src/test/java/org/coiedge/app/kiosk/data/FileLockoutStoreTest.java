package org.coiedge.app.kiosk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.coiedge.core.auth.LockoutStore.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLockoutStoreTest {
    @TempDir
    Path dir;

    @Test
    void locksAndCountsAreReadBackByANewStoreAndClearedOnes() throws Exception {
        Path file = dir.resolve("lockouts.properties");
        FileLockoutStore a = new FileLockoutStore(file);
        assertThat(a.load()).isEmpty();
        a.save("A9999N00004", new Entry(5, Optional.of(Instant.parse("2026-11-22T10:15:00Z"))));
        a.save("A9999T00001", new Entry(2, Optional.empty()));
        a.clear("A9999T00001");
        a.save("A9999C00002", new Entry(1, Optional.empty()));

        var back = new FileLockoutStore(file).load();
        assertThat(back).containsOnlyKeys("A9999N00004", "A9999C00002");
        assertThat(back.get("A9999N00004")).isEqualTo(new Entry(5, Optional.of(Instant.parse("2026-11-22T10:15:00Z"))));
        assertThat(back.get("A9999C00002")).isEqualTo(new Entry(1, Optional.empty()));
        assertThat(Files.exists(dir.resolve("lockouts.properties.tmp"))).isFalse();
    }

    @Test
    void aDamagedLineIsSkippedAndTheOthersAreKept() throws Exception {
        Path file = dir.resolve("lockouts.properties");
        Files.writeString(file, "A9999N00004=5,2026-11-22T10:15:00Z\nA9999T00001=two,\ngarbage\n");
        assertThat(new FileLockoutStore(file).load()).containsOnlyKeys("A9999N00004");
    }
}
