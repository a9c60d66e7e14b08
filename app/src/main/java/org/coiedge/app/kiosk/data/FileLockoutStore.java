package org.coiedge.app.kiosk.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.coiedge.core.auth.LockoutStore;

/**
 * Wrong-PIN counts and badge locks in a small file in the kiosk's data folder, one line per badge
 * ({@code staffId=failures,lockedUntil}), rewritten whole and atomically (temporary file, fsync,
 * rename) on every change, so a power cut leaves the old state or the new one. Lines that cannot be
 * read are skipped with a message on standard error. Not thread-safe (the Authenticator serialises calls).
 */
public final class FileLockoutStore implements LockoutStore {
    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();

    public FileLockoutStore(Path file) {
        this.file = file;
    }

    @Override
    public Map<String, Entry> load() {
        entries.clear();
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                String[] parts = eq < 0 ? new String[0] : line.substring(eq + 1).split(",", -1);
                try {
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("expected staffId=failures,lockedUntil");
                    }
                    entries.put(line.substring(0, eq), new Entry(Integer.parseInt(parts[0]),
                            parts[1].isEmpty() ? Optional.empty() : Optional.of(Instant.parse(parts[1]))));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    System.err.println("coi-edge: " + file + ": skipped a damaged line (" + e.getMessage() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Badge locks cannot be read from " + file + " - check the data folder", e);
        }
        return new LinkedHashMap<>(entries);
    }

    @Override
    public void save(String staffId, Entry entry) {
        entries.put(staffId, entry);
        write();
    }

    @Override
    public void clear(String staffId) {
        if (entries.remove(staffId) != null) {
            write();
        }
    }

    private void write() {
        StringBuilder b = new StringBuilder("# coi-edge badge locks: staffId=wrong PINs in a row,locked until (UTC)\n");
        entries.forEach((id, e) -> b.append(id).append('=').append(e.failures()).append(',')
                .append(e.lockedUntil().map(Instant::toString).orElse("")).append('\n'));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Badge locks cannot be saved in " + file + " - check the data folder", e);
        }
    }
}
